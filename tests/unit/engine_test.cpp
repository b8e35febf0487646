// The decision engine on tests/fixtures/rules/valid/engine.json: which question
// comes next, first-match steps, lazy facts, the advice's parts, errors, and the JSON result.
#include "escalate/engine.hpp"

#include <catch2/catch.hpp>

#include "escalate/loader.hpp"
#include "escalate/result_json.hpp"
#include "rules_support.hpp"

namespace escalate {
namespace engine_test {

using test::decide_on;
using test::kDe;
using test::kEn;
using test::kPt;

// Answers that lead to step go_b once date_a and claim are known.
Json to_b() {
  return {{"contacted_a", true}, {"outcome_a", "unsatisfactory"}, {"b_failed", false}};
}
// Answers that pass every step before `explode`.
Json past_x() {
  return {{"contacted_a", true},
          {"outcome_a", "unsatisfactory"},
          {"b_failed", true},
          {"protocol_a", "123456"},
          {"via", "phone"}};
}

Json with(Json answers, const Json& more) {
  answers.update(more);
  return answers;
}

using test::advice_of;
using test::needs_of;
using test::problem_of;

std::string asked(const Result& r) {
  const auto* needs = std::get_if<NeedsInput>(&r);
  return needs ? needs->question->id : "(not asking)";
}
std::string for_step(const Result& r) {
  const auto* needs = std::get_if<NeedsInput>(&r);
  return needs && needs->for_step ? needs->for_step->id : "(none)";
}
std::string step(const Result& r) {
  const auto* advice = std::get_if<Advice>(&r);
  return advice && advice->step ? advice->step->id : "(no step)";
}

std::vector<std::string> ladder(const Result& r) {
  std::vector<std::string> out;
  for (const Rung& rung : advice_of(r).ladder)
    out.push_back(rung.channel->id + ":" + std::string(to_string(rung.state)));
  return out;
}

std::vector<std::string> documents(const Result& r) {
  std::vector<std::string> out;
  for (const DocumentView& d : advice_of(r).documents) out.push_back(d.id);
  return out;
}

TEST_CASE("with no answers the engine asks the first question of the first step", "[engine]") {
  const Result r = decide_on(Json::object());
  needs_of(r);
  CHECK(asked(r) == "contacted_a");
  CHECK(for_step(r) == "start_a");
}

TEST_CASE("the next question is the first unknown one in the first step not ruled out",
          "[engine]") {
  Json answers = {{"contacted_a", true}};  // start_a is ruled out
  CHECK(asked(decide_on(answers)) == "outcome_a");
  CHECK(for_step(decide_on(answers)) == "a_resolved");
  // pending: wait_a needs a_overdue, a fact that needs date_a
  CHECK(asked(decide_on(with(answers, {{"outcome_a", "pending"}}))) == "date_a");
  CHECK(for_step(decide_on(with(answers, {{"outcome_a", "pending"}}))) == "wait_a");
  // unsatisfactory: wait_a's `and` is already falsy, so date_a is not needed; go_b asks b_failed
  answers["outcome_a"] = "unsatisfactory";
  CHECK(asked(decide_on(answers)) == "b_failed");
  CHECK(for_step(decide_on(answers)) == "go_b");
  answers["b_failed"] = true;
  CHECK(asked(decide_on(answers)) == "protocol_a");
  CHECK(for_step(decide_on(answers)) == "call_x");
  answers["protocol_a"] =
      "123456";  // first `or` operand falsy: the second one's question comes next
  CHECK(asked(decide_on(answers)) == "via");
  answers["via"] = "web";
  CHECK(asked(decide_on(answers)) == "extras");
  CHECK(for_step(decide_on(answers)) == "explode");
}

TEST_CASE("the first step whose condition holds is the advice, even when later ones hold too",
          "[engine]") {
  // start_a and a_resolved both hold: start_a comes first in the file
  CHECK(step(decide_on(
            {{"contacted_a", false}, {"outcome_a", "resolved"}, {"extras", Json::array()}})) ==
        "start_a");
  CHECK(step(decide_on({{"contacted_a", true}, {"outcome_a", "resolved"}, {"b_failed", false}})) ==
        "a_resolved");
  // protocol unknown ("I don't know") is a known null: call_x holds without asking via
  Json unknown_protocol = with(past_x(), {{"protocol_a", nullptr}});
  unknown_protocol.erase("via");
  CHECK(step(decide_on(unknown_protocol)) == "call_x");
}

TEST_CASE("a fact is evaluated only when a step before the advice needs it", "[engine]") {
  SECTION("an earlier step that holds means the failing fact is never evaluated") {
    const Result r = decide_on({{"contacted_a", false}, {"extras", {"phone_log"}}});
    CHECK(step(r) == "start_a");
  }
  SECTION("the failing fact's step short-circuits on a falsy first operand") {
    const Result r = decide_on(with(past_x(), {{"extras", {"photos"}}}));
    CHECK(step(r) == "go_c");
  }
  SECTION("reaching the fact is an evaluation error naming where it failed") {
    const Result r = decide_on(with(past_x(), {{"extras", {"phone_log"}}}));
    CHECK(problem_of(r).code == ProblemCode::evaluation_error);
    CHECK_THAT(problem_of(r).message, Catch::Contains("$.facts[2]"));
    const Json json = test::result_json(test::engine_rules(), r);
    CHECK(json.at("error").at("code") == "evaluation_error");
    CHECK_FALSE(json.at("error").contains("question"));
  }
}

TEST_CASE("a chosen step's documents, deadlines and texts are asked for only after it is chosen",
          "[engine]") {
  // start_a's `when` needs contacted_a only; its conditional document needs extras
  Result r = decide_on({{"contacted_a", false}});
  CHECK(asked(r) == "extras");  // a question, so nothing of a half-built advice
  CHECK(for_step(r) == "start_a");
  // go_b's `when` needs b_failed only; its deadline needs date_a, its action claim
  r = decide_on(to_b());
  CHECK(asked(r) == "date_a");
  CHECK(for_step(r) == "go_b");
  r = decide_on(with(to_b(), {{"date_a", "2026-11-03"}}));
  CHECK(asked(r) == "claim");
  CHECK(for_step(r) == "go_b");
  CHECK(step(decide_on(with(to_b(), {{"date_a", "2026-11-03"}, {"claim", 10}}))) == "go_b");
}

TEST_CASE("a conditional document is listed only when its condition holds", "[engine]") {
  CHECK(documents(decide_on({{"contacted_a", false}, {"extras", {"photos", "witness"}}})) ==
        std::vector<std::string>{"receipt", "photos"});
  CHECK(documents(decide_on({{"contacted_a", false}, {"extras", Json::array()}})) ==
        std::vector<std::string>{"receipt"});
}

TEST_CASE("documents are de-duplicated with the channel's first, in file order", "[engine]") {
  // channel b has receipt, protocol; step go_b adds protocol (again) and id_card
  const Result result = decide_on(with(to_b(), {{"date_a", "2026-11-03"}, {"claim", 10}}));
  CHECK(documents(result) == std::vector<std::string>{"receipt", "protocol", "id_card"});
  const Advice& r = advice_of(result);
  REQUIRE(r.documents.size() == 3);
  CHECK(r.documents[1].label == "Protocol number");
  CHECK(r.documents[1].hint == "The number channel A gave you.");
}

TEST_CASE("a wait step's deadline is computed from a fact over an answer", "[engine]") {
  // date_a + 7 days = 2026-12-02; today 2026-11-29 is not past it
  const Result result =
      decide_on({{"contacted_a", true}, {"outcome_a", "pending"}, {"date_a", "2026-11-25"}});
  REQUIRE(step(result) == "wait_a");
  const Advice& r = advice_of(result);
  CHECK(r.step->kind == StepKind::wait);
  REQUIRE(r.deadlines.size() == 1);
  CHECK(r.deadlines[0].id == "a_answer");
  CHECK(r.deadlines[0].date == test::day("2026-12-02"));
  CHECK(r.deadlines[0].days_left == 3);
  REQUIRE(r.deadlines[0].basis != nullptr);
  CHECK(r.deadlines[0].basis->id == "fixture_policy");
  CHECK(r.action == "A has until 2026-12-02 to answer.");
  // contacted on 2026-11-20: the deadline 2026-11-27 has passed, so wait_a no longer holds
  CHECK(asked(decide_on(
            {{"contacted_a", true}, {"outcome_a", "pending"}, {"date_a", "2026-11-20"}})) ==
        "b_failed");
}

TEST_CASE("days_left counts calendar days and is negative when the date has passed", "[engine]") {
  // 2026-09-01 + 30 days = 2026-10-01, 59 days before 2026-11-29
  const Advice past = advice_of(decide_on(with(to_b(), {{"date_a", "2026-09-01"}, {"claim", 10}})));
  REQUIRE(past.deadlines.size() == 1);
  CHECK(past.deadlines[0].date == test::day("2026-10-01"));
  CHECK(past.deadlines[0].days_left == -59);
  CHECK(past.deadlines[0].basis == nullptr);
  // go_c: five business days after Sunday 2026-11-29, skipping the holiday on 2 December
  const Advice c = advice_of(decide_on(with(past_x(), {{"extras", Json::array()}})));
  REQUIRE(c.deadlines.size() == 1);
  CHECK(c.deadlines[0].date == test::day("2026-12-07"));
  CHECK(c.deadlines[0].days_left == 8);
}

TEST_CASE("placeholders are filled in and formatted for the output language", "[engine]") {
  const Json answers = with(to_b(), {{"date_a", "2026-11-03"}, {"claim", 1621}});
  CHECK(advice_of(decide_on(answers, kEn)).action ==
        "Claim R$ 1,621.00 from B; you went to A on 2026-11-03 (Answered, not solved). Limit "
        "1,621, today 2026-11-29.");
  CHECK(advice_of(decide_on(answers, kPt)).action ==
        "Peça R$ 1.621,00 a B; você procurou A em 03/11/2026 (Respondeu, sem resolver). Limite "
        "1.621, hoje 29/11/2026.");
  CHECK(advice_of(decide_on(answers, kDe)).action ==
        "Fordern Sie 1.621,00 R$ von B; Sie waren am 03.11.2026 bei A (Beantwortet, nicht gelöst). "
        "Grenze 1.621, heute "
        "29.11.2026.");
  CHECK(advice_of(decide_on(answers, kDe)).title == "Wenden Sie sich an B");
  CHECK(advice_of(decide_on(answers, kPt)).then == "Se B falhar, volte.");
  // a constant in a channel text
  const Advice a = advice_of(decide_on({{"contacted_a", false}, {"extras", Json::array()}}, kPt));
  REQUIRE(a.channel);
  CHECK(a.channel->response_time == "Em até 7 dias.");
}

TEST_CASE("the ladder shows passed, current and ahead around the advised channel", "[engine]") {
  CHECK(ladder(decide_on({{"contacted_a", false}, {"extras", Json::array()}})) ==
        std::vector<std::string>{"a:current", "b:ahead", "c:ahead"});
  CHECK(ladder(decide_on(with(to_b(), {{"date_a", "2026-11-03"}, {"claim", 1}}))) ==
        std::vector<std::string>{"a:passed", "b:current", "c:ahead"});
  CHECK(ladder(decide_on(with(past_x(), {{"extras", Json::array()}}))) ==
        std::vector<std::string>{"a:passed", "b:passed", "c:current"});
}

TEST_CASE("a step without a channel, or on a channel off the ladder, marks no rung current",
          "[engine]") {
  auto no_current = [](const Advice& r) {
    return std::none_of(r.ladder.begin(), r.ladder.end(),
                        [](const Rung& g) { return g.state == RungState::current; });
  };
  const Result done_result = decide_on({{"contacted_a", true}, {"outcome_a", "resolved"}});
  REQUIRE(step(done_result) == "a_resolved");
  const Advice& done = advice_of(done_result);
  CHECK(done.step->kind == StepKind::done);
  CHECK_FALSE(done.channel);
  CHECK(done.ladder.size() == 3);
  CHECK(no_current(done));
  CHECK(test::result_json(test::engine_rules(), done_result).at("channel").is_null());

  const Result x_result = decide_on(with(past_x(), {{"protocol_a", nullptr}}));
  REQUIRE(step(x_result) == "call_x");
  const Advice& x = advice_of(x_result);
  REQUIRE(x.channel);
  CHECK(x.channel->channel->id == "x");
  CHECK(x.channel->name == "Hotline X");
  CHECK(x.ladder.size() == 3);
  CHECK(no_current(x));
}

TEST_CASE("without a catch-all, a case no step covers is advice with no step", "[engine]") {
  Json doc = test::read_json(test::source_dir() / "tests/fixtures/rules/valid/engine.json");
  doc["steps"].erase(doc["steps"].size() - 1);
  const Expected<Loaded> loaded = load_rules(doc.dump());
  REQUIRE(loaded);
  const Result r = test::decide_on(*loaded->rules, with(past_x(), {{"extras", Json::array()}}),
                                   test::fixture_today());
  CHECK(advice_of(r).step == nullptr);
  CHECK_FALSE(advice_of(r).channel);
  const Json json = test::result_json(*loaded->rules, r);
  CHECK(json.at("status") == "advice");
  CHECK(json.at("step").is_null());
  CHECK(json.at("channel").is_null());
  CHECK(json.at("message") == "These rules have no advice for this situation.");
}

TEST_CASE("an invalid answer is an error naming the question, whether or not it is needed",
          "[engine]") {
  for (const auto& [id, value] :
       std::vector<std::pair<std::string, Json>>{{"date_a", "2026-11-30"},
                                                 {"claim", -5},
                                                 {"outcome_a", "maybe"},
                                                 {"contacted_a", "perhaps"},
                                                 {"extras", {"photos", "nope"}},
                                                 {"protocol_a", "12"},
                                                 {"b_failed", nullptr}}) {
    INFO(id << " = " << value.dump());
    const Result r = decide_on({{"via", "web"}, {id, value}});  // via is valid and not needed yet
    CHECK(problem_of(r).code == ProblemCode::invalid_answer);
    CHECK(problem_of(r).question == id);
    const Json json = test::result_json(test::engine_rules(), r);
    CHECK(json.at("status") == "error");
    CHECK(json.at("error").at("question") == id);
    CHECK_FALSE(json.at("error").at("message").get<std::string>().empty());
  }
}

TEST_CASE("an unknown question id is an error with a did-you-mean suggestion", "[engine]") {
  const Problem p = problem_of(decide_on({{"contacted_b", true}}));
  CHECK(p.code == ProblemCode::unknown_question);
  CHECK(p.question == "contacted_b");
  CHECK_THAT(p.message,
             Catch::Contains("contacted_b") && Catch::Contains("did you mean 'contacted_a'"));
  CHECK_THAT(problem_of(decide_on({{"contacted_b", true}}, kPt)).message,
             Catch::Contains("você quis dizer 'contacted_a'"));
}

TEST_CASE("the advice as JSON has the documented keys and shapes", "[engine]") {
  const Json answers = with(to_b(), {{"claim", 1621}, {"date_a", "2026-11-03"}});
  const Json j = test::result_json(test::engine_rules(), decide_on(answers, kPt));
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"status", "rules", "today", "lang", "step", "channel",
                                         "deadlines", "documents", "ladder", "answers"});
  CHECK(j.at("status") == "advice");
  CHECK(j.at("rules") == Json({{"id", "engine-fixture"}, {"version", "1.0.0"}}));
  CHECK(j.at("today") == "2026-11-29");
  CHECK(j.at("lang") == "pt-BR");
  CHECK(j.at("step").at("id") == "go_b");
  CHECK(j.at("step").at("kind") == "contact");
  CHECK(j.at("step").at("title") == "Procure B");
  CHECK(j.at("step").at("then") == "Se B falhar, volte.");
  CHECK(j.at("step").at("action").get<std::string>().starts_with("Peça R$ 1.621,00"));
  CHECK(j.at("channel").at("id") == "b");
  CHECK(j.at("channel").at("name") == "Canal B");
  CHECK(
      j.at("channel").at("contacts") ==
      Json::parse(
          R"([{"kind":"web","value":"https://b.example"},{"kind":"email","value":"b@b.example","note":"Cite o protocolo."}])"));
  REQUIRE(j.at("deadlines").size() == 1);
  CHECK(
      j.at("deadlines")[0] ==
      Json::parse(
          R"({"id":"b_window","label":"Reclame em B até","date":"2026-12-03","days_left":4,"basis":null})"));
  CHECK(j.at("documents")[0] == Json::parse(R"({"id":"receipt","label":"Recibo"})"));
  CHECK(j.at("ladder") ==
        Json::parse(R"([{"channel":"a","state":"passed"},{"channel":"b","state":"current"},
                                          {"channel":"c","state":"ahead"}])"));
  // answers as checked, in question order (not the order given)
  std::vector<std::string> answer_keys;
  for (const auto& [k, v] : j.at("answers").items()) answer_keys.push_back(k);
  CHECK(answer_keys ==
        std::vector<std::string>{"contacted_a", "outcome_a", "date_a", "claim", "b_failed"});
  // a basis is the source's id and title
  const Json c = test::result_json(test::engine_rules(),
                                   decide_on(with(past_x(), {{"extras", Json::array()}})));
  CHECK(c.at("deadlines")[0].at("basis").at("id") == "fixture_policy");
  CHECK(c.at("deadlines")[0].at("basis").at("title") == "Fixture policy");
}

TEST_CASE("needs_input as JSON has the question, the step it is for, and no advice keys",
          "[engine]") {
  const Json j = test::result_json(test::engine_rules(), decide_on({{"contacted_a", true}}, kDe));
  CHECK(j.at("status") == "needs_input");
  CHECK(j.at("for_step") == "a_resolved");
  const Json& q = j.at("question");
  CHECK(q.at("id") == "outcome_a");
  CHECK(q.at("type") == "choice");
  CHECK(q.at("prompt") == "Was hat A getan?");
  CHECK(q.at("help").is_null());
  CHECK(q.at("options") == Json::parse(R"([{"value":"resolved","label":"Gelöst"},
    {"value":"pending","label":"Noch keine Antwort"},{"value":"unsatisfactory","label":"Beantwortet, nicht gelöst"}])"));
  CHECK(j.at("rules").at("id") == "engine-fixture");
  CHECK(j.at("today") == "2026-11-29");
  CHECK(j.at("lang") == "de");
  CHECK(j.at("answers") == Json({{"contacted_a", true}}));
  for (const char* absent : {"step", "channel", "deadlines", "documents", "ladder", "error"})
    CHECK_FALSE(j.contains(absent));
  const Json first = test::result_json(test::engine_rules(), decide_on(Json::object()));
  CHECK(first.at("question").at("help") == "Any contact counts.");
  CHECK(first.at("question").at("options").is_null());
}

TEST_CASE("a result object takes extra members after its own, as advise --case adds the case",
          "[engine]") {
  const Result result = decide_on({{"contacted_a", true}});
  std::string plain, with_case;
  ResultWriter(test::engine_rules()).object(plain, result);
  ResultWriter(test::engine_rules()).object(with_case, result, {{"case", {{"id", "c-1"}}}});
  REQUIRE(plain.back() == '}');
  CHECK(with_case == plain.substr(0, plain.size() - 1) + R"(,"case":{"id":"c-1"}})");
}

}  // namespace engine_test
}  // namespace escalate
