// What a dossier shows, from the case and today's advice: who, the answers,
// the timeline of dated contacts and deadlines, the ladder with dates, the record.
#include "dossier_model.hpp"

#include <algorithm>

#include "escalate/answers.hpp"
#include "escalate/case_words.hpp"
#include "escalate/letter.hpp"
#include "escalate/locale_format.hpp"

namespace escalate {
namespace {

std::string answer_text(const RuleSet& rules, const CaseFile& file, const Question& q, Date today) {
  const AnswerContext context{rules, file.language, today};
  return display_answer(q, file.answers[q.id], context);
}

std::string gap_of(const Question& q, std::size_t language) {
  return "[" + (q.gap ? q.gap->plain(language) : q.id) + "]";
}

}  // namespace

std::string journal_line(const RuleSet& rules, const CaseFile& file, const JournalEntry& e) {
  const std::string& tag = rules.languages.at(file.language);
  const AnswerContext context{rules, file.language, e.day};
  const Question* q = rules.find_question(e.question);
  const std::string prompt = q ? q->prompt.plain(file.language) : e.question;
  // The journal is history, not checked against today's questions: a value the
  // question no longer takes is shown as it was written.
  auto shown = [&](const Json& value) {
    if (q) {
      if (Expected<Json> canonical = check_answer_json(*q, value, context))
        return display_answer(*q, *canonical, context);
    }
    return value.is_string() ? value.get<std::string>()
                             : value.dump(-1, ' ', false, Json::error_handler_t::replace);
  };
  switch (e.event) {
    case CaseEvent::answered:
      return trf(CaseMsg::event_answered, tag, prompt, shown(e.value));
    case CaseEvent::changed:
      return trf(CaseMsg::event_changed, tag, prompt, shown(e.value), shown(e.was));
    case CaseEvent::kept:
      return trf(CaseMsg::event_kept, tag, prompt, shown(e.value));
    case CaseEvent::removed:
      return trf(CaseMsg::event_removed, tag, prompt, shown(e.was));
    case CaseEvent::advised: {
      const Step* step = rules.find_step(e.step);
      std::string what =
          step ? step->title.plain(file.language) : std::string(tr(CaseMsg::no_step, tag));
      if (step) {
        // The title with its placeholders filled from the case as it is now.
        Expected<std::string> filled = fill_text(rules, step->title, case_request(file, e.day));
        if (filled) what = *filled;
      }
      for (const JournalDeadline& d : e.deadlines) {
        what += fmt::format(" · {}", trf(CaseMsg::deadline_event, tag, format_date(d.date, tag)));
      }
      return trf(CaseMsg::event_advised, tag, what);
    }
  }
  return {};
}

Expected<DossierModel> dossier_model(const RuleSet& rules, const CaseFile& file, Date today,
                                     std::string_view version) {
  DossierModel model;
  const std::size_t lang = file.language;
  const std::string& tag = rules.languages.at(lang);
  model.language = tag;
  model.title = rules.title.plain(lang);
  model.prepared =
      trf(CaseMsg::prepared, tag, format_date(today, tag), version, rules.id, rules.version);
  const Request request = case_request(file, today);

  for (const Question* q : rules.dossier_who) {
    model.who.emplace_back(q->gap ? q->gap->plain(lang) : q->prompt.plain(lang),
                           file.answers.contains(q->id) && !file.answers[q->id].is_null()
                               ? answer_text(rules, file, *q, today)
                               : gap_of(*q, lang));
  }
  for (const Question& q : rules.questions) {
    if (!file.answers.contains(q.id)) continue;
    if (std::find(rules.dossier_who.begin(), rules.dossier_who.end(), &q) !=
        rules.dossier_who.end())
      continue;
    model.answers.emplace_back(q.prompt.plain(lang), answer_text(rules, file, q, today));
  }

  for (const Question& q : rules.questions) {
    if (!q.timeline || !file.answers.contains(q.id) || !file.answers[q.id].is_string()) continue;
    const auto date = Date::parse_iso(file.answers[q.id].get<std::string>());
    if (!date) continue;
    Expected<std::string> text = fill_text(rules, *q.timeline, request);
    if (!text) return text.problems();
    model.timeline.push_back({*date, *text, false});
  }

  Result result = decide(rules, request);
  if (auto* problem = std::get_if<Problem>(&result)) return *problem;
  if (auto* advice = std::get_if<Advice>(&result)) {
    for (const DeadlineResult& d : advice->deadlines) {
      model.timeline.push_back({d.date, trf(CaseMsg::deadline_event, tag, d.label), true});
    }
    for (const Rung& rung : advice->ladder) {
      LadderMark mark{rung.channel->name.plain(lang), rung.state, {}};
      for (const auto& [channel, q] : rules.channel_dates) {
        if (channel == rung.channel->id && file.answers.contains(q->id) &&
            !file.answers[q->id].is_null() && rung.state != RungState::ahead) {
          mark.date = answer_text(rules, file, *q, today);
        }
      }
      if (rung.state == RungState::current && mark.date.empty() && !advice->deadlines.empty())
        mark.date = "→ " + format_date(advice->deadlines.front().date, tag);
      model.ladder.push_back(std::move(mark));
    }
    model.advice = std::move(*advice);
  } else {
    model.needs = std::move(std::get<NeedsInput>(result));
  }
  std::stable_sort(model.timeline.begin(), model.timeline.end(),
                   [](const auto& a, const auto& b) { return a.date < b.date; });
  for (const JournalEntry& e : file.journal)
    model.record.push_back({e.day, journal_line(rules, file, e)});
  return model;
}

}  // namespace escalate
