// The dossier as Markdown: to read, print or attach as it is.
#include <fmt/format.h>

#include "dossier_model.hpp"
#include "escalate/case_words.hpp"
#include "escalate/describe.hpp"
#include "escalate/dossier.hpp"
#include "escalate/locale_format.hpp"
#include "escalate/messages.hpp"

namespace escalate {
namespace {

// Text from answers and rules, with Markdown's marks taken literally.
std::string md(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

const char* mark_of(RungState state) {
  switch (state) {
    case RungState::passed:
      return "✓";
    case RungState::skipped:
      return "–";
    case RungState::current:
      return "▶";
    case RungState::ahead:
      break;
  }
  return "·";
}

void markdown_advice_section(std::string& out, const Advice& advice, const std::string& tag) {
  out += fmt::format("**{}**\n\n{}\n\n", md(advice.title), md(advice.action));
  if (advice.channel) {
    out += fmt::format("{}: **{}**\n\n", tr(Msg::contacts, tag), md(advice.channel->name));
    for (const ContactView& c : advice.channel->contacts) {
      out += fmt::format("- {}: {}{}{}\n", contact_kind_label(c.kind, tag), md(c.value),
                         c.hours.empty() ? "" : " (" + md(c.hours) + ")",
                         c.note.empty() ? "" : " — " + md(c.note));
    }
    out += "\n";
  }
  for (const NoteView& note : advice.notes) out += md(note.text) + "\n\n";
  if (!advice.then.empty())
    out += fmt::format("{}: {}\n\n", tr(Msg::if_not_solved, tag), md(advice.then));
  out += fmt::format("## {}\n\n", tr(CaseMsg::deadlines, tag));
  if (advice.deadlines.empty()) out += fmt::format("{}\n\n", tr(CaseMsg::no_deadlines, tag));
  for (const DeadlineResult& d : advice.deadlines) {
    out += fmt::format("- **{}: {}** ({})", md(d.label), format_date(d.date, tag),
                       days_text(d.days_left, tag));
    if (d.basis) {
      const std::string title = md(d.basis->title.plain(advice.language));
      out +=
          fmt::format(" — {}: {}", tr(CaseMsg::basis, tag),
                      d.basis->url.empty() ? title : fmt::format("[{}]({})", title, d.basis->url));
    }
    out += "\n";
  }
  out += fmt::format("\n## {}\n\n", tr(CaseMsg::documents, tag));
  for (const DocumentView& d : advice.documents) {
    out += fmt::format("- [ ] {}{}\n", md(d.label), d.hint.empty() ? "" : " — " + md(d.hint));
  }
}

}  // namespace

Expected<std::string> dossier_markdown(const RuleSet& rules, const CaseFile& file, Date today,
                                       std::string_view version) {
  Expected<DossierModel> built = dossier_model(rules, file, today, version);
  if (!built) return built.problems();
  const DossierModel& m = *built;
  const std::string& tag = m.language;
  std::string out = fmt::format("# {} — {}\n\n{}\n\n", tr(CaseMsg::dossier_title, tag), md(m.title),
                                md(m.prepared));
  if (!m.who.empty()) {
    out += fmt::format("## {}\n\n", tr(CaseMsg::who, tag));
    for (const auto& [label, value] : m.who) out += fmt::format("- {}: {}\n", md(label), md(value));
    out += "\n";
  }
  out += fmt::format("## {}\n\n", tr(CaseMsg::timeline, tag));
  if (m.timeline.empty()) out += fmt::format("{}\n", tr(CaseMsg::timeline_empty, tag));
  for (const TimelineItem& item : m.timeline) {
    const std::string line = fmt::format("{} — {}", format_date(item.date, tag), md(item.text));
    out += item.deadline ? fmt::format("- **{}**\n", line) : fmt::format("- {}\n", line);
  }
  out += fmt::format("\n## {}\n\n", trf(CaseMsg::next_step, tag, format_date(today, tag)));
  if (m.advice) {
    markdown_advice_section(out, *m.advice, tag);
    out += fmt::format("\n## {}\n\n", tr(CaseMsg::ladder, tag));
    for (const LadderMark& mark : m.ladder) {
      out += fmt::format("- {} {}{}\n", mark_of(mark.state), md(mark.name),
                         mark.date.empty() ? "" : " — " + md(mark.date));
    }
  } else if (m.needs) {
    out += fmt::format("{} {}\n", tr(Msg::needs_input, tag),
                       md(m.needs->question->prompt.plain(file.language)));
  }
  out += fmt::format("\n## {}\n\n", tr(CaseMsg::answers_given, tag));
  for (const auto& [question, answer] : m.answers)
    out += fmt::format("- {} — **{}**\n", md(question), md(answer));
  out += fmt::format("\n## {}\n\n", tr(CaseMsg::record, tag));
  for (const RecordLine& line : m.record)
    out += fmt::format("- {} — {}\n", format_date(line.day, tag), md(line.text));
  return out;
}

std::string case_log(const RuleSet& rules, const CaseFile& file, const TextStyle& style) {
  const std::string& tag = rules.languages.at(file.language);
  std::string out =
      wrap(trf(CaseMsg::log_title, tag, file.id, format_date(file.created, tag)), style.width, "");
  std::optional<Date> day;
  for (const JournalEntry& e : file.journal) {
    if (!day || *day != e.day) {
      day = e.day;
      out += "\n" + format_date(e.day, tag) + "\n";
    }
    out += wrap(journal_line(rules, file, e), style.width, "    ", "  ");
  }
  return out;
}

}  // namespace escalate
