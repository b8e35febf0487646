// Reading answers: typed text (from -a flags and the interactive prompt) and
// JSON values (from batch lines and --answers files) become the canonical JSON
// of the question's type, or an error naming the question, value and what is accepted.
#pragma once

#include <string>
#include <string_view>

#include "escalate/date.hpp"
#include "escalate/json.hpp"
#include "escalate/problem.hpp"
#include "escalate/rules.hpp"

namespace escalate {

struct AnswerContext {
  const RuleSet& rules;
  std::size_t language;
  Date today;  // for "today" bounds
  // For a person at the session's prompt: messages name no question id and no
  // option value, only numbers and labels, and options may be typed by label.
  bool for_person = false;
};

// The canonical JSON of an answer (boolean, option value, array of option
// values, number, "YYYY-MM-DD", string, or null for "I don't know"), or an
// invalid_answer Problem naming the question, the value and what is accepted,
// in the context's language.

// Typed text: yes/no/sim/não/ja/nein/true/false/1/0; option values, unique
// prefixes or option numbers (1-based); numbers in the plain or the language's
// form; dates as YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY; "unknown" where allowed.
Expected<Json> parse_answer_text(const Question& question, std::string_view text,
                                 const AnswerContext& context);

// A JSON value; strings are read as typed text for every type but text. A value
// already canonical (an option's value, a boolean) is returned as it came.
Expected<Json> check_answer_json(const Question& question, Json value,
                                 const AnswerContext& context);

// What the question accepts, in words: "one of resolved, pending, unsatisfactory"
// for programs and -a flags; "the number of one of the options above (1 to 3)"
// for a person.
std::string accepted_values(const Question& question, const AnswerContext& context);

// An answer for display: labels for choices, dates and numbers in the language.
std::string display_answer(const Question& question, const Json& value,
                           const AnswerContext& context);

// An unknown_question Problem for `id`, with the nearest question id as a suggestion.
Problem unknown_question_problem(std::string_view id, const AnswerContext& context);

}  // namespace escalate
