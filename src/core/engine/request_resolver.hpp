// The resolver the engine evaluates a checked request with: questions from the checked
// answers, facts evaluated lazily (once each), constants and today.
#pragma once

#include <optional>
#include <vector>

#include "escalate/answers.hpp"
#include "escalate/date.hpp"
#include "escalate/engine.hpp"
#include "escalate/json.hpp"
#include "escalate/logic.hpp"
#include "escalate/rules.hpp"

namespace escalate {

class RequestResolver : public Resolver {
 public:
  RequestResolver(const RuleSet& rules, Answers answers, Date today)
      : rules_(rules),
        answers_(std::move(answers)),
        today_(Json(today.iso())),
        facts_(rules.facts.size()) {
    context_.resolver = this;
    context_.symbols = &rules.symbols;
    context_.calendars = &rules.calendars;
  }

  Tri value_of(int symbol) override {
    if (const Json* held = held_value(symbol)) return Tri::of(*held);
    const Symbols::Entry& entry = rules_.symbols.at(symbol);
    if (entry.kind != Symbols::Kind::fact) return Tri::unknown_because(symbol);  // a question
    auto& memo = facts_[entry.index];
    if (!memo) memo = evaluate(rules_.facts[entry.index].value, context_);
    return *memo;
  }

  const Json* held_value(int symbol) override {
    const Symbols::Entry& entry = rules_.symbols.at(symbol);
    switch (entry.kind) {
      case Symbols::Kind::question:
        return entry.index < answers_.size() && answers_[entry.index] ? &*answers_[entry.index]
                                                                      : nullptr;
      case Symbols::Kind::fact: {
        const auto& memo = facts_[entry.index];
        return memo && memo->known() ? &memo->value : nullptr;
      }
      case Symbols::Kind::constant:
        return &rules_.constants[entry.index].second;
      case Symbols::Kind::today:
        return &today_;
    }
    return nullptr;
  }

  Tri eval(const Logic& logic) { return evaluate(logic, context_); }

  // The answers, moved out: the resolver has none left.
  Answers release_answers() { return std::move(answers_); }

 private:
  const RuleSet& rules_;
  Answers answers_;
  Json today_;
  std::vector<std::optional<Tri>> facts_;
  EvalContext context_;
};

// The answers (question id -> value) checked against their questions, by
// question index; or the first problem (an unknown id, a value its question
// does not accept), in the context's language.
Expected<Answers> check_answers(const RuleSet& rules, Json answers, const AnswerContext& context);

// An evaluation_error Problem for a logic error, in the language `tag`.
Problem logic_problem(const LogicError& error, const std::string& tag);

}  // namespace escalate
