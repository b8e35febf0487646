// Problem codes as programs see them, and helpers over lists of problems.
#include "escalate/problem.hpp"

#include <algorithm>

namespace escalate {

std::string_view code_name(ProblemCode code) {
  switch (code) {
    case ProblemCode::json_syntax:
    case ProblemCode::json_end:
    case ProblemCode::json_string:
    case ProblemCode::json_utf8:
    case ProblemCode::json_number:
    case ProblemCode::json_number_range:
    case ProblemCode::json_too_deep:
    case ProblemCode::json_duplicate_key:
    case ProblemCode::json_line_too_long:
      return "invalid_json";
    case ProblemCode::invalid_request:
      return "invalid_request";
    case ProblemCode::invalid_answer:
      return "invalid_answer";
    case ProblemCode::unknown_question:
      return "unknown_question";
    case ProblemCode::evaluation_error:
      return "evaluation_error";
    case ProblemCode::invalid_rules:
      return "invalid_rules";
    case ProblemCode::invalid_logic:
      return "invalid_logic";
    case ProblemCode::invalid_case:
      return "invalid_case";
  }
  return "invalid_request";
}

bool has_errors(const Problems& problems) {
  return std::any_of(problems.begin(), problems.end(),
                     [](const Problem& p) { return p.severity == Severity::error; });
}

}  // namespace escalate
