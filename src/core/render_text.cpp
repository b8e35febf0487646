// Text rendering of advice and questions for terminals.
#include "escalate/render_text.hpp"

#include <fmt/format.h>

#include "escalate/answers.hpp"
#include "escalate/describe.hpp"
#include "escalate/locale_format.hpp"
#include "escalate/messages.hpp"

namespace escalate {
namespace {

std::size_t columns(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

struct Paint {
  bool on;
  std::string operator()(std::string_view text, const char* code) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }
  std::string bold(std::string_view t) const { return (*this)(t, "1"); }
  std::string heading(std::string_view t) const { return (*this)(t, "1;36"); }
  std::string good(std::string_view t) const { return (*this)(t, "1;32"); }
  std::string warn(std::string_view t) const { return (*this)(t, "1;31"); }
  std::string dim(std::string_view t) const { return (*this)(t, "2"); }
};

Msg contact_label(const std::string& kind) {
  if (kind == "phone") return Msg::contact_phone;
  if (kind == "web") return Msg::contact_web;
  if (kind == "email") return Msg::contact_email;
  if (kind == "app") return Msg::contact_app;
  if (kind == "in_person") return Msg::contact_in_person;
  return Msg::contact_mail;
}

std::string days_text(std::int64_t days, const std::string& tag) {
  if (days == 0) return std::string(tr(Msg::due_today, tag));
  if (days == 1) return std::string(tr(Msg::due_tomorrow, tag));
  if (days == -1) return std::string(tr(Msg::days_ago_one, tag));
  if (days < 0) return trf(Msg::days_ago, tag, -days);
  return trf(Msg::days_left, tag, days);
}

}  // namespace

std::string wrap(std::string_view text, std::size_t width, std::string_view indent,
                 std::optional<std::string_view> first_indent) {
  std::string out;
  const std::size_t room = width > columns(indent) + 20 ? width - columns(indent) : 20;
  bool first = true;
  auto emit = [&](const std::string& line) {
    out += fmt::format("{}{}\n", first && first_indent ? *first_indent : indent, line);
    first = false;
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::string_view paragraph = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    std::string line;
    std::size_t pos = 0;
    bool any = false;
    while (pos < paragraph.size()) {
      const std::size_t space = paragraph.find(' ', pos);
      const std::string_view word = paragraph.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
      pos = space == std::string_view::npos ? paragraph.size() : space + 1;
      if (word.empty()) continue;
      if (!line.empty() && columns(line) + 1 + columns(word) > room) {
        emit(line);
        line.clear();
      }
      line += line.empty() ? std::string(word) : " " + std::string(word);
      any = true;
    }
    if (any || paragraph.empty()) emit(line);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::string render_advice(const RuleSet& rules, const Result& result, const TextStyle& style) {
  const Paint paint{style.color};
  const std::string& tag = rules.languages.at(result.language);
  const std::size_t lang = result.language;
  std::string out;
  if (!result.step) return wrap(tr(Msg::no_advice, tag), style.width, "");

  out += paint.bold(fmt::format("▶ {}", result.title)) + "\n\n";
  if (result.step->kind != StepKind::done && !result.ladder.empty()) {
    out += paint.heading(tr(Msg::where_you_are, tag)) + "\n";
    for (const Rung& rung : result.ladder) {
      const std::string name = plain_text(rung.channel->name, lang);
      switch (rung.state) {
        case RungState::passed: out += "  " + paint.dim(fmt::format("✓ {}", name)) + "\n"; break;
        case RungState::current: out += "  " + paint.good(fmt::format("▶ {}", name)) + "\n"; break;
        case RungState::ahead: out += fmt::format("  · {}\n", name); break;
      }
    }
    out += "\n";
  }
  out += paint.heading(tr(Msg::what_to_do, tag)) + "\n" + wrap(result.action, style.width, "  ") + "\n";
  if (result.channel) {
    const ChannelView& c = *result.channel;
    out += paint.heading(fmt::format("{} · {}", tr(Msg::contacts, tag), c.name)) + "\n";
    for (const ContactView& contact : c.contacts) {
      std::string line = fmt::format("  {:<11} {}", tr(contact_label(contact.kind), tag), paint.bold(contact.value));
      if (!contact.hours.empty()) line += fmt::format("  ({})", contact.hours);
      out += line + "\n";
      if (!contact.note.empty()) out += wrap(contact.note, style.width, "              ");
    }
    if (!c.response_time.empty()) {
      out += wrap(fmt::format("{}: {}", tr(Msg::response_time, tag), c.response_time), style.width, "  ");
    }
    for (const std::string& tip : c.tips) out += wrap(tip, style.width, "    ", "  • ");
    out += "\n";
  }
  if (!result.deadlines.empty()) {
    out += paint.heading(tr(Msg::deadlines, tag)) + "\n";
    for (const DeadlineResult& d : result.deadlines) {
      const std::string when = days_text(d.days_left, tag);
      const std::string date = format_date(d.date, tag);
      // Wrapped without colour (escapes have no width), then the date painted.
      std::string line = wrap(fmt::format("{}  ({})", d.label, when), style.width, "              ",
                              fmt::format("  {}  ", date));
      if (style.color) {
        line.replace(line.find(date), date.size(), paint.bold(date));
        if (d.days_left < 0) line.replace(line.rfind(when), when.size(), paint.warn(when));
      }
      out += line;
      if (d.basis) {
        out += wrap(fmt::format("{}: {}", tr(Msg::legal_basis, tag), plain_text(d.basis->title, std::min(lang, d.basis->title.languages() - 1))),
                    style.width, "              ");
      }
    }
    out += "\n";
  }
  if (!result.documents.empty()) {
    out += paint.heading(tr(Msg::documents_checklist, tag)) + "\n";
    for (const DocumentView& d : result.documents) {
      out += fmt::format("  [ ] {}\n", d.label);
      if (!d.hint.empty()) out += wrap(d.hint, style.width, "      ");
    }
    out += "\n";
  }
  if (!result.then.empty()) {
    out += paint.heading(tr(Msg::if_not_solved, tag)) + "\n" + wrap(result.then, style.width, "  ");
  }
  while (out.size() > 1 && out.ends_with("\n\n")) out.pop_back();
  return out;
}

std::string render_question(const Question& question, std::size_t language, const TextStyle& style) {
  const Paint paint{style.color};
  std::string out = paint.bold(wrap(plain_text(question.prompt, language), style.width, ""));
  for (std::size_t i = 0; i < question.options.size(); ++i) {
    out += wrap(plain_text(question.options[i].label, language), style.width, "      ",
                fmt::format("  {:>2}) ", i + 1));
  }
  return out;
}

std::string render_needs_input(const RuleSet& rules, const Result& result, const TextStyle& style) {
  const Paint paint{style.color};
  const std::string& tag = rules.languages.at(result.language);
  const Question& q = *result.question;
  const AnswerContext context{rules, result.language, result.today};
  std::string out = paint.heading(tr(Msg::needs_input, tag)) + "\n";
  out += wrap(plain_text(q.prompt, result.language), style.width, "  ");
  if (q.help) out += paint.dim(wrap(plain_text(*q.help, result.language), style.width, "  "));
  if (result.for_step) {
    out += wrap(fmt::format("{}: {}", tr(Msg::for_step, tag), plain_text(result.for_step->title, result.language)),
                style.width, "  ");
  }
  out += "\n";
  if (!q.options.empty()) {
    for (const Option& o : q.options) out += fmt::format("  {:<24} {}\n", o.value, plain_text(o.label, result.language));
  } else {
    out += wrap(fmt::format("{}: {}", tr(Msg::accepted_values, tag), accepted_values(q, context)), style.width, "  ");
  }
  if (q.allow_unknown) out += wrap(fmt::format("{} (-a {}=unknown)", tr(Msg::may_answer_unknown, tag), q.id), style.width, "  ");
  std::string example = "VALUE";
  switch (q.type) {
    case QuestionType::boolean: example = std::string(tr(Msg::yes, tag)); break;
    case QuestionType::choice:
    case QuestionType::multi: example = q.options.front().value; break;
    case QuestionType::date: example = result.today.iso(); break;
    default: break;
  }
  out += fmt::format("\n{}: {}\n", tr(Msg::add_flag, tag), paint.bold(fmt::format("-a {}={}", q.id, example)));
  return out;
}

}  // namespace escalate
