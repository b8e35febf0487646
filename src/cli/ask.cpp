// `escalate ask`: the interactive session. The dialogue lives in the library
// (escalate::Session); this file only reads lines, prints replies and turns
// end of input (Ctrl-D) and Ctrl-C into a clean exit 130. When standard output
// is not a terminal but the person is at one (`escalate ask > advice.txt`), the
// dialogue goes to the terminal (stderr) and only the advice to standard output.
#include <fmt/format.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>

#include "ask_end.hpp"
#include "case_store.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "completes.hpp"
#include "dialogue.hpp"
#include "escalate/messages.hpp"
#include "escalate/session.hpp"

namespace escalate::cli {
namespace {

void on_interrupt(int) { Dialogue::interrupt(); }

// Ctrl-C interrupts the read (no SA_RESTART) instead of killing the process
// mid-line, so the session can say goodbye on a fresh line.
void catch_interrupt() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
}

}  // namespace

void run_ask(const CommonOptions& options, const std::string& case_path) {
  const LoadedRules loaded = load_rules_or_fail(options);
  const RuleSet& rules = *loaded.rules;
  const Date today = choose_today(options.today);
  std::FILE* out = !isatty(STDOUT_FILENO) && isatty(STDIN_FILENO) ? stderr : stdout;
  const TextStyle dialogue_style{use_color(options, out), terminal_width(out)};
  std::optional<CaseVisit> visit;
  if (!case_path.empty()) visit.emplace(case_path, rules, options, today);
  const std::size_t language =
      visit ? visit->file().language : choose_language(rules, options.lang);
  Session session(rules, today, language, dialogue_style,
                  TextStyle{use_color(options, stdout), terminal_width(stdout)});
  if (visit) {
    std::vector<std::string> recheck;
    for (const Question* q : visit->resume().recheck) recheck.push_back(q->id);
    session.resume(visit->file().answers, std::move(recheck),
                   render_passed(rules, visit->resume(), language, dialogue_style));
    visit->flush();  // a new case file exists from the start
  }
  // Every answer is saved as soon as it is given, so Ctrl-C loses nothing.
  auto keep = [&] {
    for (const Session::AnswerChange& change : session.take_changes()) {
      if (visit) visit->record(change.question, change.value, change.kept);
    }
  };
  catch_interrupt();
  Dialogue dialogue(out);
  Session::Reply reply = session.start();
  dialogue.say(reply.text);
  while (!reply.finished()) {
    const auto line = dialogue.read(kMaxTypedLine);
    if (!line) {
      dialogue.say(session.ended_text());
      throw Exit{kExitInterrupted};
    }
    reply = session.handle(*line);
    keep();
    dialogue.say(reply.text);
  }
  switch (reply.outcome) {
    case Session::Outcome::advised:
      if (visit) visit->close(decide(rules, case_request(visit->file(), today)));
      if (out == stdout) {
        dialogue.say(reply.advice);
      } else {
        std::fputs(reply.advice.c_str(), stdout);
        std::fflush(stdout);
      }
      if (isatty(STDIN_FILENO)) offer_more(rules, visit, session, options, today, dialogue);
      return;
    case Session::Outcome::quit:
      throw Exit{kExitInterrupted};
    case Session::Outcome::failed:
      if (reply.problem) throw UserError(reply.problem->message);
      throw UserError(CliMsg::session_failed);
    case Session::Outcome::asking:
      break;
  }
}

Run register_ask(CLI::App& app, CommonOptions& common) {
  CLI::App* command = app.add_subcommand("ask", help_text(common, HelpWord::cmd_ask));
  auto case_path = std::make_shared<std::string>();
  command->add_option("--case", *case_path, help_text(common, HelpWord::opt_case_ask))
      ->type_name(help_text(common, HelpWord::type_file))
      ->check(completes(Completes::files));
  add_common_options(*command, common, kRules | kLang | kToday | kColor);
  // The commands typed during the session, in --help's language.
  command->footer(std::string(tr(Msg::session_commands, words::tag_of(common.help_language))));
  return [&common, case_path] { run_ask(common, *case_path); };
}

}  // namespace escalate::cli
