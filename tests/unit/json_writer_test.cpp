// The streaming JSON writer prints exactly what Json::dump (compact, invalid
// UTF-8 replaced) prints for the same value, so results written without a tree
// are byte-identical to the ones written from one.
#include "escalate/json_writer.hpp"

#include <catch2/catch.hpp>
#include <random>

namespace escalate {
namespace json_writer_test {

std::string dumped(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string written(const Json& value) {
  std::string out;
  JsonWriter(out).value(value);
  return out;
}

TEST_CASE("the writer prints every kind of value as Json::dump does", "[json_writer]") {
  const std::vector<Json> values = {
      Json(),
      true,
      false,
      0,
      -1,
      std::int64_t{-9223372036854775807} - 1,
      std::uint64_t{18446744073709551615u},
      3.5,
      1e300,
      -0.0,
      0.1,
      1e21,
      "",
      "plain",
      "quote \" backslash \\ slash /",
      "\b\f\n\r\t \x01\x1f \x7f",
      "caf\xc3\xa9 \xe2\x80\xa8 \xf0\x9f\x98\x80",
      "bad \xff byte, cut \xc3, overlong \xc0\xaf, surrogate \xed\xa0\x80",
      Json::array(),
      Json::object(),
      Json::parse(R"({"b": [1, {"a": null}], "a": "x", "nested": {"deep": [[], {}]}})"),
  };
  for (const Json& value : values) {
    INFO(dumped(value));
    CHECK(written(value) == dumped(value));
  }
}

TEST_CASE("strings of random bytes are escaped and repaired as Json::dump does", "[json_writer]") {
  std::mt19937 random(20261129);
  // Bytes biased towards the awkward ones: controls, quotes, UTF-8 lead and continuation bytes.
  const std::string alphabet = std::string("\x00\x01\x1f\"\\/ az\x7f", 10) +
                               "\x80\xbf\xc2\xc3\xe2\xed\xf0\xf4\xf8\xff\xa9\x9f";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 24);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (int i = length(random); i > 0; --i) text += alphabet[pick(random)];
    std::string out;
    append_json_string(out, text);
    INFO(Json(text).dump(-1, ' ', true, Json::error_handler_t::replace));
    REQUIRE(out == dumped(Json(text)));
  }
}

TEST_CASE("members written one after another are separated by commas", "[json_writer]") {
  std::string out = "{\"line\":1";
  JsonWriter w(out);
  w.continue_after_value();
  w.key("a").begin_array().integer(1).null().boolean(true).string("x").end_array();
  w.key("b").begin_object().end_object().key("c").raw("[1,2]");
  out += '}';
  CHECK(out == R"({"line":1,"a":[1,null,true,"x"],"b":{},"c":[1,2]})");
  CHECK_NOTHROW(Json::parse(out));
}

}  // namespace json_writer_test
}  // namespace escalate
