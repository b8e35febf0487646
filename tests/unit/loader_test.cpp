// The loader accepts the valid fixtures and rejects each invalid fixture with
// the expected message at the expected JSON path (tests/fixtures/rules/invalid/expected.json).
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "escalate/loader.hpp"
#include "test_support.hpp"

namespace escalate {
namespace {

std::string fixture_text(const std::string& relative) {
  const auto text = test::read_text(test::source_dir() / "tests/fixtures/rules" / relative);
  REQUIRE(text);
  return *text;
}

std::string listing(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += fmt::format("  {} {} [{}:{}] {}\n", d.severity == Severity::error ? "error" : "warning", d.path, d.line,
                       d.column, d.message);
  }
  return out;
}

TEST_CASE("the valid fixtures load without errors", "[loader]") {
  for (const char* name : {"valid/minimal.json", "valid/full.json"}) {
    const LoadResult result = load_rules(fixture_text(name));
    INFO(name << "\n" << listing(result.diagnostics));
    CHECK(result.rules);
    CHECK_FALSE(has_errors(result.diagnostics));
  }
}

TEST_CASE("each invalid fixture is rejected with its message and path", "[loader]") {
  const Json expected = test::read_json(test::source_dir() / "tests/fixtures/rules/invalid/expected.json");
  REQUIRE(expected.size() >= 40);
  for (const auto& [file, expectation] : expected.items()) {
    DYNAMIC_SECTION(file) {
      const LoadResult result = load_rules(fixture_text("invalid/" + file));
      INFO(file << " expects " << expectation.dump() << "\n" << listing(result.diagnostics));
      CHECK_FALSE(result.rules);
      const std::string path = expectation.at("path").get<std::string>();
      const std::string contains = expectation.at("contains").get<std::string>();
      const int line = expectation.value("line", 0);
      const bool found = std::any_of(result.diagnostics.begin(), result.diagnostics.end(), [&](const Diagnostic& d) {
        return d.severity == Severity::error && d.path == path && d.message.find(contains) != std::string::npos &&
               (line == 0 || d.line == line);
      });
      CHECK(found);
    }
  }
}

TEST_CASE("every problem is reported at once, not just the first", "[loader]") {
  Json doc = Json::parse(fixture_text("valid/minimal.json"));
  doc["titel"] = "typo";
  doc["channels"][0]["id"] = "Store";
  doc["steps"][0]["when"] = {{"var", "qq"}};
  const LoadResult result = load_rules(doc.dump());
  INFO(listing(result.diagnostics));
  CHECK(result.diagnostics.size() >= 3);
  CHECK_FALSE(result.rules);
}

TEST_CASE("a duplicate key in one object is an error, not silently dropped data", "[loader]") {
  std::string text = fixture_text("valid/minimal.json");
  text.replace(text.find("\"version\": \"1\","), 15, "\"version\": \"1\", \"version\": \"2\",");
  const LoadResult result = load_rules(text);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].path == "$.version");
  CHECK(result.diagnostics[0].message == "duplicate key 'version' in the same object");
}

TEST_CASE("a syntax error names its line and column", "[loader]") {
  const LoadResult result = load_rules("{\n  \"format\": \"escalate-rules/1\",\n  \"id\": ,\n}");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].line == 3);
  CHECK(result.diagnostics[0].column == 9);
  CHECK_THAT(result.diagnostics[0].message, Catch::StartsWith("syntax error"));
}

TEST_CASE("a rule set without a catch-all step loads with a warning", "[loader]") {
  Json doc = Json::parse(fixture_text("valid/minimal.json"));
  doc["steps"][1]["when"] = {{"!", {{"var", "q"}}}};
  const LoadResult result = load_rules(doc.dump());
  REQUIRE(result.rules);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].severity == Severity::warning);
  CHECK_THAT(result.diagnostics[0].message, Catch::Contains("no catch-all step"));
}

TEST_CASE("keys starting with x- or $ are notes and ignored anywhere", "[loader]") {
  Json doc = Json::parse(fixture_text("valid/minimal.json"));
  doc["x-notes"] = "fine";
  doc["$schema"] = "../schema/rules.schema.json";
  doc["channels"][0]["x-comment"] = {{"any", "thing"}};
  const LoadResult result = load_rules(doc.dump());
  INFO(listing(result.diagnostics));
  CHECK(result.rules);
  CHECK(result.diagnostics.empty());
}

TEST_CASE("the bundled example rule set loads cleanly, with no warning", "[loader]") {
  const auto text = test::read_text(test::source_dir() / "data/rules/example-shop.json");
  REQUIRE(text);
  const LoadResult result = load_rules(*text);
  INFO(listing(result.diagnostics));
  CHECK(result.rules);
  CHECK(result.diagnostics.empty());
}

}  // namespace
}  // namespace escalate
