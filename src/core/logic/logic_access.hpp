// Walking JSON values along compiled variable paths, and turning names
// computed at run time into paths.
#pragma once

#include <vector>

#include "escalate/json.hpp"
#include "logic_node.hpp"

namespace escalate::logic {

// The value at `key` inside `value`, or null when absent (objects by key, arrays by index).
const Json* step_into(const Json* value, const PathKey& key);
const Json* walk(const Json* value, const std::vector<PathKey>& path, std::size_t from = 0);
// A key from a JSON value; digit strings and integers also index arrays.
PathKey key_of(const Json& v);
// A var name: "a.b.c" split at dots; null or "" is the whole scope.
std::vector<PathKey> dotted(const Json& name);

}  // namespace escalate::logic
