// JSON descriptions of a rule set's parts in one language, shared by the
// listings (channels, questions) and by advice results.
#pragma once

#include "escalate/json.hpp"
#include "escalate/rules.hpp"

namespace escalate {

Json describe_contact(const Contact& contact, std::size_t language);
Json describe_document(const Document& document, std::size_t language);
Json describe_source(const Source& source, std::size_t language);
Json describe_channel(const RuleSet& rules, const Channel& channel, std::size_t language);
Json describe_question(const Question& question, std::size_t language);

// A contact kind as a person reads it in `tag`'s language ("telefone").
std::string_view contact_kind_label(ContactKind kind, std::string_view tag);
// A question's bound as a person reads it: a date, "today", or a number with
// its unit (money with its currency).
std::string bound_label(const Question& question, const Bound& bound, std::string_view tag);

}  // namespace escalate
