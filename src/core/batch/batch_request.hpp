// A batch line read in place: simdjson's DOM, with only the id and the answers'
// values made into Json, and the answers' keys found as questions without
// making strings. Taken only when the line is one the strict path would accept
// as a request with known question ids; anything it would word an error for
// is left to it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "escalate/batch_line.hpp"
#include "escalate/json.hpp"
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

}  // namespace escalate
