// JSON descriptions of channels, questions, documents and sources.
#include "escalate/describe.hpp"

#include "numbers.hpp"

namespace escalate {

Json describe_contact(const Contact& contact, std::size_t language) {
  Json out = {{"kind", std::string(to_string(contact.kind))}, {"value", contact.value}};
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
  if (!source.note.empty()) out["note"] = source.note;
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
