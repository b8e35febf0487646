// Coming back to a case on a later day: which deadlines fell due since the last
// visit, and which answers the rules want asked again (a question's `recheck`).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "escalate/case_file.hpp"
#include "escalate/render_text.hpp"

namespace escalate {

struct PassedDeadline {
  std::string label;  // in the case's language, placeholders filled (gaps where missing)
  Date date;
};

struct Resume {
  std::optional<Date> last_visit;        // the day of the latest advice before today
  std::vector<PassedDeadline> passed;    // that advice's deadlines due since, by date
  std::vector<const Question*> recheck;  // answered before today, `recheck` holds; question order
};

Expected<Resume> resume_case(const RuleSet& rules, const CaseFile& file, Date today);

// "Since your last visit on …: <label>: was due on …" (empty when nothing passed).
std::string render_passed(const RuleSet& rules, const Resume& resume, std::size_t language,
                          const TextStyle& style);

}  // namespace escalate
