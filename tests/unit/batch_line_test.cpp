// One batch line to one output object (evaluate_batch_line): echoes, blank
// lines, every malformed request as an error object, and hostile input.
#include "escalate/batch_line.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "escalate/json_document.hpp"
#include "rules_support.hpp"

namespace escalate {
namespace batch_line_test {

using Catch::Contains;

// A line's output as printed, read back as JSON, and how the run counts it.
struct Line {
  std::string text;
  Json output;
  LineStatus status = LineStatus::error;
  std::string channel;
};

Line read_back(BatchLineResult r) {
  Json output = Json::parse(r.text);
  return {std::move(r.text), std::move(output), r.status, std::move(r.channel)};
}

Line run(std::string_view line, std::size_t number = 1) {
  BatchDefaults defaults;
  defaults.today = test::fixture_today();
  defaults.language = test::kEn;
  return read_back(evaluate_batch_line(test::engine_rules(), line, number, defaults));
}

// The error object of a line that must fail with `code`.
Json error_of(const Line& r, const std::string& code) {
  INFO(r.output.dump(-1, ' ', false, Json::error_handler_t::replace));  // as the CLI prints it
  CHECK(r.status == LineStatus::error);
  CHECK(r.output.at("status") == "error");
  CHECK(r.output.at("error").at("code") == code);
  return r.output.at("error");
}

TEST_CASE("a batch line's output echoes its line number and id", "[batch]") {
  const Line r = run(R"({"id": "case-7", "answers": {"contacted_a": false, "extras": []}})", 12);
  CHECK(r.status == LineStatus::advice);
  CHECK(r.channel == "a");
  CHECK(r.output.at("line") == 12);
  CHECK(r.output.at("id") == "case-7");
  CHECK(r.output.at("status") == "advice");
  CHECK(r.output.at("step").at("id") == "start_a");
  // any JSON id is echoed as given
  CHECK(run(R"({"id": {"k": [1, 2]}})").output.at("id") == Json::parse(R"({"k": [1, 2]})"));
  CHECK(run(R"({"id": 3.5})").output.at("id") == 3.5);
  CHECK_FALSE(run(R"({"answers": {}})").output.contains("id"));
}

TEST_CASE("a batch line's output is the engine's JSON result after line and id", "[batch]") {
  const Line r =
      run(R"({"id": 1, "answers": {"contacted_a": true}, "lang": "de", "today": "2026-12-01"})", 3);
  CHECK(r.status == LineStatus::needs_input);
  CHECK(r.channel.empty());
  std::vector<std::string> keys;
  for (const auto& [k, v] : r.output.items()) keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"line", "id", "status", "question", "for_step", "rules",
                                         "today", "lang", "answers"});
  CHECK(r.output.at("question").at("id") == "outcome_a");
  CHECK(r.output.at("today") == "2026-12-01");
  CHECK(r.output.at("lang") == "de");
}

TEST_CASE("a language is matched by its primary subtag", "[batch]") {
  CHECK(run(R"({"lang": "pt"})").output.at("lang") == "pt-BR");
  CHECK(run(R"({"lang": "PT-br"})").output.at("lang") == "pt-BR");
}

TEST_CASE("a blank line gives status blank and keeps its line number", "[batch]") {
  for (const char* blank : {"", "   ", "\t", " \r"}) {
    const Line r = run(blank, 4);
    CHECK(r.status == LineStatus::blank);
    CHECK(r.output == Json({{"line", 4}, {"status", "blank"}}));
  }
}

TEST_CASE("a line that is not JSON is an invalid_json error", "[batch]") {
  for (const char* bad : {"{", "{\"answers\": }", "answers", "{\"id\": 1} trailing", "{'id': 1}"}) {
    INFO(bad);
    const Json e = error_of(run(bad, 2), "invalid_json");
    CHECK_THAT(e.at("message").get<std::string>(), Contains("not valid JSON"));
  }
  CHECK(run("{", 2).output.at("line") == 2);
}

TEST_CASE("a line that is JSON but not an object is an invalid_request error showing what it got",
          "[batch]") {
  for (const auto& [line, shown] :
       {std::pair{"[1, 2]", "got [1,2]"}, std::pair{"\"text\"", "got \"text\""},
        std::pair{"null", "got null"}, std::pair{"42", "got 42"}}) {
    CHECK_THAT(error_of(run(line), "invalid_request").at("message").get<std::string>(),
               Contains("expected a JSON object") && Contains(shown));
  }
}

TEST_CASE("an unknown key is an error with a did-you-mean suggestion, and the id is still echoed",
          "[batch]") {
  const Line r = run(R"({"id": "x1", "answer": {"contacted_a": true}})");
  const Json e = error_of(r, "invalid_request");
  CHECK_THAT(e.at("message").get<std::string>(),
             Contains("'answer'") && Contains("did you mean 'answers'?"));
  CHECK(r.output.at("id") == "x1");
  error_of(run(R"({"anwsers": {}})"), "invalid_request");
}

TEST_CASE("answers that are not an object are an invalid_request error", "[batch]") {
  error_of(run(R"({"answers": [["contacted_a", true]]})"), "invalid_request");
  error_of(run(R"({"answers": "contacted_a=yes"})"), "invalid_request");
}

TEST_CASE("a bad today is an invalid_request error naming it", "[batch]") {
  for (const char* bad : {R"({"today": "2026-13-01"})", R"({"today": "29/11/2026"})",
                          R"({"today": 20261129})", R"({"today": null})"}) {
    INFO(bad);
    CHECK_THAT(error_of(run(bad), "invalid_request").at("message").get<std::string>(),
               Contains("'today'"));
  }
}

TEST_CASE("a language the rule set lacks is an invalid_request error listing its languages",
          "[batch]") {
  for (const char* bad : {R"({"lang": "fr"})", R"({"lang": 1})", R"({"lang": ""})"}) {
    INFO(bad);
    CHECK_THAT(error_of(run(bad), "invalid_request").at("message").get<std::string>(),
               Contains("'lang'") && Contains("en, pt-BR, de"));
  }
}

TEST_CASE("answer errors from the engine keep their code and question", "[batch]") {
  const Json invalid = error_of(run(R"({"answers": {"date_a": "2027-01-01"}})"), "invalid_answer");
  CHECK(invalid.at("question") == "date_a");
  const Json unknown = error_of(run(R"({"answers": {"contacted_b": true}})"), "unknown_question");
  CHECK_THAT(unknown.at("message").get<std::string>(), Contains("did you mean 'contacted_a'"));
  error_of(
      run(R"({"answers": {"contacted_a": true, "outcome_a": "u", "b_failed": true, "protocol_a": "123456",
                   "via": "web", "extras": ["phone_log"]}})"),
      "evaluation_error");
}

std::string nested(int depth, std::string_view inner = "true") {
  // {"id": [[...]]}: the object is one level, the arrays the rest
  return "{\"id\": " + std::string(static_cast<std::size_t>(depth - 1), '[') + std::string(inner) +
         std::string(static_cast<std::size_t>(depth - 1), ']') + "}";
}

TEST_CASE("nesting up to the limit is parsed, deeper lines are rejected", "[batch]") {
  const Line at_limit = run(nested(kMaxJsonDepth));
  CHECK(at_limit.status == LineStatus::needs_input);
  const Line over = run(nested(kMaxJsonDepth + 1));
  CHECK_THAT(error_of(over, "invalid_json").at("message").get<std::string>(),
             Contains(fmt::format("nested more than {} levels", kMaxJsonDepth)));
  CHECK_FALSE(over.output.contains("id"));
}

TEST_CASE("a deeply nested line is rejected before any parsing", "[batch]") {
  // a million unclosed brackets: parsing would report a syntax error; the depth check comes first
  const std::string line(1'000'000, '[');
  CHECK_THAT(error_of(run(line), "invalid_json").at("message").get<std::string>(),
             Contains("nested more than"));
}

TEST_CASE("brackets inside strings do not count as nesting", "[batch]") {
  const std::string brackets(200, '[');
  const Line r = run(R"({"id": ")" + brackets + R"(\"]]"})");
  CHECK(r.status == LineStatus::needs_input);
  CHECK(r.output.at("id") == brackets + "\"]]");
}

TEST_CASE("invalid UTF-8 is an invalid_json error", "[batch]") {
  error_of(run("{\"id\": \"\xff\"}"), "invalid_json");
  error_of(run("{\"id\": \"caf\xc3\"}"), "invalid_json");  // truncated sequence
  error_of(run("{\"answers\": {\"protocol_a\": \"\xed\xa0\x80\"}}"),
           "invalid_json");  // a UTF-16 surrogate
  // valid UTF-8 passes
  CHECK(run("{\"id\": \"caf\xc3\xa9\"}").output.at("id") == "caf\xc3\xa9");
}

TEST_CASE("a 10 MB string value is handled like any other", "[batch]") {
  const std::string big(std::size_t{10} * 1024 * 1024, '7');
  const Line id = run(R"({"id": ")" + big + R"(", "answers": {"contacted_a": true}})");
  CHECK(id.status == LineStatus::needs_input);
  CHECK(id.output.at("id").get<std::string>().size() == big.size());
  // as an answer it is checked against the pattern (6 to 10 digits) and rejected
  const Json e =
      error_of(run(R"({"answers": {"protocol_a": ")" + big + R"("}})"), "invalid_answer");
  CHECK(e.at("question") == "protocol_a");
}

}  // namespace batch_line_test
}  // namespace escalate

namespace escalate {
namespace batch_line_test {

BatchFields fields(std::string_view list) {
  Expected<BatchFields> parsed = parse_batch_fields(test::engine_rules(), list);
  REQUIRE(parsed);
  return *parsed;
}

std::string run_fields(std::string_view line, std::string_view list) {
  BatchDefaults defaults;
  defaults.today = test::fixture_today();
  defaults.language = test::kEn;
  return evaluate_batch_line(test::engine_rules(), line, 5, defaults, fields(list)).text;
}

std::string problem_of(std::string_view list) {
  Expected<BatchFields> parsed = parse_batch_fields(test::engine_rules(), list);
  REQUIRE_FALSE(parsed);
  return parsed.problem().message;
}

TEST_CASE("batch --compact keeps line, id and status, then the step, channel and question ids",
          "[batch][fields]") {
  CHECK(
      run_fields(R"({"id": "c", "answers": {"contacted_a": false, "extras": []}})",
                 kCompactFields) ==
      R"({"line":5,"id":"c","status":"advice","step.id":"start_a","channel.id":"a","question.id":null})");
  CHECK(
      run_fields(R"({"answers": {"contacted_a": true}})", kCompactFields) ==
      R"({"line":5,"status":"needs_input","step.id":null,"channel.id":null,"question.id":"outcome_a"})");
}

TEST_CASE(
    "batch --fields prints each field in the order given, keyed by its path, null when absent",
    "[batch][fields]") {
  const Json whole =
      Json::parse(evaluate_batch_line(test::engine_rules(),
                                      R"({"answers": {"contacted_a": false, "extras": []}})", 5,
                                      {test::fixture_today(), test::kEn})
                      .text);
  const Json out = Json::parse(run_fields(R"({"answers": {"contacted_a": false, "extras": []}})",
                                          "deadlines,channel.name,answers.contacted_a,"
                                          "question.prompt,step.notes,rules.version,lang"));
  std::vector<std::string> keys;
  for (const auto& [k, v] : out.items()) keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"line", "status", "deadlines", "channel.name",
                                         "answers.contacted_a", "question.prompt", "step.notes",
                                         "rules.version", "lang"});
  CHECK(out.at("deadlines") == whole.at("deadlines"));
  CHECK(out.at("channel.name") == whole.at("channel").at("name"));
  CHECK(out.at("answers.contacted_a") == false);
  CHECK(out.at("question.prompt").is_null());
  CHECK(out.at("step.notes") == whole.at("step").at("notes"));
  CHECK(out.at("rules.version") == whole.at("rules").at("version"));
  CHECK(out.at("lang") == "en");
}

TEST_CASE("with --fields an error line still carries its whole error, and a blank line stays blank",
          "[batch][fields]") {
  CHECK(run_fields(R"({"id": 1, "answers": {"no_such": 1}})", "step.id")
            .find(R"("status":"error","error":{"code":"unknown_question")") != std::string::npos);
  CHECK(run_fields("{", "step.id").find(R"("error":{"code":"invalid_json")") != std::string::npos);
  CHECK(run_fields("  ", "step.id") == R"({"line":5,"status":"blank"})");
}

TEST_CASE("naming line, id or status in --fields changes nothing", "[batch][fields]") {
  CHECK(fields("line,id,status,step.id").paths == std::vector<std::string>{"step.id"});
}

TEST_CASE("a bad --fields list is refused, naming the path and what is accepted",
          "[batch][fields]") {
  CHECK_THAT(problem_of("stepp.id"), Contains("'stepp.id' is not a part of a result") &&
                                         Contains("did you mean 'step'?") &&
                                         Contains("status, rules, today"));
  CHECK_THAT(problem_of("step.idd"), Contains("did you mean 'step.id'?"));
  CHECK_THAT(problem_of("deadlines.date"), Contains("'deadlines', which has none to name"));
  CHECK_THAT(problem_of("answers.nope_nope_nope"), Contains("is not in 'answers'"));
  CHECK_THAT(problem_of("step.id,step.id"), Contains("'step.id' is named twice"));
  CHECK_THAT(problem_of("step.id,,lang"), Contains("an empty name"));
  CHECK_THAT(problem_of(""), Contains("an empty name"));
  CHECK_THAT(problem_of("step.id,"), Contains("an empty name"));
}

}  // namespace batch_line_test
}  // namespace escalate
