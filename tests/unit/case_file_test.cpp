// Case files: what is written is read back the same; the journal records what
// changed and when; hostile files are refused with their JSON path; a later
// visit names what fell due and what to ask again; letters show gaps.
#include "escalate/case_file.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "escalate/case_resume.hpp"
#include "escalate/dossier.hpp"
#include "escalate/letter.hpp"
#include "escalate/loader.hpp"
#include "rules_support.hpp"

namespace escalate {
namespace case_file_test {

// One channel with a 7-day deadline from the contact date; the outcome is
// asked again while pending; a letter with a gap and a conditional paragraph.
constexpr const char* kRules = R"J({
  "format": "escalate-rules/1", "id": "shop", "version": "1", "updated": "2026-11-29",
  "title": "Shop", "languages": ["en"],
  "channels": [{"id": "sac", "name": "Customer service", "summary": "s",
                "contacts": [{"kind": "phone", "value": "100"}]}],
  "ladder": ["sac"],
  "questions": [
    {"id": "contacted", "type": "date", "prompt": "When did you call?",
     "timeline": "Called customer service, protocol {protocol}"},
    {"id": "protocol", "type": "text", "prompt": "Protocol?", "allow_unknown": true,
     "gap": "protocol number"},
    {"id": "outcome", "type": "choice", "prompt": "Outcome?",
     "options": [{"value": "pending", "label": "No answer yet"}, {"value": "bad", "label": "Bad"}],
     "recheck": {"==": [{"var": "outcome"}, "pending"]}},
    {"id": "name", "type": "text", "prompt": "Name?", "allow_unknown": true, "gap": "your name"}
  ],
  "steps": [
    {"id": "wait", "channel": "sac", "kind": "wait", "title": "Wait", "action": "Wait.",
     "when": {"==": [{"var": "outcome"}, "pending"]},
     "deadlines": [{"id": "answer", "label": "Answer due", "date": {"date_add": [{"var": "contacted"}, 7, "days"]}}]},
    {"id": "next", "channel": "sac", "title": "Next", "action": "Go on."}
  ],
  "letters": [{"id": "complaint", "channel": "sac", "title": "Complaint, protocol {protocol}",
    "paragraphs": [{"text": "I am {name}."},
                   {"when": {"==": [{"var": "outcome"}, "bad"]}, "text": "The answer was bad."},
                   {"text": "Called on {contacted}."}]}]
})J";

const RuleSet& shop() {
  static const std::shared_ptr<const RuleSet> rules = [] {
    Expected<Loaded> loaded = load_rules(kRules);
    if (!loaded) throw std::runtime_error(loaded.problem().message);
    return loaded->rules;
  }();
  return *rules;
}

Date day(const char* iso) { return *Date::parse_iso(iso); }

CaseFile waiting_case() {
  CaseFile file = new_case(shop(), "c-1", 0, day("2026-11-29"));
  set_answer(file, "contacted", "2026-11-28", day("2026-11-29"));
  set_answer(file, "protocol", "123", day("2026-11-29"));
  set_answer(file, "outcome", "pending", day("2026-11-29"));
  const Result result = decide(shop(), case_request(file, day("2026-11-29")));
  record_advice(file, std::get<Advice>(result));
  return file;
}

Problem refusal(const std::string& text) {
  Expected<CaseFile> read = read_case(shop(), text);
  REQUIRE_FALSE(read);
  return read.problem();
}

std::string with(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

TEST_CASE("a case file is read back as it was written", "[case]") {
  CaseFile file = waiting_case();
  file.notes["x-note"] = "kept";
  const std::string text = case_text(shop(), file);
  Expected<CaseFile> read = read_case(shop(), text);
  REQUIRE(read);
  CHECK(read->answers == file.answers);
  CHECK(read->journal.size() == file.journal.size());
  CHECK(read->journal.back().deadlines.at(0).date == day("2026-12-05"));
  CHECK(case_text(shop(), *read) == text);
}

TEST_CASE("the journal records answers given, changed, kept and removed, and advice once a day",
          "[case]") {
  CaseFile file = waiting_case();
  const std::size_t before = file.journal.size();
  CHECK_FALSE(set_answer(file, "protocol", "123", day("2026-12-01")));  // the same: nothing
  CHECK(file.journal.size() == before);
  CHECK(set_answer(file, "outcome", "bad", day("2026-12-01")));
  CHECK(file.journal.back().event == CaseEvent::changed);
  CHECK(file.journal.back().was == "pending");
  keep_answer(file, "protocol", day("2026-12-02"));
  CHECK(file.journal.back().event == CaseEvent::kept);
  CHECK(answered_on(file, "protocol") == day("2026-12-02"));
  CHECK(remove_answer(file, "protocol", day("2026-12-03")));
  CHECK_FALSE(answered_on(file, "protocol"));

  const Result again = decide(shop(), case_request(waiting_case(), day("2026-11-29")));
  CaseFile same = waiting_case();
  const std::size_t entries = same.journal.size();
  record_advice(same, std::get<Advice>(again));
  CHECK(same.journal.size() == entries);  // the same advice on the same day is not repeated
}

TEST_CASE("hostile case files are refused with the JSON path of the problem", "[case]") {
  const std::string good = case_text(shop(), waiting_case());
  CHECK(refusal(with(good, "escalate-case/1", "escalate-case/2")).path == "$.format");
  CHECK(refusal(with(good, "\"id\": \"shop\"", "\"id\": \"other\"")).path == "$.rules.id");
  CHECK(refusal(with(good, "\"protocol\": \"123\"", "\"protocol\": \"1\\u00072\""))
            .message.find("control character U+0007") != std::string::npos);
  CHECK(refusal(with(good, "\"protocol\": \"123\"", "\"nope\": 1")).path == "$.answers.nope");
  CHECK(refusal(with(good, "\"protocol\": \"123\"",
                     "\"protocol\": \"" + std::string(kMaxCaseString + 1, 'x') + "\""))
            .path == "$.answers.protocol");
  CHECK(refusal(with(good, "\"event\": \"advised\"", "\"event\": \"hacked\"")).path ==
        "$.journal[3].event");
  CHECK(refusal(with(good, "\"outcome\": \"pending\"", "\"outcome\": 7")).path ==
        "$.answers.outcome");
  CHECK(refusal("[]").code == ProblemCode::invalid_case);
  CHECK(refusal(good.substr(0, good.size() / 2)).line > 0);  // truncated: where the JSON ends
}

TEST_CASE("the journal is history: a value its question does not take is shown as written",
          "[case]") {
  // Found by fuzz_case_file: the log and the dossier assumed journal values fit the question.
  const std::string good = case_text(shop(), waiting_case());
  const std::string odd = with(good, "\"value\": \"pending\"", "\"value\": 7");
  Expected<CaseFile> read = read_case(shop(), odd);
  REQUIRE(read);
  CHECK(case_log(shop(), *read, TextStyle{false, 80}).find("Outcome? — 7") != std::string::npos);
  CHECK(dossier_markdown(shop(), *read, day("2026-11-30"), "test"));
}

TEST_CASE("a later visit names the deadlines that fell due and the answers to ask again",
          "[case]") {
  const CaseFile file = waiting_case();
  Expected<Resume> same_day = resume_case(shop(), file, day("2026-11-29"));
  REQUIRE(same_day);
  CHECK(same_day->passed.empty());
  CHECK(same_day->recheck.empty());  // answered today: not asked again today

  Expected<Resume> later = resume_case(shop(), file, day("2026-12-08"));
  REQUIRE(later);
  CHECK(later->last_visit == day("2026-11-29"));
  REQUIRE(later->passed.size() == 1);
  CHECK(later->passed[0].label == "Answer due");
  CHECK(later->passed[0].date == day("2026-12-05"));
  REQUIRE(later->recheck.size() == 1);
  CHECK(later->recheck[0]->id == "outcome");

  Expected<Resume> not_yet = resume_case(shop(), file, day("2026-12-03"));
  REQUIRE(not_yet);
  CHECK(not_yet->passed.empty());  // due on 05/12, not yet passed

  CaseFile answered = file;
  set_answer(answered, "outcome", "bad", day("2026-12-08"));
  Expected<Resume> after = resume_case(shop(), answered, day("2026-12-09"));
  REQUIRE(after);
  CHECK(after->recheck.empty());  // no longer pending
}

TEST_CASE("a letter shows a missing answer as its gap and leaves out what does not hold",
          "[case][letter]") {
  CaseFile file = waiting_case();
  set_answer(file, "protocol", Json(), day("2026-11-29"));  // "I don't know"
  Expected<FilledLetter> letter =
      fill_letter(shop(), shop().letters.at(0), case_request(file, day("2026-11-30")));
  REQUIRE(letter);
  CHECK(letter->title == "Complaint, protocol [protocol number]");
  REQUIRE(letter->paragraphs.size() == 2);  // "the answer was bad" does not hold
  CHECK(letter->paragraphs[0] == "I am [your name].");
  CHECK(letter->paragraphs[1] == "Called on 2026-11-28.");
  CHECK(letter->gaps == std::vector<std::string>{"[protocol number]", "[your name]"});

  Expected<std::string> timeline =
      fill_text(shop(), *shop().questions.at(0).timeline, case_request(file, day("2026-11-30")));
  REQUIRE(timeline);
  CHECK(*timeline == "Called customer service, protocol [protocol number]");
}

}  // namespace case_file_test
}  // namespace escalate
