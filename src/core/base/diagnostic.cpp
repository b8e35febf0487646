// Helpers over lists of diagnostics.
#include "escalate/diagnostic.hpp"

#include <algorithm>

namespace escalate {

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace escalate
