// Reading answers per question type (typed text and JSON values) on the engine
// fixture's questions, and error messages that name the question, value and what is accepted.
#include "escalate/answers.hpp"

#include <catch2/catch.hpp>

#include "answer_checks.hpp"
#include "escalate/loader.hpp"
#include "escalate/locale_format.hpp"
#include "escalate/messages.hpp"
#include "escalate/utf8.hpp"
#include "rules_support.hpp"

namespace escalate {
namespace answers_test {

using test::kDe;
using test::kEn;
using test::kPt;

const Question& question(const std::string& id) {
  return test::question_of(test::engine_rules(), id);
}

AnswerContext context(std::size_t language = kEn, Date today = test::fixture_today()) {
  return AnswerContext{test::engine_rules(), language, today};
}

Json parsed(const std::string& id, std::string_view text, std::size_t language = kEn) {
  return test::parsed_in(test::engine_rules(), id, text, language);
}

std::string rejected(const std::string& id, std::string_view text, std::size_t language = kEn) {
  return test::rejected_in(test::engine_rules(), id, text, language);
}

Json json_checked(const std::string& id, const Json& value, std::size_t language = kEn) {
  const Expected<Json> r = check_answer_json(question(id), value, context(language));
  INFO(id << " <- " << value.dump() << ": " << (r ? "" : r.problem().message));
  REQUIRE(r);
  return *r;
}

bool json_rejected(const std::string& id, const Json& value) {
  const Expected<Json> r = check_answer_json(question(id), value, context());
  return !r && r.problem().code == ProblemCode::invalid_answer && r.problem().question == id;
}

TEST_CASE("booleans accept yes/no, true/false, 1/0 and the rule set's languages' words",
          "[answers]") {
  for (const char* yes : {"yes", "Yes", "y", "true", "1", "sim", "ja", " JA "})
    CHECK(parsed("contacted_a", yes) == true);
  for (const char* no : {"no", "NO", "n", "false", "0", "não", "nao", "nein"})
    CHECK(parsed("contacted_a", no) == false);
  // the words of every language are accepted whatever the output language
  CHECK(parsed("contacted_a", "sim", kDe) == true);
  CHECK(parsed("contacted_a", "nein", kPt) == false);
}

TEST_CASE(
    "an invalid boolean names the question, the value and what is accepted, in the chosen language",
    "[answers]") {
  CHECK_THAT(rejected("contacted_a", "perhaps"), Catch::Contains("'perhaps'") &&
                                                     Catch::Contains("'contacted_a'") &&
                                                     Catch::Contains("yes or no"));
  CHECK_THAT(rejected("contacted_a", "talvez", kPt),
             Catch::Contains("'talvez' não é uma resposta válida para 'contacted_a'") &&
                 Catch::Contains("sim ou não"));
  CHECK_THAT(rejected("contacted_a", "vielleicht", kDe),
             Catch::Contains("„vielleicht“ ist keine gültige Antwort auf „contacted_a“") &&
                 Catch::Contains("ja oder nein"));
}

TEST_CASE("a choice accepts its value, a unique prefix or its 1-based number", "[answers]") {
  CHECK(parsed("outcome_a", "pending") == "pending");
  CHECK(parsed("outcome_a", "RESOLVED") == "resolved");
  CHECK(parsed("outcome_a", "p") == "pending");
  CHECK(parsed("outcome_a", "uns") == "unsatisfactory");
  CHECK(parsed("outcome_a", "1") == "resolved");
  CHECK(parsed("outcome_a", "3") == "unsatisfactory");
  // a value that is also a prefix of another value is taken as itself
  CHECK(parsed("via", "phone") == "phone");
  CHECK(parsed("via", "phone_") == "phone_app");
  CHECK(parsed("via", "l") == "letter");
}

TEST_CASE("a choice rejects an ambiguous prefix, a number out of range and anything else",
          "[answers]") {
  CHECK_THAT(rejected("via", "ph"), Catch::Contains("'ph'") && Catch::Contains("'via'") &&
                                        Catch::Contains("phone, phone_app") &&
                                        Catch::Contains("several options"));
  CHECK_THAT(rejected("via", "ph", kPt), Catch::Contains("corresponde a várias opções de 'via'"));
  CHECK_THAT(rejected("outcome_a", "0"),
             Catch::Contains("one of resolved, pending, unsatisfactory"));
  rejected("outcome_a", "4");
  rejected("outcome_a", "");
  CHECK_THAT(rejected("outcome_a", "maybe", kDe),
             Catch::Contains("„maybe“") &&
                 Catch::Contains("eine dieser Optionen: resolved, pending, unsatisfactory"));
}

TEST_CASE("a multi answer lists options by value, prefix or number, in option order, each once",
          "[answers]") {
  CHECK(parsed("extras", "photos,witness") == Json({"photos", "witness"}));
  CHECK(parsed("extras", "witness, photos") == Json({"photos", "witness"}));
  CHECK(parsed("extras", "3 2") == Json({"phone_log", "witness"}));
  CHECK(parsed("extras", "w,photos,witness") == Json({"photos", "witness"}));
  CHECK(parsed("extras", "") == Json::array());  // nothing selected
  CHECK_THAT(rejected("extras", "photos,ph"), Catch::Contains("photos, phone_log"));
  CHECK_THAT(
      rejected("extras", "photos,nope"),
      Catch::Contains("'nope'") && Catch::Contains("one or more of photos, phone_log, witness"));
}

TEST_CASE("numbers are read in the plain form and in the output language's form", "[answers]") {
  for (std::size_t lang : {kEn, kPt, kDe}) CHECK(parsed("claim", "1234.56", lang) == 1234.56);
  CHECK(parsed("claim", "1.234,56", kPt) == 1234.56);
  CHECK(parsed("claim", "1.234,56", kDe) == 1234.56);
  CHECK(parsed("claim", "1,234.56", kEn) == 1234.56);
  CHECK(parsed("claim", "R$ 1.621,00", kPt) == 1621);
  CHECK(parsed("claim", "0") == 0);
  CHECK_THAT(rejected("claim", "1,234.5.6", kEn),
             Catch::Contains("'1,234.5.6'") && Catch::Contains("a number such as 1,234.5"));
  CHECK_THAT(rejected("claim", "lots", kPt), Catch::Contains("um número como 1.234,5"));
}

TEST_CASE("a number below its minimum is rejected with the bound", "[answers]") {
  CHECK_THAT(rejected("claim", "-1"),
             Catch::Contains("-1") && Catch::Contains("'claim'") && Catch::Contains("at least 0"));
  CHECK_THAT(rejected("claim", "-0,5", kPt), Catch::Contains("no mínimo 0"));
}

TEST_CASE("dates are read as YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY or today", "[answers]") {
  CHECK(parsed("date_a", "2026-11-03") == "2026-11-03");
  CHECK(parsed("date_a", "03/11/2026") == "2026-11-03");
  CHECK(parsed("date_a", "03.11.2026") == "2026-11-03");
  CHECK(parsed("date_a", "today") == "2026-11-29");
  CHECK(parsed("date_a", "hoje", kPt) == "2026-11-29");
  CHECK(parsed("date_a", "heute", kDe) == "2026-11-29");
  CHECK_THAT(rejected("date_a", "31/02/2026"),
             Catch::Contains("'31/02/2026'") && Catch::Contains("a date such as 2026-11-29"));
  CHECK_THAT(rejected("date_a", "yesterday", kDe), Catch::Contains("ein Datum wie 29.11.2026"));
}

TEST_CASE("date bounds hold inclusively, with today standing for the evaluation date",
          "[answers]") {
  CHECK(parsed("date_a", "2020-01-01") == "2020-01-01");  // min, inclusive
  CHECK(parsed("date_a", "2026-11-29") == "2026-11-29");  // max "today", inclusive
  CHECK_THAT(rejected("date_a", "2019-12-31"),
             Catch::Contains("'date_a'") && Catch::Contains("on or after 2020-01-01"));
  CHECK_THAT(rejected("date_a", "2026-11-30"),
             Catch::Contains("2026-11-30") && Catch::Contains("on or before 2026-11-29"));
  CHECK_THAT(rejected("date_a", "30/11/2026", kPt), Catch::Contains("em 29/11/2026 ou antes"));
  CHECK_THAT(rejected("date_a", "30.11.2026", kDe), Catch::Contains("am 29.11.2026 oder früher"));
  // a later evaluation date moves the bound
  const Expected<Json> later =
      parse_answer_text(question("date_a"), "2026-11-30", context(kEn, test::day("2026-12-31")));
  REQUIRE(later);
  CHECK(*later == "2026-11-30");
}

TEST_CASE("text answers must match the question's pattern", "[answers]") {
  CHECK(parsed("protocol_a", "123456") == "123456");
  CHECK(parsed("protocol_a", "1234567890") == "1234567890");
  CHECK_THAT(rejected("protocol_a", "12345"),
             Catch::Contains("'12345'") && Catch::Contains("^[0-9]{6,10}$"));
  rejected("protocol_a", "12345678901");
  CHECK_THAT(rejected("protocol_a", "ABC123", kPt),
             Catch::Contains("um texto no formato ^[0-9]{6,10}$"));
}

TEST_CASE("\"I don't know\" is accepted only where the question allows it", "[answers]") {
  for (const char* words : {"unknown", "Unknown", "não sei", "weiß nicht", "null"}) {
    CHECK(parsed("protocol_a", words).is_null());
  }
  CHECK_THAT(rejected("contacted_a", "unknown"), Catch::Contains("'contacted_a' needs an answer"));
  CHECK_THAT(rejected("date_a", "não sei", kPt),
             Catch::Contains("'date_a' precisa de uma resposta"));
  rejected("extras", "unknown");
}

TEST_CASE("JSON answers must have the question's JSON type", "[answers]") {
  CHECK(json_checked("contacted_a", true) == true);
  CHECK(json_checked("outcome_a", "pending") == "pending");
  CHECK(json_checked("extras", {"witness", "photos"}) == Json({"photos", "witness"}));
  CHECK(json_checked("extras", Json::array()) == Json::array());
  CHECK(json_checked("claim", 1621) == 1621);
  CHECK(json_checked("claim", 0.5) == 0.5);
  CHECK(json_checked("date_a", "2026-11-03") == "2026-11-03");
  CHECK(json_checked("protocol_a", "123456") == "123456");
  CHECK(json_checked("protocol_a", nullptr).is_null());
  CHECK(json_rejected("contacted_a", 1));
  CHECK(json_rejected("contacted_a", nullptr));
  CHECK(json_rejected("outcome_a", 2));
  CHECK(json_rejected("outcome_a", {"pending"}));
  CHECK(json_rejected("extras", {"photos", 3}));
  CHECK(json_rejected("extras", {"photos", "nope"}));
  CHECK(json_rejected("claim", true));
  CHECK(json_rejected("claim", -3));
  CHECK(json_rejected("date_a", 20261103));
  CHECK(json_rejected("date_a", "2026-12-01"));
  CHECK(json_rejected("protocol_a", 123456));
  CHECK(json_rejected("protocol_a", Json::object()));
}

TEST_CASE(
    "JSON strings are read as typed text for every type but text, where only \"I don't know\" is "
    "read",
    "[answers]") {
  CHECK(json_checked("contacted_a", "sim") == true);
  CHECK(json_checked("outcome_a", "uns") == "unsatisfactory");
  CHECK(json_checked("extras", "photos,witness") == Json({"photos", "witness"}));
  CHECK(json_checked("claim", "1.621,00", kPt) == 1621);
  CHECK(json_checked("date_a", "03/11/2026") == "2026-11-03");
  // For a text question that takes "I don't know", the phrases mean it in JSON
  // too, as with -a and in the session (a refusal tells people to answer so).
  CHECK(json_checked("protocol_a", "unknown").is_null());
  CHECK(json_checked("protocol_a", "não sei", kPt).is_null());
}

TEST_CASE("accepted values and displayed answers are in the chosen language", "[answers]") {
  CHECK(accepted_values(question("outcome_a"), context()) ==
        "one of resolved, pending, unsatisfactory (or the option's number)");
  CHECK(accepted_values(question("extras"), context()) ==
        "one or more of photos, phone_log, witness, separated by commas");
  CHECK(accepted_values(question("contacted_a"), context(kDe)) == "ja oder nein");
  CHECK(display_answer(question("outcome_a"), "pending", context(kPt)) == "Ainda sem resposta");
  CHECK(display_answer(question("extras"), {"photos", "witness"}, context(kDe)) ==
        "Fotos, Einen Zeugen");
  CHECK(display_answer(question("claim"), 1621, context(kPt)) == "R$ 1.621,00");
  CHECK(display_answer(question("date_a"), "2026-11-03", context(kDe)) == "03.11.2026");
  CHECK(display_answer(question("contacted_a"), true, context(kPt)) == "sim");
  CHECK(display_answer(question("protocol_a"), nullptr, context(kEn)) == "unknown");
}

TEST_CASE("an unknown question id suggests the closest one", "[answers]") {
  const Problem e = unknown_question_problem("outcome_b", context());
  CHECK(e.code == ProblemCode::unknown_question);
  CHECK(e.question == "outcome_b");
  CHECK(e.message == "unknown question 'outcome_b'; did you mean 'outcome_a'?");
  CHECK(unknown_question_problem("zzzzzzzz", context()).message == "unknown question 'zzzzzzzz'");
}

TEST_CASE("every language's \"I don't know\" phrases are understood", "[answers]") {
  // Reported: "não lembro", "não tenho", "keine Ahnung", "I don't remember" were taken as answers.
  for (const char* words :
       {"I don't remember", "i don’t know", "no idea", "não lembro", "Não tenho", "não me lembro",
        "keine Ahnung", "Weiß ich nicht", "ich weiß nicht"}) {
    INFO(words);
    for (std::size_t lang : {kEn, kPt, kDe}) CHECK(parsed("protocol_a", words, lang).is_null());
  }
  for (std::string_view language : {"en", "pt-BR", "de"}) {
    for (std::string_view phrase : unknown_phrases(language)) {
      INFO(phrase);
      CHECK(parsed("protocol_a", phrase).is_null());
    }
  }
}

TEST_CASE("an answer that is not UTF-8 is refused with the byte shown, at every entry",
          "[answers]") {
  // Reported: advise --format json -a issue=$'\xff' failed inside the JSON dump.
  const std::string message = rejected("outcome_a", "\xff");
  CHECK_THAT(message, Catch::Contains("UTF-8") && Catch::Contains("\\xff"));
  CHECK(is_valid_utf8(message));
  CHECK_THAT(rejected("protocol_a", "12\xe9"), Catch::Contains("\\xe9"));
  const Expected<Json> json = check_answer_json(question("protocol_a"), Json("12\xe9"), context());
  REQUIRE_FALSE(json);
  CHECK(is_valid_utf8(json.problem().message));
  const Problem unknown = unknown_question_problem("x\xff", context());
  CHECK(is_valid_utf8(unknown.message));
  CHECK(is_valid_utf8(unknown.question));
}

TEST_CASE("patterns run in linear time on long answers", "[answers]") {
  // Reported: one 50 KB answer to ^[0-9]+$ overflowed std::regex's recursion.
  CHECK_THAT(rejected("protocol_a", std::string(1'000'000, '1')), Catch::Contains("^[0-9]{6,10}$"));
  const Expected<Loaded> loaded = load_rules(R"({
      "format": "escalate-rules/1", "id": "p", "version": "1", "updated": "2026-11-29", "title": "t",
      "languages": ["en"], "channels": [{"id": "c", "name": "c", "summary": "c", "contacts": []}], "ladder": ["c"],
      "questions": [{"id": "q", "type": "text", "prompt": "p", "pattern": "^[0-9]+$"}],
      "steps": [{"id": "s", "when": {"var": "q"}, "channel": "c", "title": "t", "action": "a"},
                {"id": "t", "channel": "c", "title": "t", "action": "a"}]})");
  REQUIRE(loaded);
  const Question& q = *loaded->rules->find_question("q");
  const AnswerContext c{*loaded->rules, 0, test::fixture_today()};
  CHECK(parse_answer_text(q, std::string(5'000'000, '7'), c).has_value());
  CHECK_FALSE(parse_answer_text(q, std::string(5'000'000, '7') + "x", c).has_value());
}

}  // namespace answers_test
}  // namespace escalate

namespace escalate {
namespace answers_test {

// A rule set whose options are spelt like "I don't know" words.
const RuleSet& none_rules() {
  return test::rule_file("tests/fixtures/rules/valid/options-spelt-unknown.json");
}

TEST_CASE("an option whose value is spelt like an \"I don't know\" word can be chosen",
          "[answers]") {
  const RuleSet& rules = none_rules();
  CHECK(test::parsed_in(rules, "reply", "none", kEn) == "none");
  CHECK(test::parsed_in(rules, "got", "none", kEn) == Json::array({"none"}));
  const AnswerContext c{rules, kEn, test::fixture_today()};
  const Expected<Json> as_json = check_answer_json(*rules.find_question("reply"), "none", c);
  REQUIRE(as_json);
  CHECK(*as_json == "none");
  // Another "I don't know" word still means unknown where it is allowed.
  CHECK(test::parsed_in(rules, "reply", "idk", kEn).is_null());
}

}  // namespace answers_test
}  // namespace escalate
