// The program's own messages on the command line (usage and I/O errors), one
// catalogue row each in every language; a message and its parts are worded in
// the language it is printed in, --help's (help_language).
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "escalate/catalogue.hpp"

namespace escalate::cli {

// {0}, {1}… are the parts named after each id, in that order.
enum class CliMsg {
  see_help,                   // after every parse error
  answers_not_object,         // the --answers file (or "(stdin)"), the start of its JSON
  expect_id_value,            // the -a flag, an example question id
  command_not_taking,         // the command, the common option
  option_twice,               // the common option, the command
  color_conflict,             //
  session_no_format,          //
  session_failed,             //
  compact_with_fields,        // what --compact stands for
  case_needs_file,            // show or log
  case_usage,                 // the word given instead of show or log
  case_file_problem,          // the case file, what is wrong (a library problem or strerror)
  case_file_is_directory,     // the case file
  case_file_unreadable,       // where (FILE:LINE:COL), the first problem, the next ones (lines)
  case_file_unreadable_more,  // … and how many problems more are not shown
  case_id_unmade,             //
  no_channel_no_letters,      //
  no_channel_give_one,        // the letters' ids
  no_letter_no_letters,       // the rule set, the channel or letter asked for
  no_letter_give_one,         // the rule set, the channel or letter asked for, the letters' ids
  check_one_file,             // FILE, --rules
  read_directory,             // the path
  read_failed,                // the path, strerror
  read_too_large,             // the path, the limit in MiB
  read_stdin_too_large,       // the limit in MiB
  read_broken,                // the path
  read_stdin_broken,          //
  invalid_rules,              // the rules' name, the problems (lines), --rules
  language_not_in_rules,      // the language asked for, the rule set's languages
  invalid_today,              // the --today given
  no_system_date,             //
  argument_not_json_at,       // LOGIC or --data, line, column, the parser's problem
  argument_not_json,          // LOGIC or --data, the parser's problem
  logic_invalid,              // the problems (lines)
  evaluation_failed,          // the path in the expression, what failed, the error value
  unknown_graph_format,       // the format given
  graph_own_format,           //
  batch_input_broken,         //
  output_is_input,            // the output file
  write_directory,            // the output path
  write_failed,               // the output path, strerror
  write_stdout_failed,        // strerror
  scenarios_malformed,        //
  count_                      // keep last
};

std::string_view cli_message(CliMsg message, words::Column language);

// A message and its parts (names, values, numbers: as text), to be worded later.
// `text` with {0}, {1}… replaced by `parts`: a message worded at run time, in
// one of the catalogue's languages, around words the person typed.
std::string fill_parts(std::string_view text, const std::vector<std::string>& parts);

class CliText {
 public:
  template <typename... Parts>
  explicit CliText(CliMsg message, const Parts&... parts)
      : message_(message), parts_{fmt::format("{}", parts)...} {}

  std::string in(words::Column language) const;

 private:
  CliMsg message_;
  std::vector<std::string> parts_;
};

}  // namespace escalate::cli
