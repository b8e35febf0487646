// The engine's result as the documented JSON object (docs/cli.md). Key order
// is fixed so that the same inputs always give byte-identical output.
#include <fmt/format.h>

#include "escalate/describe.hpp"
#include "escalate/engine.hpp"
#include "escalate/result_json.hpp"
#include "escalate/messages.hpp"

namespace escalate {
namespace {

Json header(const RuleSet& rules) {
  return {{"id", rules.id}, {"version", rules.version}};
}

Json contact_json(const ContactView& c) {
  Json out = {{"kind", c.kind}, {"value", c.value}};
  if (!c.hours.empty()) out["hours"] = c.hours;
  if (!c.note.empty()) out["note"] = c.note;
  return out;
}

Json channel_json(const ChannelView& view) {
  Json out = {{"id", view.channel->id}, {"name", view.name}, {"summary", view.summary}, {"contacts", Json::array()}};
  for (const ContactView& c : view.contacts) out["contacts"].push_back(contact_json(c));
  out["response_time"] = view.response_time.empty() ? Json() : Json(view.response_time);
  out["tips"] = view.tips;
  return out;
}

}  // namespace

Json result_to_json(const RuleSet& rules, const Result& result) {
  const std::size_t lang = result.language;
  Json out = {{"status", std::string(to_string(result.status))}};
  switch (result.status) {
    case Status::error: {
      Json error = {{"code", result.error_code}, {"message", result.error_message}};
      if (!result.error_question.empty()) error["question"] = result.error_question;
      out["error"] = std::move(error);
      return out;
    }
    case Status::needs_input:
      out["question"] = describe_question(*result.question, lang);
      out["for_step"] = result.for_step ? Json(result.for_step->id) : Json();
      break;
    case Status::advice: break;
  }
  out["rules"] = header(rules);
  out["today"] = result.today.iso();
  out["lang"] = rules.languages.at(lang);
  if (result.status == Status::advice) {
    if (result.step) {
      out["step"] = {{"id", result.step->id},
                     {"kind", std::string(to_string(result.step->kind))},
                     {"title", result.title},
                     {"action", result.action},
                     {"then", result.then.empty() ? Json() : Json(result.then)}};
    } else {
      out["step"] = nullptr;
      out["message"] = std::string(tr(Msg::no_advice, rules.languages.at(lang)));
    }
    out["channel"] = result.channel ? channel_json(*result.channel) : Json();
    Json deadlines = Json::array();
    for (const DeadlineResult& d : result.deadlines) {
      Json item = {{"id", d.id}, {"label", d.label}, {"date", d.date.iso()}, {"days_left", d.days_left}};
      item["basis"] = d.basis ? describe_source(*d.basis, lang) : Json();
      deadlines.push_back(std::move(item));
    }
    out["deadlines"] = std::move(deadlines);
    Json documents = Json::array();
    for (const DocumentView& d : result.documents) {
      Json item = {{"id", d.id}, {"label", d.label}};
      if (!d.hint.empty()) item["hint"] = d.hint;
      documents.push_back(std::move(item));
    }
    out["documents"] = std::move(documents);
    Json ladder = Json::array();
    for (const Rung& rung : result.ladder) {
      ladder.push_back({{"channel", rung.channel->id}, {"state", std::string(to_string(rung.state))}});
    }
    out["ladder"] = std::move(ladder);
  }
  out["answers"] = result.answers;
  return out;
}

}  // namespace escalate
