// Fills in a text's placeholders with values formatted for the language:
// answers as displayed (labels, dates, money), facts and constants by kind.
#pragma once

#include <string>
#include <vector>

#include "escalate/answers.hpp"
#include "escalate/logic.hpp"
#include "escalate/rules.hpp"

namespace escalate {

class TextFormatter {
 public:
  // With `gaps`, a value that is missing or "I don't know" is written as its
  // gap in brackets ("[SAC protocol number]") instead of making the text unknown.
  TextFormatter(const RuleSet& rules, Resolver& resolver, const AnswerContext& context,
                bool gaps = false)
      : rules_(rules), resolver_(resolver), context_(context), gaps_(gaps) {}

  // The text as a JSON string, or unknown naming the question it still needs.
  Tri format(const Text& text, std::size_t language);
  // Each gap written so far, once, in order.
  const std::vector<std::string>& gaps_written() const { return gaps_written_; }

 private:
  std::string display(int symbol, const Json& value, bool label);
  std::string gap(int symbol) const;

  const RuleSet& rules_;
  Resolver& resolver_;
  const AnswerContext& context_;
  bool gaps_ = false;
  std::vector<std::string> gaps_written_;
};

// A computed value (fact, constant) for display: ISO dates as dates, numbers
// with the language's separators, booleans as yes/no.
std::string display_value(const Json& value, const std::string& language);

}  // namespace escalate
