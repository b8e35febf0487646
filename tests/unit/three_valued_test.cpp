// Rule-mode evaluation with three-valued (Kleene) logic: unanswered questions are
// unknown, and/or/!/!!/if decide past them where they can, every other operator propagates them.
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "escalate/logic.hpp"

namespace escalate {
namespace three_valued_test {

constexpr int kA = 0;
constexpr int kB = 1;
constexpr int kC = 2;
constexpr int kD = 3;

class Symbols : public SymbolTable {
 public:
  std::optional<int> find(std::string_view name) const override {
    for (std::size_t i = 0; i < names_.size(); ++i) {
      if (names_[i] == name) return static_cast<int>(i);
    }
    return std::nullopt;
  }
  std::vector<std::string> names() const override { return names_; }

 private:
  std::vector<std::string> names_{"a", "b", "c", "d"};
};

// Answered symbols have their value; the others are unknown.
class Answers : public Resolver {
 public:
  explicit Answers(std::map<int, Json> answers) : answers_(std::move(answers)) {}
  Tri value_of(int symbol) override {
    const auto it = answers_.find(symbol);
    return it == answers_.end() ? Tri::unknown_because(symbol) : Tri::of(it->second);
  }

 private:
  std::map<int, Json> answers_;
};

const Symbols kSymbols;

Expected<Logic> compile_rule(const Json& expression) {
  CompileOptions options;
  options.symbols = &kSymbols;
  return compile_logic(expression, options);
}

Tri run(const char* expression, std::map<int, Json> answers = {}) {
  const Expected<Logic> logic = compile_rule(Json::parse(expression));
  INFO(expression);
  REQUIRE(logic);
  Answers resolver(std::move(answers));
  return evaluate(*logic, EvalContext{nullptr, &resolver, &kSymbols, nullptr});
}

// Checks that `result` is unknown because of `symbol`.
void check_unknown(const Tri& result, int symbol) {
  INFO("value " << result.value.dump());
  CHECK_FALSE(result.known());
  CHECK(result.unknown == symbol);
}

// Checks that `result` is known with exactly `value` (same JSON type and value).
void check_known(const Tri& result, const Json& value) {
  INFO("unknown because of symbol " << result.unknown);
  REQUIRE(result.known());
  CHECK(result.value == value);
}

TEST_CASE("an unanswered var is unknown, naming its symbol", "[three-valued]") {
  check_unknown(run(R"({"var": "a"})"), kA);
  check_unknown(run(R"({"var": "c"})", {{kA, 1}}), kC);
  check_unknown(run(R"({"var": "d.x"})"), kD);
}

TEST_CASE("an answered var is known with its answer", "[three-valued]") {
  check_known(run(R"({"var": "a"})", {{kA, 42}}), 42);
  check_known(run(R"({"var": "b"})", {{kB, "yes"}}), "yes");
  check_known(run(R"({"var": "a.x"})", {{kA, Json{{"x", 5}}}}), 5);
  check_known(run(R"({"var": "a.y"})", {{kA, Json{{"x", 5}}}}), nullptr);
}

TEST_CASE("an unanswered var with a default uses the default and is known", "[three-valued]") {
  check_known(run(R"({"var": ["a", false]})"), false);
  check_known(run(R"({"var": ["b", 7]})"), 7);
  check_known(run(R"({"var": ["a", false]})", {{kA, true}}), true);
}

TEST_CASE("a var answered null (\"I don't know\") is known null", "[three-valued]") {
  check_known(run(R"({"var": "a"})", {{kA, nullptr}}), nullptr);
  check_known(run(R"({"!": {"var": "a"}})", {{kA, nullptr}}), true);
}

TEST_CASE("and is falsy when any operand is known falsy, even with unknowns before it",
          "[three-valued]") {
  check_known(run(R"({"and": [{"var": "a"}, false]})"), false);
  check_known(run(R"({"and": [{"var": "a"}, {"var": "b"}, 0]})"), 0);
  check_known(run(R"({"and": [{"var": "a"}, {"var": "b"}]})", {{kB, ""}}), "");
  check_known(run(R"({"and": [false, {"var": "a"}]})"), false);
}

TEST_CASE("and with unknown and truthy operands is unknown, naming the first unknown from the left",
          "[three-valued]") {
  check_unknown(run(R"({"and": [true, {"var": "b"}, {"var": "a"}, 1]})"), kB);
  check_unknown(run(R"({"and": [{"var": "c"}, {"var": "a"}]})"), kC);
  check_unknown(run(R"({"and": [{"var": "a"}, {"var": "b"}]})", {{kA, "x"}}), kB);
}

TEST_CASE("and with only known truthy operands gives its last operand", "[three-valued]") {
  check_known(run(R"({"and": [{"var": "a"}, {"var": "b"}]})", {{kA, 1}, {kB, "x"}}), "x");
}

TEST_CASE("or is truthy when any operand is known truthy, even after unknowns", "[three-valued]") {
  check_known(run(R"({"or": [{"var": "a"}, {"var": "b"}, "yes"]})"), "yes");
  check_known(run(R"({"or": [{"var": "a"}, {"var": "b"}]})", {{kB, 3}}), 3);
  check_known(run(R"({"or": [true, {"var": "a"}]})"), true);
}

TEST_CASE("or with unknown and falsy operands is unknown, naming the first unknown from the left",
          "[three-valued]") {
  check_unknown(run(R"({"or": [false, {"var": "c"}, {"var": "a"}, 0]})"), kC);
  check_unknown(run(R"({"or": [{"var": "a"}, {"var": "b"}]})", {{kA, false}}), kB);
  check_known(run(R"({"or": [{"var": "a"}, {"var": "b"}]})", {{kA, false}, {kB, 0}}), 0);
}

TEST_CASE("! and !! of an unknown are unknown", "[three-valued]") {
  check_unknown(run(R"({"!": {"var": "a"}})"), kA);
  check_unknown(run(R"({"!": [{"var": "b"}]})"), kB);
  check_unknown(run(R"({"!!": [{"var": "c"}]})"), kC);
  check_known(run(R"({"!": {"var": "a"}})", {{kA, 0}}), true);
  check_known(run(R"({"!!": [{"var": "a"}]})", {{kA, "x"}}), true);
}

TEST_CASE("if with a known condition takes its branch without needing the other branch",
          "[three-valued]") {
  check_known(run(R"({"if": [true, "yes", {"var": "b"}]})"), "yes");
  check_known(run(R"({"if": [{"var": "a"}, {"var": "b"}, "no"]})", {{kA, false}}), "no");
  check_known(run(R"({"if": [{"var": "a"}, "yes", {"var": "b"}]})", {{kA, 1}}), "yes");
  check_unknown(run(R"({"if": [{"var": "a"}, {"var": "b"}, "no"]})", {{kA, true}}), kB);
  check_known(run(R"({"if": [{"var": "a"}, 1, {"var": "b"}, 2, 3]})", {{kA, 0}, {kB, false}}), 3);
}

TEST_CASE("if with an unknown condition is known only when every branch yields the same value",
          "[three-valued]") {
  check_known(run(R"({"if": [{"var": "a"}, "same", "same"]})"), "same");
  check_known(run(R"({"if": [{"var": "a"}, {"var": "b"}, 5]})", {{kB, 5}}), 5);
  check_unknown(run(R"({"if": [{"var": "a"}, "x", "y"]})"), kA);
  check_unknown(run(R"({"if": [{"var": "a"}, {"var": "b"}, "x"]})"), kA);
  check_unknown(run(R"({"?:": [{"var": "a"}, 1, 2]})"), kA);
  check_known(run(R"({"if": [{"var": "a"}, 1, {"var": "b"}, 1, 1]})"), 1);
  check_unknown(run(R"({"if": [{"var": "a"}, 1, {"var": "b"}, 1, 2]})"), kA);
}

TEST_CASE("==, <, +, in and cat with an unknown operand are unknown", "[three-valued]") {
  check_unknown(run(R"({"==": [{"var": "a"}, 1]})"), kA);
  check_unknown(run(R"({"==": [1, {"var": "b"}]})"), kB);
  check_unknown(run(R"({"<": [1, {"var": "b"}]})"), kB);
  check_unknown(run(R"({"<": [{"var": "a"}, 5, {"var": "b"}]})", {{kA, 1}}), kB);
  check_unknown(run(R"({"+": [1, {"var": "c"}]})"), kC);
  check_unknown(run(R"({"in": ["x", {"var": "d"}]})"), kD);
  check_unknown(run(R"({"in": [{"var": "a"}, ["x", "y"]]})"), kA);
  check_unknown(run(R"({"cat": ["x", {"var": "a"}]})"), kA);
  check_known(run(R"({"cat": ["x", {"var": "a"}]})", {{kA, "y"}}), "xy");
}

TEST_CASE("nested and/or names the first unknown in evaluation order", "[three-valued]") {
  const char* nested = R"({"and": [{"var": "a"}, {"or": [{"var": "b"}, {"var": "c"}]}]})";
  check_unknown(run(nested), kA);
  check_unknown(run(nested, {{kA, true}}), kB);
  check_unknown(run(nested, {{kA, true}, {kB, false}}), kC);
  check_known(run(nested, {{kA, false}}), false);
  check_known(run(nested, {{kA, true}, {kB, false}, {kC, true}}), true);
  check_known(run(nested, {{kA, true}, {kC, true}}), true);
}

TEST_CASE("an evaluation error after an unknown operand of and/or leaves the result unknown",
          "[three-valued]") {
  check_unknown(run(R"({"and": [{"var": "a"}, {"/": [1, 0]}]})"), kA);
  check_unknown(run(R"({"or": [{"var": "a"}, {"/": [1, 0]}]})"), kA);
}

TEST_CASE("an evaluation error that must happen raises a LogicError", "[three-valued]") {
  CHECK_THROWS_AS(run(R"({"and": [true, {"/": [1, 0]}]})"), LogicError);
  CHECK_THROWS_AS(run(R"({"and": [{"/": [1, 0]}, {"var": "a"}]})"), LogicError);
  CHECK_THROWS_AS(run(R"({"and": [{"var": "a"}, {"/": [1, 0]}]})", {{kA, true}}), LogicError);
}

TEST_CASE("an unknown variable is a compile-time diagnostic with a suggestion", "[three-valued]") {
  const Expected<Logic> logic = compile_rule(Json::parse(R"({"var": "aa"})"));
  REQUIRE_FALSE(logic);
  REQUIRE(logic.problems().size() == 1);
  CHECK(logic.problem().code == ProblemCode::invalid_logic);
  CHECK(logic.problem().path == "$.var");
  CHECK(logic.problem().message == "unknown variable 'aa'; did you mean 'a'?");
}

TEST_CASE("an unknown variable far from every name gets no suggestion", "[three-valued]") {
  const Expected<Logic> logic =
      compile_rule(Json::parse(R"({"and": [{"var": "a"}, {"var": "zebra"}]})"));
  REQUIRE_FALSE(logic);
  REQUIRE(logic.problems().size() == 1);
  CHECK(logic.problem().path == "$.and[1].var");
  CHECK(logic.problem().message == "unknown variable 'zebra'");
}

TEST_CASE("symbols_used lists the symbols named, in order of first use", "[three-valued]") {
  const Expected<Logic> logic = compile_rule(Json::parse(
      R"({"and": [{"var": "c"}, {"var": "a"}, {"or": [{"var": "c"}, {"var": ["b.x", 1]}]}]})"));
  REQUIRE(logic);
  CHECK(logic->symbols_used() == std::vector<int>{kC, kA, kB});

  const Expected<Logic> none = compile_rule(Json::parse(R"({"+": [1, 2]})"));
  REQUIRE(none);
  CHECK(none->symbols_used().empty());
}

}  // namespace three_valued_test
}  // namespace escalate
