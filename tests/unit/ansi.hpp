// The visible text of coloured output: SGR escapes (ESC [ digits and semicolons m)
// removed. Shared by the rendering tests and the rendering fuzz target.
#pragma once

#include <string>
#include <string_view>

namespace escalate::test {

inline std::string strip_escapes(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
      std::size_t end = i + 2;
      while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || text[end] == ';'))
        ++end;
      if (end < text.size() && text[end] == 'm') {
        i = end;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace escalate::test
