// One table of names per enum, in the order of its values (0, 1, 2, ...), which
// serves printing a value, reading a name, and listing what is accepted.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace escalate {

template <typename Enum, std::size_t N>
class EnumNames {
 public:
  constexpr explicit EnumNames(std::array<std::string_view, N> names) : names_(names) {}

  constexpr std::string_view operator()(Enum value) const {
    return names_.at(static_cast<std::size_t>(value));
  }

  std::optional<Enum> parse(std::string_view name) const {
    for (std::size_t i = 0; i < N; ++i) {
      if (names_[i] == name) return static_cast<Enum>(i);
    }
    return std::nullopt;
  }

  std::vector<std::string> all() const { return {names_.begin(), names_.end()}; }

 private:
  std::array<std::string_view, N> names_;
};

}  // namespace escalate
