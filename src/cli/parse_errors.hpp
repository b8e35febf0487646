// CLI11's words when the command line cannot be read (an unexpected argument, a
// missing value, a value out of range…), in --help's language. CLI11 (Debian's
// 2.1) builds its messages in English from fixed phrases; the known ones are
// recognised and said again in the other languages, anything else is kept as it is.
#pragma once

#include <string>
#include <string_view>

#include "escalate/catalogue.hpp"

namespace escalate::cli {

// The phrases of CLI11 that are said again in the other languages.
enum class Cli11Phrase {
  argument_not_expected,
  arguments_not_expected,
  value_not_in_range,
  value_not_in_set,
  value_missing,
  option_required,
  options_exclude,
  option_requires,
  cannot_convert,
  at_most,
  at_least,
  flag_takes_no_value,
  count_  // keep last
};

// A phrase in a language. English is CLI11's own, as a pattern: '@' a hole of
// one character or more, '*' of any length, '#' of digits only, everything else
// literal. The others are its translation, {0}, {1}… the holes' texts in order.
std::string_view cli11_phrase(Cli11Phrase phrase, words::Column language);

// `message` (a CLI::ParseError's what()) in `language`; English is returned unchanged.
std::string parse_error_text(std::string_view message, words::Column language);

}  // namespace escalate::cli
