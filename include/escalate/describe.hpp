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

}  // namespace escalate
