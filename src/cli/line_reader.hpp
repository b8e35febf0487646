// Reads JSON Lines in blocks with bounded memory: each line without its end
// ("\n" or "\r\n"); a line longer than the limit is skipped to its end and
// reported as too long, so one endless line (say, from /dev/zero) can neither
// exhaust memory nor hide the lines after it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>

namespace escalate::cli {

class LineReader {
 public:
  LineReader(std::istream& in, std::size_t max_line) : in_(in), max_line_(max_line) {}

  // False at the end of the input. Throws UserError when the input cannot be read.
  bool next(std::string& line, bool& too_long);
  // Bytes of the input read and returned (or skipped) so far, line ends included.
  std::uint64_t consumed() const { return consumed_; }

 private:
  bool fill();  // reads one more block; false at the end

  std::istream& in_;
  std::size_t max_line_;
  std::string pending_;  // read, not yet returned
  std::size_t start_ = 0;
  bool end_ = false;
  std::uint64_t consumed_ = 0;
};

}  // namespace escalate::cli
