// The engine's result as the documented JSON object (docs/cli.md): the form
// `advise --format json` prints and every line of `batch`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "escalate/engine.hpp"
#include "escalate/json.hpp"

namespace escalate {

// Writes results as JSON text straight into a string. With presets, the parts
// that depend only on the rule set and the language (question descriptions,
// deadline sources) are serialised once, when the writer is made: worth it
// when many results are written (batch), not for one.
class ResultWriter {
 public:
  enum class Presets { none, all };
  explicit ResultWriter(const RuleSet& rules, Presets presets = Presets::none);

  // Appends the result object's members, without its braces, so that a caller
  // can put its own members first (a batch line's "line" and "id").
  void members(std::string& out, const Result& result) const;
  // Appends the result object, with the members of `extra` (an object) after
  // the result's own: `advise --case` adds the case file's "case".
  void object(std::string& out, const Result& result, const Json& extra = Json::object()) const;

  const RuleSet& rules() const { return rules_; }

 private:
  // The preset text of the item at `index` of its list, when there is one.
  static const std::string* preset_text(const std::vector<std::vector<std::string>>& preset,
                                        std::optional<std::size_t> index, std::size_t language);
  void write_answers(std::string& out, const Answers& answers) const;

  const RuleSet& rules_;
  std::vector<std::vector<std::string>> questions_;  // [question][language], when preset
  std::vector<std::vector<std::string>> sources_;    // [source][language], when preset
  std::vector<std::string> answer_keys_;             // [question]: "id":, when preset
};

}  // namespace escalate
