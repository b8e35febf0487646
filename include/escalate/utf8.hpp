// Small UTF-8 helpers: repairing invalid bytes for output, and lower-casing
// the letters people type in answers (ASCII and Latin-1 accented letters).
#pragma once

#include <string>
#include <string_view>

namespace escalate {

// Invalid sequences become U+FFFD, so the text can always be printed as JSON.
std::string valid_utf8(std::string_view text);
// ASCII and À–Þ (except ×) lower-cased; other characters unchanged.
std::string lower_utf8(std::string_view text);
// Leading and trailing ASCII white space removed.
std::string trim(std::string_view text);

}  // namespace escalate
