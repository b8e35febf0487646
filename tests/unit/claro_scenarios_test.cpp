// Scenario tests of the bundled rule set data/rules/br-claro-net.json: each case of
// tests/fixtures/scenarios/br-claro-net.json compared by ids and dates only, never by text.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "escalate/engine.hpp"
#include "escalate/loader.hpp"
#include "rules_support.hpp"

namespace escalate {
namespace {

constexpr const char* kRulesFile = "data/rules/br-claro-net.json";
constexpr const char* kScenariosFile = "tests/fixtures/scenarios/br-claro-net.json";
// Deadlines that are guide dates, not legal periods (their labels say so): no basis.
constexpr std::string_view kGuideDates[] = {"reclame_aqui_suggested_wait", "procon_answer"};

std::string describe(const Problems& problems) {
  std::string out;
  for (const Problem& p : problems) {
    out +=
        (p.severity == Severity::error ? "error " : "warning ") + p.path + ": " + p.message + "\n";
  }
  return out;
}

const RuleSet& claro_rules() { return test::rule_file(kRulesFile); }

const Json& scenarios() {
  static const Json all = test::read_json(test::source_dir() / kScenariosFile);
  return all;
}

// In the rule set's first language: nothing compared here depends on texts.
Result run(const Json& scenario) {
  constexpr std::size_t kFirstLanguage = 0;
  return test::decide_on(claro_rules(), scenario.at("answers"),
                         test::day(scenario.at("today").get<std::string>()), kFirstLanguage);
}

std::string step_id(const Advice& r) { return r.step ? r.step->id : "(no step)"; }

Json channel_id(const Advice& r) {
  return r.channel ? Json(r.channel->channel->id) : Json(nullptr);
}

std::map<std::string, std::string> deadlines(const Advice& r) {
  std::map<std::string, std::string> out;
  for (const DeadlineResult& d : r.deadlines) out[d.id] = d.date.iso();
  return out;
}

std::vector<std::string> documents(const Advice& r) {
  std::vector<std::string> out;
  for (const DocumentView& d : r.documents) out.push_back(d.id);
  return out;
}

// What the scenarios compare, for the failure message (the full result is mostly text).
Json summary(const Result& result) {
  Json out = {{"status", to_string(status_of(result))}};
  if (const auto* needs = std::get_if<NeedsInput>(&result)) {
    out["question"] = needs->question->id;
    out["for_step"] = needs->for_step ? Json(needs->for_step->id) : Json(nullptr);
  } else if (const auto* r = std::get_if<Advice>(&result)) {
    out["step"] = step_id(*r);
    out["channel"] = channel_id(*r);
    if (r->step) out["kind"] = to_string(r->step->kind);
    out["deadlines"] = deadlines(*r);
    out["documents"] = documents(*r);
  } else {
    const Problem& p = std::get<Problem>(result);
    out["error"] = std::string(code_name(p.code)) + ": " + p.message;
  }
  return out;
}

TEST_CASE("the bundled Claro NET rule set loads without errors or warnings", "[scenarios]") {
  const auto text = test::read_text(test::source_dir() / kRulesFile);
  REQUIRE(text);
  const Expected<Loaded> loaded = load_rules(*text);
  INFO(describe(loaded ? loaded->warnings : loaded.problems()));
  REQUIRE(loaded);
  REQUIRE(loaded->warnings.empty());
}

TEST_CASE("the Claro NET scenarios file is well formed", "[scenarios]") {
  const Json& all = scenarios();
  REQUIRE(all.is_array());
  REQUIRE(all.size() >= 40);
  const std::set<std::string> expect_keys = {"status",    "step",      "channel", "kind",
                                             "deadlines", "documents", "question"};
  std::set<std::string> names;
  for (const Json& s : all) {
    const std::string name = s.at("name").get<std::string>();
    INFO(name);
    CHECK(names.insert(name).second);  // names are unique
    CHECK(Date::parse_iso(s.at("today").get<std::string>()));
    CHECK(s.at("answers").is_object());
    for (const auto& [key, value] : s.at("expect").items()) CHECK(expect_keys.count(key) == 1);
    const std::string status = s.at("expect").at("status").get<std::string>();
    CHECK((status == "advice" || status == "needs_input"));
  }
}

TEST_CASE("the bundled Claro NET rule set gives the expected advice in every scenario",
          "[scenarios]") {
  for (const Json& s : scenarios()) {
    DYNAMIC_SECTION(s.at("name").get<std::string>()) {
      const Json& expect = s.at("expect");
      const Result result = run(s);
      INFO("result: " << summary(result).dump());
      REQUIRE(to_string(status_of(result)) == expect.at("status").get<std::string>());
      if (const auto* needs = std::get_if<NeedsInput>(&result)) {
        CHECK(needs->question->id == expect.at("question").get<std::string>());
      } else {
        const Advice& r = test::advice_of(result);
        CHECK(step_id(r) == expect.at("step").get<std::string>());
        if (expect.contains("channel")) CHECK(channel_id(r) == expect.at("channel"));
        if (expect.contains("kind") && r.step) {
          CHECK(to_string(r.step->kind) == expect.at("kind").get<std::string>());
        }
        if (expect.contains("deadlines")) {
          CHECK(deadlines(r) == expect.at("deadlines").get<std::map<std::string, std::string>>());
        }
        if (expect.contains("documents")) {
          CHECK(documents(r) == expect.at("documents").get<std::vector<std::string>>());
        }
      }
    }
  }
}

TEST_CASE("every step of the bundled rule set is reached by some scenario", "[scenarios]") {
  const RuleSet& rules = claro_rules();
  std::set<std::string> reached;
  for (const Json& s : scenarios()) {
    const Result r = run(s);
    const auto* advice = std::get_if<Advice>(&r);
    if (advice && advice->step) reached.insert(advice->step->id);
  }
  std::vector<std::string> missed;
  for (const Step& step : rules.steps) {
    if (reached.count(step.id) == 0) missed.push_back(step.id);
  }
  INFO("steps no scenario reaches: " << Catch::Detail::stringify(missed));
  CHECK(missed.empty());
}

TEST_CASE("the bundled rule set names a source for every constant, deadline and channel",
          "[scenarios]") {
  const RuleSet& rules = claro_rules();
  const Json raw = test::read_json(test::source_dir() / kRulesFile);

  SECTION("x-constant-sources names an existing source for every constant, and nothing else") {
    REQUIRE(raw.contains("x-constant-sources"));
    const Json& by_constant = raw.at("x-constant-sources");
    for (const auto& [id, value] : rules.constants) {
      INFO("constant " << id);
      REQUIRE(by_constant.contains(id));
      REQUIRE(by_constant.at(id).is_string());
      CHECK(rules.find_source(by_constant.at(id).get<std::string>()) != nullptr);
    }
    for (const auto& [id, value] : by_constant.items()) {
      INFO("x-constant-sources entry " << id);
      CHECK(std::any_of(rules.constants.begin(), rules.constants.end(),
                        [&id = id](const auto& constant) { return constant.first == id; }));
    }
  }

  SECTION("every deadline with a legal figure has a basis that is a source") {
    for (const Step& step : rules.steps) {
      for (const Deadline& d : step.deadlines) {
        if (std::find(std::begin(kGuideDates), std::end(kGuideDates), d.id) !=
            std::end(kGuideDates))
          continue;
        INFO("step " << step.id << ", deadline " << d.id);
        CHECK_FALSE(d.basis.empty());
        CHECK(rules.find_source(d.basis) != nullptr);
      }
    }
  }

  SECTION("every channel has contacts, a summary, a response time, documents and a source") {
    for (const Channel& c : rules.channels) {
      INFO("channel " << c.id);
      CHECK_FALSE(c.contacts.empty());
      CHECK_FALSE(c.summary.empty());
      CHECK((c.response_time && !c.response_time->empty()));
      CHECK_FALSE(c.documents.empty());
      CHECK_FALSE(c.sources.empty());
      for (const std::string& source : c.sources) CHECK(rules.find_source(source) != nullptr);
    }
  }
}

}  // namespace
}  // namespace escalate
