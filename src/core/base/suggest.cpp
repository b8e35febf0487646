// Levenshtein distance with a threshold that scales with the word, as ninja's
// edit_distance-based "did you mean" does.
#include "escalate/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace escalate {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closest_match(std::string_view word, std::span<const std::string> candidates) {
  const std::size_t limit = std::max<std::size_t>(1, std::min<std::size_t>(3, word.size() / 3 + 1));
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    const std::size_t d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  // A candidate that starts with the word (sac -> sac_date) is also a likely intent.
  if (best.empty()) {
    for (const std::string& candidate : candidates) {
      if (word.size() >= 3 && candidate.starts_with(word)) return candidate;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
  const std::string match = closest_match(word, candidates);
  if (match.empty()) return {};
  return fmt::format("; did you mean '{}'?", match);
}

std::string unknown_one_of(std::string_view what, std::string_view word,
                           std::span<const std::string> known) {
  return fmt::format("unknown {} '{}'; expected one of {}{}", what, word, fmt::join(known, ", "),
                     did_you_mean(word, known));
}

}  // namespace escalate
