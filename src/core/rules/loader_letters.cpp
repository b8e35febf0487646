// The loader's passes over what case files use beyond the advice: letters
// (templates a case's answers fill in, each written to a channel or to none,
// with paragraphs that may hold a condition) and the dossier's choices.
#include <fmt/format.h>

#include <algorithm>

#include "loader_sections.hpp"

namespace escalate::loader {

void read_letters(Context& ctx, const Json& doc) {
  const Json* list = ctx.array(doc, "letters", "$");
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string path = path_index("$.letters", i);
    if (!ctx.object(item, path, {"id", "title", "paragraphs"}, {"channel"})) continue;
    Letter letter;
    letter.id = ctx.id(item, "id", path).value_or("");
    if (!letter.id.empty() && std::any_of(ctx.rules().letters.begin(), ctx.rules().letters.end(),
                                          [&](const Letter& l) { return l.id == letter.id; })) {
      ctx.error(path_key(path, "id"), fmt::format("duplicate letter id '{}'", letter.id));
    }
    if (const auto channel = ctx.string(item, "channel", path)) {
      letter.channel = *channel;
      ctx.check_reference(letter.channel, ctx.channel_ids, "channel", path_key(path, "channel"));
    }
    if (const auto title = ctx.text(item, "title", path)) letter.title = *title;
    const Json* paragraphs = ctx.array(item, "paragraphs", path);
    if (paragraphs && paragraphs->empty())
      ctx.error(path_key(path, "paragraphs"), "a letter needs at least one paragraph");
    for (std::size_t k = 0; paragraphs && k < paragraphs->size(); ++k) {
      const std::string p = path_index(path_key(path, "paragraphs"), k);
      const Json& paragraph = (*paragraphs)[k];
      if (!ctx.object(paragraph, p, {"text"}, {"when"})) continue;
      LetterParagraph body;
      if (const Json* when = ctx.field(paragraph, "when"))
        body.when = ctx.logic(*when, path_key(p, "when"));
      if (const auto text = ctx.text(paragraph, "text", p)) body.text = *text;
      letter.paragraphs.push_back(std::move(body));
    }
    ctx.rules().letters.push_back(std::move(letter));
  }
}

// "dossier": {"who": [question ids], "channel_dates": {channel id: date question id}}
void read_dossier(Context& ctx, const Json& doc) {
  const Json* dossier = ctx.field(doc, "dossier");
  if (!dossier || !ctx.object(*dossier, "$.dossier", {}, {"who", "channel_dates"})) return;
  RuleSet& rules = ctx.rules();
  auto question = [&](const Json& id, const std::string& path) -> const Question* {
    if (!id.is_string()) {
      ctx.error(path, fmt::format("expected a question id, got {}", describe(id)));
      return nullptr;
    }
    const Question* q = rules.find_question(id.get<std::string>());
    if (!q) ctx.error(path, fmt::format("unknown question '{}'", id.get<std::string>()));
    return q;
  };
  if (const Json* who = ctx.array(*dossier, "who", "$.dossier")) {
    for (std::size_t i = 0; i < who->size(); ++i) {
      if (const Question* q = question((*who)[i], path_index("$.dossier.who", i)))
        rules.dossier_who.push_back(q);
    }
  }
  const Json* dates = ctx.field(*dossier, "channel_dates");
  if (!dates) return;
  if (!dates->is_object()) {
    ctx.error("$.dossier.channel_dates",
              fmt::format("expected an object of channel id to date question id, got {}",
                          describe(*dates)));
    return;
  }
  for (const auto& [channel, id] : dates->items()) {
    const std::string path = path_key("$.dossier.channel_dates", channel);
    ctx.check_reference(channel, ctx.channel_ids, "channel", path);
    const Question* q = question(id, path);
    if (q && q->type != QuestionType::date) {
      ctx.error(path, fmt::format("question '{}' is a {} question; a channel's date is a date "
                                  "question",
                                  q->id, to_string(q->type)));
      continue;
    }
    if (q) rules.channel_dates.emplace_back(channel, q);
  }
}

}  // namespace escalate::loader
