// Helpers shared by the unit tests that run the engine on a rule set: loading
// a rules file once, dates from ISO text, and requests in one call.
#pragma once

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "escalate/engine.hpp"
#include "escalate/loader.hpp"
#include "escalate/result_json.hpp"
#include "test_support.hpp"

namespace escalate::test {

// Language indexes of tests/fixtures/rules/valid/engine.json (and full.json, example-shop.json).
inline constexpr std::size_t kEn = 0;
inline constexpr std::size_t kPt = 1;
inline constexpr std::size_t kDe = 2;

inline std::shared_ptr<const RuleSet> load_rule_file(const std::string& relative) {
  const auto text = read_text(source_dir() / relative);
  if (!text) throw std::runtime_error("cannot read " + relative);
  Expected<Loaded> loaded = load_rules(*text);
  if (!loaded)
    throw std::runtime_error("cannot load " + relative + ": " + loaded.problem().message);
  return loaded->rules;
}

// Loaded once per test run and kept (RuleSet holds compiled logic; loading is not free).
inline const RuleSet& rule_file(const std::string& relative) {
  static std::map<std::string, std::shared_ptr<const RuleSet>> cache;
  auto& slot = cache[relative];
  if (!slot) slot = load_rule_file(relative);
  return *slot;
}

inline const RuleSet& engine_rules() { return rule_file("tests/fixtures/rules/valid/engine.json"); }

// The fixed "today" of the engine tests: Sunday 29 November 2026.
inline Date fixture_today() { return day("2026-11-29"); }

inline Result decide_on(const RuleSet& rules, Json answers, Date today,
                        std::size_t language = kEn) {
  Request request;
  request.answers = std::move(answers);
  request.today = today;
  request.language = language;
  return decide(rules, request);
}

inline Result decide_on(Json answers, std::size_t language = kEn) {
  return decide_on(engine_rules(), std::move(answers), fixture_today(), language);
}

// The result as the documented JSON text, as ResultWriter writes it.
inline std::string result_text(const RuleSet& rules, const Result& result) {
  std::string text;
  ResultWriter(rules).object(text, result);
  return text;
}

// The same text read back as JSON.
inline Json result_json(const RuleSet& rules, const Result& result) {
  return Json::parse(result_text(rules, result));
}

// The result as the alternative a test expects; any other fails the test.
inline const Advice& advice_of(const Result& result) {
  REQUIRE(std::holds_alternative<Advice>(result));
  return std::get<Advice>(result);
}
inline const NeedsInput& needs_of(const Result& result) {
  REQUIRE(std::holds_alternative<NeedsInput>(result));
  return std::get<NeedsInput>(result);
}
inline const Problem& problem_of(const Result& result) {
  REQUIRE(std::holds_alternative<Problem>(result));
  return std::get<Problem>(result);
}

}  // namespace escalate::test
