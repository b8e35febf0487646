// Scenario files for rule authors: JSON Lines of {name, answers, today?, lang?,
// expect}, each run against a rule set and compared by ids and dates.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "escalate/date.hpp"
#include "escalate/json.hpp"
#include "escalate/problem.hpp"
#include "escalate/rules.hpp"

namespace escalate {

struct Scenario {
  std::size_t line = 0;  // 1-based line in its file
  std::string name;
  Json answers = Json::object();
  std::optional<Date> today;  // default: the run's today
  std::string lang;           // default: the rule set's first language
  Json expect = Json::object();
};

// Reads a scenario file's text: the scenarios, or every malformed line's
// problem (each with its 1-based `line`, and the JSON path in `path`). Blank lines and
// lines starting with '#' are skipped.
Expected<std::vector<Scenario>> parse_scenarios(std::string_view text);

struct ScenarioOutcome {
  const Scenario* scenario = nullptr;
  bool passed = false;
  std::vector<std::string> mismatches;  // "step: expected X, got Y", …
  std::string reached_step;             // the step of an advice result, or empty
};

// Runs one scenario against `rules`, comparing only the keys its `expect` holds.
ScenarioOutcome run_scenario(const RuleSet& rules, const Scenario& scenario, Date today);

// The ids of the steps no outcome reached, in rule order.
std::vector<std::string> unreached_steps(const RuleSet& rules,
                                         const std::vector<ScenarioOutcome>& outcomes);

}  // namespace escalate
