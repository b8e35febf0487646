// Scenario tests of the bundled rule set data/rules/br-claro-net.json: each case of
// data/scenarios/br-claro-net.jsonl (also run by `escalate test` in CI) compared by
// ids and dates only, never by text; and the sources every figure needs.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "escalate/engine.hpp"
#include "escalate/loader.hpp"
#include "escalate/result_json.hpp"
#include "escalate/scenarios.hpp"
#include "rules_support.hpp"

namespace escalate {
namespace claro_scenarios_test {

constexpr const char* kRulesFile = "data/rules/br-claro-net.json";
constexpr const char* kScenariosFile = "data/scenarios/br-claro-net.jsonl";
// Deadlines that are guide dates, not legal periods (their labels say so): no basis.
constexpr std::string_view kGuideDates[] = {"reclame_aqui_suggested_wait", "procon_answer"};

std::string describe(const Problems& problems) {
  std::string out;
  for (const Problem& p : problems) {
    out += (p.severity == Severity::error ? "error " : "warning ") + p.path + ": " + p.message +
           (p.line > 0 ? " (line " + std::to_string(p.line) + ")" : "") + "\n";
  }
  return out;
}

const RuleSet& claro_rules() { return test::rule_file(kRulesFile); }

const std::vector<Scenario>& scenarios() {
  static const std::vector<Scenario> all = [] {
    const auto text = test::read_text(test::source_dir() / kScenariosFile);
    REQUIRE(text);
    Expected<std::vector<Scenario>> parsed = parse_scenarios(*text);
    INFO(describe(parsed ? Problems{} : parsed.problems()));
    REQUIRE(parsed);
    return std::move(parsed).value();
  }();
  return all;
}

TEST_CASE("the bundled Claro NET rule set loads without errors or warnings", "[scenarios]") {
  const auto text = test::read_text(test::source_dir() / kRulesFile);
  REQUIRE(text);
  const Expected<Loaded> loaded = load_rules(*text);
  INFO(describe(loaded ? loaded->warnings : loaded.problems()));
  REQUIRE(loaded);
  REQUIRE(loaded->warnings.empty());
}

TEST_CASE("the Claro NET scenarios are many, uniquely named and dated", "[scenarios]") {
  REQUIRE(scenarios().size() >= 150);
  std::set<std::string> names;
  for (const Scenario& s : scenarios()) {
    INFO(s.name);
    CHECK(names.insert(s.name).second);
    CHECK(s.today.has_value());  // a scenario must not depend on the day it runs
    CHECK(s.expect.contains("status"));
  }
}

TEST_CASE("the bundled Claro NET rule set gives the expected advice in every scenario",
          "[scenarios]") {
  for (const Scenario& s : scenarios()) {
    const ScenarioOutcome outcome = run_scenario(claro_rules(), s, test::fixture_today());
    INFO("line " << s.line << ": " << s.name);
    INFO(Catch::Detail::stringify(outcome.mismatches));
    CHECK(outcome.passed);
  }
}

TEST_CASE("every step of the bundled rule set is reached by some scenario", "[scenarios]") {
  std::vector<ScenarioOutcome> outcomes;
  for (const Scenario& s : scenarios())
    outcomes.push_back(run_scenario(claro_rules(), s, test::fixture_today()));
  const std::vector<std::string> missed = unreached_steps(claro_rules(), outcomes);
  INFO("steps no scenario reaches: " << Catch::Detail::stringify(missed));
  CHECK(missed.empty());
}

TEST_CASE("the bundled rule set names a source for every constant, deadline and channel",
          "[scenarios]") {
  const RuleSet& rules = claro_rules();
  const Json raw = test::read_json(test::source_dir() / kRulesFile);

  SECTION("x-constant-sources names an existing source for every constant, and nothing else") {
    REQUIRE(raw.contains("x-constant-sources"));
    const Json& by_constant = raw.at("x-constant-sources");
    for (const auto& [id, value] : rules.constants) {
      INFO("constant " << id);
      REQUIRE(by_constant.contains(id));
      REQUIRE(by_constant.at(id).is_string());
      CHECK(rules.find_source(by_constant.at(id).get<std::string>()) != nullptr);
    }
    for (const auto& [id, value] : by_constant.items()) {
      INFO("x-constant-sources entry " << id);
      CHECK(std::any_of(rules.constants.begin(), rules.constants.end(),
                        [&id = id](const auto& constant) { return constant.first == id; }));
    }
  }

  SECTION("every deadline with a legal figure has a basis that is a source") {
    for (const Step& step : rules.steps) {
      for (const Deadline& d : step.deadlines) {
        if (std::find(std::begin(kGuideDates), std::end(kGuideDates), d.id) !=
            std::end(kGuideDates))
          continue;
        INFO("step " << step.id << ", deadline " << d.id);
        CHECK_FALSE(d.basis.empty());
        CHECK(rules.find_source(d.basis) != nullptr);
      }
    }
  }

  SECTION("every channel has contacts, a summary, a response time, documents and a source") {
    for (const Channel& c : rules.channels) {
      INFO("channel " << c.id);
      CHECK_FALSE(c.contacts.empty());
      CHECK_FALSE(c.summary.empty());
      CHECK((c.response_time && !c.response_time->empty()));
      CHECK_FALSE(c.documents.empty());
      CHECK_FALSE(c.sources.empty());
      for (const std::string& source : c.sources) CHECK(rules.find_source(source) != nullptr);
    }
  }
}

TEST_CASE("results written with the rule set's parts serialised once are the same as without",
          "[scenarios][result_json]") {
  const ResultWriter preset(claro_rules(), ResultWriter::Presets::all);
  const ResultWriter plain(claro_rules());
  std::size_t compared = 0;
  for (const Scenario& s : scenarios()) {
    for (std::size_t language = 0; language < claro_rules().languages.size(); ++language) {
      Request request;
      request.answers = s.answers;
      request.today = s.today.value_or(test::fixture_today());
      request.language = language;
      const Result result = decide(claro_rules(), request);
      std::string with, without;
      preset.object(with, result);
      plain.object(without, result);
      INFO(s.name);
      REQUIRE(with == without);
      REQUIRE(test::result_json(claro_rules(), result).dump() == without);  // as dump() prints it
      ++compared;
    }
  }
  CHECK(compared == 3 * scenarios().size());
}

}  // namespace claro_scenarios_test
}  // namespace escalate
