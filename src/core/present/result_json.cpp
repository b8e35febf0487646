// The engine's result as the documented JSON object (docs/cli.md). Key order
// is fixed so that the same inputs always give byte-identical output.
#include "escalate/result_json.hpp"

#include <fmt/format.h>

#include "escalate/describe.hpp"
#include "escalate/engine.hpp"
#include "escalate/messages.hpp"

namespace escalate {
namespace {

Json header(const RuleSet& rules) { return {{"id", rules.id}, {"version", rules.version}}; }

Json contact_json(const ContactView& c) {
  Json out = {{"kind", std::string(to_string(c.kind))}, {"value", c.value}};
  if (!c.hours.empty()) out["hours"] = c.hours;
  if (!c.note.empty()) out["note"] = c.note;
  return out;
}

Json channel_json(const ChannelView& view) {
  Json out = {{"id", view.channel->id},
              {"name", view.name},
              {"summary", view.summary},
              {"contacts", Json::array()}};
  for (const ContactView& c : view.contacts) out["contacts"].push_back(contact_json(c));
  out["response_time"] = view.response_time.empty() ? Json() : Json(view.response_time);
  out["tips"] = view.tips;
  return out;
}

// The keys every answer about a case has after its own: rules, today, lang.
void case_header(Json& out, const RuleSet& rules, const Case& c) {
  out["rules"] = header(rules);
  out["today"] = c.today.iso();
  out["lang"] = rules.languages.at(c.language);
}

Json advice_json(const RuleSet& rules, const Advice& advice) {
  const std::size_t lang = advice.language;
  Json out = {{"status", "advice"}};
  case_header(out, rules, advice);
  if (advice.step) {
    out["step"] = {
        {"id", advice.step->id},  {"kind", std::string(to_string(advice.step->kind))},
        {"title", advice.title},  {"action", advice.action},
        {"notes", Json::array()}, {"then", advice.then.empty() ? Json() : Json(advice.then)}};
    for (const NoteView& n : advice.notes)
      out["step"]["notes"].push_back({{"id", n.id}, {"text", n.text}});
  } else {
    out["step"] = nullptr;
    out["message"] = std::string(tr(Msg::no_advice, rules.languages.at(lang)));
  }
  out["channel"] = advice.channel ? channel_json(*advice.channel) : Json();
  Json deadlines = Json::array();
  for (const DeadlineResult& d : advice.deadlines) {
    Json item = {
        {"id", d.id}, {"label", d.label}, {"date", d.date.iso()}, {"days_left", d.days_left}};
    item["basis"] = d.basis ? describe_source(*d.basis, lang) : Json();
    deadlines.push_back(std::move(item));
  }
  out["deadlines"] = std::move(deadlines);
  Json documents = Json::array();
  for (const DocumentView& d : advice.documents) {
    Json item = {{"id", d.id}, {"label", d.label}};
    if (!d.hint.empty()) item["hint"] = d.hint;
    documents.push_back(std::move(item));
  }
  out["documents"] = std::move(documents);
  Json ladder = Json::array();
  for (const Rung& rung : advice.ladder) {
    ladder.push_back(
        {{"channel", rung.channel->id}, {"state", std::string(to_string(rung.state))}});
  }
  out["ladder"] = std::move(ladder);
  out["answers"] = advice.answers;
  return out;
}

Json needs_input_json(const RuleSet& rules, const NeedsInput& needs) {
  Json out = {{"status", "needs_input"}};
  out["question"] = describe_question(*needs.question, needs.language);
  out["for_step"] = needs.for_step ? Json(needs.for_step->id) : Json();
  case_header(out, rules, needs);
  out["answers"] = needs.answers;
  return out;
}

}  // namespace

Json problem_to_json(const Problem& problem) {
  Json error = {{"code", std::string(code_name(problem.code))}, {"message", problem.message}};
  if (!problem.question.empty()) error["question"] = problem.question;
  return {{"status", "error"}, {"error", std::move(error)}};
}

Json result_to_json(const RuleSet& rules, const Result& result) {
  if (const auto* advice = std::get_if<Advice>(&result)) return advice_json(rules, *advice);
  if (const auto* needs = std::get_if<NeedsInput>(&result)) return needs_input_json(rules, *needs);
  return problem_to_json(std::get<Problem>(result));
}

}  // namespace escalate
