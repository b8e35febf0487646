// Styled text: appending, word wrapping on visible columns, and painting.
#include "styled_text.hpp"

#include <algorithm>
#include <optional>

#include "escalate/utf8.hpp"

namespace escalate {
namespace {

struct Word {
  std::size_t from = 0;    // byte offset in the text
  std::size_t length = 0;  // bytes
  std::size_t spaces = 0;  // spaces before it in the text
  std::size_t columns = 0;
};

// The next word of text[at, to), or none; `at` moves past it.
std::optional<Word> next_word(const std::string& text, std::size_t& at, std::size_t to) {
  std::size_t spaces = 0;
  while (at < to && text[at] == ' ') {
    ++spaces;
    ++at;
  }
  if (at >= to) return std::nullopt;
  const std::size_t start = at;
  while (at < to && text[at] != ' ') ++at;
  return Word{start, at - start, spaces,
              display_width(std::string_view(text).substr(start, at - start))};
}

const char* sgr(Tone tone) {
  switch (tone) {
    case Tone::bold:
      return "1";
    case Tone::heading:
      return "1;36";
    case Tone::good:
      return "1;32";
    case Tone::warn:
      return "1;31";
    case Tone::dim:
      return "2";
    case Tone::plain:
      break;
  }
  return "0";
}

}  // namespace

Styled& Styled::append(std::string_view text, Tone tone) {
  text_.append(text);
  tones_.insert(tones_.end(), text.size(), tone);
  return *this;
}

Styled& Styled::append(const Styled& other) {
  text_ += other.text_;
  tones_.insert(tones_.end(), other.tones_.begin(), other.tones_.end());
  return *this;
}

Styled& Styled::append(const Styled& other, std::size_t from, std::size_t length) {
  text_.append(other.text_, from, length);
  tones_.insert(tones_.end(), other.tones_.begin() + static_cast<std::ptrdiff_t>(from),
                other.tones_.begin() + static_cast<std::ptrdiff_t>(from + length));
  return *this;
}

void Styled::trim_end() {
  std::size_t end = text_.size();
  while (end > 0 && text_[end - 1] == ' ') --end;
  text_.resize(end);
  tones_.resize(end);
}

Styled Styled::slice(std::size_t from, std::size_t length) const {
  Styled out;
  from = std::min(from, text_.size());
  length = std::min(length, text_.size() - from);
  out.text_ = text_.substr(from, length);
  out.tones_.assign(tones_.begin() + static_cast<std::ptrdiff_t>(from),
                    tones_.begin() + static_cast<std::ptrdiff_t>(from + length));
  return out;
}

void wrap_into(Styled& out, const Styled& text, std::size_t width, std::string_view indent,
               const Styled* first_indent) {
  // An indent is only spaces; on a narrow terminal it gives way to the text.
  const std::size_t most_indent = width > kMinRoom ? width - kMinRoom : 0;
  const Styled rest(indent.substr(0, std::min(indent.size(), most_indent)));
  const Styled* first = first_indent ? first_indent : &rest;
  if (first_indent && display_width(first_indent->text()) > most_indent) {
    out.append(*first_indent);  // a label too wide to share its line: on a line of its own
    out.trim_end();
    out.append("\n");
    first = &rest;
  }
  const std::string& all = text.text();
  std::size_t start = 0;
  while (start <= all.size()) {
    const std::size_t end = std::min(all.find('\n', start), all.size());
    out.append(*first);
    std::size_t used = display_width(first->text());
    first = &rest;
    bool empty = true;
    std::size_t at = start;
    while (const auto w = next_word(all, at, end)) {
      if (!empty && used + w->spaces + w->columns > width) {
        out.trim_end();
        out.append("\n");
        out.append(rest);
        used = rest.size();
        empty = true;
      }
      const std::size_t spaces =
          empty ? 0 : w->spaces;  // as written, in their tone: a bold phrase stays one span
      out.append(text, w->from - spaces, w->length + spaces);
      used += spaces + w->columns;
      empty = false;
    }
    out.trim_end();
    out.append("\n");
    if (end >= all.size()) break;
    start = end + 1;
  }
}

Styled wrap_styled(const Styled& text, std::size_t width, std::string_view indent,
                   const Styled* first_indent) {
  Styled out;
  wrap_into(out, text, width, indent, first_indent);
  return out;
}

std::string paint(const Styled& text, bool color) {
  if (!color) return text.text();
  std::string out;
  out.reserve(text.size() + 32);
  Tone current = Tone::plain;
  const std::string& s = text.text();
  for (std::size_t i = 0; i < s.size(); ++i) {
    const Tone tone = s[i] == '\n' ? Tone::plain : text.tone_at(i);
    if (tone != current) {
      if (current != Tone::plain) out += "\x1b[0m";
      if (tone != Tone::plain) {
        out += "\x1b[";
        out += sgr(tone);
        out += 'm';
      }
      current = tone;
    }
    out += s[i];
  }
  if (current != Tone::plain) out += "\x1b[0m";
  return out;
}

}  // namespace escalate
