// The placeholder syntax of rule texts, before names are resolved: {name},
// {label:name}, and {{ and }} for literal braces.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "escalate/problem.hpp"

namespace escalate::loader {

struct Placeholder {
  std::string name;
  bool label = false;  // {label:name}
};

// A literal run, followed by a placeholder unless it ends the text.
struct Piece {
  std::string literal;
  std::optional<Placeholder> placeholder;
};

// The pieces of `text`, or an invalid_rules problem (no path) for a brace that is not matched.
Expected<std::vector<Piece>> split_placeholders(std::string_view text);

}  // namespace escalate::loader
