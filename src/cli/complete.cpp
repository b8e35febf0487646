// The completions of a command line, from the tree app.cpp builds: commands,
// options and their --help texts (already in the help language), and values as
// the options' checks and completion tags (completes.hpp) say.
#include "complete.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>
#include <utility>

#include "common.hpp"
#include "completes.hpp"
#include "escalate/completion.hpp"
#include "escalate/loader.hpp"

namespace escalate::cli {
namespace {

// What the words before the current one say.
struct LineSoFar {
  CLI::App* command = nullptr;     // the program itself until a command is named
  CLI::Option* pending = nullptr;  // an option whose value is the next word
  CLI::Option* taking = nullptr;   // an option that takes further values (-a x=1 y=2)
  std::size_t arguments = 0;       // the command's positional words so far
  bool options_ended = false;      // after "--"
  std::string rules_file;          // the last --rules; empty: the bundled rule set
};

// The shims' protocol: a first line "KIND[ HEAD]", KIND one of words, nospace
// (no space after the word chosen) or files (file names too); HEAD the start of
// the current word the values follow ("--lang=", "-a"). Then one line a value,
// "VALUE" or "VALUE<TAB>DESCRIPTION".
struct Reply {
  std::string kind = "words";
  std::string head;
  std::vector<std::pair<std::string, std::string>> values;  // value, description
};

bool is_flag(const CLI::Option& option) { return option.get_items_expected_max() == 0; }

// A vector option goes on taking the words after it until the next option, as CLI11 parses it.
bool takes_several(const CLI::Option& option) { return option.get_items_expected_max() > 1; }

// The option a word names ("--rules", "--rules=x", "-a", "-ax=1") and the value glued to it.
std::pair<CLI::Option*, std::optional<std::string>> option_in(CLI::App& command,
                                                              const std::string& word) {
  if (word.starts_with("--")) {
    const std::size_t eq = word.find('=');
    CLI::Option* option = command.get_option_no_throw(word.substr(0, eq));
    if (eq == std::string::npos) return {option, std::nullopt};
    return {option, word.substr(eq + 1)};
  }
  CLI::Option* option = command.get_option_no_throw(word.substr(0, 2));
  if (word.size() == 2) return {option, std::nullopt};
  return {option, word.substr(2)};
}

bool is_option_word(const LineSoFar& line, const std::string& word) {
  return !line.options_ended && word.size() > 1 && word.front() == '-';
}

// An option's value has been read: note --rules, and whether more values may follow.
void took_value(LineSoFar& line, CLI::Option& option, const std::string& value) {
  if (option.check_lname("rules")) line.rules_file = value;
  line.taking = takes_several(option) ? &option : nullptr;
}

CLI::App* command_named(CLI::App& app, const std::string& word) {
  for (CLI::App* command : app.get_subcommands({})) {
    if (command->check_name(word)) return command;
  }
  return nullptr;
}

LineSoFar read_line(CLI::App& app, const std::vector<std::string>& before) {
  LineSoFar line;
  line.command = &app;
  for (const std::string& word : before) {
    if (CLI::Option* awaiting = std::exchange(line.pending, nullptr)) {
      took_value(line, *awaiting, word);
    } else if (!line.options_ended && word == "--") {
      line.options_ended = true;
      line.taking = nullptr;
    } else if (is_option_word(line, word)) {
      line.taking = nullptr;
      const auto [option, value] = option_in(*line.command, word);
      if (!option || is_flag(*option)) continue;
      if (value) {
        took_value(line, *option, *value);
      } else {
        line.pending = option;
      }
    } else if (line.taking) {
      continue;  // one more value of the option before
    } else if (CLI::App* command = line.command == &app ? command_named(app, word) : nullptr) {
      line.command = command;
    } else {
      ++line.arguments;
    }
  }
  return line;
}

// A path as typed: the shells hand over "~/" unexpanded while the line is being completed.
std::string typed_path(const std::string& path) {
  const char* home = std::getenv("HOME");
  if (!path.starts_with("~/") || !home || !*home) return path;
  return std::string(home) + path.substr(1);
}

// The rule set the line names, or the bundled one; none when it cannot be read.
std::shared_ptr<const RuleSet> rules_on_line(const LineSoFar& line) {
  try {
    const std::string text = line.rules_file.empty() ? std::string(bundled_rules_json())
                                                     : read_input(typed_path(line.rules_file));
    Expected<Loaded> loaded = load_rules(text);
    if (loaded) return std::move(loaded->rules);
  } catch (const UserError&) {
    // an unreadable file: nothing to offer, and nothing to say while the person types
  }
  return nullptr;
}

// A description on one line of the protocol: --help's few multi-line texts joined.
std::string one_line(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
  return text;
}

void add_matching(Reply& reply, const std::vector<std::string>& words, const std::string& typed) {
  for (const std::string& word : words) {
    if (word.starts_with(typed)) reply.values.emplace_back(word, "");
  }
}

// The values `option` may take as its value number `index`, starting with `typed`.
Reply values_of(CLI::Option& option, int index, std::string head, const std::string& typed,
                const LineSoFar& line) {
  Reply reply;
  reply.head = std::move(head);
  const CompletionHints hints = completion_hints(option, index);
  add_matching(reply, hints.words, typed);
  if (hints.files) reply.kind = "files";
  if (hints.answers || hints.languages) {
    const std::shared_ptr<const RuleSet> rules = rules_on_line(line);
    if (rules && hints.languages) add_matching(reply, rules->languages, typed);
    if (rules && hints.answers) {
      for (std::string& word : complete_answer(*rules, typed)) reply.values.emplace_back(word, "");
    }
  }
  // "issue=" and "contacted=store," go on with a value.
  const auto goes_on = [](const auto& value) {
    return value.first.ends_with('=') || value.first.ends_with(',');
  };
  if (!reply.values.empty() && std::all_of(reply.values.begin(), reply.values.end(), goes_on))
    reply.kind = "nospace";
  return reply;
}

Reply options_of(const CLI::App& command, const std::string& typed) {
  Reply reply;
  for (const CLI::Option* option : command.get_options()) {
    if (!option->nonpositional() || option->get_group().empty()) continue;
    for (const auto* names : {&option->get_snames(), &option->get_lnames()}) {
      const std::string dashes = names == &option->get_snames() ? "-" : "--";
      for (const std::string& name : *names) {
        if ((dashes + name).starts_with(typed))
          reply.values.emplace_back(dashes + name, one_line(option->get_description()));
      }
    }
  }
  return reply;
}

Reply commands_of(CLI::App& app, const std::string& typed) {
  Reply reply;
  for (const CLI::App* command : app.get_subcommands({})) {
    if (!command->get_group().empty() && command->get_name().starts_with(typed))
      reply.values.emplace_back(command->get_name(), one_line(command->get_description()));
  }
  return reply;
}

// The command's positional argument the next word goes to, and which of its values it is.
Reply argument_values(const LineSoFar& line, const std::string& typed) {
  std::size_t before = line.arguments;
  for (CLI::Option* argument :
       line.command->get_options([](const CLI::Option* o) { return o->get_positional(); })) {
    const auto takes = static_cast<std::size_t>(argument->get_items_expected_max());
    if (before < takes) return values_of(*argument, static_cast<int>(before), "", typed, line);
    before -= takes;
  }
  return {};
}

Reply complete_word(CLI::App& app, const LineSoFar& line, const std::string& current) {
  if (line.pending) return values_of(*line.pending, 0, "", current, line);
  if (is_option_word(line, current) || current == "-") {
    const bool glued =
        current.starts_with("--") ? current.find('=') != std::string::npos : current.size() > 2;
    if (!glued) return options_of(*line.command, current);
    const auto [option, value] = option_in(*line.command, current);
    if (!option || is_flag(*option)) return {};
    return values_of(*option, 0, current.substr(0, current.size() - value->size()), *value, line);
  }
  if (line.taking) return values_of(*line.taking, 1, "", current, line);
  if (line.command == &app) return commands_of(app, current);
  return argument_values(line, current);
}

}  // namespace

void print_completions(CLI::App& app, const std::vector<std::string>& words) {
  const std::vector<std::string> before(words.begin(),
                                        words.empty() ? words.end() : words.end() - 1);
  const std::string current = words.empty() ? std::string() : words.back();
  const Reply reply = complete_word(app, read_line(app, before), current);
  fmt::print("{}{}{}\n", reply.kind, reply.head.empty() ? "" : " ", reply.head);
  for (const auto& [value, description] : reply.values) {
    if (description.empty()) {
      fmt::print("{}\n", value);
    } else {
      fmt::print("{}\t{}\n", value, description);
    }
  }
}

}  // namespace escalate::cli
