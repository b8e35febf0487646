// Batch lines: {"id": any, "answers": {...}, "today": "YYYY-MM-DD", "lang": "..."}.
// Every problem is an error object in one language: the line's `lang` when it
// names one of the rule set's languages, else the run's.
#include "escalate/batch_line.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "escalate/engine.hpp"
#include "escalate/json_document.hpp"
#include "escalate/messages.hpp"
#include "escalate/result_json.hpp"
#include "escalate/utf8.hpp"
#include "suggest.hpp"

namespace escalate {
namespace {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// The error object of a line: its head (line, id) and the problem.
BatchLineResult error_line(Json head, const Problem& problem) {
  head["status"] = "error";
  head["error"] = {{"code", std::string(code_name(problem.code))},
                   {"message", valid_utf8(problem.message)}};
  return {std::move(head), LineStatus::error, ""};
}

BatchLineResult error_line(Json head, ProblemCode code, std::string message) {
  return error_line(std::move(head), Problem{code, std::move(message)});
}

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

std::string shortened(const Json& value) {
  std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (text.size() > 60) text = text.substr(0, 57) + "…";
  return valid_utf8(text);
}

}  // namespace

std::string_view to_string(LineStatus status) {
  switch (status) {
    case LineStatus::advice:
      return "advice";
    case LineStatus::needs_input:
      return "needs_input";
    case LineStatus::error:
      return "error";
    case LineStatus::blank:
      return "blank";
  }
  return "error";
}

BatchLineResult batch_line_too_long(const RuleSet& rules, std::size_t line_number,
                                    const BatchDefaults& defaults) {
  return error_line(
      Json{{"line", line_number}}, ProblemCode::json_line_too_long,
      trf(Msg::line_too_long, rules.languages.at(defaults.language), kMaxBatchLineBytes >> 20));
}

BatchLineResult evaluate_batch_line(const RuleSet& rules, std::string_view line,
                                    std::size_t line_number, const BatchDefaults& defaults) {
  Json head = {{"line", line_number}};
  if (is_blank(line)) {
    head["status"] = "blank";
    return {std::move(head), LineStatus::blank, ""};
  }
  const std::string* tag = &rules.languages.at(defaults.language);
  Expected<Json> parsed = parse_json(line);
  if (!parsed)
    return error_line(std::move(head), parsed.problem().code, json_problem(parsed.problem(), *tag));
  Json& request = *parsed;
  if (!request.is_object()) {
    return error_line(std::move(head), ProblemCode::invalid_request,
                      trf(Msg::line_not_object, *tag, shortened(request)));
  }
  if (request.contains("id")) head["id"] = request["id"];

  Request engine_request;
  engine_request.today = defaults.today;
  engine_request.language = defaults.language;
  std::optional<std::string> bad_lang;  // reported after the language is settled
  if (request.contains("lang")) {
    const Json& lang = request["lang"];
    const auto index =
        lang.is_string() ? rules.language_index(lang.get<std::string>()) : std::nullopt;
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
      return error_line(std::move(head), ProblemCode::invalid_request,
                        trf(Msg::line_unknown_key, *tag, key,
                            match.empty() ? "" : trf(Msg::did_you_mean, *tag, match)));
    }
  }
  if (bad_lang) {
    return error_line(
        std::move(head), ProblemCode::invalid_request,
        trf(Msg::line_invalid_lang, *tag, *bad_lang, fmt::join(rules.languages, ", ")));
  }
  if (request.contains("answers")) {
    if (!request["answers"].is_object()) {
      return error_line(std::move(head), ProblemCode::invalid_request,
                        std::string(tr(Msg::answers_not_object, *tag)));
    }
    engine_request.answers = std::move(request["answers"]);
  }
  if (request.contains("today")) {
    const Json& today = request["today"];
    const auto date = today.is_string() ? Date::parse_iso(today.get<std::string>()) : std::nullopt;
    if (!date)
      return error_line(std::move(head), ProblemCode::invalid_request,
                        trf(Msg::line_invalid_today, *tag, shortened(today)));
    engine_request.today = *date;
  }
  const Result result = decide(rules, engine_request);
  Json body = result_to_json(rules, result);
  for (auto& [key, value] : body.items()) head[key] = std::move(value);
  const auto* advice = std::get_if<Advice>(&result);
  std::string channel = advice && advice->channel ? advice->channel->channel->id : "";
  const LineStatus status = advice                                       ? LineStatus::advice
                            : std::holds_alternative<NeedsInput>(result) ? LineStatus::needs_input
                                                                         : LineStatus::error;
  return {std::move(head), status, std::move(channel)};
}

}  // namespace escalate
