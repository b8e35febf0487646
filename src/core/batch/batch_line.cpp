// Batch lines: {"id": any, "answers": {...}, "today": "YYYY-MM-DD", "lang": "..."}.
// Every problem is an error object in one language: the line's `lang` when it
// names one of the rule set's languages, else the run's.
#include "escalate/batch_line.hpp"

#include <fmt/format.h>

#include "batch_fields.hpp"
#include "batch_request.hpp"
#include "escalate/engine.hpp"
#include "escalate/json_writer.hpp"
#include "escalate/messages.hpp"
#include "escalate/result_json.hpp"
#include "escalate/utf8.hpp"

namespace escalate {
namespace {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// {"line":N, the start of every output line.
std::string line_head(std::size_t number) {
  std::string head = "{\"line\":";
  head += fmt::format_int(number).str();
  return head;
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
  StrictRequest strict = read_request_strict(rules_, line, defaults_);
  if (strict.id) {
    JsonWriter w(head);
    w.continue_after_value();
    w.key("id").value(*strict.id);
  }
  if (!strict.request) {
    const Problem& problem = strict.request.problem();
    return error_line(out, head, problem.code, problem.message);
  }
  return write_result(out, head, decide(rules_, std::move(strict.request).value()));
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

BatchLineResult evaluate_batch_line(const RuleSet& rules, std::string_view line,
                                    std::size_t line_number, const BatchDefaults& defaults,
                                    const BatchFields& fields) {
  BatchLineResult r;
  const LineOutcome outcome = BatchEvaluator(rules, defaults, fields, ResultWriter::Presets::none)
                                  .evaluate(r.text, line, line_number);
  r.status = outcome.status;
  r.channel = std::string(outcome.channel);
  return r;
}

}  // namespace escalate
