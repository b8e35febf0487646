// Fuzzes the command line itself: the input is the program's argv (words apart
// at NUL bytes) after a first byte that chooses the help language and how it is
// given (--lang, or LC_ALL). Any word of any length must end in an exit code,
// never a crash: parse errors quote the user's words (a 40 KB argument once
// overflowed std::regex). The program runs in a fresh temporary folder with
// standard input and output on /dev/null; words holding '/' are not run, so the
// program can neither read nor write outside that folder.
#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "app.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  char folder[] = "/tmp/escalate-fuzz-cli-XXXXXX";
  if (!mkdtemp(folder) || chdir(folder) != 0) std::abort();
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
