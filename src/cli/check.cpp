// `escalate check [FILE]`: validates a rules file and prints every problem.
#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "escalate/loader.hpp"

namespace escalate::cli {
namespace {

struct CheckOptions {
  std::string file;
};

Json diagnostic_json(const Diagnostic& d) {
  Json out = {{"path", d.path}, {"message", d.message}};
  if (d.line > 0) {
    out["line"] = d.line;
    out["column"] = d.column;
  }
  return out;
}

std::string count(std::size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

void run_check(const CommonOptions& common, const CheckOptions& options) {
  if (!options.file.empty() && !common.rules_file.empty() && options.file != common.rules_file) {
    throw UserError(fmt::format("check takes one file: FILE '{}' or --rules '{}', not both", options.file,
                                common.rules_file));
  }
  std::string name = options.file.empty() ? common.rules_file : options.file;
  std::string text;
  if (name.empty()) {
    text = std::string(bundled_rules_json());
    name = fmt::format("bundled:{}", bundled_rules_name());
  } else {
    text = read_input(name);
  }
  const LoadResult result = load_rules(text);
  std::size_t errors = 0;
  std::size_t warnings = 0;
  Json report = {{"file", name}, {"valid", result.rules != nullptr}, {"errors", Json::array()}, {"warnings", Json::array()}};
  for (const Diagnostic& d : result.diagnostics) {
    const bool error = d.severity == Severity::error;
    (error ? errors : warnings)++;
    report[error ? "errors" : "warnings"].push_back(diagnostic_json(d));
    if (common.format == "json") continue;
    const std::string where = d.line > 0 ? fmt::format("{}:{}:{}", name, d.line, d.column) : name;
    const std::string path = d.line > 0 || d.path.empty() ? "" : fmt::format(" {}:", d.path);
    fmt::print(error ? stdout : stderr, "{}: {}:{} {}\n", where, error ? "error" : "warning", path, d.message);
  }
  if (common.format == "json") {
    fmt::print("{}\n", json_text(report, 2));
  } else if (result.rules) {
    const RuleSet& r = *result.rules;
    fmt::print("{}: valid: {} {} ({}), {}, {}, {}, {}{}\n", name, r.id, r.version, fmt::join(r.languages, ", "),
               count(r.channels.size(), "channel"), count(r.questions.size(), "question"),
               count(r.facts.size(), "fact"), count(r.steps.size(), "step"),
               warnings ? ", " + count(warnings, "warning") : "");
  } else {
    fmt::print("{}: invalid: {}{}\n", name, count(errors, "error"), warnings ? ", " + count(warnings, "warning") : "");
  }
  if (!result.rules) throw Exit{kExitUsage};
}

}  // namespace

Run register_check(CLI::App& app, CommonOptions& common) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand("check", "Validate a rules file and list every problem with its JSON path");
  command->add_option("FILE", options->file, "Rules file (default: --rules, else the bundled rule set)");
  add_common_options(*command, common, kRules | kFormat);
  return [&common, options] { run_check(common, *options); };
}

}  // namespace escalate::cli
