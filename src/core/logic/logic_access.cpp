// Variable paths: stepping into objects and arrays, and names computed at run time.
#include "logic_access.hpp"

#include <algorithm>

#include "logic_values.hpp"

namespace escalate::logic {

const Json* step_into(const Json* value, const PathKey& key) {
  if (!value) return nullptr;
  if (value->is_object()) {
    const auto it = value->find(key.key);
    return it == value->end() ? nullptr : &*it;
  }
  if (value->is_array() && key.index && *key.index < value->size()) return &(*value)[*key.index];
  return nullptr;
}

const Json* walk(const Json* value, const std::vector<PathKey>& path, std::size_t from) {
  for (std::size_t i = from; i < path.size() && value; ++i) value = step_into(value, path[i]);
  return value;
}

PathKey key_of(const Json& v) {
  PathKey k{to_js_string(v), std::nullopt};
  if (v.is_number_integer() || v.is_number_unsigned() || v.is_string()) {
    const std::string& s = k.key;
    if (!s.empty() && s.size() < 19 &&
        std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      k.index = std::stoull(s);
    }
  }
  return k;
}

std::vector<PathKey> dotted(const Json& name) {
  std::vector<PathKey> path;
  if (name.is_null()) return path;
  const std::string text = to_js_string(name);
  if (text.empty()) return path;
  if (name.is_number()) return {key_of(name)};
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = text.find('.', start);
    path.push_back(key_of(Json(text.substr(start, dot - start))));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return path;
}

}  // namespace escalate::logic
