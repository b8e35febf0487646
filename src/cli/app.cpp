// Placeholder until the commands land.
#include "app.hpp"

namespace escalate::cli {

int run(int, char**) { return 0; }

}  // namespace escalate::cli
