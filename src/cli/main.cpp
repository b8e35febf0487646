// The escalate program: all of it lives in escalate_cli; this is the entry point.
#include "app.hpp"

int main(int argc, char** argv) { return escalate::cli::run(argc, argv); }
