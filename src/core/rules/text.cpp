// Placeholder syntax of rule texts: {name}, {label:name}, {{ and }}.
#include "escalate/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace escalate {

Text::Text(std::vector<std::string> by_language)
    : by_language_(std::move(by_language)), parts_(by_language_.size()) {
  for (std::size_t i = 0; i < by_language_.size(); ++i) parts_[i] = {TextPart{by_language_[i], -1, false}};
}

std::string Text::plain(std::size_t language) const {
  std::string out;
  for (const TextPart& part : parts(language)) {
    if (part.symbol < 0) {
      out += part.literal;
    } else {
      out += part.label ? "{label:" : "{";  // as written; the engine fills in values
      out += part.literal;
      out += "}";
    }
  }
  return out;
}

std::vector<int> Text::symbols() const {
  std::vector<int> out;
  for (const auto& parts : parts_) {
    for (const TextPart& part : parts) {
      if (part.symbol >= 0 && std::find(out.begin(), out.end(), part.symbol) == out.end()) {
        out.push_back(part.symbol);
      }
    }
  }
  return out;
}

SplitText split_placeholders(std::string_view text) {
  SplitText out;
  std::string literal;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
      literal += '{';
      ++i;
    } else if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
      literal += '}';
      ++i;
    } else if (c == '}') {
      out.error = fmt::format("unmatched '}}' at character {}; write '}}}}' for a literal brace", i + 1);
      return out;
    } else if (c == '{') {
      const std::size_t close = text.find('}', i);
      if (close == std::string_view::npos) {
        out.error = fmt::format("unmatched '{{' at character {}; write '{{{{' for a literal brace", i + 1);
        return out;
      }
      std::string_view name = text.substr(i + 1, close - i - 1);
      RawPlaceholder placeholder;
      if (name.starts_with("label:")) {
        placeholder.label = true;
        name.remove_prefix(6);
      }
      placeholder.name = std::string(name);
      out.pieces.emplace_back(std::move(literal), std::move(placeholder));
      literal.clear();
      i = close;
    } else {
      literal += c;
    }
  }
  if (!literal.empty() || out.pieces.empty()) out.pieces.emplace_back(std::move(literal), std::nullopt);
  return out;
}

}  // namespace escalate
