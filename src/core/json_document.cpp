// Strict JSON parsing for rule files: syntax errors located by line and column,
// and duplicate keys reported instead of silently keeping one of them.
#include <fmt/format.h>

#include <set>

#include "escalate/json_path.hpp"
#include "escalate/loader.hpp"

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

// Tracks where the parser is, to name the path of a duplicate key.
struct Frame {
  bool is_array = false;
  std::size_t index = 0;
  std::string key;
  std::set<std::string> keys;
};

std::string current_path(const std::vector<Frame>& frames) {
  std::string path = "$";
  for (std::size_t i = 0; i + 1 < frames.size(); ++i) {
    path = frames[i].is_array ? path_index(path, frames[i].index) : path_key(path, frames[i].key);
  }
  return path;
}

}  // namespace

std::optional<Json> parse_json_document(std::string_view text, Diagnostics& diagnostics) {
  std::vector<Frame> frames;
  auto value_done = [&frames] {
    if (!frames.empty() && frames.back().is_array) ++frames.back().index;
  };
  const Json::parser_callback_t callback = [&](int, Json::parse_event_t event, Json& parsed) {
    switch (event) {
      case Json::parse_event_t::object_start: frames.push_back({false, 0, {}, {}}); break;
      case Json::parse_event_t::array_start: frames.push_back({true, 0, {}, {}}); break;
      case Json::parse_event_t::key: {
        Frame& frame = frames.back();
        frame.key = parsed.get<std::string>();
        if (!frame.keys.insert(frame.key).second) {
          const std::string key = frame.key;
          frames.push_back({});  // current_path skips the last frame
          diagnostics.push_back({Severity::error, current_path(frames),
                                 fmt::format("duplicate key '{}' in the same object", key)});
          frames.pop_back();
        }
        break;
      }
      case Json::parse_event_t::object_end:
      case Json::parse_event_t::array_end:
        frames.pop_back();
        value_done();
        break;
      case Json::parse_event_t::value: value_done(); break;
    }
    return true;
  };
  try {
    Json document = Json::parse(text.begin(), text.end(), callback);
    if (has_errors(diagnostics)) return std::nullopt;
    return document;
  } catch (const Json::parse_error& e) {
    const Position p = position_at(text, e.byte == 0 ? 0 : e.byte - 1);
    std::string what = e.what();
    // nlohmann's message: "[json.exception.parse_error.101] parse error at line 1, column 2: <reason>"
    const auto colon = what.find(": ", what.find("parse error"));
    const std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    const std::string message = reason.starts_with("syntax error") ? reason : "syntax error: " + reason;
    diagnostics.push_back({Severity::error, "$", message, p.line, p.column});
    return std::nullopt;
  }
}

}  // namespace escalate
