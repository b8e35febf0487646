// Weekends, fixed and Easter-relative holidays, and business-day counting.
#include "escalate/calendar.hpp"

#include <cstdlib>

namespace escalate {

bool Holiday::falls_on(Date date) const {
  const int year = date.year();
  if (from_year && year < *from_year) return false;
  if (until_year && year > *until_year) return false;
  if (easter_offset) {
    // A large offset can reach into the year before or after that Easter.
    for (int easter_year = year - 1; easter_year <= year + 1; ++easter_year) {
      if (easter_year >= 1 && easter_year <= 9999 && easter_sunday(easter_year).plus_days(*easter_offset) == date) {
        return true;
      }
    }
    return false;
  }
  return date.month() == month && date.day() == day;
}

Calendar::Calendar() : Calendar({6, 7}, {}) {}

Calendar::Calendar(std::vector<int> weekend_iso_days, std::vector<Holiday> holidays)
    : holidays_(std::move(holidays)) {
  for (int d : weekend_iso_days) {
    if (d >= 1 && d <= 7) weekend_[static_cast<std::size_t>(d)] = true;
  }
}

bool Calendar::is_weekend(Date date) const {
  return weekend_[static_cast<std::size_t>(date.iso_weekday())];
}

bool Calendar::is_holiday(Date date) const {
  for (const Holiday& h : holidays_) {
    if (h.falls_on(date)) return true;
  }
  return false;
}

std::optional<Date> Calendar::add_business_days(Date from, std::int64_t n) const {
  // A week with no working day at all would never finish; it is rejected at load,
  // but the guard keeps a hand-built calendar from looping.
  bool any_workday = false;
  for (int d = 1; d <= 7; ++d) any_workday = any_workday || !weekend_[static_cast<std::size_t>(d)];
  if (!any_workday && n != 0) return std::nullopt;
  const int step = n < 0 ? -1 : 1;
  Date date = from;
  // Holidays are at most a few dozen a year; bound the walk to stay safe on odd calendars.
  std::int64_t remaining = std::llabs(n);
  std::int64_t walked = 0;
  const std::int64_t limit = remaining * 7 + 3700;
  while (remaining > 0) {
    date = date.plus_days(step);
    if (++walked > limit || date.year() < 1 || date.year() > 9999) return std::nullopt;
    if (is_business_day(date)) --remaining;
  }
  return date;
}

std::int64_t Calendar::business_days_between(Date from, Date to) const {
  if (from == to) return 0;
  const bool forward = from < to;
  Date lo = forward ? from : to;
  const Date hi = forward ? to : from;
  std::int64_t count = 0;
  while (lo < hi) {
    lo = lo.plus_days(1);
    if (is_business_day(lo)) ++count;
  }
  return forward ? count : -count;
}

}  // namespace escalate
