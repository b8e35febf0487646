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

// The one question `symbol` names, with the answers so far (the resolver is done).
NeedsInput needs(const CheckedRequest& request, RequestResolver& resolver, const RuleSet& rules,
                 int symbol, const Step* step) {
  NeedsInput result;  // nothing of a half-built advice survives
  result.today = request.today;
  result.language = request.language;
  result.answers = resolver.release_answers();
  result.question = &rules.questions.at(rules.symbols.at(symbol).index);
  result.for_step = step;
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
  const AnswerContext answer_context{rules, request.language, request.today};
  // The resolver holds the answers while steps are tried; each result takes them at its return.
  RequestResolver resolver(rules, std::move(checked.answers), request.today);
  try {
    const Step* chosen = nullptr;
    for (const Step& step : rules.steps) {
      if (!step.when) {
        chosen = &step;
        break;
      }
      const Tri holds = resolver.eval(*step.when);
      if (!holds.known()) return needs(request, resolver, rules, holds.unknown, &step);
      if (truthy(holds.value)) {
        chosen = &step;
        break;
      }
    }
    Advice result;
    result.today = request.today;
    result.language = request.language;
    if (!chosen) {
      result.ladder = ladder_view(rules, nullptr, nullptr);
      result.answers = resolver.release_answers();
      return result;
    }

    // Whatever the chosen step shows may need more answers, asked the same way.
    TextFormatter formatter(rules, resolver, answer_context);
    const std::size_t lang = request.language;
    std::optional<int> missing;  // the first unknown met while filling texts in
    auto text = [&](const Text& t) -> std::string {
      if (missing) return {};
      Tri formatted = formatter.format(t, lang);
      if (!formatted.known()) {
        missing = formatted.unknown;
        return {};
      }
      return std::move(formatted.value.get_ref<std::string&>());
    };
    auto optional_text = [&](const std::optional<Text>& t) { return t ? text(*t) : std::string(); };

    const Channel* channel =
        chosen->channel.empty() ? nullptr : rules.find_channel(chosen->channel);
    std::vector<std::string> document_ids;
    if (channel && chosen->channel_details) document_ids = channel->documents;
    for (const StepDocument& d : chosen->documents) {
      if (d.when) {
        const Tri wanted = resolver.eval(*d.when);
        if (!wanted.known()) return needs(request, resolver, rules, wanted.unknown, chosen);
        if (!truthy(wanted.value)) continue;
      }
      document_ids.push_back(d.id);
    }
    for (const Deadline& d : chosen->deadlines) {
      const Tri date = resolver.eval(d.date);
      if (!date.known()) return needs(request, resolver, rules, date.unknown, chosen);
      if (date.value.is_null())
        continue;  // no date for this case, e.g. computed from an "I don't know"
      const auto parsed =
          date.value.is_string() ? Date::parse_iso(date.value.get<std::string>()) : std::nullopt;
      if (!parsed) {
        return Problem{ProblemCode::evaluation_error,
                       trf(Msg::err_deadline_not_date, tag, d.id, chosen->id,
                           date.value.dump(-1, ' ', false, Json::error_handler_t::replace))};
      }
      DeadlineResult deadline;
      deadline.id = d.id;
      deadline.date = *parsed;
      deadline.days_left = parsed->days() - request.today.days();
      deadline.basis = d.basis.empty() ? nullptr : rules.find_source(d.basis);
      deadline.label = text(d.label);
      result.deadlines.push_back(std::move(deadline));
    }
    result.title = text(chosen->title);
    result.action = text(chosen->action);
    result.then = optional_text(chosen->then);
    if (channel) {
      ChannelView view{channel,
                       text(channel->name),
                       text(channel->summary),
                       chosen->channel_details ? optional_text(channel->response_time) : "",
                       {},
                       {}};
      for (const Contact& c : channel->contacts) {
        view.contacts.push_back(
            {c.kind, text(c.value), optional_text(c.hours), optional_text(c.note)});
      }
      if (chosen->channel_details) {
        for (const Text& tip : channel->tips) view.tips.push_back(text(tip));
      }
      result.channel = std::move(view);
    }
    std::vector<std::string> seen;
    for (const std::string& id : document_ids) {
      if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
      seen.push_back(id);
      if (const Document* d = rules.find_document(id)) {
        result.documents.push_back({d->id, text(d->label), optional_text(d->hint)});
      }
    }
    for (const StepNote& note : chosen->notes) {
      if (note.when) {
        const Tri wanted = resolver.eval(*note.when);
        if (!wanted.known()) return needs(request, resolver, rules, wanted.unknown, chosen);
        if (!truthy(wanted.value)) continue;
      }
      result.notes.push_back({note.id, text(note.text)});
    }
    if (missing) return needs(request, resolver, rules, *missing, chosen);
    result.step = chosen;
    result.ladder = ladder_view(rules, channel, &resolver);
    result.answers = resolver.release_answers();
    return result;
  } catch (const LogicError& e) {
    return logic_problem(e, tag);
  }
}

}  // namespace escalate
