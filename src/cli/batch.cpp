// `escalate batch [FILE|-] [-o FILE] [-j N]`: JSON Lines in, one JSON line out
// per input line, in input order. Input is read in chunks bounded in lines and
// bytes, so memory does not grow with the input; where the output goes is
// output_file's business.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <thread>

#include "commands.hpp"
#include "common.hpp"
#include "completes.hpp"
#include "escalate/batch_line.hpp"
#include "escalate/messages.hpp"
#include "line_reader.hpp"
#include "output_file.hpp"
#include "progress.hpp"
#include "worker_pool.hpp"

namespace escalate::cli {
namespace {

struct BatchOptions {
  std::string input = "-";
  std::string output;
  unsigned jobs = 1;
  std::size_t line_offset = 0;        // the first line is numbered line_offset + 1
  std::optional<std::string> fields;  // --fields LIST; none: whole results
  bool compact = false;
};

struct Tally {
  std::size_t lines = 0;
  std::map<LineStatus, std::size_t> by_status;
  std::map<std::string, std::size_t> by_channel;
};

// The size of a regular file, for the progress line's percentage; 0 for anything else.
std::uint64_t regular_file_size(const std::string& path) {
  std::error_code error;
  if (path == "-" || !std::filesystem::is_regular_file(path, error)) return 0;
  const auto size = std::filesystem::file_size(path, error);
  return error ? 0 : size;
}

// A chunk of input lines and, once evaluated, their output: part p (kPartLines
// lines) is evaluated into texts[p] by whichever thread takes it, so the texts
// joined in order are the output in input order.
struct Chunk {
  static constexpr std::size_t kPartLines = 32;

  std::vector<std::string> lines;
  std::vector<char> too_long;  // per line
  std::vector<LineOutcome> outcomes;
  std::vector<std::string> texts;  // per part
  std::size_t first_number = 0;    // the number of the line before the first

  // Bounded in lines and in bytes, so memory stays flat whatever the input.
  void read(LineReader& reader, std::size_t max_lines, std::size_t max_bytes, std::size_t before) {
    lines.clear();
    too_long.clear();
    first_number = before;
    std::size_t bytes = 0;
    std::string line;
    bool long_line = false;
    while (lines.size() < max_lines && bytes < max_bytes && reader.next(line, long_line)) {
      bytes += line.size();
      lines.push_back(std::move(line));
      too_long.push_back(long_line ? 1 : 0);
    }
    outcomes.assign(lines.size(), {});
    if (texts.size() < parts()) texts.resize(parts());  // kept, with their buffers
  }

  std::size_t parts() const { return (lines.size() + kPartLines - 1) / kPartLines; }

  void evaluate(const BatchEvaluator& evaluator, std::size_t part) {
    std::string& out = texts[part];
    out.clear();
    const std::size_t end = std::min(lines.size(), (part + 1) * kPartLines);
    for (std::size_t i = part * kPartLines; i < end; ++i) {
      const std::size_t number = first_number + i + 1;
      outcomes[i] =
          too_long[i] ? evaluator.too_long(out, number) : evaluator.evaluate(out, lines[i], number);
      out += '\n';
    }
  }

  // Starts the pool's threads on this chunk; it is evaluated when pool.wait() returns.
  void start(WorkerPool& pool, const BatchEvaluator& evaluator) {
    pool.start([this, &evaluator](std::size_t part) { evaluate(evaluator, part); }, parts());
  }
};

BatchFields fields_or_fail(const RuleSet& rules, const BatchOptions& options) {
  if (options.compact && options.fields)
    throw UserError(CliMsg::compact_with_fields, kCompactFields);
  if (!options.compact && !options.fields) return {};
  Expected<BatchFields> fields =
      parse_batch_fields(rules, options.compact ? kCompactFields : *options.fields);
  if (!fields) throw UserError(fields.problem().message);
  return std::move(*fields);
}

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
  const std::size_t chunk_size = std::size_t{128} * jobs;
  // Chunks are bounded in lines and in bytes, so memory stays flat whatever the input.
  constexpr std::size_t kChunkBytes = 8u << 20;
  LineReader reader(in, kMaxBatchLineBytes);
  Progress progress(stderr, rules.languages[defaults.language], regular_file_size(options.input));
  const BatchEvaluator evaluator(rules, defaults, fields_or_fail(rules, options));
  Tally tally;
  // Two chunks in flight with -j 2 or more: while the workers evaluate one,
  // this thread reads the next and writes the one before. With -j 1, one thread.
  std::array<Chunk, 2> chunks;
  Chunk* current = &chunks[0];
  Chunk* next = &chunks[1];
  std::size_t line_number = options.line_offset;
  auto read = [&](Chunk& chunk) {
    chunk.read(reader, chunk_size, kChunkBytes, line_number);
    line_number += chunk.lines.size();
  };
  auto write = [&](const Chunk& chunk) {
    for (std::size_t part = 0; part < chunk.parts(); ++part) sink.write(chunk.texts[part]);
    for (const LineOutcome& r : chunk.outcomes) {
      ++tally.lines;
      ++tally.by_status[r.status];
      if (r.status == LineStatus::advice)
        ++tally.by_channel[r.channel.empty() ? "-" : std::string(r.channel)];
    }
    progress.update(tally.lines, reader.consumed());
  };
  if (jobs == 1) {
    for (read(*current); !current->lines.empty(); read(*current)) {
      for (std::size_t part = 0; part < current->parts(); ++part)
        current->evaluate(evaluator, part);
      write(*current);
    }
  } else {
    WorkerPool pool(jobs);
    read(*current);
    current->start(pool, evaluator);
    while (!current->lines.empty()) {
      read(*next);
      pool.wait();  // `current` is evaluated
      if (!next->lines.empty()) next->start(pool, evaluator);
      write(*current);
      std::swap(current, next);
    }
    pool.wait();
  }
  sink.commit();
  progress.finish();

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
  CLI::App* command = app.add_subcommand("batch", help_text(common, HelpWord::cmd_batch));
  command
      ->add_option(help_text(common, HelpWord::type_file), options->input,
                   help_text(common, HelpWord::opt_batch_input))
      ->type_name("")
      ->check(completes(Completes::files));
  command->add_option("-o,--output", options->output, help_text(common, HelpWord::opt_batch_output))
      ->type_name(help_text(common, HelpWord::type_file))
      ->check(completes(Completes::files));
  command->add_option("-j,--jobs", options->jobs, help_text(common, HelpWord::opt_jobs))
      ->type_name(help_text(common, HelpWord::type_number))
      ->check(CLI::Range(1u, 256u).description("[1-256]"));
  command->add_option("--fields", options->fields, help_text(common, HelpWord::opt_fields))
      ->type_name(help_text(common, HelpWord::type_list));
  command->add_flag("--compact", options->compact,
                    help_text(common, HelpWord::opt_compact) + std::string(kCompactFields));
  command
      ->add_option("--line-offset", options->line_offset,
                   help_text(common, HelpWord::opt_line_offset))
      ->type_name(help_text(common, HelpWord::type_number))
      ->check(CLI::Range(std::size_t{0}, std::size_t{1} << 53).description("[0-2^53]"));
  add_common_options(*command, common, kRules | kLang | kToday);
  return [&common, options] { run_batch(common, *options); };
}

}  // namespace escalate::cli
