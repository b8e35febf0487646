// The interactive session as a state machine (escalate::Session) on the engine
// fixture: answers, re-asking on invalid input, ?, why, back, review, skip and quit.
#include "escalate/session.hpp"

#include <catch2/catch.hpp>
#include <regex>

#include "escalate/utf8.hpp"
#include "rules_support.hpp"

namespace escalate {
namespace session_test {

using Catch::Contains;

// Wide lines so that no message is wrapped in the middle of what a test looks for.
Session make_session(std::size_t language = test::kEn) {
  return Session(test::engine_rules(), test::fixture_today(), language, TextStyle{false, 1000});
}

// Feeds lines one by one; returns the last reply.
Session::Reply feed(Session& s, std::initializer_list<std::string_view> lines) {
  Session::Reply reply;
  for (std::string_view line : lines) {
    REQUIRE_FALSE(reply.finished());
    reply = s.handle(line);
  }
  return reply;
}

bool asks_again(const Session::Reply& r) { return !r.finished() && r.text.ends_with("> "); }

TEST_CASE("a session greets, asks only what is needed and ends with the advice", "[session]") {
  Session s = make_session();
  const Session::Reply first = s.start();
  CHECK_THAT(first.text, Contains("Engine test fixture") && Contains("Have you contacted A?"));
  CHECK(asks_again(first));
  Session::Reply r = s.handle("yes");
  CHECK_THAT(r.text, Contains("What did A do?") && Contains("1) Solved it") &&
                         Contains("3) Answered, not solved"));
  r = s.handle("3");
  CHECK_THAT(r.text, Contains("Did B fail to help?"));
  r = s.handle("no");
  CHECK_THAT(r.text, Contains("When did you contact A?"));  // go_b's deadline needs it
  r = s.handle("03/11/2026");
  CHECK_THAT(r.text, Contains("How much do you claim?"));  // go_b's action needs it
  r = s.handle("1621");
  CHECK(r.finished());
  CHECK(r.outcome == Session::Outcome::advised);
  CHECK_THAT(r.advice, Contains("Go to B") && Contains("R$ 1,621.00") && Contains("2026-12-03"));
  CHECK(s.answers() == Json({{"contacted_a", true},
                             {"outcome_a", "unsatisfactory"},
                             {"b_failed", false},
                             {"date_a", "2026-11-03"},
                             {"claim", 1621.0}}));
}

TEST_CASE("a session in another language asks and advises in that language", "[session]") {
  Session s = make_session(test::kPt);
  CHECK_THAT(s.start().text, Contains("Você já procurou A?"));
  const Session::Reply r = feed(s, {"sim", "r"});
  CHECK(r.finished());
  CHECK_THAT(r.advice, Contains("Resolvido") && Contains("Nada mais a fazer."));
}

TEST_CASE("an invalid answer re-asks with the reason and changes nothing", "[session]") {
  Session s = make_session();
  s.start();
  Session::Reply r = s.handle("perhaps");
  CHECK(asks_again(r));
  // A person sees no question id: only what was typed and what is accepted.
  CHECK_THAT(r.text, Contains("'perhaps' is not an answer to this question") &&
                         Contains("yes or no") && Contains("Please try again."));
  CHECK_THAT(r.text, !Contains("contacted_a"));
  CHECK(s.answers().empty());
  r = s.handle("yes");
  CHECK_THAT(r.text, Contains("What did A do?"));
  r = s.handle("ph");  // a prefix of no option
  CHECK_THAT(r.text, Contains("the number of one of the options above (1 to 3)"));
  CHECK_THAT(r.text, !Contains("resolved") && !Contains("unsatisfactory"));
  CHECK(asks_again(r));
  r = s.handle("");  // Enter alone
  CHECK_THAT(r.text,
             Contains("An answer is needed: the number of one of the options above (1 to 3)"));
  r = s.handle("answered");  // the start of an option's label, in the session's language
  CHECK(s.answers() == Json({{"contacted_a", true}, {"outcome_a", "unsatisfactory"}}));
}

TEST_CASE("? and help show the question's help and what it accepts", "[session]") {
  Session s = make_session();
  s.start();
  Session::Reply r = s.handle("?");
  CHECK(asks_again(r));
  CHECK_THAT(r.text, Contains("Any contact counts.") && Contains("Accepted: yes or no"));
  r = feed(s, {"yes", "help"});  // outcome_a has no help text: what is accepted, and the commands
  CHECK_THAT(r.text, Contains("Accepted: the number of one of the options above (1 to 3)") &&
                         Contains("Commands: ? or help") && Contains("review (see and change"));
  CHECK_THAT(r.text, !Contains("No further help"));
  CHECK(s.answers() == Json({{"contacted_a", true}}));
}

TEST_CASE("why names the title of the step the question decides", "[session]") {
  Session s = make_session();
  s.start();
  CHECK_THAT(s.handle("why").text,
             Contains("This answer decides whether the next step is: Contact A"));
  CHECK_THAT(feed(s, {"yes", "why"}).text,
             Contains("This answer decides whether the next step is: Solved"));
  CHECK_THAT(feed(s, {"pending", "why"}).text,
             Contains("This answer decides whether the next step is: Wait for A"));
}

TEST_CASE("why after back names the step the re-asked question decides", "[session]") {
  // contacted_a decides start_a ("Contact A"), whichever question was on screen before
  Session s = make_session();
  s.start();
  feed(s, {"yes", "back"});
  CHECK_THAT(s.handle("why").text,
             Contains("This answer decides whether the next step is: Contact A"));
  // the same through review: question 1 is contacted_a
  Session t = make_session();
  t.start();
  feed(t, {"yes", "review", "1"});
  CHECK_THAT(t.handle("why").text,
             Contains("This answer decides whether the next step is: Contact A"));
}

TEST_CASE("back re-asks the previous question showing its answer, and Enter keeps it",
          "[session]") {
  Session s = make_session();
  s.start();
  Session::Reply r = feed(s, {"yes", "back"});
  CHECK_THAT(r.text, Contains("Have you contacted A?") && Contains("(current answer: yes)"));
  r = s.handle("");
  CHECK_THAT(r.text, Contains("What did A do?"));
  CHECK(s.answers() == Json({{"contacted_a", true}}));
}

TEST_CASE("back at the first question says so", "[session]") {
  Session s = make_session();
  s.start();
  const Session::Reply r = s.handle("back");
  CHECK_THAT(r.text, Contains("This is the first question."));
  CHECK(asks_again(r));
}

TEST_CASE("back walks further back and a changed answer changes the advice, keeping the others",
          "[session]") {
  Session s = make_session();
  s.start();
  Session::Reply r = feed(s, {"yes", "unsatisfactory", "no"});
  CHECK_THAT(r.text, Contains("When did you contact A?"));
  CHECK_THAT(s.handle("back").text,
             Contains("Did B fail to help?") && Contains("(current answer: no)"));
  CHECK_THAT(s.handle("back").text,
             Contains("What did A do?") && Contains("(current answer: Answered, not solved)"));
  r = s.handle("resolved");
  CHECK(r.finished());
  CHECK_THAT(r.advice, Contains("Solved") && Contains("Nothing else to do."));
  // the answers given later are kept, not erased
  CHECK(s.answers().at("b_failed") == false);
  CHECK(s.answers().at("outcome_a") == "resolved");
}

TEST_CASE("review lists the answers and lets one be changed", "[session]") {
  Session s = make_session();
  s.start();
  feed(s, {"yes", "unsatisfactory"});
  Session::Reply r = s.handle("review");
  CHECK_THAT(r.text, Contains("Your answers:") && Contains("1) Have you contacted A? — yes") &&
                         Contains("2) What did A do? — Answered, not solved") &&
                         Contains("Number of the answer to change"));
  r = s.handle("9");
  CHECK_THAT(r.text, Contains("Please type a number from the list, or press Enter."));
  r = s.handle("1");
  CHECK_THAT(r.text, Contains("Have you contacted A?") && Contains("(current answer: yes)"));
  r = s.handle("no");
  CHECK_THAT(r.text, Contains("What else do you have?"));  // start_a now holds and needs extras
  r = s.handle("photos");
  CHECK(r.finished());
  CHECK_THAT(r.advice, Contains("Contact A") && Contains("[ ] Receipt") && Contains("[ ] Photos"));
}

TEST_CASE("review then Enter goes on with the question that was on screen", "[session]") {
  Session s = make_session();
  s.start();
  feed(s, {"yes", "review"});
  const Session::Reply r = s.handle("");
  CHECK_THAT(r.text, Contains("What did A do?"));
  CHECK(s.answers() == Json({{"contacted_a", true}}));
}

TEST_CASE("skip answers \"I don't know\" only where the question allows it", "[session]") {
  Session s = make_session();
  s.start();
  Session::Reply r = s.handle("skip");
  CHECK_THAT(r.text, Contains("This question cannot be skipped."));
  CHECK(asks_again(r));
  CHECK(s.answers().empty());
  r = feed(s, {"yes", "u", "yes"});
  CHECK_THAT(r.text, Contains("Which protocol number did A give you?"));
  r = s.handle("skip");
  CHECK(r.finished());
  CHECK_THAT(r.advice, Contains("Call hotline X"));
  CHECK(s.answers().at("protocol_a").is_null());
}

TEST_CASE("quit ends the session without advice", "[session]") {
  Session s = make_session(test::kDe);
  s.start();
  const Session::Reply r = feed(s, {"ja", "quit"});
  CHECK(r.finished());
  CHECK(r.outcome == Session::Outcome::quit);
  CHECK_THAT(r.text, Contains("Sitzung ohne Rat beendet."));
  CHECK_THAT(s.ended_text(), Contains("Sitzung ohne Rat beendet."));
}

TEST_CASE("an evaluation error ends the session with the problem, for the program to report",
          "[session]") {
  Session s = make_session();
  s.start();
  const Session::Reply r = feed(s, {"yes", "u", "yes", "123456", "web", "phone_log"});
  CHECK(r.finished());
  CHECK(r.outcome == Session::Outcome::failed);
  REQUIRE(r.problem);
  CHECK(r.problem->code == ProblemCode::evaluation_error);
  CHECK_THAT(r.problem->message, Contains("$.facts[2]"));
}

// The words a session's greeting advertises: "?" and the words of its hint line,
// "Type ? for help, why, back, review, skip or quit." in the session's language.
std::vector<std::string> advertised_words(const std::string& greeting) {
  std::vector<std::string> words{"?"};
  const auto at = greeting.find("? ");
  REQUIRE(at != std::string::npos);
  std::string list = greeting.substr(at + 2, greeting.find('.', at) - at - 2);
  list = list.substr(list.find(' ') + 1);  // "for", "para", "für"
  static const std::regex separator(R"(, | or | ou | oder )");
  for (auto it = std::sregex_token_iterator(list.begin(), list.end(), separator, -1);
       it != std::sregex_token_iterator(); ++it) {
    words.push_back(*it);
  }
  return words;
}

TEST_CASE("every command word a session advertises works in that session", "[session]") {
  // Reported: the banner offered "voltar", "sair", "pular", "revisar", "warum", "zurück", which
  // were taken as answers.
  for (std::size_t lang : {test::kEn, test::kPt, test::kDe}) {
    Session probe = make_session(lang);
    const std::string greeting = probe.start().text;
    const std::vector<std::string> words = advertised_words(greeting);
    INFO(greeting);
    REQUIRE(words.size() == 7u);
    for (const std::string& word : words) {
      INFO("typed: " << word);
      Session s = make_session(lang);
      s.start();
      s.handle(lang == test::kPt   ? "sim"
               : lang == test::kDe ? "ja"
                                   : "yes");  // a question with an answer before it
      const Session::Reply r = s.handle(word);
      // A command is never read as an answer: no "not a valid answer", and the answers are
      // unchanged.
      CHECK_THAT(r.text, !Contains("'" + word + "'"));
      CHECK(s.answers() == Json({{"contacted_a", true}}));
    }
  }
}

TEST_CASE("session commands work in the session's language and in English, typed in any case",
          "[session]") {
  Session pt = make_session(test::kPt);
  pt.start();
  feed(pt, {"sim"});
  CHECK_THAT(pt.handle("VOLTAR").text,
             Contains("Você já procurou A?") && Contains("resposta atual: sim"));
  CHECK_THAT(pt.handle("back").text, Contains("Esta é a primeira pergunta."));
  CHECK_THAT(pt.handle("Por quê").text, Contains("Esta resposta define o passo"));
  CHECK_THAT(pt.handle("revisar").text, Contains("Suas respostas:"));
  Session de = make_session(test::kDe);
  de.start();
  feed(de, {"ja"});
  CHECK_THAT(de.handle("Zurück").text, Contains("Haben Sie sich an A gewandt?"));
  const Session::Reply bye = de.handle("beenden");
  CHECK(bye.finished());
  CHECK(bye.outcome == Session::Outcome::quit);
  Session pt2 = make_session(test::kPt);
  pt2.start();
  CHECK(pt2.handle("sair").outcome == Session::Outcome::quit);
}

TEST_CASE("the review list is wrapped to the terminal's width", "[session]") {
  // Reported: at 50 columns the review list ran past the edge.
  Session s(test::engine_rules(), test::fixture_today(), test::kEn, TextStyle{false, 30});
  s.start();
  feed(s, {"yes", "unsatisfactory"});
  const std::string list = s.handle("review").text;
  for (std::size_t start = 0; start < list.size();) {
    const std::size_t end = std::min(list.find('\n', start), list.size());
    const std::string line = list.substr(start, end - start);
    INFO(line);
    CHECK(display_width(line) <= 30);
    start = end + 1;
  }
  CHECK_THAT(list, Contains("   1) Have you contacted A? —"));
  CHECK_THAT(list, Contains("   2) What did A do? —"));
}

TEST_CASE("the dialogue and the advice can have their own styles", "[session]") {
  // `escalate ask > advice.txt`: colour on the terminal, none in the file.
  Session s(test::engine_rules(), test::fixture_today(), test::kEn, TextStyle{true, 80},
            TextStyle{false, 80});
  CHECK_THAT(s.start().text, Contains("\x1b["));
  const Session::Reply r = feed(s, {"yes", "resolved"});
  CHECK(r.finished());
  CHECK(r.text.find("Nothing else to do.") == std::string::npos);
  CHECK_THAT(r.advice, Contains("Nothing else to do."));
  CHECK(r.advice.find('\x1b') == std::string::npos);
}

}  // namespace session_test
}  // namespace escalate
