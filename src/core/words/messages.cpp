// Message catalogue: one row per message, columns English, Brazilian Portuguese, German.
#include "escalate/messages.hpp"

#include <array>

#include "catalogue.hpp"

namespace escalate {
namespace {

using Row = words::Row<Msg>;

constexpr std::array kRows = {
    Row{Msg::contacts, "Contacts", "Contatos", "Kontakt"},
    Row{Msg::response_time, "Response time", "Prazo de resposta", "Antwortfrist"},
    Row{Msg::documents_to_bring, "Have at hand", "Tenha em mãos", "Bereithalten"},
    Row{Msg::tips, "Tips", "Dicas", "Tipps"},
    Row{Msg::sources, "Sources", "Fontes", "Quellen"},
    Row{Msg::question_type, "type", "tipo", "Typ"},
    Row{Msg::options, "options", "opções", "Optionen"},
    Row{Msg::answer_with, "answer with", "responda com", "antworten mit"},
    Row{Msg::minimum, "at least", "no mínimo", "mindestens"},
    Row{Msg::maximum, "at most", "no máximo", "höchstens"},
    Row{Msg::may_answer_unknown, "\"I don't know\" is accepted", "\"não sei\" é aceito",
        "„weiß nicht“ ist möglich"},
    Row{Msg::pattern, "format", "formato", "Format"},
    Row{Msg::or_unknown, "; if you do not have it, answer \"I don't know\" (or skip)",
        "; se você não tiver, responda \"não sei\" (ou digite pular)",
        "; wenn Sie es nicht haben, antworten Sie „weiß nicht“ (oder überspringen Sie die Frage)"},
    Row{Msg::err_invalid_answer_person, "'{0}' is not an answer to this question: expected {1}",
        "'{0}' não é uma resposta válida para esta pergunta. Responda com {1}",
        "'{0}' ist keine Antwort auf diese Frage: erwartet {1}"},
    Row{Msg::err_below_min_person, "{0} is outside the accepted range: the answer must be {2}",
        "{0} é anterior ou menor do que o permitido: a resposta deve ser {2}",
        "{0} ist zu früh oder zu klein: die Antwort muss {2} sein"},
    Row{Msg::err_above_max_person, "{0} is outside the accepted range: the answer must be {2}",
        "{0} é posterior ou maior do que o permitido: a resposta deve ser {2}",
        "{0} ist zu spät oder zu groß: die Antwort muss {2} sein"},
    Row{Msg::err_unknown_not_allowed_person,
        "This question needs an answer; \"I don't know\" is not accepted here",
        "Esta pergunta precisa de uma resposta; \"não sei\" não é aceito aqui",
        "Diese Frage braucht eine Antwort; \"weiß nicht\" ist hier nicht möglich"},
    Row{Msg::err_empty_answer_person, "An answer is needed: {0}", "Responda, por favor: {0}",
        "Bitte antworten Sie: {0}"},
    Row{Msg::err_ambiguous_person, "'{0}' fits several options: {1}. Type the number",
        "'{0}' corresponde a várias opções: {1}. Digite o número",
        "'{0}' passt zu mehreren Optionen: {1}. Tippen Sie die Nummer"},
    Row{Msg::expect_choice_person, "the number of one of the options above (1 to {0})",
        "o número de uma das opções acima (1 a {0})",
        "die Nummer einer der Optionen oben (1 bis {0})"},
    Row{Msg::expect_multi_person,
        "the numbers of one or more of the options above (1 to {0}), separated by commas",
        "os números de uma ou mais opções acima (1 a {0}), separados por vírgula",
        "die Nummern einer oder mehrerer Optionen oben (1 bis {0}), durch Kommas getrennt"},
    Row{Msg::bound_today, "today", "hoje", "heute"},
    Row{Msg::off_ladder, "* not a rung of the escalation path: an alternative beside it",
        "* não é uma etapa da escada: uma alternativa ao lado dela",
        "* keine Stufe der Eskalationsleiter, sondern eine Alternative daneben"},
    Row{Msg::legend_passed, "done", "feito", "erledigt"},
    Row{Msg::legend_skipped, "not used", "não usado", "nicht genutzt"},
    Row{Msg::legend_current, "now", "agora", "jetzt"},
    Row{Msg::legend_ahead, "still ahead", "pela frente", "noch vor Ihnen"},
    Row{Msg::why_path, "This answer picks your path. The main ones lead to: {0}.",
        "Esta resposta define o seu caminho. Os principais levam a: {0}.",
        "Diese Antwort bestimmt Ihren Weg. Die wichtigsten führen zu: {0}."},
    Row{Msg::session_commands,
        "Commands: ? or help (this help), why (what this answer decides), back (the previous "
        "question), review (see and change your answers), skip (I don't know, where allowed), quit "
        "(end the session).",
        "Comandos: ? ou ajuda (esta ajuda), por quê (o que esta resposta decide), voltar (a "
        "pergunta anterior), revisar (ver e mudar suas respostas), pular (não sei, quando "
        "permitido), sair (encerrar). Os comandos em inglês (help, why, back, review, skip, quit) "
        "também valem.",
        "Befehle: ? oder hilfe (diese Hilfe), warum (was diese Antwort entscheidet), zurück (die "
        "vorige Frage), prüfen (Ihre Antworten sehen und ändern), überspringen (weiß nicht, wo "
        "erlaubt), beenden (Sitzung beenden). Die englischen Befehle (help, why, back, review, "
        "skip, quit) gelten auch."},
    Row{Msg::unit, "unit", "unidade", "Einheit"},
    Row{Msg::type_boolean, "yes/no", "sim/não", "ja/nein"},
    Row{Msg::type_choice, "one choice", "uma opção", "eine Auswahl"},
    Row{Msg::type_multi, "several choices", "várias opções", "Mehrfachauswahl"},
    Row{Msg::type_number, "number", "número", "Zahl"},
    Row{Msg::type_date, "date", "data", "Datum"},
    Row{Msg::type_text, "text", "texto", "Text"},
    Row{Msg::yes, "yes", "sim", "ja"},
    Row{Msg::no, "no", "não", "nein"},
    Row{Msg::unknown_value, "unknown", "não informado", "unbekannt"},
    Row{Msg::err_invalid_answer, "'{0}' is not a valid answer to '{1}': expected {2}",
        "'{0}' não é uma resposta válida para '{1}': a resposta deve ser {2}",
        "„{0}“ ist keine gültige Antwort auf „{1}“: erwartet wird {2}"},
    Row{Msg::err_ambiguous, "'{0}' matches several options of '{1}': {2}",
        "'{0}' corresponde a várias opções de '{1}': {2}",
        "'{0}' passt zu mehreren Optionen von '{1}': {2}"},
    Row{Msg::err_below_min, "{0} is too early or too small for '{1}': the answer must be {2}",
        "{0} é anterior ou menor do que o permitido para '{1}': a resposta deve ser {2}",
        "{0} ist zu früh oder zu klein für '{1}': die Antwort muss {2} sein"},
    Row{Msg::err_above_max, "{0} is too late or too large for '{1}': the answer must be {2}",
        "{0} é posterior ou maior do que o permitido para '{1}': a resposta deve ser {2}",
        "{0} ist zu spät oder zu groß für '{1}': die Antwort muss {2} sein"},
    Row{Msg::err_unknown_not_allowed,
        "'{1}' needs an answer; \"I don't know\" is not accepted here",
        "'{1}' precisa de uma resposta; \"não sei\" não é aceito aqui",
        "'{1}' braucht eine Antwort; \"weiß nicht\" ist hier nicht möglich"},
    Row{Msg::err_unknown_question, "unknown question '{0}'{1}", "pergunta desconhecida '{0}'{1}",
        "unbekannte Frage '{0}'{1}"},
    Row{Msg::did_you_mean, "; did you mean '{0}'?", "; você quis dizer '{0}'?",
        "; meinten Sie '{0}'?"},
    Row{Msg::expect_boolean, "yes or no", "sim ou não", "ja oder nein"},
    Row{Msg::expect_choice, "one of {0} (or the option's number)",
        "uma destas opções: {0} (ou o número da opção)",
        "eine dieser Optionen: {0} (oder die Nummer der Option)"},
    Row{Msg::expect_multi, "one or more of {0}, separated by commas",
        "uma ou mais destas opções, separadas por vírgula: {0}",
        "eine oder mehrere dieser Optionen, durch Kommas getrennt: {0}"},
    Row{Msg::expect_number, "a number such as {0}", "um número como {0}", "eine Zahl wie {0}"},
    Row{Msg::expect_date, "a date such as {0} (or day/month/year: {1})", "uma data como {0}",
        "ein Datum wie {0}"},
    Row{Msg::expect_text, "text matching {0}", "um texto no formato {0}",
        "einen Text im Format {0}"},
    Row{Msg::expect_nonempty_text, "some text", "um texto", "einen Text"},
    Row{Msg::on_or_after, "on or after {0}", "em {0} ou depois", "am {0} oder später"},
    Row{Msg::on_or_before, "on or before {0}", "em {0} ou antes", "am {0} oder früher"},
    Row{Msg::at_least, "at least {0}", "no mínimo {0}", "mindestens {0}"},
    Row{Msg::at_most, "at most {0}", "no máximo {0}", "höchstens {0}"},
    Row{Msg::where_you_are, "Where you are", "Onde você está", "Wo Sie stehen"},
    Row{Msg::what_to_do, "What to do", "O que fazer", "Was zu tun ist"},
    Row{Msg::deadlines, "Deadlines", "Prazos", "Fristen"},
    Row{Msg::documents_checklist, "Documents to have at hand", "Documentos para ter em mãos",
        "Unterlagen bereithalten"},
    Row{Msg::if_not_solved, "What next", "Se isso não resolver", "Falls das nicht hilft"},
    Row{Msg::legal_basis, "basis", "fonte", "Grundlage"},
    Row{Msg::no_advice, "These rules have no advice for this situation.",
        "Estas regras não têm orientação para esta situação.",
        "Für diese Situation haben die Regeln keine Empfehlung."},
    Row{Msg::due_today, "today", "hoje", "heute"},
    Row{Msg::due_tomorrow, "tomorrow", "amanhã", "morgen"},
    Row{Msg::days_left, "{0} days left", "faltam {0} dias", "noch {0} Tage"},
    Row{Msg::days_ago_one, "1 day ago", "há 1 dia", "vor 1 Tag"},
    Row{Msg::days_ago, "{0} days ago", "há {0} dias", "vor {0} Tagen"},
    Row{Msg::contact_phone, "phone", "telefone", "Telefon"},
    Row{Msg::contact_web, "web", "site", "Web"},
    Row{Msg::contact_email, "e-mail", "e-mail", "E-Mail"},
    Row{Msg::contact_app, "app", "aplicativo", "App"},
    Row{Msg::contact_in_person, "in person", "presencial", "vor Ort"},
    Row{Msg::contact_mail, "post", "correio", "Post"},
    Row{Msg::needs_input,
        "One more answer is needed:", "Falta uma resposta:", "Eine Angabe fehlt noch:"},
    Row{Msg::add_flag, "Add", "Acrescente", "Ergänzen Sie"},
    Row{Msg::accepted_values, "Accepted", "Respostas aceitas", "Möglich"},
    Row{Msg::for_step, "Needed to decide on", "Esta resposta define o passo", "Davon hängt ab"},
    Row{Msg::session_hint, "Type ? for help, why, back, review, skip or quit.",
        "Digite ? para ajuda, por quê, voltar, revisar, pular ou sair.",
        "Tippen Sie ? für Hilfe, warum, zurück, prüfen, überspringen oder beenden."},
    Row{Msg::why, "This answer decides whether the next step is: {0}",
        "Esta resposta define o passo: {0}", "Von dieser Antwort hängt ab: {0}"},
    Row{Msg::first_question, "This is the first question.", "Esta é a primeira pergunta.",
        "Das ist die erste Frage."},
    Row{Msg::cannot_skip, "This question cannot be skipped.", "Esta pergunta não pode ser pulada.",
        "Diese Frage kann nicht übersprungen werden."},
    Row{Msg::your_answers, "Your answers:", "Suas respostas:", "Ihre Antworten:"},
    Row{Msg::no_answers, "No answers yet.", "Nenhuma resposta ainda.", "Noch keine Antworten."},
    Row{Msg::review_pick, "Number of the answer to change (Enter to go on): ",
        "Número da resposta a alterar (Enter para continuar): ",
        "Nummer der Antwort, die Sie ändern möchten (Enter zum Fortfahren): "},
    Row{Msg::review_invalid, "Please type a number from the list, or press Enter.",
        "Digite um número da lista ou tecle Enter.",
        "Bitte eine Nummer aus der Liste eingeben oder Enter drücken."},
    Row{Msg::session_ended, "Session ended without advice.", "Sessão encerrada sem orientação.",
        "Sitzung ohne Rat beendet."},
    Row{Msg::current_answer, "current answer", "resposta atual", "bisherige Antwort"},
    Row{Msg::try_again, "Please try again.", "Tente novamente.",
        "Bitte versuchen Sie es noch einmal."},
    Row{Msg::choose_number, "number or value", "número ou valor", "Nummer oder Wert"},
    Row{Msg::summary_lines, "lines {0}: {1}", "linhas {0}: {1}", "Zeilen {0}: {1}"},
    Row{Msg::summary_channels, "advice by channel: {0}", "orientações por canal: {0}",
        "Rat nach Stelle: {0}"},
    Row{Msg::batch_progress, "{0} lines, {1} lines/s", "{0} linhas, {1} linhas/s",
        "{0} Zeilen, {1} Zeilen/s"},
    Row{Msg::batch_progress_eta, "{0} lines, {1} lines/s, {2}%, about {3} left",
        "{0} linhas, {1} linhas/s, {2}%, faltam cerca de {3}",
        "{0} Zeilen, {1} Zeilen/s, {2} %, noch etwa {3}"},
    Row{Msg::json_at_column, "not valid JSON at column {0}: {1}",
        "JSON inválido na coluna {0}: {1}", "kein gültiges JSON in Spalte {0}: {1}"},
    Row{Msg::json_unexpected, "unexpected '{0}'", "'{0}' inesperado", "unerwartetes '{0}'"},
    Row{Msg::json_end, "the line ends before the value is complete",
        "a linha termina antes de o valor estar completo",
        "die Zeile endet, bevor der Wert vollständig ist"},
    Row{Msg::json_bad_string, "a string holds a control character or an invalid escape",
        "um texto contém um caractere de controle ou um escape inválido",
        "eine Zeichenkette enthält ein Steuerzeichen oder ein ungültiges Escape"},
    Row{Msg::json_bad_utf8, "a string is not valid UTF-8", "um texto não é UTF-8 válido",
        "eine Zeichenkette ist kein gültiges UTF-8"},
    Row{Msg::json_bad_number, "malformed number '{0}'", "número malformado '{0}'",
        "ungültige Zahl '{0}'"},
    Row{Msg::json_number_range, "the number {0} is out of range",
        "o número {0} está fora do intervalo permitido",
        "die Zahl {0} liegt außerhalb des zulässigen Bereichs"},
    Row{Msg::json_too_deep, "nested more than {0} levels deep", "aninhado em mais de {0} níveis",
        "mehr als {0} Ebenen tief verschachtelt"},
    Row{Msg::json_duplicate_key, "the key '{0}' appears twice in the same object ({1})",
        "a chave '{0}' aparece duas vezes no mesmo objeto ({1})",
        "der Schlüssel '{0}' kommt im selben Objekt zweimal vor ({1})"},
    Row{Msg::line_not_object,
        "expected a JSON object such as {{\"id\": 1, \"answers\": {{…}}}}, got {0}",
        "esperado um objeto JSON como {{\"id\": 1, \"answers\": {{…}}}}, recebido {0}",
        "erwartet wird ein JSON-Objekt wie {{\"id\": 1, \"answers\": {{…}}}}, erhalten: {0}"},
    Row{Msg::line_unknown_key, "unknown key '{0}'{1} (a line has id, answers, today and lang)",
        "chave desconhecida '{0}'{1} (uma linha tem id, answers, today e lang)",
        "unbekannter Schlüssel '{0}'{1} (eine Zeile hat id, answers, today und lang)"},
    Row{Msg::answers_not_object, "'answers' must be a JSON object of question id to answer",
        "'answers' deve ser um objeto JSON que liga o id de cada pergunta à resposta",
        "'answers' muss ein JSON-Objekt sein, das jeder Frage-ID ihre Antwort zuordnet"},
    Row{Msg::line_invalid_today, "invalid 'today' {0}: expected a date as \"YYYY-MM-DD\"",
        "'today' inválido {0}: esperada uma data como \"YYYY-MM-DD\" (ano-mês-dia)",
        "ungültiges 'today' {0}: erwartet wird ein Datum als \"YYYY-MM-DD\" (Jahr-Monat-Tag)"},
    Row{Msg::line_invalid_lang, "invalid 'lang' {0}: these rules have {1}",
        "'lang' inválido {0}: estas regras têm {1}",
        "ungültiges 'lang' {0}: diese Regeln haben {1}"},
    Row{Msg::err_evaluation, "the rules could not be evaluated at {0}: {1}",
        "não foi possível avaliar as regras em {0}: {1}",
        "die Regeln ließen sich bei {0} nicht auswerten: {1}"},
    Row{Msg::err_deadline_not_date,
        "deadline '{0}' of step '{1}' did not give a date (YYYY-MM-DD): got {2}",
        "o prazo '{0}' do passo '{1}' não resultou numa data (YYYY-MM-DD): resultou {2}",
        "die Frist '{0}' des Schritts '{1}' ergab kein Datum (YYYY-MM-DD), sondern {2}"},
    Row{Msg::err_invalid_utf8,
        "the answer to '{1}' is not valid UTF-8 text (byte {0}: '{2}'); check the terminal's or "
        "the file's encoding",
        "a resposta a '{1}' não é um texto UTF-8 válido (byte {0}: '{2}'); verifique a codificação "
        "do terminal ou do arquivo",
        "die Antwort auf '{1}' ist kein gültiger UTF-8-Text (Byte {0}: '{2}'); prüfen Sie die "
        "Zeichenkodierung des Terminals oder der Datei"},
    Row{Msg::err_ambiguous_amount,
        "'{0}' can be read two ways: {1}, or {2}. Write {3} or {4} to say which.",
        "'{0}' pode ser lido de duas formas: {1}, ou {2}. Escreva {3} ou {4} para deixar claro.",
        "'{0}' lässt sich zweifach lesen: {1} oder {2}. Schreiben Sie {3} oder {4}, um es "
        "eindeutig zu machen."},
    Row{Msg::reading_language, "{0}, reading it the English way",
        "{0} como se escreve em português", "{0} in deutscher Schreibweise"},
    Row{Msg::reading_brl, "{0}, reading it the Brazilian way (R$)",
        "{0} no formato brasileiro (R$)", "{0} in brasilianischer Schreibweise (R$)"},
    Row{Msg::reading_usd, "{0} as written in the US (US$)", "{0} no formato americano (US$)",
        "{0} in US-amerikanischer Schreibweise (US$)"},
    Row{Msg::placeholder_number, "number", "número", "Zahl"},
    Row{Msg::placeholder_date, "YYYY-MM-DD", "DD/MM/AAAA", "TT.MM.JJJJ"},
    Row{Msg::placeholder_text, "text", "texto", "Text"},
    Row{Msg::line_too_long, "the line is longer than {0} MiB and was not read",
        "a linha tem mais de {0} MiB e não foi lida",
        "die Zeile ist länger als {0} MiB und wurde nicht gelesen"},
    Row{Msg::err_answer_too_long, "That answer is longer than {0} KiB; please type a shorter one.",
        "Essa resposta tem mais de {0} KiB; digite uma mais curta.",
        "Diese Antwort ist länger als {0} KiB; bitte geben Sie eine kürzere ein."},
};

// "I don't know", as people type it. Lower-case; matched after trimming and lower-casing.
constexpr std::string_view kUnknownEn[] = {"unknown",
                                           "null",
                                           "?",
                                           "i don't know",
                                           "i dont know",
                                           "don't know",
                                           "dont know",
                                           "i do not know",
                                           "not sure",
                                           "no idea",
                                           "idk",
                                           "dunno",
                                           "i don't remember",
                                           "i dont remember",
                                           "don't remember",
                                           "dont remember",
                                           "i can't remember",
                                           "i cant remember",
                                           "i don't have it",
                                           "i dont have it",
                                           "don't have it",
                                           "dont have it",
                                           "none"};
constexpr std::string_view kUnknownPt[] = {
    "não sei",    "nao sei",    "não sei dizer",  "nao sei dizer",  "sei lá",      "sei la",
    "não lembro", "nao lembro", "não me lembro",  "nao me lembro",  "não recordo", "nao recordo",
    "não tenho",  "nao tenho",  "não tenho isso", "nao tenho isso", "desconhecido"};
constexpr std::string_view kUnknownDe[] = {"weiß nicht",          "weiss nicht",
                                           "ich weiß nicht",      "ich weiss nicht",
                                           "weiß ich nicht",      "weiss ich nicht",
                                           "keine ahnung",        "unbekannt",
                                           "nicht bekannt",       "ich erinnere mich nicht",
                                           "weiß ich nicht mehr", "weiss ich nicht mehr",
                                           "habe ich nicht",      "hab ich nicht"};

struct CommandWords {
  Command command;
  std::span<const std::string_view> en, pt, de;
};

constexpr std::string_view kHelpEn[] = {"?", "help"}, kHelpPt[] = {"ajuda"}, kHelpDe[] = {"hilfe"};
constexpr std::string_view kWhyEn[] = {"why"},
                           kWhyPt[] = {"por quê", "por que", "porque", "por quê?", "por que?"},
                           kWhyDe[] = {"warum", "warum?"};
constexpr std::string_view kBackEn[] = {"back"}, kBackPt[] = {"voltar"},
                           kBackDe[] = {"zurück", "zurueck"};
constexpr std::string_view kReviewEn[] = {"review"}, kReviewPt[] = {"revisar"},
                           kReviewDe[] = {"prüfen", "pruefen"};
constexpr std::string_view kSkipEn[] = {"skip"}, kSkipPt[] = {"pular"},
                           kSkipDe[] = {"überspringen", "ueberspringen"};
constexpr std::string_view kQuitEn[] = {"quit", "exit", "q"}, kQuitPt[] = {"sair"},
                           kQuitDe[] = {"beenden"};

constexpr std::array<CommandWords, 6> kCommands = {
    CommandWords{Command::help, kHelpEn, kHelpPt, kHelpDe},
    CommandWords{Command::why, kWhyEn, kWhyPt, kWhyDe},
    CommandWords{Command::back, kBackEn, kBackPt, kBackDe},
    CommandWords{Command::review, kReviewEn, kReviewPt, kReviewDe},
    CommandWords{Command::skip, kSkipEn, kSkipPt, kSkipDe},
    CommandWords{Command::quit, kQuitEn, kQuitPt, kQuitDe},
};

static_assert(words::rows_in_order(kRows), "one row per message, in the order of the enum");

constexpr bool commands_in_order() {
  for (std::size_t i = 0; i < kCommands.size(); ++i) {
    if (static_cast<std::size_t>(kCommands[i].command) != i) return false;
  }
  return true;
}
static_assert(commands_in_order(), "one entry per command, in the order of the enum");

}  // namespace

std::string_view tr(Msg message, std::string_view language) {
  return words::in_language(kRows[static_cast<std::size_t>(message)], language);
}

std::span<const std::string_view> unknown_phrases(std::string_view language) {
  switch (words::column_of(language)) {
    case words::Column::pt:
      return kUnknownPt;
    case words::Column::de:
      return kUnknownDe;
    case words::Column::en:
      break;
  }
  return kUnknownEn;
}

std::span<const std::string_view> command_words(Command command, std::string_view language) {
  const CommandWords& words = kCommands[static_cast<std::size_t>(command)];
  switch (words::column_of(language)) {
    case words::Column::pt:
      return words.pt;
    case words::Column::de:
      return words.de;
    case words::Column::en:
      break;
  }
  return words.en;
}

}  // namespace escalate
