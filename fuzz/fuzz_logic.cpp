// Fuzz target: JSON Logic with the date operators. The input is a JSON value:
// an expression, or [expression, data]. Compiling reports problems as
// diagnostics; evaluating returns a value or throws LogicError, nothing else.
#include <cstddef>
#include <cstdint>

#include "escalate/json_document.hpp"
#include "escalate/logic.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace escalate;
  const Expected<Json> parsed =
      parse_json(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!parsed) return 0;
  const bool pair = parsed->is_array() && parsed->size() == 2;
  const Json& expression = pair ? (*parsed)[0] : *parsed;
  const Json values = pair ? (*parsed)[1] : Json::object();
  CompileOptions lenient;  // what the compiler finds fails at run time, so evaluation is fuzzed too
  lenient.lenient = true;
  fuzz::require(
      compile_logic(expression).has_value() || !compile_logic(expression).problems().empty(),
      "a failed compilation says why");
  const Logic logic = *compile_logic(expression, lenient);
  EvalContext context;
  context.data = &values;
  context.calendars = &fuzz::claro().calendars;
  try {
    const Tri result = evaluate(logic, context);
    fuzz::require(result.known(), "plain data has no unknowns");
    (void)result.value.dump();
  } catch (const LogicError& e) {
    (void)e.error().dump();
  }
  return 0;
}
