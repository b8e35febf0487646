// Fuzzes the command line itself: the input is the program's argv (words apart
// at NUL bytes) after a first byte that chooses the help language and how it is
// given (--lang, or LC_ALL). Any word of any length must end in an exit code,
// never a crash: parse errors quote the user's words (a 40 KB argument once
// overflowed std::regex). The program runs in a fresh temporary folder with
// standard input and output on /dev/null; words holding '/' are not run, so the
// program can neither read nor write outside that folder. libFuzzer's own paths
// (corpus folders, the input to replay, -artifact_prefix=...) are made absolute
// before the move, so `fuzz_cli crash.bin` and relative corpus folders still work.
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "app.hpp"

namespace {

// Keeps `text` alive for the rest of the run (argv points into it).
char* keep(std::string text) {
  static std::deque<std::string> kept;  // push_back keeps earlier elements in place
  kept.push_back(std::move(text));
  return kept.back().data();
}

// `path` made absolute against the current folder.
std::string absolute(std::string_view path) {
  if (path.empty() || path.front() == '/') return std::string{path};
  std::array<char, PATH_MAX> here{};
  if (getcwd(here.data(), here.size()) == nullptr) std::abort();
  return std::string{here.data()} + "/" + std::string{path};
}

// Rewrites libFuzzer's path arguments in place: positional ones (corpus folders,
// inputs) and the flags that name a file or a prefix.
void make_paths_absolute(int argc, char** argv) {
  static constexpr std::array<std::string_view, 4> kPathFlags{
      "-artifact_prefix=", "-exact_artifact_path=", "-dict=", "-features_dir="};
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg{argv[i]};
    if (arg.empty()) continue;
    if (arg.front() != '-') {
      argv[i] = keep(absolute(arg));
      continue;
    }
    for (const std::string_view flag : kPathFlags) {
      if (arg.substr(0, flag.size()) != flag) continue;
      argv[i] = keep(std::string{flag} + absolute(arg.substr(flag.size())));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  make_paths_absolute(*argc, *argv);
  static char folder[] = "/tmp/escalate-fuzz-cli-XXXXXX";
  if (!mkdtemp(folder) || chdir(folder) != 0) std::abort();
  std::atexit([] {
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
  });
  const int null = open("/dev/null", O_RDWR);
  if (null < 0 || dup2(null, STDIN_FILENO) < 0 || dup2(null, STDOUT_FILENO) < 0) std::abort();
  setenv("TZ", "UTC", 1);
  unsetenv("LANG");
  unsetenv("LC_MESSAGES");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static constexpr std::array<const char*, 3> kLanguages{"en", "pt-BR", "de"};
  static constexpr std::array<const char*, 3> kLocales{"C.UTF-8", "pt_BR.UTF-8", "de_DE.UTF-8"};
  const std::size_t language = data[0] % kLanguages.size();
  const bool by_locale = (data[0] & 0x80) != 0;

  std::vector<std::string> words{"escalate"};
  if (by_locale) {
    setenv("LC_ALL", kLocales[language], 1);
  } else {
    unsetenv("LC_ALL");
    words.emplace_back("--lang");
    words.emplace_back(kLanguages[language]);
  }
  std::string word;
  for (std::size_t i = 1; i <= size; ++i) {
    if (i == size || data[i] == 0) {
      if (word.find('/') != std::string::npos) return 0;
      words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(static_cast<char>(data[i]));
    }
  }
  if (words.size() > 64) return 0;  // the shell's limit is far above; this keeps runs quick

  std::vector<char*> argv;
  argv.reserve(words.size() + 1);
  for (std::string& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  escalate::cli::run(static_cast<int>(words.size()), argv.data());
  return 0;
}
