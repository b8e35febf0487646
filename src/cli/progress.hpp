// `batch`'s progress line on stderr, only when stderr is a terminal: lines
// done and lines per second, and with a regular-file input the percentage
// and the time left. Redrawn at most a few times a second, cleared at the end.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace escalate::cli {

class Progress {
 public:
  // `input_size`: the input's size in bytes, or 0 when not known (stdin, a pipe).
  Progress(std::FILE* stream, std::string language, std::uint64_t input_size);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void update(std::uint64_t lines, std::uint64_t bytes);
  // Clears the line, so what follows starts on a clean line.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  std::FILE* stream_;
  std::string language_;
  std::uint64_t input_size_;
  bool active_;
  bool shown_ = false;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_ = start_;
};

// "1:05" or "2:03:04".
std::string clock_text(std::uint64_t seconds);

}  // namespace escalate::cli
