// Properties of decide() over generated answer sets (fixed seeds) on three rule
// sets: the asked question is the right one, unasked answers never matter, output is deterministic.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "answer_pool.hpp"
#include "escalate/answers.hpp"
#include "escalate/engine.hpp"
#include "escalate/logic.hpp"
#include "escalate/result_json.hpp"
#include "rules_support.hpp"

namespace escalate {
namespace property_test {

using test::candidates;
using test::pick;
using test::pick_today;

const char* const kRuleFiles[] = {"tests/fixtures/rules/valid/engine.json",
                                  "data/rules/example-shop.json",
                                  "tests/fixtures/rules/valid/full.json"};
constexpr int kCasesPerFile = 100;

// An independent reading of the rules: answers, facts, constants and today for
// the logic, used to evaluate steps' conditions directly.
class Model : public Resolver {
 public:
  Model(const RuleSet& rules, const Json& answers, Date today)
      : rules_(rules), answers_(answers), today_(today) {
    context_.resolver = this;
    context_.symbols = &rules.symbols;
    context_.calendars = &rules.calendars;
  }
  Tri value_of(int symbol) override {
    const Symbols::Entry& e = rules_.symbols.at(symbol);
    switch (e.kind) {
      case Symbols::Kind::question:
        if (answers_.contains(e.id)) return Tri::of(answers_.at(e.id));
        return Tri::unknown_because(symbol);
      case Symbols::Kind::fact:
        return evaluate(rules_.facts.at(e.index).value, context_);
      case Symbols::Kind::constant:
        return Tri::of(rules_.constants.at(e.index).second);
      case Symbols::Kind::today:
        return Tri::of(Json(today_.iso()));
    }
    return Tri::of(Json());
  }
  Tri when(const Step& step) { return step.when ? evaluate(*step.when, context_) : Tri::of(true); }

 private:
  const RuleSet& rules_;
  const Json& answers_;
  Date today_;
  EvalContext context_;
};

Json without_answers(Json result) {
  result.erase("answers");
  return result;
}

// Property (a) for one needs_input result.
void check_asked_question(const RuleSet& rules, const Json& answers, Date today,
                          const Result& result) {
  const NeedsInput& r = test::needs_of(result);
  const std::string q = r.question->id;
  REQUIRE(r.for_step != nullptr);
  INFO("asked " << q << " for step " << r.for_step->id << " with answers " << answers.dump());
  CHECK_FALSE(answers.contains(q));
  Model model(rules, answers, today);
  const auto s = static_cast<std::size_t>(r.for_step - rules.steps.data());
  for (std::size_t i = 0; i < s; ++i) {
    INFO("earlier step " << rules.steps[i].id);
    const Tri before = model.when(rules.steps[i]);
    CHECK(before.known());
    CHECK_FALSE((before.known() && truthy(before.value)));
  }
  const Tri own = model.when(rules.steps[s]);
  if (!own.known()) {
    CHECK(rules.symbols.at(own.unknown).id == q);  // the first unknown met in its condition
  } else {
    CHECK(truthy(own.value));  // chosen; Q is for its documents, deadlines or texts
  }
  const Json asked = without_answers(test::result_json(rules, result));
  for (const Json& value : candidates(rules, *r.question, today)) {
    Json more = answers;
    more[q] = value;
    const Result next = test::decide_on(rules, more, today, r.language);
    INFO(q << " = " << value.dump());
    const auto* again = std::get_if<NeedsInput>(&next);
    CHECK_FALSE((again && again->question == r.question));
    CHECK(without_answers(test::result_json(rules, next)) != asked);
  }
}

struct Walk {
  Json answers = Json::object();
  std::vector<std::string> asked;
  Result last;
};

// Starts with no answers and answers each asked question with a random valid value.
Walk walk(const RuleSet& rules, Date today, std::size_t language, std::mt19937& rng, int bias,
          bool check_each) {
  Walk w;
  for (int round = 0; round <= static_cast<int>(rules.questions.size()); ++round) {
    w.last = test::decide_on(rules, w.answers, today, language);
    const auto* needs = std::get_if<NeedsInput>(&w.last);
    if (!needs) return w;
    if (check_each) check_asked_question(rules, w.answers, today, w.last);
    const Question& q = *needs->question;
    REQUIRE(std::find(w.asked.begin(), w.asked.end(), q.id) == w.asked.end());  // never asked twice
    w.asked.push_back(q.id);
    w.answers[q.id] = pick(candidates(rules, q, today), rng, bias);
  }
  FAIL("more questions asked than the rule set has");
  return w;
}

TEST_CASE(
    "a needed question is the first unknown of the first step not ruled out, and answering it "
    "moves on",
    "[property]") {
  for (const char* file : kRuleFiles) {
    const RuleSet& rules = test::rule_file(file);
    for (int seed = 0; seed < kCasesPerFile; ++seed) {
      INFO(file << " seed " << seed);
      std::mt19937 rng(static_cast<std::mt19937::result_type>(1000 + seed));
      const Date today = pick_today(rng);
      const Walk w = walk(rules, today, static_cast<std::size_t>(seed % 3), rng, seed % 4, true);
      CHECK_FALSE(std::holds_alternative<NeedsInput>(w.last));
    }
  }
}

TEST_CASE("answers to questions that were never asked never change the result", "[property]") {
  for (const char* file : kRuleFiles) {
    const RuleSet& rules = test::rule_file(file);
    for (int seed = 0; seed < kCasesPerFile; ++seed) {
      INFO(file << " seed " << seed);
      std::mt19937 rng(static_cast<std::mt19937::result_type>(2000 + seed));
      const Date today = pick_today(rng);
      const std::size_t language = static_cast<std::size_t>(seed % 3);
      const Walk w = walk(rules, today, language, rng, seed % 4, false);
      const Json expected = without_answers(test::result_json(rules, w.last));
      for (int extra = 0; extra < 3; ++extra) {
        Json answers = w.answers;
        for (const Question& q : rules.questions) {
          if (std::find(w.asked.begin(), w.asked.end(), q.id) != w.asked.end()) continue;
          if (std::bernoulli_distribution(0.7)(rng))
            answers[q.id] = pick(candidates(rules, q, today), rng);
        }
        INFO("answers " << answers.dump());
        CHECK(without_answers(test::result_json(
                  rules, test::decide_on(rules, answers, today, language))) == expected);
      }
    }
  }
}

TEST_CASE("the same inputs give byte-identical JSON, whatever the order of the answers' keys",
          "[property]") {
  for (const char* file : kRuleFiles) {
    const RuleSet& rules = test::rule_file(file);
    for (int seed = 0; seed < kCasesPerFile; ++seed) {
      INFO(file << " seed " << seed);
      std::mt19937 rng(static_cast<std::mt19937::result_type>(3000 + seed));
      const Date today = pick_today(rng);
      const std::size_t language = static_cast<std::size_t>(seed % 3);
      // a random valid answer set, complete or not
      std::vector<std::pair<std::string, Json>> given;
      for (const Question& q : rules.questions) {
        if (std::bernoulli_distribution(0.6)(rng))
          given.emplace_back(q.id, pick(candidates(rules, q, today), rng));
      }
      Json answers = Json::object();
      for (const auto& [id, value] : given) answers[id] = value;
      const std::string once =
          test::result_json(rules, test::decide_on(rules, answers, today, language)).dump();
      CHECK(test::result_json(rules, test::decide_on(rules, answers, today, language)).dump() ==
            once);
      std::shuffle(given.begin(), given.end(), rng);
      Json shuffled = Json::object();
      for (const auto& [id, value] : given) shuffled[id] = value;
      INFO("answers " << answers.dump() << " / " << shuffled.dump());
      CHECK(test::result_json(rules, test::decide_on(rules, shuffled, today, language)).dump() ==
            once);
    }
  }
}

}  // namespace property_test
}  // namespace escalate
