// The interactive dialogue: ask what the engine needs, accept commands, re-ask
// on invalid input with the reason, and end with the advice screen.
#include "escalate/session.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "escalate/answers.hpp"
#include "escalate/case_words.hpp"
#include "escalate/messages.hpp"
#include "escalate/typed_text.hpp"
#include "escalate/utf8.hpp"
#include "question_paths.hpp"

namespace escalate {
namespace {

std::string lower_trimmed(std::string_view s) { return lower_utf8(trim(s)); }

// The command a typed line calls, in the session's language or in English.
std::optional<Command> command_of(const std::string& word, std::string_view language) {
  for (Command c : {Command::help, Command::why, Command::back, Command::review, Command::skip,
                    Command::quit}) {
    for (std::string_view tag : {language, std::string_view("en")}) {
      for (std::string_view w : command_words(c, tag)) {
        if (w == word) return c;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

Session::Session(const RuleSet& rules, Date today, std::size_t language, TextStyle style)
    : Session(rules, today, language, style, style) {}

Session::Session(const RuleSet& rules, Date today, std::size_t language, TextStyle dialogue,
                 TextStyle advice)
    : rules_(rules), today_(today), language_(language), style_(dialogue), advice_style_(advice) {}

std::string Session::prompt_line() const { return "> "; }

std::string Session::ended_text() const {
  return fmt::format("\n{}\n", tr(Msg::session_ended, tag()));
}

void Session::resume(const Json& answers, std::vector<std::string> recheck, std::string preface) {
  answers_ = answers;
  history_.clear();
  for (const Question& q : rules_.questions) {
    if (answers_.contains(q.id)) history_.push_back(q.id);
  }
  recheck_ = std::move(recheck);
  preface_ = std::move(preface);
}

Session::Reply Session::start() {
  std::string intro = wrap(rules_.title.plain(language_), style_.width, "") +
                      wrap(tr(Msg::session_hint, tag()), style_.width, "");
  if (!preface_.empty()) intro += "\n" + preface_;
  if (!recheck_.empty()) {
    intro += "\n" + wrap(tr(CaseMsg::recheck_intro, tag()), style_.width, "");
    Reply reply = reask(recheck_.front());
    reply.text = intro + reply.text;
    return reply;
  }
  Reply reply = next();
  reply.text = intro + reply.text;
  return reply;
}

Session::Reply Session::next() {
  forced_ = false;
  reviewing_ = false;
  Request request;
  request.answers = answers_;
  request.today = today_;
  request.language = language_;
  const Result result = decide(rules_, request);
  if (const auto* advice = std::get_if<Advice>(&result)) {
    return Reply("\n", render_advice(rules_, *advice, advice_style_), Outcome::advised,
                 std::nullopt);
  }
  if (const auto* problem = std::get_if<Problem>(&result))
    return Reply({}, {}, Outcome::failed, *problem);
  const NeedsInput& needs = std::get<NeedsInput>(result);
  deciding_ = needs.for_step;
  asked_for_[needs.question->id] = needs.for_step;
  return ask(*needs.question, "");
}

Session::Reply Session::ask(const Question& question, std::string preface) {
  asking_ = &question;
  std::string text =
      std::move(preface) + "\n" + render_question(rules_, question, language_, style_);
  if (answers_.contains(question.id)) {
    const AnswerContext context{rules_, language_, today_};
    text += wrap(fmt::format("({}: {})",
                             rechecking(question) ? tr(CaseMsg::enter_keeps, tag())
                                                  : tr(Msg::current_answer, tag()),
                             display_answer(question, answers_[question.id], context)),
                 style_.width, "   ", "  ");
  }
  return Reply(text + prompt_line());
}

// Back and review: the question again, its current answer shown, and `why`
// naming the step it was asked for.
Session::Reply Session::reask(const std::string& id) {
  forced_ = true;
  const auto it = asked_for_.find(id);
  deciding_ = it == asked_for_.end() ? nullptr : it->second;
  return ask(*rules_.find_question(id), "");
}

Session::Reply Session::answer(const Question& question, std::string_view text) {
  const AnswerContext context{rules_, language_, today_, true};
  Expected<Json> parsed = parse_answer_text(question, text, context);
  if (!parsed) {
    const std::string& reason = parsed.problem().message;
    const bool stop =
        !reason.empty() && (reason.back() == '.' || reason.back() == '?' || reason.back() == '!');
    return say(wrap(fmt::format("{}{} {}", reason, stop ? "" : ".", tr(Msg::try_again, tag())),
                    style_.width, ""));
  }
  return accept(question, std::move(parsed).value());
}

// An answer is kept and becomes the latest in the history; then on to what is needed next.
Session::Reply Session::accept(const Question& question, Json value) {
  changes_.push_back({question.id, value, false});
  answers_[question.id] = std::move(value);
  std::erase(history_, question.id);
  history_.push_back(question.id);
  return after_recheck(question);
}

Session::Reply Session::after_recheck(const Question& question) {
  if (rechecking(question)) {
    recheck_.erase(recheck_.begin());
    if (!recheck_.empty()) return reask(recheck_.front());
  }
  return next();
}

Session::Reply Session::review(std::string_view text) {
  const std::string choice = lower_trimmed(text);
  if (choice.empty()) return next();
  std::size_t n = 0;
  const bool number =
      std::all_of(choice.begin(), choice.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      choice.size() < 4;
  if (number) n = std::stoul(choice);
  if (!number || n < 1 || n > history_.size()) {
    return Reply(wrap(tr(Msg::review_invalid, tag()), style_.width, "") + review_prompt());
  }
  reviewing_ = false;
  return reask(history_[n - 1]);
}

// The review list's closing line, which waits for a number on the same line.
std::string Session::review_prompt() const {
  std::string prompt = wrap(tr(Msg::review_pick, tag()), style_.width, "");
  prompt.pop_back();  // the person types after it
  return prompt + " ";
}

Session::Reply Session::say(std::string text) const {
  return Reply(std::move(text) + prompt_line());
}

Session::Reply Session::handle(std::string_view line) {
  if (line.size() > kMaxTypedLine) {
    return say(wrap(trf(Msg::err_answer_too_long, tag(), kMaxTypedLine >> 10), style_.width, ""));
  }
  if (reviewing_) return review(line);
  if (!asking_) return next();
  const std::string word = lower_trimmed(line);
  const Question& question = *asking_;
  const std::optional<Command> command = command_of(word, tag());
  if (command) return run(*command, question);
  if (word.empty() && forced_ && answers_.contains(question.id)) {  // keep the answer
    if (rechecking(question)) changes_.push_back({question.id, answers_[question.id], true});
    return after_recheck(question);
  }
  return answer(question, line);
}

Session::Reply Session::run(Command command, const Question& question) {
  switch (command) {
    case Command::help: {
      const AnswerContext context{rules_, language_, today_, true};
      std::string help =
          question.help ? wrap(question.help->plain(language_), style_.width, "  ") : "";
      help += wrap(fmt::format("{}: {}", tr(Msg::accepted_values, tag()),
                               accepted_values(question, context)),
                   style_.width, "  ");
      return say(help + wrap(tr(Msg::session_commands, tag()), style_.width, "  "));
    }
    case Command::why:
      return say(wrap(why_text(rules_, question, deciding_, language_), style_.width, "  "));
    case Command::quit:
      return Reply(ended_text().substr(1), {}, Outcome::quit, std::nullopt);
    case Command::skip:
      if (!question.allow_unknown) return say(wrap(tr(Msg::cannot_skip, tag()), style_.width, ""));
      return accept(question, Json());  // "I don't know"
    case Command::back: {
      // The answer before the one on screen (or, when re-asking, before that one).
      auto it = std::find(history_.begin(), history_.end(), question.id);
      if (it == history_.begin() || history_.empty())
        return say(wrap(tr(Msg::first_question, tag()), style_.width, ""));
      return reask(*std::prev(it));
    }
    case Command::review: {
      if (history_.empty()) return say(wrap(tr(Msg::no_answers, tag()), style_.width, ""));
      const AnswerContext context{rules_, language_, today_};
      std::string text = wrap(tr(Msg::your_answers, tag()), style_.width, "");
      for (std::size_t i = 0; i < history_.size(); ++i) {
        const Question& q = *rules_.find_question(history_[i]);
        text += wrap(fmt::format("{} — {}", q.prompt.plain(language_),
                                 display_answer(q, answers_[q.id], context)),
                     style_.width, "      ", fmt::format("  {:>2}) ", i + 1));
      }
      reviewing_ = true;
      return Reply(text + review_prompt());
    }
  }
  return say({});
}

}  // namespace escalate
