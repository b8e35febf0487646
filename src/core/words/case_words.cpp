// Case words: one row per message, a column per language (words::kLanguages).
#include "escalate/case_words.hpp"

#include <array>

#include "escalate/catalogue.hpp"

namespace escalate {
namespace {

using Row = words::Row<CaseMsg>;

constexpr Row kRows[] = {
    {CaseMsg::since_last_visit,
     {"Since your last visit on {0}:", "Desde a sua última consulta, em {0}:",
      "Seit Ihrem letzten Besuch am {0}:"}},
    {CaseMsg::was_due, {"{0}: was due on {1}.", "{0}: venceu em {1}.", "{0}: fällig war der {1}."}},
    {CaseMsg::recheck_intro,
     {"Some answers may have changed since your last visit. Press Enter to keep an answer as it "
      "was.",
      "Algumas respostas podem ter mudado desde a sua última consulta. Tecle Enter para manter a "
      "resposta anterior.",
      "Seit Ihrem letzten Besuch kann sich etwas geändert haben. Mit Enter behalten Sie die "
      "bisherige Antwort."}},
    {CaseMsg::enter_keeps, {"Enter keeps", "Enter mantém", "Enter behält"}},
    {CaseMsg::recheck_flag,
     {"Answered on {0}, perhaps different now: {1} — {2}. If it changed, add -a {3}=…",
      "Respondido em {0}, talvez diferente agora: {1} — {2}. Se mudou, acrescente -a {3}=…",
      "Am {0} beantwortet, inzwischen vielleicht anders: {1} — {2}. Falls ja, ergänzen Sie "
      "-a {3}=…"}},
    {CaseMsg::dossier_title, {"Case file", "Dossiê do caso", "Fallakte"}},
    {CaseMsg::prepared,
     {"Prepared on {0} with escalate {1} (rules {2}, version {3}).",
      "Preparado em {0} com o escalate {1} (regras {2}, versão {3}).",
      "Erstellt am {0} mit escalate {1} (Regeln {2}, Version {3})."}},
    {CaseMsg::who, {"Who", "Quem", "Wer"}},
    {CaseMsg::timeline, {"Timeline", "Linha do tempo", "Zeitlinie"}},
    {CaseMsg::timeline_empty,
     {"No dated contacts yet.", "Ainda não há contatos com data.",
      "Noch keine Kontakte mit Datum."}},
    {CaseMsg::deadline_event, {"Deadline: {0}", "Prazo: {0}", "Frist: {0}"}},
    {CaseMsg::next_step,
     {"Next step (as of {0})", "Próximo passo (em {0})", "Nächster Schritt (Stand {0})"}},
    {CaseMsg::deadlines, {"Deadlines", "Prazos", "Fristen"}},
    {CaseMsg::no_deadlines,
     {"No deadline runs for this step.", "Não há prazo correndo nesta etapa.",
      "Für diesen Schritt läuft keine Frist."}},
    {CaseMsg::basis, {"Basis", "Base legal", "Grundlage"}},
    {CaseMsg::documents, {"Documents checklist", "Lista de documentos", "Unterlagen-Checkliste"}},
    {CaseMsg::ladder, {"Escalation path", "Caminho de escalonamento", "Eskalationsweg"}},
    {CaseMsg::answers_given, {"Answers given", "Respostas dadas", "Gegebene Antworten"}},
    {CaseMsg::record, {"Record of this file", "Registro deste arquivo", "Verlauf dieser Akte"}},
    {CaseMsg::event_answered,
     {"answered: {0} — {1}", "respondido: {0} — {1}", "beantwortet: {0} — {1}"}},
    {CaseMsg::event_changed,
     {"changed: {0} — {1} (was: {2})", "alterado: {0} — {1} (antes: {2})",
      "geändert: {0} — {1} (vorher: {2})"}},
    {CaseMsg::event_kept,
     {"confirmed: {0} — {1}", "confirmado: {0} — {1}", "bestätigt: {0} — {1}"}},
    {CaseMsg::event_removed,
     {"removed: {0} (was: {1})", "removido: {0} (antes: {1})", "entfernt: {0} (vorher: {1})"}},
    {CaseMsg::event_advised, {"advised: {0}", "orientação: {0}", "Rat: {0}"}},
    {CaseMsg::no_step, {"no step applies", "nenhuma etapa se aplica", "kein Schritt passt"}},
    {CaseMsg::reminder, {"Tomorrow: {0}", "Amanhã: {0}", "Morgen: {0}"}},
    {CaseMsg::gaps_left,
     {"Fill in before sending: {0}", "Preencha antes de enviar: {0}",
      "Vor dem Absenden ergänzen: {0}"}},
    {CaseMsg::log_title,
     {"Case {0}, opened on {1}", "Caso {0}, aberto em {1}", "Fall {0}, eröffnet am {1}"}},
    {CaseMsg::offer_save,
     {"To come back to this case later (the next step, its deadlines, letters), save it: type a "
      "file name such as claro.json, or press Enter to finish.",
      "Para voltar a este caso depois (próximo passo, prazos, cartas), salve-o: digite um nome "
      "de arquivo como claro.json, ou tecle Enter para terminar.",
      "Um später an diesem Fall weiterzuarbeiten (nächster Schritt, Fristen, Briefe), speichern "
      "Sie ihn: Geben Sie einen Dateinamen wie claro.json ein, oder drücken Sie Enter zum "
      "Beenden."}},
    {CaseMsg::file_exists,
     {"'{0}' exists already; type another name, or press Enter.",
      "'{0}' já existe; digite outro nome ou tecle Enter.",
      "'{0}' gibt es schon; geben Sie einen anderen Namen ein oder drücken Sie Enter."}},
    {CaseMsg::saved_to,
     {"The case is saved in {0}; come back with: escalate ask --case {0}",
      "O caso está salvo em {0}; para voltar: escalate ask --case {0}",
      "Der Fall ist in {0} gespeichert; weiter geht es mit: escalate ask --case {0}"}},
    {CaseMsg::offer_menu,
     {"What next? 1 = a dossier to print ({0}.html), 2 = the deadlines for your calendar "
      "({0}.ics), 3 = the letter to send ({0}-letter.txt); Enter = finish.",
      "E agora? 1 = dossiê para imprimir ({0}.html), 2 = os prazos para a sua agenda "
      "({0}.ics), 3 = a carta a enviar ({0}-letter.txt); Enter = terminar.",
      "Wie weiter? 1 = Akte zum Ausdrucken ({0}.html), 2 = die Fristen für Ihren Kalender "
      "({0}.ics), 3 = der Brief zum Absenden ({0}-letter.txt); Enter = beenden."}},
    {CaseMsg::offer_invalid,
     {"Type 1, 2 or 3, or press Enter.", "Digite 1, 2 ou 3, ou tecle Enter.",
      "Bitte 1, 2 oder 3 eingeben oder Enter drücken."}},
    {CaseMsg::written, {"Written: {0}", "Gravado: {0}", "Geschrieben: {0}"}},
};

static_assert(words::rows_in_order(kRows), "one row per message, in the order of the enum");

}  // namespace

std::string_view tr(CaseMsg message, std::string_view language) {
  return words::in_language(kRows[static_cast<std::size_t>(message)], language);
}

}  // namespace escalate
