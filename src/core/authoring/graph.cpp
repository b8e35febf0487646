// The decision graph of a rule set: the steps in rule order, each with its
// condition summarised and an "else" edge to the next (the engine takes the
// first step whose condition holds), the channels they send people to, and the
// ladder as a chain of channels. One model, written as Graphviz DOT or Mermaid.
#include "escalate/graph.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <string_view>
#include <vector>

#include "condition_summary.hpp"

namespace escalate {
namespace {

enum class Look { contact, wait, done, info, no_advice, channel, off_ladder, facts };

struct Node {
  std::string id;
  std::vector<std::string> lines;
  Look look = Look::contact;
};

enum class Link { otherwise, channel, ladder };

struct Edge {
  std::string from;
  std::string to;
  Link link = Link::otherwise;
  // Whether the edge may place its ends. Only a channel's first step does, so
  // that each channel stands beside the steps that first send people there.
  bool places = true;
};

struct Cluster {
  std::string id;
  std::string title;
  std::vector<Node> nodes;
};

struct Graph {
  std::string title;
  std::vector<Cluster> clusters;
  std::vector<Edge> edges;
};

// Letters, digits and `_` only: valid unquoted in both languages, and never a
// keyword such as Mermaid's `end`, thanks to the prefix.
std::string node_id(std::string_view prefix, std::string_view id) {
  std::string out(prefix);
  out += '_';
  for (char c : id) {
    const bool plain =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    out += plain ? c : '_';
  }
  return out;
}

Look step_look(StepKind kind) {
  switch (kind) {
    case StepKind::contact:
      return Look::contact;
    case StepKind::wait:
      return Look::wait;
    case StepKind::done:
      return Look::done;
    case StepKind::info:
      return Look::info;
  }
  return Look::contact;
}

Cluster steps_of(const RuleSet& rules, std::size_t language, std::vector<Edge>& edges) {
  Cluster cluster{"steps", "Steps, in rule order: the first whose condition holds applies", {}};
  constexpr std::string_view kWhen = "when ";
  for (std::size_t i = 0; i < rules.steps.size(); ++i) {
    const Step& step = rules.steps[i];
    Node node{node_id("step", step.id), {}, step_look(step.kind)};
    node.lines.push_back(fmt::format("{}. {} ({})", i + 1, step.id, to_string(step.kind)));
    node.lines.push_back(shorten(step.title.plain(language), kSummaryWidth));
    node.lines.push_back(
        step.when ? fmt::format("{}{}", kWhen,
                                summarize_logic(step.when_source, kSummaryWidth - kWhen.size()))
                  : "catch-all: always applies");
    // A catch-all always applies: nothing comes after it.
    if (i > 0 && rules.steps[i - 1].when)
      edges.push_back({node_id("step", rules.steps[i - 1].id), node.id, Link::otherwise});
    if (!step.channel.empty()) {
      const bool first =
          std::none_of(rules.steps.begin(), rules.steps.begin() + static_cast<std::ptrdiff_t>(i),
                       [&](const Step& s) { return s.channel == step.channel; });
      edges.push_back({node.id, node_id("channel", step.channel), Link::channel, first});
    }
    cluster.nodes.push_back(std::move(node));
  }
  // Without a catch-all, a case no step applies to gets no advice.
  if (!rules.steps.empty() && rules.steps.back().when) {
    cluster.nodes.push_back(
        {"no_step_applies", {"no step applies:", "no advice for this situation"}, Look::no_advice});
    edges.push_back({node_id("step", rules.steps.back().id), "no_step_applies", Link::otherwise});
  }
  return cluster;
}

Cluster channels_of(const RuleSet& rules, std::size_t language, std::vector<Edge>& edges) {
  Cluster cluster{"channels", "Channels, and the ladder in escalation order", {}};
  for (const Channel& channel : rules.channels) {
    const bool on_ladder =
        std::find(rules.ladder.begin(), rules.ladder.end(), channel.id) != rules.ladder.end();
    Node node{node_id("channel", channel.id), {}, on_ladder ? Look::channel : Look::off_ladder};
    node.lines.push_back(channel.id);
    node.lines.push_back(shorten(channel.name.plain(language), kSummaryWidth));
    if (!on_ladder) node.lines.emplace_back("not on the ladder");
    cluster.nodes.push_back(std::move(node));
  }
  for (std::size_t i = 1; i < rules.ladder.size(); ++i) {
    edges.push_back({node_id("channel", rules.ladder[i - 1]), node_id("channel", rules.ladder[i]),
                     Link::ladder});
  }
  return cluster;
}

// Every fact with its value, as one note: conditions name facts by id.
Cluster facts_of(const RuleSet& rules) {
  Node note{"fact_values", {}, Look::facts};
  for (const Fact& fact : rules.facts) {
    const std::size_t used = fact.id.size() + 3;  // "id = "
    const std::size_t room =
        used + kSummaryWidth / 2 < kSummaryWidth ? kSummaryWidth - used : kSummaryWidth / 2;
    note.lines.push_back(fmt::format("{} = {}", fact.id, summarize_logic(fact.value_source, room)));
  }
  return {"facts", "Facts", {std::move(note)}};
}

Graph build(const RuleSet& rules, std::size_t language) {
  Graph graph;
  graph.title = fmt::format("{} ({} {})", rules.title.plain(language), rules.id, rules.version);
  graph.clusters.push_back(steps_of(rules, language, graph.edges));
  graph.clusters.push_back(channels_of(rules, language, graph.edges));
  if (!rules.facts.empty()) graph.clusters.push_back(facts_of(rules));
  return graph;
}

// Graphviz: quoted strings, where `\` and `"` are escaped and `\n` (centred)
// or `\l` (left-justified) ends a line.
std::string dot_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string dot_label(const std::vector<std::string>& lines, bool left) {
  std::string out = "\"";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0 && !left) out += "\\n";
    out += dot_text(lines[i]);
    if (left) out += "\\l";
  }
  return out + "\"";
}

std::string_view dot_look(Look look) {
  switch (look) {
    case Look::contact:
      return R"(shape=box, style="rounded,filled", fillcolor="#ffffff")";
    case Look::wait:
      return R"(shape=box, style="rounded,dashed,filled", fillcolor="#fff8e1")";
    case Look::done:
      return R"(shape=box, style="rounded,bold,filled", fillcolor="#e8f5e9")";
    case Look::info:
      return R"(shape=note, style=filled, fillcolor="#f3f6fb")";
    case Look::no_advice:
      return R"(shape=oval, style=dashed)";
    case Look::channel:
      return R"(shape=hexagon, style=filled, fillcolor="#e3f2fd")";
    case Look::off_ladder:
      return R"(shape=hexagon, style="dashed,filled", fillcolor="#f5f5f5")";
    case Look::facts:
      return R"(shape=note, style=filled, fillcolor="#f5f5f5")";
  }
  return "";
}

std::string_view dot_link(Link link) {
  switch (link) {
    case Link::otherwise:
      return R"(label="else")";
    case Link::channel:
      return R"(style=dashed, color="#5f6b7a", arrowhead=open)";
    case Link::ladder:
      return R"(label="then", style=bold, color="#1565c0")";
  }
  return "";
}

std::string write_dot(const Graph& graph) {
  std::string out = "digraph escalate {\n";
  out += fmt::format(
      "  graph [label={}, labelloc=t, fontname=\"Helvetica\", fontsize=16, nodesep=0.4, "
      "newrank=true];\n",
      dot_label({graph.title}, false));
  out += "  node [fontname=\"Helvetica\", fontsize=10];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  for (const Cluster& cluster : graph.clusters) {
    out += fmt::format("\n  subgraph cluster_{} {{\n    label={};\n", cluster.id,
                       dot_label({cluster.title}, false));
    for (const Node& node : cluster.nodes) {
      out += fmt::format("    {} [label={}, {}];\n", node.id,
                         dot_label(node.lines, node.look == Look::facts), dot_look(node.look));
    }
    out += "  }\n";
  }
  out += "\n";
  for (const Edge& edge : graph.edges)
    out += fmt::format("  {} -> {} [{}{}];\n", edge.from, edge.to, dot_link(edge.link),
                       edge.places ? "" : ", constraint=false");
  return out + "}\n";
}

// Mermaid: labels in double quotes, where a quote cannot be escaped with a
// backslash but only as an entity (`#quot;`); `<`, `>`, `&`, `#`, `%` and the
// backtick are written as entities too, so that no text is read as HTML,
// Markdown, a directive or an entity of its own.
std::string mermaid_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '"':
        out += "#quot;";
        break;
      case '#':
        out += "#35;";
        break;
      case '&':
        out += "#amp;";
        break;
      case '<':
        out += "#lt;";
        break;
      case '>':
        out += "#gt;";
        break;
      case '`':
        out += "#96;";
        break;
      case '%':  // `%%{` would start a directive, even in a comment
        out += "#37;";
        break;
      case '\n':
        out += "<br>";
        break;
      default:
        out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c;
    }
  }
  return out;
}

std::string mermaid_label(const std::vector<std::string>& lines) {
  std::string out = "\"";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += "<br>";
    out += mermaid_text(lines[i]);
  }
  return out + "\"";
}

// A shape (its opening and closing brackets) and a class per look, in the order of Look.
struct MermaidLook {
  std::string_view open;
  std::string_view close;
  std::string_view name;
  std::string_view style;
};

constexpr MermaidLook kMermaidLooks[] = {
    {"[", "]", "contact", "fill:#ffffff,stroke:#333333"},
    {"(", ")", "wait", "fill:#fff8e1,stroke:#333333,stroke-dasharray:5 5"},
    {"([", "])", "done", "fill:#e8f5e9,stroke:#333333,stroke-width:3px"},
    {"[[", "]]", "info", "fill:#f3f6fb,stroke:#333333"},
    {"((", "))", "no_advice", "fill:#ffffff,stroke:#999999,stroke-dasharray:5 5"},
    {"{{", "}}", "channel", "fill:#e3f2fd,stroke:#1565c0"},
    {"{{", "}}", "off_ladder", "fill:#f5f5f5,stroke:#1565c0,stroke-dasharray:5 5"},
    {"[", "]", "facts", "fill:#f5f5f5,stroke:#999999"},
};

static_assert(std::size(kMermaidLooks) == static_cast<std::size_t>(Look::facts) + 1);

const MermaidLook& mermaid_look(Look look) { return kMermaidLooks[static_cast<std::size_t>(look)]; }

std::string_view mermaid_arrow(Link link) {
  switch (link) {
    case Link::otherwise:
      return "-->|else|";
    case Link::channel:
      return "-.->";
    case Link::ladder:
      return "==>|then|";
  }
  return "-->";
}

std::string write_mermaid(const Graph& graph) {
  std::string out = "flowchart TD\n";
  out += fmt::format("  %% {}\n", mermaid_text(graph.title));
  for (const Cluster& cluster : graph.clusters) {
    out += fmt::format("  subgraph {}[{}]\n", cluster.id, mermaid_label({cluster.title}));
    for (const Node& node : cluster.nodes) {
      const MermaidLook& look = mermaid_look(node.look);
      out += fmt::format("    {}{}{}{}:::{}\n", node.id, look.open, mermaid_label(node.lines),
                         look.close, look.name);
    }
    out += "  end\n";
  }
  for (const Edge& edge : graph.edges)
    out += fmt::format("  {} {} {}\n", edge.from, mermaid_arrow(edge.link), edge.to);
  // The classes of the looks in use, in a fixed order.
  for (std::size_t i = 0; i < std::size(kMermaidLooks); ++i) {
    const bool used =
        std::any_of(graph.clusters.begin(), graph.clusters.end(), [&](const Cluster& c) {
          return std::any_of(c.nodes.begin(), c.nodes.end(),
                             [&](const Node& n) { return static_cast<std::size_t>(n.look) == i; });
        });
    if (used)
      out += fmt::format("  classDef {} {}\n", kMermaidLooks[i].name, kMermaidLooks[i].style);
  }
  return out;
}

}  // namespace

std::string render_graph(const RuleSet& rules, GraphFormat format, std::size_t language) {
  const Graph graph = build(rules, language);
  return format == GraphFormat::mermaid ? write_mermaid(graph) : write_dot(graph);
}

}  // namespace escalate
