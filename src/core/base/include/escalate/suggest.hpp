// "Did you mean" suggestions for misspelt ids, keys and operators.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace escalate {

std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, when it is close enough to be a likely typo;
// empty otherwise.
std::string closest_match(std::string_view word, std::span<const std::string> candidates);

// "" or "; did you mean 'x'?"
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);

// "unknown WHAT 'word'; expected one of a, b, c; did you mean 'a'?"
std::string unknown_one_of(std::string_view what, std::string_view word,
                           std::span<const std::string> known);

}  // namespace escalate
