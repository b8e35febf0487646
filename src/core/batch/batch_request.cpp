// Reading a batch line's request: in place from simdjson's DOM, or strictly
// from the whole document (batch_request.hpp says why both, and what keeps them equal).
#include "batch_request.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "escalate/json_document.hpp"
#include "escalate/json_fast.hpp"
#include "escalate/messages.hpp"
#include "escalate/suggest.hpp"
#include "escalate/utf8.hpp"

namespace escalate {
namespace {

// What is wrong with the JSON of a line, in the run's language.
std::string json_problem(const Problem& e, const std::string& tag) {
  switch (e.code) {
    case ProblemCode::json_duplicate_key:
      return trf(Msg::json_duplicate_key, tag, e.token, e.path);
    case ProblemCode::json_too_deep:
      return trf(Msg::json_too_deep, tag, kMaxJsonDepth);
    case ProblemCode::json_end:
      return trf(Msg::json_at_column, tag, e.column, tr(Msg::json_end, tag));
    case ProblemCode::json_string:
      return trf(Msg::json_at_column, tag, e.column, tr(Msg::json_bad_string, tag));
    case ProblemCode::json_utf8:
      return trf(Msg::json_at_column, tag, e.column, tr(Msg::json_bad_utf8, tag));
    case ProblemCode::json_number:
      return trf(Msg::json_at_column, tag, e.column, trf(Msg::json_bad_number, tag, e.token));
    case ProblemCode::json_number_range:
      return trf(Msg::json_at_column, tag, e.column, trf(Msg::json_number_range, tag, e.token));
    default:
      break;
  }
  return trf(Msg::json_at_column, tag, e.column, trf(Msg::json_unexpected, tag, e.token));
}

// A value as a message quotes it: compact JSON, cut at 60 bytes.
std::string shortened(const Json& value) {
  std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (text.size() > 60) text = text.substr(0, 57) + "…";
  return valid_utf8(text);
}

// The question with id `key`. Most files give answers in the questions' order,
// some left out, so the few questions from `next` on are compared first; the
// symbol table's hash is for the rest.
const Question* question_near(const RuleSet& rules, std::size_t next, std::string_view key) {
  constexpr std::size_t kLookAhead = 4;
  const std::size_t end = std::min(rules.questions.size(), next + kLookAhead);
  for (std::size_t i = next; i < end; ++i) {
    if (rules.questions[i].id == key) return &rules.questions[i];
  }
  return rules.find_question(key);
}

// The request a line's object holds, or what is wrong with it, in the line's
// language when its `lang` names one of the rule set's, else in the run's.
Expected<Request> request_of(const RuleSet& rules, Json& object, const BatchDefaults& defaults) {
  const std::string* tag = &rules.languages.at(defaults.language);
  Request request;
  request.today = defaults.today;
  request.language = defaults.language;
  std::optional<std::string> bad_lang;  // reported after the language is settled
  if (const auto lang = object.find("lang"); lang != object.end()) {
    const auto index = lang->is_string() ? rules.language_index(lang->get_ref<const std::string&>())
                                         : std::nullopt;
    if (index) {
      request.language = *index;
      tag = &rules.languages.at(*index);
    } else {
      bad_lang = shortened(*lang);
    }
  }
  auto invalid = [](std::string message) {
    return Problem{ProblemCode::invalid_request, std::move(message)};
  };
  for (const auto& [key, unused] : object.items()) {
    if (std::find(kRequestKeys.begin(), kRequestKeys.end(), key) == kRequestKeys.end()) {
      const std::string match = closest_match(key, kRequestKeys);
      return invalid(trf(Msg::line_unknown_key, *tag, key,
                         match.empty() ? "" : trf(Msg::did_you_mean, *tag, match)));
    }
  }
  if (bad_lang) {
    return invalid(trf(Msg::line_invalid_lang, *tag, *bad_lang, fmt::join(rules.languages, ", ")));
  }
  if (const auto answers = object.find("answers"); answers != object.end()) {
    if (!answers->is_object()) return invalid(std::string(tr(Msg::answers_not_object, *tag)));
    request.answers = std::move(*answers);
  }
  if (const auto today = object.find("today"); today != object.end()) {
    const auto date =
        today->is_string() ? Date::parse_iso(today->get_ref<const std::string&>()) : std::nullopt;
    if (!date) return invalid(trf(Msg::line_invalid_today, *tag, shortened(*today)));
    request.today = *date;
  }
  return request;
}

}  // namespace

std::optional<FastRequest> read_request_fast(const RuleSet& rules, std::string_view line,
                                             const BatchDefaults& defaults) {
  const auto root = parse_dom_fast(line);
  if (!root || !root->is_object()) return std::nullopt;
  std::array<std::optional<simdjson::dom::element>, kRequestKeys.size()> members;
  for (const simdjson::dom::key_value_pair member : simdjson::dom::object(*root)) {
    std::size_t k = 0;
    while (k < kRequestKeys.size() && kRequestKeys[k] != member.key) ++k;
    if (k == kRequestKeys.size() || members[k]) return std::nullopt;  // unknown or repeated
    members[k] = member.value;
  }
  FastRequest request;
  request.today = defaults.today;
  request.language = defaults.language;
  if (const auto& id = members[0]) {
    request.id = to_json(*id, 1);
    if (!request.id) return std::nullopt;
  }
  if (const auto& lang = members[3]) {
    const auto index =
        lang->is_string() ? rules.language_index(std::string_view(*lang)) : std::nullopt;
    if (!index) return std::nullopt;
    request.language = *index;
  }
  if (const auto& today = members[2]) {
    const auto date = today->is_string() ? Date::parse_iso(std::string_view(*today)) : std::nullopt;
    if (!date) return std::nullopt;
    request.today = *date;
  }
  if (const auto& answers = members[1]) {
    if (!answers->is_object()) return std::nullopt;
    const simdjson::dom::object object(*answers);
    request.answers.reserve(object.size());
    // A key repeated is found through its question; an unknown id is for the strict path.
    std::vector<bool> seen(rules.questions.size());
    std::size_t next = 0;  // the question after the last one found
    for (const simdjson::dom::key_value_pair member : object) {
      const Question* question = question_near(rules, next, member.key);
      if (!question) return std::nullopt;
      const auto index = static_cast<std::size_t>(question - rules.questions.data());
      next = index + 1;
      if (seen[index]) return std::nullopt;
      seen[index] = true;
      std::optional<Json> value = to_json(member.value, 2);
      if (!value) return std::nullopt;
      request.answers.push_back({question, std::move(*value)});
    }
  }
  return request;
}

StrictRequest read_request_strict(const RuleSet& rules, std::string_view line,
                                  const BatchDefaults& defaults) {
  const std::string& tag = rules.languages.at(defaults.language);
  Expected<Json> parsed = parse_json_fast(line);
  if (!parsed) {
    return {std::nullopt, Problem{parsed.problem().code, json_problem(parsed.problem(), tag)}};
  }
  Json& object = *parsed;
  if (!object.is_object()) {
    return {std::nullopt, Problem{ProblemCode::invalid_request,
                                  trf(Msg::line_not_object, tag, shortened(object))}};
  }
  std::optional<Json> id;
  if (const auto found = object.find("id"); found != object.end()) id = std::move(*found);
  return {std::move(id), request_of(rules, object, defaults)};
}

}  // namespace escalate
