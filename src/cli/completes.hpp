// What a shell may complete an option's or argument's value to, said where the
// option is registered and read back by `escalate __complete` (complete.cpp).
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace escalate::cli {

enum class Completes {
  files,      // file names
  answers,    // question ids and answer values (-a), from the rule set on the line
  languages,  // the languages of the rule set on the line (--lang)
};

// A tag for `option->check(...)`: a validator that accepts every value and adds
// nothing to --help (its description is empty), found again by its name.
CLI::Validator completes(Completes what);
// A tag naming the words a value may be (graph's formats, case's show and log);
// with `index`, only for that value of an argument that takes several.
CLI::Validator completes_words(const std::vector<std::string>& words, int index = -1);

// What the tags on `option` say, and the values of a CLI::IsMember check on it.
struct CompletionHints {
  bool files = false;
  bool answers = false;
  bool languages = false;
  std::vector<std::string> words;  // for the value at `index`
};
CompletionHints completion_hints(CLI::Option& option, int index);

}  // namespace escalate::cli
