// The command-line program: registers every command and maps errors to exit codes.
#pragma once

namespace escalate::cli {

int run(int argc, char** argv);

}  // namespace escalate::cli
