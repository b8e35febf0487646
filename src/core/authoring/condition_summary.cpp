// JSON Logic read aloud: each operator has a reading, and binding strength
// decides where parentheses go, so the text groups the way it is evaluated.
#include "condition_summary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <vector>

#include "escalate/utf8.hpp"

namespace escalate {
namespace {

// How tightly a reading binds, loosest first. A part that binds more loosely
// than its place asks for is put in parentheses.
enum Binding : int {
  kConditional,  // if c then a else b
  kOr,
  kAnd,
  kPhrase,      // not x; days from a to b; a ?? b
  kComparison,  // =, !=, <, <=, >, >=, in
  kSum,         // a + b, a - b, date + n days
  kProduct,     // a * b, a / b, a % b, -a
  kAtom,        // names, values, lists, name(arguments)
};

// Where the operands of `and` and `or` need parentheses. `a or (b and c)`:
// not needed by the grouping, but read more easily.
constexpr int kInAnd = kAnd;
constexpr int kInOr = kPhrase;

struct Piece {
  std::string text;
  int binding = kAtom;
};

// The operands of an `and` or an `or`, each as it stands in the text.
struct Chain {
  std::string word;
  std::vector<std::string> parts;
};

std::string at_least(const Piece& piece, int binding) {
  return piece.binding < binding ? "(" + piece.text + ")" : piece.text;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_digit(s[i])) return false;
  return true;
}

// A value that can stand bare without being read as a keyword or a number.
bool is_plain_word(std::string_view s) {
  static constexpr std::string_view kKeywords[] = {"and",  "or",   "not",  "in",   "if",
                                                   "then", "else", "true", "null", "false",
                                                   "from", "to",   "data"};
  if (s.empty() || !is_word_start(s.front())) return false;
  for (char c : s)
    if (!is_word_start(c) && !is_digit(c)) return false;
  for (std::string_view keyword : kKeywords)
    if (s == keyword) return false;
  return true;
}

std::string json_text(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string value_text(const std::string& s) {
  return is_plain_word(s) || is_iso_date(s) ? s : json_text(Json(s));
}

// The operands: an array lists them; anything else is the only one.
std::vector<const Json*> operands(const Json& raw) {
  std::vector<const Json*> list;
  if (raw.is_array()) {
    for (const Json& item : raw) list.push_back(&item);
  } else {
    list.push_back(&raw);
  }
  return list;
}

std::string unit_words(std::string unit) {
  for (char& c : unit)
    if (c == '_') c = ' ';
  return unit;
}

class Reader {
 public:
  Piece read(const Json& e) const {
    if (e.is_object() && e.size() == 1) return operation(e.begin().key(), e.begin().value());
    if (e.is_array()) return {"[" + joined(operands(e), ", ", kConditional) + "]"};
    if (e.is_string()) return {value_text(e.get_ref<const std::string&>())};
    return {json_text(e)};
  }

  std::optional<Chain> chain(const Json& e) const {
    if (!e.is_object() || e.size() != 1) return std::nullopt;
    const std::string& name = e.begin().key();
    const Json& raw = e.begin().value();
    if ((name != "and" && name != "or") || !raw.is_array() || raw.size() < 2) return std::nullopt;
    Chain result{name, {}};
    for (const Json& item : raw)
      result.parts.push_back(at_least(read(item), name == "and" ? kInAnd : kInOr));
    return result;
  }

 private:
  std::string joined(const std::vector<const Json*>& items, std::string_view separator, int binding,
                     int first_binding = -1) const {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) text += separator;
      text += at_least(read(*items[i]), i == 0 && first_binding >= 0 ? first_binding : binding);
    }
    return text;
  }

  Piece call(std::string_view name, const Json& raw) const {
    return {fmt::format("{}({})", name, joined(operands(raw), ", ", kConditional))};
  }

  // A variable's name as written; `{"var": ""}` is the data itself.
  Piece variable(const Json& raw) const {
    const Json& name = raw.is_array() && !raw.empty() ? raw.front() : raw;
    if (name.is_string()) {
      const auto& text = name.get_ref<const std::string&>();
      return {text.empty() ? "data" : text};
    }
    if (name.is_number()) return {json_text(name)};
    if (name.is_null() || (name.is_array() && name.empty())) return {"data"};
    return call("var", raw);
  }

  // `val` and `exists` name a path as a list of keys.
  std::optional<std::string> path(const Json& raw) const {
    if (!raw.is_string() && !raw.is_array()) return std::nullopt;
    std::string text;
    for (const Json* key_json : operands(raw)) {
      const Json& key = *key_json;
      if (!key.is_string()) return std::nullopt;
      if (!text.empty()) text += '.';
      text += key.get_ref<const std::string&>();
    }
    return text.empty() ? "data" : text;
  }

  Piece conditional(const std::vector<const Json*>& args) const {
    std::string text;
    std::size_t i = 0;
    for (; i + 1 < args.size(); i += 2) {
      if (i > 0) text += " else ";
      text += fmt::format("if {} then {}", at_least(read(*args[i]), kOr),
                          at_least(read(*args[i + 1]), kOr));
    }
    if (i < args.size()) text += " else " + read(*args[i]).text;
    return {text, kConditional};
  }

  Piece infix(const std::vector<const Json*>& args, std::string_view sign, int binding,
              int operand_binding, int later_binding) const {
    return {joined(args, fmt::format(" {} ", sign), later_binding, operand_binding), binding};
  }

  std::string calendar_words(const std::vector<const Json*>& args) const {
    return args.size() == 4 ? fmt::format(" ({} calendar)", read(*args[3]).text) : "";
  }

  Piece operation(const std::string& name, const Json& raw) const {
    const std::vector<const Json*> args = operands(raw);
    const std::size_t n = args.size();
    if (name == "var") return variable(raw);
    if (name == "val" || name == "exists") {
      const std::optional<std::string> keys = path(raw);
      if (!keys) return call(name, raw);
      return {name == "val" ? *keys : fmt::format("exists({})", *keys)};
    }
    if (name == "and" && n > 1) return infix(args, "and", kAnd, kInAnd, kInAnd);
    if (name == "or" && n > 1) return infix(args, "or", kOr, kInOr, kInOr);
    if ((name == "and" || name == "or") && n == 1) return read(*args[0]);
    if (name == "!" && n == 1) {
      const Piece operand = read(*args[0]);
      return {"not " + (operand.binding == kAtom ? operand.text : "(" + operand.text + ")"),
              kPhrase};
    }
    if (name == "!!" && n == 1) return call("bool", raw);
    if ((name == "if" || name == "?:") && n > 1) return conditional(args);
    if (n >= 2) {
      if (name == "==" || name == "===") return infix(args, "=", kComparison, kSum, kSum);
      if (name == "!=" || name == "!==") return infix(args, "!=", kComparison, kSum, kSum);
      if (name == "<" || name == "<=" || name == ">" || name == ">=" || name == "in")
        return infix(args, name, kComparison, kSum, kSum);
      if (name == "+") return infix(args, "+", kSum, kSum, kSum);
      if (name == "-") return infix(args, "-", kSum, kSum, kProduct);
      if (name == "*") return infix(args, "*", kProduct, kProduct, kProduct);
      if (name == "/" || name == "%") return infix(args, name, kProduct, kProduct, kAtom);
      if (name == "??") return infix(args, "??", kPhrase, kSum, kSum);
    }
    if (name == "-" && n == 1) return {"-" + at_least(read(*args[0]), kAtom), kProduct};
    const bool dated = (n == 3 || n == 4) && args[2]->is_string();
    if (name == "date_add" && dated) {
      return {fmt::format("{} + {} {}{}", at_least(read(*args[0]), kSum),
                          at_least(read(*args[1]), kProduct),
                          unit_words(args[2]->get<std::string>()), calendar_words(args)),
              kSum};
    }
    if (name == "date_diff" && dated) {
      return {fmt::format("{} from {} to {}{}", unit_words(args[2]->get<std::string>()),
                          at_least(read(*args[0]), kAtom), at_least(read(*args[1]), kAtom),
                          calendar_words(args)),
              kPhrase};
    }
    if (name == "missing") {
      // Names, possibly given as one list.
      std::string names;
      for (const Json* arg : args) {
        for (const Json* item : operands(*arg)) {
          if (!names.empty()) names += ", ";
          names += item->is_string() ? item->get<std::string>() : read(*item).text;
        }
      }
      return {fmt::format("missing({})", names)};
    }
    return call(name, raw);
  }
};

std::size_t sequence_length(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  const std::size_t length = lead < 0x80             ? 1
                             : (lead & 0xE0) == 0xC0 ? 2
                             : (lead & 0xF0) == 0xE0 ? 3
                             : (lead & 0xF8) == 0xF0 ? 4
                                                     : 1;
  return std::min(length, text.size() - at);
}

}  // namespace

std::string shorten(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return "";
  // Whole characters, leaving a column for the ellipsis.
  std::size_t cut = 0;
  std::size_t used = 0;
  while (cut < text.size()) {
    const std::size_t length = sequence_length(text, cut);
    const std::size_t columns = display_width(text.substr(cut, length));
    if (used + columns + 1 > width) break;
    used += columns;
    cut += length;
  }
  // At a word, unless that would lose more than a third.
  const std::size_t space = text.rfind(' ', cut);
  if (space != std::string_view::npos && space >= cut - cut / 3) cut = space;
  std::string kept(text.substr(0, cut));
  while (!kept.empty() && (kept.back() == ' ' || kept.back() == ',')) kept.pop_back();
  return kept + "…";
}

std::string summarize_logic(const Json& logic, std::size_t width) {
  const Reader reader;
  std::string text = reader.read(logic).text;
  if (display_width(text) <= width) return text;
  // A long `and` or `or` keeps the operands that fit, whole: `a and b and …`.
  if (const std::optional<Chain> chain = reader.chain(logic)) {
    const std::string more = fmt::format(" {} …", chain->word);
    std::string kept;
    for (const std::string& part : chain->parts) {
      std::string next = kept.empty() ? part : fmt::format("{} {} {}", kept, chain->word, part);
      if (display_width(next) + display_width(more) > width) break;
      kept = std::move(next);
    }
    if (!kept.empty()) return kept + more;
  }
  // Otherwise cut at a word, but end with an operand, not an operator waiting for one.
  static constexpr std::string_view kOperators[] = {
      "=", "!=", "<", "<=", ">",  ">=", "in",   "and",  "or",   "not", "+",
      "-", "*",  "/", "%",  "??", "if", "then", "else", "from", "to"};
  constexpr std::string_view kEllipsis = "…";
  std::string cut = shorten(text, width);
  cut.resize(cut.size() - kEllipsis.size());
  for (std::size_t space = cut.rfind(' '); space != std::string::npos && space > 0;
       space = cut.rfind(' ')) {
    const std::string_view last = std::string_view(cut).substr(space + 1);
    if (std::find(std::begin(kOperators), std::end(kOperators), last) == std::end(kOperators))
      break;
    cut.resize(space);
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
  }
  return cut + std::string(kEllipsis);
}

}  // namespace escalate
