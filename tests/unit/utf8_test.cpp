// UTF-8 helpers: finding the first invalid byte, repairing and escaping it for
// messages, and the columns text takes on a terminal.
#include "escalate/utf8.hpp"

#include <catch2/catch.hpp>

namespace escalate {
namespace utf8_test {

TEST_CASE("the first invalid sequence is found by its byte offset", "[utf8]") {
  CHECK_FALSE(first_invalid_utf8("plain ascii"));
  CHECK_FALSE(first_invalid_utf8("não, Straße, 日本, 🙂"));
  CHECK(first_invalid_utf8("ab\xff") == 2u);
  CHECK(first_invalid_utf8("caf\xc3") == 3u);           // truncated
  CHECK(first_invalid_utf8("\xc0\xaf") == 0u);          // overlong
  CHECK(first_invalid_utf8("x\xed\xa0\x80") == 1u);     // a UTF-16 surrogate
  CHECK(first_invalid_utf8("\xf4\x90\x80\x80") == 0u);  // above U+10FFFF
  CHECK(first_invalid_utf8("\x80") == 0u);              // a stray continuation byte
}

TEST_CASE("invalid bytes are repaired as U+FFFD, or escaped as \\xNN for messages", "[utf8]") {
  CHECK(valid_utf8("a\xffz") == "a\xef\xbf\xbdz");
  CHECK(escape_invalid_utf8("bil\xe9") == "bil\\xe9");
  CHECK(escape_invalid_utf8("não") == "não");
}

TEST_CASE("display width counts terminal columns", "[utf8]") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("não") == 3);
  CHECK(display_width("na\xcc\x83o") == 3);  // n, a + combining tilde, o
  CHECK(display_width("日本") == 4);
  CHECK(display_width("▶ ✓ · •") == 7);
  CHECK(display_width("a\xffz") == 3);  // shown as U+FFFD
  CHECK(display_width("\t") == 0);
}

}  // namespace utf8_test
}  // namespace escalate
