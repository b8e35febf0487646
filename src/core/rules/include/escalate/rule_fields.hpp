// Every field of a rule set that holds logic or a text, walked in one place, so
// that a check over all of them (unused questions, …) cannot miss a field added later.
#pragma once

#include <optional>
#include <string_view>

#include "escalate/rules.hpp"

namespace escalate {

// Calls f(logic, field) for each piece of logic in `rules`, in the model's
// order; `field` says where it sits, spelt after the rules file
// ("steps[].documents[].when"; a top-level note counts where a step lists it).
template <class F>
void for_each_logic(const RuleSet& rules, F&& f) {
  for (const Channel& channel : rules.channels) {
    if (channel.used_when) f(*channel.used_when, std::string_view("channels[].used_when"));
  }
  for (const Question& question : rules.questions) {
    if (question.recheck) f(*question.recheck, std::string_view("questions[].recheck"));
  }
  for (const Fact& fact : rules.facts) f(fact.value, std::string_view("facts[].value"));
  for (const Step& step : rules.steps) {
    if (step.when) f(*step.when, std::string_view("steps[].when"));
    for (const StepDocument& document : step.documents) {
      if (document.when) f(*document.when, std::string_view("steps[].documents[].when"));
    }
    for (const Deadline& deadline : step.deadlines) {
      f(deadline.date, std::string_view("steps[].deadlines[].date"));
    }
    for (const StepNote& note : step.notes) {
      if (note.when) f(*note.when, std::string_view("steps[].notes[].when"));
    }
  }
  for (const Letter& letter : rules.letters) {
    for (const LetterParagraph& paragraph : letter.paragraphs) {
      if (paragraph.when) f(*paragraph.when, std::string_view("letters[].paragraphs[].when"));
    }
  }
}

// Calls f(text, field) for each text in `rules` (whose placeholders may name
// questions, facts and constants), in the model's order; `field` as above.
template <class F>
void for_each_text(const RuleSet& rules, F&& f) {
  auto optional = [&f](const std::optional<Text>& text, std::string_view field) {
    if (text) f(*text, field);
  };
  f(rules.title, std::string_view("title"));
  for (const Source& source : rules.sources) {
    f(source.title, std::string_view("sources.*.title"));
    optional(source.note, "sources.*.note");
  }
  for (const Document& document : rules.documents) {
    f(document.label, std::string_view("documents[].label"));
    optional(document.hint, "documents[].hint");
  }
  for (const Channel& channel : rules.channels) {
    f(channel.name, std::string_view("channels[].name"));
    f(channel.summary, std::string_view("channels[].summary"));
    for (const Contact& contact : channel.contacts) {
      f(contact.value, std::string_view("channels[].contacts[].value"));
      optional(contact.hours, "channels[].contacts[].hours");
      optional(contact.note, "channels[].contacts[].note");
    }
    optional(channel.response_time, "channels[].response_time");
    for (const Text& tip : channel.tips) f(tip, std::string_view("channels[].tips[]"));
  }
  for (const Question& question : rules.questions) {
    f(question.prompt, std::string_view("questions[].prompt"));
    optional(question.help, "questions[].help");
    for (const Option& option : question.options) {
      f(option.label, std::string_view("questions[].options[].label"));
    }
    optional(question.pattern_hint, "questions[].pattern_hint");
    optional(question.gap, "questions[].gap");
    optional(question.timeline, "questions[].timeline");
  }
  for (const Fact& fact : rules.facts) optional(fact.label, "facts[].label");
  for (const Step& step : rules.steps) {
    f(step.title, std::string_view("steps[].title"));
    f(step.action, std::string_view("steps[].action"));
    optional(step.then, "steps[].then");
    for (const Deadline& deadline : step.deadlines) {
      f(deadline.label, std::string_view("steps[].deadlines[].label"));
    }
    for (const StepNote& note : step.notes) f(note.text, std::string_view("steps[].notes[].text"));
  }
  for (const Letter& letter : rules.letters) {
    f(letter.title, std::string_view("letters[].title"));
    for (const LetterParagraph& paragraph : letter.paragraphs) {
      f(paragraph.text, std::string_view("letters[].paragraphs[].text"));
    }
  }
}

}  // namespace escalate
