// libedit for the session's lines at a terminal. libedit reads through
// read_char below, so that Ctrl-C (SIGINT, installed by the session without
// SA_RESTART) ends the read at once instead of being retried, and so that the
// bytes typed are decoded as UTF-8 whatever the locale.
#include <histedit.h>
#include <langinfo.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstring>
#include <string_view>

#include "line_editor.hpp"

namespace escalate::cli {
namespace {

const volatile std::sig_atomic_t* interrupted_flag = nullptr;  // the session's, set by read()
bool interrupt_requested() { return interrupted_flag && *interrupted_flag; }

// One character for libedit: 1 when read, 0 at the end of input, -1 on an
// error or Ctrl-C. Bytes that are not UTF-8 are read one by one as U+FFFD.
int read_char(EditLine*, wchar_t* out) {
  unsigned char bytes[4];
  std::size_t have = 0, need = 1;
  while (have < need) {
    if (interrupt_requested()) return -1;
    const ssize_t n = ::read(STDIN_FILENO, bytes + have, 1);
    if (n == 0) return have == 0 ? 0 : (*out = 0xFFFD, 1);
    if (n < 0) {
      if (errno == EINTR && !interrupt_requested()) continue;
      return -1;
    }
    if (have == 0) {
      const unsigned char b = bytes[0];
      need = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
      if (need == 0) return (*out = 0xFFFD, 1);
    } else if ((bytes[have] & 0xC0) != 0x80) {
      return (*out = 0xFFFD, 1);  // the byte after is lost; a terminal does not send this
    }
    ++have;
  }
  char32_t c = need == 1 ? bytes[0] : bytes[0] & (0x7F >> need);
  for (std::size_t i = 1; i < need; ++i) c = (c << 6) | (bytes[i] & 0x3F);
  *out = static_cast<wchar_t>(c);
  return 1;
}

// The prompt libedit shows; kept in the editor's client data.
const char* prompt_of(EditLine* el) {
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  return data ? static_cast<const std::string*>(data)->c_str() : "";
}

// The prompt with each escape sequence (colour) marked for libedit, which
// does not count what lies between two '\1' as taking room on the line.
std::string marked_prompt(std::string_view prompt) {
  std::string marked;
  for (std::size_t i = 0; i < prompt.size(); ++i) {
    if (prompt[i] != '\x1b') {
      marked += prompt[i];
      continue;
    }
    std::size_t end = i + 1;
    if (end < prompt.size() && prompt[end] == '[') {
      ++end;
      while (end < prompt.size() && !(prompt[end] >= '@' && prompt[end] <= '~')) ++end;
    }
    marked += '\1';
    marked.append(prompt.substr(i, end + 1 - i));
    marked += '\1';
    i = end;
  }
  return marked;
}

// libedit shows and measures characters by the locale's character type: it
// must be UTF-8, as the session is. The environment's if it is, else C.UTF-8.
bool utf8_characters() {
  const auto is_utf8 = [] {
    const char* codeset = nl_langinfo(CODESET);
    return codeset && (std::strcmp(codeset, "UTF-8") == 0 || std::strcmp(codeset, "utf8") == 0);
  };
  if (std::setlocale(LC_CTYPE, "") && is_utf8()) return true;
  return std::setlocale(LC_CTYPE, "C.UTF-8") && is_utf8();
}

class Libedit final : public LineEditor {
 public:
  explicit Libedit(std::FILE* out) {
    el_ = el_init("escalate", stdin, out, out);
    hist_ = history_init();
    if (!el_ || !hist_) return;
    HistEvent event;
    history(hist_, &event, H_SETSIZE, 200);
    history(hist_, &event, H_SETUNIQUE, 1);
    el_set(el_, EL_EDITOR, "emacs");
    el_set(el_, EL_HIST, history, hist_);
    el_set(el_, EL_CLIENTDATA, static_cast<void*>(&prompt_));
    el_set(el_, EL_PROMPT_ESC, prompt_of, '\1');
    el_set(el_, EL_GETCFN, read_char);
    el_source(el_, nullptr);  // the person's ~/.editrc, as every libedit program reads
  }
  ~Libedit() override {
    if (hist_) history_end(hist_);
    if (el_) el_end(el_);
  }
  Libedit(const Libedit&) = delete;
  Libedit& operator=(const Libedit&) = delete;
  bool ready() const { return el_ && hist_; }

  std::optional<std::string> read(const std::string& prompt,
                                  const volatile std::sig_atomic_t& flag) override {
    interrupted_flag = &flag;
    prompt_ = marked_prompt(prompt);
    int count = 0;
    const char* got = el_gets(el_, &count);
    if (interrupt_requested() || !got || count <= 0) return std::nullopt;
    std::string line(got, static_cast<std::size_t>(count));
    if (!line.empty() && line.back() == '\n') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) {
      HistEvent event;
      history(hist_, &event, H_ENTER, line.c_str());
    }
    return line;
  }

 private:
  EditLine* el_ = nullptr;
  History* hist_ = nullptr;
  std::string prompt_;  // what prompt_of() shows
};

}  // namespace

std::unique_ptr<LineEditor> LineEditor::open(std::FILE* out) {
  if (!utf8_characters()) return nullptr;
  auto editor = std::make_unique<Libedit>(out);
  if (!editor->ready()) return nullptr;
  return editor;
}

}  // namespace escalate::cli
