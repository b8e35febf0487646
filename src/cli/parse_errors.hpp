// CLI11's words when the command line cannot be read (an unexpected argument, a
// missing value, a value out of range…), in --help's language. CLI11 (Debian's
// 2.1) builds its messages in English from fixed phrases; the known ones are
// recognised and said again in pt-BR or de, anything else is kept as it is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace escalate::cli {

// `message` (a CLI::ParseError's what()) in help language `language`
// (an index into kHelpLanguages); English is returned unchanged.
std::string parse_error_text(std::string_view message, std::size_t language);

// "Run 'escalate --help' for the commands and their options." in that language.
std::string_view parse_error_hint(std::size_t language);

}  // namespace escalate::cli
