// Small UTF-8 helpers: checking and repairing text, and the columns it takes on a terminal.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace escalate {

// The byte offset of the first invalid sequence, or none when `text` is valid UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);
inline bool is_valid_utf8(std::string_view text) { return !first_invalid_utf8(text); }
// Invalid sequences become U+FFFD, so the text can always be printed as JSON.
std::string valid_utf8(std::string_view text);
// Invalid bytes written as \xNN, for messages that show what was typed.
std::string escape_invalid_utf8(std::string_view text);
// Terminal columns: combining marks and zero-width characters take none, East
// Asian wide and full-width characters (and most emoji) two, the rest one.
std::size_t display_width(std::string_view text);

}  // namespace escalate
