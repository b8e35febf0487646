// Evaluates compiled JSON Logic with three-valued (Kleene) semantics: unanswered
// questions are unknown; and/or/!/!!/if let a known operand decide past unknown
// ones; every other operator with an unknown operand is unknown.
#include <fmt/format.h>

#include <cmath>

#include "escalate/logic.hpp"
#include "escalate/numbers.hpp"
#include "logic_access.hpp"
#include "logic_evaluator.hpp"
#include "logic_node.hpp"
#include "logic_ops.hpp"
#include "logic_values.hpp"

namespace escalate::logic {
namespace {

const Json kNull;

}  // namespace

Evaluator::Evaluator(const EvalContext& context) : context_(context) {
  static const Calendars kDefaultCalendars;
  calendars_ = context.calendars ? context.calendars : &kDefaultCalendars;
  frames_.push_back(context.resolver ? nullptr : (context.data ? context.data : &kNull));
}

Lookup Evaluator::lookup(std::size_t up, int symbol, const std::vector<PathKey>& path,
                         const std::string& where) {
  const std::size_t index = up >= frames_.size() ? 0 : frames_.size() - 1 - up;
  if (index == 0 && context_.resolver) {
    if (symbol < 0) return lookup_dynamic(up, path, where);
    Lookup result;
    if (const Json* held = context_.resolver->held_value(symbol)) {
      result.value = walk(held, path);
      return result;
    }
    result.unknown_or_owned = context_.resolver->value_of(symbol);
    if (!result.known()) return result;
    const Json* inner = walk(&result.unknown_or_owned.value, path);
    if (!inner) {
      result.unknown_or_owned.value = Json();
      return result;
    }
    if (inner != &result.unknown_or_owned.value) result.unknown_or_owned.value = Json(*inner);
    result.owned = true;
    return result;
  }
  Lookup result;
  result.value = walk(frames_[index], path);
  return result;
}

// A name computed at run time; at the root in rule mode it must name a symbol.
Lookup Evaluator::lookup_dynamic(std::size_t up, std::vector<PathKey> path,
                                 const std::string& where) {
  const std::size_t index = up >= frames_.size() ? 0 : frames_.size() - 1 - up;
  if (index != 0 || !context_.resolver) return lookup(up, -1, path, where);
  if (path.empty() || !context_.symbols) {
    raise("Invalid Arguments", "a variable at the top level must name a question, fact or constant",
          where);
  }
  const auto symbol = context_.symbols->find(path.front().key);
  if (!symbol)
    raise("Unknown Variable", fmt::format("unknown variable '{}'", path.front().key), where);
  path.erase(path.begin());
  return lookup(up, *symbol, path, where);
}

bool Evaluator::eval_args(const Node& n, std::vector<Json>& out, Tri& unknown) {
  out.clear();
  for (const Node& arg : n.args) {
    Tri t = eval(arg);
    if (!t.known()) {
      unknown = std::move(t);
      return false;
    }
    if (n.spread && t.value.is_array()) {
      for (auto& element : t.value) out.push_back(std::move(element));
    } else {
      out.push_back(std::move(t.value));
    }
  }
  return true;
}

Tri Evaluator::eval_var(const Node& n) {
  const Node* fallback = nullptr;
  Lookup found;
  if (n.access) {
    if (!n.args.empty()) fallback = &n.args[0];
    found =
        lookup(static_cast<std::size_t>(n.access->up), n.access->symbol, n.access->path, n.path);
  } else {
    Tri name = eval(n.args[0]);
    if (!name.known()) return name;
    if (n.args.size() > 1) fallback = &n.args[1];
    found = lookup_dynamic(0, dotted(name.value), n.path);
  }
  if (!found.known()) return fallback ? eval(*fallback) : found.unknown_or_owned;
  if (found.found()) return Tri::of(found.get());
  return fallback ? eval(*fallback) : Tri::of(Json());
}

Tri Evaluator::eval_val(const Node& n, bool exists) {
  Lookup found;
  if (n.access) {
    found =
        lookup(static_cast<std::size_t>(n.access->up), n.access->symbol, n.access->path, n.path);
  } else {
    std::vector<Json> parts;
    Tri unknown;
    if (!eval_args(n, parts, unknown)) return unknown;
    std::size_t up = 0;
    std::vector<PathKey> path;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (i == 0 && parts[i].is_array() && parts[i].size() == 1 && parts[i][0].is_number()) {
        const auto climb = json_whole(parts[i][0], -kMaxScopeClimb, kMaxScopeClimb);
        up = static_cast<std::size_t>(climb ? (*climb < 0 ? -*climb : *climb) : kMaxScopeClimb);
      } else {
        path.push_back(key_of(parts[i]));
      }
    }
    found = lookup_dynamic(up, std::move(path), n.path);
  }
  if (!found.known()) return found.unknown_or_owned;
  if (exists) return Tri::of(found.found());
  return Tri::of(found.get());
}

Tri Evaluator::eval_missing(const Node& n) {
  std::vector<Json> args;
  Tri unknown;
  if (!eval_args(n, args, unknown)) return unknown;
  std::size_t need = 0;
  Json keys;
  if (n.op == Op::missing_some) {
    if (args.size() != 2 || !args[1].is_array()) {
      raise("Invalid Arguments", "'missing_some' takes a count and an array of names", n.path);
    }
    const double wanted = require_number(args[0], n.path);
    need = wanted <= 0     ? 0
           : wanted >= 1e9 ? std::size_t{1'000'000'000}
                           : static_cast<std::size_t>(wanted);
    keys = args[1];
  } else {
    keys = (args.size() == 1 && args[0].is_array()) ? args[0] : Json(args);
  }
  Json missing = Json::array();
  for (const Json& key : keys) {
    Lookup found = lookup_dynamic(0, dotted(key), n.path);
    if (!found.known()) return found.unknown_or_owned;
    const Json value = found.get();
    if (!found.found() || value.is_null() ||
        (value.is_string() && value.get_ref<const std::string&>().empty())) {
      missing.push_back(key);
    }
  }
  if (n.op == Op::missing_some && keys.size() - missing.size() >= need)
    return Tri::of(Json::array());
  return Tri::of(std::move(missing));
}

std::optional<Tri> Evaluator::eval_quietly(const Node& n) {
  try {
    return eval(n);
  } catch (const LogicError&) {
    return std::nullopt;
  }
}

// if/?: — a condition that is unknown still gives a known result when every
// branch it could take yields the same value.
Tri Evaluator::eval_if(const Node& n, std::size_t from) {
  const std::size_t count = n.args.size();
  if (from >= count) return Tri::of(Json());
  if (from + 1 == count) return eval(n.args[from]);
  Tri condition = eval(n.args[from]);
  if (condition.known())
    return truthy(condition.value) ? eval(n.args[from + 1]) : eval_if(n, from + 2);
  const auto then_branch = eval_quietly(n.args[from + 1]);
  std::optional<Tri> else_branch;
  try {
    else_branch = eval_if(n, from + 2);
  } catch (const LogicError&) {
  }
  if (then_branch && else_branch && then_branch->known() && else_branch->known() &&
      then_branch->value == else_branch->value) {
    return *then_branch;
  }
  return condition;
}

// and/or: a known decisive operand (falsy for and, truthy for or) decides
// wherever it stands; otherwise any unknown operand makes the result unknown.
Tri Evaluator::eval_logical(const Node& n, bool is_and) {
  if (n.args.empty()) return Tri::of(false);
  std::optional<Tri> first_unknown;
  Json last;
  const Json* last_held = nullptr;  // the last operand, when read in place
  for (const Node& arg : n.args) {
    if (!first_unknown) {
      if (const Json* held = peek(arg)) {
        if (truthy(*held) != is_and) return Tri::of(*held);
        last_held = held;
        continue;
      }
    }
    std::optional<Tri> t;
    if (first_unknown) {
      t = eval_quietly(arg);
      if (!t) continue;  // an error past an unknown operand might never happen
    } else {
      t = eval(arg);
    }
    if (!t->known()) {
      if (!first_unknown) first_unknown = std::move(*t);
      continue;
    }
    if (truthy(t->value) != is_and) return std::move(*t);
    last = std::move(t->value);
    last_held = nullptr;
  }
  if (first_unknown) return *first_unknown;
  if (last_held) return Tri::of(*last_held);
  return Tri::of(std::move(last));
}

const Json* Evaluator::peek(const Node& n) {
  if (n.op == Op::literal) return &n.literal;
  if (n.op != Op::var || !n.access) return nullptr;
  const Lookup found =
      lookup(static_cast<std::size_t>(n.access->up), n.access->symbol, n.access->path, n.path);
  if (!found.known() || found.owned) return nullptr;
  return found.value;  // nullptr when absent: the default or null, the usual way
}

Tri Evaluator::eval_compare(const Node& n) {
  // Operands are compared where they are, copied only when computed.
  Tri left_owned;
  const Json* left = peek(n.args[0]);
  if (!left) {
    left_owned = eval(n.args[0]);
    if (!left_owned.known()) return left_owned;
    left = &left_owned.value;
  }
  for (std::size_t i = 1; i < n.args.size(); ++i) {
    Tri right_owned;
    const Json* right = peek(n.args[i]);
    if (!right) {
      right_owned = eval(n.args[i]);
      if (!right_owned.known()) return right_owned;
      right = &right_owned.value;
    }
    bool holds = false;
    switch (n.op) {
      case Op::eq:
        holds = loose_equal(*left, *right, n.path);
        break;
      case Op::ne:
        holds = !loose_equal(*left, *right, n.path);
        break;
      case Op::strict_eq:
        holds = strict_equal(*left, *right);
        break;
      case Op::strict_ne:
        holds = !strict_equal(*left, *right);
        break;
      case Op::lt:
        holds = compare(*left, *right, n.path) < 0;
        break;
      case Op::le:
        holds = compare(*left, *right, n.path) <= 0;
        break;
      case Op::gt:
        holds = compare(*left, *right, n.path) > 0;
        break;
      case Op::ge:
        holds = compare(*left, *right, n.path) >= 0;
        break;
      default:
        break;
    }
    if (!holds) return Tri::of(false);
    if (right == &right_owned.value) {
      left_owned = std::move(right_owned);
      left = &left_owned.value;
    } else {
      left = right;
    }
  }
  return Tri::of(true);
}

Tri Evaluator::eval(const Node& n) {
  switch (n.op) {
    case Op::literal:
      return Tri::of(n.literal);
    case Op::fail:
      throw LogicError(Json{{"type", n.literal["type"]}}, n.literal["message"].get<std::string>(),
                       n.path);
    case Op::var:
      return eval_var(n);
    case Op::val:
      return eval_val(n, false);
    case Op::exists:
      return eval_val(n, true);
    case Op::missing:
    case Op::missing_some:
      return eval_missing(n);
    case Op::if_:
      return eval_if(n, 0);
    case Op::and_:
      return eval_logical(n, true);
    case Op::or_:
      return eval_logical(n, false);
    case Op::not_:
    case Op::not_not: {
      if (n.args.empty()) return Tri::of(n.op == Op::not_);
      if (const Json* held = peek(n.args[0]))
        return Tri::of(truthy(*held) == (n.op == Op::not_not));
      Tri t = eval(n.args[0]);
      if (!t.known()) return t;
      return Tri::of(truthy(t.value) == (n.op == Op::not_not));
    }
    case Op::coalesce:
      for (const Node& arg : n.args) {
        Tri t = eval(arg);
        if (!t.known() || !t.value.is_null()) return t;
      }
      return Tri::of(Json());
    case Op::try_:
      return eval_try(n);
    case Op::eq:
    case Op::ne:
    case Op::strict_eq:
    case Op::strict_ne:
    case Op::lt:
    case Op::le:
    case Op::gt:
    case Op::ge:
      return eval_compare(n);
    case Op::map:
    case Op::filter:
    case Op::reduce:
    case Op::all:
    case Op::some:
    case Op::none:
      return eval_iterator(n);
    default:
      break;
  }
  if (n.op == Op::in && n.args.size() == 2) {  // read in place when both operands are held
    const Json* needle = peek(n.args[0]);
    const Json* haystack = needle ? peek(n.args[1]) : nullptr;
    if (haystack) return Tri::of(json_in(*needle, *haystack));
  }
  // The remaining operators are strict: every operand is evaluated first.
  std::vector<Json> args;
  Tri unknown;
  if (!eval_args(n, args, unknown)) return unknown;
  switch (n.op) {
    case Op::array:
      return Tri::of(Json(std::move(args)));
    case Op::throw_: {
      const Json& thrown = args.empty() ? kNull : args[0];
      Json error = thrown.is_object()
                       ? thrown
                       : Json{{"type", thrown.is_string() ? thrown : Json(thrown.dump())}};
      throw LogicError(error, fmt::format("thrown: {}", thrown.dump()), n.path);
    }
    case Op::log:
      return Tri::of(args.empty() ? Json() : args[0]);
    case Op::date_add:
    case Op::date_diff:
    case Op::is_business_day:
      return Tri::of(date_operation(n.op, args, *calendars_, n.path));
    case Op::cat:
    case Op::substr:
    case Op::in:
    case Op::merge:
      return Tri::of(collection_operation(n.op, args, n.path));
    default:
      return Tri::of(arithmetic(n.op, args, n.path));
  }
}

}  // namespace escalate::logic

namespace escalate {

Tri evaluate(const Logic& logic, const EvalContext& context) {
  logic::Evaluator evaluator(context);
  return evaluator.eval(logic.root());
}

}  // namespace escalate
