// Each command registers itself on the application; one file per command.
#pragma once

#include <CLI/CLI.hpp>

namespace escalate::cli {

void register_check(CLI::App& app);
void register_eval(CLI::App& app);
void register_channels(CLI::App& app);
void register_questions(CLI::App& app);
void register_advise(CLI::App& app);
void register_batch(CLI::App& app);
void register_ask(CLI::App& app);
struct CommonOptions;
void run_ask(const CommonOptions& options);

}  // namespace escalate::cli
