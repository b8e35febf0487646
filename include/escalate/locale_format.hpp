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
// R$ 1.621,00 (pt, de), R$ 1,621.00 (en) for BRL, USD and EUR; other units follow the number.
std::string format_money(double value, std::string_view unit, std::string_view language);

// The plain form (1234.56, -3, 1e3) or the language's form (1.234,56 in pt and
// de, 1,234.56 in en); a leading currency symbol or unit is ignored.
std::optional<double> parse_number(std::string_view text, std::string_view language);
// YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY.
std::optional<Date> parse_date(std::string_view text);

}  // namespace escalate
