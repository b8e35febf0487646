// Fuzz target: the interactive session, fed the input's lines as typed lines.
#include <cstddef>
#include <cstdint>

#include "escalate/session.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace escalate;
  if (size < 1) return 0;
  const RuleSet& rules = data[0] & 1 ? escalate::fuzz::claro() : escalate::fuzz::fixture();
  Session session(rules, Date::from_days(20'786), (data[0] >> 1) % rules.languages.size(),
                  TextStyle{(data[0] & 8) != 0, 20 + static_cast<std::size_t>(data[0] >> 4) * 9});
  Session::Reply reply = session.start();
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::size_t start = 0;
  while (!reply.finished() && start <= input.size()) {
    const std::size_t end = std::min(input.find('\n', start), input.size());
    reply = session.handle(input.substr(start, end - start));
    start = end + 1;
  }
  (void)session.answers().dump();
  return 0;
}
