// Case files on disk: read and checked (a problem names the file and the JSON
// path, and nothing is written), created when absent, and saved atomically
// after every change (output_file: written beside, flushed, renamed over).
#pragma once

#include <string>

#include "common.hpp"
#include "escalate/case_file.hpp"
#include "escalate/case_resume.hpp"
#include "escalate/render_text.hpp"
#include "escalate/rules.hpp"

namespace escalate::cli {

struct OpenedCase {
  CaseFile file;
  bool created = false;  // the file did not exist: a new case
};

// The case in `path`; a new one (in the chosen language) when the file does not
// exist and `create` is set. --lang, when given, becomes the case's language.
OpenedCase open_case(const std::string& path, const RuleSet& rules, const CommonOptions& options,
                     Date today, bool create);

void save_case(const std::string& path, const RuleSet& rules, const CaseFile& file);

// What the commands that only read a case (case, export, letter) start from:
// the rule set, today and the case in `path`, which must exist.
struct CaseAtHand {
  LoadedRules loaded;
  Date today;
  OpenedCase opened;
  const RuleSet& rules() const { return *loaded.rules; }
  const CaseFile& file() const { return opened.file; }
};
CaseAtHand read_case_at_hand(const CommonOptions& options, const std::string& path);

// One visit to a case by a command that changes it (advise, ask): opened (or
// created) with what fell due since the last visit and what to check again;
// every change is saved at once.
class CaseVisit {
 public:
  CaseVisit(std::string path, const RuleSet& rules, const CommonOptions& options, Date today);

  CaseFile& file() { return opened_.file; }
  const std::string& path() const { return path_; }
  const Resume& resume() const { return resume_; }

  // The given answers recorded as answered today; the request with all of the
  // case's answers, or the problem with a given answer (nothing is recorded then).
  Expected<Request> merge(const Request& given);
  // One answer given (or kept) in the session; saved at once.
  void record(const std::string& question, const Json& value, bool kept);
  // The visit's result: advice is recorded; the file is saved when anything changed.
  void close(const Result& result);
  // Saves when anything changed (a new case: at once, so the file exists).
  void flush() {
    if (dirty_) save();
  }

  // For advise: what fell due since the last visit, and the answers to check again.
  std::string notice(const TextStyle& style) const;
  // The same for --format json: {"file", "created", "last_visit", "passed", "recheck"}.
  Json to_json() const;

 private:
  void save();

  std::string path_;
  const RuleSet& rules_;
  OpenedCase opened_;
  Date today_;
  Resume resume_;
  std::vector<std::string> given_;  // questions answered in this visit
  bool dirty_ = false;
};

}  // namespace escalate::cli
