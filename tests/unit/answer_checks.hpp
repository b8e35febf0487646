// Checks of answers shared by the answer tests: the value a text gives, or the
// message refusing it, for a question of any rule set.
#pragma once

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

#include "escalate/answers.hpp"
#include "test_support.hpp"

namespace escalate::test {

inline const Question& question_of(const RuleSet& rules, const std::string& id) {
  const Question* q = rules.find_question(id);
  if (!q) throw std::runtime_error("no question " + id);
  return *q;
}

// The answer `text` gives to question `id` of `rules`.
inline Json parsed_in(const RuleSet& rules, const std::string& id, std::string_view text,
                      std::size_t language) {
  const Expected<Json> r = parse_answer_text(question_of(rules, id), text,
                                             AnswerContext{rules, language, day("2026-11-29")});
  INFO(id << " <- '" << text << "': " << (r ? "" : r.problem().message));
  REQUIRE(r);
  return *r;
}

// The message refusing `text` as an answer to `id`, after checking its code and question.
inline std::string rejected_in(const RuleSet& rules, const std::string& id, std::string_view text,
                               std::size_t language) {
  const Expected<Json> r = parse_answer_text(question_of(rules, id), text,
                                             AnswerContext{rules, language, day("2026-11-29")});
  INFO(id << " <- '" << text << "'" << (r ? " gave " + r->dump() : ""));
  REQUIRE_FALSE(r);
  CHECK(r.problem().code == ProblemCode::invalid_answer);
  CHECK(r.problem().question == id);
  return r.problem().message;
}

}  // namespace escalate::test
