// Reading a batch line's request straight from simdjson's DOM (batch_request.hpp).
#include "batch_request.hpp"

#include <algorithm>
#include <array>

#include "escalate/json_fast.hpp"

namespace escalate {
namespace {

// The question with id `key`. Most files give answers in the questions' order,
// some left out, so the few questions from `next` on are compared first; the
// symbol table's hash is for the rest.
const Question* question_near(const RuleSet& rules, std::size_t next, std::string_view key) {
  constexpr std::size_t kLookAhead = 4;
  const std::size_t end = std::min(rules.questions.size(), next + kLookAhead);
  for (std::size_t i = next; i < end; ++i) {
    if (rules.questions[i].id == key) return &rules.questions[i];
  }
  return rules.find_question(key);
}

}  // namespace

std::optional<FastRequest> read_request_fast(const RuleSet& rules, std::string_view line,
                                             const BatchDefaults& defaults) {
  const auto root = parse_dom_fast(line);
  if (!root || !root->is_object()) return std::nullopt;
  std::array<std::optional<simdjson::dom::element>, kRequestKeys.size()> members;
  for (const simdjson::dom::key_value_pair member : simdjson::dom::object(*root)) {
    std::size_t k = 0;
    while (k < kRequestKeys.size() && kRequestKeys[k] != member.key) ++k;
    if (k == kRequestKeys.size() || members[k]) return std::nullopt;  // unknown or repeated
    members[k] = member.value;
  }
  FastRequest request;
  request.today = defaults.today;
  request.language = defaults.language;
  if (const auto& id = members[0]) {
    request.id = to_json(*id, 1);
    if (!request.id) return std::nullopt;
  }
  if (const auto& lang = members[3]) {
    const auto index =
        lang->is_string() ? rules.language_index(std::string_view(*lang)) : std::nullopt;
    if (!index) return std::nullopt;
    request.language = *index;
  }
  if (const auto& today = members[2]) {
    const auto date = today->is_string() ? Date::parse_iso(std::string_view(*today)) : std::nullopt;
    if (!date) return std::nullopt;
    request.today = *date;
  }
  if (const auto& answers = members[1]) {
    if (!answers->is_object()) return std::nullopt;
    const simdjson::dom::object object(*answers);
    request.answers.reserve(object.size());
    // A key repeated is found through its question; an unknown id is for the strict path.
    std::vector<bool> seen(rules.questions.size());
    std::size_t next = 0;  // the question after the last one found
    for (const simdjson::dom::key_value_pair member : object) {
      const Question* question = question_near(rules, next, member.key);
      if (!question) return std::nullopt;
      const auto index = static_cast<std::size_t>(question - rules.questions.data());
      next = index + 1;
      if (seen[index]) return std::nullopt;
      seen[index] = true;
      std::optional<Json> value = to_json(member.value, 2);
      if (!value) return std::nullopt;
      request.answers.push_back({question, std::move(*value)});
    }
  }
  return request;
}

}  // namespace escalate
