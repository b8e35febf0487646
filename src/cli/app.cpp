// The program's one place for errors: commands throw, run() prints
// "escalate: error: ..." and maps to the documented exit codes.
#include "app.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "common.hpp"

namespace escalate::cli {

int run(int argc, char** argv) {
  CLI::App app{"escalate: where to turn next when a company does not solve your problem", "escalate"};
  app.set_version_flag("--version", std::string("escalate ") + ESCALATE_VERSION);
  app.require_subcommand(0, 1);
  app.fallthrough(false);
  register_check(app);
  register_eval(app);
  register_channels(app);
  register_questions(app);
  register_advise(app);
  register_batch(app);
  register_ask(app);
  // `escalate [--lang …] [--today …]` with no command is the interactive session.
  CommonOptions session_options;
  add_common_options(app, session_options, false);
  try {
    app.parse(argc, argv);
    if (app.get_subcommands().empty()) {
      // With a person at the terminal, start the session; a script gets the usage.
      if (!isatty(STDIN_FILENO)) {
        fmt::print(stderr, "{}", app.help());
        return kExitUsage;
      }
      run_ask(session_options);
    }
    return kExitOk;
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "escalate: error: {}\nRun 'escalate --help' for the commands and their options.\n", e.what());
    return kExitUsage;
  } catch (const UserError& e) {
    fmt::print(stderr, "escalate: error: {}\n", e.what());
    return e.code();
  } catch (const Exit& e) {
    return e.code;
  } catch (const std::exception& e) {
    fmt::print(stderr, "escalate: error: {}\n", e.what());
    return kExitFailure;
  }
}

}  // namespace escalate::cli
