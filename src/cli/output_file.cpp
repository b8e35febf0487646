// An output file: stdout, a device or FIFO written in place, or a regular file replaced atomically.
#include "output_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "common.hpp"

namespace escalate::cli {
namespace {

bool same_file(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

}  // namespace

OutputFile::OutputFile(const std::string& output, const std::string& input) : path_(output) {
  if (path_.empty()) {
    file_ = stdout;
    return;
  }
  struct stat out {};
  const bool exists = ::stat(path_.c_str(), &out) == 0;
  if (exists) {
    struct stat in {};
    const bool input_known = !input.empty() && (input == "-" ? ::fstat(STDIN_FILENO, &in) == 0
                                                             : ::stat(input.c_str(), &in) == 0);
    if (input_known && same_file(in, out) && S_ISREG(out.st_mode)) {
      throw UserError(CliMsg::output_is_input, path_);
    }
    if (S_ISDIR(out.st_mode))
      throw UserError(CliText(CliMsg::write_directory, path_), kExitFailure);
    if (!S_ISREG(out.st_mode)) {  // a device, FIFO or terminal: written to, never replaced
      file_ = std::fopen(path_.c_str(), "wb");
      if (!file_) fail(errno);
      return;
    }
    if (::access(path_.c_str(), W_OK) != 0) fail(errno);
  }
  std::error_code error;
  const std::filesystem::path target =
      exists ? std::filesystem::canonical(path_, error) : std::filesystem::path(path_);
  if (error) fail(error.value());
  target_ = target.string();
  const std::filesystem::path folder =
      target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  temp_ = (folder / fmt::format(".{}.tmp-{}", target.filename().string(), getpid())).string();
  const int fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    const int e = errno;
    temp_.clear();
    fail(e);
  }
  // A replaced file keeps its permissions (and, where allowed, its owner).
  if (exists) {
    if (::fchmod(fd, out.st_mode & 07777) != 0 ||
        (::geteuid() == 0 && ::fchown(fd, out.st_uid, out.st_gid) != 0)) {
      const int e = errno;
      ::close(fd);
      fail(e);
    }
  }
  file_ = ::fdopen(fd, "wb");
  if (!file_) {
    const int e = errno;
    ::close(fd);
    fail(e);
  }
}

OutputFile::~OutputFile() {
  if (file_ && file_ != stdout) std::fclose(file_);
  if (!temp_.empty()) std::remove(temp_.c_str());  // not committed: leave nothing behind
}

void OutputFile::write(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) fail(errno);
}

void OutputFile::commit() {
  if (std::fflush(file_) != 0 || std::ferror(file_)) fail(errno);
  if (file_ == stdout) return;
  if (!temp_.empty() && ::fsync(fileno(file_)) != 0) fail(errno);
  const int closed = std::fclose(file_);
  file_ = nullptr;
  if (closed != 0) fail(errno);
  if (temp_.empty()) return;
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) fail(errno);
  temp_.clear();
  // The rename itself is made durable too: the folder's entry is flushed.
  const std::filesystem::path folder = std::filesystem::path(target_).parent_path();
  const int dir = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

void OutputFile::fail(int error) {
  throw UserError(path_.empty() ? CliText(CliMsg::write_stdout_failed, std::strerror(error))
                                : CliText(CliMsg::write_failed, path_, std::strerror(error)),
                  kExitFailure);
}

}  // namespace escalate::cli
