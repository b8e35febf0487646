// Loads and validates an `escalate-rules/1` document, reporting every problem
// at once with its JSON path.
#pragma once

#include <memory>
#include <string_view>

#include "escalate/problem.hpp"
#include "escalate/rules.hpp"

namespace escalate {

inline constexpr std::string_view kRulesFormat = "escalate-rules/1";

struct Loaded {
  std::shared_ptr<const RuleSet> rules;
  Problems warnings;  // the file loads, but these deserve a look (severity warning)
};

// The rule set, or every problem in the file (errors and warnings, errors
// first, each in document order): JSON syntax problems with line and column,
// everything else with its JSON path.
Expected<Loaded> load_rules(std::string_view text);

}  // namespace escalate
