// Business-day arithmetic: which days are weekends or holidays under a rule
// set's calendar, and adding or counting business days.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
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

class Calendar {
 public:
  // Saturday and Sunday off, no holidays.
  Calendar();
  Calendar(const std::vector<int>& weekend_iso_days, std::vector<Holiday> holidays);

  bool is_weekend(Date date) const;
  bool is_holiday(Date date) const;
  bool is_business_day(Date date) const { return !is_weekend(date) && !is_holiday(date); }

  // Counting starts the day after `from`: +1 is the next business day after it,
  // -1 the last business day before it, 0 is `from` itself.
  std::optional<Date> add_business_days(Date from, std::int64_t n) const;
  // Business days in (from, to] when to > from, negated when to < from.
  std::int64_t business_days_between(Date from, Date to) const;

  const std::vector<Holiday>& holidays() const { return holidays_; }
  // The holidays falling in `year`, sorted, each day once.
  std::vector<Date> holidays_in(int year) const;

 private:
  // Days in (from, to] that are not weekend days; from <= to.
  std::int64_t weekdays_between(Date from, Date to) const;

  std::array<bool, 8> weekend_{};  // indexed by ISO weekday
  std::vector<Holiday> holidays_;
};

}  // namespace escalate
