// Strict JSON parsing through nlohmann's SAX interface into our own document
// builder: it checks depth before parsing, reports duplicate keys with their
// path, turns the parser's exceptions into located errors, and appends object
// members in order without the linear key search of ordered_json's operator[].
#include "escalate/json_document.hpp"

#include <fmt/format.h>

#include <unordered_set>

#include "escalate/json_path.hpp"
#include "escalate/utf8.hpp"

namespace escalate {
namespace {

struct Position {
  int line = 1;
  int column = 1;
};

Position position_at(std::string_view text, std::size_t byte) {
  Position p;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++p.column;
    }
  }
  return p;
}

// The offset of the first bracket that opens a level deeper than `limit`, found
// without parsing (so no recursion and no allocation on hostile input).
std::optional<std::size_t> too_deep_at(std::string_view text, int limit) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::nullopt;
}

// Builds the document from SAX events; containers are kept on an explicit stack.
class Builder final : public nlohmann::json_sax<Json> {
 public:
  explicit Builder(Problems& problems) : problems_(problems) {}

  Json take() { return std::move(root_); }
  bool failed() const { return failed_; }

  bool null() override { return add(Json(nullptr)); }
  bool boolean(bool value) override { return add(Json(value)); }
  bool number_integer(number_integer_t value) override { return add(Json(value)); }
  bool number_unsigned(number_unsigned_t value) override { return add(Json(value)); }
  bool number_float(number_float_t value, const string_t&) override { return add(Json(value)); }
  bool string(string_t& value) override { return add(Json(std::move(value))); }
  bool binary(binary_t&) override { return add(Json(nullptr)); }  // not produced by the JSON parser

  bool start_object(std::size_t) override { return open(Json::object()); }
  bool start_array(std::size_t) override { return open(Json::array()); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool key(string_t& key) override {
    Frame& frame = frames_.back();
    frame.duplicate = !frame.keys.insert(key).second;
    frame.key = std::move(key);
    if (frame.duplicate) {
      Problem problem(ProblemCode::json_duplicate_key,
                      fmt::format("duplicate key '{}' in the same object", frame.key),
                      current_path());
      problem.token = frame.key;
      problems_.push_back(std::move(problem));
    }
    return true;
  }

  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& e) override {
    failed_ = true;
    position_ = position;
    token_ = last_token;
    id_ = e.id;
    what_ = e.what();
    return false;
  }

  std::size_t position() const { return position_; }
  const std::string& token() const { return token_; }
  int id() const { return id_; }
  const std::string& what() const { return what_; }

 private:
  struct Frame {
    Json value;
    std::string key;  // the pending member's key, for objects
    std::size_t index = 0;
    std::unordered_set<std::string> keys;
    bool duplicate =
        false;  // the pending member repeats a key: dropped (the document is rejected anyway)
  };

  bool add(Json value) {
    if (frames_.empty()) {
      root_ = std::move(value);
      return true;
    }
    Frame& frame = frames_.back();
    if (frame.value.is_array()) {
      frame.value.get_ref<Json::array_t&>().push_back(std::move(value));
      ++frame.index;
    } else if (!frame.duplicate) {
      // ordered_map is a vector of pairs; appending directly keeps the parse linear.
      auto& members = static_cast<std::vector<std::pair<const std::string, Json>>&>(
          frame.value.get_ref<Json::object_t&>());
      members.emplace_back(std::move(frame.key), std::move(value));
    } else {
      frame.duplicate = false;
    }
    return true;
  }

  bool open(Json container) {
    frames_.push_back(Frame{std::move(container), {}, 0, {}, false});
    return true;
  }

  bool close() {
    Json done = std::move(frames_.back().value);
    frames_.pop_back();
    return add(std::move(done));
  }

  // The path of the value being read: each open container's pending key or index.
  std::string current_path() const {
    std::string path = "$";
    for (const Frame& frame : frames_) {
      path = frame.value.is_array() ? path_index(path, frame.index) : path_key(path, frame.key);
    }
    return path;
  }

  Problems& problems_;
  std::vector<Frame> frames_;
  Json root_;
  bool failed_ = false;
  std::size_t position_ = 0;
  std::string token_;
  int id_ = 0;
  std::string what_;
};

// nlohmann's message: "[json.exception.parse_error.101] parse error at line 1, column 2: <reason>".
std::string reason_of(const std::string& what) {
  const auto at = what.find("parse error");
  const auto colon = what.find(": ", at == std::string::npos ? 0 : at);
  std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
  return reason.starts_with("syntax error") ? reason : "syntax error: " + reason;
}

// What the parser had read when it failed: nlohmann's "last read: '…'", else its token.
std::string last_read(const Builder& b) {
  const std::string& what = b.what();
  const std::string marker = "last read: '";
  const auto at = what.rfind(marker);
  if (at == std::string::npos) return b.token();
  const auto end = what.rfind('\'');
  std::string read = end > at + marker.size()
                         ? what.substr(at + marker.size(), end - at - marker.size())
                         : b.token();
  // It may run on from the previous token ("\"a\": no"): keep what follows the last white space.
  const auto space = read.find_last_of(" \t\r\n");
  return space == std::string::npos || space + 1 == read.size() ? read : read.substr(space + 1);
}

ProblemCode code_of(const Builder& b) {
  const std::string& what = b.what();
  if (b.id() == 406) return ProblemCode::json_number_range;
  if (what.find("UTF-8") != std::string::npos) return ProblemCode::json_utf8;
  if (what.find("unexpected end of input") != std::string::npos) return ProblemCode::json_end;
  if (what.find("invalid string") != std::string::npos) return ProblemCode::json_string;
  if (what.find("invalid number") != std::string::npos) return ProblemCode::json_number;
  return ProblemCode::json_syntax;
}

Problem located(ProblemCode code, std::string message, std::string token, Position at) {
  Problem problem(code, std::move(message), "$");
  problem.token = std::move(token);
  problem.line = at.line;
  problem.column = at.column;
  return problem;
}

}  // namespace

bool deeper_than(const Json& value, int limit) {
  std::vector<std::pair<const Json*, int>> pending{{&value, 0}};
  while (!pending.empty()) {
    const auto [node, depth] = pending.back();
    pending.pop_back();
    if (!node->is_structured()) continue;
    if (depth + 1 > limit) return true;
    for (const Json& child : *node) pending.emplace_back(&child, depth + 1);
  }
  return false;
}

Expected<Json> parse_json(std::string_view text, int max_depth) {
  if (const auto deep = too_deep_at(text, max_depth)) {
    return located(ProblemCode::json_too_deep,
                   fmt::format("nested more than {} levels deep", max_depth), {},
                   position_at(text, *deep));
  }
  Problems problems;
  Builder builder(problems);
  bool parsed = false;
  try {
    parsed = Json::sax_parse(text.begin(), text.end(), &builder);
  } catch (
      const Json::exception& e) {  // not expected from the SAX parser; reported, never escaping
    return located(ProblemCode::json_syntax, escape_invalid_utf8(reason_of(e.what())), {},
                   Position{});
  }
  if (!parsed || builder.failed()) {
    const std::size_t offset = builder.position() == 0 ? 0 : builder.position() - 1;
    // The parser's message quotes what it read, which may be the very bytes that are not UTF-8.
    Problem problem = located(code_of(builder), escape_invalid_utf8(reason_of(builder.what())),
                              escape_invalid_utf8(last_read(builder)), position_at(text, offset));
    if (problem.code == ProblemCode::json_number_range) {
      problem.message =
          fmt::format("the number {} is out of range (a number must fit a double, about ±1.8e308)",
                      problem.token);
    }
    return problem;
  }
  if (!problems.empty()) return problems;
  return builder.take();
}

}  // namespace escalate
