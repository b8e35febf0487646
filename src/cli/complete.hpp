// `escalate __complete WORD…`: what the shells' completion scripts offer, found
// in the program's own command tree (docs/cli.md, "Shell completion").
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace escalate::cli {

// The hidden command's name; app.cpp hands it the words before CLI11 parses
// anything, so no --help lists it and no word of the line is taken for its option.
inline constexpr std::string_view kCompleteCommand = "__complete";

// Prints the completions of the last of `words` (the words after the program's
// name, the last one up to the cursor) on stdout, in the shims' line protocol.
void print_completions(CLI::App& app, const std::vector<std::string>& words);

}  // namespace escalate::cli
