// The contents of a dossier, computed once and shown as Markdown or HTML.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "escalate/case_file.hpp"
#include "escalate/engine.hpp"

namespace escalate {

struct TimelineItem {
  Date date;
  std::string text;
  bool deadline = false;  // a deadline of today's advice, not a past event
};

struct RecordLine {
  Date day;
  std::string text;
};

struct LadderMark {
  std::string name;
  RungState state = RungState::ahead;
  std::string date;  // the contact's date, or for the current rung its first deadline
};

struct DossierModel {
  std::string language;  // the tag
  std::string title, prepared;
  std::vector<std::pair<std::string, std::string>> who;      // label, value or [gap]
  std::vector<std::pair<std::string, std::string>> answers;  // question, answer
  std::vector<TimelineItem> timeline;
  std::optional<Advice> advice;
  std::optional<NeedsInput> needs;
  std::vector<LadderMark> ladder;
  std::vector<RecordLine> record;
};

Expected<DossierModel> dossier_model(const RuleSet& rules, const CaseFile& file, Date today,
                                     std::string_view version);

// Text for HTML and SVG: & < > " ' as entities.
std::string html_escape(std::string_view text);
// The ladder as an inline SVG picture, one row per rung, each with its date.
std::string ladder_svg(const std::vector<LadderMark>& ladder, std::string_view title);

// One journal entry in words ("answered: <prompt> — <answer>").
std::string journal_line(const RuleSet& rules, const CaseFile& file, const JournalEntry& entry);

}  // namespace escalate
