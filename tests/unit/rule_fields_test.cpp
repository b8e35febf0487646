// for_each_logic and for_each_text reach every field of a rule set that holds
// logic or a text: in the fixture below each such field names a question of its
// own (in_<field>), so a field the walk skips is missing from what it saw.
#include "escalate/rule_fields.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "escalate/loader.hpp"

namespace escalate {
namespace rule_fields_test {

constexpr std::string_view kEveryField = R"({
  "format": "escalate-rules/1", "id": "every-field", "version": "1", "updated": "2026-11-29",
  "title": "Every field {in_title}",
  "languages": ["en"],
  "sources": {"law": {"title": "{in_source_title}", "url": "https://example.org/law",
                      "note": "{in_source_note}"}},
  "documents": [{"id": "receipt", "label": "{in_document_label}", "hint": "{in_document_hint}"}],
  "channels": [{"id": "store", "name": "{in_channel_name}", "summary": "{in_channel_summary}",
                "contacts": [{"kind": "phone", "value": "{in_contact_value}",
                              "hours": "{in_contact_hours}", "note": "{in_contact_note}"}],
                "documents": ["receipt"], "response_time": "{in_response_time}",
                "tips": ["{in_tip}"], "used_when": {"var": "in_used_when"}}],
  "ladder": ["store"],
  "questions": [
    {"id": "contact_date", "type": "date", "prompt": "{in_prompt}", "help": "{in_help}",
     "gap": "{in_gap}", "timeline": "{in_timeline}", "recheck": {"var": "in_recheck"}},
    {"id": "code", "type": "text", "prompt": "Code", "pattern": "^[0-9]+$",
     "pattern_hint": "{in_pattern_hint}"},
    {"id": "pick", "type": "choice", "prompt": "Pick", "options": [{"value": "a", "label": "{in_option_label}"}]},
    {"id": "in_title", "type": "boolean", "prompt": "?"},
    {"id": "in_source_title", "type": "boolean", "prompt": "?"},
    {"id": "in_source_note", "type": "boolean", "prompt": "?"},
    {"id": "in_document_label", "type": "boolean", "prompt": "?"},
    {"id": "in_document_hint", "type": "boolean", "prompt": "?"},
    {"id": "in_channel_name", "type": "boolean", "prompt": "?"},
    {"id": "in_channel_summary", "type": "boolean", "prompt": "?"},
    {"id": "in_contact_value", "type": "boolean", "prompt": "?"},
    {"id": "in_contact_hours", "type": "boolean", "prompt": "?"},
    {"id": "in_contact_note", "type": "boolean", "prompt": "?"},
    {"id": "in_response_time", "type": "boolean", "prompt": "?"},
    {"id": "in_tip", "type": "boolean", "prompt": "?"},
    {"id": "in_used_when", "type": "boolean", "prompt": "?"},
    {"id": "in_prompt", "type": "boolean", "prompt": "?"},
    {"id": "in_help", "type": "boolean", "prompt": "?"},
    {"id": "in_gap", "type": "boolean", "prompt": "?"},
    {"id": "in_timeline", "type": "boolean", "prompt": "?"},
    {"id": "in_recheck", "type": "boolean", "prompt": "?"},
    {"id": "in_pattern_hint", "type": "boolean", "prompt": "?"},
    {"id": "in_option_label", "type": "boolean", "prompt": "?"},
    {"id": "in_fact_value", "type": "boolean", "prompt": "?"},
    {"id": "in_fact_label", "type": "boolean", "prompt": "?"},
    {"id": "in_shared_note_when", "type": "boolean", "prompt": "?"},
    {"id": "in_shared_note_text", "type": "boolean", "prompt": "?"},
    {"id": "in_step_when", "type": "boolean", "prompt": "?"},
    {"id": "in_step_title", "type": "boolean", "prompt": "?"},
    {"id": "in_step_action", "type": "boolean", "prompt": "?"},
    {"id": "in_step_then", "type": "boolean", "prompt": "?"},
    {"id": "in_document_when", "type": "boolean", "prompt": "?"},
    {"id": "in_deadline_label", "type": "boolean", "prompt": "?"},
    {"id": "in_deadline_date", "type": "date", "prompt": "?"},
    {"id": "in_note_when", "type": "boolean", "prompt": "?"},
    {"id": "in_note_text", "type": "boolean", "prompt": "?"},
    {"id": "in_letter_title", "type": "boolean", "prompt": "?"},
    {"id": "in_paragraph_when", "type": "boolean", "prompt": "?"},
    {"id": "in_paragraph_text", "type": "boolean", "prompt": "?"}
  ],
  "facts": [{"id": "fact", "value": {"var": "in_fact_value"}, "label": "{in_fact_label}"}],
  "notes": {"shared": {"when": {"var": "in_shared_note_when"}, "text": "{in_shared_note_text}"}},
  "steps": [
    {"id": "go", "when": {"var": "in_step_when"}, "channel": "store",
     "title": "{in_step_title}", "action": "{in_step_action}", "then": "{in_step_then}",
     "documents": [{"id": "receipt", "when": {"var": "in_document_when"}}],
     "deadlines": [{"id": "reply", "label": "{in_deadline_label}",
                    "date": {"var": "in_deadline_date"}, "basis": "law"}],
     "notes": ["shared", {"id": "own", "when": {"var": "in_note_when"}, "text": "{in_note_text}"}]},
    {"id": "otherwise", "channel": "store", "title": "Otherwise {fact}",
     "action": "{contact_date} {code} {label:pick}"}
  ],
  "letters": [{"id": "complaint", "channel": "store", "title": "{in_letter_title}",
               "paragraphs": [{"when": {"var": "in_paragraph_when"},
                               "text": "{in_paragraph_text}"}]}]
})";

using Seen = std::map<std::string, std::vector<std::string>>;  // field -> ids named there

const Loaded& every_field() {
  static const Expected<Loaded> loaded = load_rules(kEveryField);
  REQUIRE(loaded);
  return *loaded;
}

std::vector<std::string> ids(const RuleSet& rules, const std::vector<int>& symbols) {
  std::vector<std::string> out;
  out.reserve(symbols.size());
  for (int symbol : symbols) out.push_back(rules.symbols.at(symbol).id);
  return out;
}

TEST_CASE("for_each_logic reaches every field that holds logic", "[rule_fields]") {
  const RuleSet& rules = *every_field().rules;
  Seen seen;
  for_each_logic(rules, [&](const Logic& logic, std::string_view field) {
    for (const std::string& id : ids(rules, logic.symbols_used()))
      seen[std::string(field)].push_back(id);
  });
  CHECK(seen == Seen{
                    {"channels[].used_when", {"in_used_when"}},
                    {"questions[].recheck", {"in_recheck"}},
                    {"facts[].value", {"in_fact_value"}},
                    {"steps[].when", {"in_step_when"}},
                    {"steps[].documents[].when", {"in_document_when"}},
                    {"steps[].deadlines[].date", {"in_deadline_date"}},
                    {"steps[].notes[].when", {"in_shared_note_when", "in_note_when"}},
                    {"letters[].paragraphs[].when", {"in_paragraph_when"}},
                });
}

TEST_CASE("for_each_text reaches every text", "[rule_fields]") {
  const RuleSet& rules = *every_field().rules;
  Seen seen;
  for_each_text(rules, [&](const Text& text, std::string_view field) {
    for (const std::string& id : ids(rules, text.symbols())) seen[std::string(field)].push_back(id);
  });
  CHECK(seen == Seen{
                    {"title", {"in_title"}},
                    {"sources.*.title", {"in_source_title"}},
                    {"sources.*.note", {"in_source_note"}},
                    {"documents[].label", {"in_document_label"}},
                    {"documents[].hint", {"in_document_hint"}},
                    {"channels[].name", {"in_channel_name"}},
                    {"channels[].summary", {"in_channel_summary"}},
                    {"channels[].contacts[].value", {"in_contact_value"}},
                    {"channels[].contacts[].hours", {"in_contact_hours"}},
                    {"channels[].contacts[].note", {"in_contact_note"}},
                    {"channels[].response_time", {"in_response_time"}},
                    {"channels[].tips[]", {"in_tip"}},
                    {"questions[].prompt", {"in_prompt"}},
                    {"questions[].help", {"in_help"}},
                    {"questions[].options[].label", {"in_option_label"}},
                    {"questions[].pattern_hint", {"in_pattern_hint"}},
                    {"questions[].gap", {"in_gap"}},
                    {"questions[].timeline", {"in_timeline"}},
                    {"facts[].label", {"in_fact_label"}},
                    {"steps[].title", {"in_step_title", "fact"}},
                    {"steps[].action", {"in_step_action", "contact_date", "code", "pick"}},
                    {"steps[].then", {"in_step_then"}},
                    {"steps[].deadlines[].label", {"in_deadline_label"}},
                    {"steps[].notes[].text", {"in_shared_note_text", "in_note_text"}},
                    {"letters[].title", {"in_letter_title"}},
                    {"letters[].paragraphs[].text", {"in_paragraph_text"}},
                });
}

TEST_CASE("a question named in any logic or text is not reported as never used",
          "[rule_fields][loader]") {
  for (const Problem& warning : every_field().warnings) {
    INFO(warning.path << ": " << warning.message);
    CHECK_THAT(warning.message, !Catch::Contains("never used"));
  }
}

}  // namespace rule_fields_test
}  // namespace escalate
