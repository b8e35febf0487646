// Calendar: weekends, fixed and Easter-relative holidays with year bounds, and
// business-day arithmetic on the Brazilian national calendar (shared/domain/facts.md).
#include "escalate/calendar.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <random>
#include <vector>

#include "test_support.hpp"

namespace escalate {
namespace calendar_test {

Date d(const char* iso) { return test::day(iso); }

Holiday fixed(const char* name, int month, int day, std::optional<int> from_year = std::nullopt,
              std::optional<int> until_year = std::nullopt) {
  Holiday holiday;
  holiday.name = name;
  holiday.month = month;
  holiday.day = day;
  holiday.from_year = from_year;
  holiday.until_year = until_year;
  return holiday;
}

Holiday easter_relative(const char* name, int offset) {
  Holiday holiday;
  holiday.name = name;
  holiday.easter_offset = offset;
  return holiday;
}

// The national holidays: Carnival and Corpus Christi are optional days off, not holidays.
Calendar brazil() {
  std::vector<Holiday> holidays = {
      fixed("Confraternização Universal", 1, 1),
      fixed("Tiradentes", 4, 21),
      fixed("Dia do Trabalho", 5, 1),
      fixed("Independência", 9, 7),
      fixed("Nossa Senhora Aparecida", 10, 12),
      fixed("Finados", 11, 2),
      fixed("Proclamação da República", 11, 15),
      fixed("Consciência Negra", 11, 20, 2024),
      fixed("Natal", 12, 25),
      easter_relative("Sexta-feira Santa", -2),
  };
  return Calendar({6, 7}, std::move(holidays));
}

TEST_CASE("the default calendar has Saturday and Sunday off and no holidays", "[calendar]") {
  const Calendar calendar;
  CHECK(calendar.is_weekend(d("2026-11-28")));        // Saturday
  CHECK(calendar.is_weekend(d("2026-11-29")));        // Sunday
  CHECK_FALSE(calendar.is_weekend(d("2026-11-27")));  // Friday
  CHECK_FALSE(calendar.is_weekend(d("2026-11-30")));  // Monday
  CHECK_FALSE(calendar.is_holiday(d("2026-12-25")));
  CHECK(calendar.is_business_day(d("2026-12-25")));  // a Friday
  CHECK(calendar.holidays().empty());
}

TEST_CASE("is_holiday recognises fixed holidays in any year", "[calendar]") {
  const Calendar calendar = brazil();
  for (const char* iso : {"2026-01-01", "2026-04-21", "2026-05-01", "2026-09-07", "2026-10-12",
                          "2026-11-02", "2026-11-15", "2026-12-25", "1999-12-25", "2031-09-07"}) {
    INFO(iso);
    CHECK(calendar.is_holiday(d(iso)));
  }
  CHECK_FALSE(calendar.is_holiday(d("2026-12-24")));
  CHECK_FALSE(calendar.is_holiday(d("2026-04-22")));
}

TEST_CASE("Good Friday, two days before Easter, is a holiday and not a business day",
          "[calendar]") {
  const Calendar calendar = brazil();
  CHECK(calendar.is_holiday(d("2026-04-03")));
  CHECK_FALSE(calendar.is_business_day(d("2026-04-03")));
  CHECK(calendar.is_holiday(d("2025-04-18")));
  CHECK(calendar.is_holiday(d("2024-03-29")));
  CHECK_FALSE(calendar.is_holiday(d("2026-04-02")));  // Maundy Thursday
  CHECK(calendar.is_business_day(d("2026-04-02")));
  CHECK_FALSE(calendar.is_holiday(d("2026-04-05")));  // Easter Sunday itself
}

TEST_CASE("Carnival and Corpus Christi are business days on the national calendar", "[calendar]") {
  const Calendar calendar = brazil();
  CHECK(calendar.is_business_day(d("2026-02-16")));  // Carnival Monday (Easter - 48)
  CHECK(calendar.is_business_day(d("2026-02-17")));  // Carnival Tuesday (Easter - 47)
  CHECK(calendar.is_business_day(d("2026-06-04")));  // Corpus Christi (Easter + 60)
}

TEST_CASE("a holiday with from_year applies from that year on", "[calendar]") {
  const Calendar calendar = brazil();
  CHECK_FALSE(calendar.is_holiday(d("2023-11-20")));
  CHECK(calendar.is_business_day(d("2023-11-20")));  // a Monday
  CHECK(calendar.is_holiday(d("2024-11-20")));
  CHECK_FALSE(calendar.is_business_day(d("2024-11-20")));  // a Wednesday
  CHECK(calendar.is_holiday(d("2026-11-20")));
}

TEST_CASE("a holiday with until_year applies up to and including that year", "[calendar]") {
  const Holiday bounded = fixed("Temporary", 3, 10, 2020, 2025);
  const Calendar calendar({6, 7}, {bounded});
  CHECK_FALSE(calendar.is_holiday(d("2019-03-10")));
  CHECK(calendar.is_holiday(d("2020-03-10")));
  CHECK(calendar.is_holiday(d("2025-03-10")));
  CHECK_FALSE(calendar.is_business_day(d("2025-03-10")));  // a Monday
  CHECK_FALSE(calendar.is_holiday(d("2026-03-10")));
  CHECK(calendar.is_business_day(d("2026-03-10")));  // a Tuesday
}

TEST_CASE("Holiday::falls_on matches only its own day", "[calendar]") {
  const Holiday good_friday = easter_relative("Good Friday", -2);
  CHECK(good_friday.falls_on(d("2026-04-03")));
  CHECK(good_friday.falls_on(d("2030-04-19")));
  CHECK_FALSE(good_friday.falls_on(d("2026-04-05")));
  const Holiday christmas = fixed("Christmas", 12, 25);
  CHECK(christmas.falls_on(d("2026-12-25")));
  CHECK_FALSE(christmas.falls_on(d("2026-12-24")));
  CHECK_FALSE(christmas.falls_on(d("2026-11-25")));
}

// The loader accepts easter_offset up to 366 days either way, so an offset can
// land in the calendar year before or after the Easter it counts from.
TEST_CASE("an Easter-relative holiday falls on its day even in the year before or after Easter",
          "[calendar]") {
  const Holiday before = easter_relative("Easter - 100", -100);
  CHECK(before.falls_on(d("2025-01-10")));  // Easter 2025-04-20 - 100
  CHECK(before.falls_on(d("2025-12-26")));  // Easter 2026-04-05 - 100
  const Holiday after = easter_relative("Easter + 300", 300);
  CHECK(after.falls_on(d("2026-02-14")));  // Easter 2025-04-20 + 300
  CHECK(after.falls_on(d("2027-01-30")));  // Easter 2026-04-05 + 300
  const Calendar calendar({6, 7}, {before});
  CHECK_FALSE(calendar.is_business_day(d("2025-12-26")));  // a Friday
}

TEST_CASE("add_business_days starts counting the day after the start date", "[calendar]") {
  const Calendar calendar = brazil();
  CHECK(calendar.add_business_days(d("2026-11-18"), 1) == d("2026-11-19"));  // Wed -> Thu
  CHECK(calendar.add_business_days(d("2026-11-27"), 1) == d("2026-11-30"));  // Fri -> Mon
  CHECK(calendar.add_business_days(d("2026-11-28"), 1) == d("2026-11-30"));  // Sat -> Mon
  CHECK(calendar.add_business_days(d("2026-11-29"), 1) == d("2026-11-30"));  // Sun -> Mon
  CHECK(calendar.add_business_days(d("2026-11-23"), 5) == d("2026-11-30"));  // Mon + 5 -> next Mon
}

TEST_CASE("add_business_days skips Consciência Negra from 2024 on", "[calendar]") {
  const Calendar calendar = brazil();
  // 19 Thu (1), 20 Fri holiday, 23 Mon (2), 24 (3), 25 (4), 26 (5).
  CHECK(calendar.add_business_days(d("2026-11-18"), 5) == d("2026-11-26"));
  CHECK(calendar.add_business_days(d("2026-11-19"), 1) == d("2026-11-23"));
  // In 2023 the 20th was an ordinary Monday.
  CHECK(calendar.add_business_days(d("2023-11-17"), 1) == d("2023-11-20"));
}

TEST_CASE("add_business_days skips Christmas, New Year and the weekends between", "[calendar]") {
  const Calendar calendar = brazil();
  // 2026-12-24 Thu: 25 Fri holiday, 26-27 weekend, 28 (1), 29 (2), 30 (3).
  CHECK(calendar.add_business_days(d("2026-12-24"), 3) == d("2026-12-30"));
  // 30 (1), 31 (2), 2027-01-01 Fri holiday, 2-3 weekend, 4 Mon (3).
  CHECK(calendar.add_business_days(d("2026-12-29"), 3) == d("2027-01-04"));
  CHECK(calendar.add_business_days(d("2026-12-31"), 1) == d("2027-01-04"));
}

TEST_CASE("add_business_days counts Carnival days as business days", "[calendar]") {
  const Calendar calendar = brazil();
  CHECK(calendar.add_business_days(d("2026-02-13"), 1) == d("2026-02-16"));
  CHECK(calendar.add_business_days(d("2026-02-13"), 2) == d("2026-02-17"));
  CHECK(calendar.add_business_days(d("2026-02-13"), 3) == d("2026-02-18"));
}

TEST_CASE("add_business_days skips Good Friday and Tiradentes", "[calendar]") {
  const Calendar calendar = brazil();
  // 2026: Good Friday 04-03; the next business day after Thursday 04-02 is Monday 04-06.
  CHECK(calendar.add_business_days(d("2026-04-02"), 1) == d("2026-04-06"));
  // 2025: Good Friday 04-18 and Tiradentes on Monday 04-21 make a four-day break.
  CHECK(calendar.add_business_days(d("2025-04-17"), 1) == d("2025-04-22"));
  CHECK(calendar.add_business_days(d("2025-04-17"), 2) == d("2025-04-23"));
}

TEST_CASE("add_business_days with a negative count walks backwards", "[calendar]") {
  const Calendar calendar = brazil();
  CHECK(calendar.add_business_days(d("2026-11-30"), -1) == d("2026-11-27"));  // Mon -> Fri
  CHECK(calendar.add_business_days(d("2026-04-06"), -1) == d("2026-04-02"));  // over Good Friday
  CHECK(calendar.add_business_days(d("2025-04-22"), -1) == d("2025-04-17"));  // over Tiradentes too
  CHECK(calendar.add_business_days(d("2027-01-04"), -3) == d("2026-12-29"));
  CHECK(calendar.add_business_days(d("2026-11-29"), -1) == d("2026-11-27"));  // Sun -> Fri
}

TEST_CASE("add_business_days with zero returns the start date even on a weekend or holiday",
          "[calendar]") {
  const Calendar calendar = brazil();
  CHECK(calendar.add_business_days(d("2026-11-28"), 0) == d("2026-11-28"));  // Saturday
  CHECK(calendar.add_business_days(d("2026-12-25"), 0) == d("2026-12-25"));  // Christmas
  CHECK(calendar.add_business_days(d("2026-11-30"), 0) == d("2026-11-30"));
}

TEST_CASE("add_business_days is undone by the same count backwards from a business day",
          "[calendar]") {
  const Calendar calendar = brazil();
  for (const char* iso : {"2026-01-02", "2026-04-02", "2026-11-19", "2026-12-30"}) {
    INFO(iso);
    const auto there = calendar.add_business_days(d(iso), 10);
    REQUIRE(there);
    CHECK(calendar.add_business_days(*there, -10) == d(iso));
    CHECK(calendar.business_days_between(d(iso), *there) == 10);
  }
}

TEST_CASE("business_days_between counts business days after from up to and including to",
          "[calendar]") {
  const Calendar calendar = brazil();
  CHECK(calendar.business_days_between(d("2026-11-27"), d("2026-11-30")) == 1);  // Fri -> Mon
  CHECK(calendar.business_days_between(d("2026-11-30"), d("2026-11-30")) == 0);
  CHECK(calendar.business_days_between(d("2026-11-28"), d("2026-11-29")) == 0);  // Sat -> Sun
  CHECK(calendar.business_days_between(d("2026-11-23"), d("2026-11-27")) == 4);
}

TEST_CASE("business_days_between is negative when to is before from", "[calendar]") {
  const Calendar calendar = brazil();
  CHECK(calendar.business_days_between(d("2026-11-30"), d("2026-11-27")) == -1);
  CHECK(calendar.business_days_between(d("2027-01-04"), d("2026-12-24")) == -5);
}

TEST_CASE("business_days_between leaves out holidays", "[calendar]") {
  const Calendar calendar = brazil();
  // 28, 29, 30, 31 December and 4 January; the 25th and 1st are holidays.
  CHECK(calendar.business_days_between(d("2026-12-24"), d("2027-01-04")) == 5);
  CHECK(calendar.business_days_between(d("2025-04-17"), d("2025-04-22")) == 1);
  CHECK(calendar.business_days_between(d("2026-11-19"), d("2026-11-23")) == 1);
  CHECK(calendar.business_days_between(d("2023-11-17"), d("2023-11-20")) == 1);
  // 261 weekdays in 2026, minus 1 January (excluded as `from`) and the eight
  // holidays on weekdays (04-03, 04-21, 05-01, 09-07, 10-12, 11-02, 11-20, 12-25).
  CHECK(calendar.business_days_between(d("2026-01-01"), d("2026-12-31")) == 252);
}

TEST_CASE("a calendar can have a Friday and Saturday weekend", "[calendar]") {
  const Calendar calendar({5, 6}, {});
  CHECK(calendar.is_weekend(d("2026-11-27")));        // Friday
  CHECK(calendar.is_weekend(d("2026-11-28")));        // Saturday
  CHECK_FALSE(calendar.is_weekend(d("2026-11-29")));  // Sunday
  CHECK(calendar.is_business_day(d("2026-11-29")));
  CHECK(calendar.add_business_days(d("2026-11-26"), 1) == d("2026-11-29"));  // Thu -> Sun
  CHECK(calendar.add_business_days(d("2026-11-29"), -1) == d("2026-11-26"));
  CHECK(calendar.business_days_between(d("2026-11-26"), d("2026-11-30")) == 2);  // Sun, Mon
}

TEST_CASE("a calendar without any working day cannot add business days", "[calendar]") {
  const Calendar calendar({1, 2, 3, 4, 5, 6, 7}, {});
  CHECK_FALSE(calendar.add_business_days(d("2026-11-27"), 1));
  CHECK(calendar.add_business_days(d("2026-11-27"), 0) == d("2026-11-27"));
  CHECK(calendar.business_days_between(d("2026-11-27"), d("2026-12-27")) == 0);
}

// Day by day, the definition: business days in (from, to], negated backwards.
std::int64_t walked_between(const Calendar& c, Date from, Date to) {
  std::int64_t n = 0;
  for (Date day = std::min(from, to).plus_days(1); day <= std::max(from, to);
       day = day.plus_days(1)) {
    n += c.is_business_day(day) ? 1 : 0;
  }
  return from <= to ? n : -n;
}

std::optional<Date> walked_add(const Calendar& c, Date from, std::int64_t n) {
  Date day = from;
  for (std::int64_t left = n < 0 ? -n : n; left > 0;) {
    day = day.plus_days(n < 0 ? -1 : 1);
    if (day.year() < 1 || day.year() > 9999) return std::nullopt;
    if (c.is_business_day(day)) --left;
  }
  return day;
}

TEST_CASE("business-day counting and adding agree with walking day by day, on odd calendars too",
          "[calendar]") {
  // Counting goes a week and a year at a time, so that a date in year 1 costs no more than one next
  // week.
  std::mt19937 rng(42);
  auto any = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  for (int round = 0; round < 60; ++round) {
    std::vector<int> weekend;
    for (int day = 1; day <= 7; ++day) {
      if (any(0, 3) == 0) weekend.push_back(day);
    }
    if (weekend.size() == 7) weekend.pop_back();
    std::vector<Holiday> holidays;
    for (int h = any(0, 12); h > 0; --h) {
      holidays.push_back(
          any(0, 2) == 0 ? easter_relative("e", any(-366, 366))
                         : fixed("f", any(1, 12), any(1, 28),
                                 any(0, 1) ? std::optional<int>(any(2020, 2030)) : std::nullopt));
    }
    holidays.push_back(fixed("leap", 2, 29));
    const Calendar calendar(weekend, holidays);
    const Date from = d("2024-01-01").plus_days(any(-1200, 1200));
    for (int k = 0; k < 8; ++k) {
      const Date to = from.plus_days(any(-900, 900));
      INFO("round " << round << ": " << from.iso() << " to " << to.iso());
      CHECK(calendar.business_days_between(from, to) == walked_between(calendar, from, to));
      const std::int64_t n = any(-400, 400);
      INFO("adding " << n);
      CHECK(calendar.add_business_days(from, n) == walked_add(calendar, from, n));
    }
  }
}

TEST_CASE("business days across the whole range of years are counted at once", "[calendar]") {
  const Calendar calendar = brazil();
  const std::int64_t all = calendar.business_days_between(d("0001-01-01"), d("9999-12-31"));
  CHECK(all == walked_between(calendar, d("0001-01-01"), d("9999-12-31")));
  CHECK(calendar.add_business_days(d("0001-01-01"), all) == d("9999-12-31"));
  CHECK(calendar.add_business_days(d("9999-12-31"), -all) ==
        walked_add(calendar, d("9999-12-31"), -all));
  CHECK_FALSE(calendar.add_business_days(d("0001-01-01"), all + 1));
}

}  // namespace calendar_test
}  // namespace escalate
