// Look-ups over a loaded rule set.
#include "escalate/rules.hpp"

#include <algorithm>

#include "escalate/enum_names.hpp"
#include "text_hash.hpp"

namespace escalate {
namespace {

template <typename T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  const auto it =
      std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return c == '_' ? '-' : static_cast<char>(std::tolower(c));
  });
  return out;
}

}  // namespace

constexpr EnumNames<QuestionType, 6> kQuestionTypes({"boolean", "choice", "multi", "number", "date",
                                                     "text"});
constexpr EnumNames<StepKind, 4> kStepKinds({"contact", "wait", "done", "info"});
constexpr EnumNames<ContactKind, 6> kContactKinds({"phone", "web", "email", "app", "in_person",
                                                   "mail"});

std::string_view to_string(QuestionType type) { return kQuestionTypes(type); }
std::optional<QuestionType> question_type_named(std::string_view name) {
  return kQuestionTypes.parse(name);
}
std::vector<std::string> question_type_names() { return kQuestionTypes.all(); }

std::string_view to_string(StepKind kind) { return kStepKinds(kind); }
std::optional<StepKind> step_kind_named(std::string_view name) { return kStepKinds.parse(name); }
std::vector<std::string> step_kind_names() { return kStepKinds.all(); }

std::string_view to_string(ContactKind kind) { return kContactKinds(kind); }
std::optional<ContactKind> contact_kind_named(std::string_view name) {
  return kContactKinds.parse(name);
}
std::vector<std::string> contact_kind_names() { return kContactKinds.all(); }

const Option* Question::find_option(std::string_view value) const {
  const auto it = std::find_if(options.begin(), options.end(),
                               [&](const Option& o) { return o.value == value; });
  return it == options.end() ? nullptr : &*it;
}

int Symbols::add(std::string id, Kind kind, std::size_t index) {
  const int symbol = static_cast<int>(entries_.size());
  entries_.push_back({std::move(id), kind, index});
  if (2 * entries_.size() <= slots_.size()) {
    this->index(symbol);
    return symbol;
  }
  std::size_t capacity = 16;  // a power of two, so that a mask picks the slot
  while (capacity < 4 * entries_.size()) capacity *= 2;
  slots_.assign(capacity, -1);
  for (int s = 0; s <= symbol; ++s) this->index(s);
  return symbol;
}

// Puts `symbol` in the table unless its name is there already (the first wins).
void Symbols::index(int symbol) {
  const std::string& name = entries_[static_cast<std::size_t>(symbol)].id;
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = hash_text(name) & mask;
  while (slots_[at] >= 0) {
    if (entries_[static_cast<std::size_t>(slots_[at])].id == name) return;
    at = (at + 1) & mask;
  }
  slots_[at] = symbol;
}

std::optional<int> Symbols::find(std::string_view name) const {
  if (slots_.empty()) return std::nullopt;
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = hash_text(name) & mask;
  while (slots_[at] >= 0) {
    if (entries_[static_cast<std::size_t>(slots_[at])].id == name) return slots_[at];
    at = (at + 1) & mask;
  }
  return std::nullopt;
}

std::vector<std::string> Symbols::names() const {
  std::vector<std::string> out;
  for (const Entry& e : entries_) out.push_back(e.id);
  return out;
}

const Channel* RuleSet::find_channel(std::string_view wanted) const {
  return find_by_id(channels, wanted);
}
const Document* RuleSet::find_document(std::string_view wanted) const {
  return find_by_id(documents, wanted);
}
const Source* RuleSet::find_source(std::string_view wanted) const {
  return find_by_id(sources, wanted);
}
const Question* RuleSet::find_question(std::string_view wanted) const {
  // By the symbol table once the loader has filled it (answers are checked by
  // id on every batch line); by a search while the questions are being read.
  if (const auto symbol = symbols.find(wanted)) {
    const Symbols::Entry& entry = symbols.at(*symbol);
    if (entry.kind == Symbols::Kind::question && entry.index < questions.size() &&
        questions[entry.index].id == wanted)
      return &questions[entry.index];
  }
  return find_by_id(questions, wanted);
}

const Step* RuleSet::find_step(std::string_view wanted) const { return find_by_id(steps, wanted); }

const Letter* RuleSet::find_letter(std::string_view id_or_channel) const {
  if (const Letter* letter = find_by_id(letters, id_or_channel)) return letter;
  for (const Letter& letter : letters) {
    if (letter.channel == id_or_channel) return &letter;
  }
  return nullptr;
}

std::optional<std::size_t> RuleSet::language_index(std::string_view tag) const {
  const std::string wanted = lower(tag);
  for (std::size_t i = 0; i < languages.size(); ++i) {
    if (lower(languages[i]) == wanted) return i;
  }
  const std::string primary = wanted.substr(0, wanted.find('-'));
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const std::string have = lower(languages[i]);
    if (have.substr(0, have.find('-')) == primary) return i;
  }
  return std::nullopt;
}

}  // namespace escalate
