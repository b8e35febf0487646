// The version, set by the build from the project version (CMakeLists.txt).
#include "escalate/version.hpp"

namespace escalate {

std::string_view version() { return ESCALATE_VERSION; }

}  // namespace escalate
