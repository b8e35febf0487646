// The words of case files, dossiers, calendars and letters in English,
// Brazilian Portuguese and German (the session's own words are in messages.hpp).
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace escalate {

enum class CaseMsg {
  since_last_visit,
  was_due,
  recheck_intro,
  enter_keeps,
  recheck_flag,
  dossier_title,
  prepared,
  who,
  timeline,
  timeline_empty,
  deadline_event,
  next_step,
  deadlines,
  no_deadlines,
  basis,
  documents,
  ladder,
  answers_given,
  record,
  event_answered,
  event_changed,
  event_kept,
  event_removed,
  event_advised,
  no_step,
  reminder,
  gaps_left,
  log_title,
  offer_save,
  file_exists,
  saved_to,
  offer_menu,
  offer_invalid,
  written,
  count_,  // keep last
};

// `language` is a BCP 47 tag; matched by its primary subtag, English otherwise.
std::string_view tr(CaseMsg message, std::string_view language);

template <typename... Args>
std::string trf(CaseMsg message, std::string_view language, const Args&... args) {
  return fmt::format(fmt::runtime(tr(message, language)), args...);
}

}  // namespace escalate
