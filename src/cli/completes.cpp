// Completion tags as CLI11 validators: CLI11 keeps no other data on an option,
// and a validator with an empty description changes neither parsing nor --help.
#include "completes.hpp"

#include <fmt/format.h>

namespace escalate::cli {
namespace {

constexpr std::string_view kWords = "complete:words=";

std::string_view tag_name(Completes what) {
  switch (what) {
    case Completes::files:
      return "complete:files";
    case Completes::answers:
      return "complete:answers";
    case Completes::languages:
      return "complete:languages";
  }
  return "";
}

CLI::Validator accepting_all(std::string name) {
  return CLI::Validator([](std::string&) { return std::string(); }, "", std::move(name));
}

// "a,b,c" (also the inside of CLI::IsMember's "{a,b,c}") -> its items.
std::vector<std::string> split_list(std::string_view list) {
  std::vector<std::string> items;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    items.emplace_back(list.substr(0, comma));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return items;
}

// Every validator on `option`: CLI11 gives them one index at a time and says
// that an index is past the end only by throwing.
std::vector<const CLI::Validator*> validators_of(CLI::Option& option) {
  std::vector<const CLI::Validator*> all;
  for (int i = 0;; ++i) {
    try {
      all.push_back(option.get_validator(i));
    } catch (const CLI::OptionNotFound&) {
      return all;
    }
  }
}

}  // namespace

CLI::Validator completes(Completes what) { return accepting_all(std::string(tag_name(what))); }

CLI::Validator completes_words(const std::vector<std::string>& words, int index) {
  return accepting_all(fmt::format("{}{}", kWords, fmt::join(words, ","))).application_index(index);
}

CompletionHints completion_hints(CLI::Option& option, int index) {
  CompletionHints hints;
  for (const CLI::Validator* validator : validators_of(option)) {
    const std::string& name = validator->get_name();
    const int applies_to = validator->get_application_index();
    if (applies_to >= 0 && applies_to != index) continue;
    if (name == tag_name(Completes::files)) {
      hints.files = true;
    } else if (name == tag_name(Completes::answers)) {
      hints.answers = true;
    } else if (name == tag_name(Completes::languages)) {
      hints.languages = true;
    } else if (name.starts_with(kWords)) {
      for (std::string& word : split_list(std::string_view(name).substr(kWords.size())))
        hints.words.push_back(std::move(word));
    } else {
      // A set of allowed values, as --help shows it: CLI::IsMember's "{a,b,c}".
      const std::string set = validator->get_description();
      if (set.size() > 2 && set.front() == '{' && set.back() == '}') {
        for (std::string& word : split_list(std::string_view(set).substr(1, set.size() - 2)))
          hints.words.push_back(std::move(word));
      }
    }
  }
  return hints;
}

}  // namespace escalate::cli
