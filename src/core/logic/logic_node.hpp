// The compiled form of a JSON Logic expression, shared by the compiler and the
// evaluator. Operators are resolved to an enum and variable paths split once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "escalate/json.hpp"

namespace escalate::logic {

enum class Op : std::uint8_t {
  literal,  // a constant JSON value
  array,    // a JSON array whose elements are expressions
  fail,     // always raises `literal` as its error (bad arguments seen at compile time)
  var,
  val,
  exists,
  missing,
  missing_some,
  if_,
  and_,
  or_,
  not_,
  not_not,
  coalesce,
  try_,
  throw_,
  preserve,
  eq,
  ne,
  strict_eq,
  strict_ne,
  lt,
  le,
  gt,
  ge,
  add,
  sub,
  mul,
  div,
  mod,
  max,
  min,
  cat,
  substr,
  in,
  merge,
  map,
  filter,
  reduce,
  all,
  some,
  none,
  date_add,
  date_diff,
  is_business_day,
  log,
};

// A `val` scope climb ([n]) is capped here: deeper than any scope can be (scopes
// nest at most kMaxJsonDepth levels), so a larger |n| reads nothing either way.
inline constexpr int kMaxScopeClimb = 1 << 20;

struct PathKey {
  std::string key;
  std::optional<std::size_t> index;  // set when the key is a non-negative integer
};

// A data access resolved at compile time: `up` scope levels above the current
// one, then, at the root in rule mode, `symbol`, then `path` into the value.
struct Access {
  int up = 0;
  int symbol = -1;
  std::vector<PathKey> path;
};

struct Node {
  Op op = Op::literal;
  // The operator's argument was one expression rather than an array: its
  // value, when an array, is the argument list ({"+": {"var": "xs"}}).
  bool spread = false;
  Json literal;
  std::vector<Node> args;
  std::optional<Access> access;  // static var/val/exists paths
  std::string path;              // JSON path of the node, for error messages
};

}  // namespace escalate::logic
