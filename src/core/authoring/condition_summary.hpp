// JSON Logic as one short line for rule authors, in the words of the rules
// file: `issue = billing_dispute and not sac_contacted`, `today > sac_deadline`,
// `issue in [a, b]`, `missing(x)`.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "escalate/json.hpp"

namespace escalate {

// About one line of a graph node.
inline constexpr std::size_t kSummaryWidth = 76;

// The expression as text. Questions, facts and constants are named by id,
// option values stand bare (quoted when they are not plain words), operators
// read as words or the usual signs, and anything without a reading of its own
// is written as `name(arguments)`. Wider than `width` columns, it is cut and
// ends in "…": a long `and` or `or` after the last operand that fits whole
// (`a and b and …`), anything else at a word, never after an operator.
std::string summarize_logic(const Json& logic, std::size_t width = kSummaryWidth);

// `text` cut to at most `width` columns, at a word where one is near, ending in "…".
std::string shorten(std::string_view text, std::size_t width);

}  // namespace escalate
