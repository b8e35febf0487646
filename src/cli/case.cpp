// `escalate case [show] FILE`: today's advice for a case, what fell due since
// the last visit first; `escalate case log FILE`: its journal as a timeline.
// Both only read the file.
#include <fmt/format.h>

#include "case_store.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "completes.hpp"
#include "escalate/dossier.hpp"
#include "escalate/render_text.hpp"

namespace escalate::cli {
namespace {

void run_case(const CommonOptions& common, const std::vector<std::string>& args) {
  const bool two = args.size() == 2;
  if (!two && (args[0] == "show" || args[0] == "log"))
    throw UserError(CliMsg::case_needs_file, args[0]);
  const std::string what = two ? args[0] : "show";
  if (what != "show" && what != "log") {
    throw UserError(CliMsg::case_usage, what);
  }
  const std::string& path = args.back();
  const CaseAtHand at = read_case_at_hand(common, path);
  const RuleSet& rules = at.rules();
  const CaseFile& file = at.file();
  const Date today = at.today;
  const TextStyle style{use_color(common, stdout), terminal_width(stdout)};
  if (what == "log") {
    fmt::print("{}", case_log(rules, file, style));
    return;
  }
  Expected<Resume> resume = resume_case(rules, file, today);
  if (!resume) throw UserError(CliMsg::case_file_problem, path, resume.problem().message);
  const std::string passed = render_passed(rules, *resume, file.language, style);
  if (!passed.empty()) fmt::print("{}\n", passed);
  const Result result = decide(rules, case_request(file, today));
  if (const auto* problem = std::get_if<Problem>(&result))
    throw UserError(CliMsg::case_file_problem, path, problem->message);
  if (const auto* needs = std::get_if<NeedsInput>(&result)) {
    fmt::print("{}", render_needs_input(rules, *needs, style));
    throw Exit{kExitNeedsInput};
  }
  fmt::print("{}", render_advice(rules, std::get<Advice>(result), style));
}

}  // namespace

Run register_case(CLI::App& app, CommonOptions& common) {
  auto args = std::make_shared<std::vector<std::string>>();
  CLI::App* command = app.add_subcommand("case", help_text(common, HelpWord::cmd_case));
  command->add_option("args", *args, help_text(common, HelpWord::opt_case_args))
      ->type_name(help_text(common, HelpWord::type_cases))
      ->required()
      ->expected(1, 2)
      ->check(completes_words({"show", "log"}, 0))
      ->check(completes(Completes::files));
  add_common_options(*command, common, kRules | kLang | kToday | kColor);
  return [&common, args] { run_case(common, *args); };
}

}  // namespace escalate::cli
