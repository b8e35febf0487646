// Fuzz target: answers as people type them. Byte 0 picks a question of the
// engine fixture, byte 1 the language; the rest is the typed text, read by the
// question's type, and also, when it is JSON, checked as a batch answer.
#include <cstddef>
#include <cstdint>

#include "escalate/answers.hpp"
#include "escalate/json_document.hpp"
#include "escalate/locale_format.hpp"
#include "escalate/utf8.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace escalate;
  if (size < 2) return 0;
  const RuleSet& rules = fuzz::fixture();
  const Question& question = rules.questions[data[0] % rules.questions.size()];
  const std::size_t language = data[1] % rules.languages.size();
  const std::string_view text(reinterpret_cast<const char*>(data) + 2, size - 2);
  const AnswerContext context{rules, language, Date::from_days(20'786)};
  const Expected<Json> typed = parse_answer_text(question, text, context);
  fuzz::require(typed || is_valid_utf8(typed.problem().message), "answer problems are UTF-8");
  if (typed) {
    (void)typed->dump();
    (void)display_answer(question, *typed, context);
    // What was accepted is accepted again as JSON (a batch line's form).
    fuzz::require(check_answer_json(question, *typed, context).has_value(),
                  "an accepted answer stays accepted");
  }
  (void)read_number(text, rules.languages[language], question.unit);
  (void)parse_date(text);
  const Expected<Json> json = parse_json(text);
  if (json) {
    const Expected<Json> checked = check_answer_json(question, *json, context);
    fuzz::require(checked || is_valid_utf8(checked.problem().message),
                  "JSON answer problems are UTF-8");
  }
  return 0;
}
