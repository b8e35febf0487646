// The loader accepts the valid fixtures and rejects each invalid fixture with
// the expected message at the expected JSON path (tests/fixtures/rules/invalid/expected.json).
#include "escalate/loader.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "test_support.hpp"

namespace escalate {
namespace loader_test {

std::string fixture_text(const std::string& relative) {
  const auto text = test::read_text(test::source_dir() / "tests/fixtures/rules" / relative);
  REQUIRE(text);
  return *text;
}

// Every problem of a load: the errors and warnings of a failed one, the warnings of one that
// loaded.
const Problems& problems_of(const Expected<Loaded>& result) {
  return result ? result->warnings : result.problems();
}

std::string listing(const Problems& problems) {
  std::string out;
  for (const auto& d : problems) {
    out += fmt::format("  {} {} [{}:{}] {}\n", d.severity == Severity::error ? "error" : "warning",
                       d.path, d.line, d.column, d.message);
  }
  return out;
}

TEST_CASE("the valid fixtures load without errors", "[loader]") {
  for (const char* name : {"valid/minimal.json", "valid/full.json"}) {
    const Expected<Loaded> result = load_rules(fixture_text(name));
    INFO(name << "\n" << listing(problems_of(result)));
    CHECK(result);
  }
}

TEST_CASE("each invalid fixture is rejected with its message and path", "[loader]") {
  const Json expected =
      test::read_json(test::source_dir() / "tests/fixtures/rules/invalid/expected.json");
  REQUIRE(expected.size() >= 40);
  for (const auto& [file, expectation] : expected.items()) {
    DYNAMIC_SECTION(file) {
      const Expected<Loaded> result = load_rules(fixture_text("invalid/" + file));
      INFO(file << " expects " << expectation.dump() << "\n" << listing(problems_of(result)));
      CHECK_FALSE(result);
      const std::string path = expectation.at("path").get<std::string>();
      const std::string contains = expectation.at("contains").get<std::string>();
      const int line = expectation.value("line", 0);
      const Problems& problems = problems_of(result);
      const bool found = std::any_of(problems.begin(), problems.end(), [&](const Problem& d) {
        return d.severity == Severity::error && d.path == path &&
               d.message.find(contains) != std::string::npos && (line == 0 || d.line == line);
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
  const Expected<Loaded> result = load_rules(doc.dump());
  INFO(listing(problems_of(result)));
  CHECK(problems_of(result).size() >= 3);
  CHECK_FALSE(result);
}

TEST_CASE("a duplicate key in one object is an error, not silently dropped data", "[loader]") {
  std::string text = fixture_text("valid/minimal.json");
  text.replace(text.find("\"version\": \"1\","), 15, "\"version\": \"1\", \"version\": \"2\",");
  const Expected<Loaded> result = load_rules(text);
  REQUIRE(problems_of(result).size() == 1);
  CHECK(problems_of(result)[0].path == "$.version");
  CHECK(problems_of(result)[0].message == "duplicate key 'version' in the same object");
}

TEST_CASE("a syntax error names its line and column", "[loader]") {
  const Expected<Loaded> result =
      load_rules("{\n  \"format\": \"escalate-rules/1\",\n  \"id\": ,\n}");
  REQUIRE(problems_of(result).size() == 1);
  CHECK(problems_of(result)[0].line == 3);
  CHECK(problems_of(result)[0].column == 9);
  CHECK_THAT(problems_of(result)[0].message, Catch::StartsWith("syntax error"));
}

TEST_CASE("a rule set without a catch-all step loads with a warning", "[loader]") {
  Json doc = Json::parse(fixture_text("valid/minimal.json"));
  doc["steps"][1]["when"] = {{"!", {{"var", "q"}}}};
  const Expected<Loaded> result = load_rules(doc.dump());
  REQUIRE(result);
  REQUIRE(result->warnings.size() == 1);
  CHECK(result->warnings[0].severity == Severity::warning);
  CHECK_THAT(result->warnings[0].message, Catch::Contains("no catch-all step"));
}

TEST_CASE("keys starting with x- or $ are notes and ignored anywhere", "[loader]") {
  Json doc = Json::parse(fixture_text("valid/minimal.json"));
  doc["x-notes"] = "fine";
  doc["$schema"] = "../schema/rules.schema.json";
  doc["channels"][0]["x-comment"] = {{"any", "thing"}};
  const Expected<Loaded> result = load_rules(doc.dump());
  INFO(listing(problems_of(result)));
  REQUIRE(result);
  CHECK(result->warnings.empty());
}

TEST_CASE("the bundled example rule set loads cleanly, with no warning", "[loader]") {
  const auto text = test::read_text(test::source_dir() / "data/rules/example-shop.json");
  REQUIRE(text);
  const Expected<Loaded> result = load_rules(*text);
  INFO(listing(problems_of(result)));
  REQUIRE(result);
  CHECK(result->warnings.empty());
}

TEST_CASE("a fact cycle is named by its facts, also after an invalid fact", "[loader]") {
  // Reported: the loader kept two index spaces; after an invalid fact, a -> b -> a was reported as
  // "a -> a".
  for (const Json& before :
       {Json::parse(R"({"id": "Bad", "value": 1})"), Json::parse(R"({"value": 1})"),
        Json::parse("42"), Json::parse(R"({"id": "ok", "value": 1})")}) {
    INFO("before the cycle: " << before.dump());
    Json doc = Json::parse(fixture_text("valid/minimal.json"));
    doc["facts"] = Json::array({before,
                                {{"id", "a"}, {"value", {{"var", "b"}}}},
                                {{"id", "b"}, {"value", {{"var", "a"}}}}});
    doc["steps"][0]["when"] = {{"var", "a"}};
    const Expected<Loaded> result = load_rules(doc.dump());
    REQUIRE_FALSE(result);
    const Problems& problems = result.problems();
    INFO(listing(problems));
    CHECK(std::any_of(problems.begin(), problems.end(), [](const Problem& p) {
      return p.message == "fact cycle: a -> b -> a" && p.path == "$.facts[1]";
    }));
    CHECK(std::none_of(problems.begin(), problems.end(), [](const Problem& p) {
      return p.message.find("a -> a") != std::string::npos;
    }));
  }
}

TEST_CASE("every symbol names the question, fact or constant at its index", "[loader]") {
  // One index space: the loader declares questions, facts and constants in the rule set, index for
  // index with the file.
  for (const char* file : {"valid/minimal.json", "valid/full.json", "valid/engine.json"}) {
    const Expected<Loaded> loaded = load_rules(fixture_text(file));
    REQUIRE(loaded);
    const RuleSet& rules = *loaded->rules;
    for (std::size_t s = 0; s < rules.symbols.size(); ++s) {
      const Symbols::Entry& e = rules.symbols.at(static_cast<int>(s));
      INFO(file << ": symbol " << e.id);
      switch (e.kind) {
        case Symbols::Kind::question:
          CHECK(rules.questions.at(e.index).id == e.id);
          break;
        case Symbols::Kind::fact:
          CHECK(rules.facts.at(e.index).id == e.id);
          break;
        case Symbols::Kind::constant:
          CHECK(rules.constants.at(e.index).first == e.id);
          break;
        case Symbols::Kind::today:
          CHECK(e.id == "today");
          break;
      }
    }
  }
}

}  // namespace loader_test
}  // namespace escalate
