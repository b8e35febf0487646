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

// What of the progress text fits `columns`: with the program's name when
// there is room, else without; then whole ", "-separated parts from the end
// are left out, so that no number is ever cut (a cut "890" of "89088 lines"
// would be wrong, which is worse than nothing).
std::string fitted(const std::string& text, std::size_t columns) {
  std::string named = "escalate batch: " + text;
  if (display_width(named) <= columns) return named;
  std::string_view shown = text;
  while (display_width(shown) > columns) {
    const std::size_t comma = shown.rfind(", ");
    if (comma == std::string_view::npos) return {};
    shown = shown.substr(0, comma);
  }
  return std::string(shown);
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
  fmt::print(stream_, "\r{}\x1b[K", fitted(text, width - 1));
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
