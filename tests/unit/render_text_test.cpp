// Text rendering at every terminal width: every scenario result of the bundled
// and fixture rule sets, in the three languages, at widths 20 to 160, with and
// without colour. Colour never changes the visible text, no line is wider than
// the terminal unless it holds one word too long for any line, and wrapping
// only moves line breaks: no word is ever cut, lost or reordered.
#include "escalate/render_text.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <random>
#include <regex>
#include <set>

#include "ansi.hpp"
#include "answer_pool.hpp"
#include "escalate/result_json.hpp"
#include "escalate/scenarios.hpp"
#include "escalate/utf8.hpp"
#include "rules_support.hpp"

namespace escalate {
namespace render_text_test {

constexpr std::size_t kNarrowest = 20;
constexpr std::size_t kWidest = 160;

// Under AddressSanitizer the sweeps of the bundled scenarios take every width
// from 20 to 40, where layout gives way, then every 7th: the memory is the same
// code's at every width, and the dev build checks each width's layout.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSampleWidths = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSampleWidths = true;
#else
constexpr bool kSampleWidths = false;
#endif
#else
constexpr bool kSampleWidths = false;
#endif

constexpr std::size_t next_width(std::size_t width, bool sampled) {
  return sampled && width >= 40 ? width + 7 : width + 1;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The next word (a run of characters other than space and newline) from `at`, or an empty view.
std::string_view next_word(std::string_view text, std::size_t& at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\n')) ++at;
  const std::size_t start = at;
  while (at < text.size() && text[at] != ' ' && text[at] != '\n') ++at;
  return text.substr(start, at - start);
}

// Whether two texts hold the same words in the same order, whatever the spacing and line breaks.
bool same_words(std::string_view a, std::string_view b) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (true) {
    const std::string_view x = next_word(a, i);
    const std::string_view y = next_word(b, j);
    if (x != y) return false;
    if (x.empty()) return true;
  }
}

// A line may be wider than the terminal only when, after its margin and a label
// (a mark such as ▶ or [ ], an option number, or a label column such as a date
// or a contact kind followed by two spaces), it holds one word.
bool overflow_is_one_word(const std::string& line) {
  static const std::regex label(R"(^ *(?:(?:▶|✓|–|·|•|!|\[ \]|\d+\)) +|\S+(?: \S+)?  +)?)");
  const std::string rest =
      std::regex_replace(line, label, "", std::regex_constants::format_first_only);
  return !rest.empty() && rest.find(' ') == std::string::npos;
}

// Renders `render(style)` at every width, with and without colour, and checks the three properties.
template <typename Render>
void check_every_width(const std::string& what, Render render, bool sampled = false) {
  const std::string reference = render(TextStyle{false, kWidest});
  REQUIRE(reference.find_first_not_of(" \n") != std::string::npos);
  for (std::size_t width = kNarrowest; width <= kWidest; width = next_width(width, sampled)) {
    const std::string plain = render(TextStyle{false, width});
    const std::string colored = render(TextStyle{true, width});
    std::string too_wide;
    for (const std::string& line : lines_of(plain)) {
      if (display_width(line) > width && !overflow_is_one_word(line))
        too_wide += "'" + line + "'\n";
    }
    // One assertion per rendering: a hundred thousand renderings stay fast.
    if (plain.find('\x1b') != std::string::npos || test::strip_escapes(colored) != plain ||
        !same_words(plain, reference) || !too_wide.empty()) {
      INFO(what << " at width " << width << "\n" << plain);
      CHECK(plain.find('\x1b') == std::string::npos);
      CHECK(test::strip_escapes(colored) == plain);
      CHECK(same_words(plain, reference));
      CHECK(too_wide == "");
    }
  }
}

// Results of a rule set reached by walks with generated answers: every advice and
// every question met on the way, in each language.
std::vector<Result> walked_results(const RuleSet& rules, int walks) {
  std::vector<Result> results;
  std::set<std::string> seen;
  for (int seed = 0; seed < walks; ++seed) {
    std::mt19937 rng(static_cast<std::mt19937::result_type>(7000 + seed));
    const Date today = test::pick_today(rng);
    Json answers = Json::object();
    for (std::size_t round = 0; round <= rules.questions.size(); ++round) {
      for (std::size_t lang = 0; lang < rules.languages.size(); ++lang) {
        Result r = test::decide_on(rules, answers, today, lang);
        const std::string key = test::result_text(rules, r);
        if (seen.insert(key).second) results.push_back(std::move(r));
      }
      const Result r = test::decide_on(rules, answers, today, 0);
      const auto* needs = std::get_if<NeedsInput>(&r);
      if (!needs) break;
      answers[needs->question->id] =
          test::pick(test::candidates(rules, *needs->question, today), rng, seed % 4);
    }
  }
  return results;
}

// Results that render alike at the widest width in colour (the same words in the
// same structure: colour marks each part) render alike at every width, so each
// is swept once: many scenarios differ only in answers the screen does not show.
void check_results(const RuleSet& rules, const std::vector<Result>& results,
                   const std::string& name, bool sampled = false) {
  std::set<std::string> swept;
  for (const Result& r : results) {
    const std::string what = fmt::format("{} {}", name, test::result_text(rules, r));
    const TextStyle widest{true, kWidest};
    std::string key;
    if (const auto* advice = std::get_if<Advice>(&r)) {
      key = "advice\n" + render_advice(rules, *advice, widest);
    } else if (const auto* needs = std::get_if<NeedsInput>(&r)) {
      key = "needs\n" + render_needs_input(rules, *needs, widest) + "\n" +
            render_question(rules, *needs->question, needs->language, widest);
    }
    if (!key.empty() && !swept.insert(std::move(key)).second) continue;
    if (const auto* advice = std::get_if<Advice>(&r)) {
      check_every_width(
          what, [&](const TextStyle& style) { return render_advice(rules, *advice, style); },
          sampled);
    } else if (const auto* needs = std::get_if<NeedsInput>(&r)) {
      check_every_width(
          what, [&](const TextStyle& style) { return render_needs_input(rules, *needs, style); },
          sampled);
      check_every_width(
          what + " (question)",
          [&](const TextStyle& style) {
            return render_question(rules, *needs->question, needs->language, style);
          },
          sampled);
    }
  }
}

// The bundled rule set's scenarios in one language (one test case per language, so they run in
// parallel).
void check_bundled_scenarios(std::size_t lang) {
  const RuleSet& rules = test::rule_file("data/rules/br-claro-net.json");
  const auto text = test::read_text(test::source_dir() / "data/scenarios/br-claro-net.jsonl");
  REQUIRE(text);
  const Expected<std::vector<Scenario>> scenarios = parse_scenarios(*text);
  REQUIRE(scenarios);
  std::vector<Result> results;
  for (const Scenario& s : *scenarios) {
    results.push_back(
        test::decide_on(rules, s.answers, s.today.value_or(test::fixture_today()), lang));
  }
  REQUIRE(results.size() >= 100);
  check_results(rules, results, "br-claro-net", kSampleWidths);
}

TEST_CASE("every bundled scenario renders at widths 20-160, in colour or not, in Portuguese",
          "[render]") {
  check_bundled_scenarios(0);
}

TEST_CASE("every bundled scenario renders at widths 20-160, in colour or not, in English",
          "[render]") {
  check_bundled_scenarios(1);
}

TEST_CASE("every bundled scenario renders at widths 20-160, in colour or not, in German",
          "[render]") {
  check_bundled_scenarios(2);
}

TEST_CASE(
    "the fixture rule sets' results render at widths 20-160, in colour or not, in each language",
    "[render]") {
  for (const char* file :
       {"data/rules/example-shop.json", "tests/fixtures/rules/valid/engine.json",
        "tests/fixtures/rules/valid/full.json", "tests/fixtures/rules/valid/minimal.json",
        "tests/fixtures/rules/valid/docs_example.json"}) {
    const RuleSet& rules = test::rule_file(file);
    const std::vector<Result> results = walked_results(rules, 12);
    INFO(file);
    REQUIRE_FALSE(results.empty());
    check_results(rules, results, file);
  }
}

TEST_CASE(
    "the advice with a past deadline in colour, the case that crashed, renders at every width",
    "[render]") {
  // Reported: basic_string::replace threw out_of_range at many widths (e.g. de at 80 columns).
  const RuleSet& rules = test::rule_file("data/rules/br-claro-net.json");
  const Json answers = {{"issue", "billing_dispute"},   {"portal_tried", true},
                        {"sac_contacted", true},        {"sac_date", "2026-10-01"},
                        {"sac_protocol", "123456"},     {"sac_outcome", "pending"},
                        {"ombudsman_contacted", false}, {"go_now", "recommended"},
                        {"urgent_harm", true},          {"bill_paid", false}};
  for (std::size_t lang = 0; lang < 3; ++lang) {
    const Advice r = test::advice_of(test::decide_on(rules, answers, test::fixture_today(), lang));
    REQUIRE(std::any_of(r.deadlines.begin(), r.deadlines.end(),
                        [](const DeadlineResult& d) { return d.days_left < 0; }));
    check_every_width("past deadline",
                      [&](const TextStyle& style) { return render_advice(rules, r, style); });
  }
}

TEST_CASE("a word longer than the line stands on its own line, and no word is cut", "[render]") {
  const std::string url = "https://www.consumidor.gov.br/pages/principal/?1234567890";
  const std::string text = "Register at " + url + " with your gov.br account.";
  const std::string wrapped = wrap(text, 30, "  ");
  CHECK(wrapped == "  Register at\n  " + url + "\n  with your gov.br account.\n");
}

TEST_CASE(
    "a label too wide for a narrow line gets a line of its own; the text keeps a usable width",
    "[render]") {
  // 14 columns of label leave 6 at width 20: the label goes first, then the text under a shortened
  // indent.
  const std::string wrapped =
      wrap("Ombudsman's answer due (3 days left)", 20, "              ", "  29.11.2026  ");
  CHECK(wrapped ==
        "  29.11.2026\n        Ombudsman's\n        answer due\n        (3 days\n        left)\n");
}

TEST_CASE(
    "colour is applied after layout: a coloured span broken across lines is reset at each line end",
    "[render]") {
  // The advice title is bold; at 20 columns it takes several lines, each bold on its own.
  const RuleSet& rules = test::rule_file("data/rules/br-claro-net.json");
  const Advice r = test::advice_of(test::decide_on(rules,
                                                   {{"issue", "billing_dispute"},
                                                    {"go_now", "recommended"},
                                                    {"sac_contacted", false},
                                                    {"urgent_harm", false},
                                                    {"bill_paid", false}},
                                                   test::fixture_today(), test::kEn));
  const std::string colored = render_advice(rules, r, TextStyle{true, 20});
  const std::vector<std::string> lines = lines_of(colored);
  REQUIRE(lines.size() > 2);
  CHECK(lines[0].starts_with("\x1b[1m▶ "));
  CHECK(lines[0].ends_with("\x1b[0m"));
  CHECK(lines[1].starts_with("  \x1b[1m"));
}

}  // namespace render_text_test
}  // namespace escalate

namespace escalate {
namespace render_text_test {

TEST_CASE("the ladder's legend wraps only between its items, at any width", "[render]") {
  const RuleSet& rules = test::rule_file("data/rules/br-claro-net.json");
  const Json answers = {{"issue", "billing_dispute"},
                        {"go_now", "recommended"},
                        {"sac_contacted", false},
                        {"urgent_harm", false},
                        {"bill_paid", false}};
  const Advice advice =
      test::advice_of(test::decide_on(rules, answers, test::fixture_today(), test::kDe));
  for (std::size_t width = 20; width <= 100; ++width) {
    const std::string screen = render_advice(rules, advice, TextStyle{false, width});
    INFO("width " << width << "\n" << screen);
    // "noch vor Ihnen" never starts a line on its own: the item stays whole.
    CHECK(screen.find("·\u00a0noch\u00a0vor\u00a0Ihnen") != std::string::npos);
    CHECK(screen.find("\n  Ihnen\n") == std::string::npos);
  }
}

}  // namespace render_text_test
}  // namespace escalate
