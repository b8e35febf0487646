// The date operators of JSON Logic (date_add, date_diff, is_business_day) and ISO
// date comparisons, in plain data mode: results, run-time errors and compile-time checks.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "escalate/logic.hpp"

namespace escalate {
namespace logic_dates_test {

// The Brazilian national holidays (shared/domain/facts.md).
Calendar brazil() {
  std::vector<Holiday> holidays;
  for (auto [month, day] : std::vector<std::pair<int, int>>{
           {1, 1}, {4, 21}, {5, 1}, {9, 7}, {10, 12}, {11, 2}, {11, 15}, {11, 20}, {12, 25}}) {
    Holiday holiday;
    holiday.name = "fixed";
    holiday.month = month;
    holiday.day = day;
    if (month == 11 && day == 20) holiday.from_year = 2024;
    holidays.push_back(holiday);
  }
  Holiday good_friday;
  good_friday.name = "Sexta-feira Santa";
  good_friday.easter_offset = -2;
  holidays.push_back(good_friday);
  return Calendar({6, 7}, std::move(holidays));
}

// The national calendar, and a "court" one that adds the courts' yearly
// suspension, 20 December to 20 January inclusive (CPC art. 220).
const Calendars& calendars() {
  static const Calendars kCalendars = [] {
    Calendars c;
    c.main = brazil();
    Period recess;
    recess.name = "recesso forense";
    recess.from_month = 12;
    recess.from_day = 20;
    recess.until_month = 1;
    recess.until_day = 20;
    c.named.emplace_back("court", Calendar({6, 7}, brazil().holidays(), {recess}));
    return c;
  }();
  return kCalendars;
}

Logic compile_clean(const Json& expression) {
  CompileOptions options;
  options.calendars = &calendars();
  Expected<Logic> logic = compile_logic(expression, options);
  std::string listing;
  if (!logic) {
    for (const auto& d : logic.problems()) listing += d.path + ": " + d.message + "\n";
  }
  INFO(expression.dump() << "\n" << listing);
  REQUIRE(logic);
  return *logic;
}

// Evaluates `expression` against `data` with the Brazilian calendar (or the default one).
Json run(const char* expression, const Json& data = Json::object(), bool national_calendar = true) {
  const Logic logic = compile_clean(Json::parse(expression));
  const Tri result = evaluate(
      logic, EvalContext{&data, nullptr, nullptr, national_calendar ? &calendars() : nullptr});
  REQUIRE(result.known());
  return result.value;
}

// The error type raised by evaluating `expression`, or "" when nothing is raised.
std::string error_type(const char* expression, const Json& data) {
  CompileOptions lenient;
  lenient.lenient = true;
  const Logic logic = *compile_logic(Json::parse(expression), lenient);
  try {
    evaluate(logic, EvalContext{&data, nullptr, nullptr, nullptr});
  } catch (const LogicError& e) {
    return e.error().value("type", std::string("?"));
  }
  return "";
}

// The problems compiling `expression` finds; none when it compiles.
Problems compile_diagnostics(const char* expression) {
  const Expected<Logic> logic = compile_logic(Json::parse(expression));
  return logic ? Problems{} : logic.problems();
}

TEST_CASE("date_add with days moves by calendar days across month and year ends", "[logic]") {
  CHECK(run(R"({"date_add": ["2026-11-29", 30, "days"]})") == "2026-12-29");
  CHECK(run(R"({"date_add": ["2026-12-31", 1, "days"]})") == "2027-01-01");
  CHECK(run(R"({"date_add": ["2026-01-01", -1, "days"]})") == "2025-12-31");
  CHECK(run(R"({"date_add": [{"var": "d"}, 2, "days"]})", Json{{"d", "2024-02-28"}}) ==
        "2024-03-01");
}

TEST_CASE("date_add with business_days skips weekends and the calendar's holidays", "[logic]") {
  CHECK(run(R"({"date_add": ["2026-11-27", 1, "business_days"]})") == "2026-11-30");
  CHECK(run(R"({"date_add": ["2026-11-19", 1, "business_days"]})") == "2026-11-23");
  CHECK(run(R"({"date_add": ["2026-12-24", 3, "business_days"]})") == "2026-12-30");
  CHECK(run(R"({"date_add": ["2026-04-06", -1, "business_days"]})") == "2026-04-02");
  CHECK(run(R"({"date_add": ["2026-11-28", 0, "business_days"]})") == "2026-11-28");
}

TEST_CASE("date_add with business_days and no calendar has only Saturday and Sunday off",
          "[logic]") {
  CHECK(run(R"({"date_add": ["2026-11-19", 1, "business_days"]})", Json::object(), false) ==
        "2026-11-20");
  CHECK(run(R"({"date_add": ["2026-12-24", 3, "business_days"]})", Json::object(), false) ==
        "2026-12-29");
}

TEST_CASE("date_add with months clamps to the last day of the month", "[logic]") {
  CHECK(run(R"({"date_add": ["2026-01-31", 1, "months"]})") == "2026-02-28");
  CHECK(run(R"({"date_add": ["2024-01-31", 1, "months"]})") == "2024-02-29");
  CHECK(run(R"({"date_add": ["2026-03-31", -1, "months"]})") == "2026-02-28");
  CHECK(run(R"({"date_add": ["2026-11-29", 2, "months"]})") == "2027-01-29");
}

TEST_CASE("date_add with years keeps the day, clamping 29 February", "[logic]") {
  CHECK(run(R"({"date_add": ["2026-11-29", 1, "years"]})") == "2027-11-29");
  CHECK(run(R"({"date_add": ["2024-02-29", 1, "years"]})") == "2025-02-28");
  CHECK(run(R"({"date_add": ["2024-02-29", 4, "years"]})") == "2028-02-29");
  CHECK(run(R"({"date_add": ["2026-11-29", -5, "years"]})") == "2021-11-29");
}

TEST_CASE("date_add takes its amount from data", "[logic]") {
  CHECK(run(R"({"date_add": ["2026-11-29", {"var": "n"}, "days"]})", Json{{"n", 10}}) ==
        "2026-12-09");
  CHECK(run(R"({"date_add": ["2026-11-29", {"var": "n"}, "days"]})", Json{{"n", "3"}}) ==
        "2026-12-02");
}

TEST_CASE("date_diff in days is to minus from, negative when to is earlier", "[logic]") {
  CHECK(run(R"({"date_diff": ["2026-11-29", "2026-12-25", "days"]})") == 26);
  CHECK(run(R"({"date_diff": ["2026-12-25", "2026-11-29", "days"]})") == -26);
  CHECK(run(R"({"date_diff": ["2026-11-29", "2026-11-29", "days"]})") == 0);
  CHECK(run(R"({"date_diff": ["2024-01-01", "2025-01-01", "days"]})") == 366);
}

TEST_CASE("date_diff in business_days counts per the calendar, negative when to is earlier",
          "[logic]") {
  CHECK(run(R"({"date_diff": ["2026-11-27", "2026-11-30", "business_days"]})") == 1);
  CHECK(run(R"({"date_diff": ["2026-12-24", "2027-01-04", "business_days"]})") == 5);
  CHECK(run(R"({"date_diff": ["2027-01-04", "2026-12-24", "business_days"]})") == -5);
  CHECK(run(R"({"date_diff": ["2026-11-28", "2026-11-28", "business_days"]})") == 0);
  const Json data{{"sent", "2026-11-18"}, {"today", "2026-11-26"}};
  CHECK(run(R"({"date_diff": [{"var": "sent"}, {"var": "today"}, "business_days"]})", data) == 5);
}

TEST_CASE("is_business_day follows the calendar's weekend and holidays", "[logic]") {
  CHECK(run(R"({"is_business_day": ["2026-04-02"]})") == true);
  CHECK(run(R"({"is_business_day": ["2026-04-03"]})") == false);  // Good Friday
  CHECK(run(R"({"is_business_day": ["2026-11-20"]})") == false);
  CHECK(run(R"({"is_business_day": ["2023-11-20"]})") == true);
  CHECK(run(R"({"is_business_day": ["2026-11-29"]})") == false);  // Sunday
  CHECK(run(R"({"is_business_day": ["2026-02-17"]})") == true);   // Carnival
  CHECK(run(R"({"is_business_day": {"var": "d"}})", Json{{"d", "2026-12-25"}}) == false);
  CHECK(run(R"({"is_business_day": ["2026-12-25"]})", Json::object(), false) == true);
}

TEST_CASE("ISO date strings compare in calendar order with < and <=", "[logic]") {
  CHECK(run(R"({"<": ["2026-11-29", "2026-12-01"]})") == true);
  CHECK(run(R"({"<": ["2026-12-01", "2026-11-29"]})") == false);
  CHECK(run(R"({"<": ["2026-11-29", "2026-11-29"]})") == false);
  CHECK(run(R"({"<=": ["2026-11-29", "2026-11-29"]})") == true);
  CHECK(run(R"({"<=": ["2026-12-31", "2027-01-01"]})") == true);
  CHECK(run(R"({"<=": ["2027-01-01", "2026-12-31"]})") == false);
  CHECK(run(R"({"<=": ["2026-01-01", {"var": "d"}, "2026-12-31"]})", Json{{"d", "2026-11-29"}}) ==
        true);
  CHECK(run(R"({"<=": ["2026-01-01", {"var": "d"}, "2026-12-31"]})", Json{{"d", "2027-01-01"}}) ==
        false);
}

TEST_CASE("a deadline computed with date_add compares against today", "[logic]") {
  const char* overdue =
      R"({"<": [{"date_add": [{"var": "sent"}, 5, "business_days"]}, {"var": "today"}]})";
  // 2026-11-18 + 5 business days = 2026-11-26 (the 20th is a holiday).
  CHECK(run(overdue, Json{{"sent", "2026-11-18"}, {"today", "2026-11-26"}}) == false);
  CHECK(run(overdue, Json{{"sent", "2026-11-18"}, {"today", "2026-11-27"}}) == true);
}

TEST_CASE("a malformed date coming from data raises an Invalid Date LogicError", "[logic]") {
  const Logic logic = compile_clean(Json::parse(R"({"date_add": [{"var": "d"}, 1, "days"]})"));
  const Json data{{"d", "2026-13-01"}};
  try {
    evaluate(logic, EvalContext{&data, nullptr, nullptr, nullptr});
    FAIL("no LogicError was raised");
  } catch (const LogicError& e) {
    CHECK(e.error() == Json{{"type", "Invalid Date"}});
    CHECK(e.path() == "$.date_add");
    CHECK_THAT(std::string(e.what()), Catch::Contains("2026-13-01"));
  }
}

TEST_CASE("date operators raise Invalid Date for dates from data that are not existing days",
          "[logic]") {
  for (const Json& bad : {Json("2026-13-01"), Json("2026-02-30"), Json("2026-1-01"), Json(20261101),
                          Json(), Json("")}) {
    INFO(bad.dump());
    const Json data{{"d", bad}};
    CHECK(error_type(R"({"date_add": [{"var": "d"}, 1, "days"]})", data) == "Invalid Date");
    CHECK(error_type(R"({"date_diff": ["2026-11-29", {"var": "d"}, "days"]})", data) ==
          "Invalid Date");
    CHECK(error_type(R"({"is_business_day": [{"var": "d"}]})", data) == "Invalid Date");
  }
}

TEST_CASE("date_add raises a LogicError for a bad unit or amount from data", "[logic]") {
  CHECK(error_type(R"({"date_add": ["2026-11-29", 1, {"var": "u"}]})", Json{{"u", "weeks"}}) ==
        "Invalid Arguments");
  CHECK(error_type(R"({"date_add": ["2026-11-29", {"var": "n"}, "days"]})", Json{{"n", 1.5}}) ==
        "Invalid Arguments");
  CHECK(error_type(R"({"date_add": ["2026-11-29", {"var": "n"}, "days"]})", Json{{"n", "x"}}) ==
        "NaN");
  CHECK(error_type(R"({"date_diff": ["2026-11-29", "2026-12-01", {"var": "u"}]})",
                   Json{{"u", "months"}}) == "Invalid Arguments");
}

TEST_CASE("date_add raises Invalid Date when the result leaves the years 1 to 9999", "[logic]") {
  CHECK(error_type(R"({"date_add": ["9999-12-31", 1, "days"]})", Json::object()) == "Invalid Date");
  CHECK(error_type(R"({"date_add": ["0001-01-01", -1, "days"]})", Json::object()) ==
        "Invalid Date");
  CHECK(error_type(R"({"date_add": ["9999-12-31", 1, "months"]})", Json::object()) ==
        "Invalid Date");
  CHECK(error_type(R"({"date_add": ["9999-12-31", 1, "business_days"]})", Json::object()) ==
        "Invalid Date");
}

TEST_CASE("a malformed literal date is reported at compile time at its path", "[logic]") {
  const Problems add = compile_diagnostics(R"({"date_add": ["2026-02-30", 1, "days"]})");
  REQUIRE(add.size() == 1);
  CHECK(add[0].severity == Severity::error);
  CHECK(add[0].path == "$.date_add[0]");
  CHECK_THAT(add[0].message, Catch::Contains("invalid date '2026-02-30'"));

  const Problems diff =
      compile_diagnostics(R"({"date_diff": ["2026-11-29", "2026-1-01", "days"]})");
  REQUIRE(diff.size() == 1);
  CHECK(diff[0].path == "$.date_diff[1]");
  CHECK_THAT(diff[0].message, Catch::Contains("invalid date '2026-1-01'"));

  CHECK_FALSE(compile_diagnostics(R"({"is_business_day": ["2025-02-29"]})").empty());
}

TEST_CASE("an unknown date unit is reported at compile time", "[logic]") {
  const Problems weeks = compile_diagnostics(R"({"date_add": ["2026-11-29", 1, "weeks"]})");
  REQUIRE(weeks.size() == 1);
  CHECK(weeks[0].path == "$.date_add[2]");
  CHECK_THAT(weeks[0].message, Catch::Contains("unknown date unit 'weeks'"));
  // date_diff counts only days and business days.
  CHECK_FALSE(
      compile_diagnostics(R"({"date_diff": ["2026-11-29", "2026-12-29", "months"]})").empty());
}

// A literal that is not a string can never be a date or a unit; it is as visible in
// the file as a malformed date string (rules-format.md, Logic).
TEST_CASE("a literal date or unit that is not a string is reported at compile time", "[logic]") {
  CHECK_FALSE(compile_diagnostics(R"({"date_add": [20261129, 1, "days"]})").empty());
  CHECK_FALSE(compile_diagnostics(R"({"date_diff": ["2026-11-29", null, "days"]})").empty());
  CHECK_FALSE(compile_diagnostics(R"({"date_add": ["2026-11-29", 1, 7]})").empty());
  CHECK(error_type(R"({"date_add": [20261129, 1, "days"]})", Json::object()) == "Invalid Date");
}

TEST_CASE(
    "a wrong argument count for a date operator is reported at compile time and fails at run time",
    "[logic]") {
  const Problems two = compile_diagnostics(R"({"date_add": ["2026-11-29", 1]})");
  REQUIRE(two.size() == 1);
  CHECK(two[0].path == "$.date_add");
  CHECK_THAT(two[0].message, Catch::Contains("'date_add' takes 3 or 4 arguments, got 2"));
  CHECK_FALSE(
      compile_diagnostics(R"({"date_diff": ["2026-11-29", "2026-12-01", "days", 1]})").empty());
  CHECK_FALSE(compile_diagnostics(R"({"is_business_day": ["2026-11-29", "2026-11-30"]})").empty());
  CHECK(error_type(R"({"date_add": ["2026-11-29", 1]})", Json::object()) == "Invalid Arguments");
}

TEST_CASE("date expressions computed from data compile without diagnostics", "[logic]") {
  CHECK(compile_diagnostics(R"({"date_add": [{"var": "d"}, {"var": "n"}, {"var": "u"}]})").empty());
  CHECK(compile_diagnostics(R"({"date_diff": [{"var": "a"}, "2026-11-29", "business_days"]})")
            .empty());
}

}  // namespace logic_dates_test
}  // namespace escalate
