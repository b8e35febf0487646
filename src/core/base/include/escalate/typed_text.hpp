// Text as people type it: trimmed of surrounding white space, and lower-cased
// (the letters of English, Portuguese and German) to compare with known words.
#pragma once

#include <string>
#include <string_view>

namespace escalate {

// ASCII and À–Þ (except ×) lower-cased; other characters unchanged.
std::string lower_utf8(std::string_view text);
// Leading and trailing ASCII white space removed.
std::string trim(std::string_view text);
std::string_view trim_view(std::string_view text);

}  // namespace escalate
