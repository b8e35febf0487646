// simdjson's DOM parser, one per thread and reused, then a copy into Json that
// keeps nlohmann's number kinds (a non-negative integer is unsigned) and
// object order. The copy refuses what parse_json would refuse and simdjson
// accepts: repeated keys, and nesting deeper than kMaxJsonDepth.
#include "escalate/json_fast.hpp"

#include <simdjson.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace escalate {
namespace {

bool copy(simdjson::dom::element element, Json& out, int depth);

// The document in `padded` (its text, then SIMDJSON_PADDING bytes), or nothing.
std::optional<Json> read(simdjson::dom::parser& parser, const std::string& padded,
                         std::size_t size) {
  simdjson::dom::element root;
  if (parser.parse(padded.data(), size, false).get(root) != simdjson::SUCCESS) return std::nullopt;
  Json out;
  if (!copy(root, out, 0)) return std::nullopt;
  return out;
}

// True when two members of an object have the same key. Small objects are
// searched; larger ones go through a hash table of member indices that each
// thread keeps (open addressing, at most half full).
bool has_repeated_key(const Json::object_t& members) {
  const std::size_t count = members.size();
  if (count < 8) {
    for (auto a = members.begin(); a != members.end(); ++a) {
      for (auto b = std::next(a); b != members.end(); ++b) {
        if (a->first == b->first) return true;
      }
    }
    return false;
  }
  constexpr std::uint32_t kEmpty = UINT32_MAX;
  std::size_t capacity = 16;
  while (capacity < 2 * count) capacity *= 2;
  thread_local std::vector<std::uint32_t> slots;
  slots.assign(capacity, kEmpty);
  const std::size_t mask = capacity - 1;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string& key = (members.begin() + static_cast<std::ptrdiff_t>(i))->first;
    std::size_t at = std::hash<std::string_view>{}(key)&mask;
    while (slots[at] != kEmpty) {
      if ((members.begin() + slots[at])->first == key) return true;
      at = (at + 1) & mask;
    }
    slots[at] = static_cast<std::uint32_t>(i);
  }
  return false;
}

bool copy_object(simdjson::dom::object object, Json& out, int depth) {
  out = Json::object();
  auto& members = out.get_ref<Json::object_t&>();
  members.reserve(object.size());
  for (const simdjson::dom::key_value_pair member : object) {
    members.emplace_back(std::string(member.key), Json());
    if (!copy(member.value, members.back().second, depth + 1)) return false;
  }
  return !has_repeated_key(members);
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

// Texts up to kSharedFastText share one parser per thread (batch lines); a
// longer one (a rules file) gets a parser of its own in parse_json_fast, freed
// when it is read, so that no thread keeps a large buffer after one long text.
std::optional<simdjson::dom::element> parse_dom_fast(std::string_view text) {
  if (text.size() > kSharedFastText) return std::nullopt;
  thread_local simdjson::dom::parser parser(kSharedFastText);
  thread_local std::string padded;
  padded.assign(text);
  padded.resize(text.size() + simdjson::SIMDJSON_PADDING);
  simdjson::dom::element root;
  if (parser.parse(padded.data(), text.size(), false).get(root) != simdjson::SUCCESS)
    return std::nullopt;
  return root;
}

std::optional<Json> to_json(simdjson::dom::element element, int depth) {
  Json out;
  if (!copy(element, out, depth)) return std::nullopt;
  return out;
}

Expected<Json> parse_json_fast(std::string_view text) {
  std::optional<Json> read_fast;
  if (text.size() <= kSharedFastText) {
    if (const auto root = parse_dom_fast(text)) read_fast = to_json(*root);
  } else if (text.size() <= kMaxFastText) {
    simdjson::dom::parser parser(text.size());
    std::string padded(text);
    padded.resize(text.size() + simdjson::SIMDJSON_PADDING);
    read_fast = read(parser, padded, text.size());
  }
  if (read_fast) return std::move(*read_fast);
  return parse_json(text);
}

}  // namespace escalate
