// What every word catalogue shares: the program's languages, each a column of
// every table, the tag -> column look-up, and a row of one message in them all.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace escalate::words {

// The program's own languages; a fourth is a member here, an entry in
// kLanguages and a text in every row (the static_asserts below say where).
enum class Column : std::size_t { en, pt, de };

struct Language {
  Column column;
  std::string_view primary;  // the primary subtag that selects it
  std::string_view tag;      // the tag the program names it by
};

inline constexpr std::array kLanguages = {
    Language{Column::en, "en", "en"},
    Language{Column::pt, "pt", "pt-BR"},
    Language{Column::de, "de", "de"},
};
inline constexpr std::size_t kLanguageCount = kLanguages.size();

constexpr bool languages_in_order() {
  for (std::size_t i = 0; i < kLanguageCount; ++i) {
    if (kLanguages[i].column != static_cast<Column>(i)) return false;
  }
  return true;
}
static_assert(languages_in_order(), "one entry per Column, in the enum's order");

// The one look-up from a language tag to its column: by the primary subtag as
// written ("pt" and "pt-BR": pt); nothing when the program does not speak it.
// Callers that must answer fall back to English; the CLI turns a locale name
// ("PT_br") into a tag first.
constexpr std::optional<Column> column_of(std::string_view tag) {
  const std::string_view primary = tag.substr(0, tag.find('-'));
  for (const Language& language : kLanguages) {
    if (language.primary == primary) return language.column;
  }
  return std::nullopt;
}

constexpr std::string_view tag_of(Column column) {
  return kLanguages[static_cast<std::size_t>(column)].tag;
}

// One message in every language, in the order of kLanguages.
template <typename Id>
struct Row {
  Id id;
  std::array<std::string_view, kLanguageCount> text;

  constexpr std::string_view in(Column column) const {
    return text[static_cast<std::size_t>(column)];
  }
};

// One row per message, in the order of the enum (whose last member is count_),
// with a text in every language: a column left out of a row would read empty.
template <typename Id, std::size_t N>
constexpr bool rows_in_order(const Row<Id> (&rows)[N]) {
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(rows[i].id) != i) return false;
    for (std::string_view text : rows[i].text) {
      if (text.empty()) return false;
    }
  }
  return N == static_cast<std::size_t>(Id::count_);
}

// A row's text for a language tag; English for a language the program does not speak.
template <typename Id>
constexpr std::string_view in_language(const Row<Id>& row, std::string_view language) {
  return row.in(column_of(language).value_or(Column::en));
}

}  // namespace escalate::words
