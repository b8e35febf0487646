// The JSON Logic conformance suites, vendored under tests/conformance: the
// classic tests.json and the community compat tables. tests.json and compatible.json must pass
// whole; the other tables run too and each must pass whole as well.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "escalate/logic.hpp"
#include "test_support.hpp"

namespace escalate {
namespace jsonlogic_conformance_test {

struct Outcome {
  bool threw = false;
  Json value;
};

Outcome run(const Json& rule, const Json& data) {
  CompileOptions lenient;  // compile-time findings fail at run time, as the suites expect
  lenient.lenient = true;
  const Logic logic = *compile_logic(rule, lenient);
  EvalContext context;
  context.data = &data;
  try {
    return {false, evaluate(logic, context).value};
  } catch (const LogicError& e) {
    return {true, e.error()};
  }
}

struct Tally {
  int passed = 0;
  std::vector<std::string> failures;
};

void check_case(const Json& rule, const Json& data, const Json* expected, const Json* error,
                Tally& tally) {
  const Outcome got = run(rule, data);
  bool ok = false;
  if (error) ok = got.threw && got.value == *error;
  if (expected) ok = !got.threw && got.value == *expected;
  if (ok) {
    ++tally.passed;
  } else {
    tally.failures.push_back(fmt::format(
        "rule {} data {}: expected {}{}, got {}{}", rule.dump(), data.dump(), error ? "error " : "",
        error ? error->dump() : expected->dump(), got.threw ? "error " : "", got.value.dump()));
  }
}

Tally run_compat_file(const std::filesystem::path& file) {
  Tally tally;
  for (const Json& entry : test::read_json(file)) {
    if (!entry.is_object()) continue;
    const Json data = entry.value("data", Json());
    check_case(entry.at("rule"), data, entry.contains("result") ? &entry.at("result") : nullptr,
               entry.contains("error") ? &entry.at("error") : nullptr, tally);
  }
  return tally;
}

// Vendored in the repository (tests/conformance/jsonlogic/README.md): a missing file fails the
// test.
std::filesystem::path suites() { return test::source_dir() / "tests/conformance/jsonlogic"; }

void report(const std::string& name, const Tally& tally) {
  for (const auto& failure : tally.failures) UNSCOPED_INFO(failure);
  CHECK(tally.failures.empty());
  fmt::print("jsonlogic {}: {} passed, {} failed\n", name, tally.passed, tally.failures.size());
}

TEST_CASE("every case of the classic JSON Logic tests.json passes", "[jsonlogic][conformance]") {
  Tally tally;
  for (const Json& entry : test::read_json(suites() / "tests.json")) {
    if (!entry.is_array()) continue;
    check_case(entry[0], entry[1], &entry[2], nullptr, tally);
  }
  REQUIRE(tally.passed > 250);
  report("tests.json", tally);
}

TEST_CASE("every case of compat-tables/compatible.json passes", "[jsonlogic][conformance]") {
  const Tally tally = run_compat_file(suites() / "compat-tables/compatible.json");
  REQUIRE(tally.passed > 250);
  report("compatible.json", tally);
}

TEST_CASE("every other compat table passes", "[jsonlogic][conformance]") {
  const auto dir = suites() / "compat-tables";
  int total_passed = 0;
  std::size_t total_failed = 0;
  for (const Json& name : test::read_json(dir / "index.json")) {
    if (name == "compatible.json") continue;
    const Tally tally = run_compat_file(dir / name.get<std::string>());
    total_passed += tally.passed;
    total_failed += tally.failures.size();
    report(name.get<std::string>(), tally);
  }
  fmt::print("jsonlogic compat tables: {} passed, {} failed\n", total_passed, total_failed);
  REQUIRE(total_passed > 800);  // every table was found and read
}

}  // namespace jsonlogic_conformance_test
}  // namespace escalate
