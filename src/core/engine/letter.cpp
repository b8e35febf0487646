// Filling letters: paragraphs whose condition holds, placeholders filled in,
// missing values written as their gaps.
#include "escalate/letter.hpp"

#include "request_resolver.hpp"
#include "text_format.hpp"

namespace escalate {
Expected<FilledLetter> fill_letter(const RuleSet& rules, const Letter& letter,
                                   const Request& request) {
  const AnswerContext context{rules, request.language, request.today};
  Expected<Answers> answers = check_answers(rules, request.answers, context);
  if (!answers) return answers.problems();
  RequestResolver resolver(rules, std::move(answers).value(), request.today);
  TextFormatter formatter(rules, resolver, context, true);
  FilledLetter filled;
  filled.letter = &letter;
  auto fill = [&](const Text& text) {
    return formatter.format(text, request.language).value.get<std::string>();
  };
  try {
    filled.title = fill(letter.title);
    for (const LetterParagraph& paragraph : letter.paragraphs) {
      if (paragraph.when) {
        const Tri wanted = resolver.eval(*paragraph.when);
        if (!wanted.known() || !truthy(wanted.value)) continue;
      }
      filled.paragraphs.push_back(fill(paragraph.text));
    }
  } catch (const LogicError& e) {
    return logic_problem(e, rules.languages.at(request.language));
  }
  filled.gaps = formatter.gaps_written();
  return filled;
}

Expected<std::string> fill_text(const RuleSet& rules, const Text& text, const Request& request) {
  const AnswerContext context{rules, request.language, request.today};
  Expected<Answers> answers = check_answers(rules, request.answers, context);
  if (!answers) return answers.problems();
  RequestResolver resolver(rules, std::move(answers).value(), request.today);
  TextFormatter formatter(rules, resolver, context, true);
  try {
    return formatter.format(text, request.language).value.get<std::string>();
  } catch (const LogicError& e) {
    return logic_problem(e, rules.languages.at(request.language));
  }
}

}  // namespace escalate
