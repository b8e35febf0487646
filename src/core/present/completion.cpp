// Completions of an answer flag's word, for the shells' completion scripts.
#include "escalate/completion.hpp"

#include <algorithm>

namespace escalate {
namespace {

// Every candidate value of `question` for a word after "ID=", before prefix filtering.
std::vector<std::string_view> candidate_values(const Question& question) {
  std::vector<std::string_view> values;
  switch (question.type) {
    case QuestionType::boolean:
      values = {"true", "false"};
      break;
    case QuestionType::choice:
    case QuestionType::multi:
      for (const Option& option : question.options) values.push_back(option.value);
      break;
    case QuestionType::number:
    case QuestionType::date:
    case QuestionType::text:
      return {};  // free input: a shell offers nothing rather than a guess
  }
  if (question.allow_unknown && question.type != QuestionType::multi)
    values.emplace_back("unknown");
  return values;
}

// The items of a multi answer before its last comma ("a,b," -> {"a", "b"}).
std::vector<std::string_view> chosen_items(std::string_view before_last) {
  std::vector<std::string_view> items;
  while (!before_last.empty()) {
    const std::size_t comma = before_last.find(',');
    const std::string_view item = before_last.substr(0, comma);
    if (!item.empty()) items.push_back(item);
    if (comma == std::string_view::npos) break;
    before_last.remove_prefix(comma + 1);
  }
  return items;
}

}  // namespace

std::vector<std::string> complete_answer(const RuleSet& rules, std::string_view word) {
  std::vector<std::string> out;
  const std::size_t eq = word.find('=');
  if (eq == std::string_view::npos) {
    for (const Question& question : rules.questions) {
      if (question.id.starts_with(word)) out.push_back(question.id + "=");
    }
    return out;
  }
  const Question* question = rules.find_question(word.substr(0, eq));
  if (!question) return out;
  std::string_view typed = word.substr(eq + 1);
  std::string_view kept = word.substr(0, eq + 1);  // "ID=", and for multi the items chosen so far
  std::vector<std::string_view> chosen;
  if (question->type == QuestionType::multi) {
    const std::size_t comma = typed.rfind(',');
    if (comma != std::string_view::npos) {
      chosen = chosen_items(typed.substr(0, comma));
      kept = word.substr(0, eq + 1 + comma + 1);
      typed = typed.substr(comma + 1);
    }
  }
  for (const std::string_view value : candidate_values(*question)) {
    if (!value.starts_with(typed)) continue;
    if (std::find(chosen.begin(), chosen.end(), value) != chosen.end()) continue;
    out.push_back(std::string(kept).append(value));
  }
  return out;
}

}  // namespace escalate
