// The decision engine. Steps are tried in order with three-valued logic; the
// first unknown question met in the first step not yet ruled out is asked.
// Once a step holds, what its deadlines, documents and texts need is asked the
// same way before the advice is final.
#include "escalate/engine.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "escalate/answers.hpp"
#include "escalate/logic.hpp"
#include "escalate/messages.hpp"
#include "request_resolver.hpp"
#include "text_format.hpp"

namespace escalate {
namespace {

// The question a decision waits for: the first unknown met (its symbol), and
// the step it decides (while steps are tried) or completes (once one holds).
struct Wanted {
  int symbol;
  const Step* step;
};

// The wanted question, with the answers so far (the resolver is done).
NeedsInput needs(const CheckedRequest& request, RequestResolver& resolver, const RuleSet& rules,
                 const Wanted& wanted) {
  NeedsInput result;  // nothing of a half-built advice survives
  result.today = request.today;
  result.language = request.language;
  result.answers = resolver.release_answers();
  result.question = &rules.questions.at(rules.symbols.at(wanted.symbol).index);
  result.for_step = wanted.step;
  return result;
}

// A rung before the current one is passed when the person went through it;
// the ladder never asks a question, so an unknown answer counts as not.
// A channel off the ladder with `beside` shows current just before that rung.
std::vector<Rung> ladder_view(const RuleSet& rules, const Channel* current,
                              RequestResolver* resolver) {
  std::vector<Rung> ladder;
  auto at = current ? std::find(rules.ladder.begin(), rules.ladder.end(), current->id)
                    : rules.ladder.end();
  const bool alongside = current && at == rules.ladder.end() && !current->beside.empty();
  if (alongside) at = std::find(rules.ladder.begin(), rules.ladder.end(), current->beside);
  for (auto it = rules.ladder.begin(); it != rules.ladder.end(); ++it) {
    const Channel* channel = rules.find_channel(*it);
    RungState state = RungState::ahead;
    if (alongside && it == at) ladder.push_back({current, RungState::current});
    if (!alongside && at != rules.ladder.end() && it == at) {
      state = RungState::current;
    } else if (at != rules.ladder.end() && it < at) {
      state = RungState::passed;
      if (channel->used_when && resolver) {
        const Tri used = resolver->eval(*channel->used_when);
        if (!used.known() || !truthy(used.value)) state = RungState::skipped;
      }
    }
    ladder.push_back({channel, state});
  }
  return ladder;
}

// The first step whose condition holds (null when none does), or the question
// to ask before the steps can be told apart.
using Chosen = std::variant<const Step*, Wanted>;

Chosen choose_step(const RuleSet& rules, RequestResolver& resolver) {
  for (const Step& step : rules.steps) {
    if (!step.when) return &step;
    const Tri holds = resolver.eval(*step.when);
    if (!holds.known()) return Wanted{holds.unknown, &step};
    if (truthy(holds.value)) return &step;
  }
  return static_cast<const Step*>(nullptr);
}

// Texts filled in for the request's language. A text that needs an unanswered
// question comes out empty and the first such question is kept: the advice is
// not given until it is answered, so the rest need not be filled in either.
class TextFiller {
 public:
  TextFiller(const RuleSet& rules, RequestResolver& resolver, const AnswerContext& context)
      : formatter_(rules, resolver, context), language_(context.language) {}

  std::string operator()(const Text& text) {
    if (missing_) return {};
    Tri formatted = formatter_.format(text, language_);
    if (!formatted.known()) {
      missing_ = formatted.unknown;
      return {};
    }
    return std::move(formatted.value.get_ref<std::string&>());
  }
  std::string operator()(const std::optional<Text>& text) {
    return text ? (*this)(*text) : std::string();
  }

  const std::optional<int>& missing() const { return missing_; }

 private:
  TextFormatter formatter_;
  std::size_t language_;
  std::optional<int> missing_;
};

ChannelView channel_view(const Channel& channel, const Step& step, TextFiller& text) {
  ChannelView view{&channel,
                   text(channel.name),
                   text(channel.summary),
                   step.channel_details ? text(channel.response_time) : "",
                   {},
                   {}};
  for (const Contact& c : channel.contacts)
    view.contacts.push_back({c.kind, text(c.value), text(c.hours), text(c.note)});
  if (step.channel_details) {
    for (const Text& tip : channel.tips) view.tips.push_back(text(tip));
  }
  return view;
}

// The chosen step's advice, without the answers (the caller releases them); or
// the question its documents, deadlines, texts or notes still need; or a
// deadline that is not a date.
using Filled = std::variant<Advice, Wanted, Problem>;

Filled fill_advice(const RuleSet& rules, const Step& step, RequestResolver& resolver,
                   const CheckedRequest& request) {
  const AnswerContext context{rules, request.language, request.today};
  TextFiller text(rules, resolver, context);
  Advice result;
  result.today = request.today;
  result.language = request.language;

  const Channel* channel = step.channel.empty() ? nullptr : rules.find_channel(step.channel);
  std::vector<std::string> document_ids;
  if (channel && step.channel_details) document_ids = channel->documents;
  for (const StepDocument& d : step.documents) {
    if (d.when) {
      const Tri wanted = resolver.eval(*d.when);
      if (!wanted.known()) return Wanted{wanted.unknown, &step};
      if (!truthy(wanted.value)) continue;
    }
    document_ids.push_back(d.id);
  }
  for (const Deadline& d : step.deadlines) {
    const Tri date = resolver.eval(d.date);
    if (!date.known()) return Wanted{date.unknown, &step};
    if (date.value.is_null())
      continue;  // no date for this case, e.g. computed from an "I don't know"
    const auto parsed =
        date.value.is_string() ? Date::parse_iso(date.value.get<std::string>()) : std::nullopt;
    if (!parsed) {
      return Problem{ProblemCode::evaluation_error,
                     trf(Msg::err_deadline_not_date, rules.languages.at(request.language), d.id,
                         step.id, date.value.dump(-1, ' ', false, Json::error_handler_t::replace))};
    }
    DeadlineResult deadline;
    deadline.id = d.id;
    deadline.date = *parsed;
    deadline.days_left = parsed->days() - request.today.days();
    deadline.basis = d.basis.empty() ? nullptr : rules.find_source(d.basis);
    deadline.label = text(d.label);
    result.deadlines.push_back(std::move(deadline));
  }
  result.title = text(step.title);
  result.action = text(step.action);
  result.then = text(step.then);
  if (channel) result.channel = channel_view(*channel, step, text);
  std::vector<std::string> seen;
  for (const std::string& id : document_ids) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
    seen.push_back(id);
    if (const Document* d = rules.find_document(id)) {
      result.documents.push_back({d->id, text(d->label), text(d->hint)});
    }
  }
  for (const StepNote& note : step.notes) {
    if (note.when) {
      const Tri wanted = resolver.eval(*note.when);
      if (!wanted.known()) return Wanted{wanted.unknown, &step};
      if (!truthy(wanted.value)) continue;
    }
    result.notes.push_back({note.id, text(note.text)});
  }
  if (text.missing()) return Wanted{*text.missing(), &step};
  result.step = &step;
  result.ladder = ladder_view(rules, channel, &resolver);
  return result;
}

}  // namespace

std::string_view to_string(Status status) {
  switch (status) {
    case Status::advice:
      return "advice";
    case Status::needs_input:
      return "needs_input";
    case Status::error:
      return "error";
  }
  return "error";
}

std::string_view to_string(RungState state) {
  switch (state) {
    case RungState::passed:
      return "passed";
    case RungState::skipped:
      return "skipped";
    case RungState::current:
      return "current";
    case RungState::ahead:
      return "ahead";
  }
  return "ahead";
}

Status status_of(const Result& result) {
  if (std::holds_alternative<Advice>(result)) return Status::advice;
  if (std::holds_alternative<NeedsInput>(result)) return Status::needs_input;
  return Status::error;
}

Expected<Answers> check_answers(const RuleSet& rules, Json answers, const AnswerContext& context) {
  if (!answers.is_object()) {
    return Problem{ProblemCode::invalid_request,
                   std::string(tr(Msg::answers_not_object, rules.languages.at(context.language)))};
  }
  Answers checked(rules.questions.size());
  for (auto& [id, value] : answers.get_ref<Json::object_t&>()) {
    const Question* question = rules.find_question(id);
    if (!question) return unknown_question_problem(id, context);
    if (auto problem = check_answer_into(checked, *question, std::move(value), context))
      return *problem;
  }
  return checked;
}

std::optional<Problem> check_answer_into(Answers& answers, const Question& question, Json value,
                                         const AnswerContext& context) {
  Expected<Json> checked = check_answer_json(question, std::move(value), context);
  if (!checked) return checked.problem();
  answers.at(static_cast<std::size_t>(&question - context.rules.questions.data())) =
      std::move(checked).value();
  return std::nullopt;
}

Problem logic_problem(const LogicError& error, const std::string& tag) {
  // The detail is the rule author's: the logic's own error, as JSON Logic names it.
  return Problem{
      ProblemCode::evaluation_error,
      trf(Msg::err_evaluation, tag, error.path(),
          fmt::format("{} ({})", error.what(),
                      error.error().dump(-1, ' ', false, Json::error_handler_t::replace)))};
}

Expected<bool> holds(const RuleSet& rules, const Logic& condition, const Request& request) {
  const AnswerContext context{rules, request.language, request.today};
  Expected<Answers> answers = check_answers(rules, request.answers, context);
  if (!answers) return answers.problems();
  RequestResolver resolver(rules, std::move(answers).value(), request.today);
  try {
    const Tri value = resolver.eval(condition);
    return value.known() && truthy(value.value);
  } catch (const LogicError& e) {
    return logic_problem(e, rules.languages.at(request.language));
  }
}

Result decide(const RuleSet& rules, const Request& request) {
  return decide(rules, Request(request));
}

Result decide(const RuleSet& rules, Request&& request) {
  // Check every answer first: an unknown id or a wrong value is an error, whatever the steps need.
  const AnswerContext answer_context{rules, request.language, request.today};
  Expected<Answers> checked = check_answers(rules, std::move(request.answers), answer_context);
  if (!checked) return checked.problem();
  return decide(rules, CheckedRequest{request.today, request.language, std::move(checked).value()});
}

Result decide(const RuleSet& rules, CheckedRequest checked) {
  checked.answers.resize(rules.questions.size());  // one place per question, whoever built them
  const CheckedRequest& request = checked;  // today and language; the resolver takes the answers
  const std::string& tag = rules.languages.at(request.language);
  // The resolver holds the answers while steps are tried; each result takes them at its return.
  RequestResolver resolver(rules, std::move(checked.answers), request.today);
  try {
    const Chosen chosen = choose_step(rules, resolver);
    if (const auto* wanted = std::get_if<Wanted>(&chosen))
      return needs(request, resolver, rules, *wanted);
    const Step* step = std::get<const Step*>(chosen);
    if (!step) {
      Advice result;
      result.today = request.today;
      result.language = request.language;
      result.ladder = ladder_view(rules, nullptr, nullptr);
      result.answers = resolver.release_answers();
      return result;
    }
    Filled filled = fill_advice(rules, *step, resolver, request);
    if (const auto* wanted = std::get_if<Wanted>(&filled))
      return needs(request, resolver, rules, *wanted);
    if (auto* problem = std::get_if<Problem>(&filled)) return std::move(*problem);
    Advice& result = std::get<Advice>(filled);
    result.answers = resolver.release_answers();
    return std::move(result);
  } catch (const LogicError& e) {
    return logic_problem(e, tag);
  }
}

}  // namespace escalate
