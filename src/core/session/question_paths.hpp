// What an answer decides, for `why` in the session: the step it was asked for,
// or, for a question many steps read (the problem, the way to go), the paths
// it picks between.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "escalate/rules.hpp"

namespace escalate {

// The steps whose condition reads `question`, directly or through facts, in rule order.
std::vector<const Step*> steps_reading(const RuleSet& rules, const Question& question);

// The answer to `why` in the rule set's language `language`.
std::string why_text(const RuleSet& rules, const Question& question, const Step* asked_for,
                     std::size_t language);

}  // namespace escalate
