// Loads and validates an `escalate-rules/1` document, reporting every problem
// at once with its JSON path.
#pragma once

#include <memory>
#include <string_view>

#include "escalate/diagnostic.hpp"
#include "escalate/json.hpp"
#include "escalate/rules.hpp"

namespace escalate {

inline constexpr std::string_view kRulesFormat = "escalate-rules/1";

struct LoadResult {
  std::shared_ptr<const RuleSet> rules;  // null when there is any error
  Diagnostics diagnostics;               // errors and warnings, in document order
};

LoadResult load_rules(std::string_view text);

// Parses JSON text strictly: syntax errors with line and column, duplicate
// object keys (which would silently lose data) as errors with their path.
std::optional<Json> parse_json_document(std::string_view text, Diagnostics& diagnostics);

}  // namespace escalate
