// Value semantics of JSON Logic, following the community conformance tables:
// arrays and objects never coerce to numbers; null coerces to 0.
#include "logic_values.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "escalate/logic.hpp"
#include "escalate/numbers.hpp"

namespace escalate::logic {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::optional<double> parse_js_number(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  if (text.empty()) return 0.0;
  if (text == "Infinity" || text == "+Infinity") return HUGE_VAL;
  if (text == "-Infinity") return -HUGE_VAL;
  std::string_view body = text;
  if (body.front() == '+' || body.front() == '-') body.remove_prefix(1);
  if (body.empty()) return std::nullopt;
  // Only decimal forms; strtod would also take hex, "nan" and "inf".
  for (char c : body) {
    const bool ok =
        (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    if (!ok) return std::nullopt;
  }
  const std::string copy(text);
  char* end = nullptr;
  const double value = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size()) return std::nullopt;
  return value;
}

std::string js_number_string(double x) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x < 0 ? "-Infinity" : "Infinity";
  if (x == 0) return "0";
  // Shortest round-trip digits, then laid out as JavaScript's Number#toString does.
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::scientific);
  std::string sci(buffer, result.ptr);
  const bool negative = sci.front() == '-';
  if (negative) sci.erase(0, 1);
  const std::size_t e = sci.find('e');
  std::string digits = sci.substr(0, e);
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  const int exponent = std::stoi(sci.substr(e + 1));
  const int k = static_cast<int>(digits.size());
  const int n = exponent + 1;  // position of the decimal point
  std::string out;
  if (k <= n && n <= 21) {
    out = digits + std::string(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out = digits.substr(0, static_cast<std::size_t>(n)) + "." +
          digits.substr(static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    out = "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
  } else {
    out = digits.substr(0, 1);
    if (k > 1) out += "." + digits.substr(1);
    out += fmt::format("e{}{}", n - 1 >= 0 ? "+" : "-", std::abs(n - 1));
  }
  return negative ? "-" + out : out;
}

bool is_compound(const Json& v) { return v.is_array() || v.is_object(); }

}  // namespace

void raise(std::string type, const std::string& message, const std::string& path) {
  throw LogicError(Json{{"type", std::move(type)}}, message, path);
}

std::optional<double> to_number(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return 0.0;
    case Json::value_t::boolean:
      return value.get<bool>() ? 1.0 : 0.0;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return value.get<double>();
    case Json::value_t::string:
      return parse_js_number(value.get_ref<const std::string&>());
    default:
      return std::nullopt;
  }
}

double require_number(const Json& value, const std::string& path) {
  const auto n = to_number(value);
  if (!n || std::isnan(*n)) {
    raise("NaN", fmt::format("{} is not a number", value.dump()), path);
  }
  return *n;
}

std::string to_js_string(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return "";
    case Json::value_t::boolean:
      return value.get<bool>() ? "true" : "false";
    case Json::value_t::number_integer:
      return std::to_string(value.get<std::int64_t>());
    case Json::value_t::number_unsigned:
      return std::to_string(value.get<std::uint64_t>());
    case Json::value_t::number_float:
      return js_number_string(value.get<double>());
    case Json::value_t::string:
      return value.get<std::string>();
    case Json::value_t::array: {
      std::string out;
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (i) out += ',';
        out += to_js_string(value[i]);
      }
      return out;
    }
    default:
      return value.dump();
  }
}

bool strict_equal(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number()) return a.get<double>() == b.get<double>();
  return a == b;
}

bool loose_equal(const Json& a, const Json& b, const std::string& path) {
  if (is_compound(a) || is_compound(b)) {
    raise("NaN", fmt::format("cannot compare {} with {}", a.dump(), b.dump()), path);
  }
  if (a.is_string() && b.is_string()) return a == b;
  if (a.is_null() && b.is_null()) return true;
  // As in JavaScript, null is never loosely equal to a string ("" included);
  // against numbers and booleans the conformance tables coerce it to 0.
  if ((a.is_null() && b.is_string()) || (a.is_string() && b.is_null())) return false;
  return require_number(a, path) == require_number(b, path);
}

int compare(const Json& a, const Json& b, const std::string& path) {
  if (is_compound(a) || is_compound(b)) {
    raise("NaN", fmt::format("cannot order {} and {}", a.dump(), b.dump()), path);
  }
  if (a.is_string() && b.is_string()) {
    const auto c = a.get_ref<const std::string&>().compare(b.get_ref<const std::string&>());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  const double x = require_number(a, path);
  const double y = require_number(b, path);
  return x < y ? -1 : (x > y ? 1 : 0);
}

}  // namespace escalate::logic

namespace escalate {

bool truthy(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return false;
    case Json::value_t::boolean:
      return value.get<bool>();
    case Json::value_t::number_integer:
      return value.get<std::int64_t>() != 0;
    case Json::value_t::number_unsigned:
      return value.get<std::uint64_t>() != 0;
    case Json::value_t::number_float: {
      const double d = value.get<double>();
      return d != 0 && !std::isnan(d);
    }
    case Json::value_t::string:
      return !value.get_ref<const std::string&>().empty();
    case Json::value_t::array:
      return !value.empty();
    default:
      return true;
  }
}

LogicError::LogicError(Json error, const std::string& message, std::string path)
    : std::runtime_error(message), error_(std::move(error)), path_(std::move(path)) {}

}  // namespace escalate
