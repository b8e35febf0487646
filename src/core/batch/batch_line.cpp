// Batch lines: {"id": any, "answers": {...}, "today": "YYYY-MM-DD", "lang": "..."}.
// Every problem is an error object in one language: the line's `lang` when it
// names one of the rule set's languages, else the run's.
#include "escalate/batch_line.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "batch_fields.hpp"
#include "batch_request.hpp"
#include "escalate/engine.hpp"
#include "escalate/json_document.hpp"
#include "escalate/json_fast.hpp"
#include "escalate/json_writer.hpp"
#include "escalate/messages.hpp"
#include "escalate/result_json.hpp"
#include "escalate/suggest.hpp"
#include "escalate/utf8.hpp"

namespace escalate {
namespace {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
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

// {"line":N, the start of every output line.
std::string line_head(std::size_t number) {
  std::string head = "{\"line\":";
  head += fmt::format_int(number).str();
  return head;
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

BatchEvaluator::BatchEvaluator(const RuleSet& rules, BatchDefaults defaults, BatchFields fields,
                               ResultWriter::Presets presets)
    : rules_(rules), defaults_(defaults), fields_(std::move(fields)), writer_(rules, presets) {
  for (const std::string& path : fields_.paths) kinds_.push_back(field_kind(path));
}

LineOutcome BatchEvaluator::error_line(std::string& out, std::string_view head, ProblemCode code,
                                       std::string_view message) const {
  out += head;
  JsonWriter w(out);
  w.continue_after_value();
  w.key("status").string("error").key("error").begin_object();
  w.key("code").string(code_name(code)).key("message").string(valid_utf8(message));
  w.end_object();
  out += '}';
  return {LineStatus::error, {}};
}

LineOutcome BatchEvaluator::too_long(std::string& out, std::size_t number) const {
  std::string head = line_head(number);
  return error_line(
      out, head, ProblemCode::json_line_too_long,
      trf(Msg::line_too_long, rules_.languages.at(defaults_.language), kMaxBatchLineBytes >> 20));
}

LineOutcome BatchEvaluator::evaluate(std::string& out, std::string_view line,
                                     std::size_t number) const {
  std::string head = line_head(number);
  if (is_blank(line)) {
    out += head;
    out += ",\"status\":\"blank\"}";
    return {LineStatus::blank, {}};
  }
  if (std::optional<FastRequest> fast = read_request_fast(rules_, line, defaults_)) {
    if (fast->id) {
      JsonWriter w(head);
      w.continue_after_value();
      w.key("id").value(*fast->id);
    }
    const AnswerContext context{rules_, fast->language, fast->today};
    CheckedRequest checked{fast->today, fast->language, Answers(rules_.questions.size())};
    for (auto& [question, value] : fast->answers) {
      if (auto problem = check_answer_into(checked.answers, *question, std::move(value), context))
        return write_result(out, head, *problem);
    }
    return write_result(out, head, decide(rules_, std::move(checked)));
  }
  const std::string* tag = &rules_.languages.at(defaults_.language);
  Expected<Json> parsed = parse_json_fast(line);
  if (!parsed)
    return error_line(out, head, parsed.problem().code, json_problem(parsed.problem(), *tag));
  Json& request = *parsed;
  if (!request.is_object()) {
    return error_line(out, head, ProblemCode::invalid_request,
                      trf(Msg::line_not_object, *tag, shortened(request)));
  }
  if (const auto id = request.find("id"); id != request.end()) {
    JsonWriter w(head);
    w.continue_after_value();
    w.key("id").value(*id);
  }

  Request engine_request;
  engine_request.today = defaults_.today;
  engine_request.language = defaults_.language;
  std::optional<std::string> bad_lang;  // reported after the language is settled
  if (const auto lang = request.find("lang"); lang != request.end()) {
    const auto index = lang->is_string()
                           ? rules_.language_index(lang->get_ref<const std::string&>())
                           : std::nullopt;
    if (index) {
      engine_request.language = *index;
      tag = &rules_.languages.at(*index);
    } else {
      bad_lang = shortened(*lang);
    }
  }
  for (const auto& [key, unused] : request.items()) {
    if (std::find(kRequestKeys.begin(), kRequestKeys.end(), key) == kRequestKeys.end()) {
      const std::string match = closest_match(key, kRequestKeys);
      return error_line(out, head, ProblemCode::invalid_request,
                        trf(Msg::line_unknown_key, *tag, key,
                            match.empty() ? "" : trf(Msg::did_you_mean, *tag, match)));
    }
  }
  if (bad_lang) {
    return error_line(
        out, head, ProblemCode::invalid_request,
        trf(Msg::line_invalid_lang, *tag, *bad_lang, fmt::join(rules_.languages, ", ")));
  }
  if (const auto answers = request.find("answers"); answers != request.end()) {
    if (!answers->is_object()) {
      return error_line(out, head, ProblemCode::invalid_request, tr(Msg::answers_not_object, *tag));
    }
    engine_request.answers = std::move(*answers);
  }
  if (const auto today = request.find("today"); today != request.end()) {
    const auto date =
        today->is_string() ? Date::parse_iso(today->get_ref<const std::string&>()) : std::nullopt;
    if (!date)
      return error_line(out, head, ProblemCode::invalid_request,
                        trf(Msg::line_invalid_today, *tag, shortened(*today)));
    engine_request.today = *date;
  }
  return write_result(out, head, decide(rules_, std::move(engine_request)));
}

LineOutcome BatchEvaluator::write_result(std::string& out, std::string_view head,
                                         const Result& result) const {
  out += head;
  out += ',';
  if (fields_.paths.empty() || std::holds_alternative<Problem>(result)) {
    writer_.members(out, result);
  } else {
    write_fields(out, result);
  }
  out += '}';
  const auto* advice = std::get_if<Advice>(&result);
  if (advice) {
    return {LineStatus::advice,
            advice->channel ? std::string_view(advice->channel->channel->id) : std::string_view()};
  }
  return {std::holds_alternative<NeedsInput>(result) ? LineStatus::needs_input : LineStatus::error,
          {}};
}

}  // namespace escalate

namespace escalate {

BatchLineResult batch_line_too_long(const RuleSet& rules, std::size_t line_number,
                                    const BatchDefaults& defaults) {
  BatchLineResult r;
  const LineOutcome outcome = BatchEvaluator(rules, defaults, {}, ResultWriter::Presets::none)
                                  .too_long(r.text, line_number);
  r.output = Json::parse(r.text);
  r.status = outcome.status;
  return r;
}

BatchLineResult evaluate_batch_line(const RuleSet& rules, std::string_view line,
                                    std::size_t line_number, const BatchDefaults& defaults,
                                    const BatchFields& fields) {
  BatchLineResult r;
  const LineOutcome outcome = BatchEvaluator(rules, defaults, fields, ResultWriter::Presets::none)
                                  .evaluate(r.text, line, line_number);
  r.output = Json::parse(r.text);
  r.status = outcome.status;
  r.channel = std::string(outcome.channel);
  return r;
}

}  // namespace escalate
