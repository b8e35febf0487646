// escalate_load_bench: how long loading a rule set and deciding the next
// question take, in process, without the program's start-up and output.
//
//   escalate_load_bench RULES.json [ANSWERS.json] [--runs N] [--decide-runs N]
//                       [--today YYYY-MM-DD] [--only load|parse|decide] [--json]
//
// Reads RULES.json once into memory, then times load_rules(text) N times
// (default 20) and, for scale, the strict JSON parse alone (escalate::parse_json;
// load_rules itself reads the text with the simdjson fast path); then decide()
// for the next question with no answers and, when ANSWERS.json (a JSON object
// of question id to answer, as for `escalate advise --answers`) is given, with
// those answers, each M times (default 200). Prints the median, min and max of
// each in milliseconds, and what decide() gave; also the first load in the
// process (what a one-shot call pays) and, timed apart, freeing what load_rules
// and parse_json return (a one-shot program frees the rule set at exit).
// --json prints the same as one JSON object (for bench/scale_bench.py); --only
// times one part alone, e.g.
//   perf record -g escalate_load_bench big.json --only load --runs 50
// The clock is std::chrono::steady_clock; the machine may be noisy, so quote
// the medians. A benchmark, not a test: it checks nothing beyond the rule set
// loading.
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "escalate/date.hpp"
#include "escalate/engine.hpp"
#include "escalate/json.hpp"
#include "escalate/json_document.hpp"
#include "escalate/loader.hpp"

namespace {

using escalate::Json;
using Clock = std::chrono::steady_clock;

constexpr double kLoadTargetMs = 100.0;  // for 10,000 steps
constexpr double kDecideTargetMs = 1.0;

struct Options {
  std::string rules_file;
  std::string answers_file;
  int runs = 20;
  int decide_runs = 200;
  std::string today = "2026-11-29";
  std::string only;  // empty: everything; else "load", "parse" or "decide" (for perf record)
  bool json = false;
};

struct Stats {
  double median_ms = 0, min_ms = 0, max_ms = 0;
};

[[noreturn]] void usage(const std::string& message) {
  if (!message.empty()) fmt::print(stderr, "escalate_load_bench: {}\n", message);
  fmt::print(stderr,
             "usage: escalate_load_bench RULES.json [ANSWERS.json] [--runs N] [--decide-runs N]\n"
             "                           [--today YYYY-MM-DD] [--only load|parse|decide] [--json]\n"
             "  --runs N         timed load_rules() calls (default 20)\n"
             "  --decide-runs N  timed decide() calls per answer set (default 200)\n"
             "  --today DATE     the evaluation date (default 2026-11-29)\n"
             "  --only PART      time only that part (to profile it with perf record)\n"
             "  --json           print one JSON object instead of the report\n");
  std::exit(2);
}

int positive(const std::string& flag, const char* text) {
  char* end = nullptr;
  const long value = std::strtol(text, &end, 10);
  if (end == text || *end != '\0' || value < 1 || value > 1000000) {
    usage(fmt::format("{} wants a whole number from 1 to 1000000, got '{}'", flag, text));
  }
  return static_cast<int>(value);
}

Options parse_options(int argc, char** argv) {
  Options options;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--runs" && has_value) {
      options.runs = positive(arg, argv[++i]);
    } else if (arg == "--decide-runs" && has_value) {
      options.decide_runs = positive(arg, argv[++i]);
    } else if (arg == "--today" && has_value) {
      options.today = argv[++i];
    } else if (arg == "--only" && has_value) {
      options.only = argv[++i];
      if (options.only != "load" && options.only != "parse" && options.only != "decide") {
        usage(fmt::format("--only wants load, parse or decide, got '{}'", options.only));
      }
    } else if (arg == "--json") {
      options.json = true;
    } else if (arg == "-h" || arg == "--help") {
      usage("");
    } else if (arg.starts_with("-")) {
      usage(fmt::format("unknown option or missing value: {}", arg));
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.empty() || positional.size() > 2) usage("expected RULES.json [ANSWERS.json]");
  options.rules_file = positional[0];
  if (positional.size() == 2) options.answers_file = positional[1];
  return options;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    fmt::print(stderr, "escalate_load_bench: cannot read {}\n", path);
    std::exit(1);
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Stats summarize(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  const std::size_t n = ms.size();
  const double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  return {median, ms.front(), ms.back()};
}

struct Timed {
  Stats make;  // the call
  Stats free;  // destroying what it returned, after the clock for the call stopped
};

// Times `work` `runs` times after `warmup` untimed calls; apart, the time to
// destroy what it made (a one-shot program pays that at exit).
template <typename Work>
Timed time_runs(int runs, int warmup, Work work) {
  for (int i = 0; i < warmup; ++i) (void)work();
  std::vector<double> make_ms, free_ms;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    std::optional made(work());
    const auto made_at = Clock::now();
    made.reset();
    const auto freed_at = Clock::now();
    make_ms.push_back(std::chrono::duration<double, std::milli>(made_at - start).count());
    free_ms.push_back(std::chrono::duration<double, std::milli>(freed_at - made_at).count());
  }
  return {summarize(std::move(make_ms)), summarize(std::move(free_ms))};
}

std::string outcome_of(const escalate::Result& result) {
  if (const auto* needs = std::get_if<escalate::NeedsInput>(&result)) {
    return fmt::format("needs_input: {} (for step {})", needs->question ? needs->question->id : "?",
                       needs->for_step ? needs->for_step->id : "-");
  }
  if (const auto* advice = std::get_if<escalate::Advice>(&result)) {
    return fmt::format("advice: step {}", advice->step ? advice->step->id : "(none applies)");
  }
  return fmt::format("error: {}", std::get<escalate::Problem>(result).message);
}

struct DecideRun {
  Stats stats;
  std::string outcome;
  std::size_t answers = 0;
};

DecideRun time_decide(const escalate::RuleSet& rules, const escalate::Request& request, int runs) {
  DecideRun run;
  run.answers = request.answers.size();
  run.outcome = outcome_of(escalate::decide(rules, request));
  run.stats = time_runs(runs, 3, [&] { return escalate::decide(rules, request); }).make;
  return run;
}

Json stats_json(const Stats& s) {
  return Json{{"median_ms", s.median_ms}, {"min_ms", s.min_ms}, {"max_ms", s.max_ms}};
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse_options(argc, argv);
  const std::optional<escalate::Date> today = escalate::Date::parse_iso(options.today);
  if (!today) usage(fmt::format("--today wants YYYY-MM-DD, got '{}'", options.today));
  const std::string text = read_file(options.rules_file);

  // The first load checks the file and keeps the rule set for decide().
  const auto first_start = Clock::now();
  escalate::Expected<escalate::Loaded> first = escalate::load_rules(text);
  const double first_ms =
      std::chrono::duration<double, std::milli>(Clock::now() - first_start).count();
  if (!first) {
    fmt::print(stderr, "escalate_load_bench: {} does not load:\n", options.rules_file);
    for (const escalate::Problem& problem : first.problems()) {
      fmt::print(stderr, "  {}: {}\n", problem.path, problem.message);
    }
    return 1;
  }
  const escalate::RuleSet& rules = *first->rules;

  const auto wanted = [&](std::string_view part) {
    return options.only.empty() || options.only == part;
  };
  std::optional<Timed> parse, load;
  if (wanted("parse"))
    parse = time_runs(options.runs, 1, [&] { return escalate::parse_json(text); });
  if (wanted("load")) load = time_runs(options.runs, 1, [&] { return escalate::load_rules(text); });

  escalate::Request request;
  request.today = *today;
  std::optional<DecideRun> empty, partial;
  if (wanted("decide")) empty = time_decide(rules, request, options.decide_runs);
  if (wanted("decide") && !options.answers_file.empty()) {
    escalate::Expected<Json> answers = escalate::parse_json(read_file(options.answers_file));
    if (!answers || !answers->is_object()) {
      fmt::print(stderr,
                 "escalate_load_bench: {}: expected a JSON object of question id to answer\n",
                 options.answers_file);
      return 1;
    }
    request.answers = std::move(answers).value();
    partial = time_decide(rules, request, options.decide_runs);
  }

  if (options.json) {
    Json out{{"rules", options.rules_file}, {"bytes", text.size()},
             {"steps", rules.steps.size()}, {"questions", rules.questions.size()},
             {"facts", rules.facts.size()}, {"warnings", first->warnings.size()},
             {"runs", options.runs},        {"decide_runs", options.decide_runs},
             {"first_load_ms", first_ms}};
    if (parse) {
      out["parse"] = stats_json(parse->make);
      out["parse_free"] = stats_json(parse->free);
    }
    if (load) {
      out["load"] = stats_json(load->make);
      out["load_free"] = stats_json(load->free);
    }
    if (empty) {
      out["decide_empty"] = stats_json(empty->stats);
      out["decide_empty"]["outcome"] = empty->outcome;
    }
    if (partial) {
      out["decide_partial"] = stats_json(partial->stats);
      out["decide_partial"]["outcome"] = partial->outcome;
      out["decide_partial"]["answers"] = partial->answers;
    }
    fmt::print("{}\n", out.dump());
    return 0;
  }

  fmt::print("rules: {} ({:.2f} MB): {} steps, {} questions, {} facts, {} warnings\n",
             options.rules_file, static_cast<double>(text.size()) / 1e6, rules.steps.size(),
             rules.questions.size(), rules.facts.size(), first->warnings.size());
  fmt::print("today {}; medians over {} loads and {} decides; times in ms\n", options.today,
             options.runs, options.decide_runs);
  const auto row = [](std::string_view what, const Stats& s, const std::string& note) {
    fmt::print("  {:<24} median {:10.4f}  min {:10.4f}  max {:10.4f}  {}\n", what, s.median_ms,
               s.min_ms, s.max_ms, note);
  };
  fmt::print("  {:<24} {:17.4f}  the first load_rules in this process (heap not yet grown)\n",
             "first load", first_ms);
  if (parse) {
    row("parse_json (reference)", parse->make, "strict parser alone; not what load_rules uses");
    row("  freeing its Json", parse->free, "load_rules frees its parsed document too");
  }
  if (load) {
    const double steps = static_cast<double>(std::max<std::size_t>(1, rules.steps.size()));
    row("load_rules", load->make,
        fmt::format("target <= {:.0f} ms at 10,000 steps ({:.1f} us/step)", kLoadTargetMs,
                    1000 * load->make.median_ms / steps));
    row("  freeing the rule set", load->free,
        "not in load_rules; a one-shot program pays it at exit");
  }
  if (empty) {
    row("decide, no answers", empty->stats, fmt::format("target <= {:g} ms", kDecideTargetMs));
    fmt::print("  {:<24} -> {}\n", "", empty->outcome);
  }
  if (partial) {
    row(fmt::format("decide, {} answer{}", partial->answers, partial->answers == 1 ? "" : "s"),
        partial->stats, fmt::format("target <= {:g} ms", kDecideTargetMs));
    fmt::print("  {:<24} -> {}\n", "", partial->outcome);
  }
  return 0;
}
