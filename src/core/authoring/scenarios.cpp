// Scenario files: read strictly (unknown keys and wrong types are problems with
// their line and JSON path), run against a rule set, compared by ids and dates.
#include "escalate/scenarios.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "escalate/engine.hpp"
#include "escalate/json_document.hpp"
#include "escalate/json_path.hpp"
#include "escalate/suggest.hpp"

namespace escalate {
namespace {

const std::vector<std::string> kScenarioKeys{"name", "answers", "today", "lang", "expect"};
const std::vector<std::string> kExpectKeys{"status",   "step",      "kind",      "channel",
                                           "question", "deadlines", "documents", "notes"};
const std::vector<std::string> kStatuses{"advice", "needs_input", "error"};

std::string compact(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

class LineReader {
 public:
  LineReader(std::size_t line, Problems& problems) : line_(line), problems_(problems) {}

  void error(const std::string& path, std::string message) {
    Problem p{ProblemCode::invalid_request, std::move(message), path};
    p.line = static_cast<int>(line_);
    problems_.push_back(std::move(p));
  }

  bool expect_type(const Json& value, const std::string& path, bool ok, std::string_view wanted) {
    if (!ok) error(path, fmt::format("expected {}, got {}", wanted, compact(value)));
    return ok;
  }

  void check_keys(const Json& object, const std::string& path,
                  const std::vector<std::string>& known) {
    for (const auto& [key, unused] : object.items()) {
      if (std::find(known.begin(), known.end(), key) == known.end())
        error(path_key(path, key), unknown_one_of("key", key, known));
    }
  }

  void check_expect(const Json& expect) {
    check_keys(expect, "$.expect", kExpectKeys);
    for (const auto& [key, value] : expect.items()) {
      const std::string path = path_key("$.expect", key);
      if (key == "status") {
        if (expect_type(value, path, value.is_string(), "a status string") &&
            std::find(kStatuses.begin(), kStatuses.end(), value.get<std::string>()) ==
                kStatuses.end())
          error(path, unknown_one_of("status", value.get<std::string>(), kStatuses));
      } else if (key == "step" || key == "kind" || key == "question") {
        expect_type(value, path, value.is_string(), "an id string");
      } else if (key == "channel") {
        expect_type(value, path, value.is_string() || value.is_null(), "a channel id or null");
      } else if (key == "deadlines") {
        if (!expect_type(value, path, value.is_object(), "an object of deadline id -> date"))
          continue;
        for (const auto& [id, date] : value.items()) {
          const bool ok = date.is_string() && Date::parse_iso(date.get<std::string>());
          expect_type(date, path_key(path, id), ok, "a date YYYY-MM-DD");
        }
      } else if (key == "documents" || key == "notes") {
        const bool ok =
            value.is_array() &&
            std::all_of(value.begin(), value.end(), [](const Json& v) { return v.is_string(); });
        expect_type(value, path, ok, "an array of ids");
      }
    }
  }

 private:
  std::size_t line_;
  Problems& problems_;
};

std::optional<Scenario> read_scenario(std::string_view text, std::size_t line, Problems& problems) {
  LineReader reader(line, problems);
  Expected<Json> parsed = parse_json(text);
  if (!parsed) {
    const Problem& p = parsed.problem();
    reader.error("$", p.line > 0 ? fmt::format("column {}: {}", p.column, p.message) : p.message);
    return std::nullopt;
  }
  const Json& doc = *parsed;
  if (!reader.expect_type(doc, "$", doc.is_object(), "a scenario object")) return std::nullopt;
  const std::size_t before = problems.size();
  reader.check_keys(doc, "$", kScenarioKeys);
  for (const char* key : {"name", "answers", "expect"}) {
    if (!doc.contains(key)) reader.error("$", fmt::format("missing key '{}'", key));
  }
  Scenario s;
  s.line = line;
  if (doc.contains("name") &&
      reader.expect_type(doc["name"], "$.name", doc["name"].is_string(), "a name string"))
    s.name = doc["name"].get<std::string>();
  if (doc.contains("answers") &&
      reader.expect_type(doc["answers"], "$.answers", doc["answers"].is_object(),
                         "an object of question id -> answer"))
    s.answers = doc["answers"];
  if (doc.contains("today")) {
    const Json& today = doc["today"];
    const auto date = today.is_string() ? Date::parse_iso(today.get<std::string>()) : std::nullopt;
    if (reader.expect_type(today, "$.today", date.has_value(), "a date YYYY-MM-DD")) s.today = date;
  }
  if (doc.contains("lang") &&
      reader.expect_type(doc["lang"], "$.lang", doc["lang"].is_string(), "a language tag"))
    s.lang = doc["lang"].get<std::string>();
  if (doc.contains("expect") &&
      reader.expect_type(doc["expect"], "$.expect", doc["expect"].is_object(),
                         "an object of expectations")) {
    s.expect = doc["expect"];
    reader.check_expect(s.expect);
  }
  if (problems.size() != before) return std::nullopt;
  return s;
}

// What a result shows, in the terms of `expect`'s keys.
Json observed(const Result& result) {
  Json out = {{"status", std::string(to_string(status_of(result)))}};
  if (const auto* needs = std::get_if<NeedsInput>(&result)) {
    out["question"] = needs->question->id;
  } else if (const auto* advice = std::get_if<Advice>(&result)) {
    out["step"] = advice->step ? Json(advice->step->id) : Json(nullptr);
    out["kind"] = advice->step ? Json(std::string(to_string(advice->step->kind))) : Json(nullptr);
    out["channel"] = advice->channel ? Json(advice->channel->channel->id) : Json(nullptr);
    Json deadlines = Json::object();
    for (const DeadlineResult& d : advice->deadlines) deadlines[d.id] = d.date.iso();
    out["deadlines"] = deadlines;
    Json documents = Json::array();
    for (const DocumentView& d : advice->documents) documents.push_back(d.id);
    out["documents"] = documents;
    Json notes = Json::array();
    for (const NoteView& n : advice->notes) notes.push_back(n.id);
    out["notes"] = notes;
  } else {
    const Problem& p = std::get<Problem>(result);
    out["error"] = fmt::format("{}: {}", code_name(p.code), p.message);
  }
  return out;
}

// Deadlines compare as sets of id -> date, whatever the order they are listed in.
bool same(const std::string& key, const Json& expected, const Json& got) {
  if (key == "deadlines" && expected.is_object() && got.is_object()) {
    if (expected.size() != got.size()) return false;
    return std::all_of(expected.items().begin(), expected.items().end(), [&](const auto& item) {
      return got.contains(item.key()) && got[item.key()] == item.value();
    });
  }
  return expected == got;
}

}  // namespace

Expected<std::vector<Scenario>> parse_scenarios(std::string_view text) {
  std::vector<Scenario> scenarios;
  Problems problems;
  std::size_t line = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view row = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++line;
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    const auto first = row.find_first_not_of(" \t");
    if (first == std::string_view::npos || row[first] == '#') continue;
    if (auto scenario = read_scenario(row, line, problems))
      scenarios.push_back(std::move(*scenario));
  }
  if (!problems.empty()) return problems;
  return scenarios;
}

ScenarioOutcome run_scenario(const RuleSet& rules, const Scenario& scenario, Date today) {
  ScenarioOutcome outcome;
  outcome.scenario = &scenario;
  Request request;
  request.answers = scenario.answers;
  request.today = scenario.today.value_or(today);
  if (!scenario.lang.empty()) {
    const auto language = rules.language_index(scenario.lang);
    if (!language) {
      outcome.mismatches.push_back(unknown_one_of("language", scenario.lang, rules.languages));
      return outcome;
    }
    request.language = *language;
  }
  const Result result = decide(rules, request);
  const Json got = observed(result);
  if (got.contains("step") && got["step"].is_string())
    outcome.reached_step = got["step"].get<std::string>();
  // A different status makes every other key differ: say only what came instead.
  if (scenario.expect.contains("status") && scenario.expect["status"] != got["status"]) {
    std::string line = fmt::format("status: expected {}, got {}",
                                   compact(scenario.expect["status"]), compact(got["status"]));
    if (got.contains("question")) line += fmt::format(" (asks {})", compact(got["question"]));
    if (got.contains("step")) line += fmt::format(" (step {})", compact(got["step"]));
    if (got.contains("error")) line += fmt::format(" ({})", got["error"].get<std::string>());
    outcome.mismatches.push_back(std::move(line));
    return outcome;
  }
  for (const auto& [key, expected] : scenario.expect.items()) {
    const Json actual = got.contains(key) ? got[key] : Json(nullptr);
    if (same(key, expected, actual)) continue;
    std::string line = fmt::format("{}: expected {}, got {}", key, compact(expected),
                                   got.contains(key) ? compact(actual) : "nothing");
    if (key != "status" && got["status"] != "advice")
      line += fmt::format(" ({})", got.contains("error") ? got["error"].get<std::string>()
                                                         : "status " + compact(got["status"]));
    outcome.mismatches.push_back(std::move(line));
  }
  outcome.passed = outcome.mismatches.empty();
  return outcome;
}

std::vector<std::string> unreached_steps(const RuleSet& rules,
                                         const std::vector<ScenarioOutcome>& outcomes) {
  std::set<std::string> reached;
  for (const ScenarioOutcome& o : outcomes) {
    if (!o.reached_step.empty()) reached.insert(o.reached_step);
  }
  std::vector<std::string> out;
  for (const Step& step : rules.steps) {
    if (!reached.count(step.id)) out.push_back(step.id);
  }
  return out;
}

}  // namespace escalate
