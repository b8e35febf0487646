// What people type in the program's languages: the "I don't know" phrases and
// the words that call the session's commands.
#include <array>

#include "escalate/catalogue.hpp"
#include "escalate/messages.hpp"

namespace escalate {
namespace {

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
// In the order of words::kLanguages.
constexpr std::array<std::span<const std::string_view>, words::kLanguageCount> kUnknown = {
    kUnknownEn, kUnknownPt, kUnknownDe};

// The words that call a command, in the order of words::kLanguages.
struct CommandWords {
  Command command;
  std::array<std::span<const std::string_view>, words::kLanguageCount> in;
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
    CommandWords{Command::help, {kHelpEn, kHelpPt, kHelpDe}},
    CommandWords{Command::why, {kWhyEn, kWhyPt, kWhyDe}},
    CommandWords{Command::back, {kBackEn, kBackPt, kBackDe}},
    CommandWords{Command::review, {kReviewEn, kReviewPt, kReviewDe}},
    CommandWords{Command::skip, {kSkipEn, kSkipPt, kSkipDe}},
    CommandWords{Command::quit, {kQuitEn, kQuitPt, kQuitDe}},
};

constexpr bool commands_in_order() {
  for (std::size_t i = 0; i < kCommands.size(); ++i) {
    if (static_cast<std::size_t>(kCommands[i].command) != i) return false;
  }
  return true;
}
static_assert(commands_in_order(), "one entry per command, in the order of the enum");

// A language left out of the arrays above would have no words at all.
constexpr bool every_language_has_words() {
  for (std::size_t column = 0; column < words::kLanguageCount; ++column) {
    if (kUnknown[column].empty()) return false;
    for (const CommandWords& command : kCommands) {
      if (command.in[column].empty()) return false;
    }
  }
  return true;
}
static_assert(every_language_has_words(), "\"I don't know\" and command words in every language");

// English for a language the program does not speak.
std::size_t column_index(std::string_view language) {
  return static_cast<std::size_t>(words::column_of(language).value_or(words::Column::en));
}

}  // namespace

std::span<const std::string_view> unknown_phrases(std::string_view language) {
  return kUnknown[column_index(language)];
}

std::span<const std::string_view> command_words(Command command, std::string_view language) {
  return kCommands[static_cast<std::size_t>(command)].in[column_index(language)];
}

}  // namespace escalate
