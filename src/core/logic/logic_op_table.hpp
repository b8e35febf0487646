// The table of JSON Logic operators: each name, the operator it compiles to,
// how it takes its arguments and the argument counts visible at compile time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "logic_node.hpp"

namespace escalate::logic {

// How an operator takes its arguments.
enum class Shape {
  list,     // needs a JSON array of arguments ("Invalid Arguments" otherwise)
  spread,   // a single expression whose array value is the argument list
  single,   // a single expression is one argument
  special,  // handled by its own compile function
};

struct OpInfo {
  std::string_view name;
  Op op;
  Shape shape;
  int min_args;  // visible argument-count bounds; -1 for no bound
  int max_args;
};

// The operator called `name`, or none.
const OpInfo* find_op(std::string_view name);
// Every operator name, for "did you mean".
std::vector<std::string> op_names();
// "2 arguments", "at least 1 argument", "2 to 3 arguments".
std::string argument_count_text(const OpInfo& info);

}  // namespace escalate::logic
