// What the word catalogues share: a row of one message in English, Brazilian
// Portuguese and German, a check that a table follows its enum, and the column
// a language tag reads.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace escalate::words {

template <typename Id>
struct Row {
  Id id;
  std::string_view en, pt, de;
};

// One row per message, in the order of the enum (whose last member is count_).
template <typename Id, std::size_t N>
constexpr bool rows_in_order(const std::array<Row<Id>, N>& rows) {
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(rows[i].id) != i) return false;
  }
  return N == static_cast<std::size_t>(Id::count_);
}

enum class Column { en, pt, de };

// Matched by the primary subtag ("pt" and "pt-BR": pt); English otherwise.
constexpr Column column_of(std::string_view language) {
  const std::string_view primary = language.substr(0, language.find('-'));
  if (primary == "pt") return Column::pt;
  if (primary == "de") return Column::de;
  return Column::en;
}

template <typename Id>
constexpr std::string_view in_language(const Row<Id>& row, std::string_view language) {
  switch (column_of(language)) {
    case Column::pt:
      return row.pt;
    case Column::de:
      return row.de;
    case Column::en:
      break;
  }
  return row.en;
}

}  // namespace escalate::words
