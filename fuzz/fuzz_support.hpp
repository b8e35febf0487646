// Shared by the fuzz targets: the rule sets they run on (read once from the
// source tree) and a check that aborts, so that libFuzzer records the input.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include "escalate/loader.hpp"

namespace escalate::fuzz {

inline std::shared_ptr<const RuleSet> load(const char* relative) {
  std::ifstream in(std::string(ESCALATE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  Expected<Loaded> loaded = load_rules(text.str());
  if (!loaded) {
    std::fprintf(stderr, "fuzz: cannot load %s\n", relative);
    std::abort();
  }
  return loaded->rules;
}

// The bundled Claro set and the engine fixture (small, with every question type).
inline const RuleSet& claro() {
  static const auto rules = load("data/rules/br-claro-net.json");
  return *rules;
}
inline const RuleSet& fixture() {
  static const auto rules = load("tests/fixtures/rules/valid/engine.json");
  return *rules;
}

// An invariant the target holds the code to; a violation is a finding.
inline void require(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "fuzz: invariant broken: %s\n", what);
    std::abort();
  }
}

}  // namespace escalate::fuzz
