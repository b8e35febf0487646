// What a shell may complete an answer flag's word to (`escalate questions
// --complete WORD`): the completion scripts for bash, zsh and fish ask the
// program, so question ids and option values always come from the rule set in use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "escalate/rules.hpp"

namespace escalate {

// The words `word` (what follows -a) may become, in the rule set's order:
// - without '=': "ID=" for every question id that starts with `word`;
// - "ID=PREFIX" for a choice question: "ID=VALUE" for each option value that
//   starts with PREFIX; for a multi question the same for the last item of a
//   comma-separated list, keeping the items before it and leaving out those
//   already chosen; for a yes/no question "true" and "false";
//   "unknown" too where the question takes it;
// - nothing for a number, date or text question, or an unknown id.
std::vector<std::string> complete_answer(const RuleSet& rules, std::string_view word);

}  // namespace escalate
