// The two readers of a batch line's request, side by side. The fast one reads
// in place from simdjson's DOM, making only the id and the answers' values
// into Json and finding the answers' keys as questions without making strings;
// it takes only a line the strict one would accept as a request with known
// question ids. The strict one reads any line, and words every error. They
// must agree: tests/unit/batch_request_test.cpp ("a line read in place prints
// exactly what the strict path prints for it") and fuzz/fuzz_batch_line.cpp
// compare what a line prints down either path.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "escalate/batch_line.hpp"
#include "escalate/engine.hpp"
#include "escalate/json.hpp"
#include "escalate/problem.hpp"
#include "escalate/rules.hpp"

namespace escalate {

// The keys a request line may have; the strict path suggests one of them for
// an unknown key.
inline const std::array<std::string, 4> kRequestKeys = {"id", "answers", "today", "lang"};

struct FastRequest {
  std::optional<Json> id;
  Date today;
  std::size_t language = 0;
  struct Answer {
    const Question* question;
    Json value;  // as given, not checked yet
  };
  std::vector<Answer> answers;  // in the line's order
};

// The request, or nothing when the line needs the strict path: simdjson
// refuses it or it is too long for the shared parser, it is not an object, it
// repeats a key or nests too deep, it has a key other than id, answers, today
// and lang, its answers, today or lang are not what a request may hold, or an
// answer's id is not a question's.
std::optional<FastRequest> read_request_fast(const RuleSet& rules, std::string_view line,
                                             const BatchDefaults& defaults);

struct StrictRequest {
  std::optional<Json> id;     // echoed before the result or the error
  Expected<Request> request;  // or what is wrong with the line
};

// The request of any line, its answers not checked yet; or the invalid_json or
// invalid_request Problem, worded in the line's `lang` when it names one of
// the rule set's languages, else in the run's.
StrictRequest read_request_strict(const RuleSet& rules, std::string_view line,
                                  const BatchDefaults& defaults);

}  // namespace escalate
