// `escalate check [FILE]`: validates a rules file and prints every problem.
#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "completes.hpp"
#include "escalate/loader.hpp"

namespace escalate::cli {
namespace {

struct CheckOptions {
  std::string file;
};

Json problem_json(const Problem& p) {
  Json out = {{"path", p.path}, {"message", p.message}};
  if (p.line > 0) {
    out["line"] = p.line;
    out["column"] = p.column;
  }
  return out;
}

std::string count(std::size_t n, std::string_view noun) {
  return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

void run_check(const CommonOptions& common, const CheckOptions& options) {
  if (!options.file.empty() && !common.rules_file.empty() && options.file != common.rules_file) {
    throw UserError(CliMsg::check_one_file, options.file, common.rules_file);
  }
  std::string name = options.file.empty() ? common.rules_file : options.file;
  std::string text;
  if (name.empty()) {
    text = std::string(bundled_rules_json());
    name = fmt::format("bundled:{}", bundled_rules_name());
  } else {
    text = read_input(name);
  }
  const Expected<Loaded> result = load_rules(text);
  const Problems& problems = result ? result->warnings : result.problems();
  std::size_t errors = 0;
  std::size_t warnings = 0;
  Json report = {{"file", name},
                 {"valid", result.has_value()},
                 {"errors", Json::array()},
                 {"warnings", Json::array()}};
  for (const Problem& p : problems) {
    const bool error = p.severity == Severity::error;
    (error ? errors : warnings)++;
    report[error ? "errors" : "warnings"].push_back(problem_json(p));
    if (common.format != "json")
      fmt::print(error ? stdout : stderr, "{}\n", format_problem(name, p));
  }
  if (common.format == "json") {
    fmt::print("{}\n", json_text(report, 2));
  } else if (result) {
    const RuleSet& r = *result->rules;
    fmt::print("{}: valid: {} {} ({}), {}, {}, {}, {}{}\n", name, r.id, r.version,
               fmt::join(r.languages, ", "), count(r.channels.size(), "channel"),
               count(r.questions.size(), "question"), count(r.facts.size(), "fact"),
               count(r.steps.size(), "step"), warnings ? ", " + count(warnings, "warning") : "");
  } else {
    fmt::print("{}: invalid: {}{}\n", name, count(errors, "error"),
               warnings ? ", " + count(warnings, "warning") : "");
  }
  if (!result) throw Exit{kExitUsage};
}

}  // namespace

Run register_check(CLI::App& app, CommonOptions& common) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand("check", help_text(common, HelpWord::cmd_check));
  command
      ->add_option(help_text(common, HelpWord::type_file), options->file,
                   help_text(common, HelpWord::opt_check_file))
      ->type_name("")
      ->check(completes(Completes::files));
  add_common_options(*command, common, kRules | kFormat);
  return [&common, options] { run_check(common, *options); };
}

}  // namespace escalate::cli
