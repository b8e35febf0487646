// Arithmetic, string/array and date operators over evaluated operands. Errors
// use the standard's types: "NaN" for non-numbers and non-finite results,
// "Invalid Arguments" for wrong argument counts, "Invalid Date" for bad dates.
#include "logic_ops.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "escalate/date.hpp"
#include "escalate/numbers.hpp"
#include "escalate/suggest.hpp"
#include "logic_values.hpp"

namespace escalate::logic {
namespace {

double finite(double x, const std::string& path) {
  if (!std::isfinite(x)) raise("NaN", "the result is not a finite number", path);
  return x;
}

// UTF-8 code point boundaries, so substr never splits a character.
std::vector<std::size_t> code_point_offsets(const std::string& s) {
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(s.size());
  return offsets;
}

std::int64_t whole_number(const Json& value, const char* what, const std::string& path) {
  // Amounts and offsets beyond a billion are never meaningful and would overflow date arithmetic.
  const auto n = whole_in_range(require_number(value, path), -1'000'000'000, 1'000'000'000);
  if (!n)
    raise("Invalid Arguments", fmt::format("{} must be a whole number, got {}", what, value.dump()),
          path);
  return *n;
}

Date date_argument(const Json& value, const std::string& path) {
  if (value.is_string()) {
    if (const auto date = Date::parse_iso(value.get_ref<const std::string&>())) return *date;
  }
  raise("Invalid Date",
        fmt::format("invalid date {}: expected an existing date as YYYY-MM-DD", value.dump()),
        path);
}

std::string unit_argument(Op op, const Json& value, const std::string& path) {
  const std::vector<std::string> units = date_units(op);
  if (value.is_string() &&
      std::find(units.begin(), units.end(), value.get_ref<const std::string&>()) != units.end()) {
    return value.get<std::string>();
  }
  raise("Invalid Arguments", unknown_date_unit(op, value), path);
}

void require_count(const std::vector<Json>& args, std::size_t min, std::size_t max, const char* op,
                   const std::string& path) {
  if (args.size() < min || args.size() > max) {
    raise("Invalid Arguments", fmt::format("'{}' got {} arguments", op, args.size()), path);
  }
}

}  // namespace

std::vector<std::string> date_units(Op op) {
  if (op == Op::date_diff) return {"days", "business_days"};
  return {"days", "business_days", "months", "years"};
}

std::string unknown_date_unit(Op op, const Json& unit) {
  return unknown_one_of("date unit", unit.is_string() ? unit.get<std::string>() : unit.dump(),
                        date_units(op));
}

Json arithmetic(Op op, const std::vector<Json>& args, const std::string& path) {
  switch (op) {
    case Op::add: {
      double sum = 0;
      for (const Json& a : args) sum += require_number(a, path);
      return number_to_json(finite(sum, path));
    }
    case Op::mul: {
      double product = 1;
      for (const Json& a : args) product *= require_number(a, path);
      return number_to_json(finite(product, path));
    }
    case Op::sub: {
      if (args.empty()) raise("Invalid Arguments", "'-' needs at least one argument", path);
      double x = require_number(args[0], path);
      if (args.size() == 1) return number_to_json(-x);
      for (std::size_t i = 1; i < args.size(); ++i) x -= require_number(args[i], path);
      return number_to_json(finite(x, path));
    }
    case Op::div: {
      if (args.empty()) raise("Invalid Arguments", "'/' needs at least one argument", path);
      double x = require_number(args[0], path);
      if (args.size() == 1) return number_to_json(finite(1 / x, path));
      for (std::size_t i = 1; i < args.size(); ++i) x /= require_number(args[i], path);
      return number_to_json(finite(x, path));
    }
    case Op::mod: {
      if (args.size() < 2) raise("Invalid Arguments", "'%' needs at least two arguments", path);
      double x = require_number(args[0], path);
      for (std::size_t i = 1; i < args.size(); ++i) x = std::fmod(x, require_number(args[i], path));
      return number_to_json(finite(x, path));
    }
    case Op::max:
    case Op::min: {
      if (args.empty())
        raise("Invalid Arguments",
              fmt::format("'{}' needs at least one argument", op == Op::max ? "max" : "min"), path);
      double best = require_number(args[0], path);
      for (const Json& a : args) {
        const double x = require_number(a, path);
        best = op == Op::max ? std::max(best, x) : std::min(best, x);
      }
      return number_to_json(best);
    }
    default:
      raise("Invalid Arguments", "not an arithmetic operator", path);
  }
}

bool json_in(const Json& needle, const Json& haystack) {
  if (haystack.is_string())
    return haystack.get_ref<const std::string&>().find(to_js_string(needle)) != std::string::npos;
  if (haystack.is_array()) {
    for (const Json& element : haystack) {
      if (strict_equal(element, needle)) return true;
    }
  }
  return false;
}

Json collection_operation(Op op, const std::vector<Json>& args, const std::string& path) {
  switch (op) {
    case Op::cat: {
      std::string out;
      for (const Json& a : args) out += to_js_string(a);
      return out;
    }
    case Op::merge: {
      Json out = Json::array();
      for (const Json& a : args) {
        if (a.is_array()) {
          for (const Json& element : a) out.push_back(element);
        } else {
          out.push_back(a);
        }
      }
      return out;
    }
    case Op::in: {
      require_count(args, 2, 2, "in", path);
      return json_in(args[0], args[1]);
    }
    case Op::substr: {
      require_count(args, 2, 3, "substr", path);
      const std::string text = to_js_string(args[0]);
      const auto offsets = code_point_offsets(text);
      const auto length = static_cast<std::int64_t>(offsets.size() - 1);
      std::int64_t start = whole_number(args[1], "substr's start", path);
      if (start < 0) start = std::max<std::int64_t>(0, length + start);
      start = std::min(start, length);
      std::int64_t end = length;
      if (args.size() == 3 && !args[2].is_null()) {
        const std::int64_t count = whole_number(args[2], "substr's length", path);
        end = count < 0 ? length + count : start + count;
      }
      end = std::clamp(end, start, length);
      const auto from = offsets[static_cast<std::size_t>(start)];
      const auto to = offsets[static_cast<std::size_t>(end)];
      return text.substr(from, to - from);
    }
    default:
      raise("Invalid Arguments", "not a string operator", path);
  }
}

std::size_t calendar_argument(Op op) { return op == Op::is_business_day ? 1 : 3; }

Json date_operation(Op op, const std::vector<Json>& args, const Calendars& calendars,
                    const std::string& path) {
  const std::size_t at = calendar_argument(op);
  const char* name = op == Op::date_add    ? "date_add"
                     : op == Op::date_diff ? "date_diff"
                                           : "is_business_day";
  require_count(args, at, at + 1, name, path);
  const Calendar* calendar = &calendars.main;
  if (args.size() > at) {
    calendar =
        args[at].is_string() ? calendars.find(args[at].get_ref<const std::string&>()) : nullptr;
    if (!calendar) raise("Invalid Arguments", unknown_calendar(args[at], calendars), path);
  }
  switch (op) {
    case Op::date_add: {
      const Date from = date_argument(args[0], path);
      const std::int64_t n = whole_number(args[1], "the amount to add", path);
      const std::string unit = unit_argument(op, args[2], path);
      std::optional<Date> result;
      if (unit == "days") result = from.plus_days(n);
      if (unit == "months") result = from.plus_months(n);
      if (unit == "years") result = from.plus_months(n * 12);  // |n| <= 10^9: no overflow
      if (unit == "business_days") result = calendar->add_business_days(from, n);
      if (!result || !result->in_range()) {
        raise("Invalid Date",
              fmt::format("{} plus {} {} is outside the years 1 to 9999", from.iso(), n, unit),
              path);
      }
      return result->iso();
    }
    case Op::date_diff: {
      const Date from = date_argument(args[0], path);
      const Date to = date_argument(args[1], path);
      const std::string unit = unit_argument(op, args[2], path);
      if (unit == "days") return to.days() - from.days();
      return calendar->business_days_between(from, to);
    }
    case Op::is_business_day:
      return calendar->is_business_day(date_argument(args[0], path));
    default:
      raise("Invalid Arguments", "not a date operator", path);
  }
}

std::string unknown_calendar(const Json& name, const Calendars& calendars) {
  return unknown_one_of("calendar", name.is_string() ? name.get<std::string>() : name.dump(),
                        calendars.names());
}

}  // namespace escalate::logic
