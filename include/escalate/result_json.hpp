// The engine's result as the documented JSON object (docs/cli.md): the form
// `advise --format json` prints and every line of `batch`.
#pragma once

#include "escalate/engine.hpp"
#include "escalate/json.hpp"

namespace escalate {

Json result_to_json(const RuleSet& rules, const Result& result);
// {"status": "error", "error": {"code", "message", "question"?}}
Json problem_to_json(const Problem& problem);

}  // namespace escalate
