// The JSON value type used throughout escalate: insertion-ordered, so that rule
// files and results keep the order their authors and readers expect.
#pragma once

#include <nlohmann/json.hpp>

namespace escalate {

using Json = nlohmann::ordered_json;

}  // namespace escalate
