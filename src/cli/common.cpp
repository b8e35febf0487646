// Shared plumbing of the commands: options, reading files, the rule set,
// language and date choices. This is where the program meets the outside world.
#include "common.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>

#include "completes.hpp"
#include "escalate/loader.hpp"
#include "escalate/utf8.hpp"

namespace escalate::cli {

void add_common_options(CLI::App& command, CommonOptions& options, unsigned takes) {
  if (takes & kRules)
    command.add_option("--rules", options.rules_file, help_text(options, HelpWord::opt_rules))
        ->type_name(help_text(options, HelpWord::type_file))
        ->check(completes(Completes::files));
  if (takes & kLang) {
    command.add_option("--lang", options.lang, help_text(options, HelpWord::opt_lang))
        ->type_name(help_text(options, HelpWord::type_lang))
        ->check(completes(Completes::languages));
  }
  if (takes & kToday) {
    command.add_option("--today", options.today, help_text(options, HelpWord::opt_today))
        ->type_name(help_text(options, HelpWord::type_date));
  }
  if (takes & kFormat) {
    command.add_option("--format", options.format, help_text(options, HelpWord::opt_format))
        ->type_name(help_text(options, HelpWord::type_format))
        ->check(CLI::IsMember({"text", "json"}));
  }
  if (takes & kColor) {
    auto* color =
        command.add_option("--color", options.color, help_text(options, HelpWord::opt_color))
            ->type_name(help_text(options, HelpWord::type_when))
            ->check(CLI::IsMember({"auto", "always", "never"}));
    command.add_flag("--no-color", options.no_color, help_text(options, HelpWord::opt_no_color))
        ->excludes(color);
  }
}

std::istream& open_input(const std::string& path, std::ifstream& file, int error_code) {
  if (path == "-") return std::cin;
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
    throw UserError(CliText(CliMsg::read_directory, path), error_code);
  }
  file.open(path, std::ios::binary);
  if (!file) throw UserError(CliText(CliMsg::read_failed, path, std::strerror(errno)), error_code);
  return file;
}

std::string read_input(const std::string& path, int error_code) {
  // A rules file or an answers file is small; the bound keeps a device such as
  // /dev/zero, given by mistake, from filling the memory.
  constexpr std::size_t kMaxDocumentBytes = 64u << 20;
  const bool from_stdin = path == "-";
  std::ifstream file;
  std::istream& in = open_input(path, file, error_code);
  std::string text;
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0) {
    text.append(block, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxDocumentBytes) {
      const std::size_t mib = kMaxDocumentBytes >> 20;
      throw UserError(from_stdin ? CliText(CliMsg::read_stdin_too_large, mib)
                                 : CliText(CliMsg::read_too_large, path, mib),
                      error_code);
    }
  }
  if (in.bad()) {
    throw UserError(
        from_stdin ? CliText(CliMsg::read_stdin_broken) : CliText(CliMsg::read_broken, path),
        error_code);
  }
  return text;
}

std::string describe_problem(const std::string& name, const Problem& problem) {
  if (problem.line > 0) return fmt::format("{}:{}:{}", name, problem.line, problem.column);
  return problem.path.empty() ? name : fmt::format("{} {}", name, problem.path);
}

std::string format_problem(const std::string& name, const Problem& problem) {
  const char* severity = problem.severity == Severity::error ? "error" : "warning";
  if (problem.line > 0)
    return fmt::format("{}:{}:{}: {}: {}", name, problem.line, problem.column, severity,
                       problem.message);
  if (problem.path.empty()) return fmt::format("{}: {}: {}", name, severity, problem.message);
  return fmt::format("{}: {}: {}: {}", name, severity, problem.path, problem.message);
}

LoadedRules load_rules_or_fail(const CommonOptions& options) {
  LoadedRules loaded;
  std::string text;
  if (options.rules_file.empty()) {
    text = std::string(bundled_rules_json());
    loaded.name = fmt::format("bundled:{}", bundled_rules_name());
  } else {
    text = read_input(options.rules_file);
    loaded.name = options.rules_file;
  }
  Expected<Loaded> result = load_rules(text);
  if (!result) {
    for (const Problem& p : result.problems()) {
      if (p.severity == Severity::warning)
        fmt::print(stderr, "{}\n", format_problem(loaded.name, p));
    }
    std::string errors;  // a line each
    for (const Problem& p : result.problems()) {
      if (p.severity == Severity::error) errors += "\n  " + format_problem(loaded.name, p);
    }
    throw UserError(CliMsg::invalid_rules, loaded.name, errors, options.rules_file);
  }
  for (const Problem& p : result->warnings)
    fmt::print(stderr, "{}\n", format_problem(loaded.name, p));
  loaded.rules = std::move(result->rules);
  // The rule set lives until the process ends: freeing its many small objects
  // at exit took a quarter of a one-shot run, and the system takes the memory
  // back at once. Reachable from here, so no leak checker counts it.
  static auto* const kept = new std::vector<std::shared_ptr<const RuleSet>>();
  kept->push_back(loaded.rules);
  return loaded;
}

std::size_t choose_language_without_locale(const RuleSet& rules, const std::string& requested) {
  if (requested.empty()) return 0;
  if (const auto index = rules.language_index(requested)) return *index;
  throw UserError(CliMsg::language_not_in_rules, escape_invalid_utf8(requested),
                  fmt::format("{}", fmt::join(rules.languages, ", ")));
}

std::string locale_language() {
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (!value || !*value) continue;
    std::string locale(value);
    locale = locale.substr(0, locale.find_first_of(".@"));
    if (locale == "C" || locale == "POSIX") return {};
    return locale;  // the first variable that is set decides, as in setlocale
  }
  return {};
}

std::size_t choose_language(const RuleSet& rules, const std::string& requested) {
  if (!requested.empty()) return choose_language_without_locale(rules, requested);
  const std::string locale = locale_language();
  if (const auto index = locale.empty() ? std::nullopt : rules.language_index(locale))
    return *index;
  return 0;
}

Date choose_today(const std::string& requested) {
  if (!requested.empty()) {
    if (const auto date = Date::parse_iso(requested)) return *date;
    throw UserError(CliMsg::invalid_today, requested);
  }
  // The local calendar day: deadlines are read as dates where the person lives.
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  if (const auto date = Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday))
    return *date;
  throw UserError(CliText(CliMsg::no_system_date), kExitFailure);
}

bool use_color(const CommonOptions& options, std::FILE* stream) {
  if (options.no_color || options.color == "never") return false;
  if (options.color == "always") return true;
  if (const char* no_color = std::getenv("NO_COLOR"); no_color && *no_color) return false;
  if (const char* term = std::getenv("TERM"); term && std::string_view(term) == "dumb")
    return false;
  return isatty(fileno(stream)) != 0;
}

std::size_t terminal_width(std::FILE* stream) {
  constexpr std::size_t kNarrowest = 20;
  constexpr std::size_t kWidest = 100;
  winsize size{};
  if (isatty(fileno(stream)) && ioctl(fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return std::clamp<std::size_t>(size.ws_col, kNarrowest, kWidest);
  }
  if (const char* columns = std::getenv("COLUMNS")) {
    char* end = nullptr;
    const long n = std::strtol(columns, &end, 10);
    if (end != columns && *end == '\0' && n > 0)
      return std::clamp<std::size_t>(static_cast<std::size_t>(n), kNarrowest, kWidest);
  }
  return 80;
}

std::string json_text(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace escalate::cli
