// Fuzz target: one batch line on the bundled rule set. Every line gives one
// JSON object that prints as valid UTF-8 JSON and carries a status; the fast
// parser (simdjson) reads every line exactly as parse_json does; and a line
// read in place prints what the strict path prints for the same document.
#include <cstddef>
#include <cstdint>
#include <string>

#include "escalate/batch_line.hpp"
#include "escalate/json_document.hpp"
#include "escalate/json_fast.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace escalate;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  BatchDefaults defaults;
  defaults.today = Date::from_days(20'786);
  defaults.language = size % 3;
  const BatchLineResult result = evaluate_batch_line(fuzz::claro(), line, 1, defaults);
  fuzz::require(result.text.find('\n') == std::string::npos, "one output line");
  // The strict parser refuses invalid UTF-8: what parses is valid UTF-8 JSON.
  const Expected<Json> output = parse_json(result.text);
  fuzz::require(output.has_value(), "the output parses back");
  fuzz::require(output->at("status") == to_string(result.status), "the status is the one printed");
  const Expected<Json> fast = parse_json_fast(line);
  const Expected<Json> strict = parse_json(line);
  fuzz::require(fast.has_value() == strict.has_value(), "both parsers accept or refuse");
  if (fast) {
    fuzz::require(fast->dump() == strict->dump(), "both parsers read the same document");
    // Spaces past what the shared parser takes send the same document down the strict path.
    const std::string padded = std::string(line) + std::string(kSharedFastText + 1, ' ');
    fuzz::require(evaluate_batch_line(fuzz::claro(), padded, 1, defaults).text == result.text,
                  "read in place or strictly, the same line printed");
  } else {
    fuzz::require(fast.problem().message == strict.problem().message, "the same error");
  }
  return 0;
}
