// The engine's result as the documented JSON object (docs/cli.md). Key order
// is fixed so that the same inputs always give byte-identical output. The text
// is written straight to a string (JsonWriter), the one way a result is written.
#include "escalate/result_json.hpp"

#include <fmt/format.h>

#include <optional>

#include "escalate/describe.hpp"
#include "escalate/engine.hpp"
#include "escalate/json_writer.hpp"
#include "escalate/messages.hpp"

namespace escalate {
namespace {

// A description written once, for the presets.
std::string written(const Json& description) {
  std::string text;
  JsonWriter(text).value(description);
  return text;
}

// The index of `item` in `items`, when it is one of them.
template <typename T>
std::optional<std::size_t> index_in(const std::vector<T>& items, const T& item) {
  if (items.empty() || &item < items.data() || &item >= items.data() + items.size())
    return std::nullopt;
  return static_cast<std::size_t>(&item - items.data());
}

void write_contact(JsonWriter& w, const ContactView& c) {
  w.begin_object().key("kind").string(to_string(c.kind)).key("value").string(c.value);
  if (!c.hours.empty()) w.key("hours").string(c.hours);
  if (!c.note.empty()) w.key("note").string(c.note);
  w.end_object();
}

void write_channel(JsonWriter& w, const ChannelView& view) {
  w.begin_object()
      .key("id")
      .string(view.channel->id)
      .key("name")
      .string(view.name)
      .key("summary")
      .string(view.summary)
      .key("contacts")
      .begin_array();
  for (const ContactView& c : view.contacts) write_contact(w, c);
  w.end_array().key("response_time");
  if (view.response_time.empty()) {
    w.null();
  } else {
    w.string(view.response_time);
  }
  w.key("tips").begin_array();
  for (const std::string& tip : view.tips) w.string(tip);
  w.end_array().end_object();
}

// The keys every result of a checked request has after its own: rules, today, lang.
void write_request_header(JsonWriter& w, const RuleSet& rules, const CheckedRequest& c) {
  w.key("rules").begin_object().key("id").string(rules.id).key("version").string(rules.version);
  w.end_object();
  w.key("today").string(c.today.iso()).key("lang").string(rules.languages.at(c.language));
}

void write_step(JsonWriter& w, const RuleSet& rules, const Advice& advice) {
  if (!advice.step) {
    w.key("step").null();
    w.key("message").string(tr(Msg::no_advice, rules.languages.at(advice.language)));
    return;
  }
  w.key("step")
      .begin_object()
      .key("id")
      .string(advice.step->id)
      .key("kind")
      .string(to_string(advice.step->kind))
      .key("title")
      .string(advice.title)
      .key("action")
      .string(advice.action)
      .key("notes")
      .begin_array();
  for (const NoteView& n : advice.notes)
    w.begin_object().key("id").string(n.id).key("text").string(n.text).end_object();
  w.end_array().key("then");
  if (advice.then.empty()) {
    w.null();
  } else {
    w.string(advice.then);
  }
  w.end_object();
}

}  // namespace

ResultWriter::ResultWriter(const RuleSet& rules, Presets presets) : rules_(rules) {
  if (presets == Presets::none) return;
  for (const Question& q : rules.questions) {
    auto& texts = questions_.emplace_back();
    for (std::size_t l = 0; l < rules.languages.size(); ++l)
      texts.push_back(written(describe_question(q, l)));
  }
  for (const Source& s : rules.sources) {
    auto& texts = sources_.emplace_back();
    for (std::size_t l = 0; l < rules.languages.size(); ++l)
      texts.push_back(written(describe_source(s, l)));
  }
  for (const Question& q : rules.questions) {
    std::string& key = answer_keys_.emplace_back();
    append_json_string(key, q.id);
    key += ':';
  }
}

const std::string* ResultWriter::preset_text(const std::vector<std::vector<std::string>>& preset,
                                             std::optional<std::size_t> index,
                                             std::size_t language) {
  return index && *index < preset.size() ? &preset[*index].at(language) : nullptr;
}

// The answers as an object in question order.
void ResultWriter::write_answers(std::string& out, const Answers& answers) const {
  JsonWriter w(out);
  w.continue_after_value();
  w.key("answers").begin_object();
  for (std::size_t i = 0; i < answers.size(); ++i) {
    if (!answers[i]) continue;
    if (i < answer_keys_.size()) {
      w.raw_key(answer_keys_[i]);
    } else {
      w.text_key(rules_.questions.at(i).id);
    }
    w.value(*answers[i]);
  }
  w.end_object();
}

void ResultWriter::members(std::string& out, const Result& result) const {
  JsonWriter w(out);
  if (const auto* advice = std::get_if<Advice>(&result)) {
    w.key("status").string("advice");
    write_request_header(w, rules_, *advice);
    write_step(w, rules_, *advice);
    w.key("channel");
    if (advice->channel) {
      write_channel(w, *advice->channel);
    } else {
      w.null();
    }
    w.key("deadlines").begin_array();
    for (const DeadlineResult& d : advice->deadlines) {
      w.begin_object().key("id").string(d.id).key("label").string(d.label);
      w.key("date").string(d.date.iso()).key("days_left").integer(d.days_left).key("basis");
      if (d.basis) {
        const std::size_t lang = advice->language;
        if (const std::string* text =
                preset_text(sources_, index_in(rules_.sources, *d.basis), lang))
          w.raw(*text);
        else
          w.value(describe_source(*d.basis, lang));
      } else {
        w.null();
      }
      w.end_object();
    }
    w.end_array().key("documents").begin_array();
    for (const DocumentView& d : advice->documents) {
      w.begin_object().key("id").string(d.id).key("label").string(d.label);
      if (!d.hint.empty()) w.key("hint").string(d.hint);
      w.end_object();
    }
    w.end_array().key("ladder").begin_array();
    for (const Rung& rung : advice->ladder) {
      w.begin_object().key("channel").string(rung.channel->id);
      w.key("state").string(to_string(rung.state)).end_object();
    }
    w.end_array();
    write_answers(out, advice->answers);
    return;
  }
  if (const auto* needs = std::get_if<NeedsInput>(&result)) {
    w.key("status").string("needs_input");
    const std::size_t lang = needs->language;
    w.key("question");
    if (const std::string* text =
            preset_text(questions_, index_in(rules_.questions, *needs->question), lang))
      w.raw(*text);
    else
      w.value(describe_question(*needs->question, lang));
    w.key("for_step");
    if (needs->for_step) {
      w.string(needs->for_step->id);
    } else {
      w.null();
    }
    write_request_header(w, rules_, *needs);
    write_answers(out, needs->answers);
    return;
  }
  const Problem& problem = std::get<Problem>(result);
  w.key("status").string("error").key("error").begin_object();
  w.key("code").string(code_name(problem.code)).key("message").string(problem.message);
  if (!problem.question.empty()) w.key("question").string(problem.question);
  w.end_object();
}

void ResultWriter::object(std::string& out, const Result& result, const Json& extra) const {
  out += '{';
  members(out, result);
  JsonWriter w(out);
  w.continue_after_value();
  for (const auto& [name, value] : extra.items()) w.text_key(name).value(value);
  out += '}';
}

}  // namespace escalate
