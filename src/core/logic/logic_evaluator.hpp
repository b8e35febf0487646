// The evaluator of compiled JSON Logic, shared by its two source files:
// logic_eval.cpp (data access, logic, comparison, dispatch) and
// logic_eval_scopes.cpp (iterators and try, which open new scopes).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "escalate/logic.hpp"
#include "logic_node.hpp"

namespace escalate::logic {

// A found value (possibly owned), absent, or unknown.
struct Lookup {
  Tri unknown_or_owned;  // unknown, or holds the value when `owned`
  const Json* value = nullptr;
  bool owned = false;

  bool known() const { return unknown_or_owned.known(); }
  bool found() const { return owned || value != nullptr; }
  Json get() const { return owned ? unknown_or_owned.value : (value ? *value : Json()); }
};

class Evaluator {
 public:
  explicit Evaluator(const EvalContext& context);

  Tri eval(const Node& n);

 private:
  Lookup lookup(std::size_t up, int symbol, const std::vector<PathKey>& path,
                const std::string& where);
  Lookup lookup_dynamic(std::size_t up, std::vector<PathKey> path, const std::string& where);
  bool eval_args(const Node& n, std::vector<Json>& out, Tri& unknown);
  Tri eval_var(const Node& n);
  // The value of `n` without a copy when it is a literal or a variable whose
  // value is held (an answer, a constant, a known fact, today, a scope's item);
  // else nullptr, and the caller evaluates `n` as usual.
  const Json* peek(const Node& n);
  Tri eval_val(const Node& n, bool exists);
  Tri eval_missing(const Node& n);
  Tri eval_if(const Node& n, std::size_t from);
  Tri eval_logical(const Node& n, bool is_and);
  Tri eval_compare(const Node& n);
  Tri eval_try(const Node& n);
  Tri eval_iterator(const Node& n);
  Tri with_scope(const Json& meta, const Json& item, const Node& body);
  // Evaluates where a thrown error does not matter as long as the result is unknown.
  std::optional<Tri> eval_quietly(const Node& n);

  const EvalContext& context_;
  const Calendars* calendars_;
  std::vector<const Json*> frames_;  // [0] is the root: nullptr in rule mode
};

}  // namespace escalate::logic
