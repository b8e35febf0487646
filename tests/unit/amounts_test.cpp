// Amounts as people type them: the currency sign decides the form, else the
// session's language; a value two forms read differently is refused with both readings.
#include <catch2/catch.hpp>
#include <memory>

#include "answer_checks.hpp"
#include "escalate/loader.hpp"
#include "escalate/locale_format.hpp"

namespace escalate {
namespace amounts_test {

using test::parsed_in;
using test::rejected_in;

// Three number questions: in reais, in dollars, and a plain count; languages en, pt-BR, de.
const RuleSet& rules() {
  static const std::shared_ptr<const RuleSet> loaded = [] {
    const Expected<Loaded> r = load_rules(R"({
      "format": "escalate-rules/1", "id": "amounts", "version": "1", "updated": "2026-11-29",
      "title": {"en": "t", "pt-BR": "t", "de": "t"}, "languages": ["en", "pt-BR", "de"],
      "channels": [{"id": "c", "name": {"en": "c", "pt-BR": "c", "de": "c"},
                    "summary": {"en": "c", "pt-BR": "c", "de": "c"}, "contacts": []}],
      "ladder": ["c"],
      "questions": [
        {"id": "brl", "type": "number", "prompt": {"en": "p", "pt-BR": "p", "de": "p"}, "unit": "BRL"},
        {"id": "usd", "type": "number", "prompt": {"en": "p", "pt-BR": "p", "de": "p"}, "unit": "USD"},
        {"id": "eur", "type": "number", "prompt": {"en": "p", "pt-BR": "p", "de": "p"}, "unit": "EUR"},
        {"id": "count", "type": "number", "prompt": {"en": "p", "pt-BR": "p", "de": "p"}}],
      "steps": [{"id": "s", "channel": "c", "title": {"en": "t", "pt-BR": "t", "de": "t"},
                 "action": {"en": "{brl}{usd}{eur}{count}", "pt-BR": "{brl}{usd}{eur}{count}",
                            "de": "{brl}{usd}{eur}{count}"}}]})");
    if (!r) throw std::runtime_error("amounts fixture does not load");
    return r->rules;
  }();
  return *loaded;
}

double value(const std::string& id, std::string_view text, std::size_t language) {
  return parsed_in(rules(), id, text, language).get<double>();
}

std::string refusal(const std::string& id, std::string_view text, std::size_t language) {
  return rejected_in(rules(), id, text, language);
}

constexpr std::size_t kEn = 0, kPt = 1, kDe = 2;

TEST_CASE("R$ means the Brazilian form in every language", "[answers][amounts]") {
  // Reported: in an English session "R$ 50.000" became R$ 50.00.
  for (std::size_t lang : {kEn, kPt, kDe}) {
    CHECK(value("brl", "R$ 50.000", lang) == 50000);
    CHECK(value("brl", "R$50.000,00", lang) == 50000);
    CHECK(value("brl", "50.000 BRL", lang) == 50000);
    CHECK(value("brl", "r$ 1.234,56", lang) == 1234.56);
    CHECK(value("usd", "US$ 1,500.50", lang) == 1500.5);
    CHECK(value("usd", "$1,500", lang) == 1500);
  }
}

TEST_CASE("without a currency sign the language's form applies", "[answers][amounts]") {
  CHECK(value("brl", "1.500", kPt) == 1500);
  CHECK(value("brl", "1.500", kDe) == 1500);
  CHECK(value("brl", "1,5", kPt) == 1.5);
  CHECK(value("count", "1,500", kEn) == 1500);
  CHECK(value("count", "1.500", kEn) == 1.5);
  CHECK(value("count", "1.500", kPt) == 1500);
  CHECK(value("eur", "1.500", kDe) == 1500);
  CHECK(value("eur", "1.500", kEn) == 1.5);  // the euro is written both ways: the language decides
}

TEST_CASE(
    "an amount the language's form and the currency's form read differently is refused with both "
    "readings",
    "[answers][amounts]") {
  const std::string message = refusal("brl", "50.000", kEn);
  CHECK_THAT(message, Catch::Contains("'50.000'") &&
                          Catch::Contains("50, reading it the English way") &&
                          Catch::Contains("50,000, reading it the Brazilian way (R$)") &&
                          Catch::Contains("Write 50 or R$ 50.000"));
  CHECK_THAT(refusal("brl", "1,500", kEn),
             Catch::Contains("1,500, reading it the English way") &&
                 Catch::Contains("1.5, reading it the Brazilian way") &&
                 Catch::Contains("Write 1500 or R$ 1,500"));
  CHECK_THAT(refusal("brl", "2.500", kEn), Catch::Contains("2.5") && Catch::Contains("2,500"));
  CHECK_THAT(refusal("usd", "1.500", kPt), Catch::Contains("1.500 como se escreve em português") &&
                                               Catch::Contains("1,5 no formato americano (US$)"));
  CHECK_THAT(refusal("usd", "1,500", kDe), Catch::Contains("US-amerikanischer"));
}

TEST_CASE("an amount both forms read alike, or only one form reads, is accepted",
          "[answers][amounts]") {
  CHECK(value("brl", "50000", kEn) == 50000);
  CHECK(value("brl", "50.5", kEn) == 50.5);
  CHECK(value("brl", "1,500.50", kEn) == 1500.5);   // the Brazilian form cannot read it
  CHECK(value("brl", "1.234,56", kEn) == 1234.56);  // the English form cannot read it
  CHECK(value("brl", "1.000.000", kEn) == 1000000);
  CHECK(value("brl", "1.2340", kEn) == 1.234);  // the unambiguous form of 1.234
  CHECK(value("usd", "1.50", kPt) == 1.5);
  CHECK(value("count", "12", kEn) == 12);
}

TEST_CASE("the unambiguous way to write a number never has exactly three decimals",
          "[answers][amounts]") {
  CHECK(unambiguous_number(1500) == "1500");
  CHECK(unambiguous_number(1.5) == "1.5");
  CHECK(unambiguous_number(1.234) == "1.2340");
  CHECK(unambiguous_number(-20) == "-20");
}

}  // namespace amounts_test
}  // namespace escalate
