// `escalate graph [--format dot|mermaid]`: the rule set's decision structure
// (steps in rule order, their conditions, channels and the ladder) as Graphviz
// DOT or Mermaid, on stdout, for rule authors to look at.
#include "escalate/graph.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>

#include "commands.hpp"
#include "common.hpp"
#include "completes.hpp"

namespace escalate::cli {
namespace {

constexpr std::array<std::pair<std::string_view, GraphFormat>, 2> kFormats = {{
    {"dot", GraphFormat::dot},
    {"mermaid", GraphFormat::mermaid},
}};

struct GraphOptions {
  std::string format = "dot";
};

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  names.reserve(kFormats.size());
  for (const auto& [name, format] : kFormats) names.emplace_back(name);
  return names;
}

GraphFormat format_named(const std::string& name) {
  for (const auto& [known, format] : kFormats) {
    if (name == known) return format;
  }
  throw UserError(CliMsg::unknown_graph_format, name);
}

void run_graph(const CLI::App& app, const CommonOptions& common, const GraphOptions& options) {
  // Before the command, --format is the common one (text or json), which graph does not take.
  if (app.get_option("--format")->count() > 0) {
    throw UserError(CliMsg::graph_own_format);
  }
  const GraphFormat format = format_named(options.format);
  const LoadedRules loaded = load_rules_or_fail(common);
  // Without --lang, the rule set's first language: the same graph on every machine.
  const std::size_t language = choose_language_without_locale(*loaded.rules, common.lang);
  fmt::print("{}", render_graph(*loaded.rules, format, language));
}

}  // namespace

Run register_graph(CLI::App& app, CommonOptions& common) {
  auto options = std::make_shared<GraphOptions>();
  CLI::App* command = app.add_subcommand("graph", help_text(common, HelpWord::cmd_graph));
  command->add_option("--format", options->format, help_text(common, HelpWord::opt_graph_format))
      ->type_name(help_text(common, HelpWord::type_format))
      ->check(completes_words(format_names()));
  add_common_options(*command, common, kRules | kLang);
  return [&app, &common, options] { run_graph(app, common, *options); };
}

}  // namespace escalate::cli
