// parse_json's fast path for many small documents (batch lines): simdjson
// reads the text; anything it refuses, and anything that needs a closer look
// (a repeated key, nesting past the limit, a text over kMaxFastText), is read
// again by parse_json, so results and errors are exactly parse_json's.
#pragma once

#include <simdjson.h>

#include <optional>
#include <string_view>

#include "escalate/json_document.hpp"

namespace escalate {

inline constexpr std::size_t kMaxFastText = 64u << 20;

Expected<Json> parse_json_fast(std::string_view text);

// The text read in place by this thread's parser, for a caller that takes only
// some of it as Json (a batch line): valid until the thread's next parse. Nothing
// for a text simdjson refuses or longer than kSharedFastText; parse_json says why.
inline constexpr std::size_t kSharedFastText = 64u << 10;
std::optional<simdjson::dom::element> parse_dom_fast(std::string_view text);

// An element as Json, or nothing where parse_json would refuse the text: a
// repeated key, or nesting past kMaxJsonDepth (`depth`: the element's own).
std::optional<Json> to_json(simdjson::dom::element element, int depth = 0);

}  // namespace escalate
