// The catalogue of --help's words, one row per HelpWord in its order (checked
// when the program is compiled), and the choice of the help language.
#include "help_words.hpp"

#include <optional>
#include <string>

namespace escalate::cli {
namespace {

using Row = words::Row<HelpWord>;

using enum HelpWord;

constexpr Row kRows[] = {
    {usage, {"Usage", "Uso", "Aufruf"}},
    {options_upper, {"OPTIONS", "OPÇÕES", "OPTIONEN"}},
    {subcommand_upper, {"COMMAND", "COMANDO", "BEFEHL"}},
    {subcommands_upper, {"COMMANDS", "COMANDOS", "BEFEHLE"}},
    {options_group, {"Options", "Opções", "Optionen"}},
    {subcommands_group, {"Commands", "Comandos", "Befehle"}},
    {positionals_group, {"Arguments", "Argumentos", "Argumente"}},
    {required, {"REQUIRED", "OBRIGATÓRIO", "ERFORDERLICH"}},
    {excludes, {"Excludes", "Exclui", "Schließt aus"}},
    {needs, {"Needs", "Requer", "Braucht"}},
    {help_flag,
     {"Print this help message and exit", "Mostra esta ajuda e sai",
      "Zeigt diese Hilfe und beendet das Programm"}},
    {version_flag,
     {"Display program version information and exit", "Mostra a versão do programa e sai",
      "Zeigt die Version des Programms und beendet es"}},
    {type_file, {"FILE", "ARQUIVO", "DATEI"}},
    {type_date, {"DATE", "DATA", "DATUM"}},
    {type_lang, {"LANG", "IDIOMA", "SPRACHE"}},
    {type_answer, {"ID=VALUE", "ID=VALOR", "ID=WERT"}},
    {type_number, {"N", "N", "N"}},
    {type_list, {"LIST", "LISTA", "LISTE"}},
    {type_json, {"JSON", "JSON", "JSON"}},
    {type_word, {"WORD", "PALAVRA", "WORT"}},
    {type_id, {"ID", "ID", "ID"}},
    {type_when, {"WHEN", "QUANDO", "WANN"}},
    {type_format, {"FORMAT", "FORMATO", "FORMAT"}},
    {type_cases, {"[show|log] FILE", "[show|log] ARQUIVO", "[show|log] DATEI"}},
    {app_description,
     {"escalate: where to turn next when a company does not solve your problem",
      "escalate: a quem recorrer quando uma empresa não resolve o seu problema",
      "escalate: an wen Sie sich als Nächstes wenden, wenn ein Unternehmen Ihr Problem nicht "
      "löst"}},
    {app_footer,
     {"The options above may stand before or after the command; each command takes those its\n"
      "own --help lists (escalate COMMAND --help). With no command, at a terminal: the session.",
      "As opções acima podem vir antes ou depois do comando; cada comando aceita as que o seu\n"
      "--help lista (escalate COMANDO --help). Sem comando, num terminal: a sessão interativa.",
      "Die Optionen oben dürfen vor oder nach dem Befehl stehen; jeder Befehl nimmt die, die sein\n"
      "--help nennt (escalate BEFEHL --help). Ohne Befehl, an einem Terminal: die Sitzung."}},
    {cmd_check,
     {"Validate a rules file and list every problem with its JSON path",
      "Valida um arquivo de regras e lista cada problema com o seu caminho JSON",
      "Prüft eine Regeldatei und nennt jedes Problem mit seinem JSON-Pfad"}},
    {cmd_eval,
     {"Evaluate a JSON Logic expression (with the date operators)",
      "Avalia uma expressão JSON Logic (com os operadores de data)",
      "Wertet einen JSON-Logic-Ausdruck aus (mit den Datumsoperatoren)"}},
    {cmd_channels,
     {"List the channels of the rule set with their contacts",
      "Lista os canais do conjunto de regras com os seus contatos",
      "Listet die Kanäle des Regelwerks mit ihren Kontakten auf"}},
    {cmd_questions,
     {"List every question with its id, type and options (what -a accepts)",
      "Lista cada pergunta com o seu id, tipo e opções (o que -a aceita)",
      "Listet jede Frage mit Kennung, Typ und Optionen auf (was -a annimmt)"}},
    {cmd_advise,
     {"One-shot advice from answers given as flags",
      "Orientação numa só chamada, a partir de respostas dadas como opções",
      "Rat in einem Aufruf, aus Antworten, die als Optionen gegeben werden"}},
    {cmd_batch,
     {"Evaluate JSON Lines: one result line per input line, in order",
      "Avalia JSON Lines: uma linha de resultado por linha de entrada, na mesma ordem",
      "Wertet JSON Lines aus: eine Ergebniszeile je Eingabezeile, in derselben Reihenfolge"}},
    {cmd_ask,
     {"Interactive session: asks what it needs, ends with the advice",
      "Sessão interativa: pergunta o que precisa e termina com a orientação",
      "Interaktive Sitzung: fragt, was sie braucht, und endet mit dem Rat"}},
    {cmd_graph,
     {"Print the rule set's steps, conditions, channels and ladder as a graph",
      "Mostra as etapas, condições, canais e a escada do conjunto de regras como grafo",
      "Gibt Schritte, Bedingungen, Kanäle und Stufenleiter des Regelwerks als Graph aus"}},
    {cmd_test,
     {"Run scenario files (JSON Lines) against a rule set and report step coverage",
      "Roda arquivos de cenários (JSON Lines) contra um conjunto de regras e mostra a "
      "cobertura das etapas",
      "Prüft Szenariodateien (JSON Lines) gegen ein Regelwerk und meldet, welche Schritte "
      "erreicht werden"}},
    {cmd_case,
     {"A case file: today's advice ([show] FILE) or its journal (log FILE); read only",
      "Um arquivo de caso: a orientação de hoje ([show] ARQUIVO) ou o seu diário (log "
      "ARQUIVO); só leitura",
      "Eine Falldatei: der Rat von heute ([show] DATEI) oder ihr Journal (log DATEI); nur "
      "lesend"}},
    {cmd_export,
     {"A case as a dossier to print (md, html) or its deadlines as a calendar (ics)",
      "Um caso como dossiê para imprimir (md, html) ou os seus prazos como calendário (ics)",
      "Ein Fall als Dossier zum Drucken (md, html) oder seine Fristen als Kalender (ics)"}},
    {cmd_letter,
     {"The text to send to the current channel (or --channel), filled with the case",
      "O texto a enviar ao canal atual (ou --channel), preenchido com o caso",
      "Der Text an den aktuellen Kanal (oder --channel), mit dem Fall ausgefüllt"}},
    {opt_rules,
     {"Rules file (default: the bundled rule set)",
      "Arquivo de regras (padrão: o conjunto de regras embutido)",
      "Regeldatei (Vorgabe: das mitgelieferte Regelwerk)"}},
    {opt_lang,
     {"Language tag, e.g. en, pt-BR, de (default: from the locale)",
      "Idioma, p. ex. en, pt-BR, de (padrão: o do locale)",
      "Sprache, z. B. en, pt-BR, de (Vorgabe: aus dem Locale)"}},
    {opt_today,
     {"Evaluation date YYYY-MM-DD (default: the system date)",
      "Data da avaliação, AAAA-MM-DD (padrão: a data do sistema)",
      "Stichtag, JJJJ-MM-TT (Vorgabe: das Systemdatum)"}},
    {opt_format,
     {"Output format: text or json", "Formato da saída: text ou json",
      "Ausgabeformat: text oder json"}},
    {opt_color,
     {"Colour: auto (on a terminal, unless NO_COLOR is set), always or never",
      "Cores: auto (num terminal, a menos que NO_COLOR esteja definido), always ou never",
      "Farbe: auto (an einem Terminal, außer NO_COLOR ist gesetzt), always oder never"}},
    {opt_no_color,
     {"No colour: the same as --color never", "Sem cores: o mesmo que --color never",
      "Keine Farbe: dasselbe wie --color never"}},
    {opt_answer,
     {"An answer, ID=VALUE (repeatable; see `escalate questions`)",
      "Uma resposta, ID=VALOR (pode repetir; veja `escalate questions`)",
      "Eine Antwort, ID=WERT (wiederholbar; siehe `escalate questions`)"}},
    {opt_answers,
     {"A JSON object of answers (- for stdin); -a wins over it",
      "Um objeto JSON de respostas (- para a entrada padrão); -a prevalece sobre ele",
      "Ein JSON-Objekt mit Antworten (- für die Standardeingabe); -a geht vor"}},
    {opt_case_advise,
     {"A case file to read and keep up to date (created when absent)",
      "Um arquivo de caso a ler e manter atualizado (criado se não existir)",
      "Eine Falldatei, die gelesen und aktuell gehalten wird (angelegt, wenn sie fehlt)"}},
    {opt_case_ask,
     {"A case file to resume and keep up to date, saved after every answer (created when "
      "absent)",
      "Um arquivo de caso a retomar e manter atualizado, salvo após cada resposta (criado se "
      "não existir)",
      "Eine Falldatei, die fortgesetzt und nach jeder Antwort gespeichert wird (angelegt, wenn "
      "sie fehlt)"}},
    {opt_batch_input,
     {"Input JSON Lines file, or - for stdin (default)",
      "Arquivo JSON Lines de entrada, ou - para a entrada padrão (o padrão)",
      "Eingabedatei mit JSON Lines, oder - für die Standardeingabe (Vorgabe)"}},
    {opt_batch_output,
     {"Write to this file (complete or not at all) instead of stdout",
      "Escreve neste arquivo (completo ou nada) em vez da saída padrão",
      "In diese Datei schreiben (vollständig oder gar nicht) statt auf die Standardausgabe"}},
    {opt_jobs,
     {"Threads to use; output order is kept", "Threads a usar; a ordem da saída é mantida",
      "Anzahl der Threads; die Reihenfolge der Ausgabe bleibt"}},
    {opt_fields,
     {"Print only these parts of each result, e.g. step.id,channel.id,deadlines",
      "Mostra só estas partes de cada resultado, p. ex. step.id,channel.id,deadlines",
      "Nur diese Teile jedes Ergebnisses ausgeben, z. B. step.id,channel.id,deadlines"}},
    {opt_compact,
     {"Print only the decision: --fields ", "Mostra só a decisão: --fields ",
      "Nur die Entscheidung ausgeben: --fields "}},
    {opt_line_offset,
     {"Number the lines from N+1, for a chunk of a larger file",
      "Numera as linhas a partir de N+1, para um pedaço de um arquivo maior",
      "Zeilen ab N+1 zählen, für ein Stück einer größeren Datei"}},
    {opt_case_args,
     {"show (the default) or log, then the case file",
      "show (o padrão) ou log, e depois o arquivo de caso",
      "show (Vorgabe) oder log, dann die Falldatei"}},
    {opt_check_file,
     {"Rules file (default: --rules, else the bundled rule set)",
      "Arquivo de regras (padrão: --rules, senão o conjunto embutido)",
      "Regeldatei (Vorgabe: --rules, sonst das mitgelieferte Regelwerk)"}},
    {opt_logic, {"The expression, as JSON", "A expressão, em JSON", "Der Ausdruck, als JSON"}},
    {opt_data,
     {"The data `var` reads, as JSON (default: {})", "Os dados que `var` lê, em JSON (padrão: {})",
      "Die Daten, die `var` liest, als JSON (Vorgabe: {})"}},
    {opt_eval_rules,
     {"Take the business-day calendars from this rules file",
      "Usa os calendários de dias úteis deste arquivo de regras",
      "Die Werktagskalender aus dieser Regeldatei nehmen"}},
    {opt_eval_today,
     {"The value of {\"var\": \"today\"} (default: the system date)",
      "O valor de {\"var\": \"today\"} (padrão: a data do sistema)",
      "Der Wert von {\"var\": \"today\"} (Vorgabe: das Systemdatum)"}},
    {opt_case_file, {"The case file", "O arquivo de caso", "Die Falldatei"}},
    {opt_export_to, {"md, html or ics", "md, html ou ics", "md, html oder ics"}},
    {opt_output,
     {"Write to this file (default: stdout)", "Escreve neste arquivo (padrão: a saída padrão)",
      "In diese Datei schreiben (Vorgabe: die Standardausgabe)"}},
    {opt_graph_format,
     {"Graph language: dot (Graphviz, the default) or mermaid",
      "Linguagem do grafo: dot (Graphviz, o padrão) ou mermaid",
      "Graph-Sprache: dot (Graphviz, Vorgabe) oder mermaid"}},
    {opt_channel,
     {"A channel id or letter id", "O id de um canal ou de uma carta",
      "Die Kennung eines Kanals oder eines Briefs"}},
    {opt_complete,
     {"Print what an -a word may become, one per line (for shell completion scripts)",
      "Mostra o que uma palavra de -a pode virar, uma por linha (para a completação do shell)",
      "Gibt aus, wozu ein Wort nach -a ergänzt werden kann, eines je Zeile (für die "
      "Vervollständigung der Shell)"}},
    {opt_scenario_files,
     {"Scenario files ('-' for standard input)", "Arquivos de cenários ('-' para a entrada padrão)",
      "Szenariodateien ('-' für die Standardeingabe)"}},
    {opt_require_coverage,
     {"Fail (exit 1) when a step is reached by no scenario",
      "Falha (saída 1) quando nenhum cenário chega a uma etapa",
      "Fehlschlagen (Exit-Status 1), wenn kein Szenario einen Schritt erreicht"}},
};

static_assert(words::rows_in_order(kRows),
              "one row per HelpWord, in the enum's order, with a text in every language");

}  // namespace

std::string_view help_word(HelpWord word, words::Column language) {
  return kRows[static_cast<std::size_t>(word)].in(language);
}

std::optional<words::Column> help_language_of(std::string_view tag) {
  // A locale name is made a tag (lower-case, '-' for '_'): tags and locale names
  // are matched without regard to case.
  std::string normal(tag);
  for (char& c : normal) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
  }
  return words::column_of(normal);
}

words::Column help_language(int argc, const char* const* argv, std::string_view locale) {
  std::optional<words::Column> chosen;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg == "--lang" && i + 1 < argc) {
      chosen = help_language_of(argv[++i]);
    } else if (arg.starts_with("--lang=")) {
      chosen = help_language_of(arg.substr(7));
    }
  }
  if (chosen) return *chosen;
  return help_language_of(locale).value_or(words::Column::en);
}

void translate_help(CLI::App& app, words::Column language) {
  for (CLI::Option* option : app.get_options()) {
    if (option->get_group() == "Options")
      option->group(std::string(help_word(options_group, language)));
  }
  for (CLI::App* command : app.get_subcommands({})) {
    if (command->get_group() == "Subcommands")
      command->group(std::string(help_word(subcommands_group, language)));
    translate_help(*command, language);
  }
}

}  // namespace escalate::cli
