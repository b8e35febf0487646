// Translated texts with placeholders: {name} for a question, fact or constant
// value, {label:name} for a choice answer's label, {{ and }} for braces.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace escalate {

struct TextPart {
  std::string literal;  // the text, or for a placeholder its name
  int symbol = -1;
  bool label = false;  // {label:name}
};

class Text {
 public:
  Text() = default;
  // One string per language of the rule set, in the rule set's language order.
  explicit Text(std::vector<std::string> by_language);

  bool empty() const { return by_language_.empty(); }
  const std::string& raw(std::size_t language) const { return by_language_.at(language); }
  const std::vector<TextPart>& parts(std::size_t language) const { return parts_.at(language); }
  void set_parts(std::size_t language, std::vector<TextPart> parts) {
    parts_.at(language) = std::move(parts);
  }
  std::size_t languages() const { return by_language_.size(); }
  // The text in one language as written, with {{ and }} unescaped and placeholders left in.
  std::string plain(std::size_t language) const;
  // Symbols its placeholders need, in any language, first use first.
  std::vector<int> symbols() const;

 private:
  std::vector<std::string> by_language_;
  std::vector<std::vector<TextPart>> parts_;
};

}  // namespace escalate
