// JSON descriptions of channels, questions, documents and sources.
#include "escalate/describe.hpp"

#include "escalate/locale_format.hpp"
#include "escalate/messages.hpp"
#include "escalate/numbers.hpp"

namespace escalate {

std::string_view contact_kind_label(ContactKind kind, std::string_view tag) {
  switch (kind) {
    case ContactKind::phone:
      return tr(Msg::contact_phone, tag);
    case ContactKind::web:
      return tr(Msg::contact_web, tag);
    case ContactKind::email:
      return tr(Msg::contact_email, tag);
    case ContactKind::app:
      return tr(Msg::contact_app, tag);
    case ContactKind::in_person:
      return tr(Msg::contact_in_person, tag);
    case ContactKind::mail:
      break;
  }
  return tr(Msg::contact_mail, tag);
}

std::string bound_label(const Question& question, const Bound& bound, std::string_view tag) {
  if (bound.today) return std::string(tr(Msg::bound_today, tag));
  if (bound.date) return format_date(*bound.date, tag);
  if (!bound.number) return {};
  if (question.unit.empty()) return format_number(*bound.number, tag);
  return format_money(*bound.number, question.unit, tag);
}

Json describe_contact(const Contact& contact, std::size_t language) {
  Json out = {{"kind", std::string(to_string(contact.kind))},
              {"value", contact.value.plain(language)}};
  if (contact.hours) out["hours"] = contact.hours->plain(language);
  if (contact.note) out["note"] = contact.note->plain(language);
  return out;
}

Json describe_document(const Document& document, std::size_t language) {
  Json out = {{"id", document.id}, {"label", document.label.plain(language)}};
  if (document.hint) out["hint"] = document.hint->plain(language);
  return out;
}

Json describe_source(const Source& source, std::size_t language) {
  Json out = {{"id", source.id},
              {"title", source.title.plain(std::min(language, source.title.languages() - 1))}};
  if (!source.url.empty()) out["url"] = source.url;
  if (source.note)
    out["note"] = source.note->plain(std::min(language, source.note->languages() - 1));
  return out;
}

Json describe_channel(const RuleSet& rules, const Channel& channel, std::size_t language) {
  Json out = {{"id", channel.id},
              {"name", channel.name.plain(language)},
              {"summary", channel.summary.plain(language)},
              {"contacts", Json::array()},
              {"documents", Json::array()},
              {"response_time",
               channel.response_time ? Json(channel.response_time->plain(language)) : Json()},
              {"tips", Json::array()},
              {"sources", Json::array()}};
  for (const Contact& c : channel.contacts)
    out["contacts"].push_back(describe_contact(c, language));
  for (const std::string& id : channel.documents) {
    if (const Document* d = rules.find_document(id))
      out["documents"].push_back(describe_document(*d, language));
  }
  for (const Text& tip : channel.tips) out["tips"].push_back(tip.plain(language));
  for (const std::string& id : channel.sources) {
    if (const Source* s = rules.find_source(id))
      out["sources"].push_back(describe_source(*s, language));
  }
  return out;
}

Json describe_question(const Question& question, std::size_t language) {
  Json out = {{"id", question.id},
              {"type", std::string(to_string(question.type))},
              {"prompt", question.prompt.plain(language)},
              {"help", question.help ? Json(question.help->plain(language)) : Json()},
              {"options", Json()}};
  if (!question.options.empty()) {
    out["options"] = Json::array();
    for (const Option& o : question.options) {
      out["options"].push_back({{"value", o.value}, {"label", o.label.plain(language)}});
    }
  }
  auto bound = [](const Bound& b) -> Json {
    if (b.today) return "today";
    if (b.date) return b.date->iso();
    if (!b.number) return Json();
    return number_to_json(*b.number);
  };
  if (question.min) out["min"] = bound(*question.min);
  if (question.max) out["max"] = bound(*question.max);
  if (!question.unit.empty()) out["unit"] = question.unit;
  if (!question.pattern.empty()) out["pattern"] = question.pattern;
  out["allow_unknown"] = question.allow_unknown;
  return out;
}

}  // namespace escalate
