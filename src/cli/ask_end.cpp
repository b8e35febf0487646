// After the advice: save the case, then write what the person asks for.
#include "ask_end.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include "case_exports.hpp"
#include "escalate/case_words.hpp"
#include "escalate/render_text.hpp"
#include "output_file.hpp"

namespace escalate::cli {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool exists(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0;
}

// The case file's path without ".json", for the files written beside it.
std::string stem_of(const std::string& path) {
  return path.size() > 5 && path.ends_with(".json") ? path.substr(0, path.size() - 5) : path;
}

}  // namespace

void offer_more(const RuleSet& rules, std::optional<CaseVisit>& visit, const Session& session,
                const CommonOptions& options, Date today, Dialogue& dialogue) {
  const std::size_t width = terminal_width(dialogue.stream());
  auto say = [&dialogue](const std::string& text) { dialogue.say(text); };
  auto read = [&dialogue] { return dialogue.read(kMaxTypedLine); };
  const std::string& tag =
      rules.languages.at(visit ? visit->file().language : choose_language(rules, options.lang));
  if (!visit) {
    say("\n" + wrap(tr(CaseMsg::offer_save, tag), width, "") + "> ");
    for (;;) {
      const auto line = read();
      const std::string path = line ? trimmed(*line) : "";
      if (path.empty()) return;
      if (!exists(path)) {
        visit.emplace(path, rules, options, today);
        break;
      }
      say(wrap(trf(CaseMsg::file_exists, tag, path), width, "") + "> ");
    }
    Request given;
    given.answers = session.answers();
    if (Expected<Request> merged = visit->merge(given); merged)
      visit->close(decide(rules, *merged));
  }
  say("\n" + wrap(trf(CaseMsg::saved_to, tag, visit->path()), width, ""));
  const std::string stem = stem_of(visit->path());
  for (;;) {
    say(wrap(trf(CaseMsg::offer_menu, tag, stem), width, "    ", "") + "> ");
    const auto line = read();
    const std::string choice = line ? trimmed(*line) : "";
    if (choice.empty()) return;
    std::string path, text, after;
    try {
      if (choice == "1") {
        path = stem + ".html";
        text = export_case(rules, visit->file(), today, "html", visit->path());
      } else if (choice == "2") {
        path = stem + ".ics";
        text = export_case(rules, visit->file(), today, "ics", visit->path());
      } else if (choice == "3") {
        path = stem + "-letter.txt";
        const FilledLetter letter = case_letter(rules, visit->file(), today, "", visit->path());
        text = letter_text(letter);
        if (!letter.gaps.empty())
          after = wrap(trf(CaseMsg::gaps_left, tag, fmt::join(letter.gaps, ", ")), width, "");
      } else {
        say(wrap(tr(CaseMsg::offer_invalid, tag), width, ""));
        continue;
      }
      OutputFile out(path, visit->path());
      out.write(text);
      out.commit();
      say(wrap(trf(CaseMsg::written, tag, path), width, "") + after);
    } catch (const UserError& e) {
      say(wrap(e.message(words::column_of(tag).value_or(words::Column::en)), width, ""));
    }
  }
}

}  // namespace escalate::cli
