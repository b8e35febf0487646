// The symbol table: every id found as it was added, the first of a repeated
// id kept, and a name that is not there not found, at any size.
#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "escalate/rules.hpp"

namespace escalate {
namespace symbols_test {

TEST_CASE("every symbol is found by its id, whatever the table's size", "[rules]") {
  Symbols symbols;
  for (std::size_t i = 0; i < 5000; ++i) {
    CHECK(symbols.add(fmt::format("question_{}", i), Symbols::Kind::question, i) ==
          static_cast<int>(i));
  }
  for (std::size_t i = 0; i < 5000; i += 7) {
    const auto found = symbols.find(fmt::format("question_{}", i));
    REQUIRE(found);
    CHECK(symbols.at(*found).index == i);
  }
  CHECK_FALSE(symbols.find("question_5000"));
  CHECK_FALSE(symbols.find(""));
  CHECK_FALSE(symbols.find("question_1 "));
}

TEST_CASE("an id added twice is found as its first symbol", "[rules]") {
  Symbols symbols;
  symbols.add("issue", Symbols::Kind::question, 0);
  symbols.add("fee", Symbols::Kind::fact, 0);
  symbols.add("issue", Symbols::Kind::constant, 3);
  CHECK(symbols.find("issue") == 0);
  CHECK(symbols.find("fee") == 1);
  CHECK(symbols.size() == 3);
}

TEST_CASE("an empty table finds nothing", "[rules]") {
  const Symbols symbols;
  CHECK_FALSE(symbols.find("today"));
}

}  // namespace symbols_test
}  // namespace escalate
