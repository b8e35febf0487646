// `escalate letter FILE [--channel ID] [-o OUT]`: the text to send to the
// current (or given) channel, filled with the case; gaps left are listed on stderr.
#include <fmt/format.h>

#include "case_exports.hpp"
#include "case_store.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "completes.hpp"
#include "escalate/case_words.hpp"
#include "output_file.hpp"

namespace escalate::cli {
namespace {

struct LetterOptions {
  std::string case_path, channel, output;
};

void run_letter(const CommonOptions& common, const LetterOptions& options) {
  const CaseAtHand at = read_case_at_hand(common, options.case_path);
  const FilledLetter letter =
      case_letter(at.rules(), at.file(), at.today, options.channel, options.case_path);
  OutputFile out(options.output, options.case_path);
  out.write(letter_text(letter));
  out.commit();
  if (!letter.gaps.empty()) {
    const std::string& tag = at.rules().languages.at(at.file().language);
    fmt::print(stderr, "{}\n", trf(CaseMsg::gaps_left, tag, fmt::join(letter.gaps, ", ")));
  }
}

}  // namespace

Run register_letter(CLI::App& app, CommonOptions& common) {
  auto options = std::make_shared<LetterOptions>();
  CLI::App* command = app.add_subcommand("letter", help_text(common, HelpWord::cmd_letter));
  command
      ->add_option(help_text(common, HelpWord::type_file), options->case_path,
                   help_text(common, HelpWord::opt_case_file))
      ->type_name("")
      ->check(completes(Completes::files))
      ->required();
  command->add_option("--channel", options->channel, help_text(common, HelpWord::opt_channel))
      ->type_name(help_text(common, HelpWord::type_id));
  command->add_option("-o,--output", options->output, help_text(common, HelpWord::opt_output))
      ->type_name(help_text(common, HelpWord::type_file))
      ->check(completes(Completes::files));
  add_common_options(*command, common, kRules | kLang | kToday);
  return [&common, options] { run_letter(common, *options); };
}

}  // namespace escalate::cli
