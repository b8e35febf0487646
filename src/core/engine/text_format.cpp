// Placeholder filling for rule texts.
#include "text_format.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "escalate/locale_format.hpp"
#include "escalate/messages.hpp"

namespace escalate {

std::string display_value(const Json& value, const std::string& language) {
  switch (value.type()) {
    case Json::value_t::null:
      return std::string(tr(Msg::unknown_value, language));
    case Json::value_t::boolean:
      return std::string(tr(value.get<bool>() ? Msg::yes : Msg::no, language));
    case Json::value_t::string: {
      const auto& s = value.get_ref<const std::string&>();
      if (const auto date = Date::parse_iso(s)) return format_date(*date, language);
      return s;
    }
    case Json::value_t::array: {
      std::vector<std::string> items;
      for (const Json& item : value) items.push_back(display_value(item, language));
      return fmt::format("{}", fmt::join(items, ", "));
    }
    case Json::value_t::object:
      return value.dump();
    default:
      return format_number(value.get<double>(), language);
  }
}

std::string TextFormatter::display(int symbol, const Json& value, bool label) {
  const Symbols::Entry& entry = rules_.symbols.at(symbol);
  const std::string& tag = rules_.languages.at(context_.language);
  if (entry.kind == Symbols::Kind::question) {
    const Question& q = rules_.questions.at(entry.index);
    // {x} for a choice is its value as typed; {label:x} is what the person read.
    if (!label && (q.type == QuestionType::choice || q.type == QuestionType::multi) &&
        !value.is_null()) {
      return value.is_array() ? display_value(value, tag) : value.get<std::string>();
    }
    return display_answer(q, value, context_);
  }
  if (entry.kind == Symbols::Kind::fact && value.is_number()) {
    const std::string& unit = rules_.facts.at(entry.index).unit;
    if (!unit.empty()) return format_money(value.get<double>(), unit, tag);
  }
  return display_value(value, tag);
}

std::string TextFormatter::gap(int symbol) const {
  const Symbols::Entry& entry = rules_.symbols.at(symbol);
  const std::optional<Text>* named = nullptr;
  if (entry.kind == Symbols::Kind::question) named = &rules_.questions.at(entry.index).gap;
  if (entry.kind == Symbols::Kind::fact) named = &rules_.facts.at(entry.index).label;
  const std::string name = named && *named ? (*named)->plain(context_.language) : entry.id;
  return fmt::format("[{}]", name);
}

Tri TextFormatter::format(const Text& text, std::size_t language) {
  std::string out;
  for (const TextPart& part : text.parts(language)) {
    if (part.symbol < 0) {
      out += part.literal;
      continue;
    }
    Tri value = resolver_.value_of(part.symbol);
    if (gaps_ && (!value.known() || value.value.is_null())) {
      std::string written = gap(part.symbol);
      if (std::find(gaps_written_.begin(), gaps_written_.end(), written) == gaps_written_.end())
        gaps_written_.push_back(written);
      out += written;
      continue;
    }
    if (!value.known()) return value;
    out += display(part.symbol, value.value, part.label);
  }
  return Tri::of(Json(std::move(out)));
}

}  // namespace escalate
