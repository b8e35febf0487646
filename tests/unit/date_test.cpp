// Date: ISO "YYYY-MM-DD" parsing and formatting, weekdays, day and month
// arithmetic, leap years and Gregorian Easter Sunday.
#include "escalate/date.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "test_support.hpp"

namespace escalate {
namespace date_test {

Date d(const char* iso) { return test::day(iso); }

TEST_CASE("parse_iso accepts existing days written as YYYY-MM-DD", "[date]") {
  const auto date = Date::parse_iso("2026-11-29");
  REQUIRE(date);
  CHECK(date->year() == 2026);
  CHECK(date->month() == 11);
  CHECK(date->day() == 29);
  // 2026-11-29 is 20786 days after 1970-01-01.
  CHECK(date->days() == 20786);

  CHECK(Date::parse_iso("1970-01-01")->days() == 0);
  CHECK(Date::parse_iso("2000-01-01")->days() == 10957);
  CHECK(Date::parse_iso("2026-12-31"));
  CHECK(Date::parse_iso("2026-04-30"));
}

TEST_CASE("parse_iso accepts 29 February only in leap years", "[date]") {
  CHECK(Date::parse_iso("2024-02-29"));
  CHECK(Date::parse_iso("2000-02-29"));
  CHECK_FALSE(Date::parse_iso("2025-02-29"));
  CHECK_FALSE(Date::parse_iso("1900-02-29"));
  CHECK_FALSE(Date::parse_iso("2100-02-29"));
}

TEST_CASE("parse_iso rejects days that do not exist", "[date]") {
  for (const char* text : {"2026-02-30", "2026-02-29", "2026-04-31", "2026-06-31", "2026-13-01",
                           "2026-00-10", "2026-01-00", "2026-01-32", "2026-99-99"}) {
    INFO(text);
    CHECK_FALSE(Date::parse_iso(text));
  }
}

TEST_CASE("parse_iso rejects anything not shaped exactly YYYY-MM-DD", "[date]") {
  for (const char* text : {"2026-1-01", "2026-01-1", "20261101", "26-11-01", "2026/11/01",
                           "2026-11-01 ", " 2026-11-01", "2026-11-01T00:00", "2026-11-0a",
                           "+026-11-01", "2026-+1-01", "2026--11-01", "", "today"}) {
    INFO("'" << text << "'");
    CHECK_FALSE(Date::parse_iso(text));
  }
}

TEST_CASE("parse_iso accepts the years 0001 to 9999 only", "[date]") {
  CHECK(Date::parse_iso("0001-01-01"));
  CHECK(Date::parse_iso("9999-12-31"));
  CHECK(Date::parse_iso("0001-01-01")->days() == -719162);
  CHECK(Date::parse_iso("9999-12-31")->days() == 2932896);
  CHECK_FALSE(Date::parse_iso("0000-01-01"));
  CHECK_FALSE(Date::parse_iso("0000-12-31"));
  CHECK_FALSE(Date::parse_iso("10000-01-01"));
}

TEST_CASE("from_ymd builds existing days and rejects the rest", "[date]") {
  REQUIRE(Date::from_ymd(2026, 11, 29));
  CHECK(*Date::from_ymd(2026, 11, 29) == d("2026-11-29"));
  CHECK(Date::from_ymd(2024, 2, 29));
  CHECK_FALSE(Date::from_ymd(2026, 2, 29));
  CHECK_FALSE(Date::from_ymd(2026, 0, 1));
  CHECK_FALSE(Date::from_ymd(2026, 13, 1));
  CHECK_FALSE(Date::from_ymd(2026, 4, 31));
  CHECK_FALSE(Date::from_ymd(2026, 1, 0));
  CHECK_FALSE(Date::from_ymd(0, 1, 1));
  CHECK_FALSE(Date::from_ymd(10000, 1, 1));
}

TEST_CASE("iso formats with zero-padded year, month and day", "[date]") {
  CHECK(Date::from_days(0).iso() == "1970-01-01");
  CHECK(Date::from_days(20786).iso() == "2026-11-29");
  CHECK(Date::from_days(-1).iso() == "1969-12-31");
  CHECK(Date::from_ymd(1, 2, 3)->iso() == "0001-02-03");
  CHECK(Date::from_ymd(999, 10, 9)->iso() == "0999-10-09");
  CHECK(Date::from_ymd(9999, 12, 31)->iso() == "9999-12-31");
}

TEST_CASE("iso and parse_iso round-trip", "[date]") {
  for (const char* text :
       {"0001-01-01", "1900-02-28", "1969-12-31", "2024-02-29", "2026-11-29", "9999-12-31"}) {
    INFO(text);
    CHECK(d(text).iso() == std::string(text));
  }
}

TEST_CASE("iso_weekday runs from Monday 1 to Sunday 7", "[date]") {
  CHECK(d("2026-11-29").iso_weekday() == 7);  // Sunday
  CHECK(d("2026-11-30").iso_weekday() == 1);  // Monday
  CHECK(d("2026-11-27").iso_weekday() == 5);  // Friday
  CHECK(d("2026-11-28").iso_weekday() == 6);  // Saturday
  CHECK(d("2024-02-29").iso_weekday() == 4);  // Thursday
  CHECK(d("1970-01-01").iso_weekday() == 4);  // Thursday
  CHECK(d("2000-01-01").iso_weekday() == 6);  // Saturday
}

TEST_CASE("iso_weekday is right for days before 1970", "[date]") {
  CHECK(d("1969-12-31").iso_weekday() == 3);  // Wednesday
  CHECK(d("0001-01-01").iso_weekday() == 1);  // Monday (proleptic Gregorian)
  CHECK(d("9999-12-31").iso_weekday() == 5);  // Friday
}

TEST_CASE("plus_days crosses month and year ends", "[date]") {
  CHECK(d("2026-01-31").plus_days(1).iso() == "2026-02-01");
  CHECK(d("2026-12-31").plus_days(1).iso() == "2027-01-01");
  CHECK(d("2027-01-01").plus_days(-1).iso() == "2026-12-31");
  CHECK(d("2024-02-28").plus_days(1).iso() == "2024-02-29");
  CHECK(d("2023-02-28").plus_days(1).iso() == "2023-03-01");
  CHECK(d("2024-03-01").plus_days(-1).iso() == "2024-02-29");
  CHECK(d("2026-11-29").plus_days(0).iso() == "2026-11-29");
  CHECK(d("2026-11-29").plus_days(365).iso() == "2027-11-29");
  CHECK(d("2024-01-01").plus_days(366).iso() == "2025-01-01");
  CHECK(d("1970-01-01").plus_days(-1).iso() == "1969-12-31");
}

TEST_CASE("plus_months clamps to the last day of the target month", "[date]") {
  CHECK(d("2026-01-31").plus_months(1)->iso() == "2026-02-28");
  CHECK(d("2024-01-31").plus_months(1)->iso() == "2024-02-29");
  CHECK(d("2026-03-31").plus_months(-1)->iso() == "2026-02-28");
  CHECK(d("2026-05-31").plus_months(1)->iso() == "2026-06-30");
  CHECK(d("2026-11-30").plus_months(3)->iso() == "2027-02-28");
  CHECK(d("2024-02-29").plus_months(12)->iso() == "2025-02-28");
  CHECK(d("2024-02-29").plus_months(48)->iso() == "2028-02-29");
}

TEST_CASE("plus_months keeps the day when it exists and crosses years", "[date]") {
  CHECK(d("2026-11-29").plus_months(12)->iso() == "2027-11-29");
  CHECK(d("2026-11-29").plus_months(-12)->iso() == "2025-11-29");
  CHECK(d("2026-11-15").plus_months(2)->iso() == "2027-01-15");
  CHECK(d("2026-01-15").plus_months(-1)->iso() == "2025-12-15");
  CHECK(d("2026-01-31").plus_months(-13)->iso() == "2024-12-31");
  CHECK(d("2026-11-29").plus_months(0)->iso() == "2026-11-29");
  CHECK(d("0001-12-31").plus_months(-11)->iso() == "0001-01-31");
}

TEST_CASE("in_range holds for the years 1 to 9999 only", "[date]") {
  CHECK(d("0001-01-01").in_range());
  CHECK(d("9999-12-31").in_range());
  CHECK_FALSE(d("0001-01-01").plus_days(-1).in_range());
  CHECK_FALSE(d("9999-12-31").plus_days(1).in_range());
  CHECK_FALSE(d("2026-01-01").plus_days(-1'000'000'000).in_range());
}

TEST_CASE("plus_months gives nothing beyond the years 1 to 9999, however far it goes", "[date]") {
  CHECK_FALSE(d("9999-12-31").plus_months(1));
  CHECK_FALSE(d("0001-01-31").plus_months(-1));
  // 65536 years later: a 16-bit year would wrap round to 2026 and look valid.
  CHECK_FALSE(d("2026-01-01").plus_months(std::int64_t{12} * 65536));
  CHECK_FALSE(d("2026-01-01").plus_months(-12'000'000'000));
  CHECK(d("0001-01-31").plus_months(12 * 9998 + 11)->iso() == "9999-12-31");
}

TEST_CASE("is_leap_year follows the Gregorian 4/100/400 rule", "[date]") {
  CHECK_FALSE(is_leap_year(1900));
  CHECK(is_leap_year(2000));
  CHECK(is_leap_year(2024));
  CHECK_FALSE(is_leap_year(2025));
  CHECK_FALSE(is_leap_year(2026));
  CHECK(is_leap_year(2028));
  CHECK_FALSE(is_leap_year(2100));
  CHECK(is_leap_year(2400));
}

TEST_CASE("days_in_month gives 28 to 31 days, February by leap year", "[date]") {
  CHECK(days_in_month(2026, 1) == 31);
  CHECK(days_in_month(2026, 2) == 28);
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(1900, 2) == 28);
  CHECK(days_in_month(2000, 2) == 29);
  CHECK(days_in_month(2026, 4) == 30);
  CHECK(days_in_month(2026, 9) == 30);
  CHECK(days_in_month(2026, 12) == 31);
}

TEST_CASE("easter_sunday gives Western Easter for 2024 to 2030", "[date]") {
  CHECK(easter_sunday(2024).iso() == "2024-03-31");
  CHECK(easter_sunday(2025).iso() == "2025-04-20");
  CHECK(easter_sunday(2026).iso() == "2026-04-05");
  CHECK(easter_sunday(2027).iso() == "2027-03-28");
  CHECK(easter_sunday(2028).iso() == "2028-04-16");
  CHECK(easter_sunday(2029).iso() == "2029-04-01");
  CHECK(easter_sunday(2030).iso() == "2030-04-21");
}

TEST_CASE("easter_sunday is right for historic years and the extreme dates", "[date]") {
  CHECK(easter_sunday(1961).iso() == "1961-04-02");
  CHECK(easter_sunday(2000).iso() == "2000-04-23");
  CHECK(easter_sunday(2038).iso() == "2038-04-25");
  CHECK(easter_sunday(1818).iso() == "1818-03-22");  // earliest possible
  CHECK(easter_sunday(1943).iso() == "1943-04-25");  // latest possible
  CHECK(easter_sunday(2285).iso() == "2285-03-22");
}

TEST_CASE("easter_sunday always falls on a Sunday", "[date]") {
  for (int year = 1900; year <= 2100; ++year) {
    INFO(year);
    const Date easter = easter_sunday(year);
    CHECK(easter.iso_weekday() == 7);
    CHECK(easter.year() == year);
    CHECK(easter >= *Date::from_ymd(year, 3, 22));
    CHECK(easter <= *Date::from_ymd(year, 4, 25));
  }
}

TEST_CASE("dates compare in calendar order", "[date]") {
  CHECK(d("2026-11-29") < d("2026-11-30"));
  CHECK(d("2026-12-31") < d("2027-01-01"));
  CHECK(d("1969-12-31") < d("1970-01-01"));
  CHECK(d("2026-11-29") == Date::from_days(20786));
  CHECK(d("2026-11-29") != d("2026-11-30"));
  CHECK(d("2027-01-01") > d("2026-12-31"));
}

}  // namespace date_test
}  // namespace escalate
