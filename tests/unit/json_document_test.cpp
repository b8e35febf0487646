// The strict JSON parser every input goes through (parse_json): located syntax
// errors, duplicate keys by path, numbers beyond a double, one depth limit, and
// invalid UTF-8, each as an error value, never an exception or a crash.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "escalate/json_document.hpp"
#include "escalate/utf8.hpp"

namespace escalate {
namespace {

JsonError only_error(const JsonParse& parsed) {
  REQUIRE_FALSE(parsed.value);
  REQUIRE(parsed.errors.size() >= 1);
  return parsed.errors.front();
}

std::string nested(int depth) { return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']'); }

TEST_CASE("a valid document parses, keeping the order of its keys", "[json]") {
  const JsonParse parsed = parse_json(R"({"b": 1, "a": [true, null, "x", -2.5, 18446744073709551615]})");
  REQUIRE(parsed.value);
  CHECK(parsed.errors.empty());
  CHECK(parsed.value->dump() == R"({"b":1,"a":[true,null,"x",-2.5,18446744073709551615]})");
}

TEST_CASE("a syntax error is located by line and column and names what was read", "[json]") {
  const JsonError e = only_error(parse_json("{\n  \"a\": nope\n}"));
  CHECK(e.kind == JsonErrorKind::syntax);
  CHECK(e.line == 2);
  CHECK(e.column == 9);  // just after what was read
  CHECK(e.token == "no");
  CHECK_THAT(e.detail, Catch::Contains("syntax error"));
  CHECK(only_error(parse_json("{\"a\": ")).kind == JsonErrorKind::end_of_input);
  CHECK(only_error(parse_json("[01]")).kind == JsonErrorKind::syntax);
  CHECK(only_error(parse_json("[1.]")).kind == JsonErrorKind::invalid_number);
  CHECK(only_error(parse_json("[\"a\tb\"]")).kind == JsonErrorKind::invalid_string);
  CHECK(only_error(parse_json("")).kind == JsonErrorKind::end_of_input);
}

TEST_CASE("a number beyond a double's range is an error naming it, not an exception", "[json]") {
  // Reported: {"id":1e400} made batch print nothing and exit with nlohmann's "number overflow".
  for (const char* text : {"1e400", "{\"id\":1e400}", "[-1e400]", "{\"a\": {\"b\": 1.5e309}}"}) {
    INFO(text);
    const JsonError e = only_error(parse_json(text));
    CHECK(e.kind == JsonErrorKind::number_out_of_range);
    CHECK_THAT(e.detail, Catch::Contains("out of range"));
    CHECK_THAT(e.detail, Catch::Contains(e.token));
    CHECK(e.line == 1);
  }
  CHECK(only_error(parse_json("{\"id\":1e400}")).token == "1e400");
  // Underflow is a number too small to tell from zero, not an error.
  const JsonParse tiny = parse_json("1e-400");
  REQUIRE(tiny.value);
  CHECK(tiny.value->get<double>() == 0.0);
}

TEST_CASE("nesting up to the limit parses; one level more is refused before parsing, with its place", "[json]") {
  CHECK(parse_json(nested(kMaxJsonDepth)).value);
  const JsonError e = only_error(parse_json(nested(kMaxJsonDepth + 1)));
  CHECK(e.kind == JsonErrorKind::too_deep);
  CHECK(e.column == kMaxJsonDepth + 1);
  CHECK_THAT(e.detail, Catch::Contains(fmt::format("nested more than {} levels", kMaxJsonDepth)));
  // Reported: 20,000 and 30,000 levels overflowed the stack. A million unclosed brackets are refused as fast.
  CHECK(only_error(parse_json(std::string(1'000'000, '['))).kind == JsonErrorKind::too_deep);
  CHECK(only_error(parse_json(nested(30'000))).kind == JsonErrorKind::too_deep);
  // Brackets in strings are text.
  CHECK(parse_json("[\"" + std::string(1000, '[') + "\"]").value);
}

TEST_CASE("duplicate keys are all reported with the path of the repeated key", "[json]") {
  const JsonParse parsed = parse_json(R"({"a": 1, "b": [{"x": 1, "x": 2}], "a": 3})");
  REQUIRE_FALSE(parsed.value);
  REQUIRE(parsed.errors.size() == 2);
  CHECK(parsed.errors[0].path == "$.b[0].x");
  CHECK(parsed.errors[1].path == "$.a");
  CHECK(parsed.errors[1].kind == JsonErrorKind::duplicate_key);
  CHECK(parsed.errors[1].token == "a");
}

TEST_CASE("a string that is not UTF-8 is refused, and the message shows the bytes escaped", "[json]") {
  for (const std::string text : {"[\"\xff\"]", "[\"caf\xc3\"]", "[\"\xed\xa0\x80\"]", "{\"\xc0\xaf\": 1}"}) {
    const JsonError e = only_error(parse_json(text));
    CHECK(e.kind == JsonErrorKind::invalid_utf8);
    CHECK(is_valid_utf8(e.detail));
    CHECK(is_valid_utf8(e.token));
  }
}

TEST_CASE("objects with many keys parse in linear time", "[json]") {
  std::string text = "{";
  for (int i = 0; i < 100'000; ++i) text += fmt::format("{}\"k{}\": {}", i ? "," : "", i, i);
  text += "}";
  const JsonParse parsed = parse_json(text);
  REQUIRE(parsed.value);
  CHECK(parsed.value->size() == 100'000);
  CHECK(parsed.value->back() == 99'999);
}

TEST_CASE("deeper_than measures a value built in code without recursion", "[json]") {
  Json deep = true;
  for (int i = 0; i < 100'000; ++i) deep = Json::array({std::move(deep)});
  CHECK(deeper_than(deep, kMaxJsonDepth));
  CHECK_FALSE(deeper_than(Json::parse(nested(kMaxJsonDepth)), kMaxJsonDepth));
  CHECK(deeper_than(Json::parse(nested(kMaxJsonDepth + 1)), kMaxJsonDepth));
  CHECK_FALSE(deeper_than(Json(1), 0));
}

}  // namespace
}  // namespace escalate
