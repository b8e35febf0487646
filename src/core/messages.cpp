// Message catalogue: one row per message, columns English, Brazilian Portuguese, German.
#include "escalate/messages.hpp"

#include <array>

namespace escalate {
namespace {

struct Row {
  Msg id;
  std::string_view en, pt, de;
};

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
    Row{Msg::may_answer_unknown, "\"I don't know\" is accepted", "\"não sei\" é aceito", "\"weiß nicht\" ist möglich"},
    Row{Msg::pattern, "format", "formato", "Format"},
    Row{Msg::unit, "unit", "unidade", "Einheit"},
    Row{Msg::type_boolean, "yes/no", "sim/não", "ja/nein"},
    Row{Msg::type_choice, "one choice", "uma opção", "eine Auswahl"},
    Row{Msg::type_multi, "several choices", "várias opções", "mehrere Auswahlen"},
    Row{Msg::type_number, "number", "número", "Zahl"},
    Row{Msg::type_date, "date", "data", "Datum"},
    Row{Msg::type_text, "text", "texto", "Text"},
};

static_assert(kRows.size() == static_cast<std::size_t>(Msg::count_), "every message needs a row");

}  // namespace

std::string_view tr(Msg message, std::string_view language) {
  const Row& row = kRows[static_cast<std::size_t>(message)];
  const std::string_view primary = language.substr(0, language.find('-'));
  if (primary == "pt") return row.pt;
  if (primary == "de") return row.de;
  return row.en;
}

}  // namespace escalate
