// What a step shows besides its action: conditional notes (shared or written
// in place), a ladder that tells passed rungs from skipped ones, contacts and
// source notes in the reader's language, amounts with their currency, and
// pattern questions that say in words what they accept.
#include <catch2/catch.hpp>
#include <string>

#include "escalate/answers.hpp"
#include "escalate/describe.hpp"
#include "escalate/loader.hpp"
#include "escalate/result_json.hpp"
#include "rules_support.hpp"

namespace escalate {
namespace advice_notes_test {

using test::decide_on;
using test::kEn;

constexpr std::size_t kPt = 1;

// Two channels on the ladder (store, then agency); a store that was maybe never
// visited; notes on the agency step, one shared, one written in place.
constexpr const char* kRules = R"J({
  "format": "escalate-rules/1", "id": "notes", "version": "1", "updated": "2026-11-29",
  "title": {"en": "Notes", "pt-BR": "Notas"}, "languages": ["en", "pt-BR"],
  "sources": {"law": {"title": {"en": "The law", "pt-BR": "The law"}, "note": {"en": "Checked on 2026-11-29.", "pt-BR": "Conferido em 29/11/2026."}}},
  "constants": {"wage": 1621},
  "channels": [
    {"id": "store", "name": {"en": "Store", "pt-BR": "Store"}, "summary": {"en": "s", "pt-BR": "s"}, "used_when": {"var": "went_to_store"},
     "contacts": [{"kind": "phone", "value": "555 0100"}]},
    {"id": "agency", "name": {"en": "Agency", "pt-BR": "Agency"}, "summary": {"en": "s", "pt-BR": "s"},
     "contacts": [{"kind": "in_person", "value": {"en": "The agency of your city", "pt-BR": "O posto da sua cidade"}}]}
  ],
  "ladder": ["store", "agency"],
  "questions": [
    {"id": "went_to_store", "type": "boolean", "prompt": {"en": "Store?", "pt-BR": "Store?"}},
    {"id": "urgent", "type": "boolean", "prompt": {"en": "Urgent?", "pt-BR": "Urgent?"}},
    {"id": "protocol", "type": "text", "prompt": {"en": "Protocol?", "pt-BR": "Protocol?"}, "pattern": "^[0-9]{3,}$",
     "pattern_hint": {"en": "at least 3 digits", "pt-BR": "pelo menos 3 algarismos"}, "allow_unknown": true},
    {"id": "code", "type": "text", "prompt": {"en": "Code?", "pt-BR": "Code?"}, "pattern": "^[A-Z]{2}$"}
  ],
  "facts": [{"id": "limit", "value": {"*": [{"var": "wage"}, 20]}, "unit": "BRL"}],
  "notes": {
    "urgent_help": {"when": {"var": "urgent"}, "text": {"en": "Ask a judge now.", "pt-BR": "Peça a um juiz agora."}},
    "always": {"text": {"en": "Limit {limit}.", "pt-BR": "Limite {limit}."}}
  },
  "steps": [
    {"id": "protocol_step", "when": {"==": [{"var": "protocol"}, "999"]}, "channel": "agency",
     "title": {"en": "p", "pt-BR": "p"}, "action": {"en": "p {code}", "pt-BR": "p {code}"}},
    {"id": "agency_step", "channel": "agency", "title": {"en": "Go to the agency", "pt-BR": "Go to the agency"}, "action": {"en": "Go.", "pt-BR": "Go."},
     "deadlines": [{"id": "d", "label": {"en": "d", "pt-BR": "d"}, "date": "2026-12-31", "basis": "law"}],
     "notes": ["urgent_help", "always",
               {"id": "inline", "when": {"!": {"var": "urgent"}}, "text": {"en": "No hurry.", "pt-BR": "Sem pressa."}}]}
  ]
})J";

const RuleSet& rules() {
  static const auto loaded = load_rules(kRules);
  REQUIRE(loaded);
  REQUIRE(loaded->warnings.empty());
  return *loaded->rules;
}

Result decide(Json answers, std::size_t lang = kEn) {
  return decide_on(rules(), std::move(answers), test::fixture_today(), lang);
}

// What loading `text` reports, "path: message" a line: its errors, or its warnings when it loads.
std::string problems(const std::string& text) {
  const auto loaded = load_rules(text);
  std::string out;
  for (const Problem& p : loaded ? loaded->warnings : loaded.problems())
    out += p.path + ": " + p.message + "\n";
  return out;
}

std::vector<std::string> note_ids(const Advice& advice) {
  std::vector<std::string> ids;
  for (const NoteView& n : advice.notes) ids.push_back(n.id);
  return ids;
}

TEST_CASE("a step's notes are shown in order when their condition holds", "[notes]") {
  const Advice urgent = test::advice_of(decide({{"urgent", true}, {"protocol", "123"}}));
  CHECK(note_ids(urgent) == std::vector<std::string>{"urgent_help", "always"});
  CHECK(urgent.notes[0].text == "Ask a judge now.");
  const Advice calm = test::advice_of(decide({{"urgent", false}, {"protocol", "123"}}));
  CHECK(note_ids(calm) == std::vector<std::string>{"always", "inline"});
}

TEST_CASE("a note's condition may ask a question once the step is chosen", "[notes]") {
  const Result result = decide({{"protocol", "123"}});
  const NeedsInput& needs = test::needs_of(result);
  CHECK(needs.question->id == "urgent");
  CHECK(needs.for_step->id == "agency_step");
}

TEST_CASE("notes appear in the JSON result under the step, always as an array", "[notes]") {
  const Json calm = test::result_json(rules(), decide({{"urgent", false}, {"protocol", "123"}}));
  CHECK(
      calm["step"]["notes"] ==
      Json::parse(
          R"([{"id": "always", "text": "Limit R$ 32,420.00."}, {"id": "inline", "text": "No hurry."}])"));
}

TEST_CASE("a fact with a currency unit is written as money in the reader's language", "[notes]") {
  const Advice pt = test::advice_of(decide({{"urgent", false}, {"protocol", "123"}}, kPt));
  CHECK(pt.notes[0].text == "Limite R$ 32.420,00.");
}

TEST_CASE("a rung before the current one is passed only when the person went through it",
          "[notes]") {
  const Advice went =
      test::advice_of(decide({{"went_to_store", true}, {"urgent", false}, {"protocol", "123"}}));
  REQUIRE(went.ladder.size() == 2);
  CHECK(went.ladder[0].state == RungState::passed);
  CHECK(went.ladder[1].state == RungState::current);
  const Advice skipped =
      test::advice_of(decide({{"went_to_store", false}, {"urgent", false}, {"protocol", "123"}}));
  CHECK(skipped.ladder[0].state == RungState::skipped);
  // Never asked: the ladder asks nothing, and an unknown answer is not a visit.
  const Advice unknown = test::advice_of(decide({{"urgent", false}, {"protocol", "123"}}));
  CHECK(unknown.ladder[0].state == RungState::skipped);
  CHECK(to_string(RungState::skipped) == "skipped");
}

TEST_CASE("a contact's value and a source's note are in the reader's language", "[notes]") {
  const Advice pt = test::advice_of(decide({{"urgent", false}, {"protocol", "123"}}, kPt));
  REQUIRE(pt.channel);
  CHECK(pt.channel->contacts[0].value == "O posto da sua cidade");
  const Json basis = test::result_json(rules(), Result(pt))["deadlines"][0]["basis"];
  CHECK(basis["note"] == "Conferido em 29/11/2026.");
  CHECK(describe_contact(rules().channels[0].contacts[0], kPt)["value"] == "555 0100");
}

TEST_CASE("a refused pattern answer says what is accepted in words, and offers I don't know",
          "[notes]") {
  const Result refusal = decide({{"protocol", "perdi o papel"}}, kPt);
  const Problem& refused = test::problem_of(refusal);
  CHECK_THAT(refused.message, Catch::Contains("pelo menos 3 algarismos"));
  CHECK_THAT(refused.message, Catch::Contains("não sei"));
  CHECK_THAT(refused.message, !Catch::Contains("^[0-9]"));
  // Without allow_unknown, no "I don't know" is offered; without a hint, the pattern is shown.
  const Result code_refusal = decide({{"code", "abc"}});
  const Problem& code = test::problem_of(code_refusal);
  CHECK_THAT(code.message, !Catch::Contains("I don't know"));
  CHECK_THAT(code.message, Catch::Contains("^[A-Z]{2}$"));
}

TEST_CASE("bounds and contact kinds read as words in each language", "[notes]") {
  Question q;
  q.type = QuestionType::number;
  q.unit = "BRL";
  CHECK(bound_label(q, Bound{32420, std::nullopt, false}, "de") == "32.420,00 R$");
  CHECK(bound_label(q, Bound{std::nullopt, std::nullopt, true}, "pt-BR") == "hoje");
  CHECK(bound_label(q, Bound{std::nullopt, test::day("2026-12-31"), false}, "en") == "2026-12-31");
  CHECK(contact_kind_label(ContactKind::in_person, "pt-BR") == "presencial");
  CHECK(contact_kind_label(ContactKind::phone, "de") == "Telefon");
}

TEST_CASE("the loader checks notes: known ids, no repeats, shared notes used", "[notes]") {
  std::string text = kRules;
  const std::string shared = R"("notes": ["urgent_help", "always",)";
  const auto at = text.find(shared);
  REQUIRE(at != std::string::npos);
  CHECK_THAT(problems(std::string(text).replace(at, shared.size(),
                                                R"("notes": ["urgent_hlp", "always",)")),
             Catch::Contains("$.steps[1].notes[0]: unknown note 'urgent_hlp'") &&
                 Catch::Contains("did you mean 'urgent_help'"));
  CHECK_THAT(
      problems(std::string(text).replace(at, shared.size(), R"("notes": ["always", "always",)")),
      Catch::Contains("note 'always' is listed twice"));
  CHECK_THAT(problems(std::string(text).replace(at, shared.size(), R"("notes": ["always",)")),
             Catch::Contains("$.notes.urgent_help: note 'urgent_help' is not listed by any step"));
}

TEST_CASE("a channel off the ladder is in use when a step or a letter names it", "[notes]") {
  std::string text = kRules;
  const std::string channels = R"("channels": [)";
  const auto c = text.find(channels);
  REQUIRE(c != std::string::npos);
  text.insert(c + channels.size(),
              R"({"id": "forum", "name": {"en": "Forum", "pt-BR": "Fórum"},
                  "summary": {"en": "A public site", "pt-BR": "Um site público"}},)");
  const std::string warning =
      "channel 'forum' is neither on the ladder nor named by any step or letter";
  CHECK_THAT(problems(text), Catch::Contains(warning));

  std::string with_letter = text;
  const std::string steps = R"("steps": [)";
  const auto s = with_letter.find(steps);
  REQUIRE(s != std::string::npos);
  with_letter.insert(s, R"("letters": [{"id": "forum_post", "channel": "forum",
                           "title": {"en": "Post", "pt-BR": "Post"},
                           "paragraphs": [{"text": {"en": "Hello.", "pt-BR": "Olá."}}]}],
                          )");
  CHECK_THAT(problems(with_letter), !Catch::Contains("channel 'forum'"));
}

}  // namespace advice_notes_test
}  // namespace escalate

namespace escalate {
namespace advice_notes_test {

TEST_CASE("a step without channel details shows the channel's contacts only", "[notes]") {
  const RuleSet& claro = test::rule_file("data/rules/br-claro-net.json");
  // The ombudsman's tips and answer period are about complaints, not praise.
  const Advice praise = test::advice_of(
      test::decide_on(claro, {{"issue", "praise_or_suggestion"}}, test::fixture_today(), 1));
  REQUIRE(praise.channel);
  CHECK_FALSE(praise.channel->contacts.empty());
  CHECK(praise.channel->tips.empty());
  CHECK(praise.channel->response_time.empty());
  CHECK(praise.documents.empty());
  // The same channel on a complaint step shows them.
  const Advice complaint = test::advice_of(test::decide_on(claro,
                                                           {{"issue", "service_failure"},
                                                            {"defect_noticed_date", "2026-10-30"},
                                                            {"go_now", "recommended"},
                                                            {"sac_contacted", true},
                                                            {"sac_date", "2026-11-02"},
                                                            {"sac_protocol", "2026 123"},
                                                            {"sac_outcome", "unsatisfactory"},
                                                            {"ombudsman_contacted", false},
                                                            {"urgent_harm", false}},
                                                           test::fixture_today(), 1));
  REQUIRE(complaint.step->id == "contact_ombudsman");
  CHECK_FALSE(complaint.channel->tips.empty());
  CHECK_FALSE(complaint.channel->response_time.empty());
}

}  // namespace advice_notes_test
}  // namespace escalate

namespace escalate {
namespace advice_notes_test {

// A ladder store -> agency, and an online form beside the agency.
std::string beside_rules(const std::string& online_extra, const std::string& ladder) {
  return R"J({"format": "escalate-rules/1", "id": "beside", "version": "1", "updated": "2026-11-29",
    "title": "Beside", "languages": ["en"],
    "channels": [
      {"id": "store", "name": "Store", "summary": "s", "contacts": []},
      {"id": "agency", "name": "Agency", "summary": "s", "contacts": []},
      {"id": "online", "name": "Online form", "summary": "s", "contacts": [])J" +
         online_extra + R"J(}],
    "ladder": )J" +
         ladder + R"J(, "questions": [],
    "steps": [{"id": "go_online", "channel": "online", "title": "t", "action": "a"}]})J";
}

TEST_CASE("a channel beside a rung shows current just before it, the rungs before passed",
          "[notes]") {
  const auto loaded =
      load_rules(beside_rules(R"J(, "beside": "agency")J", R"J(["store", "agency"])J"));
  REQUIRE(loaded);
  const Advice advice =
      test::advice_of(test::decide_on(*loaded->rules, Json::object(), test::fixture_today(), 0));
  REQUIRE(advice.ladder.size() == 3);
  CHECK(advice.ladder[0].channel->id == "store");
  CHECK(advice.ladder[0].state == RungState::passed);
  CHECK(advice.ladder[1].channel->id == "online");
  CHECK(advice.ladder[1].state == RungState::current);
  CHECK(advice.ladder[2].channel->id == "agency");
  CHECK(advice.ladder[2].state == RungState::ahead);
}

TEST_CASE("'beside' must name a rung, and only a channel off the ladder stands beside one",
          "[notes]") {
  CHECK_THAT(
      problems(beside_rules(R"J(, "beside": "agency")J", R"J(["store"])J")),
      Catch::Contains("$.channels[2].beside: 'beside' names 'agency', which is not on the ladder"));
  CHECK_THAT(problems(beside_rules(R"J(, "beside": "agncy")J", R"J(["store", "agency"])J")),
             Catch::Contains("unknown channel 'agncy'"));
  CHECK_THAT(problems(beside_rules(R"J(, "beside": "store")J", R"J(["store", "online"])J")),
             Catch::Contains("channel 'online' is on the ladder"));
}

}  // namespace advice_notes_test
}  // namespace escalate
