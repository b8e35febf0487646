// Block-wise line reading with a maximum line length.
#include "line_reader.hpp"

#include "common.hpp"

namespace escalate::cli {

bool LineReader::fill() {
  if (end_) return false;
  constexpr std::size_t kBlock = 1 << 16;
  if (start_ > 0) {  // keep only what is not yet returned
    pending_.erase(0, start_);
    start_ = 0;
  }
  const std::size_t old_size = pending_.size();
  pending_.resize(old_size + kBlock);
  in_.read(pending_.data() + old_size, kBlock);
  const auto got = static_cast<std::size_t>(in_.gcount());
  pending_.resize(old_size + got);
  if (in_.bad()) throw UserError(CliText(CliMsg::batch_input_broken), kExitFailure);
  if (got == 0) end_ = true;
  return got > 0;
}

bool LineReader::next(std::string& line, bool& too_long) {
  line.clear();
  too_long = false;
  std::size_t scanned = 0;  // bytes after start_ already known to hold no newline
  while (true) {
    const std::size_t newline = pending_.find('\n', start_ + scanned);
    if (newline != std::string::npos) {
      if (!too_long) line.assign(pending_, start_, newline - start_);
      consumed_ += newline + 1 - start_;
      start_ = newline + 1;
      break;
    }
    if (pending_.size() - start_ > max_line_) too_long = true;
    if (too_long) {  // drop what is held, and the rest of the line as it comes
      consumed_ += pending_.size() - start_;
      pending_.clear();
      start_ = 0;
    }
    scanned = pending_.size() - start_;
    if (!fill()) {  // fill() moves the unreturned bytes to the front: start_ is 0 now
      if (start_ >= pending_.size() && !too_long) return false;  // nothing left
      if (!too_long) line.assign(pending_, start_, std::string::npos);
      consumed_ += pending_.size() - start_;
      start_ = pending_.size();
      break;
    }
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

}  // namespace escalate::cli
