// The library's one error model: a Problem (what went wrong, where, in words a
// person can act on) and Expected<T>, a value or the problems that prevented it.
// Every fallible function returns Expected; evaluation inside JSON Logic keeps
// LogicError (the standard's throw/try), which the engine turns into a Problem.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace escalate {

enum class ProblemCode : std::uint8_t {
  // A JSON document or batch line that cannot be read (all "invalid_json" to programs).
  json_syntax,         // an unexpected token; `token` holds what was read
  json_end,            // the text ends before the value is complete
  json_string,         // a control character or a bad escape in a string
  json_utf8,           // a string that is not valid UTF-8
  json_number,         // a malformed number; `token` holds it
  json_number_range,   // a number beyond a double's range (1e400); `token` holds it
  json_too_deep,       // nested more than kMaxJsonDepth levels
  json_duplicate_key,  // `token` holds the key, `path` where it is
  json_line_too_long,  // a batch line longer than kMaxBatchLineBytes
  invalid_request,     // a request or batch line of the wrong shape
  invalid_answer,      // an answer its question does not accept; `question` names it
  unknown_question,    // an answer to a question the rules do not have; `question` names it
  evaluation_error,    // the rules' logic failed for this case
  invalid_rules,       // a problem in a rules file (an error or a warning), at `path`
  invalid_logic,       // a JSON Logic expression that does not compile, at `path`
  invalid_case,        // a case file that cannot be used, at `path`
};

// The stable snake_case code programs see (docs/cli.md): every json_* is "invalid_json".
std::string_view code_name(ProblemCode code);

enum class Severity { error, warning };

struct Problem {
  Problem() = default;
  Problem(ProblemCode code_, std::string message_, std::string path_ = {})
      : code(code_), message(std::move(message_)), path(std::move(path_)) {}

  ProblemCode code = ProblemCode::invalid_request;
  std::string message;
  std::string path;      // a JSON path ("$.steps[2].when", "$" for a document), or empty
  std::string question;  // the question an answer problem is about, or empty
  std::string token;     // the offending text of a JSON problem (what was read, a number, a key)
  int line = 0;  // 1-based line and column (in code points) of a JSON syntax problem; 0 otherwise
  int column = 0;
  Severity severity = Severity::error;
};

using Problems = std::vector<Problem>;

bool has_errors(const Problems& problems);

// A value, or the problems that prevented it (at least one of them an error).
template <typename T>
class Expected {
 public:
  Expected(T value)
      : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
  Expected(Problem problem)
      : state_(std::in_place_index<1>, Problems{std::move(problem)}) {}                 // NOLINT
  Expected(Problems problems) : state_(std::in_place_index<1>, std::move(problems)) {}  // NOLINT

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  // When there is no value: every problem, and the first, which says why.
  const Problems& problems() const { return std::get<1>(state_); }
  const Problem& problem() const { return problems().front(); }

 private:
  std::variant<T, Problems> state_;
};

}  // namespace escalate
