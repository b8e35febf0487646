// Fuzz target: text rendering. Byte 0 sets the width (20 to 160), byte 1 the
// language; the rest is a JSON object of answers for the bundled rule set, whose
// advice or question is rendered with and without colour (the visible text must
// be the same), or, when it is not JSON, text wrapped as it is.
#include <cstddef>
#include <cstdint>

#include "../tests/unit/ansi.hpp"
#include "escalate/engine.hpp"
#include "escalate/json_document.hpp"
#include "escalate/render_text.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace escalate;
  if (size < 2) return 0;
  const std::size_t width = 20 + data[0] % 141;
  const RuleSet& rules = fuzz::claro();
  const std::string_view rest(reinterpret_cast<const char*>(data) + 2, size - 2);
  const Expected<Json> parsed = parse_json(rest);
  if (!parsed || !parsed->is_object()) {
    const std::string wrapped = wrap(rest, width, "  ", std::string_view("  - "));
    fuzz::require(wrapped.empty() || wrapped.back() == '\n', "wrapped text ends its line");
    return 0;
  }
  Request request;
  request.answers = *parsed;
  request.today = Date::from_days(20'786);
  request.language = data[1] % rules.languages.size();
  const Result result = decide(rules, request);
  auto render = [&](bool color) {
    const TextStyle style{color, width};
    if (const auto* advice = std::get_if<Advice>(&result))
      return render_advice(rules, *advice, style);
    if (const auto* needs = std::get_if<NeedsInput>(&result)) {
      return render_needs_input(rules, *needs, style) +
             render_question(rules, *needs->question, needs->language, style);
    }
    return std::string();
  };
  fuzz::require(test::strip_escapes(render(true)) == render(false),
                "colour leaves the visible text as it is");
  return 0;
}
