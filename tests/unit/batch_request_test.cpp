// A batch line read in place (read_request_fast): what it reads, every line it
// leaves to the strict path, and the same output either way.
#include "batch_request.hpp"

#include <catch2/catch.hpp>

#include "escalate/batch_line.hpp"
#include "escalate/json_fast.hpp"
#include "rules_support.hpp"

namespace escalate {
namespace batch_request_test {

BatchDefaults defaults() {
  BatchDefaults d;
  d.today = test::fixture_today();
  d.language = test::kEn;
  return d;
}

std::optional<FastRequest> read(std::string_view line) {
  return read_request_fast(test::engine_rules(), line, defaults());
}

TEST_CASE("a request is read in place: its id, language, day and answers in the line's order",
          "[batch]") {
  const auto r = read(R"({"answers": {"outcome_a": "pending", "contacted_a": true, "claim": 12.5},)"
                      R"( "lang": "de", "today": "2027-01-04", "id": {"case": [1, 2]}})");
  REQUIRE(r);
  CHECK(r->id == Json::parse(R"({"case": [1, 2]})"));
  CHECK(r->language == test::kDe);
  CHECK(r->today == test::day("2027-01-04"));
  REQUIRE(r->answers.size() == 3);
  CHECK(r->answers[0].question->id == "outcome_a");
  CHECK(r->answers[0].value == "pending");
  CHECK(r->answers[1].question->id == "contacted_a");
  CHECK(r->answers[2].value == 12.5);
}

TEST_CASE("a request without id, answers, lang or today takes the run's defaults", "[batch]") {
  const auto r = read("{}");
  REQUIRE(r);
  CHECK_FALSE(r->id);
  CHECK(r->language == test::kEn);
  CHECK(r->today == test::fixture_today());
  CHECK(r->answers.empty());
}

TEST_CASE("every line the strict path words an error for is left to it", "[batch]") {
  const std::string deep = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  const std::string line = GENERATE_COPY(values<std::string>({
      "not json", "[1, 2]", R"("a string")",
      R"({"answers": {}, "answers": {}})",                 // a repeated key
      R"({"answer": {}})",                                 // an unknown key
      R"({"answers": {"claim": 1, "claim": 2}})",          // a repeated answer
      R"({"answers": {"no_such_question": true}})",        // an unknown question id
      R"({"answers": {"claim": 1, "nope": 2}})",           // one unknown among known ones
      R"({"answers": []})",                                // answers not an object
      R"({"lang": "fr"})",                                 // a language the rule set lacks
      R"({"lang": 7})",                                    // a language that is not a string
      R"({"today": "2026-02-30"})",                        // not a day
      R"({"today": 20261129})",                            // not a string
      R"({"id": {"a": 1, "a": 2}})",                       // a repeated key inside the id
      R"({"answers": {"protocol_a": {"x": 1, "x": 2}}})",  // a repeated key inside an answer
      "{\"id\": " + deep + "}",                            // nesting past the limit
      "{\"answers\": {\"protocol_a\": \"\xff\"}}",         // invalid UTF-8
      "{\"id\": 1" + std::string(kSharedFastText, ' ') +
          "}",  // longer than the shared parser takes
  }));
  INFO(line.substr(0, 80));
  CHECK_FALSE(read(line));
}

TEST_CASE("a line read in place prints exactly what the strict path prints for it", "[batch]") {
  // Spaces past kSharedFastText send the same request down the strict path.
  const std::string line = GENERATE(values<std::string>({
      R"({"id": 1, "answers": {"contacted_a": false, "extras": []}})",
      R"({"id": "x", "answers": {"contacted_a": true, "outcome_a": "unsatisfactory"}})",
      R"({"answers": {"contacted_a": true}, "lang": "pt-BR"})",
      R"({"answers": {"claim": -3}})",
      R"({"answers": {"date_a": "31/12/2026", "protocol_a": "  A-1  "}, "today": "2026-12-01"})",
      R"({"answers": {"outcome_a": "nope"}, "lang": "de"})",
      R"({"id": [1.5e300, -0, null, true], "answers": {"extras": ["x"]}})",
  }));
  INFO(line);
  REQUIRE(read(line));
  const std::string padded = line + std::string(kSharedFastText + 1, ' ');
  REQUIRE_FALSE(read(padded));
  const BatchLineResult fast = evaluate_batch_line(test::engine_rules(), line, 3, defaults());
  const BatchLineResult strict = evaluate_batch_line(test::engine_rules(), padded, 3, defaults());
  CHECK(fast.text == strict.text);
}

}  // namespace batch_request_test
}  // namespace escalate
