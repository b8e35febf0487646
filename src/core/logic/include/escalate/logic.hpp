// JSON Logic with the date operators: compiled once into a tree of resolved
// operators, then evaluated with three-valued logic (a value, or "unknown"
// naming the first unanswered question met), or failing with a LogicError.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "escalate/calendar.hpp"
#include "escalate/json.hpp"
#include "escalate/problem.hpp"

namespace escalate {

namespace logic {
struct Node;
}

// The names a rule set's logic may use at its top level (questions, facts,
// constants, today). Without one, `var` reads plain JSON data (the standard
// JSON Logic behaviour, used by `escalate eval` and the conformance suites).
class SymbolTable {
 public:
  virtual ~SymbolTable() = default;
  virtual std::optional<int> find(std::string_view name) const = 0;
  virtual std::vector<std::string> names() const = 0;
};

struct CompileOptions {
  const SymbolTable* symbols = nullptr;
  std::string path = "$";  // where the expression sits, for messages
  // Problems visible in the expression (unknown operators, wrong argument
  // counts, unknown variables, malformed date literals) fail the compilation.
  // When lenient, the expression compiles anyway and fails at run time where
  // the standard says it fails (the conformance suites expect that).
  bool lenient = false;
  // The calendars a date operator may name; without them only "default".
  const Calendars* calendars = nullptr;
};

// A compiled expression. Cheap to copy (shared, immutable).
class Logic {
 public:
  Logic();
  Logic(std::shared_ptr<const logic::Node> root, std::vector<int> symbols_used);
  const logic::Node& root() const { return *root_; }
  // Top-level symbols named anywhere in the expression, first use first.
  const std::vector<int>& symbols_used() const { return symbols_used_; }

 private:
  std::shared_ptr<const logic::Node> root_;
  std::vector<int> symbols_used_;
};

// Compiles `expression`: the Logic, or every problem visible in it (code
// invalid_logic, each at its JSON path); see CompileOptions::lenient.
Expected<Logic> compile_logic(const Json& expression, const CompileOptions& options = {});

// A three-valued result: a known JSON value, or unknown because the question
// with symbol `unknown` has not been answered.
struct Tri {
  Json value;
  int unknown = -1;

  bool known() const { return unknown < 0; }
  static Tri of(Json v) { return Tri{std::move(v), -1}; }
  static Tri unknown_because(int symbol) { return Tri{Json(), symbol}; }
};

// An error raised during evaluation: `error` is the thrown JSON value, by the
// standard's convention {"type": "NaN"}, {"type": "Invalid Arguments"}, ...
class LogicError : public std::runtime_error {
 public:
  LogicError(Json error, const std::string& message, std::string path);
  const Json& error() const { return error_; }
  const std::string& path() const { return path_; }

 private:
  Json error_;
  std::string path_;
};

// Supplies the values of top-level symbols during evaluation in rule mode.
class Resolver {
 public:
  virtual ~Resolver() = default;
  virtual Tri value_of(int symbol) = 0;
  // The symbol's value when it is known and held for the resolver's lifetime
  // (read without a copy), else nullptr: then value_of() gives it.
  virtual const Json* held_value(int /*symbol*/) { return nullptr; }
};

struct EvalContext {
  const Json* data = nullptr;            // plain mode: the data `var` reads
  Resolver* resolver = nullptr;          // rule mode: answers, facts, constants, today
  const SymbolTable* symbols = nullptr;  // rule mode: for names computed at run time
  // For business days: the calendar an operator names (its last argument), or
  // the main one. None: Saturday and Sunday off, no holidays.
  const Calendars* calendars = nullptr;
};

// Throws LogicError.
Tri evaluate(const Logic& logic, const EvalContext& context);

// JSON Logic truthiness: false, null, 0, "", [] are falsy; everything else truthy.
bool truthy(const Json& value);

}  // namespace escalate
