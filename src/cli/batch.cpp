// `escalate batch [FILE|-] [-o FILE] [-j N]`: JSON Lines in, one JSON line out
// per input line, in input order. Input is read in bounded chunks, so memory
// does not grow with the number of lines; with -o the file appears complete or
// not at all (written beside it, then renamed).
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include "commands.hpp"
#include "common.hpp"
#include "escalate/batch_line.hpp"
#include "escalate/messages.hpp"

namespace escalate::cli {
namespace {

struct BatchOptions {
  CommonOptions common;
  std::string input = "-";
  std::string output;
  unsigned jobs = 1;
};

// Output to stdout or to a temporary file renamed into place on success.
class Sink {
 public:
  explicit Sink(const std::string& path) : path_(path) {
    if (path_.empty()) {
      file_ = stdout;
      return;
    }
    temp_ = path_ + fmt::format(".tmp-{}", getpid());
    file_ = std::fopen(temp_.c_str(), "wb");
    if (!file_) throw UserError(fmt::format("cannot write '{}': {}", temp_, std::strerror(errno)), kExitFailure);
  }
  ~Sink() {
    if (!temp_.empty() && file_) {  // not committed: leave nothing behind
      std::fclose(file_);
      std::remove(temp_.c_str());
    }
  }
  void write(const std::string& line) {
    if (std::fwrite(line.data(), 1, line.size(), file_) != line.size()) fail();
  }
  void commit() {
    if (std::fflush(file_) != 0 || std::ferror(file_)) fail();
    if (temp_.empty()) return;
    if (std::fclose(file_) != 0) {
      file_ = nullptr;
      std::remove(temp_.c_str());
      throw UserError(fmt::format("cannot write '{}'", path_), kExitFailure);
    }
    file_ = nullptr;
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
      std::remove(temp_.c_str());
      throw UserError(fmt::format("cannot create '{}': {}", path_, std::strerror(errno)), kExitFailure);
    }
  }

 private:
  [[noreturn]] void fail() {
    throw UserError(fmt::format("cannot write '{}': {}", path_.empty() ? "standard output" : path_, std::strerror(errno)),
                    kExitFailure);
  }
  std::string path_;
  std::string temp_;
  std::FILE* file_ = nullptr;
};

struct Tally {
  std::size_t lines = 0;
  std::map<std::string, std::size_t> by_status;
  std::map<std::string, std::size_t> by_channel;
};

void run_batch(const BatchOptions& options) {
  const LoadedRules loaded = load_rules_or_fail(options.common);
  const RuleSet& rules = *loaded.rules;
  const BatchDefaults defaults{choose_today(options.common.today), choose_language(rules, options.common.lang)};
  std::ifstream file;
  if (options.input != "-") {
    file.open(options.input, std::ios::binary);
    if (!file) throw UserError(fmt::format("cannot read '{}': {}", options.input, std::strerror(errno)), kExitFailure);
  }
  std::istream& in = options.input == "-" ? std::cin : file;
  Sink sink(options.output);
  const unsigned jobs = std::max(1u, options.jobs);
  const std::size_t chunk_size = 256 * jobs;
  std::vector<std::string> lines;
  std::vector<BatchLineResult> results;
  std::vector<std::string> texts;  // serialised by the workers too
  Tally tally;
  std::size_t line_number = 0;
  while (true) {
    lines.clear();
    std::string line;
    while (lines.size() < chunk_size && std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(std::move(line));
    }
    if (in.bad()) throw UserError(fmt::format("cannot read '{}'", options.input), kExitFailure);
    if (lines.empty()) break;
    results.assign(lines.size(), {});
    texts.assign(lines.size(), {});
    auto work = [&](std::size_t first) {
      for (std::size_t i = first; i < lines.size(); i += jobs) {
        results[i] = evaluate_batch_line(rules, lines[i], line_number + i + 1, defaults);
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
      if (r.status == "advice") ++tally.by_channel[r.channel.empty() ? "-" : r.channel];
    }
    line_number += lines.size();
  }
  sink.commit();

  const std::string& tag = rules.languages[defaults.language];
  std::vector<std::string> statuses;
  for (const auto& [status, n] : tally.by_status) statuses.push_back(fmt::format("{} {}", status, n));
  std::vector<std::string> channels;
  for (const auto& [channel, n] : tally.by_channel) channels.push_back(fmt::format("{} {}", channel, n));
  if (statuses.empty()) statuses.push_back("-");
  fmt::print(stderr, "escalate batch: {}\n", trf(Msg::summary_lines, tag, tally.lines, fmt::join(statuses, ", ")));
  if (!channels.empty()) fmt::print(stderr, "escalate batch: {}\n", trf(Msg::summary_channels, tag, fmt::join(channels, ", ")));
  if (tally.by_status.count("error")) throw Exit{kExitFailure};
}

}  // namespace

void register_batch(CLI::App& app) {
  auto options = std::make_shared<BatchOptions>();
  CLI::App* command = app.add_subcommand("batch", "Evaluate JSON Lines: one result line per input line, in order");
  command->add_option("FILE", options->input, "Input JSON Lines file, or - for stdin (default)");
  command->add_option("-o,--output", options->output, "Write to this file (complete or not at all) instead of stdout");
  command->add_option("-j,--jobs", options->jobs, "Threads to use; output order is kept")->check(CLI::Range(1u, 256u));
  add_common_options(*command, options->common, false);
  command->callback([options] { run_batch(*options); });
}

}  // namespace escalate::cli
