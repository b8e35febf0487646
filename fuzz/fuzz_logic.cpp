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
  const JsonParse parsed = parse_json(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!parsed.value) return 0;
  const bool pair = parsed.value->is_array() && parsed.value->size() == 2;
  const Json& expression = pair ? (*parsed.value)[0] : *parsed.value;
  const Json values = pair ? (*parsed.value)[1] : Json::object();
  Diagnostics diagnostics;
  const Logic logic = compile_logic(expression, CompileOptions{}, diagnostics);
  EvalContext context;
  context.data = &values;
  context.calendar = &fuzz::claro().calendar;
  try {
    const Tri result = evaluate(logic, context);
    fuzz::require(result.known(), "plain data has no unknowns");
    (void)result.value.dump();
  } catch (const LogicError& e) {
    (void)e.error().dump();
  }
  return 0;
}
