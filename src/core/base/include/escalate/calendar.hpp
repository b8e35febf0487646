// Business-day arithmetic: which days are weekends or holidays under a rule
// set's calendar, and adding or counting business days.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "escalate/date.hpp"

namespace escalate {

struct Holiday {
  std::string name;  // for display; in the rule set's default language
  // Either a fixed month/day or an offset from Easter Sunday.
  int month = 0;
  int day = 0;
  std::optional<int> easter_offset;
  std::optional<int> from_year;
  std::optional<int> until_year;

  bool falls_on(Date date) const;
};

// A yearly period on which nothing counts, from month/day to month/day
// inclusive; it may cross the year's end (20 December to 20 January).
// from_year and until_year bound the year in which an occurrence starts.
struct Period {
  std::string name;  // for display; in the rule set's default language
  int from_month = 1;
  int from_day = 1;
  int until_month = 1;
  int until_day = 1;
  std::optional<int> from_year;
  std::optional<int> until_year;

  bool crosses_year_end() const {
    return until_month * 100 + until_day < from_month * 100 + from_day;
  }
  bool covers(Date date) const;
};

class Calendar {
 public:
  // Saturday and Sunday off, no holidays.
  Calendar();
  Calendar(const std::vector<int>& weekend_iso_days, std::vector<Holiday> holidays,
           std::vector<Period> periods = {});

  bool is_weekend(Date date) const;
  bool is_holiday(Date date) const;
  bool in_period(Date date) const;
  bool is_business_day(Date date) const {
    return !is_weekend(date) && !is_holiday(date) && !in_period(date);
  }

  // Counting starts the day after `from`: +1 is the next business day after it,
  // -1 the last business day before it, 0 is `from` itself.
  std::optional<Date> add_business_days(Date from, std::int64_t n) const;
  // Business days in (from, to] when to > from, negated when to < from.
  std::int64_t business_days_between(Date from, Date to) const;

  const std::vector<Holiday>& holidays() const { return holidays_; }
  const std::vector<Period>& periods() const { return periods_; }
  const std::array<bool, 8>& weekend() const { return weekend_; }
  // The days of `year` that are holidays or in a period, sorted, each once.
  std::vector<Date> closed_days_in(int year) const;

 private:
  // Days in (from, to] that are not weekend days; from <= to.
  std::int64_t weekdays_between(Date from, Date to) const;

  std::array<bool, 8> weekend_{};  // indexed by ISO weekday
  std::vector<Holiday> holidays_;
  std::vector<Period> periods_;
};

// A rule set's calendars: the default one, and those it names (the courts', …).
struct Calendars {
  Calendar main;
  std::vector<std::pair<std::string, Calendar>> named;

  // "default" is the main calendar; any other name one of `named`; none when unknown.
  const Calendar* find(std::string_view name) const;
  std::vector<std::string> names() const;  // "default" first
};

}  // namespace escalate
