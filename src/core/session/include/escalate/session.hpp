// The interactive session as a pure state machine: it is given each line the
// person types and returns the text to show next, so the terminal loop in the
// CLI stays thin and the dialogue can be tested without a terminal.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "escalate/engine.hpp"
#include "escalate/messages.hpp"
#include "escalate/render_text.hpp"

namespace escalate {

// The longest line the session reads as an answer; the terminal loop may pass
// a longer line cut to kMaxTypedLine + 1 bytes, which is refused with a reason.
inline constexpr std::size_t kMaxTypedLine = 64u << 10;

class Session {
 public:
  // `dialogue` is how the questions are shown, `advice` how the final advice is;
  // they differ when the dialogue is on a terminal and the advice goes to a file.
  Session(const RuleSet& rules, Date today, std::size_t language, TextStyle dialogue,
          TextStyle advice);
  Session(const RuleSet& rules, Date today, std::size_t language, TextStyle style);

  enum class Outcome {
    asking,   // a question (or a message) is on screen, waiting for a line
    advised,  // the session ended with the advice
    quit,     // the person ended it before the advice
    failed,   // the rules could not be evaluated for this case; `problem` says why
  };

  struct Reply {
    Reply() = default;
    explicit Reply(std::string text_, std::string advice_ = {}, Outcome outcome_ = Outcome::asking,
                   std::optional<Problem> problem_ = std::nullopt)
        : text(std::move(text_)),
          advice(std::move(advice_)),
          outcome(outcome_),
          problem(std::move(problem_)) {}

    std::string text;    // the dialogue: to show, ending with the prompt while asking
    std::string advice;  // the advice screen, when advised
    Outcome outcome = Outcome::asking;
    std::optional<Problem> problem;  // when failed

    bool finished() const { return outcome != Outcome::asking; }
  };

  // Before start(): a case taken up again. Its answers are kept; the questions
  // in `recheck` are asked again first, each with its answer as the default
  // (Enter keeps it); `preface` (what fell due since) is shown before them.
  void resume(const Json& answers, std::vector<std::string> recheck, std::string preface);

  // The greeting and the first question (or the advice, when nothing is needed).
  Reply start();
  // One line typed by the person: an answer or a command (?, help, why, back, review, skip,
  // quit, in English or in the session's language: voltar, zurück, …).
  Reply handle(std::string_view line);

  const Json& answers() const { return answers_; }

  struct AnswerChange {
    std::string question;
    Json value;
    bool kept = false;  // asked again and kept as it was
  };
  // The answers given (or kept) since the last call, oldest first: what a case file records.
  std::vector<AnswerChange> take_changes() { return std::exchange(changes_, {}); }
  // Shown when input ends (Ctrl-D) or on Ctrl-C.
  std::string ended_text() const;

 private:
  Reply next();  // decide, then ask or advise
  Reply ask(const Question& question, std::string preface);
  Reply answer(const Question& question, std::string_view text);
  Reply accept(const Question& question, Json value);
  Reply review(std::string_view text);
  Reply run(Command command, const Question& question);
  Reply reask(const std::string& id);
  Reply after_recheck(const Question& question);     // the next question to check again, or next()
  bool rechecking(const Question& question) const {  // the resumed answer being checked again
    return !recheck_.empty() && recheck_.front() == question.id;
  }
  std::string prompt_line() const;
  std::string review_prompt() const;
  Reply say(std::string text) const;  // a message, then the prompt again
  const std::string& tag() const { return rules_.languages.at(language_); }

  const RuleSet& rules_;
  Date today_;
  std::size_t language_;
  TextStyle style_;
  TextStyle advice_style_;
  Json answers_ = Json::object();
  std::vector<std::string> history_;              // questions answered, in order
  std::map<std::string, const Step*> asked_for_;  // the step each question was asked for
  const Question* asking_ = nullptr;              // the question on screen
  const Step* deciding_ = nullptr;                // the step it decides
  bool forced_ = false;                           // re-asking an answered question (back, review)
  bool reviewing_ = false;                        // waiting for a number from the review list
  std::vector<std::string> recheck_;              // resumed answers still to check again
  std::string preface_;                           // shown before the first question
  std::vector<AnswerChange> changes_;
};

}  // namespace escalate
