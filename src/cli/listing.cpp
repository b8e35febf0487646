// `escalate channels` and `escalate questions`: what a rule set holds, for
// people choosing where to turn and for scripts building `-a id=value` flags.
#include <fmt/format.h>

#include <memory>
#include <optional>

#include "commands.hpp"
#include "common.hpp"
#include "escalate/completion.hpp"
#include "escalate/describe.hpp"
#include "escalate/messages.hpp"

namespace escalate::cli {
namespace {

void print_channels(const RuleSet& rules, std::size_t lang, const std::string& format) {
  Json list = Json::array();
  for (const Channel& channel : rules.channels)
    list.push_back(describe_channel(rules, channel, lang));
  if (format == "json") {
    fmt::print("{}\n", json_text(list, 2));
    return;
  }
  const std::string& tag = rules.languages[lang];
  for (const Json& c : list) {
    if (&c != &list.front()) fmt::print("\n");
    const bool on_ladder = std::find(rules.ladder.begin(), rules.ladder.end(),
                                     c["id"].get<std::string>()) != rules.ladder.end();
    fmt::print("{} ({}){}\n", c["name"].get<std::string>(), c["id"].get<std::string>(),
               on_ladder ? "" : " *");
    fmt::print("  {}\n", c["summary"].get<std::string>());
    fmt::print("  {}:\n", tr(Msg::contacts, tag));
    for (const Json& contact : c["contacts"]) {
      const auto kind = contact_kind_named(contact["kind"].get<std::string>());
      fmt::print("    {:<11} {}", kind ? contact_kind_label(*kind, tag) : "",
                 contact["value"].get<std::string>());
      if (contact.contains("hours")) fmt::print("  ({})", contact["hours"].get<std::string>());
      if (contact.contains("note")) fmt::print("  {}", contact["note"].get<std::string>());
      fmt::print("\n");
    }
    if (!c["response_time"].is_null()) {
      fmt::print("  {}: {}\n", tr(Msg::response_time, tag), c["response_time"].get<std::string>());
    }
    if (!c["documents"].empty()) {
      std::vector<std::string> labels;
      for (const Json& d : c["documents"]) labels.push_back(d["label"].get<std::string>());
      fmt::print("  {}: {}\n", tr(Msg::documents_to_bring, tag), fmt::join(labels, "; "));
    }
  }
  const bool any_off_ladder =
      std::any_of(rules.channels.begin(), rules.channels.end(), [&](const Channel& c) {
        return std::find(rules.ladder.begin(), rules.ladder.end(), c.id) == rules.ladder.end();
      });
  if (any_off_ladder) fmt::print("\n{}\n", tr(Msg::off_ladder, tag));
}

std::string_view type_label(QuestionType type, const std::string& tag) {
  switch (type) {
    case QuestionType::boolean:
      return tr(Msg::type_boolean, tag);
    case QuestionType::choice:
      return tr(Msg::type_choice, tag);
    case QuestionType::multi:
      return tr(Msg::type_multi, tag);
    case QuestionType::number:
      return tr(Msg::type_number, tag);
    case QuestionType::date:
      return tr(Msg::type_date, tag);
    case QuestionType::text:
      return tr(Msg::type_text, tag);
  }
  return "";
}

void print_questions(const RuleSet& rules, std::size_t lang, const std::string& format) {
  Json list = Json::array();
  for (const Question& q : rules.questions) list.push_back(describe_question(q, lang));
  if (format == "json") {
    fmt::print("{}\n", json_text(list, 2));
    return;
  }
  const std::string& tag = rules.languages[lang];
  for (std::size_t i = 0; i < rules.questions.size(); ++i) {
    const Question& q = rules.questions[i];
    const Json& d = list[i];
    if (i > 0) fmt::print("\n");
    fmt::print("{}  [{}]\n  {}\n", q.id, type_label(q.type, tag), d["prompt"].get<std::string>());
    if (!q.options.empty()) {
      fmt::print("  {}:\n", tr(Msg::options, tag));
      for (const Json& o : d["options"]) {
        fmt::print("    {:<24} {}\n", o["value"].get<std::string>(), o["label"].get<std::string>());
      }
    }
    if (q.min) fmt::print("  {}: {}\n", tr(Msg::minimum, tag), bound_label(q, *q.min, tag));
    if (q.max) fmt::print("  {}: {}\n", tr(Msg::maximum, tag), bound_label(q, *q.max, tag));
    if (!q.unit.empty()) fmt::print("  {}: {}\n", tr(Msg::unit, tag), q.unit);
    if (q.pattern_hint)
      fmt::print("  {}: {}\n", tr(Msg::pattern, tag), q.pattern_hint->plain(lang));
    else if (!q.pattern.empty())
      fmt::print("  {}: {}\n", tr(Msg::pattern, tag), q.pattern);
    if (q.allow_unknown) fmt::print("  {}\n", tr(Msg::may_answer_unknown, tag));
    fmt::print("  {}: -a {}=…\n", tr(Msg::answer_with, tag), q.id);
  }
}

// A listing command with the options it takes; its Run is run_listing.
CLI::App* add_listing(CLI::App& app, CommonOptions& common, const char* name,
                      const std::string& description) {
  CLI::App* command = app.add_subcommand(name, description);
  add_common_options(*command, common, kRules | kLang | kFormat);
  return command;
}

void run_listing(const CommonOptions& common,
                 void (*print)(const RuleSet&, std::size_t, const std::string&)) {
  const LoadedRules loaded = load_rules_or_fail(common);
  print(*loaded.rules, choose_language(*loaded.rules, common.lang), common.format);
}

}  // namespace

Run register_channels(CLI::App& app, CommonOptions& common) {
  add_listing(app, common, "channels", help_text(common, HelpWord::cmd_channels));
  return [&common] { run_listing(common, print_channels); };
}

Run register_questions(CLI::App& app, CommonOptions& common) {
  auto complete = std::make_shared<std::optional<std::string>>();
  add_listing(app, common, "questions", help_text(common, HelpWord::cmd_questions))
      ->add_option("--complete", *complete, help_text(common, HelpWord::opt_complete))
      ->type_name(help_text(common, HelpWord::type_word));
  return [&common, complete] {
    if (!*complete) return run_listing(common, print_questions);
    const LoadedRules loaded = load_rules_or_fail(common);
    for (const std::string& word : complete_answer(*loaded.rules, **complete))
      fmt::print("{}\n", word);
  };
}

}  // namespace escalate::cli
