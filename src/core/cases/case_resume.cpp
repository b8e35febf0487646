// Resuming a case: the deadlines told at the last visit that fell due since,
// and the answers to check again.
#include "escalate/case_resume.hpp"

#include <algorithm>

#include "escalate/case_words.hpp"
#include "escalate/letter.hpp"
#include "escalate/locale_format.hpp"

namespace escalate {
namespace {

std::string deadline_label(const RuleSet& rules, const CaseFile& file, const std::string& step_id,
                           const std::string& id, Date today) {
  const Step* step = rules.find_step(step_id);
  if (!step) return id;
  const auto it = std::find_if(step->deadlines.begin(), step->deadlines.end(),
                               [&](const Deadline& d) { return d.id == id; });
  if (it == step->deadlines.end()) return id;
  Expected<std::string> label = fill_text(rules, it->label, case_request(file, today));
  return label ? *label : id;
}

}  // namespace

Expected<Resume> resume_case(const RuleSet& rules, const CaseFile& file, Date today) {
  Resume resume;
  const auto last = std::find_if(file.journal.rbegin(), file.journal.rend(), [&](const auto& e) {
    return e.event == CaseEvent::advised && e.day < today;
  });
  if (last != file.journal.rend()) {
    resume.last_visit = last->day;
    for (const JournalDeadline& d : last->deadlines) {
      if (d.date >= last->day && d.date < today) {
        resume.passed.push_back({deadline_label(rules, file, last->step, d.id, today), d.date});
      }
    }
    std::stable_sort(resume.passed.begin(), resume.passed.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
  }
  const Request request = case_request(file, today);
  for (const Question& q : rules.questions) {
    if (!q.recheck) continue;
    const auto on = answered_on(file, q.id);
    if (!on || *on >= today) continue;
    Expected<bool> again = holds(rules, *q.recheck, request);
    if (!again) return again.problems();
    if (*again) resume.recheck.push_back(&q);
  }
  return resume;
}

std::string render_passed(const RuleSet& rules, const Resume& resume, std::size_t language,
                          const TextStyle& style) {
  if (resume.passed.empty() || !resume.last_visit) return {};
  const std::string& tag = rules.languages.at(language);
  std::string text = wrap(trf(CaseMsg::since_last_visit, tag, format_date(*resume.last_visit, tag)),
                          style.width, "");
  for (const PassedDeadline& d : resume.passed) {
    text += wrap(trf(CaseMsg::was_due, tag, d.label, format_date(d.date, tag)), style.width, "    ",
                 "  • ");
  }
  return text;
}

}  // namespace escalate
