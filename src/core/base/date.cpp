// Civil-date arithmetic on <chrono>'s calendar (year_month_day, sys_days), and
// Western Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher),
// computed once for every year 1 to 9999 and then looked up.
#include "escalate/date.hpp"

#include <fmt/format.h>

#include <array>
#include <chrono>

namespace escalate {
namespace {

namespace ch = std::chrono;

constexpr int kFirstYear = 1;
constexpr int kLastYear = 9999;

ch::year_month_day civil(std::int64_t days) {
  return ch::year_month_day{ch::sys_days{ch::days{days}}};
}

std::int64_t days_of(const ch::year_month_day& ymd) {
  return ch::sys_days{ymd}.time_since_epoch().count();
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

Date compute_easter(int year) {
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
  return *Date::from_ymd(year, month, day);
}

}  // namespace

bool is_leap_year(int year) { return ch::year{year}.is_leap(); }

int days_in_month(int year, int month) {
  const ch::year_month_day_last last{ch::year{year},
                                     ch::month_day_last{ch::month{static_cast<unsigned>(month)}}};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (year < kFirstYear || year > kLastYear || month < 1 || month > 12 || day < 1 || day > 31)
    return std::nullopt;
  const ch::year_month_day ymd{ch::year{year}, ch::month{static_cast<unsigned>(month)},
                               ch::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  return Date(days_of(ymd));
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

int Date::year() const { return static_cast<int>(civil(days_).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(civil(days_).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(civil(days_).day())); }

int Date::iso_weekday() const {
  return static_cast<int>(ch::weekday{ch::sys_days{ch::days{days_}}}.iso_encoding());
}

std::string Date::iso() const {
  const ch::year_month_day ymd = civil(days_);
  const int year = static_cast<int>(ymd.year());
  if (year >= 0 && year <= 9999) {  // the common case, without a format string
    const auto month = static_cast<unsigned>(ymd.month());
    const auto day = static_cast<unsigned>(ymd.day());
    std::string text = "0000-00-00";
    for (int i = 3, y = year; i >= 0; --i, y /= 10)
      text[static_cast<std::size_t>(i)] += static_cast<char>(y % 10);
    text[5] += static_cast<char>(month / 10);
    text[6] += static_cast<char>(month % 10);
    text[8] += static_cast<char>(day / 10);
    text[9] += static_cast<char>(day % 10);
    return text;
  }
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::optional<Date> Date::plus_months(std::int64_t n) const {
  const ch::year_month_day ymd = civil(days_);
  // In whole months since year 0, so that no chrono type sees a year out of its range.
  const std::int64_t total = static_cast<std::int64_t>(static_cast<int>(ymd.year())) * 12 +
                             (static_cast<unsigned>(ymd.month()) - 1) + n;
  const std::int64_t year = total >= 0 ? total / 12 : (total - 11) / 12;
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  const auto month = static_cast<unsigned>(total - year * 12) + 1;
  const ch::year_month target{ch::year{static_cast<int>(year)}, ch::month{month}};
  const ch::year_month_day_last last{target.year(), ch::month_day_last{target.month()}};
  const ch::day day = std::min(ymd.day(), last.day());  // 31 January + 1 month = 28 or 29 February
  return Date(days_of(ch::year_month_day{target.year(), target.month(), day}));
}

Date easter_sunday(int year) {
  static const std::array<Date, kLastYear + 1> table = [] {
    std::array<Date, kLastYear + 1> all{};
    for (int y = kFirstYear; y <= kLastYear; ++y)
      all[static_cast<std::size_t>(y)] = compute_easter(y);
    return all;
  }();
  if (year < kFirstYear || year > kLastYear) return compute_easter(year);
  return table[static_cast<std::size_t>(year)];
}

}  // namespace escalate
