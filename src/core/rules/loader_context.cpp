// Field readers for the rule loader: types, ids, translated texts, placeholders.
#include "loader_context.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "escalate/suggest.hpp"
#include "placeholders.hpp"

namespace escalate::loader {

bool is_id(std::string_view text) {
  if (text.empty() || text[0] < 'a' || text[0] > 'z') return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::boolean:
      return "a boolean";
    case Json::value_t::string:
      return "a string";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::object:
      return "an object";
    default:
      return "a number";
  }
}

std::string describe(const Json& value) {
  std::string text = value.dump();
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  return fmt::format("{} {}", type_name(value), text);
}

void Context::error(const std::string& path, std::string message) {
  problems_.push_back({ProblemCode::invalid_rules, std::move(message), path});
}

void Context::warning(const std::string& path, std::string message) {
  Problem problem{ProblemCode::invalid_rules, std::move(message), path};
  problem.severity = Severity::warning;
  problems_.push_back(std::move(problem));
}

bool Context::object(const Json& value, const std::string& path,
                     std::initializer_list<std::string_view> required,
                     std::initializer_list<std::string_view> optional) {
  if (!value.is_object()) {
    error(path, fmt::format("expected an object, got {}", describe(value)));
    return false;
  }
  std::vector<std::string> allowed;
  for (auto k : required) allowed.emplace_back(k);
  for (auto k : optional) allowed.emplace_back(k);
  for (const auto& [key, unused] : value.items()) {
    if (key.starts_with("x-") || key.starts_with("$")) continue;
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      error(path_key(path, key),
            fmt::format("unknown key '{}'{}", key, did_you_mean(key, allowed)));
    }
  }
  for (auto k : required) {
    if (!value.contains(std::string(k))) error(path, fmt::format("missing required key '{}'", k));
  }
  return true;
}

const Json* Context::field(const Json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(std::string(key));
  return it == object.end() ? nullptr : &*it;
}

std::optional<std::string> Context::string(const Json& object, std::string_view key,
                                           const std::string& path) {
  const Json* v = field(object, key);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    error(path_key(path, key), fmt::format("expected a string, got {}", describe(*v)));
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::string invalid_id_message(std::string_view id) {
  return fmt::format(
      "invalid id '{}': ids are lower-case letters, digits and '_', starting with a letter "
      "(^[a-z][a-z0-9_]*$)",
      id);
}

std::optional<std::string> Context::id(const Json& object, std::string_view key,
                                       const std::string& path) {
  auto text = string(object, key, path);
  if (text && !is_id(*text)) {
    error(path_key(path, key), invalid_id_message(*text));
    return std::nullopt;
  }
  return text;
}

std::optional<bool> Context::boolean(const Json& object, std::string_view key,
                                     const std::string& path) {
  const Json* v = field(object, key);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    error(path_key(path, key), fmt::format("expected true or false, got {}", describe(*v)));
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<double> Context::number(const Json& object, std::string_view key,
                                      const std::string& path) {
  const Json* v = field(object, key);
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    error(path_key(path, key), fmt::format("expected a number, got {}", describe(*v)));
    return std::nullopt;
  }
  return v->get<double>();
}

std::optional<int> Context::integer(const Json& object, std::string_view key,
                                    const std::string& path) {
  const Json* v = field(object, key);
  if (!v) return std::nullopt;
  if (!v->is_number() || std::trunc(v->get<double>()) != v->get<double>() ||
      std::fabs(v->get<double>()) > 1e6) {
    error(path_key(path, key), fmt::format("expected a whole number, got {}", describe(*v)));
    return std::nullopt;
  }
  return v->get<int>();
}

const Json* Context::array(const Json& object, std::string_view key, const std::string& path) {
  const Json* v = field(object, key);
  if (!v) return nullptr;
  if (!v->is_array()) {
    error(path_key(path, key), fmt::format("expected an array, got {}", describe(*v)));
    return nullptr;
  }
  return v;
}

std::optional<Text> Context::text(const Json& object, std::string_view key, const std::string& path,
                                  bool plain_string_always) {
  const Json* v = field(object, key);
  if (!v) return std::nullopt;
  return text_value(*v, path_key(path, key), plain_string_always);
}

std::optional<Text> Context::text_value(const Json& value, const std::string& path,
                                        bool plain_string_always) {
  const auto& languages = rules_.languages;
  if (value.is_string()) {
    if (languages.size() > 1 && !plain_string_always) {
      error(path,
            fmt::format("a plain string is allowed only when 'languages' has exactly one entry; "
                        "give an object with {}",
                        fmt::join(languages, ", ")));
      return std::nullopt;
    }
    Text text(std::vector<std::string>(std::max<std::size_t>(1, languages.size()),
                                       value.get<std::string>()));
    resolve_placeholders(text, path);
    return text;
  }
  if (!value.is_object()) {
    error(path, fmt::format("expected a text (a string, or an object of translations), got {}",
                            describe(value)));
    return std::nullopt;
  }
  bool ok = true;
  for (const auto& [tag, translation] : value.items()) {
    if (std::find(languages.begin(), languages.end(), tag) == languages.end()) {
      error(path_key(path, tag),
            fmt::format("'{}' is not one of the rule set's languages ({}){}", tag,
                        fmt::join(languages, ", "), did_you_mean(tag, languages)));
      ok = false;
    } else if (!translation.is_string()) {
      error(path_key(path, tag), fmt::format("expected a string, got {}", describe(translation)));
      ok = false;
    }
  }
  std::vector<std::string> by_language;
  for (const std::string& tag : languages) {
    const auto it = value.find(tag);
    if (it == value.end()) {
      error(path, fmt::format("missing translation for '{}'", tag));
      ok = false;
    } else if (it->is_string()) {
      by_language.push_back(it->get<std::string>());
    }
  }
  if (!ok) return std::nullopt;
  Text text(std::move(by_language));
  resolve_placeholders(text, path);
  return text;
}

void Context::resolve_placeholders(Text& text, const std::string& path) {
  for (std::size_t lang = 0; lang < text.languages(); ++lang) {
    const std::string lang_path = text.languages() > 1 || rules_.languages.size() > 1
                                      ? path_key(path, rules_.languages.at(lang))
                                      : path;
    const Expected<std::vector<Piece>> split = split_placeholders(text.raw(lang));
    if (!split) {
      error(lang_path, split.problem().message);
      continue;
    }
    std::vector<TextPart> parts;
    for (const auto& [literal, placeholder] : *split) {
      if (!literal.empty()) parts.push_back({literal, -1, false});
      if (!placeholder) continue;
      const auto symbol = rules_.symbols.find(placeholder->name);
      const std::string shown =
          fmt::format("{{{}{}}}", placeholder->label ? "label:" : "", placeholder->name);
      if (!symbol) {
        const auto names = rules_.symbols.names();
        error(
            lang_path,
            fmt::format("unknown placeholder '{}': placeholders name a question, fact, constant or "
                        "today{}",
                        shown, did_you_mean(placeholder->name, names)));
        continue;
      }
      if (placeholder->label) {
        const bool choice = std::find(choice_question_ids.begin(), choice_question_ids.end(),
                                      placeholder->name) != choice_question_ids.end();
        if (!choice) {
          error(lang_path,
                fmt::format("placeholder '{}': 'label:' needs a choice or multi question", shown));
          continue;
        }
      }
      parts.push_back({placeholder->name, *symbol, placeholder->label});
    }
    text.set_parts(lang, std::move(parts));
  }
}

Logic Context::logic(const Json& expression, const std::string& path) {
  CompileOptions options;
  options.symbols = &rules_.symbols;
  options.calendars = &rules_.calendars;
  options.path = path;
  Expected<Logic> compiled = compile_logic(expression, options);
  if (compiled) return std::move(compiled).value();
  problems_.insert(problems_.end(), compiled.problems().begin(), compiled.problems().end());
  // The rules will not load; compiled leniently, the expression still names the
  // symbols it uses, so the later checks (unused questions, fact cycles) stay true.
  options.lenient = true;
  return *compile_logic(expression, options);
}

void Context::check_reference(const std::string& id, const std::vector<std::string>& known,
                              std::string_view what, const std::string& path) {
  if (std::find(known.begin(), known.end(), id) == known.end()) {
    error(path, fmt::format("unknown {} '{}'{}", what, id, did_you_mean(id, known)));
  }
}

}  // namespace escalate::loader
