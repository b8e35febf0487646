// `escalate batch [FILE|-] [-o FILE] [-j N]`: JSON Lines in, one JSON line out
// per input line, in input order. Input is read in chunks bounded in lines and
// bytes, so memory does not grow with the input; where the output goes is
// output_file's business.
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <thread>

#include "commands.hpp"
#include "common.hpp"
#include "escalate/batch_line.hpp"
#include "escalate/messages.hpp"
#include "line_reader.hpp"
#include "output_file.hpp"

namespace escalate::cli {
namespace {

struct BatchOptions {
  std::string input = "-";
  std::string output;
  unsigned jobs = 1;
};

struct Tally {
  std::size_t lines = 0;
  std::map<LineStatus, std::size_t> by_status;
  std::map<std::string, std::size_t> by_channel;
};

void run_batch(const CommonOptions& common, const BatchOptions& options) {
  const LoadedRules loaded = load_rules_or_fail(common);
  const RuleSet& rules = *loaded.rules;
  // The same input gives the same results on every machine: the locale never decides.
  const BatchDefaults defaults{choose_today(common.today),
                               choose_language_without_locale(rules, common.lang)};
  std::ifstream file;
  std::istream& in = open_input(options.input, file, kExitFailure);
  OutputFile sink(options.output, options.input);
  const unsigned jobs = std::max(1u, options.jobs);
  const std::size_t chunk_size = std::size_t{256} * jobs;
  // Chunks are bounded in lines and in bytes, so memory stays flat whatever the input.
  constexpr std::size_t kChunkBytes = 8u << 20;
  LineReader reader(in, kMaxBatchLineBytes);
  std::vector<std::string> lines;
  std::vector<char> too_long;  // per line of the chunk
  std::vector<BatchLineResult> results;
  std::vector<std::string> texts;  // serialised by the workers too
  Tally tally;
  std::size_t line_number = 0;
  while (true) {
    lines.clear();
    too_long.clear();
    std::size_t bytes = 0;
    std::string line;
    bool long_line = false;
    while (lines.size() < chunk_size && bytes < kChunkBytes && reader.next(line, long_line)) {
      bytes += line.size();
      lines.push_back(std::move(line));
      too_long.push_back(long_line ? 1 : 0);
    }
    if (lines.empty()) break;
    results.assign(lines.size(), {});
    texts.assign(lines.size(), {});
    auto work = [&](std::size_t first) {
      for (std::size_t i = first; i < lines.size(); i += jobs) {
        results[i] = too_long[i]
                         ? batch_line_too_long(rules, line_number + i + 1, defaults)
                         : evaluate_batch_line(rules, lines[i], line_number + i + 1, defaults);
        texts[i] = results[i].output.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
      }
    };
    if (jobs == 1) {
      work(0);
    } else {
      std::vector<std::jthread> workers;
      for (unsigned t = 0; t < jobs; ++t) workers.emplace_back(work, t);
    }
    for (std::size_t i = 0; i < results.size(); ++i) {
      const BatchLineResult& r = results[i];
      sink.write(texts[i]);
      ++tally.lines;
      ++tally.by_status[r.status];
      if (r.status == LineStatus::advice) ++tally.by_channel[r.channel.empty() ? "-" : r.channel];
    }
    line_number += lines.size();
  }
  sink.commit();

  const std::string& tag = rules.languages[defaults.language];
  std::vector<std::string> statuses;  // by name, as the summary always listed them
  for (const auto& [status, n] : tally.by_status) {
    statuses.emplace_back(fmt::format("{} {}", to_string(status), n));
  }
  std::sort(statuses.begin(), statuses.end());
  std::vector<std::string> channels;
  for (const auto& [channel, n] : tally.by_channel)
    channels.emplace_back(fmt::format("{} {}", channel, n));
  if (statuses.empty()) statuses.emplace_back("-");
  fmt::print(stderr, "escalate batch: {}\n",
             trf(Msg::summary_lines, tag, tally.lines, fmt::join(statuses, ", ")));
  if (!channels.empty())
    fmt::print(stderr, "escalate batch: {}\n",
               trf(Msg::summary_channels, tag, fmt::join(channels, ", ")));
  if (tally.by_status.count(LineStatus::error) > 0) throw Exit{kExitFailure};
}

}  // namespace

Run register_batch(CLI::App& app, CommonOptions& common) {
  auto options = std::make_shared<BatchOptions>();
  CLI::App* command =
      app.add_subcommand("batch", "Evaluate JSON Lines: one result line per input line, in order");
  command->add_option("FILE", options->input, "Input JSON Lines file, or - for stdin (default)");
  command->add_option("-o,--output", options->output,
                      "Write to this file (complete or not at all) instead of stdout");
  command->add_option("-j,--jobs", options->jobs, "Threads to use; output order is kept")
      ->check(CLI::Range(1u, 256u));
  add_common_options(*command, common, kRules | kLang | kToday);
  return [&common, options] { run_batch(common, *options); };
}

}  // namespace escalate::cli
