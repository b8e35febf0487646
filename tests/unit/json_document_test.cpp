// The strict JSON parser every input goes through (parse_json): located syntax
// errors, duplicate keys by path, numbers beyond a double, one depth limit, and
// invalid UTF-8, each as an error value, never an exception or a crash.
#include "escalate/json_document.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "escalate/json_fast.hpp"
#include "escalate/utf8.hpp"

namespace escalate {
namespace json_document_test {

Problem only_error(const Expected<Json>& parsed) {
  REQUIRE_FALSE(parsed);
  return parsed.problem();
}

std::string nested(int depth) {
  return std::string(static_cast<std::size_t>(depth), '[') +
         std::string(static_cast<std::size_t>(depth), ']');
}

TEST_CASE("a valid document parses, keeping the order of its keys", "[json]") {
  const Expected<Json> parsed =
      parse_json(R"({"b": 1, "a": [true, null, "x", -2.5, 18446744073709551615]})");
  REQUIRE(parsed);
  CHECK(parsed->dump() == R"({"b":1,"a":[true,null,"x",-2.5,18446744073709551615]})");
}

TEST_CASE("a syntax error is located by line and column and names what was read", "[json]") {
  const Problem e = only_error(parse_json("{\n  \"a\": nope\n}"));
  CHECK(e.code == ProblemCode::json_syntax);
  CHECK(e.line == 2);
  CHECK(e.column == 9);  // just after what was read
  CHECK(e.token == "no");
  CHECK_THAT(e.message, Catch::Contains("syntax error"));
  CHECK(only_error(parse_json("{\"a\": ")).code == ProblemCode::json_end);
  CHECK(only_error(parse_json("[01]")).code == ProblemCode::json_syntax);
  CHECK(only_error(parse_json("[1.]")).code == ProblemCode::json_number);
  CHECK(only_error(parse_json("[\"a\tb\"]")).code == ProblemCode::json_string);
  CHECK(only_error(parse_json("")).code == ProblemCode::json_end);
}

TEST_CASE("a number beyond a double's range is an error naming it, not an exception", "[json]") {
  // Reported: {"id":1e400} made batch print nothing and exit with nlohmann's "number overflow".
  for (const char* text : {"1e400", "{\"id\":1e400}", "[-1e400]", "{\"a\": {\"b\": 1.5e309}}"}) {
    INFO(text);
    const Problem e = only_error(parse_json(text));
    CHECK(e.code == ProblemCode::json_number_range);
    CHECK_THAT(e.message, Catch::Contains("out of range"));
    CHECK_THAT(e.message, Catch::Contains(e.token));
    CHECK(e.line == 1);
  }
  CHECK(only_error(parse_json("{\"id\":1e400}")).token == "1e400");
  // Underflow is a number too small to tell from zero, not an error.
  const Expected<Json> tiny = parse_json("1e-400");
  REQUIRE(tiny);
  CHECK(tiny->get<double>() == 0.0);
}

TEST_CASE(
    "nesting up to the limit parses; one level more is refused before parsing, with its place",
    "[json]") {
  CHECK(parse_json(nested(kMaxJsonDepth)).has_value());
  const Problem e = only_error(parse_json(nested(kMaxJsonDepth + 1)));
  CHECK(e.code == ProblemCode::json_too_deep);
  CHECK(e.column == kMaxJsonDepth + 1);
  CHECK_THAT(e.message, Catch::Contains(fmt::format("nested more than {} levels", kMaxJsonDepth)));
  // Reported: 20,000 and 30,000 levels overflowed the stack. A million unclosed brackets are
  // refused as fast.
  CHECK(only_error(parse_json(std::string(1'000'000, '['))).code == ProblemCode::json_too_deep);
  CHECK(only_error(parse_json(nested(30'000))).code == ProblemCode::json_too_deep);
  // Brackets in strings are text.
  CHECK(parse_json("[\"" + std::string(1000, '[') + "\"]").has_value());
}

TEST_CASE("duplicate keys are all reported with the path of the repeated key", "[json]") {
  const Expected<Json> parsed = parse_json(R"({"a": 1, "b": [{"x": 1, "x": 2}], "a": 3})");
  REQUIRE_FALSE(parsed);
  REQUIRE(parsed.problems().size() == 2);
  CHECK(parsed.problems()[0].path == "$.b[0].x");
  CHECK(parsed.problems()[1].path == "$.a");
  CHECK(parsed.problems()[1].code == ProblemCode::json_duplicate_key);
  CHECK(parsed.problems()[1].token == "a");
}

TEST_CASE("a string that is not UTF-8 is refused, and the message shows the bytes escaped",
          "[json]") {
  for (const std::string text :
       {"[\"\xff\"]", "[\"caf\xc3\"]", "[\"\xed\xa0\x80\"]", "{\"\xc0\xaf\": 1}"}) {
    const Problem e = only_error(parse_json(text));
    CHECK(e.code == ProblemCode::json_utf8);
    CHECK(is_valid_utf8(e.message));
    CHECK(is_valid_utf8(e.token));
  }
}

TEST_CASE("objects with many keys parse in linear time", "[json]") {
  std::string text = "{";
  for (int i = 0; i < 100'000; ++i) text += fmt::format("{}\"k{}\": {}", i ? "," : "", i, i);
  text += "}";
  const Expected<Json> parsed = parse_json(text);
  REQUIRE(parsed);
  CHECK(parsed->size() == 100'000);
  CHECK(parsed->back() == 99'999);
}

TEST_CASE("deeper_than measures a value built in code without recursion", "[json]") {
  Json deep = true;
  for (int i = 0; i < 100'000; ++i) deep = Json::array({std::move(deep)});
  CHECK(deeper_than(deep, kMaxJsonDepth));
  CHECK_FALSE(deeper_than(Json::parse(nested(kMaxJsonDepth)), kMaxJsonDepth));
  CHECK(deeper_than(Json::parse(nested(kMaxJsonDepth + 1)), kMaxJsonDepth));
  CHECK_FALSE(deeper_than(Json(1), 0));
}

}  // namespace json_document_test
}  // namespace escalate

namespace escalate {
namespace json_document_test {

TEST_CASE("the fast parser reads every document as parse_json does, errors included",
          "[json_document][json_fast]") {
  const std::vector<std::string> texts = {
      R"({"id": 1, "answers": {"a": true, "b": [1, -2, 3.5, "x"]}})",
      "0",
      "-0",
      "-0.0",
      "1e2",
      "1E+2",
      "-1e-7",
      "18446744073709551615",
      "18446744073709551616",
      "-9223372036854775808",
      "-9223372036854775809",
      "9223372036854775807",
      "1e308",
      "1e400",
      "0.1",
      "123456789012345678901234567890",
      R"("\u00e9\ud83d\ude00")",
      R"("\ud800")",
      R"("\udc00x")",
      "\"caf\xc3\xa9\"",
      "\"bad \xff\"",
      "\"tab\there\"",
      "\xef\xbb\xbf{}",
      R"({"a": 1, "a": 2})",
      R"({"a": {"b": 1, "b": 1}})",
      "{} x",
      "",
      " ",
      "[1,]",
      "{,}",
      "nul",
      "[" + std::string(128, '[') + std::string(129, ']'),
      std::string(128, '[') + std::string(128, ']'),
      std::string(129, '[') + std::string(129, ']'),
  };
  std::string many = "{";
  for (int i = 0; i < 40; ++i) many += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ",";
  const std::vector<std::string> objects = {many + "\"k39\": 0}", many + "\"k40\": 0}"};
  for (const std::vector<std::string>* group : {&texts, &objects}) {
    for (const std::string& text : *group) {
      INFO(text.substr(0, 80));
      const Expected<Json> fast = parse_json_fast(text);
      const Expected<Json> strict = parse_json(text);
      REQUIRE(fast.has_value() == strict.has_value());
      if (fast) {
        CHECK(fast->dump() == strict->dump());
        // Number kinds agree too, but for "-0": integer 0 to nlohmann, unsigned 0 here; same value,
        // same text.
        CHECK(fast->is_number_integer() == strict->is_number_integer());
        CHECK(fast->is_number_float() == strict->is_number_float());
      } else {
        CHECK(fast.problem().message == strict.problem().message);
        CHECK(fast.problem().column == strict.problem().column);
      }
    }
  }
}

}  // namespace json_document_test
}  // namespace escalate
