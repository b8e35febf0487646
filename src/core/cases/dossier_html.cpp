// The dossier as one self-contained HTML file: inline CSS with print styles,
// the ladder as inline SVG, no scripts and nothing fetched from elsewhere.
#include <fmt/format.h>

#include "dossier_model.hpp"
#include "escalate/case_words.hpp"
#include "escalate/describe.hpp"
#include "escalate/dossier.hpp"
#include "escalate/locale_format.hpp"
#include "escalate/messages.hpp"

namespace escalate {

std::string html_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

constexpr std::string_view kStyle = R"css(
body { font: 11pt/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1b1b1b;
       margin: 0; background: #fff; }
main { max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.55rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #ccc; }
.prepared { color: #555; margin: 0 0 1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
dt { font-weight: bold; } dd { margin: 0; }
dl.answers { display: block; } dl.answers dt { font-weight: normal; color: #444; }
dl.answers dd { font-weight: bold; margin: 0 0 .45rem 1.2rem; }
ul { padding-left: 1.2rem; } li { margin: .15rem 0; }
.deadline { font-weight: bold; color: #8a1c1c; }
.step { font-weight: bold; font-size: 1.05rem; }
.checklist { list-style: none; padding-left: 0; }
.checklist li::before { content: "\2610\00a0"; }
.record { color: #444; font-size: .92rem; }
figure { margin: .5rem 0; } svg { max-width: 100%; height: auto; }
@media print {
  body { font-size: 10pt; } main { margin: 0; max-width: none; }
  h2 { break-after: avoid; } li, figure, dl { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .85em; color: #555; }
}
@page { margin: 18mm; }
)css";

void html_advice_section(std::string& out, const Advice& advice, const std::string& tag) {
  out += fmt::format("<p class=\"step\">{}</p>\n<p>{}</p>\n", html_escape(advice.title),
                     html_escape(advice.action));
  if (advice.channel) {
    out += fmt::format("<p>{}: <strong>{}</strong></p>\n<ul>\n",
                       html_escape(tr(Msg::contacts, tag)), html_escape(advice.channel->name));
    for (const ContactView& c : advice.channel->contacts) {
      out += fmt::format("<li>{}: {}{}{}</li>\n", html_escape(contact_kind_label(c.kind, tag)),
                         html_escape(c.value),
                         c.hours.empty() ? "" : " (" + html_escape(c.hours) + ")",
                         c.note.empty() ? "" : " — " + html_escape(c.note));
    }
    out += "</ul>\n";
  }
  for (const NoteView& note : advice.notes)
    out += fmt::format("<p>{}</p>\n", html_escape(note.text));
  if (!advice.then.empty()) {
    out += fmt::format("<p>{}: {}</p>\n", html_escape(tr(Msg::if_not_solved, tag)),
                       html_escape(advice.then));
  }
  out +=
      fmt::format("</section>\n<section>\n<h2>{}</h2>\n", html_escape(tr(CaseMsg::deadlines, tag)));
  if (advice.deadlines.empty())
    out += fmt::format("<p>{}</p>\n", html_escape(tr(CaseMsg::no_deadlines, tag)));
  else
    out += "<ul>\n";
  for (const DeadlineResult& d : advice.deadlines) {
    out += fmt::format("<li><span class=\"deadline\">{}: {}</span> ({})", html_escape(d.label),
                       format_date(d.date, tag), html_escape(days_text(d.days_left, tag)));
    if (d.basis) {
      const std::string title = html_escape(d.basis->title.plain(advice.language));
      out += fmt::format(" — {}: {}", html_escape(tr(CaseMsg::basis, tag)),
                         d.basis->url.empty() ? title
                                              : fmt::format("<a href=\"{}\">{}</a>",
                                                            html_escape(d.basis->url), title));
    }
    out += "</li>\n";
  }
  if (!advice.deadlines.empty()) out += "</ul>\n";
  out += fmt::format("</section>\n<section>\n<h2>{}</h2>\n<ul class=\"checklist\">\n",
                     html_escape(tr(CaseMsg::documents, tag)));
  for (const DocumentView& d : advice.documents) {
    out += fmt::format("<li>{}{}</li>\n", html_escape(d.label),
                       d.hint.empty() ? "" : " — " + html_escape(d.hint));
  }
  out += "</ul>\n";
}

}  // namespace

Expected<std::string> dossier_html(const RuleSet& rules, const CaseFile& file, Date today,
                                   std::string_view version) {
  Expected<DossierModel> built = dossier_model(rules, file, today, version);
  if (!built) return built.problems();
  const DossierModel& m = *built;
  const std::string& tag = m.language;
  const std::string heading = fmt::format("{} — {}", tr(CaseMsg::dossier_title, tag), m.title);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n"
      "<p class=\"prepared\">{}</p>\n",
      html_escape(tag), html_escape(heading), kStyle, html_escape(heading),
      html_escape(m.prepared));
  if (!m.who.empty()) {
    out += fmt::format("<section>\n<h2>{}</h2>\n<dl>\n", html_escape(tr(CaseMsg::who, tag)));
    for (const auto& [label, value] : m.who)
      out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", html_escape(label), html_escape(value));
    out += "</dl>\n</section>\n";
  }
  out += fmt::format("<section>\n<h2>{}</h2>\n", html_escape(tr(CaseMsg::timeline, tag)));
  if (m.timeline.empty())
    out += fmt::format("<p>{}</p>\n", html_escape(tr(CaseMsg::timeline_empty, tag)));
  else
    out += "<ul>\n";
  for (const TimelineItem& item : m.timeline) {
    out += fmt::format("<li{}>{} — {}</li>\n", item.deadline ? " class=\"deadline\"" : "",
                       format_date(item.date, tag), html_escape(item.text));
  }
  if (!m.timeline.empty()) out += "</ul>\n";
  out += fmt::format("</section>\n<section>\n<h2>{}</h2>\n",
                     html_escape(trf(CaseMsg::next_step, tag, format_date(today, tag))));
  if (m.advice) {
    html_advice_section(out, *m.advice, tag);
    out += fmt::format("</section>\n<section>\n<h2>{}</h2>\n<figure>\n{}</figure>\n",
                       html_escape(tr(CaseMsg::ladder, tag)),
                       ladder_svg(m.ladder, tr(CaseMsg::ladder, tag)));
  } else if (m.needs) {
    out += fmt::format("<p>{} {}</p>\n", html_escape(tr(Msg::needs_input, tag)),
                       html_escape(m.needs->question->prompt.plain(file.language)));
  }
  out += fmt::format("</section>\n<section>\n<h2>{}</h2>\n<dl class=\"answers\">\n",
                     html_escape(tr(CaseMsg::answers_given, tag)));
  for (const auto& [question, answer] : m.answers)
    out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", html_escape(question), html_escape(answer));
  out += fmt::format("</dl>\n</section>\n<section class=\"record\">\n<h2>{}</h2>\n<ul>\n",
                     html_escape(tr(CaseMsg::record, tag)));
  for (const RecordLine& line : m.record)
    out += fmt::format("<li>{} — {}</li>\n", format_date(line.day, tag), html_escape(line.text));
  out += "</ul>\n</section>\n</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace escalate
