// JSON paths for messages: identifier-like keys as .key, others as ["key"].
#include "escalate/json_path.hpp"

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

// Paths are made for every part of a rules file as it is read (messages need
// them), so they are put together without a format string.
std::string path_key(std::string_view parent, std::string_view key) {
  if (!is_plain_key(key)) return fmt::format("{}[{}]", parent, Json(std::string(key)).dump());
  std::string path;
  path.reserve(parent.size() + 1 + key.size());
  path += parent;
  path += '.';
  path += key;
  return path;
}

std::string path_index(std::string_view parent, std::size_t index) {
  const fmt::format_int digits(index);
  std::string path;
  path.reserve(parent.size() + 2 + digits.size());
  path += parent;
  path += '[';
  path.append(digits.data(), digits.size());
  path += ']';
  return path;
}

}  // namespace escalate
