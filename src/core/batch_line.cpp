// Batch lines: {"id": any, "answers": {...}, "today": "YYYY-MM-DD", "lang": "..."}.
#include "escalate/batch_line.hpp"

#include <fmt/format.h>

#include "escalate/engine.hpp"
#include "escalate/suggest.hpp"
#include "escalate/utf8.hpp"

namespace escalate {
namespace {

// Nesting depth outside strings, without parsing (so no recursion on hostile input).
int nesting_depth(std::string_view text) {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

BatchLineResult error_line(Json head, std::string code, std::string message) {
  head["status"] = "error";
  head["error"] = {{"code", std::move(code)}, {"message", valid_utf8(message)}};
  return {std::move(head), "error", ""};
}

}  // namespace

BatchLineResult evaluate_batch_line(const RuleSet& rules, std::string_view line, std::size_t line_number,
                                    const BatchDefaults& defaults) {
  Json head = {{"line", line_number}};
  if (is_blank(line)) {
    head["status"] = "blank";
    return {std::move(head), "blank", ""};
  }
  if (nesting_depth(line) > kMaxBatchNesting) {
    return error_line(std::move(head), "invalid_json",
                      fmt::format("the line is nested more than {} levels deep", kMaxBatchNesting));
  }
  Json request;
  try {
    request = Json::parse(line.begin(), line.end());
  } catch (const Json::parse_error& e) {
    std::string what = e.what();
    const auto colon = what.find(": ", what.find("parse error"));
    return error_line(std::move(head), "invalid_json",
                      fmt::format("not valid JSON at column {}: {}", e.byte, colon == std::string::npos ? what : what.substr(colon + 2)));
  }
  if (!request.is_object()) {
    return error_line(std::move(head), "invalid_request",
                      fmt::format("expected a JSON object such as {{\"id\": 1, \"answers\": {{…}}}}, got {}",
                                  request.is_array() ? "an array" : request.is_string() ? "a string" : request.is_null() ? "null" : "a scalar"));
  }
  if (request.contains("id")) head["id"] = request["id"];
  static const std::vector<std::string> kKeys = {"id", "answers", "today", "lang"};
  for (const auto& [key, unused] : request.items()) {
    if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
      return error_line(std::move(head), "invalid_request",
                        fmt::format("unknown key '{}'{} (a line has id, answers, today and lang)", key, did_you_mean(key, kKeys)));
    }
  }
  Request engine_request;
  engine_request.today = defaults.today;
  engine_request.language = defaults.language;
  if (request.contains("answers")) {
    if (!request["answers"].is_object()) {
      return error_line(std::move(head), "invalid_request", "'answers' must be a JSON object of question id to answer");
    }
    engine_request.answers = request["answers"];
  }
  if (request.contains("today")) {
    const Json& today = request["today"];
    const auto date = today.is_string() ? Date::parse_iso(today.get<std::string>()) : std::nullopt;
    if (!date) return error_line(std::move(head), "invalid_request", fmt::format("invalid 'today' {}: expected \"YYYY-MM-DD\"", today.dump()));
    engine_request.today = *date;
  }
  if (request.contains("lang")) {
    const Json& lang = request["lang"];
    const auto index = lang.is_string() ? rules.language_index(lang.get<std::string>()) : std::nullopt;
    if (!index) {
      return error_line(std::move(head), "invalid_request",
                        fmt::format("invalid 'lang' {}: this rule set has {}", lang.dump(), fmt::join(rules.languages, ", ")));
    }
    engine_request.language = *index;
  }
  const Result result = decide(rules, engine_request);
  Json body = result_to_json(rules, result);
  for (auto& [key, value] : body.items()) head[key] = std::move(value);
  std::string channel = result.channel ? result.channel->channel->id : "";
  return {std::move(head), std::string(to_string(result.status)), std::move(channel)};
}

}  // namespace escalate
