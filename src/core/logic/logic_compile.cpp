// Compiles JSON Logic into logic::Node trees: operator names become an enum,
// variable paths are split and, in rule mode, bound to symbols; argument counts,
// date literals and units that are visible in the expression are checked here.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "escalate/date.hpp"
#include "escalate/json_document.hpp"
#include "escalate/json_path.hpp"
#include "escalate/logic.hpp"
#include "escalate/numbers.hpp"
#include "escalate/suggest.hpp"
#include "logic_access.hpp"
#include "logic_node.hpp"
#include "logic_op_table.hpp"
#include "logic_ops.hpp"

namespace escalate {
namespace {

using logic::Access;
using logic::dotted;
using logic::find_op;
using logic::key_of;
using logic::kMaxScopeClimb;
using logic::Node;
using logic::Op;
using logic::op_names;
using logic::OpInfo;
using logic::PathKey;
using logic::Shape;
using logic::unknown_calendar;

// A literal that can name a key: a string or a number.
bool is_key_literal(const Json& v) { return v.is_string() || v.is_number(); }

bool is_expression(const Json& v) { return v.is_object() && v.size() == 1; }

class Compiler {
 public:
  Compiler(const SymbolTable* symbols, const Calendars* calendars)
      : symbols_(symbols), calendars_(calendars) {}

  Node compile(const Json& e, const std::string& path, int depth);
  std::vector<int> take_used() { return std::move(used_); }
  Problems take_problems() { return std::move(problems_); }

 private:
  Node compile_operator(const OpInfo& info, const Json& raw, const std::string& path, int depth);
  Node compile_var(const Json& raw, const std::string& path, int depth);
  Node compile_val(Op op, const Json& raw, const std::string& path, int depth);
  void bind(Access& access, const std::string& path, int depth);
  void check_dates(const Node& node, const Json& raw, const std::string& path);
  Node fail(std::string type, std::string message, const std::string& path);
  void error(const std::string& path, std::string message) {
    problems_.push_back({ProblemCode::invalid_logic, std::move(message), path});
  }

  const SymbolTable* symbols_;
  const Calendars* calendars_;
  Problems problems_;
  std::vector<int> used_;
};

Node Compiler::fail(std::string type, std::string message, const std::string& path) {
  error(path, message);
  Node node;
  node.op = Op::fail;
  node.literal = Json{{"type", std::move(type)}, {"message", std::move(message)}};
  node.path = path;
  return node;
}

Node Compiler::compile(const Json& e, const std::string& path, int depth) {
  Node node;
  node.path = path;
  if (e.is_array()) {
    node.op = Op::array;
    bool all_literal = true;
    for (std::size_t i = 0; i < e.size(); ++i) {
      node.args.push_back(compile(e[i], path_index(path, i), depth));
      all_literal = all_literal && node.args.back().op == Op::literal;
    }
    if (all_literal) {
      node.op = Op::literal;
      node.literal = e;
      node.args.clear();
    }
    return node;
  }
  if (!is_expression(e)) {
    node.literal = e;
    return node;
  }
  const auto first = e.begin();
  const std::string& name = first.key();
  const Json& raw = first.value();
  const std::string op_path = path_key(path, name);
  const OpInfo* info = find_op(name);
  if (!info) {
    const auto names = op_names();
    return fail("Unknown Operator",
                fmt::format("unknown operator '{}'{}", name, did_you_mean(name, names)), op_path);
  }
  return compile_operator(*info, raw, op_path, depth);
}

Node Compiler::compile_operator(const OpInfo& info, const Json& raw, const std::string& path,
                                int depth) {
  if (info.op == Op::var) return compile_var(raw, path, depth);
  if (info.op == Op::val || info.op == Op::exists) return compile_val(info.op, raw, path, depth);
  if (info.op == Op::preserve) {
    Node node;
    node.op = Op::literal;
    node.literal = raw;
    node.path = path;
    return node;
  }
  if (info.shape == Shape::list && !raw.is_array()) {
    return fail("Invalid Arguments",
                fmt::format("'{}' takes an array of arguments, got {}", info.name, raw.dump()),
                path);
  }
  Node node;
  node.op = info.op;
  node.path = path;
  if (!raw.is_array()) {
    node.spread = info.shape == Shape::spread && is_expression(raw);
    node.args.push_back(compile(raw, path, depth));
    if (info.min_args > 1 && !node.spread) {
      return fail("Invalid Arguments",
                  fmt::format("'{}' takes {}, got 1", info.name, argument_count_text(info)), path);
    }
    check_dates(node, Json::array({raw}), path);
    return node;
  }
  const int count = static_cast<int>(raw.size());
  if ((info.min_args >= 0 && count < info.min_args) ||
      (info.max_args >= 0 && count > info.max_args)) {
    return fail("Invalid Arguments",
                fmt::format("'{}' takes {}, got {}", info.name, argument_count_text(info), count),
                path);
  }
  const bool iterator = info.op == Op::map || info.op == Op::filter || info.op == Op::reduce ||
                        info.op == Op::all || info.op == Op::some || info.op == Op::none;
  if ((info.op == Op::map || info.op == Op::filter) && (raw[0].is_null() || raw[1].is_null())) {
    return fail(
        "Invalid Arguments",
        fmt::format("'{}' needs an array expression and a body, got {}", info.name, raw.dump()),
        path);
  }
  if (iterator && raw[0].is_null()) {
    return fail("Invalid Arguments",
                fmt::format("'{}' needs an array to iterate over, got null", info.name), path);
  }
  for (std::size_t i = 0; i < raw.size(); ++i) {
    // Iterator bodies and try's fallbacks run one scope deeper (item + metadata).
    const bool deeper = (iterator && i == 1) || (info.op == Op::try_ && i > 0);
    node.args.push_back(compile(raw[i], path_index(path, i), deeper ? depth + 2 : depth));
  }
  check_dates(node, raw, path);
  return node;
}

void Compiler::check_dates(const Node& node, const Json& raw, const std::string& path) {
  // Only literal arguments can be checked here; expressions are checked when evaluated.
  auto literal = [&](std::size_t i) { return i < raw.size() && !is_expression(raw[i]); };
  auto check_date = [&](std::size_t i) {
    if (!literal(i)) return;
    if (!raw[i].is_string() || !Date::parse_iso(raw[i].get<std::string>())) {
      const std::string shown = raw[i].is_string() ? raw[i].get<std::string>() : raw[i].dump();
      error(path_index(path, i),
            fmt::format("invalid date '{}': expected an existing date as YYYY-MM-DD", shown));
    }
  };
  auto check_amount = [&](std::size_t i) {
    if (!literal(i)) return;
    if (!raw[i].is_number() || std::trunc(raw[i].get<double>()) != raw[i].get<double>()) {
      error(path_index(path, i),
            fmt::format("invalid amount {}: expected a whole number", raw[i].dump()));
    }
  };
  auto check_unit = [&](std::size_t i) {
    if (!literal(i)) return;
    const std::vector<std::string> units = date_units(node.op);
    if (!raw[i].is_string() ||
        std::find(units.begin(), units.end(), raw[i].get<std::string>()) == units.end()) {
      error(path_index(path, i), unknown_date_unit(node.op, raw[i]));
    }
  };
  // The optional last argument names a calendar of the rule set.
  auto check_calendar = [&](std::size_t i) {
    if (!literal(i)) return;
    static const Calendars kOnlyDefault;
    const Calendars& known = calendars_ ? *calendars_ : kOnlyDefault;
    if (!raw[i].is_string() || !known.find(raw[i].get<std::string>())) {
      error(path_index(path, i), unknown_calendar(raw[i], known));
    }
  };
  switch (node.op) {
    case Op::date_add:
      check_date(0);
      check_amount(1);
      check_unit(2);
      check_calendar(3);
      break;
    case Op::date_diff:
      check_date(0);
      check_date(1);
      check_unit(2);
      check_calendar(3);
      break;
    case Op::is_business_day:
      check_date(0);
      check_calendar(1);
      break;
    default:
      break;
  }
}

// Binds a static access to the root symbol it names, in rule mode.
void Compiler::bind(Access& access, const std::string& path, int depth) {
  const bool at_root = access.up >= depth;  // the access starts at the root scope
  if (!symbols_ || !at_root) return;
  if (access.path.empty()) {
    error(path, "a variable at the top level must name a question, fact or constant");
    return;
  }
  const std::string& name = access.path.front().key;
  const auto symbol = symbols_->find(name);
  if (!symbol) {
    const auto names = symbols_->names();
    error(path, fmt::format("unknown variable '{}'{}", name, did_you_mean(name, names)));
    return;
  }
  access.symbol = *symbol;
  access.path.erase(access.path.begin());
  if (std::find(used_.begin(), used_.end(), *symbol) == used_.end()) used_.push_back(*symbol);
}

Node Compiler::compile_var(const Json& raw, const std::string& path, int depth) {
  Node node;
  node.op = Op::var;
  node.path = path;
  const Json* name = &raw;
  std::string name_path = path;
  if (raw.is_array()) {
    if (raw.size() > 2) {
      return fail("Invalid Arguments",
                  fmt::format("'var' takes 1 or 2 arguments, got {}", raw.size()), path);
    }
    static const Json kNull;
    name = raw.empty() ? &kNull : &raw[0];
    name_path = path_index(path, 0);
    if (raw.size() == 2) node.args.push_back(compile(raw[1], path_index(path, 1), depth));
  }
  if (is_expression(*name)) {
    // Dynamic name: args[0] computes it, args[1] (when present) is the default.
    node.args.insert(node.args.begin(), compile(*name, name_path, depth));
    return node;
  }
  Access access;
  if (!name->is_null() && !is_key_literal(*name)) {
    return fail("Invalid Arguments", fmt::format("'var' takes a name, got {}", name->dump()),
                name_path);
  }
  access.path = dotted(*name);  // as a name computed at run time is split
  bind(access, name_path, depth);
  node.access = std::move(access);
  return node;
}

// val and exists: a key, or an array of keys whose first may be [n] to climb scopes.
Node Compiler::compile_val(Op op, const Json& raw, const std::string& path, int depth) {
  Node node;
  node.op = op;
  node.path = path;
  const Json components = raw.is_array() ? raw : Json::array({raw});
  Access access;
  bool dynamic = false;
  for (std::size_t i = 0; i < components.size(); ++i) {
    const Json& c = components[i];
    if (i == 0 && c.is_array() && c.size() == 1 && c[0].is_number()) {
      // [n] climbs |n| scopes; beyond the deepest possible scope it reads nothing, like any climb
      // past the root.
      const auto up = json_whole(c[0], -kMaxScopeClimb, kMaxScopeClimb);
      access.up = up ? static_cast<int>(*up < 0 ? -*up : *up) : kMaxScopeClimb;
      continue;
    }
    if (is_key_literal(c)) {
      access.path.push_back(key_of(c));  // as a key computed at run time is read
    } else {
      dynamic = true;
    }
  }
  if (dynamic) {
    node.spread = !raw.is_array();
    if (raw.is_array()) {
      for (std::size_t i = 0; i < raw.size(); ++i)
        node.args.push_back(compile(raw[i], path_index(path, i), depth));
    } else {
      node.args.push_back(compile(raw, path, depth));
    }
    return node;
  }
  bind(access, path, depth);
  node.access = std::move(access);
  return node;
}

}  // namespace

Logic::Logic() : root_(std::make_shared<logic::Node>()) {}

Logic::Logic(std::shared_ptr<const logic::Node> root, std::vector<int> symbols_used)
    : root_(std::move(root)), symbols_used_(std::move(symbols_used)) {}

Expected<Logic> compile_logic(const Json& expression, const CompileOptions& options) {
  if (deeper_than(expression, kMaxJsonDepth)) {
    // Refused before the recursive compiler (and later the evaluator) walks it.
    std::string message =
        fmt::format("the expression is nested more than {} levels deep", kMaxJsonDepth);
    auto root = std::make_shared<logic::Node>();
    root->op = Op::fail;
    root->literal = Json{{"type", "Invalid Arguments"}, {"message", message}};
    root->path = options.path;
    if (options.lenient) return Logic(std::move(root), {});
    return Problem{ProblemCode::invalid_logic, std::move(message), options.path};
  }
  Compiler compiler(options.symbols, options.calendars);
  auto root = std::make_shared<logic::Node>(compiler.compile(expression, options.path, 0));
  Problems problems = compiler.take_problems();
  if (!problems.empty() && !options.lenient) return problems;
  return Logic(std::move(root), compiler.take_used());
}

}  // namespace escalate
