// The words of `--help` in the program's languages (words::kLanguages): the
// commands' and options' descriptions, CLI11's labels and the value names.
// The language is chosen before the commands are registered: --lang on the
// command line, else the locale, else English.
#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <optional>
#include <string_view>

#include "escalate/catalogue.hpp"

namespace escalate::cli {

enum class HelpWord : std::size_t {
  // CLI11's labels and group names
  usage,
  options_upper,
  subcommand_upper,
  subcommands_upper,
  options_group,
  subcommands_group,
  positionals_group,
  required,
  excludes,
  needs,
  help_flag,
  version_flag,
  // value names
  type_file,
  type_date,
  type_lang,
  type_answer,
  type_number,
  type_list,
  type_json,
  type_word,
  type_id,
  type_when,
  type_format,
  type_cases,
  // the program
  app_description,
  app_footer,
  // commands
  cmd_check,
  cmd_eval,
  cmd_channels,
  cmd_questions,
  cmd_advise,
  cmd_batch,
  cmd_ask,
  cmd_graph,
  cmd_test,
  cmd_case,
  cmd_export,
  cmd_letter,
  // common options
  opt_rules,
  opt_lang,
  opt_today,
  opt_format,
  opt_color,
  opt_no_color,
  // each command's own options
  opt_answer,
  opt_answers,
  opt_case_advise,
  opt_case_ask,
  opt_batch_input,
  opt_batch_output,
  opt_jobs,
  opt_fields,
  opt_compact,
  opt_line_offset,
  opt_case_args,
  opt_check_file,
  opt_logic,
  opt_data,
  opt_eval_rules,
  opt_eval_today,
  opt_case_file,
  opt_export_to,
  opt_output,
  opt_graph_format,
  opt_channel,
  opt_complete,
  opt_scenario_files,
  opt_require_coverage,
  count_  // keep last
};

// The text of `word` in `language`.
std::string_view help_word(HelpWord word, words::Column language);

// The language --help speaks for a tag or locale name: "pt-BR", "pt_BR", "PT_br",
// "pt" -> pt; "de", "de_AT" -> de; "en…" -> en; anything else: nothing.
std::optional<words::Column> help_language_of(std::string_view tag);

// The language of this run's --help and of the program's own messages: the last
// --lang on the command line (as "--lang X" or "--lang=X") when the program
// speaks it, else that of `locale` (from LC_ALL / LC_MESSAGES / LANG), else English.
words::Column help_language(int argc, const char* const* argv, std::string_view locale);

// Translates what CLI11 writes itself (labels, the help and version flags'
// descriptions, the "Options" and "Subcommands" headings) on `app` and every
// command below it. Call after every command and option is registered.
void translate_help(CLI::App& app, words::Column language);

}  // namespace escalate::cli
