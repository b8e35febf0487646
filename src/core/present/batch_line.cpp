// Batch lines: {"id": any, "answers": {...}, "today": "YYYY-MM-DD", "lang": "..."}.
// Every problem is an error object in one language: the line's `lang` when it
// names one of the rule set's languages, else the run's.
#include "escalate/batch_line.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "escalate/engine.hpp"
#include "escalate/result_json.hpp"
#include "escalate/json_document.hpp"
#include "escalate/messages.hpp"
#include "suggest.hpp"
#include "escalate/utf8.hpp"

namespace escalate {
namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

BatchLineResult error_line(Json head, std::string code, std::string message) {
  head["status"] = "error";
  head["error"] = {{"code", std::move(code)}, {"message", valid_utf8(message)}};
  return {std::move(head), "error", ""};
}

// What is wrong with the JSON of a line, in the run's language.
std::string json_problem(const JsonError& e, const std::string& tag) {
  switch (e.kind) {
    case JsonErrorKind::duplicate_key: return trf(Msg::json_duplicate_key, tag, e.token, e.path);
    case JsonErrorKind::too_deep: return trf(Msg::json_too_deep, tag, kMaxJsonDepth);
    case JsonErrorKind::end_of_input: return trf(Msg::json_at_column, tag, e.column, tr(Msg::json_end, tag));
    case JsonErrorKind::invalid_string:
      return trf(Msg::json_at_column, tag, e.column, tr(Msg::json_bad_string, tag));
    case JsonErrorKind::invalid_utf8: return trf(Msg::json_at_column, tag, e.column, tr(Msg::json_bad_utf8, tag));
    case JsonErrorKind::invalid_number:
      return trf(Msg::json_at_column, tag, e.column, trf(Msg::json_bad_number, tag, e.token));
    case JsonErrorKind::number_out_of_range:
      return trf(Msg::json_at_column, tag, e.column, trf(Msg::json_number_range, tag, e.token));
    case JsonErrorKind::syntax: break;
  }
  return trf(Msg::json_at_column, tag, e.column, trf(Msg::json_unexpected, tag, e.token));
}

std::string shortened(const Json& value) {
  std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (text.size() > 60) text = text.substr(0, 57) + "…";
  return valid_utf8(text);
}

}  // namespace

BatchLineResult batch_line_too_long(const RuleSet& rules, std::size_t line_number, const BatchDefaults& defaults) {
  return error_line(Json{{"line", line_number}}, "invalid_json",
                    trf(Msg::line_too_long, rules.languages.at(defaults.language), kMaxBatchLineBytes >> 20));
}

BatchLineResult evaluate_batch_line(const RuleSet& rules, std::string_view line, std::size_t line_number,
                                    const BatchDefaults& defaults) {
  Json head = {{"line", line_number}};
  if (is_blank(line)) {
    head["status"] = "blank";
    return {std::move(head), "blank", ""};
  }
  const std::string* tag = &rules.languages.at(defaults.language);
  JsonParse parsed = parse_json(line);
  if (!parsed.value) return error_line(std::move(head), "invalid_json", json_problem(parsed.errors.front(), *tag));
  Json& request = *parsed.value;
  if (!request.is_object()) {
    return error_line(std::move(head), "invalid_request", trf(Msg::line_not_object, *tag, shortened(request)));
  }
  if (request.contains("id")) head["id"] = request["id"];

  Request engine_request;
  engine_request.today = defaults.today;
  engine_request.language = defaults.language;
  std::optional<std::string> bad_lang;  // reported after the language is settled
  if (request.contains("lang")) {
    const Json& lang = request["lang"];
    const auto index = lang.is_string() ? rules.language_index(lang.get<std::string>()) : std::nullopt;
    if (index) {
      engine_request.language = *index;
      tag = &rules.languages.at(*index);
    } else {
      bad_lang = shortened(lang);
    }
  }
  static const std::vector<std::string> kKeys = {"id", "answers", "today", "lang"};
  for (const auto& [key, unused] : request.items()) {
    if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
      const std::string match = closest_match(key, kKeys);
      return error_line(std::move(head), "invalid_request",
                        trf(Msg::line_unknown_key, *tag, key, match.empty() ? "" : trf(Msg::did_you_mean, *tag, match)));
    }
  }
  if (bad_lang) {
    return error_line(std::move(head), "invalid_request",
                      trf(Msg::line_invalid_lang, *tag, *bad_lang, fmt::join(rules.languages, ", ")));
  }
  if (request.contains("answers")) {
    if (!request["answers"].is_object()) {
      return error_line(std::move(head), "invalid_request", std::string(tr(Msg::answers_not_object, *tag)));
    }
    engine_request.answers = std::move(request["answers"]);
  }
  if (request.contains("today")) {
    const Json& today = request["today"];
    const auto date = today.is_string() ? Date::parse_iso(today.get<std::string>()) : std::nullopt;
    if (!date) return error_line(std::move(head), "invalid_request", trf(Msg::line_invalid_today, *tag, shortened(today)));
    engine_request.today = *date;
  }
  const Result result = decide(rules, engine_request);
  Json body = result_to_json(rules, result);
  for (auto& [key, value] : body.items()) head[key] = std::move(value);
  std::string channel = result.channel ? result.channel->channel->id : "";
  return {std::move(head), std::string(to_string(result.status)), std::move(channel)};
}

}  // namespace escalate
