// What every command shares: the common options, loading the rule set (a file
// or the bundled one), choosing the language, today, colour and width, and the
// error types that main maps to exit codes.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

#include "cli_messages.hpp"
#include "escalate/date.hpp"
#include "escalate/json.hpp"
#include "escalate/problem.hpp"
#include "escalate/rules.hpp"
#include "help_words.hpp"

namespace escalate::cli {

enum ExitCode {
  kExitOk = 0,
  kExitFailure = 1,  // batch lines in error; I/O failures
  kExitUsage = 2,    // usage, unknown question or option, invalid rules
  kExitNeedsInput = 3,
  kExitInterrupted = 130,
};

// A user error: main prints "escalate: error: <message>" and exits with `code`.
// what() is the message in English.
class UserError : public std::runtime_error {
 public:
  // A message already worded: a problem the library put in the rule set's language.
  explicit UserError(const std::string& message, int code = kExitUsage)
      : std::runtime_error(message), code_(code) {}
  // One of the program's own messages, worded in the language it is printed in.
  explicit UserError(const CliText& text, int code = kExitUsage)
      : std::runtime_error(text.in(words::Column::en)),
        text_(std::make_shared<const CliText>(text)),
        code_(code) {}
  template <typename... Parts>
  explicit UserError(CliMsg message, const Parts&... parts)
      : UserError(CliText(message, parts...)) {}

  int code() const { return code_; }
  // The message in `language`; a library problem's as it was given.
  std::string message(words::Column language) const {
    return text_ ? text_->in(language) : std::string(what());
  }

 private:
  std::shared_ptr<const CliText> text_;  // shared: an exception is copied without throwing
  int code_;
};

// Ends the program with `code` after the command printed what it had to.
struct Exit {
  int code;
};

// The options every command may take, before or after the command's name.
// One instance is shared by the program and all its commands.
struct CommonOptions {
  std::string rules_file;  // empty: the bundled rule set
  std::string lang;
  std::string today;
  std::string format = "text";
  std::string color = "auto";  // auto, always, never
  bool no_color = false;
  words::Column help_language = words::Column::en;  // of --help and the program's messages
};

// A --help text in the run's help language.
inline std::string help_text(const CommonOptions& options, HelpWord word) {
  return std::string(help_word(word, options.help_language));
}

// Which common options a command takes (a bit set).
enum Takes : unsigned {
  kRules = 1,
  kLang = 2,
  kToday = 4,
  kColor = 8,  // --color WHEN and --no-color
  kFormat = 16,
};

// Registers the common options in `takes` on `command`, bound to `options`.
void add_common_options(CLI::App& command, CommonOptions& options, unsigned takes);

// A registered command: what runs once the whole command line is parsed and checked.
using Run = std::function<void()>;

// The file opened into `file` (stdin for "-"); throws UserError naming the file.
std::istream& open_input(const std::string& path, std::ifstream& file, int error_code = kExitUsage);
// The text of a file, or of stdin for "-" (at most 64 MiB); throws UserError naming the file.
std::string read_input(const std::string& path, int error_code = kExitUsage);

struct LoadedRules {
  std::shared_ptr<const RuleSet> rules;
  std::string name;  // the file name, or "bundled:<name>"
};
// Loads --rules (or the bundled set); prints warnings to stderr; throws on errors.
LoadedRules load_rules_or_fail(const CommonOptions& options);

// The language of the locale: the first of LC_ALL, LC_MESSAGES and LANG that is
// set, without encoding or modifier ("pt_BR"); empty when unset, C or POSIX.
std::string locale_language();
// --lang, else LC_ALL / LC_MESSAGES / LANG when the rule set has that language,
// else the rule set's first language.
std::size_t choose_language(const RuleSet& rules, const std::string& requested);
// --lang, else the rule set's first language: never the machine's locale, so a
// batch gives the same results wherever it runs.
std::size_t choose_language_without_locale(const RuleSet& rules, const std::string& requested);
// --today, else the system date.
Date choose_today(const std::string& requested);
// Colour on `stream`: --color always/never, else (auto) when NO_COLOR is unset,
// TERM is not "dumb" and the stream is a terminal.
bool use_color(const CommonOptions& options, std::FILE* stream);
// The terminal's width when `stream` is one (at least 20, at most 100 for
// reading comfort); else $COLUMNS; else 80.
std::size_t terminal_width(std::FILE* stream);

// Where a problem in a file is: "NAME:LINE:COLUMN" for JSON syntax, else "NAME $.path" (or "NAME").
std::string describe_problem(const std::string& name, const Problem& problem);
// A problem of a rules file as check and every command print it:
// "NAME:LINE:COL: error: MESSAGE" or "NAME: warning: $.path: MESSAGE".
std::string format_problem(const std::string& name, const Problem& problem);

// JSON for printing; a string that is not valid UTF-8 (never expected: every input
// is checked) is repaired rather than failing the output.
std::string json_text(const Json& value, int indent = -1);

std::string_view bundled_rules_json();
std::string_view bundled_rules_name();

}  // namespace escalate::cli
