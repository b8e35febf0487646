// Named calendars in a rules file (a court's, with its yearly suspension) and
// the date operators counting on them: what the loader accepts and refuses,
// and business days across year ends and leap years.
#include <catch2/catch.hpp>
#include <string>

#include "escalate/loader.hpp"
#include "escalate/logic.hpp"
#include "test_support.hpp"

namespace escalate {
namespace named_calendars_test {

using test::day;

// A minimal rule set with the given "calendar" and "calendars" sections
// (JSON text, empty for none) and one step whose `when` is `when`.
std::string rules_text(const std::string& calendar, const std::string& calendars,
                       const std::string& when = "true") {
  std::string text = R"J({"format": "escalate-rules/1", "id": "cal", "version": "1",
    "updated": "2026-11-29", "title": "Calendars", "languages": ["en"],)J";
  if (!calendar.empty()) text += R"J("calendar": )J" + calendar + ",";
  if (!calendars.empty()) text += R"J("calendars": )J" + calendars + ",";
  text += R"J("channels": [{"id": "court", "name": "Court", "summary": "s",
      "contacts": [{"kind": "web", "value": "https://example.org"}]}],
    "ladder": ["court"], "questions": [],
    "steps": [{"id": "s", "when": )J" +
          when + R"J(, "channel": "court", "title": "t", "action": "a"}]})J";
  return text;
}

// Brazil's national holidays that fall near the year end, and a court calendar
// on top: 20 December to 20 January suspended (CPC art. 220).
const std::string kNational = R"J({"holidays": [
    {"name": "Confraternização Universal", "month": 1, "day": 1},
    {"name": "Natal", "month": 12, "day": 25},
    {"name": "Sexta-feira Santa", "easter_offset": -2},
    {"name": "Tiradentes", "month": 4, "day": 21}]})J";
const std::string kCourt = R"J({"court": {"extends": "default", "periods": [
    {"name": "Recesso forense (CPC art. 220)", "from": "12-20", "until": "01-20"}]}})J";

const RuleSet& court_rules() {
  static const auto loaded = load_rules(rules_text(kNational, kCourt));
  REQUIRE(loaded);
  return *loaded->rules;
}

Json evaluate_on(const RuleSet& rules, const std::string& expression) {
  CompileOptions options;
  options.calendars = &rules.calendars;
  const Expected<Logic> logic = compile_logic(Json::parse(expression), options);
  REQUIRE(logic);
  const Json data = Json::object();
  const Tri result = evaluate(*logic, EvalContext{&data, nullptr, nullptr, &rules.calendars});
  REQUIRE(result.known());
  return result.value;
}

std::string appeal_due(const std::string& notified, const std::string& calendar = "court") {
  return evaluate_on(court_rules(), R"J({"date_add": [")J" + notified +
                                        R"J(", 10, "business_days", ")J" + calendar + R"J("]})J")
      .get<std::string>();
}

std::string problems_of(const std::string& text) {
  const auto loaded = load_rules(text);
  REQUIRE_FALSE(loaded);
  std::string out;
  for (const Problem& p : loaded.problems()) out += p.path + ": " + p.message + "\n";
  return out;
}

TEST_CASE("a court calendar skips 20 December to 20 January when counting business days",
          "[calendar]") {
  // Ten business days from a judgment notified on Thursday 17 December 2026:
  // 18 December is day 1, counting resumes on 21 January (shared/domain/facts.md).
  CHECK(appeal_due("2026-12-17") == "2027-02-02");
  // Notified during the suspension: every day to 20 January is skipped.
  CHECK(appeal_due("2026-12-30") == "2027-02-03");
  CHECK(appeal_due("2027-01-20") == "2027-02-03");
  // The national calendar alone counts through the year end (25 Dec, 1 Jan off).
  CHECK(appeal_due("2026-12-17", "default") == "2027-01-04");
  CHECK(evaluate_on(court_rules(), R"J({"date_add": ["2026-12-17", 10, "business_days"]})J") ==
        "2027-01-04");
}

TEST_CASE("the court suspension applies in every year, across 2027 to 2028 and leap years",
          "[calendar]") {
  // Notified on Friday 17 December 2027: the weekend and the suspension follow,
  // so day 1 is Friday 21 January 2028.
  CHECK(appeal_due("2027-12-17") == "2028-02-03");
  // 2028 is a leap year: 29 February is an ordinary business day (a Tuesday).
  CHECK(appeal_due("2028-02-15") == "2028-02-29");
  // 2024, a leap year, to 2025: Thursday 19 December is day 1, 21 January day 2.
  CHECK(appeal_due("2024-12-18") == "2025-01-31");
}

TEST_CASE("a period ending on 29 February ends on the 28th in other years", "[calendar]") {
  const auto loaded = load_rules(rules_text("", R"J({"carnival": {"periods": [
      {"name": "late February", "from": "02-27", "until": "02-29"}]}})J"));
  REQUIRE(loaded);
  const Calendar* calendar = loaded->rules->calendars.find("carnival");
  REQUIRE(calendar);
  CHECK_FALSE(calendar->is_business_day(day("2028-02-29")));  // a Tuesday in a leap year
  CHECK(calendar->is_business_day(day("2027-02-26")));        // the Friday before
  CHECK_FALSE(calendar->is_business_day(day("2027-02-28")));  // Sunday anyway
  CHECK(calendar->is_business_day(day("2027-03-01")));        // the Monday after
  CHECK(calendar->closed_days_in(2027).size() == 2);          // 27 and 28 February
  CHECK(calendar->closed_days_in(2028).size() == 3);          // 27, 28 and 29 February
}

TEST_CASE("date_diff and is_business_day take the calendar as their last argument", "[calendar]") {
  const RuleSet& rules = court_rules();
  CHECK(evaluate_on(rules, R"J({"is_business_day": ["2027-01-15", "court"]})J") == false);
  CHECK(evaluate_on(rules, R"J({"is_business_day": ["2027-01-15"]})J") == true);
  CHECK(evaluate_on(rules, R"J({"is_business_day": ["2027-01-21", "court"]})J") == true);
  CHECK(evaluate_on(rules, R"J({"is_business_day": ["2026-12-19", "court"]})J") == false);  // Sat
  CHECK(evaluate_on(rules, R"J({"is_business_day": ["2026-12-18", "court"]})J") == true);
  CHECK(evaluate_on(rules,
                    R"J({"date_diff": ["2026-12-17", "2027-02-02", "business_days", "court"]})J") ==
        10);
  CHECK(evaluate_on(rules,
                    R"J({"date_diff": ["2027-02-02", "2026-12-17", "business_days", "court"]})J") ==
        -10);
  // Calendar days are calendar days on any calendar.
  CHECK(evaluate_on(rules, R"J({"date_add": ["2026-12-17", 15, "days", "court"]})J") ==
        "2027-01-01");
}

TEST_CASE("a calendar that extends another keeps its holidays and may replace its weekend",
          "[calendar]") {
  const auto loaded =
      load_rules(rules_text(kNational, R"J({"court": {"extends": "default", "periods": [
        {"name": "recess", "from": "12-20", "until": "01-20"}]},
        "saturday_court": {"extends": "court", "weekend": [7]}})J"));
  REQUIRE(loaded);
  const Calendar* saturdays = loaded->rules->calendars.find("saturday_court");
  REQUIRE(saturdays);
  CHECK(saturdays->is_business_day(day("2026-11-28")));        // a Saturday
  CHECK_FALSE(saturdays->is_business_day(day("2026-12-25")));  // Natal, from default
  CHECK_FALSE(saturdays->is_business_day(day("2027-01-09")));  // a Saturday in the recess
  CHECK(loaded->rules->calendars.names() ==
        std::vector<std::string>{"default", "court", "saturday_court"});
}

TEST_CASE("a period may be bounded by the years in which it starts", "[calendar]") {
  const auto loaded = load_rules(rules_text("", R"J({"court": {"periods": [
      {"name": "recess", "from": "12-20", "until": "01-20", "from_year": 2027}]}})J"));
  REQUIRE(loaded);
  const Calendar* court = loaded->rules->calendars.find("court");
  REQUIRE(court);
  CHECK(court->is_business_day(day("2027-01-05")));        // the 2026 recess is before 2027
  CHECK_FALSE(court->is_business_day(day("2028-01-05")));  // the 2027 one
  CHECK_FALSE(court->is_business_day(day("2027-12-20")));
}

TEST_CASE("the loader refuses malformed calendars with their JSON path", "[calendar]") {
  CHECK_THAT(problems_of(rules_text("", R"J({"court": {"periods": [
      {"name": "p", "from": "12-32", "until": "01-20"}]}})J")),
             Catch::Contains("$.calendars.court.periods[0].from: invalid month and day '12-32'"));
  CHECK_THAT(problems_of(rules_text("", R"J({"court": {"periods": [
      {"name": "p", "from": "2026-12-20", "until": "01-20"}]}})J")),
             Catch::Contains("expected \"MM-DD\""));
  CHECK_THAT(problems_of(rules_text("", R"J({"court": {"periods": [
      {"name": "p", "from": "01-01", "until": "12-31"}]}})J")),
             Catch::Contains("$.calendars.court.periods[0]: period from 01-01 until 12-31 lasts "
                             "366 days; a period may last at most 180"));
  CHECK_THAT(problems_of(rules_text("", R"J({"court": {"extends": "cort"}})J")),
             Catch::Contains("$.calendars.court.extends: unknown calendar 'cort'"));
  CHECK_THAT(problems_of(rules_text("", R"J({"a": {"extends": "b"}, "b": {"extends": "a"}})J")),
             Catch::Contains("extends it in turn"));
  CHECK_THAT(problems_of(rules_text("", R"J({"default": {}})J")),
             Catch::Contains("$.calendars.default: 'default' names the top-level calendar"));
  CHECK_THAT(problems_of(rules_text("", R"J({"Court": {}})J")),
             Catch::Contains("invalid id 'Court'"));
  CHECK_THAT(problems_of(rules_text("", R"J({"court": {"period": []}})J")),
             Catch::Contains("$.calendars.court"));
  CHECK_THAT(problems_of(rules_text("", R"J([])J")),
             Catch::Contains("$.calendars: expected an object of calendars by id"));
}

TEST_CASE("an operator naming a calendar the rule set lacks is refused when the rules load",
          "[calendar]") {
  const std::string text =
      rules_text("", kCourt, R"J({"is_business_day": [{"var": "today"}, "courts"]})J");
  CHECK_THAT(problems_of(text), Catch::Contains("unknown calendar 'courts'"));
  CHECK_THAT(problems_of(text), Catch::Contains("did you mean 'court'"));
  CHECK(
      load_rules(rules_text("", kCourt, R"J({"is_business_day": [{"var": "today"}, "court"]})J")));
}

}  // namespace named_calendars_test
}  // namespace escalate
