// The strict JSON Logic operators, applied to already evaluated operands.
#pragma once

#include <string>
#include <vector>

#include "escalate/calendar.hpp"
#include "escalate/json.hpp"
#include "logic_node.hpp"

namespace escalate::logic {

// The units date_add and date_diff take, and what is wrong with another one:
// "unknown date unit 'weeks'; expected one of days, business_days, …".
std::vector<std::string> date_units(Op op);
std::string unknown_date_unit(Op op, const Json& unit);
// The argument count at which a date operator's optional calendar name sits,
// and what is wrong with a name that is not a calendar.
std::size_t calendar_argument(Op op);
std::string unknown_calendar(const Json& name, const Calendars& calendars);

// + - * / % max min
Json arithmetic(Op op, const std::vector<Json>& args, const std::string& path);
// cat substr in merge
Json collection_operation(Op op, const std::vector<Json>& args, const std::string& path);
// `in`: `needle` within the string `haystack`, or an element of the array `haystack`.
bool json_in(const Json& needle, const Json& haystack);
// date_add date_diff is_business_day
// The last argument may name a calendar of `calendars` (else the main one).
Json date_operation(Op op, const std::vector<Json>& args, const Calendars& calendars,
                    const std::string& path);

}  // namespace escalate::logic
