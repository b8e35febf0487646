// The program's one place for errors: commands throw, run() prints
// "escalate: error: ..." and maps to the documented exit codes. The common
// options may stand before or after the command; one the command does not take
// is an error, never silently ignored.
#include "app.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <map>

#include "commands.hpp"
#include "common.hpp"
#include "complete.hpp"
#include "escalate/version.hpp"
#include "help_words.hpp"
#include "parse_errors.hpp"

namespace escalate::cli {
namespace {

constexpr const char* kCommonNames[] = {"--rules",  "--lang",  "--today",
                                        "--format", "--color", "--no-color"};

// The common options given before the command must be ones it takes, and given once.
void check_common_options(const CLI::App& app, const CLI::App& command) {
  for (const char* name : kCommonNames) {
    const CLI::Option* before = app.get_option_no_throw(name);
    if (!before || before->count() == 0) continue;
    const CLI::Option* after = command.get_option_no_throw(name);
    if (!after) {
      throw UserError(CliMsg::command_not_taking, command.get_name(), name);
    }
    if (after->count() > 0) {
      throw UserError(CliMsg::option_twice, name, command.get_name());
    }
  }
  // --no-color and --color exclude each other on either side of the command.
  const auto given = [](const CLI::App& a, const char* name) {
    const CLI::Option* o = a.get_option_no_throw(name);
    return o && o->count() > 0;
  };
  if ((given(app, "--no-color") || given(command, "--no-color")) &&
      (given(app, "--color") || given(command, "--color"))) {
    throw UserError(CliMsg::color_conflict);
  }
}

// CLI11's labels in the help language; commands made later share the formatter.
void label_help(CLI::App& app, words::Column language) {
  using enum HelpWord;
  const std::pair<const char*, HelpWord> labels[] = {{"Usage", usage},
                                                     {"OPTIONS", options_upper},
                                                     {"SUBCOMMAND", subcommand_upper},
                                                     {"SUBCOMMANDS", subcommands_upper},
                                                     {"Positionals", positionals_group},
                                                     {"REQUIRED", required},
                                                     {"Excludes", excludes},
                                                     {"Needs", needs}};
  for (const auto& [label, word] : labels)
    app.get_formatter()->label(label, std::string(help_word(word, language)));
}

}  // namespace

int run(int argc, char** argv) {
  CommonOptions common;
  common.help_language = help_language(argc, argv, locale_language());
  CLI::App app{help_text(common, HelpWord::app_description), "escalate"};
  label_help(app, common.help_language);
  // Before the commands are added: they copy the help flag's description.
  app.set_help_flag("-h,--help", help_text(common, HelpWord::help_flag));
  app.set_version_flag("--version", fmt::format("escalate {}", version()),
                       help_text(common, HelpWord::version_flag));
  app.require_subcommand(0, 1);
  app.footer(help_text(common, HelpWord::app_footer));
  app.fallthrough(false);
  std::map<const CLI::App*, Run> commands;
  auto add = [&](Run (*register_command)(CLI::App&, CommonOptions&)) {
    Run run_command = register_command(app, common);
    commands[app.get_subcommands({}).back()] = std::move(run_command);
  };
  add(register_check);
  add(register_eval);
  add(register_channels);
  add(register_questions);
  add(register_advise);
  add(register_batch);
  add(register_ask);
  add(register_graph);
  add(register_test);
  add(register_case);
  add(register_export);
  add(register_letter);
  // Before the command, every common option is accepted; check_common_options
  // then holds it to what the command takes. With no command, the session takes them.
  add_common_options(app, common, kRules | kLang | kToday | kColor | kFormat);
  translate_help(app, common.help_language);
  try {
    if (argc > 1 && argv[1] == kCompleteCommand) {
      print_completions(app, std::vector<std::string>(argv + 2, argv + argc));
      return kExitOk;
    }
    app.parse(argc, argv);
    const std::vector<CLI::App*> chosen = app.get_subcommands();
    if (chosen.empty()) {
      // With a person at the terminal, start the session; a script gets the usage.
      if (!isatty(STDIN_FILENO)) {
        fmt::print(stderr, "{}", app.help());
        return kExitUsage;
      }
      if (app.get_option("--format")->count() > 0) throw UserError(CliMsg::session_no_format);
      run_ask(common);
      return kExitOk;
    }
    check_common_options(app, *chosen.front());
    commands.at(chosen.front())();
    return kExitOk;
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "escalate: error: {}\n{}\n",
               parse_error_text(e.what(), common.help_language),
               cli_message(CliMsg::see_help, common.help_language));
    return kExitUsage;
  } catch (const UserError& e) {
    fmt::print(stderr, "escalate: error: {}\n", e.message(common.help_language));
    return e.code();
  } catch (const Exit& e) {
    return e.code;
  } catch (const std::exception& e) {
    fmt::print(stderr, "escalate: error: {}\n", e.what());
    return kExitFailure;
  }
}

}  // namespace escalate::cli
