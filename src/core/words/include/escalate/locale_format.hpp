// Dates, numbers and money as each language writes them, and reading numbers
// and dates back the way people type them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "escalate/date.hpp"

namespace escalate {

// 2026-11-29 (en), 29/11/2026 (pt), 29.11.2026 (de).
std::string format_date(Date date, std::string_view language);
// 1,234.5 (en), 1.234,5 (pt, de); at most `max_decimals` decimals, trailing zeros dropped.
std::string format_number(double value, std::string_view language, int max_decimals = 2);
// R$ 1.621,00 (pt), R$ 1,621.00 (en), 1.621,00 R$ (de) for BRL; likewise US$;
// €1,621.00 (en), 1.621,00 € (pt, de); other units follow the number.
std::string format_money(double value, std::string_view unit, std::string_view language);

// How a language writes numbers: a decimal point (1,234.5) or comma (1.234,5).
enum class NumberForm { point, comma };
NumberForm number_form(std::string_view language);
// The form of a currency's home country: BRL the comma, USD the point; none for
// others (EUR is written both ways across the euro area) and for plain units.
std::optional<NumberForm> currency_form(std::string_view unit);

// A number as a person typed it, for a question with `unit`:
// - R$ or BRL (before or after it) means the Brazilian form, US$, $ or USD the
//   US form, in any language; € and EUR are removed and say nothing;
// - otherwise the language's form applies, or the plain form (1234.56, 1e3);
// - when the unit is a currency whose form differs from the language's and the
//   two forms read the text differently (50.000 in English for BRL), the result
//   is ambiguous with both readings, so nobody's amount is silently misread.
struct NumberReading {
  enum class Kind { invalid, number, ambiguous };
  Kind kind = Kind::invalid;
  double value = 0;  // the reading; when ambiguous, the language's form
  double other = 0;  // ambiguous: the currency's form
};
NumberReading read_number(std::string_view text, std::string_view language,
                          std::string_view unit = {});
// read_number without a unit: a number when there is one reading.
std::optional<double> parse_number(std::string_view text, std::string_view language);
// How to write `value` so that every form reads it the same: digits without
// grouping, a decimal point, never exactly three decimals (1500, 1.5, 1.2340).
std::string unambiguous_number(double value);
// YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY.
std::optional<Date> parse_date(std::string_view text);

}  // namespace escalate
