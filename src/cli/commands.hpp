// Each command registers itself on the application and returns what runs once
// the whole command line is parsed and checked; one file per command.
#pragma once

#include <CLI/CLI.hpp>

#include "common.hpp"

namespace escalate::cli {

Run register_check(CLI::App& app, CommonOptions& common);
Run register_eval(CLI::App& app, CommonOptions& common);
Run register_channels(CLI::App& app, CommonOptions& common);
Run register_questions(CLI::App& app, CommonOptions& common);
Run register_advise(CLI::App& app, CommonOptions& common);
Run register_batch(CLI::App& app, CommonOptions& common);
Run register_ask(CLI::App& app, CommonOptions& common);
Run register_graph(CLI::App& app, CommonOptions& common);
Run register_test(CLI::App& app, CommonOptions& common);
Run register_case(CLI::App& app, CommonOptions& common);
Run register_export(CLI::App& app, CommonOptions& common);
Run register_letter(CLI::App& app, CommonOptions& common);

// The interactive session; also what `escalate` with no command runs at a terminal.
// With a case file, the case is resumed and every answer saved at once.
void run_ask(const CommonOptions& options, const std::string& case_path = {});

}  // namespace escalate::cli
