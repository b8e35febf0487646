// What a case becomes outside the program, shared by `export`, `letter` and
// the end of the session: the dossier (md, html), the calendar (ics), a letter.
#pragma once

#include <string>

#include "escalate/case_file.hpp"
#include "escalate/letter.hpp"

namespace escalate::cli {

// `to` is md, html or ics; throws UserError naming the case file on a problem.
std::string export_case(const RuleSet& rules, const CaseFile& file, Date today,
                        const std::string& to, const std::string& case_path);

// The letter for `channel` (a letter or channel id), or for today's advice's
// channel when empty; throws UserError listing the letters when there is none.
FilledLetter case_letter(const RuleSet& rules, const CaseFile& file, Date today,
                         const std::string& channel, const std::string& case_path);

// The letter as text to paste: the subject, a blank line, one paragraph a line.
std::string letter_text(const FilledLetter& letter);

}  // namespace escalate::cli
