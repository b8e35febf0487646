// `escalate advise -a ID=VALUE … [--answers FILE]`: one-shot advice, or the
// next question with the exact flag to add (exit 3).
#include <fmt/format.h>

#include "case_store.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "completes.hpp"
#include "escalate/answers.hpp"
#include "escalate/engine.hpp"
#include "escalate/json_document.hpp"
#include "escalate/loader.hpp"
#include "escalate/render_text.hpp"
#include "escalate/result_json.hpp"
#include "escalate/utf8.hpp"

namespace escalate::cli {
namespace {

struct AdviseOptions {
  std::vector<std::string> answers;
  std::string answers_file;
  std::string case_file;
};

Json answers_from_file(const std::string& file) {
  Expected<Json> document = parse_json(read_input(file));
  if (!document) {
    throw UserError(fmt::format(
        "--answers {}: {}", describe_problem(file == "-" ? "(stdin)" : file, document.problem()),
        document.problem().message));
  }
  if (!document->is_object()) {
    throw UserError(CliMsg::answers_not_object, file == "-" ? "(stdin)" : file,
                    json_text(*document).substr(0, 60));
  }
  return *document;
}

[[noreturn]] void fail_with(const RuleSet& rules, const Problem& problem,
                            const std::string& format) {
  if (format == "json") {
    std::string text;
    ResultWriter(rules).object(text, problem);
    fmt::print("{}\n", text);
    throw Exit{kExitUsage};
  }
  throw UserError(problem.message);
}

void run_advise(const CommonOptions& common, const AdviseOptions& options) {
  const LoadedRules loaded = load_rules_or_fail(common);
  const RuleSet& rules = *loaded.rules;
  Request request;
  request.language = choose_language(rules, common.lang);
  request.today = choose_today(common.today);
  std::optional<CaseVisit> visit;
  if (!options.case_file.empty()) {
    visit.emplace(options.case_file, rules, common, request.today);
    request.language = visit->file().language;  // -a values are read in the case's language
  }
  if (!options.answers_file.empty()) request.answers = answers_from_file(options.answers_file);

  const AnswerContext context{rules, request.language, request.today};
  for (const std::string& flag : options.answers) {
    const auto eq = flag.find('=');
    if (eq == std::string::npos || eq == 0) {
      throw UserError(CliMsg::expect_id_value, escape_invalid_utf8(flag),
                      rules.questions.empty() ? "id" : rules.questions.front().id);
    }
    const std::string id = flag.substr(0, eq);
    const Question* question = rules.find_question(id);
    if (!question) fail_with(rules, unknown_question_problem(id, context), common.format);
    Expected<Json> parsed = parse_answer_text(*question, flag.substr(eq + 1), context);
    if (!parsed) fail_with(rules, parsed.problem(), common.format);
    request.answers[id] = std::move(parsed).value();
  }

  if (visit) {
    Expected<Request> merged = visit->merge(request);
    if (!merged) fail_with(rules, merged.problem(), common.format);
    request = std::move(merged).value();
  }
  const Result result = decide(rules, request);
  if (const auto* problem = std::get_if<Problem>(&result))
    fail_with(rules, *problem, common.format);
  if (visit) visit->close(result);
  const auto* needs = std::get_if<NeedsInput>(&result);
  if (common.format == "json") {
    std::string text;
    ResultWriter(rules).object(text, result,
                               visit ? Json{{"case", visit->to_json()}} : Json::object());
    fmt::print("{}\n", text);
  } else {
    const TextStyle style{use_color(common, stdout), terminal_width(stdout)};
    if (visit) fmt::print("{}", visit->notice(style));
    fmt::print("{}", needs ? render_needs_input(rules, *needs, style)
                           : render_advice(rules, std::get<Advice>(result), style));
  }
  if (needs) throw Exit{kExitNeedsInput};
}

}  // namespace

Run register_advise(CLI::App& app, CommonOptions& common) {
  auto options = std::make_shared<AdviseOptions>();
  CLI::App* command = app.add_subcommand("advise", help_text(common, HelpWord::cmd_advise));
  command->add_option("-a,--answer", options->answers, help_text(common, HelpWord::opt_answer))
      ->type_name(help_text(common, HelpWord::type_answer))
      ->check(completes(Completes::answers));
  command->add_option("--answers", options->answers_file, help_text(common, HelpWord::opt_answers))
      ->type_name(help_text(common, HelpWord::type_file))
      ->check(completes(Completes::files));
  command->add_option("--case", options->case_file, help_text(common, HelpWord::opt_case_advise))
      ->type_name(help_text(common, HelpWord::type_file))
      ->check(completes(Completes::files));
  add_common_options(*command, common, kRules | kLang | kToday | kColor | kFormat);
  return [&common, options] { run_advise(common, *options); };
}

}  // namespace escalate::cli
