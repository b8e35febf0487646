// Weekends, fixed and Easter-relative holidays, and business-day counting.
#include "escalate/calendar.hpp"

#include <algorithm>
#include <cstdlib>

namespace escalate {

bool Holiday::falls_on(Date date) const {
  const int year = date.year();
  if (from_year && year < *from_year) return false;
  if (until_year && year > *until_year) return false;
  if (easter_offset) {
    // A large offset can reach into the year before or after that Easter.
    for (int easter_year = year - 1; easter_year <= year + 1; ++easter_year) {
      if (easter_year >= 1 && easter_year <= 9999 &&
          easter_sunday(easter_year).plus_days(*easter_offset) == date) {
        return true;
      }
    }
    return false;
  }
  return date.month() == month && date.day() == day;
}

bool Period::covers(Date date) const {
  const int day_of_year = date.month() * 100 + date.day();
  const int from = from_month * 100 + from_day;
  const int until = until_month * 100 + until_day;
  // The year the occurrence holding `date` started in.
  int start_year = date.year();
  if (crosses_year_end()) {
    if (day_of_year > until && day_of_year < from) return false;
    if (day_of_year <= until) --start_year;  // January of a period that began in December
  } else if (day_of_year < from || day_of_year > until) {
    return false;
  }
  return !(from_year && start_year < *from_year) && !(until_year && start_year > *until_year);
}

Calendar::Calendar() : Calendar({6, 7}, {}) {}

Calendar::Calendar(const std::vector<int>& weekend_iso_days, std::vector<Holiday> holidays,
                   std::vector<Period> periods)
    : holidays_(std::move(holidays)), periods_(std::move(periods)) {
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

bool Calendar::in_period(Date date) const {
  return std::any_of(periods_.begin(), periods_.end(),
                     [&](const Period& p) { return p.covers(date); });
}

std::vector<Date> Calendar::closed_days_in(int year) const {
  std::vector<Date> days;
  if (year < 1 || year > 9999) return days;
  // A month and day of `year`; 29 February in a year without it is the 28th.
  auto day_of = [year](int month, int day) {
    return *Date::from_ymd(year, month, std::min(day, days_in_month(year, month)));
  };
  auto add_range = [&](const Period& p, Date from, Date until) {
    for (Date d = from; d <= until; d = d.plus_days(1)) {
      if (p.covers(d)) days.push_back(d);  // covers() applies the period's years
    }
  };
  for (const Period& p : periods_) {
    if (p.crosses_year_end()) {
      add_range(p, day_of(1, 1), day_of(p.until_month, p.until_day));
      add_range(p, day_of(p.from_month, p.from_day), day_of(12, 31));
    } else {
      add_range(p, day_of(p.from_month, p.from_day), day_of(p.until_month, p.until_day));
    }
  }
  for (const Holiday& h : holidays_) {
    if ((h.from_year && year < *h.from_year) || (h.until_year && year > *h.until_year)) continue;
    if (h.easter_offset) {
      // A large offset can reach into the year before or after that Easter.
      for (int easter_year = year - 1; easter_year <= year + 1; ++easter_year) {
        if (easter_year < 1 || easter_year > 9999) continue;
        const Date day = easter_sunday(easter_year).plus_days(*h.easter_offset);
        if (day.year() == year) days.push_back(day);
      }
    } else if (const auto day =
                   Date::from_ymd(year, h.month, h.day)) {  // 29 February only in leap years
      days.push_back(*day);
    }
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

std::int64_t Calendar::weekdays_between(Date from, Date to) const {
  // Whole weeks at once, then the days that are left.
  const std::int64_t days = to.days() - from.days();
  int workdays_per_week = 0;
  for (int d = 1; d <= 7; ++d) workdays_per_week += weekend_[static_cast<std::size_t>(d)] ? 0 : 1;
  std::int64_t count = days / 7 * workdays_per_week;
  for (Date d = from.plus_days(days / 7 * 7 + 1); d <= to; d = d.plus_days(1))
    count += is_weekend(d) ? 0 : 1;
  return count;
}

std::int64_t Calendar::business_days_between(Date from, Date to) const {
  if (from == to) return 0;
  const bool forward = from < to;
  const Date lo = forward ? from : to;
  const Date hi = forward ? to : from;
  // Business days in (lo, hi]: the weekdays, less the holidays and period days that fall on one.
  std::int64_t count = weekdays_between(lo, hi);
  for (int year = lo.year(); year <= hi.year(); ++year) {
    for (const Date day : closed_days_in(year)) {
      if (lo < day && day <= hi && !is_weekend(day)) --count;
    }
  }
  return forward ? count : -count;
}

std::optional<Date> Calendar::add_business_days(Date from, std::int64_t n) const {
  // A week with no working day at all would never finish; it is rejected at load,
  // but the guard keeps a hand-built calendar from looping.
  bool any_workday = false;
  for (int d = 1; d <= 7; ++d) any_workday = any_workday || !weekend_[static_cast<std::size_t>(d)];
  if (!any_workday && n != 0) return std::nullopt;
  const int step = n < 0 ? -1 : 1;
  std::int64_t remaining = n < 0 ? -n : n;
  Date date = from;
  // Far targets: jump a stretch that holds at most `remaining` business days
  // (as many calendar days as business days, less the weekends' share), count
  // what it really holds, and repeat; the last few days are walked one by one.
  constexpr std::int64_t kWalk = 32;
  while (remaining > kWalk) {
    const std::int64_t span = remaining - kWalk / 2;
    const Date next = date.plus_days(step * span);
    if (!next.in_range()) return std::nullopt;
    // Forwards the days passed are (date, next]; backwards [next, date).
    const std::int64_t counted =
        step > 0 ? business_days_between(date, next)
                 : business_days_between(next.plus_days(-1), date.plus_days(-1));
    date = next;
    remaining -= counted;
  }
  std::int64_t walked = 0;
  while (remaining > 0) {
    date = date.plus_days(step);
    if (++walked > 3700 || !date.in_range()) return std::nullopt;  // ten years of holidays
    if (is_business_day(date)) --remaining;
  }
  return date;
}

const Calendar* Calendars::find(std::string_view name) const {
  if (name == "default") return &main;
  for (const auto& [id, calendar] : named) {
    if (id == name) return &calendar;
  }
  return nullptr;
}

std::vector<std::string> Calendars::names() const {
  std::vector<std::string> out{"default"};
  for (const auto& [id, unused] : named) out.push_back(id);
  return out;
}

}  // namespace escalate
