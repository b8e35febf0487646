// The program's own words (headings, prompts, errors a consumer sees) in
// English, Brazilian Portuguese and German. Rule texts come from the rule set.
#pragma once

#include <fmt/format.h>

#include <span>
#include <string>
#include <string_view>

namespace escalate {

enum class Msg {
  contacts,
  response_time,
  documents_to_bring,
  tips,
  sources,
  question_type,
  options,
  answer_with,
  minimum,
  maximum,
  may_answer_unknown,
  pattern,
  or_unknown,
  err_invalid_answer_person,
  err_below_min_person,
  err_above_max_person,
  err_unknown_not_allowed_person,
  err_empty_answer_person,
  err_ambiguous_person,
  expect_choice_person,
  expect_multi_person,
  bound_today,
  off_ladder,
  legend_passed,
  legend_skipped,
  legend_current,
  legend_ahead,
  why_path,
  session_commands,
  unit,
  type_boolean,
  type_choice,
  type_multi,
  type_number,
  type_date,
  type_text,
  yes,
  no,
  unknown_value,
  err_invalid_answer,
  err_ambiguous,
  err_below_min,
  err_above_max,
  err_unknown_not_allowed,
  err_unknown_question,
  did_you_mean,
  expect_boolean,
  expect_choice,
  expect_multi,
  expect_number,
  expect_date,
  expect_text,
  expect_nonempty_text,
  on_or_after,
  on_or_before,
  at_least,
  at_most,
  where_you_are,
  what_to_do,
  deadlines,
  documents_checklist,
  if_not_solved,
  legal_basis,
  no_advice,
  due_today,
  due_tomorrow,
  days_left,
  days_ago_one,
  days_ago,
  contact_phone,
  contact_web,
  contact_email,
  contact_app,
  contact_in_person,
  contact_mail,
  needs_input,
  add_flag,
  accepted_values,
  for_step,
  session_hint,
  why,
  first_question,
  cannot_skip,
  your_answers,
  no_answers,
  review_pick,
  review_invalid,
  session_ended,
  current_answer,
  try_again,
  choose_number,
  summary_lines,
  summary_channels,
  batch_progress,      // {0} lines done, {1} lines per second
  batch_progress_eta,  // and {2} percent of the input, {3} time left (h:mm:ss)
  json_at_column,
  json_unexpected,
  json_end,
  json_bad_string,
  json_bad_utf8,
  json_bad_number,
  json_number_range,
  json_too_deep,
  json_duplicate_key,
  line_not_object,
  line_unknown_key,
  answers_not_object,
  line_invalid_today,
  line_invalid_lang,
  err_evaluation,
  err_deadline_not_date,
  err_invalid_utf8,
  err_ambiguous_amount,
  reading_language,
  reading_brl,
  reading_usd,
  placeholder_number,
  placeholder_date,
  placeholder_text,
  line_too_long,
  err_answer_too_long,
  count_,  // keep last
};

// `language` is a BCP 47 tag; matched by its primary subtag, English otherwise.
std::string_view tr(Msg message, std::string_view language);

// What a person may type for "I don't know": the language's phrases, lower-case
// (docs/cli.md lists them). Answers accept every language's phrases.
std::span<const std::string_view> unknown_phrases(std::string_view language);

// The interactive session's commands and the words that call them in a language
// (the session accepts its language's words and the English ones).
enum class Command { help, why, back, review, skip, quit };
std::span<const std::string_view> command_words(Command command, std::string_view language);

// tr() with {0}, {1}, ... filled in.
template <typename... Args>
std::string trf(Msg message, std::string_view language, const Args&... args) {
  return fmt::format(fmt::runtime(tr(message, language)), args...);
}

}  // namespace escalate
