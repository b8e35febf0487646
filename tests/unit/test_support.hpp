// Helpers shared by the unit tests: reading fixture and shared files.
#pragma once

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "escalate/date.hpp"
#include "escalate/json.hpp"

namespace escalate::test {

inline std::filesystem::path source_dir() { return ESCALATE_SOURCE_DIR; }

inline std::optional<std::string> read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A fixture date; a typo in a test's date fails the test instead of passing silently.
inline Date day(std::string_view iso) {
  const auto date = Date::parse_iso(iso);
  if (!date) throw std::runtime_error("bad date in test: " + std::string(iso));
  return *date;
}

inline Json read_json(const std::filesystem::path& path) {
  const auto text = read_text(path);
  if (!text) throw std::runtime_error("cannot read " + path.string());
  return Json::parse(*text);
}

}  // namespace escalate::test
