// How the decision graph reads a step's condition (condition_summary.cpp),
// seen where rule authors see it: the "when" line of the step's node. Names
// stand for themselves, operators read as words or signs, parentheses appear
// where the grouping needs them, and long conditions are cut with "…".
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <string>

#include "escalate/graph.hpp"
#include "escalate/loader.hpp"
#include "escalate/utf8.hpp"

namespace escalate {
namespace condition_summary_test {

// The rules file around the condition: questions of each type, a fact, a
// constant and a court calendar for the condition to name.
constexpr const char* kRules = R"({{
  "format": "escalate-rules/1", "id": "readings", "version": "1", "updated": "2026-11-29",
  "title": "Readings", "languages": ["en"],
  "constants": {{"limits": {{"max": 40}}, "answer_days": 7}},
  "calendars": {{"court": {{"extends": "default", "periods": [{{"name": "Recess", "from": "12-20", "until": "01-20"}}]}}}},
  "channels": [{{"id": "c", "name": "C", "summary": "s", "contacts": [{{"kind": "phone", "value": "1"}}]}}],
  "ladder": ["c"],
  "questions": [
    {{"id": "issue", "type": "choice", "prompt": "?", "options": [
      {{"value": "billing_dispute", "label": "l"}}, {{"value": "a", "label": "l"}}, {{"value": "b", "label": "l"}}]}},
    {{"id": "sac_contacted", "type": "boolean", "prompt": "?"}},
    {{"id": "ombudsman_contacted", "type": "boolean", "prompt": "?"}},
    {{"id": "x", "type": "boolean", "prompt": "?"}},
    {{"id": "y", "type": "boolean", "prompt": "?"}},
    {{"id": "z", "type": "boolean", "prompt": "?"}},
    {{"id": "n", "type": "number", "prompt": "?"}},
    {{"id": "m", "type": "number", "prompt": "?"}},
    {{"id": "d", "type": "date", "prompt": "?"}},
    {{"id": "s", "type": "text", "prompt": "?"}},
    {{"id": "extras", "type": "multi", "prompt": "?", "options": [
      {{"value": "photos", "label": "l"}}, {{"value": "phone_log", "label": "l"}}]}}],
  "facts": [{{"id": "sac_deadline", "value": {{"date_add": [{{"var": "d"}}, 7, "days"]}}}}],
  "steps": [
    {{"id": "tested", "when": {}, "channel": "c", "title": "T", "action": "a"}},
    {{"id": "rest", "channel": "c", "title": "R", "action": "a"}}]
}})";

// The condition as the graph shows it (DOT's escapes undone).
std::string reading(const std::string& when) {
  const Expected<Loaded> loaded = load_rules(fmt::format(kRules, when));
  INFO(when);
  REQUIRE(loaded);
  const std::string graph = render_graph(*loaded->rules, GraphFormat::dot, 0);
  const std::string start = "(contact)\\nT\\nwhen ";
  const std::size_t from = graph.find(start);
  REQUIRE(from != std::string::npos);
  const std::size_t to = graph.find("\", shape=", from);
  std::string escaped = graph.substr(from + start.size(), to - from - start.size());
  std::string text;
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] == '\\' && i + 1 < escaped.size()) ++i;
    text += escaped[i];
  }
  return text;
}

TEST_CASE("names stand for themselves and option values stand bare") {
  CHECK(reading(R"({"==": [{"var": "issue"}, "billing_dispute"]})") == "issue = billing_dispute");
  CHECK(reading(R"({"var": "x"})") == "x");
  CHECK(reading(R"({">": [{"var": "today"}, {"var": "sac_deadline"}]})") == "today > sac_deadline");
  CHECK(reading(R"({"<=": [{"var": "n"}, {"var": "limits.max"}]})") == "n <= limits.max");
  CHECK(reading(R"({"!=": [{"var": "issue"}, "a"]})") == "issue != a");
  CHECK(reading(R"({"===": [{"var": "n"}, 3.5]})") == "n = 3.5");
}

TEST_CASE("values that are not plain words are quoted; dates stay bare") {
  CHECK(reading(R"({"==": [{"var": "s"}, "phone log"]})") == R"(s = "phone log")");
  CHECK(reading(R"({"==": [{"var": "s"}, "and"]})") == R"(s = "and")");
  CHECK(reading(R"({"==": [{"var": "s"}, "say \"hi\""]})") == R"(s = "say \"hi\"")");
  CHECK(reading(R"({"==": [{"var": "s"}, "42"]})") == R"(s = "42")");
  CHECK(reading(R"({"<": [{"var": "d"}, "2026-01-01"]})") == "d < 2026-01-01");
  CHECK(reading(R"({"==": [{"var": "s"}, null]})") == "s = null");
}

TEST_CASE("and, or and not read as words, with parentheses where they group") {
  CHECK(reading(R"({"and": [{"==": [{"var": "issue"}, "billing_dispute"]}, {"var": "sac_contacted"},
                            {"!": {"var": "ombudsman_contacted"}}]})") ==
        "issue = billing_dispute and sac_contacted and not ombudsman_contacted");
  CHECK(reading(R"({"and": [{"var": "x"}, {"or": [{"var": "y"}, {"var": "z"}]}]})") ==
        "x and (y or z)");
  SECTION("an and inside an or is parenthesised too, for the reader") {
    CHECK(reading(R"({"or": [{"and": [{"var": "x"}, {"var": "y"}]}, {"var": "z"}]})") ==
          "(x and y) or z");
  }
  CHECK(reading(R"({"!": {"==": [{"var": "issue"}, "a"]}})") == "not (issue = a)");
  CHECK(reading(R"({"!": [{"var": "x"}]})") == "not x");
  CHECK(reading(R"({"!!": {"var": "s"}})") == "bool(s)");
}

TEST_CASE("lists, in and missing") {
  CHECK(reading(R"({"in": [{"var": "issue"}, ["a", "b"]]})") == "issue in [a, b]");
  CHECK(reading(R"({"in": ["photos", {"var": "extras"}]})") == "photos in extras");
  CHECK(reading(R"({"missing": ["x"]})") == "missing(x)");
  CHECK(reading(R"({"missing": [["x", "n"]]})") == "missing(x, n)");
  CHECK(reading(R"({"missing_some": [1, ["x", "y"]]})") == "missing_some(1, [x, y])");
}

TEST_CASE("arithmetic keeps its grouping") {
  CHECK(reading(R"({"<": [{"*": [{"+": [{"var": "n"}, 1]}, 2]}, 10]})") == "(n + 1) * 2 < 10");
  CHECK(reading(R"({"<": [{"-": [{"var": "n"}, {"-": [{"var": "m"}, 1]}]}, 0]})") ==
        "n - (m - 1) < 0");
  CHECK(reading(R"({"<": [{"-": [{"var": "n"}]}, 0]})") == "-n < 0");
  CHECK(reading(R"({"<": [0, {"var": "n"}, 10]})") == "0 < n < 10");
}

TEST_CASE("dates read as dates") {
  CHECK(
      reading(
          R"({"<=": [{"var": "today"}, {"date_add": [{"var": "d"}, {"var": "answer_days"}, "days"]}]})") ==
      "today <= d + answer_days days");
  CHECK(
      reading(
          R"({"<=": [{"var": "today"}, {"date_add": [{"var": "d"}, 15, "business_days", "court"]}]})") ==
      "today <= d + 15 business days (court calendar)");
  CHECK(reading(R"({">": [{"date_diff": [{"var": "d"}, {"var": "today"}, "days"]}, 30]})") ==
        "(days from d to today) > 30");
}

TEST_CASE("if reads as if, then and else") {
  CHECK(reading(R"({"if": [{"var": "x"}, {"var": "y"}, {"var": "z"}]})") == "if x then y else z");
  CHECK(reading(R"({"if": [{"var": "x"}, {"var": "y"}, {"var": "z"}, true, false]})") ==
        "if x then y else if z then true else false");
}

TEST_CASE("other operators are written as name(arguments)") {
  CHECK(reading(R"({"==": [{"cat": ["+55", {"var": "s"}]}, "+551"]})") ==
        R"(cat("+55", s) = "+551")");
  CHECK(reading(R"({"==": [{"substr": [{"var": "s"}, 0, 2]}, "ab"]})") == "substr(s, 0, 2) = ab");
  CHECK(reading(R"({"some": [{"var": "extras"}, {"==": [{"var": ""}, "photos"]}]})") ==
        "some(extras, data = photos)");
}

TEST_CASE("a long condition is cut at a word and ends with an ellipsis") {
  const std::string text = reading(
      R"({"in": [{"var": "issue"}, ["billing_dispute", "billing_dispute", "billing_dispute",
                                  "billing_dispute", "billing_dispute", "billing_dispute"]]})");
  CHECK(text == "issue in [billing_dispute, billing_dispute, billing_dispute…");
  CHECK(display_width(text) <= 76);
  SECTION("a long and keeps the operands that fit whole") {
    CHECK(
        reading(
            R"({"and": [{"!": {"var": "sac_contacted"}}, {"==": [{"var": "issue"}, "billing_dispute"]},
                              {"!": {"var": "ombudsman_contacted"}}, {"<=": [{"var": "today"}, {"var": "sac_deadline"}]}]})") ==
        "not sac_contacted and issue = billing_dispute and …");
    CHECK(
        reading(
            R"({"or": [{"==": [{"var": "issue"}, "billing_dispute"]}, {"==": [{"var": "issue"}, "billing_dispute"]},
                             {"==": [{"var": "issue"}, "billing_dispute"]}]})") ==
        "issue = billing_dispute or issue = billing_dispute or …");
  }
  SECTION("anything else never ends with an operator waiting for its operand") {
    // Cut at the last space that fits, this would end with "answer_days +…".
    std::string sum = R"({"var": "answer_days"})";
    for (int i = 0; i < 10; ++i) sum += R"(, {"var": "answer_days"})";
    const std::string cut = reading(R"({"<": [{"+": [)" + sum + "]}, 10]}");
    CHECK(cut.substr(cut.size() - 16) == "+ answer_days…");
  }
  SECTION("never in the middle of a character") {
    const std::string accented = reading(
        R"({"==": [{"var": "s"}, "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"]})");
    CHECK(is_valid_utf8(accented));
    CHECK(accented.size() > 60);
    CHECK(accented.substr(accented.size() - 3) == "…");
  }
}

}  // namespace condition_summary_test
}  // namespace escalate
