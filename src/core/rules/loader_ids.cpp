// The loader's first pass: every id that others may reference, and the shared
// namespace of questions, facts and constants (plus the reserved `today`).
#include <fmt/format.h>

#include <map>

#include "loader_sections.hpp"

namespace escalate::loader {
namespace {

struct Seen {
  std::string what;
  std::string path;
};

// Ids of the objects in array `key`, each reported once when duplicated.
std::vector<std::pair<std::string, std::string>> ids_in(const Json& doc, const char* key) {
  std::vector<std::pair<std::string, std::string>> out;
  const auto it = doc.find(key);
  if (it == doc.end() || !it->is_array()) return out;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& item = (*it)[i];
    if (item.is_object() && item.contains("id") && item["id"].is_string() &&
        is_id(item["id"].get<std::string>())) {
      out.emplace_back(item["id"].get<std::string>(), path_index(fmt::format("$.{}", key), i));
    }
  }
  return out;
}

void unique_ids(Context& ctx, const Json& doc, const char* key, const char* what,
                std::vector<std::string>& out) {
  std::map<std::string, std::string> seen;
  for (const auto& [id, path] : ids_in(doc, key)) {
    const auto [it, inserted] = seen.emplace(id, path);
    if (!inserted) {
      ctx.error(path_key(path, "id"),
                fmt::format("duplicate id '{}': another {} at {} has it", id, what, it->second));
    } else {
      out.push_back(id);
    }
  }
}

}  // namespace

void collect_ids(Context& ctx, const Json& doc) {
  unique_ids(ctx, doc, "channels", "channel", ctx.channel_ids);
  unique_ids(ctx, doc, "documents", "document", ctx.document_ids);
  std::vector<std::string> step_ids;
  unique_ids(ctx, doc, "steps", "step", step_ids);
  if (const auto sources = doc.find("sources"); sources != doc.end() && sources->is_object()) {
    for (const auto& [id, unused] : sources->items()) ctx.source_ids.push_back(id);
  }

  // Questions, facts and constants share one namespace. Each is declared here
  // in the rule set itself, at the index it has in the file, so a symbol's
  // index is the object's index and later passes fill the objects in place.
  RuleSet& rules = ctx.rules();
  std::map<std::string, Seen> seen;
  auto add = [&](const std::string& id, const std::string& path, const char* what,
                 Symbols::Kind kind, std::size_t index) {
    if (id == "today") {
      ctx.error(
          path,
          fmt::format("'today' is reserved for the evaluation date; choose another id for this {}",
                      what));
      return;
    }
    const auto [it, inserted] = seen.emplace(id, Seen{what, path});
    if (!inserted) {
      ctx.error(
          path,
          fmt::format(
              "duplicate id '{}': the {} at {} has it already (questions, facts and constants "
              "share one namespace)",
              id, it->second.what, it->second.path));
      return;
    }
    rules.symbols.add(id, kind, index);
  };
  // The id of array element `item`, when it has a valid one (invalid ids are reported by the pass
  // that reads it).
  auto id_of = [](const Json& item) -> std::optional<std::string> {
    if (!item.is_object() || !item.contains("id") || !item["id"].is_string()) return std::nullopt;
    std::string id = item["id"].get<std::string>();
    if (!is_id(id)) return std::nullopt;
    return id;
  };
  if (const auto questions = doc.find("questions");
      questions != doc.end() && questions->is_array()) {
    rules.questions.resize(questions->size());
    for (std::size_t i = 0; i < questions->size(); ++i) {
      const Json& item = (*questions)[i];
      const auto id = id_of(item);
      if (!id) continue;
      rules.questions[i].id = *id;
      add(*id, path_key(path_index("$.questions", i), "id"), "question", Symbols::Kind::question,
          i);
      // Only a string type counts here; a type of any other kind is reported where
      // the question itself is read (json::value would throw on it).
      const auto type = item.find("type");
      if (type != item.end() && type->is_string() && (*type == "choice" || *type == "multi")) {
        ctx.choice_question_ids.push_back(*id);
      }
    }
  }
  if (const auto facts = doc.find("facts"); facts != doc.end() && facts->is_array()) {
    rules.facts.resize(facts->size());
    for (std::size_t i = 0; i < facts->size(); ++i) {
      const auto id = id_of((*facts)[i]);
      if (!id) continue;
      rules.facts[i].id = *id;
      add(*id, path_key(path_index("$.facts", i), "id"), "fact", Symbols::Kind::fact, i);
    }
  }
  if (const auto constants = doc.find("constants");
      constants != doc.end() && constants->is_object()) {
    for (const auto& [id, value] : constants->items()) {
      rules.constants.emplace_back(id, value);
      if (is_id(id))
        add(id, path_key("$.constants", id), "constant", Symbols::Kind::constant,
            rules.constants.size() - 1);
    }
  }
  rules.symbols.add("today", Symbols::Kind::today, 0);
}

}  // namespace escalate::loader
