// `batch --fields`: the fields written straight from the result, known once
// when the list is read; any other is read from the whole result.
#pragma once

#include <string_view>

namespace escalate {

enum class FieldKind {
  today,
  lang,
  rules_id,
  rules_version,
  step_id,
  channel_id,
  question_id,
  for_step,
  other,  // read from the whole result
};

FieldKind field_kind(std::string_view path);

}  // namespace escalate
