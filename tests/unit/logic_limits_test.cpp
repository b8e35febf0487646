// JSON Logic at its limits: expressions nested past the one depth limit are
// refused at compile time, and numbers far outside what an operator can use
// give a result or a LogicError, never undefined behaviour (the asan preset
// runs these under UndefinedBehaviorSanitizer).
#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "escalate/json_document.hpp"
#include "escalate/logic.hpp"

namespace escalate {
namespace logic_limits_test {

Json nested_not(int depth) {
  Json e = true;
  for (int i = 0; i < depth; ++i) e = Json{{"!", Json::array({std::move(e)})}};
  return e;
}

// Plain-mode evaluation of a JSON text; the LogicError's type when it fails.
struct Outcome {
  std::optional<Json> value;
  std::string error;
};

Outcome run(const char* expression, const Json& data = Json::object()) {
  CompileOptions lenient;
  lenient.lenient = true;
  const Logic logic = *compile_logic(Json::parse(expression), lenient);
  try {
    return {evaluate(logic, EvalContext{&data, nullptr, nullptr, nullptr}).value, {}};
  } catch (const LogicError& e) {
    return {std::nullopt, e.error().value("type", "")};
  }
}

TEST_CASE("an expression nested deeper than the limit is refused when compiled",
          "[logic][limits]") {
  // Reported: eval on 30,000-deep logic died with SIGSEGV in the recursive compiler.
  for (int depth : {kMaxJsonDepth, kMaxJsonDepth + 1, 30'000}) {
    INFO(depth);
    const Expected<Logic> logic = compile_logic(nested_not(depth / 2));
    const bool too_deep = deeper_than(nested_not(depth / 2), kMaxJsonDepth);
    CHECK(logic.has_value() != too_deep);
    if (too_deep) {
      CHECK_THAT(logic.problem().message,
                 Catch::Contains(fmt::format("nested more than {} levels", kMaxJsonDepth)));
      CompileOptions lenient;  // compiled anyway, it fails when evaluated
      lenient.lenient = true;
      CHECK_THROWS_AS(evaluate(*compile_logic(nested_not(depth / 2), lenient), EvalContext{}),
                      LogicError);
    }
  }
}

TEST_CASE("a val scope climb of any size is safe", "[logic][limits]") {
  // Reported: {"val":[[-2147483648],"x"]} took std::abs of INT_MIN (undefined behaviour).
  for (const char* e :
       {R"({"val": [[-2147483648], "x"]})", R"({"val": [[2147483648], "x"]})",
        R"({"val": [[1e300], "x"]})", R"({"val": [[-1e300], "x"]})",
        R"({"val": [[9223372036854775807], "x"]})", R"({"val": [[18446744073709551615], "x"]})",
        R"({"val": [[0.5], "x"]})", R"({"exists": [[-2147483648], "x"]})"}) {
    INFO(e);
    const Outcome o = run(e, Json{{"x", 1}});
    REQUIRE(o.value);
  }
  // A climb computed at run time takes the same path.
  const Outcome computed =
      run(R"({"val": [{"var": "up"}, "x"]})", Json{{"up", Json::array({-2147483648LL})}, {"x", 1}});
  REQUIRE(computed.value);
}

TEST_CASE("counts, offsets and amounts far out of range are errors or clamped, never undefined",
          "[logic][limits]") {
  CHECK(run(R"({"missing_some": [1e300, ["a", "b"]]})").value == Json::array({"a", "b"}));
  CHECK(run(R"({"missing_some": [-1e300, ["a"]]})").value == Json::array());
  CHECK(run(R"({"substr": ["abc", 1e300]})").error == "Invalid Arguments");
  CHECK(run(R"({"substr": ["abc", 0, -1e300]})").error == "Invalid Arguments");
  CHECK(run(R"({"date_add": ["2026-01-01", 1e300, "days"]})").error == "Invalid Arguments");
  CHECK(run(R"({"date_add": ["2026-01-01", 9223372036854775807, "months"]})").error ==
        "Invalid Arguments");
  CHECK(run(R"({"date_add": ["2026-01-01", 1000000000, "years"]})").error == "Invalid Date");
  CHECK(run(R"({"date_add": ["2026-01-01", -1000000000, "days"]})").error == "Invalid Date");
  CHECK(run(R"({"*": [1e300, 1e300]})").error == "NaN");
  CHECK(run(R"({"+": [9007199254740993, 0]})").value == 9007199254740992.0);
}

}  // namespace logic_limits_test
}  // namespace escalate
