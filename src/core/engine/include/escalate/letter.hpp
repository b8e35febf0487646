// Letters and other texts filled with a case's answers where a missing value is
// a visible gap ("[SAC protocol number]"), never an empty string and never a
// question: a letter is written from what is known, the person fills the gaps.
#pragma once

#include <string>
#include <vector>

#include "escalate/engine.hpp"
#include "escalate/problem.hpp"
#include "escalate/rules.hpp"

namespace escalate {

struct FilledLetter {
  const Letter* letter = nullptr;
  std::string title;
  std::vector<std::string> paragraphs;  // those whose condition holds, in order
  std::vector<std::string> gaps;        // each gap left, once, in order ("[CPF]")
};

// The letter in the request's language; a problem when the answers are invalid
// or the logic fails.
Expected<FilledLetter> fill_letter(const RuleSet& rules, const Letter& letter,
                                   const Request& request);

// Any Text of the rule set filled the same way (a question's `timeline`, …).
Expected<std::string> fill_text(const RuleSet& rules, const Text& text, const Request& request);

}  // namespace escalate
