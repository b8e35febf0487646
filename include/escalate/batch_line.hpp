// One line of batch input to one line of output: parse, check the request,
// decide, and echo `line` and `id`. Never throws; every problem is an error object.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "escalate/date.hpp"
#include "escalate/json.hpp"
#include "escalate/rules.hpp"

namespace escalate {

struct BatchDefaults {
  Date today;
  std::size_t language = 0;
};

enum class LineStatus { advice, needs_input, error, blank };

std::string_view to_string(LineStatus status);

struct BatchLineResult {
  Json output;  // the object to print
  LineStatus status = LineStatus::error;
  std::string channel;  // the advised channel id, for the summary ("" when none)
};

// The longest batch line read; a longer one is an error line (see batch_line_too_long).
inline constexpr std::size_t kMaxBatchLineBytes = 64u << 20;

// The error line for a line longer than kMaxBatchLineBytes, which is not read.
BatchLineResult batch_line_too_long(const RuleSet& rules, std::size_t line_number,
                                    const BatchDefaults& defaults);

BatchLineResult evaluate_batch_line(const RuleSet& rules, std::string_view line,
                                    std::size_t line_number, const BatchDefaults& defaults);

}  // namespace escalate
