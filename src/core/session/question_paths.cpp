// What an answer decides: one step, or the paths between several.
#include "question_paths.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "escalate/messages.hpp"

namespace escalate {
namespace {

// A question read by this many steps picks the path rather than one step.
constexpr std::size_t kPathSteps = 3;
// At most this many paths are named.
constexpr std::size_t kMaxPaths = 6;

}  // namespace

std::vector<const Step*> steps_reading(const RuleSet& rules, const Question& question) {
  std::set<int> reading;  // the question and every fact that depends on it
  const auto symbol = rules.symbols.find(question.id);
  if (!symbol) return {};
  reading.insert(*symbol);
  for (bool grew = true; grew;) {
    grew = false;
    for (const Fact& fact : rules.facts) {
      const auto fact_symbol = rules.symbols.find(fact.id);
      if (!fact_symbol || reading.count(*fact_symbol)) continue;
      const auto& used = fact.value.symbols_used();
      if (std::any_of(used.begin(), used.end(), [&](int s) { return reading.count(s) > 0; })) {
        reading.insert(*fact_symbol);
        grew = true;
      }
    }
  }
  std::vector<const Step*> steps;
  for (const Step& step : rules.steps) {
    if (!step.when) continue;
    const auto& used = step.when->symbols_used();
    if (std::any_of(used.begin(), used.end(), [&](int s) { return reading.count(s) > 0; }))
      steps.push_back(&step);
  }
  return steps;
}

std::string why_text(const RuleSet& rules, const Question& question, const Step* asked_for,
                     std::size_t language) {
  const std::string& tag = rules.languages.at(language);
  const std::vector<const Step*> steps = steps_reading(rules, question);
  if (steps.size() >= kPathSteps) {
    std::vector<std::string> paths;
    for (const Step* step : steps) {
      const Channel* channel = step->channel.empty() ? nullptr : rules.find_channel(step->channel);
      if (!channel) continue;
      std::string name = channel->name.plain(language);
      if (std::find(paths.begin(), paths.end(), name) == paths.end()) paths.push_back(name);
    }
    if (paths.size() >= 2) {
      if (paths.size() > kMaxPaths) {
        paths.resize(kMaxPaths);
        paths.emplace_back("…");
      }
      return trf(Msg::why_path, tag, fmt::join(paths, "; "));
    }
  }
  return trf(Msg::why, tag, asked_for ? asked_for->title.plain(language) : std::string());
}

}  // namespace escalate
