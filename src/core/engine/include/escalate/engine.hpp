// The decision engine: answers + today + language + rules in, and out either
// the advice (the first step whose condition holds, with everything it needs
// filled in), the one next question it needs, or an error. Pure: no I/O, no clock.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "escalate/answers.hpp"
#include "escalate/date.hpp"
#include "escalate/json.hpp"
#include "escalate/problem.hpp"
#include "escalate/rules.hpp"

namespace escalate {

struct Request {
  Json answers = Json::object();  // question id -> answer (JSON of the question's type)
  Date today;
  std::size_t language = 0;  // index into RuleSet::languages
};

enum class Status { advice, needs_input, error };
// passed: a rung before the current one the person went through; skipped: one
// they did not (or did not say); current; ahead.
enum class RungState { passed, skipped, current, ahead };

std::string_view to_string(Status status);
std::string_view to_string(RungState state);

struct DeadlineResult {
  std::string id;
  std::string label;
  Date date;
  std::int64_t days_left = 0;  // calendar days from today; negative when past
  const Source* basis = nullptr;
};

struct Rung {
  const Channel* channel = nullptr;
  RungState state = RungState::ahead;
};

// Texts below are in the request's language with placeholders filled in.
struct ContactView {
  ContactKind kind = ContactKind::phone;
  std::string value, hours, note;
};

struct ChannelView {
  const Channel* channel = nullptr;
  std::string name, summary, response_time;
  std::vector<ContactView> contacts;
  std::vector<std::string> tips;
};

struct DocumentView {
  std::string id, label, hint;
};

struct NoteView {
  std::string id, text;
};

// Checked answers by question index (RuleSet::questions): none where the
// question was not answered, null for "I don't know".
using Answers = std::vector<std::optional<Json>>;

// A request whose answers are checked: what the engine decides on, and what
// every result carries back (advice and needs_input alike).
struct CheckedRequest {
  Date today;
  std::size_t language = 0;
  Answers answers;  // the answers used, checked (shown in question order)
};

// The first step whose condition holds, with everything it shows filled in.
struct Advice : CheckedRequest {
  const Step* step = nullptr;  // null when no step applies
  std::optional<ChannelView> channel;
  std::string title, action, then;  // placeholders filled in
  std::vector<DeadlineResult> deadlines;
  std::vector<DocumentView> documents;  // the channel's first, then the step's, each once
  std::vector<NoteView> notes;          // the step's notes whose condition holds, in order
  std::vector<Rung> ladder;
};

// The one question the engine needs next.
struct NeedsInput : CheckedRequest {
  const Question* question = nullptr;
  const Step* for_step = nullptr;  // the step this answer decides or completes
};

// The advice, the next question, or what is wrong with the request (an
// invalid_answer, unknown_question, invalid_request or evaluation_error
// Problem, worded in the request's language).
using Result = std::variant<Advice, NeedsInput, Problem>;

Status status_of(const Result& result);

Result decide(const RuleSet& rules, const Request& request);
// The same, taking the request's answers instead of copying them.
Result decide(const RuleSet& rules, Request&& request);
// The same for answers already checked, one by one with check_answer_into.
Result decide(const RuleSet& rules, CheckedRequest checked);

// Checks `value`, the answer to `question` (one of the context's rule set),
// and puts it at the question's index in `answers` (sized to the rule set's
// questions); or the invalid_answer Problem, in the context's language.
std::optional<Problem> check_answer_into(Answers& answers, const Question& question, Json value,
                                         const AnswerContext& context);

// Whether `condition` (a rule set's logic, e.g. a question's `recheck`) holds for
// the request's answers, unknown counting as not; or what is wrong with the answers.
Expected<bool> holds(const RuleSet& rules, const Logic& condition, const Request& request);

}  // namespace escalate
