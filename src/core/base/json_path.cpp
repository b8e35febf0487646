// JSON paths for messages: identifier-like keys as .key, others as ["key"].
#include "json_path.hpp"

#include <fmt/format.h>

#include "escalate/json.hpp"

namespace escalate {
namespace {

bool is_plain_key(std::string_view key) {
  if (key.empty()) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!alpha(key[0])) return false;
  for (char c : key) {
    if (!alpha(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

}  // namespace

std::string path_key(std::string_view parent, std::string_view key) {
  if (is_plain_key(key)) return fmt::format("{}.{}", parent, key);
  return fmt::format("{}[{}]", parent, Json(std::string(key)).dump());
}

std::string path_index(std::string_view parent, std::size_t index) {
  return fmt::format("{}[{}]", parent, index);
}

}  // namespace escalate
