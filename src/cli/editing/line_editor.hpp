// Line editing for the session at a terminal (arrows, Home/End, Ctrl-A/E, the
// history of this session's answers), behind one small interface so that the
// program builds without libedit: then open() gives nothing and the session
// reads plain lines.
#pragma once

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

namespace escalate::cli {

class LineEditor {
 public:
  // An editor on stdin writing to `out`, or nothing when lines cannot be edited
  // (no libedit in this build, or it would not start).
  static std::unique_ptr<LineEditor> open(std::FILE* out);
  virtual ~LineEditor() = default;

  // One line typed after `prompt` (which may hold colour escapes), without its
  // end; nothing at the end of input, on an error or once `interrupted` is set.
  virtual std::optional<std::string> read(const std::string& prompt,
                                          const volatile std::sig_atomic_t& interrupted) = 0;
};

}  // namespace escalate::cli
