// The person at the terminal during `escalate ask`: what the session says, and
// the lines typed in reply. When both standard input and the dialogue's stream
// are terminals, a line is edited with libedit (arrows, Home/End, Ctrl-A/E,
// history of this session's answers with Up/Down); otherwise it is read as is,
// so scripts and pipes see no escape sequences.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace escalate::cli {

class LineEditor;

class Dialogue {
 public:
  // `out` is where the dialogue goes (stdout, or stderr when stdout is redirected).
  explicit Dialogue(std::FILE* out);
  ~Dialogue();
  Dialogue(const Dialogue&) = delete;
  Dialogue& operator=(const Dialogue&) = delete;

  // Shows `text`. When lines are edited, its unfinished last line (the prompt)
  // is held back and shown by the next read(), so the editor can redraw it.
  void say(std::string_view text);
  // One typed line without its end, or nothing at the end of input or after
  // Ctrl-C. A line longer than `max_bytes` is cut to max_bytes + 1 bytes (the
  // caller refuses it).
  std::optional<std::string> read(std::size_t max_bytes);

  std::FILE* stream() const { return out_; }

  // Set by the SIGINT handler: the read under way returns nothing.
  static void interrupt();

 private:
  std::FILE* out_;
  std::unique_ptr<LineEditor> editor_;
  std::string prompt_;  // held back while editing
};

}  // namespace escalate::cli
