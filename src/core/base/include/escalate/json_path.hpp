// Builds the JSON paths used in messages: $.steps[2].when["=="][0].var
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace escalate {

std::string path_key(std::string_view parent, std::string_view key);
std::string path_index(std::string_view parent, std::size_t index);

}  // namespace escalate
