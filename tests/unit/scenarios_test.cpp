// Scenario files for rule authors: how a file is read (JSON Lines, strict), how
// a scenario is compared with the engine's result, and which steps it reaches.
#include "escalate/scenarios.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "rules_support.hpp"

namespace escalate {
namespace scenarios_test {

// In tests/fixtures/rules/valid/engine.json, A not yet contacted and photos at
// hand give step start_a on channel a, with the documents receipt and photos.
constexpr const char* kStartA =
    R"({"name": "start", "today": "2026-11-29", "answers": {"contacted_a": false, "extras": ["photos"]},)"
    R"( "expect": {"status": "advice", "step": "start_a", "channel": "a", "kind": "contact",)"
    R"( "deadlines": {}, "documents": ["receipt", "photos"], "notes": []}})";

std::vector<Scenario> parsed(const std::string& text) {
  Expected<std::vector<Scenario>> result = parse_scenarios(text);
  std::string listing;
  if (!result) {
    for (const Problem& p : result.problems())
      listing += std::to_string(p.line) + " " + p.path + ": " + p.message + "\n";
  }
  INFO(listing);
  REQUIRE(result);
  return std::move(result).value();
}

std::string problems_of(const std::string& text) {
  Expected<std::vector<Scenario>> result = parse_scenarios(text);
  REQUIRE_FALSE(result);
  std::string listing;
  for (const Problem& p : result.problems())
    listing += "line " + std::to_string(p.line) + " " + p.path + ": " + p.message + "\n";
  return listing;
}

ScenarioOutcome run(const std::string& line) {
  static std::vector<Scenario> keep;  // outcomes point at their scenario
  keep = parsed(line);
  REQUIRE(keep.size() == 1);
  return run_scenario(test::engine_rules(), keep[0], test::fixture_today());
}

TEST_CASE("a scenario file is JSON Lines; blank lines and # comments are skipped", "[scenarios]") {
  const auto scenarios = parsed(std::string("# the happy path\n\n") + kStartA + "\r\n" + kStartA);
  REQUIRE(scenarios.size() == 2);
  CHECK(scenarios[0].line == 3);
  CHECK(scenarios[1].line == 4);
  CHECK(scenarios[0].name == "start");
  CHECK(scenarios[0].today == test::day("2026-11-29"));
  CHECK(scenarios[0].answers == Json::parse(R"({"contacted_a": false, "extras": ["photos"]})"));
}

TEST_CASE("a scenario that matches every expected key passes", "[scenarios]") {
  const ScenarioOutcome outcome = run(kStartA);
  CHECK(outcome.passed);
  CHECK(outcome.mismatches.empty());
  CHECK(outcome.reached_step == "start_a");
}

TEST_CASE("each key that differs is named with what was expected and what came", "[scenarios]") {
  const ScenarioOutcome outcome =
      run(R"({"name": "n", "today": "2026-11-29", "answers": {"contacted_a": false, "extras": []},)"
          R"( "expect": {"step": "go_b", "channel": "b", "documents": ["photos"]}})");
  CHECK_FALSE(outcome.passed);
  REQUIRE(outcome.mismatches.size() == 3);
  CHECK(outcome.mismatches[0] == R"(step: expected "go_b", got "start_a")");
  CHECK(outcome.mismatches[1] == R"(channel: expected "b", got "a")");
  CHECK(outcome.mismatches[2] == R"(documents: expected ["photos"], got ["receipt"])");
}

TEST_CASE("a different status is reported once, with the question asked instead", "[scenarios]") {
  const ScenarioOutcome outcome =
      run(R"({"name": "n", "today": "2026-11-29", "answers": {"contacted_a": false},)"
          R"( "expect": {"status": "advice", "step": "start_a", "documents": []}})");
  REQUIRE(outcome.mismatches.size() == 1);
  CHECK(outcome.mismatches[0] == R"(status: expected "advice", got "needs_input" (asks "extras"))");
}

TEST_CASE("needs_input compares the question asked next; an error status can be expected",
          "[scenarios]") {
  CHECK(run(R"({"name": "n", "today": "2026-11-29", "answers": {"contacted_a": false},)"
            R"( "expect": {"status": "needs_input", "question": "extras"}})")
            .passed);
  CHECK(run(R"({"name": "n", "today": "2026-11-29", "answers": {"contacted_a": "perhaps"},)"
            R"( "expect": {"status": "error"}})")
            .passed);
  CHECK(run(R"({"name": "n", "today": "2026-11-29", "lang": "de", "answers": {"nope": 1},)"
            R"( "expect": {"status": "error"}})")
            .passed);
}

TEST_CASE("deadlines compare as id -> date, whatever their order", "[scenarios]") {
  const ScenarioOutcome outcome =
      run(R"({"name": "n", "today": "2026-11-29", "answers": {"contacted_a": false, "extras": []},)"
          R"( "expect": {"deadlines": {"x": "2026-12-01"}}})");
  REQUIRE(outcome.mismatches.size() == 1);
  CHECK(outcome.mismatches[0] == R"(deadlines: expected {"x":"2026-12-01"}, got {})");
}

TEST_CASE("a language the rule set lacks fails the scenario and names the languages",
          "[scenarios]") {
  const ScenarioOutcome outcome =
      run(R"({"name": "n", "lang": "fr", "answers": {}, "expect": {"status": "needs_input"}})");
  REQUIRE(outcome.mismatches.size() == 1);
  CHECK_THAT(outcome.mismatches[0], Catch::Contains("unknown language 'fr'"));
  CHECK_THAT(outcome.mismatches[0], Catch::Contains("en, pt-BR, de"));
}

TEST_CASE("malformed lines are refused with their line and JSON path", "[scenarios]") {
  CHECK_THAT(problems_of("{\"name\": \"n\", \"answers\": {}, \"expect\": {}, \"expected\": 1}"),
             Catch::Contains("line 1 $.expected: unknown key 'expected'"));
  CHECK_THAT(problems_of("\n{\"name\": \"n\", \"answers\": {}, \"expect\": {\"stpe\": \"x\"}}"),
             Catch::Contains("line 2 $.expect.stpe: unknown key 'stpe'"));
  CHECK_THAT(problems_of("{\"name\": \"n\", \"answers\": {}}"),
             Catch::Contains("missing key 'expect'"));
  CHECK_THAT(problems_of("{\"name\": \"n\", \"answers\": [], \"expect\": {}}"),
             Catch::Contains("$.answers: expected an object"));
  CHECK_THAT(
      problems_of("{\"name\": \"n\", \"answers\": {}, \"today\": \"2026-02-30\", \"expect\": {}}"),
      Catch::Contains("$.today: expected a date YYYY-MM-DD"));
  CHECK_THAT(
      problems_of("{\"name\": \"n\", \"answers\": {}, \"expect\": {\"status\": \"advise\"}}"),
      Catch::Contains("unknown status 'advise'"));
  CHECK_THAT(problems_of("{\"name\": \"n\", \"answers\": {}, \"expect\": {\"documents\": \"a\"}}"),
             Catch::Contains("$.expect.documents: expected an array of ids"));
  CHECK_THAT(
      problems_of("{\"name\": \"n\", \"answers\": {}, \"expect\": {\"deadlines\": {\"a\": 3}}}"),
      Catch::Contains("$.expect.deadlines.a: expected a date"));
  CHECK_THAT(problems_of("{\"name\": \"n\""), Catch::Contains("line 1 $:"));
  CHECK_THAT(problems_of("[1]"), Catch::Contains("expected a scenario object"));
  // Every malformed line is reported, not only the first.
  const std::string both = problems_of("[1]\n" + std::string(kStartA) + "\n{}");
  CHECK_THAT(both, Catch::Contains("line 1"));
  CHECK_THAT(both, Catch::Contains("line 3"));
}

TEST_CASE("steps no scenario reaches are listed in rule order", "[scenarios]") {
  const auto scenarios = parsed(kStartA);
  std::vector<ScenarioOutcome> outcomes{
      run_scenario(test::engine_rules(), scenarios[0], test::fixture_today())};
  const std::vector<std::string> missed = unreached_steps(test::engine_rules(), outcomes);
  CHECK(missed ==
        std::vector<std::string>{"a_resolved", "wait_a", "go_b", "call_x", "explode", "go_c"});
}

}  // namespace scenarios_test
}  // namespace escalate
