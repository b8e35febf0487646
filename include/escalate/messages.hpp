// The program's own words (headings, prompts, errors a consumer sees) in
// English, Brazilian Portuguese and German. Rule texts come from the rule set.
#pragma once

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
  unit,
  type_boolean,
  type_choice,
  type_multi,
  type_number,
  type_date,
  type_text,
  count_,  // keep last
};

// `language` is a BCP 47 tag; matched by its primary subtag, English otherwise.
std::string_view tr(Msg message, std::string_view language);

}  // namespace escalate
