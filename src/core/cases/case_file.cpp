// The case file's model: a new case, its text, and the journal kept as answers
// are given, changed, kept and advice is given.
#include "escalate/case_file.hpp"

#include <algorithm>

namespace escalate {

std::string_view to_string(CaseEvent event) {
  switch (event) {
    case CaseEvent::answered:
      return "answered";
    case CaseEvent::changed:
      return "changed";
    case CaseEvent::kept:
      return "kept";
    case CaseEvent::removed:
      return "removed";
    case CaseEvent::advised:
      return "advised";
  }
  return "answered";
}

bool fits_case_file(const Json& answer) {
  if (answer.is_string()) return answer.get_ref<const std::string&>().size() <= kMaxCaseString;
  if (!answer.is_array()) return true;
  return std::all_of(answer.begin(), answer.end(),
                     [](const Json& item) { return fits_case_file(item); });
}

bool is_case_id(std::string_view id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  });
}

CaseFile new_case(const RuleSet& rules, std::string id, std::size_t language, Date today) {
  CaseFile file;
  file.id = std::move(id);
  file.rules_id = rules.id;
  file.rules_version = rules.version;
  file.language = language;
  file.created = today;
  return file;
}

std::string case_text(const RuleSet& rules, const CaseFile& file) {
  Json doc = Json::object();
  doc["format"] = kCaseFormat;
  doc["id"] = file.id;
  doc["rules"] = Json{{"id", rules.id}, {"version", rules.version}};
  doc["language"] = rules.languages.at(file.language);
  doc["created"] = file.created.iso();
  // Answers in the rule set's question order, so a file reads like the questions.
  Json answers = Json::object();
  for (const Question& q : rules.questions) {
    if (file.answers.contains(q.id)) answers[q.id] = file.answers[q.id];
  }
  doc["answers"] = std::move(answers);
  Json journal = Json::array();
  for (const JournalEntry& e : file.journal) {
    Json entry = Json::object();
    entry["day"] = e.day.iso();
    entry["event"] = to_string(e.event);
    if (e.event == CaseEvent::advised) {
      entry["step"] = e.step;
      Json deadlines = Json::array();
      for (const JournalDeadline& d : e.deadlines)
        deadlines.push_back(Json{{"id", d.id}, {"date", d.date.iso()}});
      entry["deadlines"] = std::move(deadlines);
    } else {
      entry["question"] = e.question;
      if (e.event != CaseEvent::removed) entry["value"] = e.value;
      if (e.event == CaseEvent::changed || e.event == CaseEvent::removed) entry["was"] = e.was;
    }
    journal.push_back(std::move(entry));
  }
  doc["journal"] = std::move(journal);
  for (const auto& [key, item] : file.notes.items()) doc[key] = item;
  return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Request case_request(const CaseFile& file, Date today) {
  Request request;
  request.answers = file.answers;
  request.today = today;
  request.language = file.language;
  return request;
}

bool set_answer(CaseFile& file, const std::string& question, const Json& value, Date day) {
  JournalEntry entry;
  entry.day = day;
  entry.question = question;
  entry.value = value;
  if (const auto it = file.answers.find(question); it != file.answers.end()) {
    if (*it == value) return false;
    entry.event = CaseEvent::changed;
    entry.was = *it;
  }
  file.answers[question] = value;
  file.journal.push_back(std::move(entry));
  return true;
}

void keep_answer(CaseFile& file, const std::string& question, Date day) {
  const auto it = file.answers.find(question);
  if (it == file.answers.end()) return;
  JournalEntry entry;
  entry.day = day;
  entry.event = CaseEvent::kept;
  entry.question = question;
  entry.value = *it;
  file.journal.push_back(std::move(entry));
}

bool remove_answer(CaseFile& file, const std::string& question, Date day) {
  const auto it = file.answers.find(question);
  if (it == file.answers.end()) return false;
  JournalEntry entry;
  entry.day = day;
  entry.event = CaseEvent::removed;
  entry.question = question;
  entry.was = *it;
  file.answers.erase(it);
  file.journal.push_back(std::move(entry));
  return true;
}

void record_advice(CaseFile& file, const Advice& advice) {
  JournalEntry entry;
  entry.day = advice.today;
  entry.event = CaseEvent::advised;
  entry.step = advice.step ? advice.step->id : "";
  for (const DeadlineResult& d : advice.deadlines) entry.deadlines.push_back({d.id, d.date});
  const auto last = std::find_if(file.journal.rbegin(), file.journal.rend(),
                                 [](const auto& e) { return e.event == CaseEvent::advised; });
  const auto same = [&](const JournalEntry& e) {
    return e.day == entry.day && e.step == entry.step &&
           std::equal(e.deadlines.begin(), e.deadlines.end(), entry.deadlines.begin(),
                      entry.deadlines.end(), [](const auto& a, const auto& b) {
                        return a.id == b.id && a.date == b.date;
                      });
  };
  if (last != file.journal.rend() && same(*last)) return;
  file.journal.push_back(std::move(entry));
}

std::optional<Date> answered_on(const CaseFile& file, const std::string& question) {
  if (!file.answers.contains(question)) return std::nullopt;
  const auto last = std::find_if(file.journal.rbegin(), file.journal.rend(), [&](const auto& e) {
    return e.question == question && e.event != CaseEvent::removed;
  });
  return last == file.journal.rend() ? file.created : last->day;
}

}  // namespace escalate
