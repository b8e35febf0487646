// Strict JSON parsing shared by every input (rules files, batch lines, --answers,
// eval arguments): syntax errors located by line and column, duplicate keys
// reported instead of silently keeping one, numbers that overflow a double and
// nesting deeper than kMaxJsonDepth refused before anything is built.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "escalate/json.hpp"

namespace escalate {

// The deepest nesting of arrays and objects accepted anywhere: in a JSON
// document and in a JSON Logic expression (docs/rules-format.md). Real rule
// sets nest about 10 levels; the limit keeps every recursive walk of a value
// (compiling, evaluating, printing) far from the end of the stack.
inline constexpr int kMaxJsonDepth = 128;

enum class JsonErrorKind {
  syntax,               // an unexpected token; `token` holds it
  end_of_input,         // the text ends before the value is complete
  invalid_string,       // a control character or a bad escape in a string
  invalid_utf8,         // a string that is not valid UTF-8
  invalid_number,       // a malformed number; `token` holds it
  number_out_of_range,  // a number beyond a double's range (1e400); `token` holds it
  too_deep,             // nested more than kMaxJsonDepth levels
  duplicate_key,        // `token` holds the key, `path` the object
};

struct JsonError {
  JsonErrorKind kind = JsonErrorKind::syntax;
  std::string detail;  // in English, for rule authors: "syntax error while parsing value - unexpected ']'; ..."
  std::string token;   // the offending text (valid UTF-8), when there is one
  std::string path;    // "$" or the JSON path of the object holding a duplicate key
  std::size_t offset = 0;  // byte offset into the text
  int line = 0;            // 1-based; 0 for duplicate keys, which are reported by path
  int column = 0;          // 1-based, in code points
};

struct JsonParse {
  std::optional<Json> value;     // none when there is any error
  std::vector<JsonError> errors;  // a syntax error stops parsing; duplicate keys are all reported
};

JsonParse parse_json(std::string_view text, int max_depth = kMaxJsonDepth);

// Whether `value` nests arrays and objects more than `limit` levels deep
// (measured without recursion, so it is safe on values built in code).
bool deeper_than(const Json& value, int limit);

}  // namespace escalate
