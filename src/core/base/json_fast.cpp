// simdjson's DOM parser, one per thread and reused, then a copy into Json that
// keeps nlohmann's number kinds (a non-negative integer is unsigned) and
// object order. The copy refuses what parse_json would refuse and simdjson
// accepts: repeated keys, and nesting deeper than kMaxJsonDepth.
#include "json_fast.hpp"

#include <simdjson.h>

#include <algorithm>
#include <string>
#include <unordered_set>

namespace escalate {
namespace {

// Longer texts go to parse_json directly, so that no thread keeps a large
// simdjson buffer after one long line.
constexpr std::size_t kFastLimit = 1u << 20;

bool copy(simdjson::dom::element element, Json& out, int depth);

bool copy_object(simdjson::dom::object object, Json& out, int depth) {
  out = Json::object();
  auto& members = out.get_ref<Json::object_t&>();
  std::unordered_set<std::string_view> keys;  // used once an object has many members
  for (const simdjson::dom::key_value_pair member : object) {
    const std::string_view key = member.key;
    if (members.size() < 16) {
      if (std::any_of(members.begin(), members.end(),
                      [&](const auto& m) { return m.first == key; }))
        return false;
    } else {
      if (keys.empty()) {
        for (const auto& m : members) keys.insert(m.first);
      }
      if (!keys.insert(key).second) return false;
    }
    members.emplace_back(std::string(key), Json());
    if (!copy(member.value, members.back().second, depth + 1)) return false;
  }
  return true;
}

bool copy(simdjson::dom::element element, Json& out, int depth) {
  using Type = simdjson::dom::element_type;
  switch (element.type()) {
    case Type::ARRAY: {
      if (depth >= kMaxJsonDepth) return false;
      out = Json::array();
      auto& items = out.get_ref<Json::array_t&>();
      for (const simdjson::dom::element item : simdjson::dom::array(element)) {
        items.emplace_back();
        if (!copy(item, items.back(), depth + 1)) return false;
      }
      return true;
    }
    case Type::OBJECT:
      if (depth >= kMaxJsonDepth) return false;
      return copy_object(simdjson::dom::object(element), out, depth);
    case Type::INT64: {
      const std::int64_t n = std::int64_t(element);
      out = n >= 0 ? Json(static_cast<std::uint64_t>(n)) : Json(n);
      return true;
    }
    case Type::UINT64:
      out = std::uint64_t(element);
      return true;
    case Type::DOUBLE:
      out = double(element);
      return true;
    case Type::STRING:
      out = std::string(std::string_view(element));
      return true;
    case Type::BOOL:
      out = bool(element);
      return true;
    case Type::NULL_VALUE:
      out = nullptr;
      return true;
  }
  return false;
}

}  // namespace

Expected<Json> parse_json_fast(std::string_view text) {
  if (text.size() <= kFastLimit) {
    thread_local simdjson::dom::parser parser(kFastLimit);
    thread_local std::string padded;
    padded.assign(text);
    padded.resize(text.size() + simdjson::SIMDJSON_PADDING);
    simdjson::dom::element root;
    if (parser.parse(padded.data(), text.size(), false).get(root) == simdjson::SUCCESS) {
      Json out;
      if (copy(root, out, 0)) return out;
    }
  }
  return parse_json(text);
}

}  // namespace escalate
