// The engine's results as text for a terminal: the advice screen (ladder,
// action, contacts, deadlines with days left, documents checklist) and the
// next question. Colour is ANSI escapes when asked; lines are wrapped to `width`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "escalate/engine.hpp"

namespace escalate {

struct TextStyle {
  bool color = false;
  std::size_t width = 80;
};

std::string render_advice(const RuleSet& rules, const Advice& advice, const TextStyle& style);

// A question with its help line and numbered options, as asked interactively.
// The prompt and its choices: numbered options, or the language's yes/no.
std::string render_question(const RuleSet& rules, const Question& question, std::size_t language,
                            const TextStyle& style);

// For one-shot use: the question, what it accepts, and the exact flag to add.
std::string render_needs_input(const RuleSet& rules, const NeedsInput& needs,
                               const TextStyle& style);

// Wraps `text` to `width` columns (code points), each line starting with
// `indent`, or with `first_indent` for the first line when given.
// "today", "tomorrow", "3 days left", "2 days ago" in the language `tag`.
std::string days_text(std::int64_t days, std::string_view tag);

std::string wrap(std::string_view text, std::size_t width, std::string_view indent,
                 std::optional<std::string_view> first_indent = std::nullopt);

}  // namespace escalate
