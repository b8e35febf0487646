// JSON Logic's value semantics: truthiness, numeric coercion, loose and strict
// equality, ordering, and JavaScript-style string conversion.
#pragma once

#include <optional>
#include <string>

#include "escalate/json.hpp"

namespace escalate::logic {

// Number(value) as the standard defines it: null -> 0, booleans -> 0/1, numeric
// strings -> their value, "" -> 0; anything else has no number.
std::optional<double> to_number(const Json& value);
// Like to_number, but raises the standard "NaN" error when there is none.
double require_number(const Json& value, const std::string& path);
// String(value) for `cat`: null -> "", numbers as JavaScript prints them.
std::string to_js_string(const Json& value);

bool strict_equal(const Json& a, const Json& b);
// `==`: raises "NaN" when the operands cannot be compared as numbers.
bool loose_equal(const Json& a, const Json& b, const std::string& path);
// Three-way comparison for `<` and friends; raises "NaN" like loose_equal.
int compare(const Json& a, const Json& b, const std::string& path);

[[noreturn]] void raise(std::string type, const std::string& message, const std::string& path);

}  // namespace escalate::logic
