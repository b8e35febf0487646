// The catalogue of the program's own messages on the command line: one row per
// CliMsg in its order (checked when the program is compiled), a column per language.
#include "cli_messages.hpp"

#include <fmt/args.h>

namespace escalate::cli {
namespace {

using Row = words::Row<CliMsg>;
using enum CliMsg;

// Option and command names, FILE and YYYY-MM-DD where the person types them
// stay as they are: they are what the command line takes.
constexpr Row kRows[] = {
    {see_help,
     {"Run 'escalate --help' for the commands and their options.",
      "Veja 'escalate --help' para os comandos e as suas opções.",
      "Siehe 'escalate --help' für die Befehle und ihre Optionen."}},
    {answers_not_object,
     {"--answers {0}: expected a JSON object of question id to answer, got {1}",
      "--answers {0}: esperado um objeto JSON que liga o id de cada pergunta à resposta, "
      "recebido {1}",
      "--answers {0}: erwartet wird ein JSON-Objekt, das jeder Frage-ID ihre Antwort zuordnet, "
      "erhalten: {1}"}},
    {expect_id_value,
     {"-a '{0}': expected ID=VALUE, e.g. -a {1}=…", "-a '{0}': esperado ID=VALOR, p. ex. -a {1}=…",
      "-a '{0}': erwartet wird ID=WERT, z. B. -a {1}=…"}},
    {command_not_taking,
     {"'{0}' does not take {1}; see 'escalate {0} --help'",
      "'{0}' não aceita {1}; veja 'escalate {0} --help'",
      "'{0}' nimmt {1} nicht an; siehe 'escalate {0} --help'"}},
    {option_twice,
     {"{0} is given both before and after '{1}'; give it once",
      "{0} aparece antes e depois de '{1}'; use-o uma vez só",
      "{0} steht vor und nach '{1}'; geben Sie es nur einmal an"}},
    {color_conflict,
     {"--no-color and --color exclude each other; give one",
      "--no-color e --color não podem ser usados juntos; use um só",
      "--no-color und --color schließen einander aus; geben Sie nur eines an"}},
    {session_no_format,
     {"the interactive session does not take --format", "a sessão interativa não aceita --format",
      "die interaktive Sitzung nimmt kein --format an"}},
    {session_failed, {"the session failed", "a sessão falhou", "die Sitzung ist gescheitert"}},
    {compact_with_fields,
     {"--compact and --fields cannot be combined: --compact is --fields {0}",
      "--compact e --fields não podem ser usados juntos: --compact é --fields {0}",
      "--compact und --fields lassen sich nicht verbinden: --compact ist --fields {0}"}},
    {case_needs_file,
     {"'case {0}' needs the case file: escalate case {0} FILE",
      "'case {0}' precisa do arquivo de caso: escalate case {0} ARQUIVO",
      "'case {0}' braucht die Falldatei: escalate case {0} DATEI"}},
    {case_usage,
     {"'case {0}': expected 'case FILE', 'case show FILE' or 'case log FILE'",
      "'case {0}': esperado 'case ARQUIVO', 'case show ARQUIVO' ou 'case log ARQUIVO'",
      "'case {0}': erwartet wird 'case DATEI', 'case show DATEI' oder 'case log DATEI'"}},
    {case_file_problem,
     {"case file '{0}': {1}", "arquivo de caso '{0}': {1}", "Falldatei '{0}': {1}"}},
    {case_file_is_directory,
     {"case file '{0}' is a directory; give a file",
      "o arquivo de caso '{0}' é uma pasta; indique um arquivo",
      "die Falldatei '{0}' ist ein Verzeichnis; geben Sie eine Datei an"}},
    {case_file_unreadable,
     {"case file {0}: {1}{2}\nThe file was not changed.",
      "arquivo de caso {0}: {1}{2}\nO arquivo não foi alterado.",
      "Falldatei {0}: {1}{2}\nDie Datei wurde nicht geändert."}},
    {case_file_unreadable_more,
     {"case file {0}: {1}{2}\n  … and {3} more\nThe file was not changed.",
      "arquivo de caso {0}: {1}{2}\n  … e mais {3}\nO arquivo não foi alterado.",
      "Falldatei {0}: {1}{2}\n  … und {3} weitere\nDie Datei wurde nicht geändert."}},
    {case_id_unmade,
     {"cannot read /dev/urandom to make a case id",
      "não foi possível ler /dev/urandom para criar o id do caso",
      "kann /dev/urandom nicht lesen, um eine Fall-ID zu erzeugen"}},
    {no_channel_no_letters,
     {"today's advice names no channel to write to; the rule set has no letters",
      "a orientação de hoje não indica um canal a quem escrever; o conjunto de regras não tem "
      "cartas",
      "der heutige Rat nennt keinen Kanal, an den Sie schreiben können; das Regelwerk hat keine "
      "Briefe"}},
    {no_channel_give_one,
     {"today's advice names no channel to write to; give --channel, one of: {0}",
      "a orientação de hoje não indica um canal a quem escrever; use --channel, com um destes: {0}",
      "der heutige Rat nennt keinen Kanal, an den Sie schreiben können; geben Sie --channel an, "
      "eines von: {0}"}},
    {no_letter_no_letters,
     {"the rule set '{0}' has no letter for '{1}'; the rule set has no letters",
      "o conjunto de regras '{0}' não tem carta para '{1}'; o conjunto de regras não tem cartas",
      "das Regelwerk '{0}' hat keinen Brief für '{1}'; das Regelwerk hat keine Briefe"}},
    {no_letter_give_one,
     {"the rule set '{0}' has no letter for '{1}'; give --channel, one of: {2}",
      "o conjunto de regras '{0}' não tem carta para '{1}'; use --channel, com um destes: {2}",
      "das Regelwerk '{0}' hat keinen Brief für '{1}'; geben Sie --channel an, eines von: {2}"}},
    {check_one_file,
     {"check takes one file: FILE '{0}' or --rules '{1}', not both",
      "check aceita um arquivo: ARQUIVO '{0}' ou --rules '{1}', não os dois",
      "check nimmt eine Datei: DATEI '{0}' oder --rules '{1}', nicht beide"}},
    {read_directory,
     {"cannot read '{0}': it is a directory", "não foi possível ler '{0}': é uma pasta",
      "kann '{0}' nicht lesen: es ist ein Verzeichnis"}},
    {read_failed,
     {"cannot read '{0}': {1}", "não foi possível ler '{0}': {1}", "kann '{0}' nicht lesen: {1}"}},
    {read_too_large,
     {"cannot read '{0}': it is larger than {1} MiB",
      "não foi possível ler '{0}': tem mais de {1} MiB",
      "kann '{0}' nicht lesen: größer als {1} MiB"}},
    {read_stdin_too_large,
     {"cannot read standard input: it is larger than {0} MiB",
      "não foi possível ler a entrada padrão: tem mais de {0} MiB",
      "kann die Standardeingabe nicht lesen: größer als {0} MiB"}},
    {read_broken, {"cannot read '{0}'", "não foi possível ler '{0}'", "kann '{0}' nicht lesen"}},
    {read_stdin_broken,
     {"cannot read standard input", "não foi possível ler a entrada padrão",
      "kann die Standardeingabe nicht lesen"}},
    {invalid_rules,
     {"invalid rules file '{0}':{1}\n(run 'escalate check {2}' for the full report)",
      "arquivo de regras inválido '{0}':{1}\n(rode 'escalate check {2}' para o relatório "
      "completo)",
      "ungültige Regeldatei '{0}':{1}\n(der vollständige Bericht: 'escalate check {2}')"}},
    {language_not_in_rules,
     {"language '{0}' is not in this rule set; it has {1}",
      "o idioma '{0}' não está neste conjunto de regras; ele tem {1}",
      "die Sprache '{0}' gibt es in diesem Regelwerk nicht; es hat {1}"}},
    {invalid_today,
     {"invalid --today '{0}': expected a date as YYYY-MM-DD",
      "--today inválido '{0}': esperada uma data como YYYY-MM-DD (ano-mês-dia)",
      "ungültiges --today '{0}': erwartet wird ein Datum als YYYY-MM-DD (Jahr-Monat-Tag)"}},
    {no_system_date,
     {"cannot read the system date; pass --today YYYY-MM-DD",
      "não foi possível ler a data do sistema; use --today YYYY-MM-DD (ano-mês-dia)",
      "kann das Systemdatum nicht lesen; geben Sie --today YYYY-MM-DD (Jahr-Monat-Tag) an"}},
    {argument_not_json_at,
     {"{0} is not valid JSON (line {1}, column {2}): {3}",
      "{0} não é JSON válido (linha {1}, coluna {2}): {3}",
      "{0} ist kein gültiges JSON (Zeile {1}, Spalte {2}): {3}"}},
    {argument_not_json,
     {"{0} is not valid JSON: {1}", "{0} não é JSON válido: {1}",
      "{0} ist kein gültiges JSON: {1}"}},
    {logic_invalid, {"LOGIC is not valid:{0}", "LOGIC não é válido:{0}", "LOGIC ist ungültig:{0}"}},
    {evaluation_failed,
     {"evaluation failed at {0}: {1} (error {2})", "a avaliação falhou em {0}: {1} (erro {2})",
      "die Auswertung scheiterte bei {0}: {1} (Fehler {2})"}},
    {unknown_graph_format,
     {"unknown graph format '{0}'; expected one of dot, mermaid",
      "formato de grafo desconhecido '{0}'; os aceitos são dot, mermaid",
      "unbekanntes Graph-Format '{0}'; möglich sind dot, mermaid"}},
    {graph_own_format,
     {"'graph' takes its own --format (dot or mermaid), after the command: "
      "escalate graph --format mermaid",
      "'graph' tem o seu próprio --format (dot ou mermaid), depois do comando: "
      "escalate graph --format mermaid",
      "'graph' hat ein eigenes --format (dot oder mermaid), nach dem Befehl: "
      "escalate graph --format mermaid"}},
    {batch_input_broken,
     {"cannot read the batch input", "não foi possível ler a entrada do batch",
      "kann die Eingabe von batch nicht lesen"}},
    {output_is_input,
     {"the output '{0}' is the input file; write the results to another file",
      "a saída '{0}' é o arquivo de entrada; escreva os resultados em outro arquivo",
      "die Ausgabe '{0}' ist die Eingabedatei; schreiben Sie die Ergebnisse in eine andere Datei"}},
    {write_directory,
     {"cannot write '{0}': it is a directory", "não foi possível escrever em '{0}': é uma pasta",
      "kann '{0}' nicht schreiben: es ist ein Verzeichnis"}},
    {write_failed,
     {"cannot write '{0}': {1}", "não foi possível escrever em '{0}': {1}",
      "kann '{0}' nicht schreiben: {1}"}},
    {write_stdout_failed,
     {"cannot write standard output: {0}", "não foi possível escrever na saída padrão: {0}",
      "kann nicht auf die Standardausgabe schreiben: {0}"}},
    {scenarios_malformed,
     {"malformed scenario file; no scenario was run",
      "arquivo de cenários malformado; nenhum cenário foi rodado",
      "fehlerhafte Szenariodatei; kein Szenario wurde ausgeführt"}},
};
static_assert(words::rows_in_order(kRows),
              "one row per CliMsg, in the enum's order, with a text in every language");

}  // namespace

std::string_view cli_message(CliMsg message, words::Column language) {
  return kRows[static_cast<std::size_t>(message)].in(language);
}

std::string fill_parts(std::string_view text, const std::vector<std::string>& parts) {
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  for (const std::string& part : parts) args.push_back(part);
  return fmt::vformat(text, args);
}

std::string CliText::in(words::Column language) const {
  return fill_parts(cli_message(message_, language), parts_);
}

}  // namespace escalate::cli
