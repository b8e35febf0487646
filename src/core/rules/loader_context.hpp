// Shared state and field readers for the rule loader: each reader checks one
// value's type and shape and reports problems with their JSON path.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "escalate/json.hpp"
#include "escalate/json_path.hpp"
#include "escalate/problem.hpp"
#include "escalate/rules.hpp"

namespace escalate::loader {

class Context {
 public:
  Context(RuleSet& rules, Problems& problems) : rules_(rules), problems_(problems) {}

  RuleSet& rules() { return rules_; }
  void error(const std::string& path, std::string message);
  void warning(const std::string& path, std::string message);

  // Checks that `value` is an object with the required keys and no unknown
  // ones (keys starting with "x-" or "$" are notes and ignored).
  bool object(const Json& value, const std::string& path,
              std::initializer_list<std::string_view> required,
              std::initializer_list<std::string_view> optional);
  // The value at `key`, or null when absent (missing required keys are reported by object()).
  const Json* field(const Json& object, std::string_view key);

  std::optional<std::string> string(const Json& object, std::string_view key,
                                    const std::string& path);
  std::optional<std::string> id(const Json& object, std::string_view key, const std::string& path);
  std::optional<bool> boolean(const Json& object, std::string_view key, const std::string& path);
  std::optional<double> number(const Json& object, std::string_view key, const std::string& path);
  std::optional<int> integer(const Json& object, std::string_view key, const std::string& path);
  // An array (possibly empty) or nothing when absent or of the wrong type.
  const Json* array(const Json& object, std::string_view key, const std::string& path);
  std::optional<Text> text(const Json& object, std::string_view key, const std::string& path,
                           bool plain_string_always = false);
  // A Text given directly (its path is `path`).
  std::optional<Text> text_value(const Json& value, const std::string& path,
                                 bool plain_string_always = false);
  Logic logic(const Json& expression, const std::string& path);

  // Ids known before the main pass, for references and suggestions.
  std::vector<std::string> channel_ids;
  std::vector<std::string> document_ids;
  std::vector<std::string> source_ids;
  std::vector<std::string> choice_question_ids;  // choice and multi questions, for {label:x}
  // The top-level notes, which steps name by id; and whether a step named each.
  std::vector<StepNote> shared_notes;
  std::vector<bool> shared_note_used;

  void check_reference(const std::string& id, const std::vector<std::string>& known,
                       std::string_view what, const std::string& path);
  // Resolves the placeholders of every language of `text`.
  void resolve_placeholders(Text& text, const std::string& path);

 private:
  RuleSet& rules_;
  Problems& problems_;
};

bool is_id(std::string_view text);
// "invalid id 'X': ids are lower-case letters, …": one wording for every kind of id.
std::string invalid_id_message(std::string_view id);
std::string type_name(const Json& value);
std::string describe(const Json& value);

}  // namespace escalate::loader
