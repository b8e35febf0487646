// The loader's pass over steps, and the checks that need the whole rule set:
// fact cycles, unreachable steps, and things defined but never used.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <set>
#include <string_view>

#include "escalate/rule_fields.hpp"
#include "escalate/suggest.hpp"
#include "loader_sections.hpp"

namespace escalate::loader {
namespace {

void read_step_documents(Context& ctx, const Json& item, const std::string& path, Step& step) {
  const Json* list = ctx.array(item, "documents", path);
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& d = (*list)[i];
    const std::string p = path_index(path_key(path, "documents"), i);
    StepDocument document;
    if (d.is_string()) {
      document.id = d.get<std::string>();
    } else if (d.is_object()) {
      if (!ctx.object(d, p, {"id", "when"}, {})) continue;
      document.id = ctx.string(d, "id", p).value_or("");
      if (const Json* when = ctx.field(d, "when"))
        document.when = ctx.logic(*when, path_key(p, "when"));
      if (document.id.empty()) continue;
      ctx.check_reference(document.id, ctx.document_ids, "document", path_key(p, "id"));
      step.documents.push_back(std::move(document));
      continue;
    } else {
      ctx.error(p, fmt::format("expected a document id or {{\"id\": ..., \"when\": ...}}, got {}",
                               describe(d)));
      continue;
    }
    ctx.check_reference(document.id, ctx.document_ids, "document", p);
    step.documents.push_back(std::move(document));
  }
}

void read_deadlines(Context& ctx, const Json& item, const std::string& path, Step& step) {
  const Json* list = ctx.array(item, "deadlines", path);
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& d = (*list)[i];
    const std::string p = path_index(path_key(path, "deadlines"), i);
    if (!ctx.object(d, p, {"id", "label", "date"}, {"basis"})) continue;
    Deadline deadline;
    deadline.id = ctx.id(d, "id", p).value_or("");
    if (!deadline.id.empty() &&
        std::any_of(step.deadlines.begin(), step.deadlines.end(),
                    [&](const Deadline& x) { return x.id == deadline.id; })) {
      ctx.error(path_key(p, "id"),
                fmt::format("duplicate deadline id '{}' in this step", deadline.id));
    }
    if (const auto label = ctx.text(d, "label", p)) deadline.label = *label;
    if (const Json* date = ctx.field(d, "date")) {
      const bool literal = !(date->is_object() && date->size() == 1);
      if (literal && !(date->is_string() && Date::parse_iso(date->get<std::string>()))) {
        ctx.error(path_key(p, "date"),
                  fmt::format("a deadline's date must yield a date (YYYY-MM-DD), got {}",
                              describe(*date)));
      }
      deadline.date = ctx.logic(*date, path_key(p, "date"));
    }
    if (const auto basis = ctx.string(d, "basis", p)) {
      ctx.check_reference(*basis, ctx.source_ids, "source", path_key(p, "basis"));
      deadline.basis = *basis;
    }
    step.deadlines.push_back(std::move(deadline));
  }
}

// A note's `when` and `text`, from an object at `path`.
StepNote read_note_body(Context& ctx, const Json& n, const std::string& path, std::string id) {
  StepNote note;
  note.id = std::move(id);
  if (const Json* when = ctx.field(n, "when")) note.when = ctx.logic(*when, path_key(path, "when"));
  if (const auto text = ctx.text(n, "text", path)) note.text = *text;
  return note;
}

// A step's notes: ids of top-level notes, or notes written in place.
void read_notes(Context& ctx, const Json& item, const std::string& path, Step& step) {
  const Json* list = ctx.array(item, "notes", path);
  if (!list) return;
  std::vector<std::string> known;
  for (const StepNote& n : ctx.shared_notes) known.push_back(n.id);
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& n = (*list)[i];
    const std::string p = path_index(path_key(path, "notes"), i);
    std::optional<StepNote> note;
    if (n.is_string()) {
      const std::string id = n.get<std::string>();
      const auto at = std::find(known.begin(), known.end(), id);
      if (at == known.end()) {
        ctx.error(p, unknown_one_of("note", id, known));
        continue;
      }
      const auto index = static_cast<std::size_t>(at - known.begin());
      ctx.shared_note_used[index] = true;
      note = ctx.shared_notes[index];
    } else if (n.is_object()) {
      if (!ctx.object(n, p, {"id", "text"}, {"when"})) continue;
      note = read_note_body(ctx, n, p, ctx.id(n, "id", p).value_or(""));
    } else {
      ctx.error(p, fmt::format("expected a note id or {{\"id\": ..., \"text\": ...}}, got {}",
                               describe(n)));
      continue;
    }
    if (!note->id.empty() && std::any_of(step.notes.begin(), step.notes.end(),
                                         [&](const StepNote& x) { return x.id == note->id; })) {
      ctx.error(p, fmt::format("note '{}' is listed twice in this step", note->id));
    }
    step.notes.push_back(std::move(*note));
  }
}

}  // namespace

void read_shared_notes(Context& ctx, const Json& doc) {
  const Json* notes = ctx.field(doc, "notes");
  if (!notes) return;
  if (!notes->is_object()) {
    ctx.error("$.notes",
              fmt::format("expected an object of notes by id, got {}", describe(*notes)));
    return;
  }
  for (const auto& [id, item] : notes->items()) {
    const std::string path = path_key("$.notes", id);
    if (id.rfind("x-", 0) == 0 || id.rfind('$', 0) == 0) continue;
    if (!is_id(id)) {
      ctx.error(path, invalid_id_message(id));
      continue;
    }
    if (!ctx.object(item, path, {"text"}, {"when"})) continue;
    ctx.shared_notes.push_back(read_note_body(ctx, item, path, id));
    ctx.shared_note_used.push_back(false);
  }
}

void read_steps(Context& ctx, const Json& doc) {
  const Json* list = ctx.array(doc, "steps", "$");
  if (!list) return;
  if (list->empty()) ctx.error("$.steps", "a rule set needs at least one step");
  std::optional<std::pair<std::string, std::string>>
      catch_all;  // id and path of the first catch-all
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string path = path_index("$.steps", i);
    if (!ctx.object(item, path, {"id", "title", "action"},
                    {"when", "channel", "kind", "documents", "deadlines", "notes", "then",
                     "channel_details"})) {
      continue;
    }
    Step step;
    step.id = ctx.id(item, "id", path).value_or("");
    if (catch_all) {
      ctx.error(path, fmt::format("step '{}' can never be reached: step '{}' at {} has no 'when' "
                                  "and catches every case",
                                  step.id, catch_all->first, catch_all->second));
    }
    if (const Json* when = ctx.field(item, "when")) {
      step.when = ctx.logic(*when, path_key(path, "when"));
      step.when_source = *when;
    } else if (!catch_all) {
      catch_all.emplace(step.id, path);
    }
    if (const Json* channel = ctx.field(item, "channel"); channel && !channel->is_null()) {
      if (channel->is_string()) {
        step.channel = channel->get<std::string>();
        ctx.check_reference(step.channel, ctx.channel_ids, "channel", path_key(path, "channel"));
      } else {
        ctx.error(path_key(path, "channel"),
                  fmt::format("expected a channel id or null, got {}", describe(*channel)));
      }
    }
    if (const auto name = ctx.string(item, "kind", path)) {
      if (const auto kind = step_kind_named(*name)) {
        step.kind = *kind;
      } else {
        ctx.error(path_key(path, "kind"), unknown_one_of("step kind", *name, step_kind_names()));
      }
    }
    if (step.kind == StepKind::contact && step.channel.empty()) {
      ctx.warning(
          path, fmt::format(
                    "step '{}' is a 'contact' step without a channel: there is no contact to show",
                    step.id));
    }
    if (const auto title = ctx.text(item, "title", path)) step.title = *title;
    if (const auto action = ctx.text(item, "action", path)) step.action = *action;
    step.then = ctx.text(item, "then", path);
    read_step_documents(ctx, item, path, step);
    read_deadlines(ctx, item, path, step);
    read_notes(ctx, item, path, step);
    if (item.contains("channel_details"))
      step.channel_details = ctx.boolean(item, "channel_details", path).value_or(true);
    ctx.rules().steps.push_back(std::move(step));
  }
  if (!catch_all && !list->empty()) {
    ctx.warning(
        "$.steps",
        "no catch-all step: when no step applies the advice is \"no advice for this situation\"; "
        "end with a step without 'when'");
  }
}

void check_fact_cycles(Context& ctx) {
  const RuleSet& rules = ctx.rules();
  const std::size_t n = rules.facts.size();
  auto fact_of = [&](int symbol) -> std::optional<std::size_t> {
    const auto& entry = rules.symbols.at(symbol);
    if (entry.kind != Symbols::Kind::fact || entry.index >= n) return std::nullopt;
    return entry.index;
  };
  std::vector<int> color(n, 0);  // 0 unvisited, 1 on the stack, 2 done
  std::vector<std::size_t> stack;
  std::set<std::set<std::size_t>> reported;
  std::function<void(std::size_t)> visit = [&](std::size_t f) {
    color[f] = 1;
    stack.push_back(f);
    for (int symbol : rules.facts[f].value.symbols_used()) {
      const auto next = fact_of(symbol);
      if (!next) continue;
      if (color[*next] == 1) {
        const auto from = std::find(stack.begin(), stack.end(), *next);
        std::vector<std::size_t> cycle(from, stack.end());
        if (reported.insert(std::set<std::size_t>(cycle.begin(), cycle.end())).second) {
          std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
          std::vector<std::string> names;
          names.reserve(cycle.size() + 1);
          for (std::size_t c : cycle) names.push_back(rules.facts[c].id);
          names.push_back(rules.facts[cycle.front()].id);
          ctx.error(path_index("$.facts", cycle.front()),
                    fmt::format("fact cycle: {}", fmt::join(names, " -> ")));
        }
      } else if (color[*next] == 0) {
        visit(*next);
      }
    }
    stack.pop_back();
    color[f] = 2;
  };
  for (std::size_t f = 0; f < n; ++f) {
    if (color[f] == 0) visit(f);
  }
}

void check_unused(Context& ctx) {
  const RuleSet& rules = ctx.rules();
  // Used: named by any logic or any text, which the engine may evaluate or fill in.
  std::set<int> used;
  for_each_logic(rules, [&](const Logic& logic, std::string_view) {
    used.insert(logic.symbols_used().begin(), logic.symbols_used().end());
  });
  for_each_text(rules, [&](const Text& text, std::string_view) {
    const auto symbols = text.symbols();
    used.insert(symbols.begin(), symbols.end());
  });
  std::set<std::string> channels_used(rules.ladder.begin(), rules.ladder.end());
  std::set<std::string> documents_used;
  for (const Channel& channel : rules.channels) {
    documents_used.insert(channel.documents.begin(), channel.documents.end());
  }
  for (const Step& step : rules.steps) {
    for (const StepDocument& d : step.documents) documents_used.insert(d.id);
    channels_used.insert(step.channel);
  }
  // A channel off the ladder that no step sends anyone to is still in use when a
  // letter is written to it: an optional channel offered beside the ladder (a
  // public complaint site, say), which `escalate letter` drafts for.
  for (const Letter& letter : rules.letters) channels_used.insert(letter.channel);
  for (std::size_t i = 0; i < rules.questions.size(); ++i) {
    const auto symbol = rules.symbols.find(rules.questions[i].id);
    if (symbol && !used.count(*symbol)) {
      ctx.warning(
          path_index("$.questions", i),
          fmt::format(
              "question '{}' is never used by a step, fact, text or letter, so it is never asked",
              rules.questions[i].id));
    }
  }
  for (std::size_t i = 0; i < rules.channels.size(); ++i) {
    if (!channels_used.count(rules.channels[i].id)) {
      ctx.warning(
          path_index("$.channels", i),
          fmt::format("channel '{}' is neither on the ladder nor named by any step or letter",
                      rules.channels[i].id));
    }
  }
  for (std::size_t i = 0; i < ctx.shared_notes.size(); ++i) {
    if (!ctx.shared_note_used[i]) {
      ctx.warning(path_key("$.notes", ctx.shared_notes[i].id),
                  fmt::format("note '{}' is not listed by any step", ctx.shared_notes[i].id));
    }
  }
  for (std::size_t i = 0; i < rules.documents.size(); ++i) {
    if (!documents_used.count(rules.documents[i].id)) {
      ctx.warning(
          path_index("$.documents", i),
          fmt::format("document '{}' is not listed by any channel or step", rules.documents[i].id));
    }
  }
}

}  // namespace escalate::loader
