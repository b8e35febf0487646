// The library's version: the project version of CMakeLists.txt, its one source.
#pragma once

#include <string_view>

namespace escalate {

std::string_view version();

}  // namespace escalate
