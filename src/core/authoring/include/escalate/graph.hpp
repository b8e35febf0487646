// The decision structure of a rule set as a graph for rule authors: steps in
// rule order with their conditions summarised, their channels, and the ladder,
// written as Graphviz DOT or Mermaid text.
#pragma once

#include <cstddef>
#include <string>

#include "escalate/rules.hpp"

namespace escalate {

enum class GraphFormat { dot, mermaid };

// Titles and names in `language` (an index into rules.languages).
std::string render_graph(const RuleSet& rules, GraphFormat format, std::size_t language);

}  // namespace escalate
