// Reading a case file: the JSON, then every key checked against the format and
// the rule set in use. A problem names the JSON path, the value and what is
// accepted; hostile input (wrong types, control characters, huge strings,
// unknown questions) is refused the same way, never half read.
#include <fmt/format.h>

#include <algorithm>

#include "escalate/answers.hpp"
#include "escalate/case_file.hpp"
#include "escalate/json_document.hpp"
#include "escalate/json_path.hpp"
#include "escalate/utf8.hpp"

namespace escalate {
namespace {

// A value for a message: short, printable.
std::string shown(const Json& value) {
  std::string text = value.dump(-1, ' ', true, Json::error_handler_t::replace);
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  return text;
}

class Reader {
 public:
  explicit Reader(const RuleSet& rules) : rules_(rules) {}

  Problems problems;

  void fail(const std::string& path, std::string message) {
    problems.emplace_back(ProblemCode::invalid_case, std::move(message), path);
  }

  // Strings anywhere in `value`: at most kMaxCaseString bytes, no control characters.
  void check_strings(const Json& value, const std::string& path) {
    if (value.is_string()) {
      const auto& s = value.get_ref<const std::string&>();
      if (s.size() > kMaxCaseString) {
        fail(path, fmt::format("a string of {} bytes; a case file's strings are at most {} bytes",
                               s.size(), kMaxCaseString));
        return;
      }
      const auto control = std::find_if(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7f;
      });
      if (control != s.end()) {
        fail(path, fmt::format("control character U+{:04X} in {}; a case file's strings hold none",
                               static_cast<unsigned char>(*control), shown(value)));
      }
    } else if (value.is_object()) {
      for (const auto& [key, item] : value.items()) check_strings(item, path_key(path, key));
    } else if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) check_strings(value[i], path_index(path, i));
    }
  }

  const Json* member(const Json& object, std::string_view key, const std::string& path,
                     Json::value_t type, std::string_view expected) {
    const auto it = object.find(key);
    if (it == object.end()) {
      fail(path, fmt::format("missing '{}' ({})", key, expected));
      return nullptr;
    }
    if (it->type() != type) {
      fail(path_key(path, key), fmt::format("expected {}, got {}", expected, shown(*it)));
      return nullptr;
    }
    return &*it;
  }

  std::optional<std::string> string(const Json& object, std::string_view key,
                                    const std::string& path, std::string_view expected) {
    const Json* v = member(object, key, path, Json::value_t::string, expected);
    if (!v) return std::nullopt;
    return v->get<std::string>();
  }

  std::optional<Date> date(const Json& object, std::string_view key, const std::string& path) {
    const auto text = string(object, key, path, "a date as YYYY-MM-DD");
    if (!text) return std::nullopt;
    const auto date = Date::parse_iso(*text);
    if (!date) {
      fail(path_key(path, key),
           fmt::format("invalid date \"{}\": expected an existing date as YYYY-MM-DD", *text));
    }
    return date;
  }

  void only_keys(const Json& object, const std::string& path,
                 std::initializer_list<std::string_view> keys, bool notes_allowed) {
    for (const auto& [key, item] : object.items()) {
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
      if (notes_allowed && key.rfind("x-", 0) == 0) continue;
      fail(path_key(path, key),
           fmt::format("unknown key '{}'; expected {}{}", key, fmt::join(keys, ", "),
                       notes_allowed ? " (or notes as x-…)" : ""));
    }
  }

  void header(const Json& doc, CaseFile& file) {
    if (const auto format = string(doc, "format", "$", "\"escalate-case/1\"")) {
      if (*format != kCaseFormat) {
        const bool newer = format->rfind("escalate-case/", 0) == 0;
        fail("$.format", newer ? fmt::format("\"{}\" is written by a newer escalate; this one "
                                             "reads \"{}\"",
                                             *format, kCaseFormat)
                               : fmt::format("\"{}\" is not a case file format; expected \"{}\"",
                                             *format, kCaseFormat));
        return;
      }
    }
    if (const auto id = string(doc, "id", "$", "a case id")) {
      file.id = *id;
      if (!is_case_id(*id)) {
        fail("$.id",
             fmt::format("invalid case id \"{}\": 1 to 64 of A-Z, a-z, 0-9, '_' and '-'", *id));
      }
    }
    if (const Json* r = member(doc, "rules", "$", Json::value_t::object,
                               "an object with the rule set's id and version")) {
      only_keys(*r, "$.rules", {"id", "version"}, false);
      file.rules_id = string(*r, "id", "$.rules", "the rule set's id").value_or("");
      file.rules_version = string(*r, "version", "$.rules", "the rule set's version").value_or("");
      if (!file.rules_id.empty() && file.rules_id != rules_.id) {
        fail("$.rules.id", fmt::format("this case belongs to the rule set '{}', not to '{}' in "
                                       "use; give that rule set with --rules",
                                       file.rules_id, rules_.id));
      }
    }
    if (const auto language = string(doc, "language", "$", "a language of the rule set")) {
      if (const auto index = rules_.language_index(*language)) {
        file.language = *index;
      } else {
        fail("$.language", fmt::format("language \"{}\" is not one of the rule set's: {}",
                                       *language, fmt::join(rules_.languages, ", ")));
      }
    }
    if (const auto created = date(doc, "created", "$")) file.created = *created;
  }

  void journal(const Json& doc, CaseFile& file) {
    const Json* list = member(doc, "journal", "$", Json::value_t::array, "an array of entries");
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string path = path_index("$.journal", i);
      const Json& item = (*list)[i];
      if (!item.is_object()) {
        fail(path, fmt::format("expected an object, got {}", shown(item)));
        continue;
      }
      JournalEntry entry;
      if (const auto day = date(item, "day", path)) entry.day = *day;
      const auto event = string(item, "event", path, "answered, changed, kept, removed or advised");
      if (!event) continue;
      const auto named = event_named(*event);
      if (!named) {
        fail(path_key(path, "event"),
             fmt::format("unknown event \"{}\"; expected answered, changed, kept, removed or "
                         "advised",
                         *event));
        continue;
      }
      entry.event = *named;
      if (entry.event == CaseEvent::advised) {
        only_keys(item, path, {"day", "event", "step", "deadlines"}, false);
        entry.step = string(item, "step", path, "a step id").value_or("");
        deadlines(item, path, entry);
      } else {
        const bool has_value = entry.event != CaseEvent::removed;
        const bool has_was = entry.event == CaseEvent::changed || entry.event == CaseEvent::removed;
        if (has_value && has_was) {
          only_keys(item, path, {"day", "event", "question", "value", "was"}, false);
        } else if (has_value) {
          only_keys(item, path, {"day", "event", "question", "value"}, false);
        } else {
          only_keys(item, path, {"day", "event", "question", "was"}, false);
        }
        entry.question = string(item, "question", path, "a question id").value_or("");
        if (has_value) value(item, "value", path, entry.value);
        if (has_was) value(item, "was", path, entry.was);
      }
      file.journal.push_back(std::move(entry));
    }
  }

  void answers(const Json& doc, CaseFile& file) {
    const Json* given =
        member(doc, "answers", "$", Json::value_t::object, "an object of question id to answer");
    if (!given) return;
    // "today" bounds are checked against the case's latest day.
    Date latest = file.created;
    for (const JournalEntry& e : file.journal) latest = std::max(latest, e.day);
    const AnswerContext context{rules_, file.language, latest};
    for (const auto& [id, value] : given->items()) {
      const std::string path = path_key("$.answers", id);
      const Question* question = rules_.find_question(id);
      if (!question) {
        fail(path, fmt::format("the rule set '{}' has no question '{}'", rules_.id, id));
        continue;
      }
      Expected<Json> checked = check_answer_json(*question, value, context);
      if (!checked) {
        fail(path, checked.problem().message);
        continue;
      }
      file.answers[id] = std::move(checked).value();
    }
  }

 private:
  static std::optional<CaseEvent> event_named(std::string_view name) {
    for (CaseEvent e : {CaseEvent::answered, CaseEvent::changed, CaseEvent::kept,
                        CaseEvent::removed, CaseEvent::advised}) {
      if (to_string(e) == name) return e;
    }
    return std::nullopt;
  }

  void value(const Json& item, std::string_view key, const std::string& path, Json& out) {
    const auto it = item.find(key);
    if (it == item.end()) {
      fail(path, fmt::format("missing '{}' (the answer)", key));
      return;
    }
    if (it->is_object()) {
      fail(path_key(path, key), fmt::format("expected an answer, got {}", shown(*it)));
      return;
    }
    out = *it;
  }

  void deadlines(const Json& item, const std::string& path, JournalEntry& entry) {
    const Json* list =
        member(item, "deadlines", path, Json::value_t::array, "an array of {id, date}");
    if (!list) return;
    for (std::size_t k = 0; k < list->size(); ++k) {
      const std::string p = path_index(path_key(path, "deadlines"), k);
      const Json& d = (*list)[k];
      if (!d.is_object()) {
        fail(p, fmt::format("expected an object with id and date, got {}", shown(d)));
        continue;
      }
      only_keys(d, p, {"id", "date"}, false);
      JournalDeadline deadline;
      deadline.id = string(d, "id", p, "a deadline id").value_or("");
      if (const auto when = date(d, "date", p)) deadline.date = *when;
      entry.deadlines.push_back(std::move(deadline));
    }
  }

  const RuleSet& rules_;
};

}  // namespace

Expected<CaseFile> read_case(const RuleSet& rules, std::string_view text) {
  Expected<Json> document = parse_json(text);
  if (!document) return document.problems();
  const Json& doc = *document;
  Reader reader(rules);
  if (!doc.is_object()) {
    reader.fail("$", fmt::format("expected a case file (an object with \"format\": \"{}\"), got {}",
                                 kCaseFormat, shown(doc)));
    return reader.problems;
  }
  reader.check_strings(doc, "$");
  if (!reader.problems.empty()) return reader.problems;  // nothing else is read from such a file
  CaseFile file;
  reader.only_keys(doc, "$", {"format", "id", "rules", "language", "created", "answers", "journal"},
                   true);
  reader.header(doc, file);
  if (!reader.problems.empty()) return reader.problems;  // another format or rule set
  reader.journal(doc, file);
  reader.answers(doc, file);
  if (!reader.problems.empty()) return reader.problems;
  for (const auto& [key, item] : doc.items()) {
    if (key.rfind("x-", 0) == 0) file.notes[key] = item;
  }
  return file;
}

}  // namespace escalate
