// Translated texts: their placeholder parts, as written or resolved, and the
// placeholder syntax the loader splits them by: {name}, {label:name}, {{ and }}.
#include "escalate/text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "placeholders.hpp"

namespace escalate {

Text::Text(std::vector<std::string> by_language)
    : by_language_(std::move(by_language)), parts_(by_language_.size()) {
  for (std::size_t i = 0; i < by_language_.size(); ++i)
    parts_[i] = {TextPart{by_language_[i], -1, false}};
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

}  // namespace escalate

namespace escalate::loader {

Expected<std::vector<Piece>> split_placeholders(std::string_view text) {
  auto unmatched = [](char brace, std::size_t at) {
    return Problem{
        ProblemCode::invalid_rules,
        fmt::format("unmatched '{0}' at character {1}; write '{0}{0}' for a literal brace", brace,
                    at + 1)};
  };
  std::vector<Piece> pieces;
  std::string literal;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
      literal += c;
      ++i;
    } else if (c == '}') {
      return unmatched('}', i);
    } else if (c == '{') {
      const std::size_t close = text.find('}', i);
      if (close == std::string_view::npos) return unmatched('{', i);
      std::string_view name = text.substr(i + 1, close - i - 1);
      Placeholder placeholder;
      if (name.starts_with("label:")) {
        placeholder.label = true;
        name.remove_prefix(6);
      }
      placeholder.name = std::string(name);
      pieces.push_back({std::move(literal), std::move(placeholder)});
      literal.clear();
      i = close;
    } else {
      literal += c;
    }
  }
  if (!literal.empty() || pieces.empty()) pieces.push_back({std::move(literal), std::nullopt});
  return pieces;
}

}  // namespace escalate::loader
