// Fuzz target: a rules file. Loading reports problems as diagnostics, never
// crashes; a set that loads is then asked for its first question or advice.
#include <cstddef>
#include <cstdint>

#include "escalate/engine.hpp"
#include "escalate/json_document.hpp"
#include "escalate/loader.hpp"
#include "escalate/result_json.hpp"
#include "escalate/utf8.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace escalate;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Expected<Loaded> loaded = load_rules(text);
  const Problems& problems = loaded ? loaded->warnings : loaded.problems();
  for (const Problem& p : problems) fuzz::require(is_valid_utf8(p.message), "problems are UTF-8");
  fuzz::require(loaded.has_value() != has_errors(problems),
                "a set loads exactly when it has no error");
  if (!loaded) return 0;
  for (std::size_t lang = 0; lang < loaded->rules->languages.size(); ++lang) {
    Request request;
    request.today = Date::from_days(20'786);  // 2026-11-29
    request.language = lang;
    const Result result = decide(*loaded->rules, request);
    std::string json;
    ResultWriter(*loaded->rules).object(json, result);
    fuzz::require(parse_json(json).has_value(), "the result is written as valid JSON");
  }
  return 0;
}
