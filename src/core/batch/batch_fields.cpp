// `batch --fields LIST`: a line keeps "line", "id" and "status", then each
// field in the order listed, keyed by its path, null where the result has no
// such part. Error lines keep their whole "error". The common fields are
// written straight from the result; any other is read from the whole result.
#include "batch_fields.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>

#include "escalate/batch_line.hpp"
#include "escalate/json_writer.hpp"
#include "escalate/suggest.hpp"

namespace escalate {
namespace {

struct KnownPart {
  std::string_view name;
  std::vector<std::string> members;  // empty: the part cannot be looked into
};

const std::vector<KnownPart>& known_parts() {
  static const std::vector<KnownPart> parts = {
      {"status", {}},
      {"rules", {"id", "version"}},
      {"today", {}},
      {"lang", {}},
      {"step", {"id", "kind", "title", "action", "notes", "then"}},
      {"message", {}},
      {"channel", {"id", "name", "summary", "contacts", "response_time", "tips"}},
      {"deadlines", {}},
      {"documents", {}},
      {"ladder", {}},
      {"answers", {}},  // answers.ID: the rule set's question ids
      {"question",
       {"id", "type", "prompt", "help", "options", "min", "max", "unit", "pattern",
        "allow_unknown"}},
      {"for_step", {}},
  };
  return parts;
}

// Always written first, so naming them changes nothing.
bool is_head(std::string_view path) { return path == "line" || path == "id" || path == "status"; }

Problem bad_field(std::string_view path, std::string_view why) {
  return {ProblemCode::invalid_request, fmt::format("--fields: '{}' {}", path, why)};
}

Expected<bool> check_path(const RuleSet& rules, std::string_view path) {
  const std::size_t dot = path.find('.');
  const std::string_view top = path.substr(0, dot);
  const auto& parts = known_parts();
  const auto part =
      std::find_if(parts.begin(), parts.end(), [&](const KnownPart& p) { return p.name == top; });
  if (part == parts.end()) {
    std::vector<std::string> names;
    names.reserve(parts.size());
    for (const KnownPart& p : parts) names.emplace_back(p.name);
    const std::string match = closest_match(top, names);
    return bad_field(path,
                     fmt::format("is not a part of a result{}; the parts are: {}",
                                 match.empty() ? "" : fmt::format(" (did you mean '{}'?)", match),
                                 fmt::join(names, ", ")));
  }
  if (dot == std::string_view::npos) return true;
  const std::string_view member = path.substr(dot + 1);
  std::vector<std::string> members = part->members;
  if (top == "answers") {
    for (const Question& q : rules.questions) members.push_back(q.id);
  }
  if (members.empty())
    return bad_field(path, fmt::format("names a part inside '{}', which has none to name", top));
  if (std::find(members.begin(), members.end(), member) == members.end()) {
    const std::string match = closest_match(member, members);
    return bad_field(
        path, fmt::format("is not in '{}'{}", top,
                          match.empty() ? fmt::format("; it has: {}", fmt::join(members, ", "))
                                        : fmt::format(" (did you mean '{}.{}'?)", top, match)));
  }
  return true;
}

// The value at `path` in a whole result, null where there is none.
const Json& value_at(const Json& result, std::string_view path) {
  static const Json kNull;
  const Json* at = &result;
  while (!path.empty()) {
    const std::size_t dot = path.find('.');
    if (!at->is_object()) return kNull;
    const auto found = at->find(std::string(path.substr(0, dot)));
    if (found == at->end()) return kNull;
    at = &*found;
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  return *at;
}

void string_or_null(JsonWriter& w, const std::string* text) {
  if (text) {
    w.string(*text);
  } else {
    w.null();
  }
}

// Writes a field known to the result itself (never a Problem here).
void write_known(JsonWriter& w, const RuleSet& rules, const Result& result, FieldKind kind) {
  const auto* advice = std::get_if<Advice>(&result);
  const auto* needs = std::get_if<NeedsInput>(&result);
  const CheckedRequest& c = advice ? static_cast<const CheckedRequest&>(*advice) : *needs;
  switch (kind) {
    case FieldKind::today:
      w.string(c.today.iso());
      return;
    case FieldKind::lang:
      w.string(rules.languages.at(c.language));
      return;
    case FieldKind::rules_id:
      w.string(rules.id);
      return;
    case FieldKind::rules_version:
      w.string(rules.version);
      return;
    case FieldKind::step_id:
      string_or_null(w, advice && advice->step ? &advice->step->id : nullptr);
      return;
    case FieldKind::channel_id:
      string_or_null(w, advice && advice->channel ? &advice->channel->channel->id : nullptr);
      return;
    case FieldKind::question_id:
      string_or_null(w, needs ? &needs->question->id : nullptr);
      return;
    case FieldKind::for_step:
      string_or_null(w, needs && needs->for_step ? &needs->for_step->id : nullptr);
      return;
    case FieldKind::other:
      break;
  }
  w.null();
}

}  // namespace

FieldKind field_kind(std::string_view path) {
  static constexpr std::array<std::pair<std::string_view, FieldKind>, 8> kKnown = {{
      {"today", FieldKind::today},
      {"lang", FieldKind::lang},
      {"rules.id", FieldKind::rules_id},
      {"rules.version", FieldKind::rules_version},
      {"step.id", FieldKind::step_id},
      {"channel.id", FieldKind::channel_id},
      {"question.id", FieldKind::question_id},
      {"for_step", FieldKind::for_step},
  }};
  for (const auto& [name, kind] : kKnown) {
    if (name == path) return kind;
  }
  return FieldKind::other;
}

Expected<BatchFields> parse_batch_fields(const RuleSet& rules, std::string_view list) {
  BatchFields fields;
  std::set<std::string_view> seen;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = list.find(',', start);
    const std::string_view path = list.substr(start, comma - start);
    if (path.empty())
      return Problem{ProblemCode::invalid_request,
                     fmt::format("--fields: an empty name in '{}'; give names separated by commas, "
                                 "such as step.id,channel.id,deadlines",
                                 list)};
    if (!seen.insert(path).second) return bad_field(path, "is named twice");
    if (!is_head(path)) {
      if (const Expected<bool> ok = check_path(rules, path); !ok) return ok.problem();
      fields.paths.emplace_back(path);
    }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return fields;
}

void BatchEvaluator::write_fields(std::string& out, const Result& result) const {
  JsonWriter w(out);
  w.key("status").string(std::holds_alternative<Advice>(result) ? "advice" : "needs_input");
  Json whole;
  if (std::find(kinds_.begin(), kinds_.end(), FieldKind::other) != kinds_.end()) {
    std::string text;
    writer_.object(text, result);
    whole = Json::parse(text);
  }
  for (std::size_t i = 0; i < fields_.paths.size(); ++i) {
    w.text_key(fields_.paths[i]);
    if (kinds_[i] == FieldKind::other) {
      w.value(value_at(whole, fields_.paths[i]));
    } else {
      write_known(w, rules_, result, kinds_[i]);
    }
  }
}

}  // namespace escalate
