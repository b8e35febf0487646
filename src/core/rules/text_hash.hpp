// A hash for the short texts looked up on every batch line (question ids, JSON
// keys): eight bytes at a time, a multiply and a shift each, where std::hash
// goes byte by byte. Not seeded: a table hashed with it holds trusted keys (a
// rule set's ids), whatever texts are looked up in it.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace escalate {

inline std::size_t hash_text(std::string_view text) {
  constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15u;
  std::uint64_t hash = text.size() * kMultiplier;
  const char* at = text.data();
  std::size_t left = text.size();
  auto mix = [&hash](std::uint64_t word) {
    hash = (hash ^ word) * 0xBF58476D1CE4E5B9u;
    hash ^= hash >> 31;
  };
  for (; left >= 8; at += 8, left -= 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, at, 8);
    mix(word);
  }
  if (left > 0) {
    std::uint64_t word = 0;
    std::memcpy(&word, at, left);
    mix(word);
  }
  return static_cast<std::size_t>(hash ^ (hash >> 29));
}

}  // namespace escalate
