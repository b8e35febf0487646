// What a case becomes on paper and in a calendar, in the case's language:
// the dossier (Markdown or one self-contained HTML file) to bring to Procon or
// court, the journal as a timeline, and the deadlines as iCalendar events.
#pragma once

#include <string>

#include "escalate/case_file.hpp"
#include "escalate/render_text.hpp"

namespace escalate {

// `version` is the program's, named in the dossier's footer line.
Expected<std::string> dossier_markdown(const RuleSet& rules, const CaseFile& file, Date today,
                                       std::string_view version);
Expected<std::string> dossier_html(const RuleSet& rules, const CaseFile& file, Date today,
                                   std::string_view version);

// The journal, day by day: what was answered, changed, kept and advised.
std::string case_log(const RuleSet& rules, const CaseFile& file, const TextStyle& style);

// RFC 5545: one all-day event per deadline of today's advice, with a reminder
// at 09:00 the day before; UIDs derive from the case id, the step and the
// deadline, so a calendar that imports it again updates the events.
Expected<std::string> deadlines_ics(const RuleSet& rules, const CaseFile& file, Date today);

}  // namespace escalate
