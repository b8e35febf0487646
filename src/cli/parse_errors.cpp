// CLI11's parse errors in the program's other languages: each known English
// phrase as a pattern of literal text and holes, its parts (option names,
// values) carried over into the translation. Matching is a linear scan for the
// literals, never a backtracking regex: the holes hold the user's own argument,
// of any length.
#include "parse_errors.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include "cli_messages.hpp"

namespace escalate::cli {
namespace {

using Row = words::Row<Cli11Phrase>;
using enum Cli11Phrase;

// The patterns' syntax is cli11_phrase's (parse_errors.hpp).
constexpr Row kPhrases[] = {
    {argument_not_expected,
     {"The following argument was not expected: *", "argumento inesperado: {0}",
      "unerwartetes Argument: {0}"}},
    {arguments_not_expected,
     {"The following arguments were not expected: *", "argumentos inesperados: {0}",
      "unerwartete Argumente: {0}"}},
    {value_not_in_range,
     {"@: Value @ not in range @ to @", "{0}: o valor {1} não está entre {2} e {3}",
      "{0}: der Wert {1} liegt nicht zwischen {2} und {3}"}},
    {value_not_in_set,
     {"@: * not in {*}", "{0}: '{1}' não é aceito; os valores aceitos são {2}",
      "{0}: '{1}' wird nicht angenommen; möglich sind {2}"}},
    // {1}, how many values are missing, is left out: each option takes one value.
    {value_missing,
     {"@: # required @ missing", "{0}: falta o valor ({2})", "{0}: der Wert fehlt ({2})"}},
    {option_required, {"@ is required", "{0} é obrigatório", "{0} ist erforderlich"}},
    {options_exclude,
     {"@ excludes @", "{0} e {1} não podem ser usados juntos",
      "{0} und {1} schließen einander aus"}},
    {option_requires, {"@ requires @", "{0} requer {1}", "{0} braucht {1}"}},
    {cannot_convert,
     {"Could not convert: @ = *", "não foi possível ler o valor de {0}: {1}",
      "der Wert von {0} ist nicht lesbar: {1}"}},
    {at_most,
     {"@: At Most # required but received #", "{0}: no máximo {1} valor(es), recebidos {2}",
      "{0}: höchstens {1} Wert(e), erhalten {2}"}},
    {at_least,
     {"@: At least # required but received #", "{0}: pelo menos {1} valor(es), recebidos {2}",
      "{0}: mindestens {1} Wert(e), erhalten {2}"}},
    {flag_takes_no_value,
     {"@: too many inputs for a flag", "{0}: esta opção não recebe valor",
      "{0}: diese Option nimmt keinen Wert"}},
};
static_assert(words::rows_in_order(kPhrases),
              "one row per Cli11Phrase, in the enum's order, with a text in every language");

constexpr bool is_hole(char c) { return c == '@' || c == '*' || c == '#'; }

bool fits(char hole, std::string_view part) {
  if (hole == '*') return true;
  if (part.empty()) return false;
  return hole != '#' ||
         std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The holes' texts when `text` has the shape of `pattern`. Each literal between
// two holes is found at its first place after the hole's shortest fit (option
// names come first and hold no separator); the last literal ends the text.
std::optional<std::vector<std::string_view>> match(std::string_view pattern,
                                                   std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t at = 0;  // in text
  std::size_t p = 0;   // in pattern
  while (p < pattern.size()) {
    if (!is_hole(pattern[p])) {
      const std::size_t end =
          std::find_if(pattern.begin() + static_cast<std::ptrdiff_t>(p), pattern.end(), is_hole) -
          pattern.begin();
      const std::string_view literal = pattern.substr(p, end - p);
      if (text.substr(at, literal.size()) != literal) return std::nullopt;
      at += literal.size();
      p = end;
      continue;
    }
    const char hole = pattern[p++];
    const std::size_t end =
        std::find_if(pattern.begin() + static_cast<std::ptrdiff_t>(p), pattern.end(), is_hole) -
        pattern.begin();
    const std::string_view literal = pattern.substr(p, end - p);
    std::size_t found = 0;
    if (end == pattern.size()) {
      // The last literal closes the text.
      if (text.size() < at + literal.size() || !text.ends_with(literal)) return std::nullopt;
      found = text.size() - literal.size();
    } else {
      found = text.find(literal, hole == '*' ? at : at + 1);
      if (found == std::string_view::npos) return std::nullopt;
    }
    const std::string_view part = text.substr(at, found - at);
    if (!fits(hole, part)) return std::nullopt;
    parts.push_back(part);
    at = found;
  }
  if (at != text.size()) return std::nullopt;
  return parts;
}

}  // namespace

std::string_view cli11_phrase(Cli11Phrase phrase, words::Column language) {
  return kPhrases[static_cast<std::size_t>(phrase)].in(language);
}

std::string parse_error_text(std::string_view message, words::Column language) {
  if (language == words::Column::en) return std::string(message);
  for (const Row& phrase : kPhrases) {
    const auto parts = match(phrase.in(words::Column::en), message);
    if (!parts) continue;
    return fill_parts(phrase.in(language), std::vector<std::string>(parts->begin(), parts->end()));
  }
  return std::string(message);
}

}  // namespace escalate::cli
