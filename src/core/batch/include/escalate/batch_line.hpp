// One line of batch input to one line of output: parse, check the request,
// decide, and echo `line` and `id`. Never throws; every problem is an error object.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "escalate/date.hpp"
#include "escalate/json.hpp"
#include "escalate/problem.hpp"
#include "escalate/result_json.hpp"
#include "escalate/rules.hpp"

namespace escalate {

enum class FieldKind;

struct BatchDefaults {
  Date today;
  std::size_t language = 0;
};

enum class LineStatus { advice, needs_input, error, blank };

std::string_view to_string(LineStatus status);

// What a line was, for the run's summary.
struct LineOutcome {
  LineStatus status = LineStatus::error;
  std::string_view channel;  // the advised channel id ("" when none); lives in the rule set
};

// The longest batch line read; a longer one is an error line (see BatchEvaluator::too_long).
inline constexpr std::size_t kMaxBatchLineBytes = 64u << 20;

// The parts of each result a run prints (`batch --fields`): dotted paths into
// the result object (docs/cli.md lists them). Empty: the whole result.
struct BatchFields {
  std::vector<std::string> paths;
};
// `--compact`: only the decision.
inline constexpr std::string_view kCompactFields = "step.id,channel.id,question.id";
// A comma-separated list checked against the result's documented keys and the
// rule set's question ids (for answers.ID); the problem names the bad path.
Expected<BatchFields> parse_batch_fields(const RuleSet& rules, std::string_view list);

// Evaluates lines with the constant parts of results serialised once. Safe to
// share between threads: evaluate() changes nothing but `out`.
class BatchEvaluator {
 public:
  BatchEvaluator(const RuleSet& rules, BatchDefaults defaults, BatchFields fields = {},
                 ResultWriter::Presets presets = ResultWriter::Presets::all);
  // Appends the output line for input line `number` to `out`, without a newline.
  LineOutcome evaluate(std::string& out, std::string_view line, std::size_t number) const;
  // The error line for a line longer than kMaxBatchLineBytes, which is not read.
  LineOutcome too_long(std::string& out, std::size_t number) const;

 private:
  LineOutcome error_line(std::string& out, std::string_view head, ProblemCode code,
                         std::string_view message) const;
  void write_fields(std::string& out, const Result& result) const;
  // `head` ({"line":N and the id), then the result's members or fields.
  LineOutcome write_result(std::string& out, std::string_view head, const Result& result) const;

  const RuleSet& rules_;
  BatchDefaults defaults_;
  BatchFields fields_;
  std::vector<FieldKind> kinds_;  // of each field, in fields_.paths' order
  ResultWriter writer_;
};

// One line at a time, without presets (tests, fuzzing).
struct BatchLineResult {
  std::string text;  // the line as printed, without its newline
  LineStatus status = LineStatus::error;
  std::string channel;
};
BatchLineResult evaluate_batch_line(const RuleSet& rules, std::string_view line,
                                    std::size_t line_number, const BatchDefaults& defaults,
                                    const BatchFields& fields = {});

}  // namespace escalate
