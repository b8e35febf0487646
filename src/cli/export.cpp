// `escalate export FILE --to md|html|ics [-o OUT]`: the case as a dossier to
// print (Markdown or one self-contained HTML file) or its deadlines as a calendar.
#include <fmt/format.h>

#include "case_exports.hpp"
#include "case_store.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "completes.hpp"
#include "output_file.hpp"

namespace escalate::cli {
namespace {

struct ExportOptions {
  std::string case_path, to, output;
};

void run_export(const CommonOptions& common, const ExportOptions& options) {
  const CaseAtHand at = read_case_at_hand(common, options.case_path);
  const std::string text =
      export_case(at.rules(), at.file(), at.today, options.to, options.case_path);
  OutputFile out(options.output, options.case_path);
  out.write(text);
  out.commit();
}

}  // namespace

Run register_export(CLI::App& app, CommonOptions& common) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand("export", help_text(common, HelpWord::cmd_export));
  command
      ->add_option(help_text(common, HelpWord::type_file), options->case_path,
                   help_text(common, HelpWord::opt_case_file))
      ->type_name("")
      ->check(completes(Completes::files))
      ->required();
  command->add_option("--to", options->to, help_text(common, HelpWord::opt_export_to))
      ->type_name(help_text(common, HelpWord::type_format))
      ->required()
      ->check(CLI::IsMember({"md", "html", "ics"}));
  command->add_option("-o,--output", options->output, help_text(common, HelpWord::opt_output))
      ->type_name(help_text(common, HelpWord::type_file))
      ->check(completes(Completes::files));
  add_common_options(*command, common, kRules | kLang | kToday);
  return [&common, options] { run_export(common, *options); };
}

}  // namespace escalate::cli
