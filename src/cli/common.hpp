// What every command shares: the common options, loading the rule set (a file
// or the bundled one), choosing the language and today, and the error types
// that main maps to exit codes.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <stdexcept>
#include <string>

#include "escalate/date.hpp"
#include "escalate/rules.hpp"

namespace escalate::cli {

enum ExitCode {
  kExitOk = 0,
  kExitFailure = 1,  // batch lines in error; I/O failures
  kExitUsage = 2,    // usage, unknown question or option, invalid rules
  kExitNeedsInput = 3,
  kExitInterrupted = 130,
};

// A user error: main prints "escalate: error: <message>" and exits with `code`.
class UserError : public std::runtime_error {
 public:
  explicit UserError(const std::string& message, int code = kExitUsage)
      : std::runtime_error(message), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

// Ends the program with `code` after the command printed what it had to.
struct Exit {
  int code;
};

struct CommonOptions {
  std::string rules_file;  // empty: the bundled rule set
  std::string lang;
  std::string today;
  std::string format = "text";
  bool no_color = false;
};

void add_common_options(CLI::App& command, CommonOptions& options, bool with_format = true);

// The text of a file, or of stdin for "-"; throws UserError naming the file.
std::string read_input(const std::string& path, int error_code = kExitUsage);

struct LoadedRules {
  std::shared_ptr<const RuleSet> rules;
  std::string name;  // the file name, or "bundled:<name>"
};
// Loads --rules (or the bundled set); prints warnings to stderr; throws on errors.
LoadedRules load_rules_or_fail(const CommonOptions& options);

// --lang, else LC_ALL / LC_MESSAGES / LANG when the rule set has that language,
// else the rule set's first language.
std::size_t choose_language(const RuleSet& rules, const std::string& requested);
// --today, else the system date.
Date choose_today(const std::string& requested);
bool use_color(const CommonOptions& options);

std::string_view bundled_rules_json();
std::string_view bundled_rules_name();

}  // namespace escalate::cli

namespace escalate::cli {

// The terminal's width when stdout is one; else $COLUMNS; else 80.
std::size_t terminal_width();

}  // namespace escalate::cli
