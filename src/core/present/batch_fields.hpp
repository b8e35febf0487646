// `batch --fields`: which paths of a result are written from the result itself
// (fast) and which need the whole result read back.
#pragma once

#include <string_view>

namespace escalate {

bool is_fast_field(std::string_view path);

}  // namespace escalate
