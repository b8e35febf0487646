// `escalate test FILE...`: runs scenario files against a rule set, prints one
// line per failing scenario, a summary and the steps no scenario reaches.
#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "completes.hpp"
#include "escalate/scenarios.hpp"

namespace escalate::cli {
namespace {

struct TestOptions {
  std::vector<std::string> files;
  bool require_coverage = false;
};

struct FileScenarios {
  std::string name;
  std::vector<Scenario> scenarios;
};

// Every file read first: a malformed one stops the run before any scenario runs.
std::vector<FileScenarios> read_all(const std::vector<std::string>& files) {
  std::vector<FileScenarios> out;
  bool malformed = false;
  for (const std::string& file : files) {
    Expected<std::vector<Scenario>> parsed = parse_scenarios(read_input(file));
    if (!parsed) {
      for (const Problem& p : parsed.problems()) {
        fmt::print(stderr, "{}:{}: error: {}{}\n", file, p.line, p.path == "$" ? "" : p.path + ": ",
                   p.message);
      }
      malformed = true;
      continue;
    }
    out.push_back({file, std::move(parsed).value()});
  }
  if (malformed) throw UserError(CliMsg::scenarios_malformed);
  return out;
}

void run_test(const CommonOptions& common, const TestOptions& options) {
  const std::vector<FileScenarios> files = read_all(options.files);
  const LoadedRules loaded = load_rules_or_fail(common);
  const Date today = choose_today(common.today);
  std::vector<ScenarioOutcome> outcomes;
  Json failures = Json::array();
  std::size_t total = 0;
  for (const FileScenarios& file : files) {
    for (const Scenario& scenario : file.scenarios) {
      ScenarioOutcome outcome = run_scenario(*loaded.rules, scenario, today);
      ++total;
      if (!outcome.passed) {
        failures.push_back({{"file", file.name},
                            {"line", scenario.line},
                            {"name", scenario.name},
                            {"mismatches", outcome.mismatches}});
        if (common.format != "json") {
          fmt::print("FAIL {}:{} {}: {}\n", file.name, scenario.line, scenario.name,
                     fmt::join(outcome.mismatches, "; "));
        }
      }
      outcomes.push_back(std::move(outcome));
    }
  }
  const std::vector<std::string> unreached = unreached_steps(*loaded.rules, outcomes);
  const std::size_t failed = failures.size();
  const std::size_t steps = loaded.rules->steps.size();
  if (common.format == "json") {
    fmt::print("{}\n", json_text(Json{{"rules", loaded.name},
                                      {"passed", total - failed},
                                      {"failed", failed},
                                      {"failures", failures},
                                      {"steps", steps},
                                      {"unreached_steps", unreached}},
                                 2));
  } else {
    fmt::print("{} passed, {} failed\n", total - failed, failed);
    fmt::print(
        "coverage: {} of {} steps reached{}\n", steps - unreached.size(), steps,
        unreached.empty() ? "" : fmt::format("; not reached: {}", fmt::join(unreached, ", ")));
  }
  if (failed > 0 || (options.require_coverage && !unreached.empty())) throw Exit{kExitFailure};
}

}  // namespace

Run register_test(CLI::App& app, CommonOptions& common) {
  auto options = std::make_shared<TestOptions>();
  CLI::App* command = app.add_subcommand("test", help_text(common, HelpWord::cmd_test));
  command
      ->add_option(help_text(common, HelpWord::type_file), options->files,
                   help_text(common, HelpWord::opt_scenario_files))
      ->type_name("")
      ->check(completes(Completes::files))
      ->required();
  command->add_flag("--require-coverage", options->require_coverage,
                    help_text(common, HelpWord::opt_require_coverage));
  add_common_options(*command, common, kRules | kToday | kFormat);
  return [&common, options] { run_test(common, *options); };
}

}  // namespace escalate::cli
