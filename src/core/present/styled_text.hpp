// Text with a tone (bold, heading, ...) per byte. Layout works on the visible
// text alone, so wrapping never sees an escape sequence; colour is added only
// when the finished layout is painted, one span at a time, reset at each line end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace escalate {

enum class Tone : std::uint8_t { plain, bold, heading, good, warn, dim };

class Styled {
 public:
  Styled() = default;
  Styled(std::string_view text, Tone tone = Tone::plain) {
    append(text, tone);
  }  // NOLINT: implicit by design

  Styled& append(std::string_view text, Tone tone = Tone::plain);
  Styled& append(const Styled& other);
  // Bytes [from, from + length) of `other`, with their tones.
  Styled& append(const Styled& other, std::size_t from, std::size_t length);
  // Drops trailing spaces.
  void trim_end();
  Styled& operator+=(const Styled& other) { return append(other); }

  const std::string& text() const { return text_; }
  Tone tone_at(std::size_t byte) const { return tones_[byte]; }
  std::size_t size() const { return text_.size(); }
  bool empty() const { return text_.empty(); }
  Styled slice(std::size_t from, std::size_t length) const;

 private:
  std::string text_;
  std::vector<Tone> tones_;
};

// Fills paragraphs (split at '\n') to `width` terminal columns. Words are
// separated by spaces and never cut: a word longer than the room stands on a
// line of its own. The spacing between words on a line is kept; trailing
// spaces are dropped. Lines start with `indent`, the first with `first_indent`
// when given. On a narrow terminal an indent that would leave less than
// kMinRoom columns is shortened, and a first indent that would (a label such
// as a date) gets a line of its own.
inline constexpr std::size_t kMinRoom = 12;
Styled wrap_styled(const Styled& text, std::size_t width, std::string_view indent,
                   const Styled* first_indent = nullptr);
// The same, appended to `out`.
void wrap_into(Styled& out, const Styled& text, std::size_t width, std::string_view indent,
               const Styled* first_indent = nullptr);

// The text with ANSI SGR escapes for its tones when `color`, else as it is.
std::string paint(const Styled& text, bool color);

}  // namespace escalate
