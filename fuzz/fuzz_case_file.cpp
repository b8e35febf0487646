// Fuzz target: case files, hand-edited or hostile, read against the Claro set.
// A file is refused with UTF-8 problems, or read; one that is read is written
// back to a text that reads the same, and everything shown from it (resuming,
// the dossier in Markdown and HTML, the calendar, the log, every letter) works.
#include <cstddef>
#include <cstdint>

#include "escalate/case_file.hpp"
#include "escalate/case_resume.hpp"
#include "escalate/dossier.hpp"
#include "escalate/letter.hpp"
#include "escalate/utf8.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace escalate;
  const RuleSet& rules = fuzz::claro();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Expected<CaseFile> read = read_case(rules, text);
  if (!read) {
    for (const Problem& p : read.problems())
      fuzz::require(is_valid_utf8(p.message) && is_valid_utf8(p.path), "problems are UTF-8");
    return 0;
  }
  const std::string written = case_text(rules, *read);
  const Expected<CaseFile> again = read_case(rules, written);
  fuzz::require(again.has_value(), "a case the program wrote is read again");
  fuzz::require(again && case_text(rules, *again) == written, "and reads as it was written");
  const Date today = Date::from_days(20'800);
  (void)resume_case(rules, *read, today);
  (void)dossier_markdown(rules, *read, today, "fuzz");
  (void)dossier_html(rules, *read, today, "fuzz");
  (void)deadlines_ics(rules, *read, today);
  (void)case_log(rules, *read, TextStyle{false, 40});
  for (const Letter& letter : rules.letters)
    (void)fill_letter(rules, letter, case_request(*read, today));
  return 0;
}
