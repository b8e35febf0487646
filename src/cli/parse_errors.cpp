// CLI11's parse errors in pt-BR and de: each known English phrase as a pattern,
// its parts (option names, values) carried over into the translation.
#include "parse_errors.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <array>
#include <regex>
#include <vector>

namespace escalate::cli {
namespace {

struct Phrase {
  std::regex english;
  std::array<const char*, 2> translated;  // pt-BR, de; {0}, {1}… are the pattern's groups
};

// Built once, on the first error (compiling the patterns costs more than the rest).
const std::vector<Phrase>& phrases() {
  static const std::vector<Phrase> table{
      {std::regex("The following argument was not expected: (.*)"),
       {"argumento inesperado: {0}", "unerwartetes Argument: {0}"}},
      {std::regex("The following arguments were not expected: (.*)"),
       {"argumentos inesperados: {0}", "unerwartete Argumente: {0}"}},
      {std::regex("(.+): Value (.+) not in range (.+) to (.+)"),
       {"{0}: o valor {1} não está entre {2} e {3}",
        "{0}: der Wert {1} liegt nicht zwischen {2} und {3}"}},
      {std::regex("(.+): (.*) not in \\{(.*)\\}"),
       {"{0}: '{1}' não é aceito; os valores aceitos são {2}",
        "{0}: '{1}' wird nicht angenommen; möglich sind {2}"}},
      {std::regex("(.+): [0-9]+ required (.+) missing"),
       {"{0}: falta o valor ({1})", "{0}: der Wert fehlt ({1})"}},
      {std::regex("(.+) is required"), {"{0} é obrigatório", "{0} ist erforderlich"}},
      {std::regex("(.+) excludes (.+)"),
       {"{0} e {1} não podem ser usados juntos", "{0} und {1} schließen einander aus"}},
      {std::regex("(.+) requires (.+)"), {"{0} requer {1}", "{0} braucht {1}"}},
      {std::regex("Could not convert: (.+) = (.*)"),
       {"não foi possível ler o valor de {0}: {1}", "der Wert von {0} ist nicht lesbar: {1}"}},
      {std::regex("(.+): At Most ([0-9]+) required but received ([0-9]+)"),
       {"{0}: no máximo {1} valor(es), recebidos {2}", "{0}: höchstens {1} Wert(e), erhalten {2}"}},
      {std::regex("(.+): At least ([0-9]+) required but received ([0-9]+)"),
       {"{0}: pelo menos {1} valor(es), recebidos {2}",
        "{0}: mindestens {1} Wert(e), erhalten {2}"}},
      {std::regex("(.+): too many inputs for a flag"),
       {"{0}: esta opção não recebe valor", "{0}: diese Option nimmt keinen Wert"}},
  };
  return table;
}

}  // namespace

std::string parse_error_text(std::string_view message, std::size_t language) {
  if (language == 0 || language > 2) return std::string(message);
  std::string text(message);
  for (const Phrase& phrase : phrases()) {
    std::smatch parts;
    if (!std::regex_match(text, parts, phrase.english)) continue;
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (std::size_t i = 1; i < parts.size(); ++i) args.push_back(parts[i].str());
    return fmt::vformat(phrase.translated.at(language - 1), args);
  }
  return text;
}

std::string_view parse_error_hint(std::size_t language) {
  static constexpr std::array<std::string_view, 3> kHints{
      "Run 'escalate --help' for the commands and their options.",
      "Veja 'escalate --help' para os comandos e as suas opções.",
      "Siehe 'escalate --help' für die Befehle und ihre Optionen."};
  return kHints.at(language < kHints.size() ? language : 0);
}

}  // namespace escalate::cli
