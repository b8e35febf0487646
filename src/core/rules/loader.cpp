// Loads a rules file: the top level and the order of the passes. Ids are
// collected first so that every later reference can be checked in one pass.
#include "escalate/loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>

#include "escalate/json_document.hpp"
#include "escalate/json_fast.hpp"
#include "loader_sections.hpp"

namespace escalate {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return is_lower(c) || (c >= 'A' && c <= 'Z'); }

// ^[a-z][a-z0-9_-]*$
bool is_rule_set_id(std::string_view id) {
  return !id.empty() && is_lower(id[0]) && std::all_of(id.begin(), id.end(), [](char c) {
    return is_lower(c) || is_digit(c) || c == '_' || c == '-';
  });
}

// ^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$
bool is_language_tag(std::string_view tag) {
  const std::size_t dash = std::min(tag.find('-'), tag.size());
  if (dash < 2 || dash > 3 ||
      !std::all_of(tag.begin(), tag.begin() + static_cast<std::ptrdiff_t>(dash), is_letter)) {
    return false;
  }
  for (std::size_t start = dash; start < tag.size();) {
    const std::size_t end = std::min(tag.find('-', start + 1), tag.size());
    const std::string_view part = tag.substr(start + 1, end - start - 1);
    if (part.empty() || part.size() > 8 || !std::all_of(part.begin(), part.end(), [](char c) {
          return is_letter(c) || is_digit(c);
        })) {
      return false;
    }
    start = end;
  }
  return true;
}

void read_header(loader::Context& ctx, const Json& doc) {
  RuleSet& rules = ctx.rules();
  if (const auto format = ctx.string(doc, "format", "$")) {
    rules.format = *format;
    if (*format != kRulesFormat) {
      ctx.error("$.format", fmt::format("unsupported format '{}'; this program reads \"{}\"",
                                        *format, kRulesFormat));
    }
  }
  if (const auto id = ctx.string(doc, "id", "$")) {
    rules.id = *id;
    if (!is_rule_set_id(*id)) {
      ctx.error(
          "$.id",
          fmt::format("invalid id '{}': a rule set id is lower-case letters, digits, '_' and '-', "
                      "starting with a letter",
                      *id));
    }
  }
  if (const auto version = ctx.string(doc, "version", "$")) rules.version = *version;
  if (const auto updated = ctx.string(doc, "updated", "$")) {
    if (const auto date = Date::parse_iso(*updated)) {
      rules.updated = *date;
    } else {
      ctx.error(
          "$.updated",
          fmt::format("invalid date '{}': expected an existing date as YYYY-MM-DD", *updated));
    }
  }
  if (const Json* languages = ctx.array(doc, "languages", "$")) {
    if (languages->empty())
      ctx.error("$.languages", "'languages' must not be empty; list at least one tag, e.g. \"en\"");
    for (std::size_t i = 0; i < languages->size(); ++i) {
      const Json& tag = (*languages)[i];
      const std::string path = path_index("$.languages", i);
      if (!tag.is_string() || !is_language_tag(tag.get<std::string>())) {
        ctx.error(path,
                  fmt::format(
                      "invalid language tag {}: expected a BCP 47 tag such as \"en\" or \"pt-BR\"",
                      tag.dump()));
      } else if (std::find(rules.languages.begin(), rules.languages.end(),
                           tag.get<std::string>()) != rules.languages.end()) {
        ctx.error(path, fmt::format("language '{}' is listed twice", tag.get<std::string>()));
      } else {
        rules.languages.push_back(tag.get<std::string>());
      }
    }
  }
}

// Every symbol names the question, fact or constant at its index: the loader
// declares them in the rule set's own vectors, index for index with the file.
bool symbols_point_at_their_objects(const RuleSet& rules) {
  for (std::size_t s = 0; s < rules.symbols.size(); ++s) {
    const Symbols::Entry& e = rules.symbols.at(static_cast<int>(s));
    const std::string* named = nullptr;
    switch (e.kind) {
      case Symbols::Kind::question:
        named = e.index < rules.questions.size() ? &rules.questions[e.index].id : nullptr;
        break;
      case Symbols::Kind::fact:
        named = e.index < rules.facts.size() ? &rules.facts[e.index].id : nullptr;
        break;
      case Symbols::Kind::constant:
        named = e.index < rules.constants.size() ? &rules.constants[e.index].first : nullptr;
        break;
      case Symbols::Kind::today:
        continue;
    }
    if (!named || *named != e.id) return false;
  }
  return true;
}

}  // namespace

Expected<Loaded> load_rules(std::string_view text) {
  Expected<Json> document = parse_json_fast(text);  // its errors are parse_json's
  if (!document) return document.problems();
  Problems problems;
  auto rules = std::make_shared<RuleSet>();
  loader::Context ctx(*rules, problems);
  const Json& doc = *document;
  const bool shaped = ctx.object(doc, "$",
                                 {"format", "id", "version", "updated", "title", "languages",
                                  "channels", "ladder", "questions", "steps"},
                                 {"sources", "constants", "calendar", "calendars", "documents",
                                  "facts", "notes", "letters", "dossier"});
  if (shaped) read_header(ctx, doc);
  if (shaped && !rules->languages.empty()) {  // every text depends on them
    loader::collect_ids(ctx, doc);
    if (const auto title = ctx.text(doc, "title", "$")) rules->title = *title;
    loader::read_sources(ctx, doc);
    loader::read_constants(ctx, doc);
    loader::read_calendar(ctx, doc);
    loader::read_documents(ctx, doc);
    loader::read_channels(ctx, doc);
    loader::read_ladder(ctx, doc);
    loader::read_questions(ctx, doc);
    loader::read_facts(ctx, doc);
    loader::read_shared_notes(ctx, doc);
    loader::read_steps(ctx, doc);
    loader::read_letters(ctx, doc);
    loader::read_dossier(ctx, doc);
    loader::check_fact_cycles(ctx);
    loader::check_unused(ctx);
    assert(symbols_point_at_their_objects(*rules));
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const Problem& a, const Problem& b) { return a.severity < b.severity; });
  if (has_errors(problems) || !shaped || rules->languages.empty()) return problems;
  return Loaded{std::move(rules), std::move(problems)};
}

}  // namespace escalate
