// Checked numeric conversions: a double or a JSON number becomes an integer only
// when it is whole and in range, never by an undefined or silently wrapping cast.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>

#include "escalate/json.hpp"

namespace escalate {

// `x` as an integer when it is a whole number within [lo, hi]; none for NaN,
// infinities, fractions and values out of range.
inline std::optional<std::int64_t> whole_in_range(double x, std::int64_t lo, std::int64_t hi) {
  constexpr double kTwo63 = 9223372036854775808.0;  // 2^63, exact as a double
  if (!std::isfinite(x) || std::trunc(x) != x || x < -kTwo63 || x >= kTwo63) return std::nullopt;
  const auto n = static_cast<std::int64_t>(x);  // defined: x is whole and in [-2^63, 2^63)
  if (n < lo || n > hi) return std::nullopt;
  return n;
}

// A JSON number that is a whole number within [lo, hi].
inline std::optional<std::int64_t> json_whole(const Json& value, std::int64_t lo, std::int64_t hi) {
  switch (value.type()) {
    case Json::value_t::number_integer: {
      const auto n = value.get<std::int64_t>();
      if (n < lo || n > hi) return std::nullopt;
      return n;
    }
    case Json::value_t::number_unsigned: {
      const auto n = value.get<std::uint64_t>();
      if (hi < 0 || n > static_cast<std::uint64_t>(hi)) return std::nullopt;
      if (lo > 0 && n < static_cast<std::uint64_t>(lo)) return std::nullopt;
      return static_cast<std::int64_t>(n);
    }
    case Json::value_t::number_float:
      return whole_in_range(value.get<double>(), lo, hi);
    default:
      return std::nullopt;
  }
}

// Whole numbers that a double holds exactly (|x| <= 2^53) as JSON integers, so
// results print 1621, not 1621.0; everything else as the double it is.
inline Json number_to_json(double x) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (std::isfinite(x) && std::trunc(x) == x && std::fabs(x) <= kExact)
    return Json(static_cast<std::int64_t>(x));
  return Json(x);
}

}  // namespace escalate
