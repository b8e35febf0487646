// Typical answers per question type, for tests that walk a rule set with
// generated answers (the property tests, the rendering tests).
#pragma once

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <vector>

#include "escalate/answers.hpp"
#include "escalate/rules.hpp"
#include "test_support.hpp"

namespace escalate::test {

// Every answer the tests give to `q`: a pool of typical values of its type, kept
// only where the question accepts them (bounds, pattern), in canonical form.
inline std::vector<Json> candidates(const RuleSet& rules, const Question& q, Date today) {
  std::vector<Json> raw;
  switch (q.type) {
    case QuestionType::boolean:
      raw = {false, true};
      break;
    case QuestionType::choice:
      for (const Option& o : q.options) raw.emplace_back(o.value);
      break;
    case QuestionType::multi:
      for (unsigned mask = 0; mask < (1u << std::min<std::size_t>(q.options.size(), 5)); ++mask) {
        Json list = Json::array();
        for (std::size_t i = 0; i < q.options.size() && i < 5; ++i) {
          if (mask & (1u << i)) list.push_back(q.options[i].value);
        }
        raw.push_back(list);
      }
      break;
    case QuestionType::number:
      raw = {0, 1, 99.5, 1621, 20000, 32420, 32421, 64840, 64841, 100000, 2000000};
      break;
    case QuestionType::date:
      for (int back : {0,  1,  2,  5,  6,  7,  8,  9,  10,  13,  14,  15,
                       20, 29, 30, 31, 45, 89, 90, 91, 120, 366, 400, 2500}) {
        raw.emplace_back(today.plus_days(-back).iso());
      }
      break;
    case QuestionType::text:
      raw = {"123456", "1234567890", "ABC-1", "hello world"};
      break;
  }
  if (q.allow_unknown)
    raw.insert(raw.begin(), nullptr);  // first: "I don't know" often ends a walk early
  std::vector<Json> accepted;
  const AnswerContext context{rules, 0, today};
  for (const Json& value : raw) {
    Expected<Json> checked = check_answer_json(q, value, context);
    if (checked) accepted.push_back(*checked);
  }
  return accepted;
}

// Uniform, or with `bias` drawn several times keeping the latest index: pools
// are ordered so that later values tend to lead further down the ladder
// (true, later options, more options, older dates, larger amounts).
inline Json pick(const std::vector<Json>& pool, std::mt19937& rng, int bias = 0) {
  REQUIRE_FALSE(pool.empty());
  std::uniform_int_distribution<std::size_t> draw(0, pool.size() - 1);
  std::size_t index = draw(rng);
  for (int i = 0; i < bias; ++i) index = std::max(index, draw(rng));
  return pool[index];
}

inline Date pick_today(std::mt19937& rng) {
  static const char* const kDays[] = {"2026-11-29", "2026-12-24", "2027-02-15", "2026-04-03",
                                      "2026-07-01"};
  return test::day(kDays[std::uniform_int_distribution<int>(0, 4)(rng)]);
}

}  // namespace escalate::test
