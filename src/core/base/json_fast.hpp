// parse_json's fast path for many small documents (batch lines): simdjson
// reads the text; anything it refuses, and anything that needs a closer look
// (a repeated key, nesting past the limit, a text over kMaxFastText), is read
// again by parse_json, so results and errors are exactly parse_json's.
#pragma once

#include <string_view>

#include "escalate/json_document.hpp"

namespace escalate {

inline constexpr std::size_t kMaxFastText = 64u << 20;

Expected<Json> parse_json_fast(std::string_view text);

}  // namespace escalate
