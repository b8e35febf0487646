// `escalate eval LOGIC [--data JSON]`: evaluates JSON Logic with the date
// operators and prints the result as JSON.
#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "completes.hpp"
#include "escalate/json_document.hpp"
#include "escalate/loader.hpp"
#include "escalate/logic.hpp"

namespace escalate::cli {
namespace {

struct EvalOptions {
  std::string logic;
  std::string data = "{}";
};

Json parse_argument(const std::string& text, const char* what) {
  Expected<Json> value = parse_json(text);
  if (!value) {
    const Problem& p = value.problem();
    if (p.line > 0)
      throw UserError(CliMsg::argument_not_json_at, what, p.line, p.column, p.message);
    throw UserError(CliMsg::argument_not_json, what, p.message);
  }
  return std::move(value).value();
}

void run_eval(const CommonOptions& common, const EvalOptions& options) {
  const Json expression = parse_argument(options.logic, "LOGIC");
  Json data = parse_argument(options.data, "--data");
  // `today` is available as in rules, unless the data sets it.
  if (data.is_object() && !data.contains("today")) data["today"] = choose_today(common.today).iso();
  std::shared_ptr<const RuleSet> rules;
  if (!common.rules_file.empty()) rules = load_rules_or_fail(common).rules;

  CompileOptions compile_options;
  compile_options.calendars = rules ? &rules->calendars : nullptr;
  const Expected<Logic> logic = compile_logic(expression, compile_options);
  if (!logic) {
    std::string problems;  // a line each
    for (const Problem& p : logic.problems())
      problems += fmt::format("\n  {}: {}", p.path, p.message);
    throw UserError(CliMsg::logic_invalid, problems);
  }
  EvalContext context;
  context.data = &data;
  context.calendars = rules ? &rules->calendars : nullptr;
  try {
    fmt::print("{}\n", json_text(evaluate(*logic, context).value));
  } catch (const LogicError& e) {
    throw UserError(CliMsg::evaluation_failed, e.path(), e.what(), json_text(e.error()));
  }
}

}  // namespace

Run register_eval(CLI::App& app, CommonOptions& common) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand("eval", help_text(common, HelpWord::cmd_eval));
  command->add_option("LOGIC", options->logic, help_text(common, HelpWord::opt_logic))
      ->type_name(help_text(common, HelpWord::type_json))
      ->required();
  command->add_option("--data", options->data, help_text(common, HelpWord::opt_data))
      ->type_name(help_text(common, HelpWord::type_json));
  command->add_option("--rules", common.rules_file, help_text(common, HelpWord::opt_eval_rules))
      ->type_name(help_text(common, HelpWord::type_file))
      ->check(completes(Completes::files));
  command->add_option("--today", common.today, help_text(common, HelpWord::opt_eval_today))
      ->type_name(help_text(common, HelpWord::type_date));
  return [&common, options] { run_eval(common, *options); };
}

}  // namespace escalate::cli
