// Civil-date arithmetic after Howard Hinnant's days_from_civil / civil_from_days,
// and Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
#include "escalate/date.hpp"

#include <fmt/format.h>

namespace escalate {
namespace {

struct Ymd {
  int year;
  int month;
  int day;
};

std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 +
                       static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

Ymd civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return Date(days_from_civil(year, month, day));
}

std::optional<Date> Date::parse_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!is_digit(text[i])) return std::nullopt;
  }
  auto number = [&](std::size_t from, std::size_t len) {
    int value = 0;
    for (std::size_t i = from; i < from + len; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  return from_ymd(number(0, 4), number(5, 2), number(8, 2));
}

int Date::year() const { return civil_from_days(days_).year; }
int Date::month() const { return civil_from_days(days_).month; }
int Date::day() const { return civil_from_days(days_).day; }

int Date::iso_weekday() const {
  // 1970-01-01 was a Thursday (ISO 4).
  const std::int64_t r = ((days_ + 3) % 7 + 7) % 7;
  return static_cast<int>(r) + 1;
}

std::string Date::iso() const {
  const Ymd ymd = civil_from_days(days_);
  return fmt::format("{:04}-{:02}-{:02}", ymd.year, ymd.month, ymd.day);
}

Date Date::plus_months(std::int64_t n) const {
  const Ymd ymd = civil_from_days(days_);
  const std::int64_t total = static_cast<std::int64_t>(ymd.year) * 12 + (ymd.month - 1) + n;
  const auto year = static_cast<int>(total >= 0 ? total / 12 : (total - 11) / 12);
  const auto month = static_cast<int>(total - static_cast<std::int64_t>(year) * 12) + 1;
  const int day = std::min(ymd.day, days_in_month(year, month));
  return Date(days_from_civil(year, month, day));
}

Date easter_sunday(int year) {
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date::from_days(days_from_civil(year, month, day));
}

}  // namespace escalate
