// The progress line: "\r", the text cut to the terminal's width, "erase to the
// end of the line". Never written when stderr is not a terminal or TERM=dumb.
#include "progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <string_view>

#include "common.hpp"
#include "escalate/messages.hpp"
#include "escalate/utf8.hpp"

namespace escalate::cli {
namespace {

bool wants_progress(std::FILE* stream) {
  if (isatty(fileno(stream)) == 0) return false;
  const char* term = std::getenv("TERM");
  return !(term && std::string_view(term) == "dumb");
}

// The longest start of `text` that takes at most `columns` terminal columns.
std::string fitted(const std::string& text, std::size_t columns) {
  std::string out;
  std::size_t used = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = i + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    const std::string_view character(text.data() + i, end - i);
    used += display_width(character);
    if (used > columns) break;
    out += character;
    i = end;
  }
  return out;
}

}  // namespace

std::string clock_text(std::uint64_t seconds) {
  if (seconds >= 3600)
    return fmt::format("{}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
  return fmt::format("{}:{:02}", seconds / 60, seconds % 60);
}

Progress::Progress(std::FILE* stream, std::string language, std::uint64_t input_size)
    : stream_(stream),
      language_(std::move(language)),
      input_size_(input_size),
      active_(wants_progress(stream)) {}

Progress::~Progress() { finish(); }

void Progress::update(std::uint64_t lines, std::uint64_t bytes) {
  if (!active_) return;
  const Clock::time_point now = Clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const auto rate =
      static_cast<std::uint64_t>(seconds > 0 ? static_cast<double>(lines) / seconds : 0);
  std::string text;
  if (input_size_ > 0 && bytes > 0 && bytes <= input_size_) {
    const double done = static_cast<double>(bytes) / static_cast<double>(input_size_);
    const auto left = static_cast<std::uint64_t>(seconds * (1 - done) / done);
    text = trf(Msg::batch_progress_eta, language_, lines, rate, static_cast<unsigned>(done * 100),
               clock_text(left));
  } else {
    text = trf(Msg::batch_progress, language_, lines, rate);
  }
  const std::size_t width = terminal_width(stream_);
  fmt::print(stream_, "\r{}\x1b[K", fitted("escalate batch: " + text, width - 1));
  std::fflush(stream_);
  shown_ = true;
}

void Progress::finish() {
  if (!shown_) return;
  std::fputs("\r\x1b[K", stream_);  // never throws: this also runs in the destructor
  std::fflush(stream_);
  shown_ = false;
}

}  // namespace escalate::cli
