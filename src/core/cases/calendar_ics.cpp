// Deadlines as iCalendar (RFC 5545): all-day events with a reminder the day
// before, UIDs stable across exports, lines folded at 75 octets, CRLF ends.
#include <fmt/format.h>

#include "escalate/case_words.hpp"
#include "escalate/dossier.hpp"
#include "escalate/version.hpp"

namespace escalate {
namespace {

// TEXT values: backslash, semicolon, comma and newline escaped.
std::string ics_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ';' || c == ',') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

// A content line folded at 75 octets (never inside a UTF-8 sequence), CRLF-ended.
std::string folded(std::string_view line) {
  std::string out;
  std::size_t width = 0;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t length = 1;
    const auto lead = static_cast<unsigned char>(line[i]);
    if (lead >= 0xF0)
      length = 4;
    else if (lead >= 0xE0)
      length = 3;
    else if (lead >= 0xC0)
      length = 2;
    length = std::min(length, line.size() - i);
    if (width + length > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line.substr(i, length));
    width += length;
    i += length;
  }
  return out + "\r\n";
}

std::string ics_date(Date date) {
  std::string iso = date.iso();
  std::erase(iso, '-');
  return iso;
}

}  // namespace

Expected<std::string> deadlines_ics(const RuleSet& rules, const CaseFile& file, Date today) {
  const Result result = decide(rules, case_request(file, today));
  if (const auto* problem = std::get_if<Problem>(&result)) return *problem;
  const std::string& tag = rules.languages.at(file.language);
  std::string out;
  auto line = [&out](std::string_view text) { out += folded(text); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line(fmt::format("PRODID:-//escalate//escalate {}//{}", version(), tag));
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line(fmt::format("X-WR-CALNAME:{}", ics_text(rules.title.plain(file.language))));
  if (const auto* advice = std::get_if<Advice>(&result)) {
    for (const DeadlineResult& d : advice->deadlines) {
      std::string description = advice->title;
      if (d.basis) {
        description +=
            fmt::format("\n{}: {}", tr(CaseMsg::basis, tag), d.basis->title.plain(file.language));
        if (!d.basis->url.empty()) description += "\n" + d.basis->url;
      }
      line("BEGIN:VEVENT");
      line(fmt::format("UID:{}-{}-{}@escalate", file.id, advice->step->id, d.id));
      // Each save of the case adds to its journal, so a later export carries a
      // higher SEQUENCE and a calendar that imports it again updates the event.
      line(fmt::format("SEQUENCE:{}", file.journal.size()));
      line(fmt::format("DTSTAMP:{}T000000Z", ics_date(today)));
      line(fmt::format("DTSTART;VALUE=DATE:{}", ics_date(d.date)));
      line(fmt::format("DTEND;VALUE=DATE:{}", ics_date(d.date.plus_days(1))));
      line(fmt::format("SUMMARY:{}", ics_text(d.label)));
      line(fmt::format("DESCRIPTION:{}", ics_text(description)));
      if (d.basis && !d.basis->url.empty()) line(fmt::format("URL:{}", d.basis->url));
      line("TRANSP:TRANSPARENT");
      line("BEGIN:VALARM");
      line("ACTION:DISPLAY");
      line(fmt::format("DESCRIPTION:{}", ics_text(trf(CaseMsg::reminder, tag, d.label))));
      line("TRIGGER;RELATED=START:-PT15H");  // 09:00 the day before
      line("END:VALARM");
      line("END:VEVENT");
    }
  }
  line("END:VCALENDAR");
  return out;
}

}  // namespace escalate
