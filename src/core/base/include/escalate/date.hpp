// Calendar dates without time zones, years 1 to 9999: ISO "YYYY-MM-DD" parsing
// and formatting and day arithmetic on the proleptic Gregorian calendar (<chrono>).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace escalate {

class Date {
 public:
  constexpr Date() = default;
  // Days since 1970-01-01.
  static constexpr Date from_days(std::int64_t days) { return Date(days); }
  static std::optional<Date> from_ymd(int year, int month, int day);
  // Accepts exactly "YYYY-MM-DD" naming an existing day (years 0001-9999).
  static std::optional<Date> parse_iso(std::string_view text);

  constexpr std::int64_t days() const { return days_; }
  // Whether the date lies in the years 1 to 9999. Day arithmetic can leave
  // them; every other member expects a date that has not.
  constexpr bool in_range() const { return days_ >= kFirstDay && days_ <= kLastDay; }
  int year() const;
  int month() const;
  int day() const;
  // ISO weekday: Monday 1 ... Sunday 7.
  int iso_weekday() const;
  std::string iso() const;

  Date plus_days(std::int64_t n) const { return Date(days_ + n); }
  // Adds calendar months, clamping to the last day of the target month; none
  // when the result would leave the years 1 to 9999.
  std::optional<Date> plus_months(std::int64_t n) const;

  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  static constexpr std::int64_t kFirstDay = -719162;  // 0001-01-01
  static constexpr std::int64_t kLastDay = 2932896;   // 9999-12-31
  constexpr explicit Date(std::int64_t days) : days_(days) {}
  std::int64_t days_ = 0;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
// Western (Gregorian) Easter Sunday of the year (years 1 to 9999 are computed once, then looked
// up).
Date easter_sunday(int year);

}  // namespace escalate
