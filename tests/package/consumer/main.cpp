// consumer RULES.json TODAY [ID=VALUE...]: loads a rule set with the installed
// library, decides, and prints "advice STEP" or "needs QUESTION" (exit 0), or
// the problem (exit 1). Answers are JSON values ("true", "\"text\"") or text.
#include <escalate/engine.hpp>
#include <escalate/loader.hpp>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <variant>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: consumer RULES.json TODAY [ID=VALUE...]\n";
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  const escalate::Expected<escalate::Loaded> loaded = escalate::load_rules(text.str());
  if (!loaded) {
    std::cout << "rules: " << loaded.problem().message << "\n";
    return 1;
  }
  escalate::Request request;
  const auto today = escalate::Date::parse_iso(argv[2]);
  if (!today) return 2;
  request.today = *today;
  for (int i = 3; i < argc; ++i) {
    const std::string answer = argv[i];
    const auto eq = answer.find('=');
    const std::string value = answer.substr(eq + 1);
    const escalate::Json parsed = escalate::Json::parse(value, nullptr, false);
    request.answers[answer.substr(0, eq)] = parsed.is_discarded() ? escalate::Json(value) : parsed;
  }
  const escalate::Result result = escalate::decide(*loaded->rules, request);
  if (const auto* advice = std::get_if<escalate::Advice>(&result)) {
    std::cout << "advice " << (advice->step ? advice->step->id : "-") << "\n";
  } else if (const auto* needs = std::get_if<escalate::NeedsInput>(&result)) {
    std::cout << "needs " << needs->question->id << "\n";
  } else {
    std::cout << "problem " << std::get<escalate::Problem>(result).message << "\n";
    return 1;
  }
  return 0;
}
