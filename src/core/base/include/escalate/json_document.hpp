// Strict JSON parsing shared by every input (rules files, batch lines, --answers,
// eval arguments): syntax errors located by line and column, duplicate keys
// reported instead of silently keeping one, numbers that overflow a double and
// nesting deeper than kMaxJsonDepth refused before anything is built.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "escalate/json.hpp"
#include "escalate/problem.hpp"

namespace escalate {

// The deepest nesting of arrays and objects accepted anywhere: in a JSON
// document and in a JSON Logic expression (docs/rules-format.md). Real rule
// sets nest about 10 levels; the limit keeps every recursive walk of a value
// (compiling, evaluating, printing) far from the end of the stack.
inline constexpr int kMaxJsonDepth = 128;

// The document, or what is wrong with it: a syntax problem stops parsing (one
// json_* problem with line, column and what was read), duplicate keys are all
// reported (json_duplicate_key, with the path of each). Messages are in English,
// for rule authors; the batch line words them in the line's language.
Expected<Json> parse_json(std::string_view text, int max_depth = kMaxJsonDepth);

// Whether `value` nests arrays and objects more than `limit` levels deep
// (measured without recursion, so it is safe on values built in code).
bool deeper_than(const Json& value, int limit);

}  // namespace escalate
