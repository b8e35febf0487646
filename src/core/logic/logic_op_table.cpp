// The JSON Logic operator table.
#include "logic_op_table.hpp"

#include <fmt/format.h>

#include <array>

namespace escalate::logic {
namespace {

constexpr std::array kOps = {
    OpInfo{"var", Op::var, Shape::special, 0, 2},
    OpInfo{"val", Op::val, Shape::special, -1, -1},
    OpInfo{"exists", Op::exists, Shape::special, -1, -1},
    OpInfo{"missing", Op::missing, Shape::spread, -1, -1},
    OpInfo{"missing_some", Op::missing_some, Shape::spread, 2, 2},
    OpInfo{"if", Op::if_, Shape::list, -1, -1},
    OpInfo{"?:", Op::if_, Shape::list, -1, -1},
    OpInfo{"and", Op::and_, Shape::list, -1, -1},
    OpInfo{"or", Op::or_, Shape::list, -1, -1},
    OpInfo{"!", Op::not_, Shape::single, -1, -1},
    OpInfo{"!!", Op::not_not, Shape::single, -1, -1},
    OpInfo{"??", Op::coalesce, Shape::single, -1, -1},
    OpInfo{"try", Op::try_, Shape::single, -1, -1},
    OpInfo{"throw", Op::throw_, Shape::single, 1, 1},
    OpInfo{"preserve", Op::preserve, Shape::special, -1, -1},
    OpInfo{"==", Op::eq, Shape::list, 2, -1},
    OpInfo{"!=", Op::ne, Shape::list, 2, -1},
    OpInfo{"===", Op::strict_eq, Shape::list, 2, -1},
    OpInfo{"!==", Op::strict_ne, Shape::list, 2, -1},
    OpInfo{"<", Op::lt, Shape::list, 2, -1},
    OpInfo{"<=", Op::le, Shape::list, 2, -1},
    OpInfo{">", Op::gt, Shape::list, 2, -1},
    OpInfo{">=", Op::ge, Shape::list, 2, -1},
    OpInfo{"+", Op::add, Shape::spread, -1, -1},
    OpInfo{"-", Op::sub, Shape::spread, 1, -1},
    OpInfo{"*", Op::mul, Shape::spread, -1, -1},
    OpInfo{"/", Op::div, Shape::spread, 1, -1},
    OpInfo{"%", Op::mod, Shape::spread, 2, -1},
    OpInfo{"max", Op::max, Shape::spread, 1, -1},
    OpInfo{"min", Op::min, Shape::spread, 1, -1},
    OpInfo{"cat", Op::cat, Shape::spread, -1, -1},
    OpInfo{"substr", Op::substr, Shape::single, 2, 3},
    OpInfo{"in", Op::in, Shape::single, 2, 2},
    OpInfo{"merge", Op::merge, Shape::spread, -1, -1},
    OpInfo{"map", Op::map, Shape::list, 2, 2},
    OpInfo{"filter", Op::filter, Shape::list, 2, 2},
    OpInfo{"reduce", Op::reduce, Shape::list, 2, 3},
    OpInfo{"all", Op::all, Shape::list, 2, 2},
    OpInfo{"some", Op::some, Shape::list, 2, 2},
    OpInfo{"none", Op::none, Shape::list, 2, 2},
    OpInfo{"date_add", Op::date_add, Shape::list, 3, 4},
    OpInfo{"date_diff", Op::date_diff, Shape::list, 3, 4},
    OpInfo{"is_business_day", Op::is_business_day, Shape::single, 1, 2},
    OpInfo{"log", Op::log, Shape::single, 1, 1},
};

}  // namespace

const OpInfo* find_op(std::string_view name) {
  for (const OpInfo& info : kOps) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

std::vector<std::string> op_names() {
  std::vector<std::string> names;
  names.reserve(kOps.size());
  for (const OpInfo& info : kOps) names.emplace_back(info.name);
  return names;
}

std::string argument_count_text(const OpInfo& info) {
  if (info.min_args == info.max_args) {
    return fmt::format("{} argument{}", info.min_args, info.min_args == 1 ? "" : "s");
  }
  if (info.max_args < 0)
    return fmt::format("at least {} argument{}", info.min_args, info.min_args == 1 ? "" : "s");
  if (info.max_args == info.min_args + 1)
    return fmt::format("{} or {} arguments", info.min_args, info.max_args);
  return fmt::format("{} to {} arguments", info.min_args, info.max_args);
}

}  // namespace escalate::logic
