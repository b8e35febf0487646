// Where the program writes a file (`batch -o`, `export -o`, a case file). A regular file (or a new
// one) appears complete or not at all: written beside it, flushed, given the old file's
// permissions, then renamed over it (a symbolic link is followed, so the link
// stays). Anything else that exists (a device such as /dev/null, a FIFO, a
// terminal) is written to directly and never replaced. The output may not be
// the input. Errors name the path the user gave.
#pragma once

#include <cstdio>
#include <string>

namespace escalate::cli {

class OutputFile {
 public:
  // `output` empty: standard output. `input` is the input path ("-" for stdin; empty
  // when the output may replace what was read, as a case file does).
  OutputFile(const std::string& output, const std::string& input);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(const std::string& text);
  // Flushes and, for a replaced file, renames it into place.
  void commit();

 private:
  [[noreturn]] void fail(int error);

  std::string path_;    // as given
  std::string target_;  // the file to replace (symbolic links followed), when replacing
  std::string temp_;    // the file written beside it, when replacing
  std::FILE* file_ = nullptr;
};

}  // namespace escalate::cli
