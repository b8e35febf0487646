// The in-memory form of an `escalate-rules/1` file: channels, questions, facts
// and steps with their logic compiled and every reference resolved.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "escalate/calendar.hpp"
#include "escalate/date.hpp"
#include "escalate/json.hpp"
#include "escalate/logic.hpp"
#include "escalate/text.hpp"

namespace re2 {
class RE2;
}

namespace escalate {

struct Source {
  std::string id;
  Text title;
  std::string url;
  std::optional<Text> note;  // what was checked, or what to verify
};

struct Document {
  std::string id;
  Text label;
  std::optional<Text> hint;
};

enum class ContactKind { phone, web, email, app, in_person, mail };

std::string_view to_string(ContactKind kind);

struct Contact {
  ContactKind kind = ContactKind::phone;
  Text value;  // a number or address; a Text where it needs words ("your city's Procon")
  std::optional<Text> hours;
  std::optional<Text> note;
};

struct Channel {
  std::string id;
  Text name;
  Text summary;
  std::vector<Contact> contacts;
  std::vector<std::string> documents;
  std::optional<Text> response_time;
  std::vector<Text> tips;
  std::vector<std::string> sources;
  // When the person went through this channel: a rung before the current one
  // is "passed" only when this holds (unknown counts as not), else "skipped".
  // None: every rung before the current one is passed.
  std::optional<Logic> used_when;
  // A channel off the ladder that is an alternative to the rung `beside`: on
  // its steps the ladder shows it current, just before that rung.
  std::string beside;
};

enum class QuestionType { boolean, choice, multi, number, date, text };

std::string_view to_string(QuestionType type);
std::optional<QuestionType> question_type_named(std::string_view name);
std::vector<std::string> question_type_names();

struct Option {
  std::string value;
  Text label;
};

// A bound on a number or date answer; `today` stands for the evaluation date.
struct Bound {
  std::optional<double> number;
  std::optional<Date> date;
  bool today = false;
};

struct Question {
  std::string id;
  QuestionType type = QuestionType::text;
  Text prompt;
  std::optional<Text> help;
  std::vector<Option> options;
  std::optional<Bound> min;
  std::optional<Bound> max;
  std::string unit;
  std::string pattern;               // as written
  std::optional<Text> pattern_hint;  // what the pattern accepts, in words, for refusals
  // RE2: matching runs in time linear in the answer's length, with bounded stack.
  std::shared_ptr<const re2::RE2> compiled_pattern;
  bool allow_unknown = false;
  // Case files: on a later visit, an answered question whose `recheck` holds is
  // asked again with its answer as the default.
  std::optional<Logic> recheck;
  std::optional<Text> gap;       // how a letter names this answer where it is missing
  std::optional<Text> timeline;  // date questions: what the date marks in a case's timeline

  const Option* find_option(std::string_view value) const;
};

struct Fact {
  std::string id;
  Logic value;
  Json value_source;  // the expression as written, for tools that show it
  std::string unit;   // "BRL", …: a number shown in texts as money (or with the unit)
  std::optional<Text> label;
};

struct StepDocument {
  std::string id;
  std::optional<Logic> when;
};

struct Deadline {
  std::string id;
  Text label;
  Logic date;
  std::string basis;  // source id, or empty
};

// A paragraph shown with a step's advice when its condition holds.
struct StepNote {
  std::string id;
  std::optional<Logic> when;  // none: always
  Text text;
};

// A letter to a channel, filled with a case's answers: the title (subject)
// and the paragraphs whose condition holds (false or unknown: left out).
struct LetterParagraph {
  std::optional<Logic> when;  // none: always
  Text text;
};

struct Letter {
  std::string id;
  std::string channel;  // empty: written to no channel in particular
  Text title;
  std::vector<LetterParagraph> paragraphs;
};

enum class StepKind { contact, wait, done, info };

std::string_view to_string(StepKind kind);
std::optional<StepKind> step_kind_named(std::string_view name);
std::vector<std::string> step_kind_names();
std::optional<ContactKind> contact_kind_named(std::string_view name);
std::vector<std::string> contact_kind_names();

struct Step {
  std::string id;
  std::optional<Logic> when;  // none: a catch-all
  Json when_source;           // the condition as written (null for a catch-all)
  std::string channel;        // empty: no channel
  StepKind kind = StepKind::contact;
  Text title;
  Text action;
  std::vector<StepDocument> documents;
  std::vector<Deadline> deadlines;
  std::vector<StepNote> notes;
  std::optional<Text> then;
  // False: the advice shows the channel's name and contacts only, without its
  // response time, tips and documents (a praise, a case already judged, …).
  bool channel_details = true;
};

// Questions, facts, constants and `today` share one namespace; a symbol is an
// index into it: questions first, then facts, then constants, then today.
class Symbols : public SymbolTable {
 public:
  enum class Kind { question, fact, constant, today };
  struct Entry {
    std::string id;
    Kind kind;
    std::size_t index;  // into questions, facts or constants
  };

  int add(std::string id, Kind kind, std::size_t index);
  std::optional<int> find(std::string_view name) const override;
  std::vector<std::string> names() const override;
  const Entry& at(int symbol) const { return entries_.at(static_cast<std::size_t>(symbol)); }
  std::size_t size() const { return entries_.size(); }

 private:
  void index(int symbol);

  std::vector<Entry> entries_;
  // Open addressing over symbols (-1: empty), at most half full, looked up by
  // string_view without making a string: every batch line looks up each answer's id.
  std::vector<int> slots_;
};

struct RuleSet {
  std::string format;
  std::string id;
  std::string version;
  Date updated;
  Text title;
  std::vector<std::string> languages;
  std::vector<Source> sources;
  std::vector<std::pair<std::string, Json>> constants;
  Calendars calendars;  // the default calendar and the named ones
  std::vector<Document> documents;
  std::vector<Channel> channels;
  std::vector<std::string> ladder;
  std::vector<Question> questions;
  std::vector<Fact> facts;
  std::vector<Step> steps;
  std::vector<Letter> letters;
  // What a case's dossier shows: the answers that say who the person is, and
  // for a channel of the ladder the date question of the person's contact with it.
  std::vector<const Question*> dossier_who;
  std::vector<std::pair<std::string, const Question*>> channel_dates;
  Symbols symbols;

  const Channel* find_channel(std::string_view wanted) const;
  const Document* find_document(std::string_view wanted) const;
  const Source* find_source(std::string_view wanted) const;
  const Question* find_question(std::string_view wanted) const;
  const Step* find_step(std::string_view wanted) const;
  // The letter with this id, else the first written to the channel with this id.
  const Letter* find_letter(std::string_view id_or_channel) const;
  // The index of `tag` in `languages`, matching case-insensitively and by
  // primary language ("pt" finds "pt-BR"); none when the set lacks it.
  std::optional<std::size_t> language_index(std::string_view tag) const;
};

}  // namespace escalate
