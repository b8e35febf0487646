// Language-specific writing of dates, numbers and money, and lenient reading
// of numbers and dates as typed by people.
#include "escalate/locale_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "escalate/typed_text.hpp"
#include "escalate/utf8.hpp"

namespace escalate {
namespace {

std::string primary(std::string_view language) {
  return std::string(language.substr(0, language.find('-')));
}

bool comma_decimal(std::string_view language) {
  const std::string p = primary(language);
  return p == "pt" || p == "de" || p == "es" || p == "fr" || p == "it";
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "1.234.567" with `separator` '.': groups of three after the first.
bool valid_grouping(std::string_view s, char separator) {
  std::vector<std::string_view> groups;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = s.find(separator, start);
    groups.push_back(s.substr(start, at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  if (groups.size() < 2 || groups[0].empty() || groups[0].size() > 3 || !all_digits(groups[0]))
    return false;
  for (std::size_t i = 1; i < groups.size(); ++i) {
    if (groups[i].size() != 3 || !all_digits(groups[i])) return false;
  }
  return true;
}

std::optional<double> parse_plain(const std::string& s) {
  if (s.empty()) return std::nullopt;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'))
      return std::nullopt;
  }
  char* end = nullptr;
  const double value = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

std::string format_date(Date date, std::string_view language) {
  const std::string p = primary(language);
  if (p == "pt" || p == "es" || p == "fr" || p == "it") {
    return fmt::format("{:02}/{:02}/{:04}", date.day(), date.month(), date.year());
  }
  if (p == "de") return fmt::format("{:02}.{:02}.{:04}", date.day(), date.month(), date.year());
  return date.iso();
}

std::string format_number(double value, std::string_view language, int max_decimals) {
  const bool negative = value < 0;
  std::string digits = fmt::format("{:.{}f}", std::fabs(value), max_decimals);
  std::string whole = digits.substr(0, digits.find('.'));
  std::string fraction =
      digits.find('.') == std::string::npos ? "" : digits.substr(digits.find('.') + 1);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  const char thousands = comma_decimal(language) ? '.' : ',';
  const char decimal = comma_decimal(language) ? ',' : '.';
  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += thousands;
    grouped += whole[i];
  }
  if (!fraction.empty()) grouped += decimal + fraction;
  if (negative && grouped != "0") grouped.insert(grouped.begin(), '-');
  return grouped;
}

std::string format_money(double value, std::string_view unit, std::string_view language) {
  if (unit != "BRL" && unit != "USD" && unit != "EUR")
    return fmt::format("{} {}", format_number(value, language), unit);
  std::string number = format_number(value, language, 2);
  // Money always shows its cents.
  const char decimal = comma_decimal(language) ? ',' : '.';
  const auto point = number.find(decimal);
  if (point == std::string::npos) {
    number += decimal;
    number += "00";
  } else if (number.size() - point == 2) {
    number += '0';
  }
  // German writes the sign after the amount (32.420,00 R$); English and
  // Portuguese before it, the euro after it in Portuguese.
  const std::string_view sign = unit == "BRL" ? "R$" : unit == "USD" ? "US$" : "€";
  const std::string lang{primary(language)};
  if (lang == "de" || (unit == "EUR" && lang != "en")) return fmt::format("{} {}", number, sign);
  return unit == "EUR" ? fmt::format("{}{}", sign, number) : fmt::format("{} {}", sign, number);
}

namespace {

// A leading or trailing currency sign or code, removed; R$ and BRL mean the
// Brazilian form and US$, $ and USD the US form in any language; € and EUR
// say nothing about the form (it differs across the euro area).
struct Stripped {
  std::string text;
  std::optional<NumberForm> form;
};

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_ascii_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_lower(s[i]) != ascii_lower(prefix[i])) return false;
  }
  return true;
}

Stripped strip_currency(std::string_view text) {
  struct Mark {
    std::string_view text;
    std::optional<NumberForm> form;
  };
  static const Mark kMarks[] = {{"R$", NumberForm::comma},  {"BRL", NumberForm::comma},
                                {"US$", NumberForm::point}, {"USD", NumberForm::point},
                                {"$", NumberForm::point},   {"€", std::nullopt},
                                {"EUR", std::nullopt}};
  Stripped out{trim(text), std::nullopt};
  for (const Mark& mark : kMarks) {
    if (starts_with_ascii_ci(out.text, mark.text)) {
      out.text = trim(std::string_view(out.text).substr(mark.text.size()));
      out.form = mark.form;
      break;
    }
    if (out.text.size() >= mark.text.size() &&
        starts_with_ascii_ci(std::string_view(out.text).substr(out.text.size() - mark.text.size()),
                             mark.text)) {
      out.text = trim(std::string_view(out.text).substr(0, out.text.size() - mark.text.size()));
      out.form = mark.form;
      break;
    }
  }
  return out;
}

// The text (without currency) in one form: grouped thousands and the form's
// decimal mark, or the plain form (1234.56, 1e3) when it is not grouped.
std::optional<double> parse_in_form(std::string s, NumberForm form) {
  std::erase(s, ' ');
  if (s.empty()) return std::nullopt;
  std::string sign;
  if (s[0] == '-' || s[0] == '+') {
    sign = s.substr(0, 1);
    s.erase(0, 1);
  }
  const char thousands = form == NumberForm::comma ? '.' : ',';
  const char decimal = form == NumberForm::comma ? ',' : '.';
  const auto decimal_at = s.find(decimal);
  std::string whole = s.substr(0, decimal_at);
  std::string fraction = decimal_at == std::string::npos ? "" : s.substr(decimal_at + 1);
  if (whole.find(thousands) != std::string::npos) {
    if (!valid_grouping(whole, thousands)) {
      // Not the form's grouping: maybe the plain form (1234.56 typed in pt-BR).
      return decimal_at == std::string::npos ? parse_plain(sign + s) : std::nullopt;
    }
    std::erase(whole, thousands);
  }
  if (decimal_at != std::string::npos) {
    if (!all_digits(fraction) || (!whole.empty() && !all_digits(whole))) return std::nullopt;
    return parse_plain(sign + (whole.empty() ? "0" : whole) + "." + fraction);
  }
  return parse_plain(sign + whole);
}

}  // namespace

NumberForm number_form(std::string_view language) {
  return comma_decimal(language) ? NumberForm::comma : NumberForm::point;
}

std::optional<NumberForm> currency_form(std::string_view unit) {
  if (unit == "BRL") return NumberForm::comma;
  if (unit == "USD") return NumberForm::point;
  return std::nullopt;
}

NumberReading read_number(std::string_view text, std::string_view language, std::string_view unit) {
  const Stripped stripped = strip_currency(text);
  if (stripped.form) {
    const auto value = parse_in_form(stripped.text, *stripped.form);
    return value ? NumberReading{NumberReading::Kind::number, *value, 0} : NumberReading{};
  }
  const NumberForm session = number_form(language);
  const auto value = parse_in_form(stripped.text, session);
  const auto home = currency_form(unit);
  if (home && *home != session) {
    const auto other = parse_in_form(stripped.text, *home);
    if (value && other && *value != *other) return {NumberReading::Kind::ambiguous, *value, *other};
    if (!value && other)
      return {NumberReading::Kind::number, *other, 0};  // the only reading there is
  }
  return value ? NumberReading{NumberReading::Kind::number, *value, 0} : NumberReading{};
}

std::optional<double> parse_number(std::string_view text, std::string_view language) {
  const NumberReading reading = read_number(text, language);
  if (reading.kind != NumberReading::Kind::number) return std::nullopt;
  return reading.value;
}

std::string unambiguous_number(double value) {
  if (std::trunc(value) == value && std::fabs(value) < 1e15) return fmt::format("{:.0f}", value);
  std::string plain = fmt::format("{}", value);
  const auto point = plain.find('.');
  // Exactly three decimals would read as grouped thousands in the comma form.
  if (point != std::string::npos && plain.find('e') == std::string::npos &&
      plain.size() - point - 1 == 3)
    plain += '0';
  return plain;
}

std::optional<Date> parse_date(std::string_view text) {
  const std::string s = trim(text);
  if (auto iso = Date::parse_iso(s)) return iso;
  if (s.size() == 10 && (s[2] == '/' || s[2] == '.') && s[5] == s[2]) {
    return Date::parse_iso(fmt::format("{}-{}-{}", s.substr(6, 4), s.substr(3, 2), s.substr(0, 2)));
  }
  return std::nullopt;
}

}  // namespace escalate
