// Text rendering of advice and questions for terminals. Every block is laid out
// as styled text and wrapped to the width on its visible columns; colour is
// applied last (styled_text.hpp), so it can never change or break the layout.
#include "escalate/render_text.hpp"

#include <fmt/format.h>

#include "escalate/answers.hpp"
#include "escalate/describe.hpp"
#include "escalate/locale_format.hpp"
#include "escalate/messages.hpp"
#include "escalate/utf8.hpp"
#include "styled_text.hpp"

namespace escalate {
namespace {

// The hanging indent under a label column ("  phone       "), and the label padded to it.
constexpr std::size_t kLabelColumns = 14;

std::string padded(std::string_view label, std::size_t columns) {
  const std::size_t used = display_width(label);
  return std::string(label) + std::string(used < columns ? columns - used : 1, ' ');
}

// A page being laid out: each block is wrapped as it is added.
class Page {
 public:
  explicit Page(std::size_t width) : width_(width) {}

  void block(const Styled& text, std::string_view indent = "",
             const Styled* first_indent = nullptr) {
    wrap_into(out_, text, width_, indent, first_indent);
  }
  // The first line at the margin, the others indented under it.
  void hanging(const Styled& text, std::string_view indent = "  ") {
    const Styled margin;
    block(text, indent, &margin);
  }
  // "  label text…" with the text hanging under itself.
  void labelled(std::string_view label, const Styled& text, std::size_t columns,
                Tone label_tone = Tone::plain) {
    const Styled first(padded(label, columns), label_tone);
    block(text, std::string(columns, ' '), &first);
  }
  void heading(std::string_view text) { hanging(Styled(text, Tone::heading)); }
  void blank() { out_.append("\n"); }
  std::string finish(bool color) {
    std::string text = paint(out_, color);
    while (text.size() > 1 && text.ends_with("\n\n")) text.pop_back();
    return text;
  }

 private:
  std::size_t width_;
  Styled out_;
};

// The marks the ladder uses, each with its meaning, in the ladder's order.
std::string legend(const Advice& result, const std::string& tag) {
  const std::pair<RungState, std::pair<const char*, Msg>> marks[] = {
      {RungState::passed, {"✓", Msg::legend_passed}},
      {RungState::skipped, {"–", Msg::legend_skipped}},
      {RungState::current, {"▶", Msg::legend_current}},
      {RungState::ahead, {"·", Msg::legend_ahead}}};
  std::vector<std::string> parts;
  for (const auto& entry : marks) {
    const RungState state = entry.first;  // clang 14 cannot capture a structured binding
    if (std::any_of(result.ladder.begin(), result.ladder.end(),
                    [&](const Rung& r) { return r.state == state; })) {
      // No-break spaces inside an item, so a narrow terminal wraps only between items.
      std::string item = fmt::format("{} {}", entry.second.first, tr(entry.second.second, tag));
      for (std::size_t at = item.find(' '); at != std::string::npos; at = item.find(' ', at + 2))
        item.replace(at, 1, "\u00a0");
      parts.push_back(std::move(item));
    }
  }
  return fmt::format("{}", fmt::join(parts, "   "));
}

void ladder(Page& page, const Advice& result, const std::string& tag) {
  page.heading(tr(Msg::where_you_are, tag));
  for (const Rung& rung : result.ladder) {
    const std::string name = rung.channel->name.plain(result.language);
    const auto [mark, tone] = rung.state == RungState::passed    ? std::pair{"✓ ", Tone::dim}
                              : rung.state == RungState::skipped ? std::pair{"– ", Tone::dim}
                              : rung.state == RungState::current ? std::pair{"▶ ", Tone::good}
                                                                 : std::pair{"· ", Tone::plain};
    Styled first("  ");
    first.append(mark, tone);
    page.block(Styled(name, tone), "    ", &first);
  }
  page.block(Styled(legend(result, tag), Tone::dim), "  ");
}

// The value part of "-a id=<…>": what is accepted, never an answer chosen for the person.
std::string flag_placeholder(const Question& q, const std::string& tag) {
  std::vector<std::string> values;
  switch (q.type) {
    case QuestionType::boolean:
      return fmt::format("<{}|{}>", tr(Msg::yes, tag), tr(Msg::no, tag));
    case QuestionType::choice:
      for (const Option& o : q.options) values.push_back(o.value);
      return fmt::format("<{}>", fmt::join(values, "|"));
    case QuestionType::multi:
      for (const Option& o : q.options) values.push_back(o.value);
      return fmt::format("<{}>[,…]", fmt::join(values, "|"));
    case QuestionType::number:
      return fmt::format("<{}>", tr(Msg::placeholder_number, tag));
    case QuestionType::date:
      return fmt::format("<{}>", tr(Msg::placeholder_date, tag));
    case QuestionType::text:
      return fmt::format("<{}>", tr(Msg::placeholder_text, tag));
  }
  return "<…>";
}

}  // namespace

std::string days_text(std::int64_t days, std::string_view tag) {
  if (days == 0) return std::string(tr(Msg::due_today, tag));
  if (days == 1) return std::string(tr(Msg::due_tomorrow, tag));
  if (days == -1) return std::string(tr(Msg::days_ago_one, tag));
  if (days < 0) return trf(Msg::days_ago, tag, -days);
  return trf(Msg::days_left, tag, days);
}

std::string wrap(std::string_view text, std::size_t width, std::string_view indent,
                 std::optional<std::string_view> first_indent) {
  const Styled first = first_indent ? Styled(*first_indent) : Styled();
  return wrap_styled(Styled(text), width, indent, first_indent ? &first : nullptr).text();
}

std::string render_advice(const RuleSet& rules, const Advice& result, const TextStyle& style) {
  const std::string& tag = rules.languages.at(result.language);
  const std::size_t lang = result.language;
  Page page(style.width);
  if (!result.step) {
    page.hanging(Styled(tr(Msg::no_advice, tag)), "");
    return page.finish(style.color);
  }
  page.hanging(Styled(fmt::format("▶ {}", result.title), Tone::bold));
  page.blank();
  if (result.step->kind != StepKind::done && !result.ladder.empty()) {
    ladder(page, result, tag);
    page.blank();
  }
  page.heading(tr(Msg::what_to_do, tag));
  page.block(Styled(result.action), "  ");
  const Styled note_mark("  ! ", Tone::warn);
  for (const NoteView& note : result.notes) {
    page.blank();
    page.block(Styled(note.text), "    ", &note_mark);
  }
  page.blank();
  if (result.channel) {
    const ChannelView& c = *result.channel;
    page.hanging(Styled(fmt::format("{} · {}", tr(Msg::contacts, tag), c.name), Tone::heading));
    for (const ContactView& contact : c.contacts) {
      Styled line(contact.value, Tone::bold);
      if (!contact.hours.empty()) line.append(fmt::format("  ({})", contact.hours));
      page.labelled(fmt::format("  {}", contact_kind_label(contact.kind, tag)), line,
                    kLabelColumns);
      if (!contact.note.empty()) page.block(Styled(contact.note), std::string(kLabelColumns, ' '));
    }
    if (!c.response_time.empty()) {
      page.block(Styled(fmt::format("{}: {}", tr(Msg::response_time, tag), c.response_time)), "  ");
    }
    const Styled bullet("  • ");
    for (const std::string& tip : c.tips) page.block(Styled(tip), "    ", &bullet);
    page.blank();
  }
  if (!result.deadlines.empty()) {
    page.heading(tr(Msg::deadlines, tag));
    for (const DeadlineResult& d : result.deadlines) {
      Styled line(d.label);
      line.append(" (");
      line.append(days_text(d.days_left, tag), d.days_left < 0 ? Tone::warn : Tone::plain);
      line.append(")");
      Styled date("  ");
      date.append(format_date(d.date, tag), Tone::bold);
      date.append("  ");
      page.block(line, std::string(kLabelColumns, ' '), &date);
      if (d.basis) {
        const std::size_t basis_lang = std::min(lang, d.basis->title.languages() - 1);
        page.block(Styled(fmt::format("{}: {}", tr(Msg::legal_basis, tag),
                                      d.basis->title.plain(basis_lang))),
                   std::string(kLabelColumns, ' '));
      }
    }
    page.blank();
  }
  if (!result.documents.empty()) {
    page.heading(tr(Msg::documents_checklist, tag));
    const Styled box("  [ ] ");
    for (const DocumentView& d : result.documents) {
      page.block(Styled(d.label), "      ", &box);
      if (!d.hint.empty()) page.block(Styled(d.hint), "      ");
    }
    page.blank();
  }
  if (!result.then.empty()) {
    page.heading(tr(Msg::if_not_solved, tag));
    page.block(Styled(result.then), "  ");
  }
  return page.finish(style.color);
}

std::string render_question(const RuleSet& rules, const Question& question, std::size_t language,
                            const TextStyle& style) {
  const std::string& tag = rules.languages.at(language);
  Page page(style.width);
  page.hanging(Styled(question.prompt.plain(language), Tone::bold), "");
  for (std::size_t i = 0; i < question.options.size(); ++i) {
    const Styled number(fmt::format("  {:>2}) ", i + 1));
    page.block(Styled(question.options[i].label.plain(language)), "      ", &number);
  }
  if (question.type == QuestionType::boolean) {
    page.block(Styled(fmt::format("({} / {})", tr(Msg::yes, tag), tr(Msg::no, tag)), Tone::dim),
               "  ");
  }
  return page.finish(style.color);
}

std::string render_needs_input(const RuleSet& rules, const NeedsInput& result,
                               const TextStyle& style) {
  const std::string& tag = rules.languages.at(result.language);
  const Question& q = *result.question;
  const AnswerContext context{rules, result.language, result.today};
  Page page(style.width);
  page.heading(tr(Msg::needs_input, tag));
  page.block(Styled(q.prompt.plain(result.language)), "  ");
  if (q.help) page.block(Styled(q.help->plain(result.language), Tone::dim), "  ");
  if (result.for_step) {
    page.block(Styled(fmt::format("{}: {}", tr(Msg::for_step, tag),
                                  result.for_step->title.plain(result.language))),
               "  ");
  }
  page.blank();
  if (!q.options.empty()) {
    for (const Option& o : q.options) {
      page.labelled(fmt::format("  {}", o.value), Styled(o.label.plain(result.language)), 27);
    }
  } else {
    page.block(
        Styled(fmt::format("{}: {}", tr(Msg::accepted_values, tag), accepted_values(q, context))),
        "  ");
  }
  if (q.allow_unknown) {
    page.block(Styled(fmt::format("{} (-a {}=unknown)", tr(Msg::may_answer_unknown, tag), q.id)),
               "  ");
  }
  page.blank();
  Styled add(fmt::format("{}: ", tr(Msg::add_flag, tag)));
  add.append(fmt::format("-a {}={}", q.id, flag_placeholder(q, tag)), Tone::bold);
  page.hanging(add);
  return page.finish(style.color);
}

}  // namespace escalate
