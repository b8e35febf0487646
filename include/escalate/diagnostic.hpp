// Problems found while loading rules or compiling logic, each with the JSON path
// (and for syntax errors the line and column) where it was found.
#pragma once

#include <string>
#include <vector>

namespace escalate {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string path;  // "$.steps[2].when", or "" for the document as a whole
  std::string message;
  int line = 0;  // 1-based; 0 when not known
  int column = 0;
};

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics& diagnostics);

}  // namespace escalate
