// Exports and letters of a case.
#include "case_exports.hpp"

#include <fmt/format.h>

#include "common.hpp"
#include "escalate/dossier.hpp"
#include "escalate/version.hpp"

namespace escalate::cli {
namespace {

[[noreturn]] void fail(const std::string& case_path, const Problem& problem) {
  throw UserError(CliMsg::case_file_problem, case_path, problem.message);
}

}  // namespace

std::string export_case(const RuleSet& rules, const CaseFile& file, Date today,
                        const std::string& to, const std::string& case_path) {
  Expected<std::string> text = to == "md"     ? dossier_markdown(rules, file, today, version())
                               : to == "html" ? dossier_html(rules, file, today, version())
                                              : deadlines_ics(rules, file, today);
  if (!text) fail(case_path, text.problem());
  return std::move(text).value();
}

FilledLetter case_letter(const RuleSet& rules, const CaseFile& file, Date today,
                         const std::string& channel, const std::string& case_path) {
  std::string wanted = channel;
  if (wanted.empty()) {
    const Result result = decide(rules, case_request(file, today));
    if (const auto* problem = std::get_if<Problem>(&result)) fail(case_path, *problem);
    const auto* advice = std::get_if<Advice>(&result);
    if (advice && advice->channel) wanted = advice->channel->channel->id;
  }
  const Letter* letter = wanted.empty() ? nullptr : rules.find_letter(wanted);
  if (!letter) {
    std::vector<std::string> known;
    for (const Letter& l : rules.letters)
      known.push_back(l.channel.empty() ? l.id : fmt::format("{} ({})", l.channel, l.id));
    const std::string letters = fmt::format("{}", fmt::join(known, ", "));
    if (wanted.empty()) {
      if (known.empty()) throw UserError(CliMsg::no_channel_no_letters);
      throw UserError(CliMsg::no_channel_give_one, letters);
    }
    if (known.empty()) throw UserError(CliMsg::no_letter_no_letters, rules.id, wanted);
    throw UserError(CliMsg::no_letter_give_one, rules.id, wanted, letters);
  }
  Expected<FilledLetter> filled = fill_letter(rules, *letter, case_request(file, today));
  if (!filled) fail(case_path, filled.problem());
  return std::move(filled).value();
}

std::string letter_text(const FilledLetter& letter) {
  std::string out = letter.title + "\n\n";
  for (const std::string& paragraph : letter.paragraphs) out += paragraph + "\n\n";
  out.pop_back();
  return out;
}

}  // namespace escalate::cli
