// CLI11's parse errors in pt-BR and de: each known English phrase as a pattern
// of literal text and holes, its parts (option names, values) carried over into
// the translation. Matching is a linear scan for the literals, never a
// backtracking regex: the holes hold the user's own argument, of any length.
#include "parse_errors.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace escalate::cli {
namespace {

// '@' in a pattern is a hole of one character or more, '*' of any length, '#'
// of digits only; everything else is literal.
struct Phrase {
  std::string_view english;
  std::array<const char*, 2> translated;  // pt-BR, de; {0}, {1}… are the holes
};

constexpr Phrase kPhrases[] = {
    {"The following argument was not expected: *",
     {"argumento inesperado: {0}", "unerwartetes Argument: {0}"}},
    {"The following arguments were not expected: *",
     {"argumentos inesperados: {0}", "unerwartete Argumente: {0}"}},
    {"@: Value @ not in range @ to @",
     {"{0}: o valor {1} não está entre {2} e {3}",
      "{0}: der Wert {1} liegt nicht zwischen {2} und {3}"}},
    {"@: * not in {*}",
     {"{0}: '{1}' não é aceito; os valores aceitos são {2}",
      "{0}: '{1}' wird nicht angenommen; möglich sind {2}"}},
    {"@: # required @ missing", {"{0}: falta o valor ({2})", "{0}: der Wert fehlt ({2})"}},
    {"@ is required", {"{0} é obrigatório", "{0} ist erforderlich"}},
    {"@ excludes @",
     {"{0} e {1} não podem ser usados juntos", "{0} und {1} schließen einander aus"}},
    {"@ requires @", {"{0} requer {1}", "{0} braucht {1}"}},
    {"Could not convert: @ = *",
     {"não foi possível ler o valor de {0}: {1}", "der Wert von {0} ist nicht lesbar: {1}"}},
    {"@: At Most # required but received #",
     {"{0}: no máximo {1} valor(es), recebidos {2}", "{0}: höchstens {1} Wert(e), erhalten {2}"}},
    {"@: At least # required but received #",
     {"{0}: pelo menos {1} valor(es), recebidos {2}", "{0}: mindestens {1} Wert(e), erhalten {2}"}},
    {"@: too many inputs for a flag",
     {"{0}: esta opção não recebe valor", "{0}: diese Option nimmt keinen Wert"}},
};

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

std::string parse_error_text(std::string_view message, std::size_t language) {
  if (language == 0 || language > 2) return std::string(message);
  for (const Phrase& phrase : kPhrases) {
    const auto parts = match(phrase.english, message);
    if (!parts) continue;
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (std::string_view part : *parts) args.push_back(std::string(part));
    return fmt::vformat(phrase.translated.at(language - 1), args);
  }
  return std::string(message);
}

std::string_view parse_error_hint(std::size_t language) {
  static constexpr std::array<std::string_view, 3> kHints{
      "Run 'escalate --help' for the commands and their options.",
      "Veja 'escalate --help' para os comandos e as suas opções.",
      "Siehe 'escalate --help' für die Befehle und ihre Optionen."};
  return kHints.at(language < kHints.size() ? language : 0);
}

}  // namespace escalate::cli
