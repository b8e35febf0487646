// Dates, numbers and money written per language, and numbers and dates read
// back the way people type them (locale_format.hpp).
#include "escalate/locale_format.hpp"

#include <catch2/catch.hpp>

#include "rules_support.hpp"

namespace escalate {
namespace locale_format_test {

using test::day;

TEST_CASE("dates are written day-first with slashes in pt, dots in de, ISO in en", "[format]") {
  CHECK(format_date(day("2026-11-29"), "en") == "2026-11-29");
  CHECK(format_date(day("2026-11-29"), "pt-BR") == "29/11/2026");
  CHECK(format_date(day("2026-11-29"), "de") == "29.11.2026");
  CHECK(format_date(day("2026-01-05"), "pt") == "05/01/2026");
  CHECK(format_date(day("2026-01-05"), "de-AT") == "05.01.2026");
  CHECK(format_date(day("0987-03-04"), "de") == "04.03.0987");
}

TEST_CASE("numbers are grouped by thousands with the language's separators", "[format]") {
  CHECK(format_number(1234.5, "en") == "1,234.5");
  CHECK(format_number(1234.5, "pt-BR") == "1.234,5");
  CHECK(format_number(1234.5, "de") == "1.234,5");
  CHECK(format_number(1621, "pt-BR") == "1.621");
  CHECK(format_number(1000000, "en") == "1,000,000");
  CHECK(format_number(999, "en") == "999");
  CHECK(format_number(-1234567.891, "en") == "-1,234,567.89");
  CHECK(format_number(0, "de") == "0");
}

TEST_CASE("numbers show at most the given decimals, trailing zeros dropped", "[format]") {
  CHECK(format_number(2.345678, "en") == "2.35");
  CHECK(format_number(2.50, "en") == "2.5");
  CHECK(format_number(2.999, "pt-BR") == "3");
  CHECK(format_number(2.6, "en", 0) == "3");
  CHECK(format_number(1.23456, "de", 4) == "1,2346");
  CHECK(format_number(-0.001, "en") == "0");  // no "-0"
}

TEST_CASE("money always shows cents, with the currency where the language puts it", "[format]") {
  CHECK(format_money(1621, "BRL", "pt-BR") == "R$ 1.621,00");
  CHECK(format_money(1621, "BRL", "de") == "1.621,00 R$");  // German puts the sign after
  CHECK(format_money(1621, "BRL", "en") == "R$ 1,621.00");
  CHECK(format_money(1621.5, "BRL", "pt-BR") == "R$ 1.621,50");
  CHECK(format_money(0.05, "BRL", "pt-BR") == "R$ 0,05");
  CHECK(format_money(0, "BRL", "en") == "R$ 0.00");
  CHECK(format_money(10, "USD", "en") == "US$ 10.00");
  CHECK(format_money(10, "USD", "de") == "10,00 US$");
  CHECK(format_money(1234.5, "EUR", "pt-BR") == "1.234,50 €");
  CHECK(format_money(1234.5, "EUR", "de") == "1.234,50 €");
  CHECK(format_money(1234.5, "EUR", "en") == "€1,234.50");
  // other units follow the number as written by format_number
  CHECK(format_money(2.5, "kg", "pt-BR") == "2,5 kg");
}

TEST_CASE("numbers are read in the plain form in every language", "[format]") {
  for (const char* lang : {"en", "pt-BR", "de"}) {
    INFO(lang);
    CHECK(parse_number("1234.56", lang) == 1234.56);
    CHECK(parse_number("-3", lang) == -3.0);
    CHECK(parse_number("+2", lang) == 2.0);
    CHECK(parse_number("1e3", lang) == 1000.0);
    CHECK(parse_number("  42 ", lang) == 42.0);
  }
}

TEST_CASE("numbers are read in the language's own form", "[format]") {
  CHECK(parse_number("1.234,56", "pt-BR") == 1234.56);
  CHECK(parse_number("1.234.567,5", "de") == 1234567.5);
  CHECK(parse_number("1,234.56", "en") == 1234.56);
  CHECK(parse_number("1,234,567", "en") == 1234567.0);
  CHECK(parse_number("0,5", "pt-BR") == 0.5);
  CHECK(parse_number("1 234,56", "pt-BR") == 1234.56);
  CHECK(parse_number("-1.234,5", "de") == -1234.5);
  // "1.234" in pt-BR is the grouped thousand, not one point two three four
  CHECK(parse_number("1.234", "pt-BR") == 1234.0);
  // not grouped by threes: read as the plain form
  CHECK(parse_number("1.5", "pt-BR") == 1.5);
}

TEST_CASE("a leading currency symbol or a trailing unit is ignored when reading numbers",
          "[format]") {
  CHECK(parse_number("R$ 1.621,00", "pt-BR") == 1621.0);
  CHECK(parse_number("R$1.621,00", "pt-BR") == 1621.0);
  CHECK(parse_number("1.621,00 BRL", "pt-BR") == 1621.0);
  CHECK(parse_number("US$ 10.50", "en") == 10.5);
  CHECK(parse_number("€ 12,50", "de") == 12.5);
  CHECK(parse_number("12,50 €", "de") == 12.5);
}

TEST_CASE("text that is not a number in the language is not read as one", "[format]") {
  CHECK_FALSE(parse_number("", "en"));
  CHECK_FALSE(parse_number("R$", "pt-BR"));
  CHECK_FALSE(parse_number("abc", "en"));
  CHECK_FALSE(parse_number("12abc", "en"));
  CHECK_FALSE(parse_number("1.234,56", "en"));
  CHECK_FALSE(parse_number("1,234.56", "pt-BR"));
  CHECK_FALSE(parse_number("1,23", "en"));
  CHECK_FALSE(parse_number("1.2.3", "en"));
  CHECK_FALSE(parse_number("1,2,3", "de"));
  CHECK_FALSE(parse_number("1e999", "en"));  // not finite
}

TEST_CASE("dates are read as YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY", "[format]") {
  CHECK(parse_date("2026-11-29") == day("2026-11-29"));
  CHECK(parse_date("29/11/2026") == day("2026-11-29"));
  CHECK(parse_date("29.11.2026") == day("2026-11-29"));
  CHECK(parse_date(" 01.02.2024 ") == day("2024-02-01"));
  CHECK(parse_date("29/02/2024") == day("2024-02-29"));
}

TEST_CASE("malformed and impossible dates are not read", "[format]") {
  for (const char* text :
       {"", "2026-11-31", "31/11/2026", "29/02/2026", "29-11-2026", "2026/11/29", "29/11.2026",
        "1/2/2026", "29/11/26", "aa/bb/cccc", "2026-1-5", "today"}) {
    INFO(text);
    CHECK_FALSE(parse_date(text));
  }
}

}  // namespace locale_format_test
}  // namespace escalate
