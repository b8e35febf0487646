// Reading, creating and saving case files.
#include "case_store.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "escalate/answers.hpp"
#include "escalate/case_words.hpp"
#include "escalate/locale_format.hpp"
#include "output_file.hpp"

namespace escalate::cli {
namespace {

// 16 random hex digits from the system's generator.
std::string new_case_id() {
  std::ifstream random("/dev/urandom", std::ios::binary);
  unsigned char bytes[8] = {};
  if (!random.read(reinterpret_cast<char*>(bytes), sizeof bytes))
    throw UserError(CliText(CliMsg::case_id_unmade), kExitFailure);
  std::string id = "c-";
  for (unsigned char b : bytes) id += fmt::format("{:02x}", b);
  return id;
}

}  // namespace

OpenedCase open_case(const std::string& path, const RuleSet& rules, const CommonOptions& options,
                     Date today, bool create) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno == ENOENT && create) {
      const std::size_t language = choose_language(rules, options.lang);
      return {new_case(rules, new_case_id(), language, today), true};
    }
    throw UserError(CliMsg::case_file_problem, path, std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) throw UserError(CliMsg::case_file_is_directory, path);
  const std::string text = read_input(path);
  Expected<CaseFile> read = read_case(rules, text);
  if (!read) {
    const std::size_t count = read.problems().size();
    std::string next;  // the second to the fifth problem, a line each
    for (std::size_t i = 1; i < count && i < 5; ++i) {
      const Problem& p = read.problems()[i];
      next += fmt::format("\n  {}: {}", describe_problem(path, p), p.message);
    }
    const std::string where = describe_problem(path, read.problem());
    if (count > 5) {
      throw UserError(CliMsg::case_file_unreadable_more, where, read.problem().message, next,
                      count - 5);
    }
    throw UserError(CliMsg::case_file_unreadable, where, read.problem().message, next);
  }
  OpenedCase opened{std::move(read).value(), false};
  if (!options.lang.empty()) opened.file.language = choose_language(rules, options.lang);
  return opened;
}

// Temporary files a killed save left beside the case (".NAME.tmp-PID" whose
// process is gone) are removed; they were never read.
void remove_stale_temporaries(const std::string& path) {
  std::error_code error;
  const std::filesystem::path target = std::filesystem::weakly_canonical(path, error);
  if (error) return;
  const std::string prefix = "." + target.filename().string() + ".tmp-";
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.empty() || digits.size() > 9 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    const auto pid = static_cast<pid_t>(std::stol(digits));
    if (pid != getpid() && ::kill(pid, 0) != 0 && errno == ESRCH)
      std::filesystem::remove(entry.path(), error);
  }
}

void save_case(const std::string& path, const RuleSet& rules, const CaseFile& file) {
  remove_stale_temporaries(path);
  OutputFile out(path, "");
  out.write(case_text(rules, file));
  out.commit();
}

CaseAtHand read_case_at_hand(const CommonOptions& options, const std::string& path) {
  LoadedRules loaded = load_rules_or_fail(options);
  const Date today = choose_today(options.today);
  OpenedCase opened = open_case(path, *loaded.rules, options, today, false);
  return {std::move(loaded), today, std::move(opened)};
}

CaseVisit::CaseVisit(std::string path, const RuleSet& rules, const CommonOptions& options,
                     Date today)
    : path_(std::move(path)),
      rules_(rules),
      opened_(open_case(path_, rules, options, today, true)),
      today_(today) {
  Expected<Resume> resume = resume_case(rules, opened_.file, today);
  if (!resume) throw UserError(CliMsg::case_file_problem, path_, resume.problem().message);
  resume_ = std::move(resume).value();
  dirty_ = opened_.created;
}

Expected<Request> CaseVisit::merge(const Request& given) {
  const AnswerContext context{rules_, opened_.file.language, today_};
  std::vector<std::pair<std::string, Json>> checked;
  for (const auto& [id, value] : given.answers.items()) {
    const Question* question = rules_.find_question(id);
    if (!question) return unknown_question_problem(id, context);
    Expected<Json> canonical = check_answer_json(*question, value, context);
    if (!canonical) return canonical.problems();
    if (!fits_case_file(*canonical)) {
      Problem problem(ProblemCode::invalid_answer,
                      fmt::format("the answer to '{}' is longer than a case file keeps ({} bytes "
                                  "at most); shorten it",
                                  id, kMaxCaseString));
      problem.question = id;
      return problem;
    }
    checked.emplace_back(id, std::move(canonical).value());
  }
  for (const auto& [id, value] : checked) {
    given_.push_back(id);
    dirty_ |= set_answer(opened_.file, id, value, today_);
  }
  return case_request(opened_.file, today_);
}

void CaseVisit::record(const std::string& question, const Json& value, bool kept) {
  if (kept) {
    keep_answer(opened_.file, question, today_);
  } else if (!set_answer(opened_.file, question, value, today_)) {
    return;
  }
  save();
}

void CaseVisit::close(const Result& result) {
  if (const auto* advice = std::get_if<Advice>(&result)) {
    const std::size_t before = opened_.file.journal.size();
    record_advice(opened_.file, *advice);
    dirty_ |= opened_.file.journal.size() != before;
  }
  flush();
}

void CaseVisit::save() {
  save_case(path_, rules_, opened_.file);
  dirty_ = false;
}

std::string CaseVisit::notice(const TextStyle& style) const {
  const std::size_t language = opened_.file.language;
  const std::string& tag = rules_.languages.at(language);
  std::string text = render_passed(rules_, resume_, language, style);
  const AnswerContext context{rules_, language, today_};
  for (const Question* q : resume_.recheck) {
    if (std::find(given_.begin(), given_.end(), q->id) != given_.end()) continue;
    const auto on = answered_on(opened_.file, q->id);
    text += wrap(
        trf(CaseMsg::recheck_flag, tag, on ? format_date(*on, tag) : "", q->prompt.plain(language),
            display_answer(*q, opened_.file.answers[q->id], context), q->id),
        style.width, "    ", "  • ");
  }
  return text.empty() ? text : text + "\n";
}

Json CaseVisit::to_json() const {
  Json out = Json::object();
  out["file"] = path_;
  out["id"] = opened_.file.id;
  out["created"] = opened_.created;
  out["last_visit"] = resume_.last_visit ? Json(resume_.last_visit->iso()) : Json();
  Json passed = Json::array();
  for (const PassedDeadline& d : resume_.passed)
    passed.push_back(Json{{"label", d.label}, {"date", d.date.iso()}});
  out["passed"] = std::move(passed);
  Json recheck = Json::array();
  for (const Question* q : resume_.recheck) {
    if (std::find(given_.begin(), given_.end(), q->id) == given_.end()) recheck.push_back(q->id);
  }
  out["recheck"] = std::move(recheck);
  return out;
}

}  // namespace escalate::cli
