// The session's dialogue: what it says, and lines read back, edited at a
// terminal (editing/line_editor.hpp) and read plainly elsewhere.
#include "dialogue.hpp"

#include <unistd.h>

#include <csignal>

#include "editing/line_editor.hpp"

namespace escalate::cli {
namespace {

volatile std::sig_atomic_t interrupted = 0;

}  // namespace

Dialogue::Dialogue(std::FILE* out) : out_(out) {
  if (isatty(STDIN_FILENO) && isatty(fileno(out))) editor_ = LineEditor::open(out);
}

Dialogue::~Dialogue() {
  if (!prompt_.empty()) std::fputs(prompt_.c_str(), out_);
  std::fflush(out_);
}

void Dialogue::interrupt() { interrupted = 1; }

void Dialogue::say(std::string_view text) {
  std::string all = prompt_;
  all.append(text);
  prompt_.clear();
  if (editor_) {
    const std::size_t end = all.rfind('\n');
    prompt_ = all.substr(end == std::string::npos ? 0 : end + 1);
    all.resize(end == std::string::npos ? 0 : end + 1);
  }
  std::fputs(all.c_str(), out_);
  std::fflush(out_);
}

std::optional<std::string> Dialogue::read(std::size_t max_bytes) {
  std::string line;
  if (editor_) {
    const std::string prompt = std::move(prompt_);
    prompt_.clear();
    std::optional<std::string> edited = editor_->read(prompt, interrupted);
    if (edited && edited->size() > max_bytes) edited->resize(max_bytes + 1);
    return edited;
  }
  bool any = false;
  int c = 0;
  while (!interrupted && (c = std::getc(stdin)) != EOF) {
    any = true;
    if (c == '\n') break;
    if (line.size() <= max_bytes) line.push_back(static_cast<char>(c));
  }
  if (interrupted || (!any && c == EOF)) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace escalate::cli
