// The loader's passes over questions (types, options, bounds, patterns) and facts.
#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>

#include "escalate/suggest.hpp"
#include "loader_sections.hpp"

namespace escalate::loader {
namespace {

std::optional<Bound> read_bound(Context& ctx, const Json& item, std::string_view key,
                                const std::string& path, QuestionType type) {
  const Json* v = ctx.field(item, key);
  if (!v) return std::nullopt;
  const std::string p = path_key(path, key);
  Bound bound;
  if (type == QuestionType::number) {
    if (!v->is_number()) {
      ctx.error(p, fmt::format("expected a number, got {}", describe(*v)));
      return std::nullopt;
    }
    bound.number = v->get<double>();
    return bound;
  }
  if (type == QuestionType::date) {
    if (v->is_string() && v->get<std::string>() == "today") {
      bound.today = true;
      return bound;
    }
    if (v->is_string()) bound.date = Date::parse_iso(v->get<std::string>());
    if (!bound.date) {
      ctx.error(
          p, fmt::format("invalid date {}: expected an existing date as YYYY-MM-DD, or \"today\"",
                         v->dump()));
      return std::nullopt;
    }
    return bound;
  }
  ctx.error(p, fmt::format("'{}' applies only to number and date questions", key));
  return std::nullopt;
}

void read_options(Context& ctx, const Json& item, const std::string& path, Question& question) {
  const bool wants_options =
      question.type == QuestionType::choice || question.type == QuestionType::multi;
  const Json* options = ctx.field(item, "options");
  if (!options) {
    if (wants_options) {
      ctx.error(path, fmt::format("question '{}' of type {} needs 'options'", question.id,
                                  to_string(question.type)));
    }
    return;
  }
  if (!wants_options) {
    ctx.error(path_key(path, "options"), "'options' applies only to choice and multi questions");
    return;
  }
  if (!ctx.array(item, "options", path)) return;
  if (options->empty()) ctx.error(path_key(path, "options"), "a choice needs at least one option");
  for (std::size_t i = 0; i < options->size(); ++i) {
    const std::string p = path_index(path_key(path, "options"), i);
    const Json& o = (*options)[i];
    if (!ctx.object(o, p, {"value", "label"}, {})) continue;
    Option option;
    option.value = ctx.id(o, "value", p).value_or("");
    if (const auto label = ctx.text(o, "label", p)) option.label = *label;
    if (!option.value.empty() && question.find_option(option.value)) {
      ctx.error(path_key(p, "value"), fmt::format("duplicate option value '{}'", option.value));
      continue;
    }
    question.options.push_back(std::move(option));
  }
}

void read_pattern(Context& ctx, const Json& item, const std::string& path, Question& question) {
  const auto pattern = ctx.string(item, "pattern", path);
  if (!pattern) return;
  if (question.type != QuestionType::text) {
    ctx.error(path_key(path, "pattern"), "'pattern' applies only to text questions");
    return;
  }
  question.pattern = *pattern;
  RE2::Options options;
  options.set_log_errors(false);
  auto compiled = std::make_shared<const RE2>(*pattern, options);
  if (!compiled->ok()) {
    ctx.error(path_key(path, "pattern"),
              fmt::format(
                  "invalid pattern '{}': {} (patterns use the RE2 subset of ECMAScript syntax: no "
                  "lookaround, no backreferences)",
                  *pattern, compiled->error()));
    return;
  }
  question.compiled_pattern = std::move(compiled);
  question.pattern_hint = ctx.text(item, "pattern_hint", path);
}

}  // namespace

void read_questions(Context& ctx, const Json& doc) {
  const Json* list = ctx.array(doc, "questions", "$");
  if (!list) return;
  // collect_ids declared every question at its index; this pass fills them in.
  for (std::size_t i = 0; i < list->size() && i < ctx.rules().questions.size(); ++i) {
    const Json& item = (*list)[i];
    const std::string path = path_index("$.questions", i);
    if (!ctx.object(item, path, {"id", "type", "prompt"},
                    {"help", "options", "min", "max", "unit", "pattern", "pattern_hint",
                     "allow_unknown", "recheck", "gap", "timeline"})) {
      continue;
    }
    Question& question = ctx.rules().questions[i];
    question.id = ctx.id(item, "id", path).value_or("");
    const auto type_name_text = ctx.string(item, "type", path);
    if (!type_name_text) continue;
    const auto type = question_type_named(*type_name_text);
    if (!type) {
      ctx.error(path_key(path, "type"),
                unknown_one_of("question type", *type_name_text, question_type_names()));
      continue;
    }
    question.type = *type;
    if (const auto prompt = ctx.text(item, "prompt", path)) question.prompt = *prompt;
    question.help = ctx.text(item, "help", path);
    read_options(ctx, item, path, question);
    question.min = read_bound(ctx, item, "min", path, question.type);
    question.max = read_bound(ctx, item, "max", path, question.type);
    if (question.min && question.max) {
      const bool numbers = question.min->number && question.max->number &&
                           *question.min->number > *question.max->number;
      const bool dates =
          question.min->date && question.max->date && *question.min->date > *question.max->date;
      if (numbers || dates) ctx.error(path, "'min' is greater than 'max'");
    }
    question.unit = ctx.string(item, "unit", path).value_or("");
    read_pattern(ctx, item, path, question);
    question.allow_unknown = ctx.boolean(item, "allow_unknown", path).value_or(false);
    if (const Json* recheck = ctx.field(item, "recheck"))
      question.recheck = ctx.logic(*recheck, path_key(path, "recheck"));
    question.gap = ctx.text(item, "gap", path);
    question.timeline = ctx.text(item, "timeline", path);
    if (question.timeline && question.type != QuestionType::date)
      ctx.error(path_key(path, "timeline"), "'timeline' applies only to date questions");
  }
}

void read_facts(Context& ctx, const Json& doc) {
  const Json* list = ctx.array(doc, "facts", "$");
  if (!list) return;
  // collect_ids declared every fact at its index; this pass fills them in.
  for (std::size_t i = 0; i < list->size() && i < ctx.rules().facts.size(); ++i) {
    const Json& item = (*list)[i];
    const std::string path = path_index("$.facts", i);
    if (!ctx.object(item, path, {"id", "value"}, {"label", "unit"})) continue;
    Fact& fact = ctx.rules().facts[i];
    fact.id = ctx.id(item, "id", path).value_or("");
    if (const Json* value = ctx.field(item, "value")) {
      fact.value = ctx.logic(*value, path_key(path, "value"));
      fact.value_source = *value;
    }
    fact.label = ctx.text(item, "label", path);
    fact.unit = ctx.string(item, "unit", path).value_or("");
  }
}

}  // namespace escalate::loader
