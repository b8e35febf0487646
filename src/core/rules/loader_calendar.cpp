// The loader's pass over the calendars: the default `calendar` and the named
// `calendars` (a court's, …), each with weekend days, holidays and yearly
// periods on which nothing counts.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "escalate/suggest.hpp"
#include "loader_sections.hpp"

namespace escalate::loader {
namespace {

constexpr int kMaxPeriodDays = 180;

void read_holiday(Context& ctx, const Json& item, const std::string& path,
                  std::vector<Holiday>& out) {
  if (!ctx.object(item, path, {"name"},
                  {"month", "day", "easter_offset", "from_year", "until_year"}))
    return;
  Holiday holiday;
  if (const auto name = ctx.text(item, "name", path, true)) holiday.name = name->raw(0);
  const bool fixed = item.contains("month") || item.contains("day");
  const bool easter = item.contains("easter_offset");
  if (fixed == easter) {
    ctx.error(path,
              "holiday needs either 'month' and 'day' or 'easter_offset', not both or neither");
    return;
  }
  bool ok = true;
  if (fixed) {
    const auto month = ctx.integer(item, "month", path);
    const auto day = ctx.integer(item, "day", path);
    if (!month || !day) {
      if (!item.contains("month") || !item.contains("day")) {
        ctx.error(path,
                  "holiday needs either 'month' and 'day' or 'easter_offset', not both or neither");
      }
      return;
    }
    if (*month < 1 || *month > 12) {
      ctx.error(path_key(path, "month"), fmt::format("invalid month {}: expected 1 to 12", *month));
      return;
    }
    if (*day < 1 || *day > days_in_month(2024, *month)) {  // 2024: a leap year allows 29 February
      ctx.error(path_key(path, "day"), fmt::format("invalid day {} for month {}", *day, *month));
      return;
    }
    holiday.month = *month;
    holiday.day = *day;
  } else {
    const auto offset = ctx.integer(item, "easter_offset", path);
    if (!offset) return;
    if (*offset < -366 || *offset > 366) {
      ctx.error(path_key(path, "easter_offset"),
                fmt::format("easter_offset {} is more than a year away", *offset));
      ok = false;
    }
    holiday.easter_offset = *offset;
  }
  if (item.contains("from_year")) holiday.from_year = ctx.integer(item, "from_year", path);
  if (item.contains("until_year")) holiday.until_year = ctx.integer(item, "until_year", path);
  if (holiday.from_year && holiday.until_year && *holiday.from_year > *holiday.until_year) {
    ctx.error(path, fmt::format("from_year {} is after until_year {}", *holiday.from_year,
                                *holiday.until_year));
    ok = false;
  }
  if (ok) out.push_back(std::move(holiday));
}

// "MM-DD", any day a leap year has (29 February included).
std::optional<std::pair<int, int>> month_day(Context& ctx, const Json& item, std::string_view key,
                                             const std::string& path) {
  const auto text = ctx.string(item, key, path);
  if (!text) return std::nullopt;
  const std::string& s = *text;
  const bool shaped = s.size() == 5 && s[2] == '-' && std::all_of(s.begin(), s.end(), [](char c) {
                        return c == '-' || (c >= '0' && c <= '9');
                      });
  if (shaped) {
    const int month = std::stoi(s.substr(0, 2));
    const int day = std::stoi(s.substr(3, 2));
    if (month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(2024, month))
      return std::pair{month, day};
  }
  ctx.error(path_key(path, key),
            fmt::format("invalid month and day '{}': expected \"MM-DD\", such as \"12-20\"", s));
  return std::nullopt;
}

void read_period(Context& ctx, const Json& item, const std::string& path,
                 std::vector<Period>& out) {
  if (!ctx.object(item, path, {"name", "from", "until"}, {"from_year", "until_year"})) return;
  Period period;
  if (const auto name = ctx.text(item, "name", path, true)) period.name = name->raw(0);
  const auto from = month_day(ctx, item, "from", path);
  const auto until = month_day(ctx, item, "until", path);
  if (item.contains("from_year")) period.from_year = ctx.integer(item, "from_year", path);
  if (item.contains("until_year")) period.until_year = ctx.integer(item, "until_year", path);
  if (!from || !until) return;
  std::tie(period.from_month, period.from_day) = *from;
  std::tie(period.until_month, period.until_day) = *until;
  // Length in a leap year, the longest it can be.
  const Date start = *Date::from_ymd(2024, period.from_month, period.from_day);
  const int end_year = period.crosses_year_end() ? 2025 : 2024;
  const Date end =
      *Date::from_ymd(end_year, period.until_month,
                      std::min(period.until_day, days_in_month(end_year, period.until_month)));
  const auto days = end.days() - start.days() + 1;
  if (days > kMaxPeriodDays) {
    ctx.error(path,
              fmt::format("period from {} until {} lasts {} days; a period may last at most {}",
                          item["from"].get<std::string>(), item["until"].get<std::string>(), days,
                          kMaxPeriodDays));
    return;
  }
  if (period.from_year && period.until_year && *period.from_year > *period.until_year) {
    ctx.error(path, fmt::format("from_year {} is after until_year {}", *period.from_year,
                                *period.until_year));
    return;
  }
  out.push_back(std::move(period));
}

// What one calendar object says; `weekend` only when it gives one.
struct Parts {
  std::optional<std::vector<int>> weekend;
  std::vector<Holiday> holidays;
  std::vector<Period> periods;
};

Parts read_parts(Context& ctx, const Json& calendar, const std::string& path) {
  Parts parts;
  if (const Json* days = ctx.array(calendar, "weekend", path)) {
    std::vector<int> weekend;
    for (std::size_t i = 0; i < days->size(); ++i) {
      const Json& d = (*days)[i];
      const std::string item = path_index(path_key(path, "weekend"), i);
      if (!d.is_number_integer() || d.get<long long>() < 1 || d.get<long long>() > 7) {
        ctx.error(item,
                  fmt::format("invalid weekday {}: expected 1 (Monday) to 7 (Sunday)", d.dump()));
      } else if (std::find(weekend.begin(), weekend.end(), d.get<int>()) != weekend.end()) {
        ctx.error(item, fmt::format("weekday {} is listed twice", d.get<int>()));
      } else {
        weekend.push_back(d.get<int>());
      }
    }
    if (weekend.size() == 7)
      ctx.error(path_key(path, "weekend"),
                "every day of the week is a weekend day; no business day is left");
    parts.weekend = std::move(weekend);
  }
  if (const Json* list = ctx.array(calendar, "holidays", path)) {
    for (std::size_t i = 0; i < list->size(); ++i)
      read_holiday(ctx, (*list)[i], path_index(path_key(path, "holidays"), i), parts.holidays);
  }
  if (const Json* list = ctx.array(calendar, "periods", path)) {
    for (std::size_t i = 0; i < list->size(); ++i)
      read_period(ctx, (*list)[i], path_index(path_key(path, "periods"), i), parts.periods);
  }
  return parts;
}

std::vector<int> weekend_days(const Calendar& calendar) {
  std::vector<int> days;
  for (int d = 1; d <= 7; ++d) {
    if (calendar.weekend()[static_cast<std::size_t>(d)]) days.push_back(d);
  }
  return days;
}

// A named calendar on top of the one it extends: its weekend replaces the
// base's when given; its holidays and periods are added to the base's.
Calendar combine(const Calendar& base, Parts parts) {
  std::vector<Holiday> holidays = base.holidays();
  holidays.insert(holidays.end(), parts.holidays.begin(), parts.holidays.end());
  std::vector<Period> periods = base.periods();
  periods.insert(periods.end(), parts.periods.begin(), parts.periods.end());
  return Calendar(parts.weekend ? *parts.weekend : weekend_days(base), std::move(holidays),
                  std::move(periods));
}

class NamedCalendars {
 public:
  NamedCalendars(Context& ctx, const Json& section) : ctx_(ctx), section_(section) {}

  // Resolves `id` and, first, the calendars it extends; reports cycles.
  const Calendar* resolve(const std::string& id) {
    if (auto done = resolved_.find(id); done != resolved_.end())
      return done->second ? &*done->second : nullptr;
    const std::string path = path_key("$.calendars", id);
    const Json& item = section_[id];
    resolved_[id] = std::nullopt;  // marks `id` as in progress
    if (!ctx_.object(item, path, {}, {"extends", "weekend", "holidays", "periods"})) return nullptr;
    const Calendar* base = &ctx_.rules().calendars.main;
    if (item.contains("extends")) {
      const auto name = ctx_.string(item, "extends", path);
      if (!name) return nullptr;
      base = base_named(*name, id, path_key(path, "extends"));
      if (!base) return nullptr;
    }
    Parts parts = read_parts(ctx_, item, path);
    resolved_[id] = combine(*base, std::move(parts));
    return &*resolved_[id];
  }

  std::map<std::string, std::optional<Calendar>> take() { return std::move(resolved_); }

 private:
  const Calendar* base_named(const std::string& name, const std::string& id,
                             const std::string& path) {
    if (name == "default") return &ctx_.rules().calendars.main;
    if (!section_.contains(name)) {
      std::vector<std::string> known{"default"};
      for (const auto& [other, unused] : section_.items()) {
        if (other != id) known.push_back(other);
      }
      ctx_.error(path, unknown_one_of("calendar", name, known));
      return nullptr;
    }
    if (auto seen = resolved_.find(name); seen != resolved_.end() && !seen->second) {
      ctx_.error(path,
                 fmt::format("calendar '{}' extends '{}', which extends it in turn", id, name));
      return nullptr;
    }
    return resolve(name);
  }

  Context& ctx_;
  const Json& section_;
  std::map<std::string, std::optional<Calendar>> resolved_;
};

}  // namespace

void read_calendar(Context& ctx, const Json& doc) {
  if (const Json* calendar = ctx.field(doc, "calendar")) {
    if (ctx.object(*calendar, "$.calendar", {}, {"weekend", "holidays", "periods"})) {
      Parts parts = read_parts(ctx, *calendar, "$.calendar");
      ctx.rules().calendars.main = Calendar(parts.weekend ? *parts.weekend : std::vector<int>{6, 7},
                                            std::move(parts.holidays), std::move(parts.periods));
    }
  }
  const Json* section = ctx.field(doc, "calendars");
  if (!section) return;
  if (!section->is_object()) {
    ctx.error("$.calendars",
              fmt::format("expected an object of calendars by id, got {}", describe(*section)));
    return;
  }
  NamedCalendars named(ctx, *section);
  for (const auto& [id, unused] : section->items()) {
    if (id.rfind("x-", 0) == 0 || id.rfind('$', 0) == 0) continue;  // notes
    if (!is_id(id) || id == "default") {
      ctx.error(path_key("$.calendars", id),
                id == "default"
                    ? std::string("'default' names the top-level calendar; choose another id")
                    : invalid_id_message(id));
      continue;
    }
    named.resolve(id);
  }
  for (auto& [id, calendar] : named.take()) {
    if (calendar) ctx.rules().calendars.named.emplace_back(id, std::move(*calendar));
  }
}

}  // namespace escalate::loader
