// A case file (escalate-case/1, docs/case-file.md): one person's complaint over
// weeks — the answers, the rule set and language they belong to, and a journal
// of what was answered, changed, kept or advised on which day. The library
// reads and writes its text; the program does the file work.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "escalate/date.hpp"
#include "escalate/engine.hpp"
#include "escalate/json.hpp"
#include "escalate/problem.hpp"
#include "escalate/rules.hpp"

namespace escalate {

inline constexpr std::string_view kCaseFormat = "escalate-case/1";
// The longest string a case file may hold (an answer, an id), in bytes.
inline constexpr std::size_t kMaxCaseString = 65536;

enum class CaseEvent { answered, changed, kept, removed, advised };
std::string_view to_string(CaseEvent event);

struct JournalDeadline {
  std::string id;
  Date date;
};

struct JournalEntry {
  Date day;
  CaseEvent event = CaseEvent::answered;
  std::string question;                    // answered, changed, kept, removed
  Json value;                              // answered, changed, kept: the answer
  Json was;                                // changed, removed: the answer before
  std::string step;                        // advised: the step
  std::vector<JournalDeadline> deadlines;  // advised: its deadlines
};

struct CaseFile {
  std::string id;  // made once by the program; calendar UIDs derive from it
  std::string rules_id, rules_version;
  std::size_t language = 0;  // index into the rule set's languages
  Date created;
  Json answers = Json::object();  // question id -> canonical answer
  std::vector<JournalEntry> journal;
  Json notes = Json::object();  // "x-…" keys, kept as they were
};

// Whether an answer fits in a case file: every string in it at most kMaxCaseString
// bytes (the limit read_case holds a file to, so what is saved can be read again).
bool fits_case_file(const Json& answer);

// A case id: 1 to 64 of A-Z, a-z, 0-9, '_' and '-'.
bool is_case_id(std::string_view id);

CaseFile new_case(const RuleSet& rules, std::string id, std::size_t language, Date today);

// The case in `text`, checked against the rule set in use: every problem is an
// invalid_case (or JSON) Problem naming the JSON path, the value and what is accepted.
Expected<CaseFile> read_case(const RuleSet& rules, std::string_view text);

// The file's text: indented JSON ending in a newline, keys in a fixed order.
std::string case_text(const RuleSet& rules, const CaseFile& file);

// The engine's request for the case on `today`.
Request case_request(const CaseFile& file, Date today);

// Records an answer given on `day`: "answered" (new), "changed" (different), or
// nothing when it is the same; returns whether the answers changed.
bool set_answer(CaseFile& file, const std::string& question, const Json& value, Date day);
// Records that an answer asked again on `day` was kept as it was.
void keep_answer(CaseFile& file, const std::string& question, Date day);
// Forgets an answer ("removed"); returns whether there was one.
bool remove_answer(CaseFile& file, const std::string& question, Date day);
// Records the advice given on its day, unless the latest advice on that day was the same.
void record_advice(CaseFile& file, const Advice& advice);

// The day an answer was last given or kept (the case's creation day when the
// journal does not say); none when the question has no answer.
std::optional<Date> answered_on(const CaseFile& file, const std::string& question);

}  // namespace escalate
