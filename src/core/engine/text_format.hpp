// Fills in a text's placeholders with values formatted for the language:
// answers as displayed (labels, dates, money), facts and constants by kind.
#pragma once

#include "escalate/answers.hpp"
#include "escalate/logic.hpp"
#include "escalate/rules.hpp"

namespace escalate {

class TextFormatter {
 public:
  TextFormatter(const RuleSet& rules, Resolver& resolver, const AnswerContext& context)
      : rules_(rules), resolver_(resolver), context_(context) {}

  // The text as a JSON string, or unknown naming the question it still needs.
  Tri format(const Text& text, std::size_t language);

 private:
  std::string display(int symbol, const Json& value, bool label);

  const RuleSet& rules_;
  Resolver& resolver_;
  const AnswerContext& context_;
};

// A computed value (fact, constant) for display: ISO dates as dates, numbers
// with the language's separators, booleans as yes/no.
std::string display_value(const Json& value, const std::string& language);

}  // namespace escalate
