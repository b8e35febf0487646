// Threads started once for a whole batch run, not per chunk. run() hands them
// a job of numbered parts; each thread takes the next part not yet taken until
// none is left, so a slow part does not leave the other threads idle.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace escalate::cli {

class WorkerPool {
 public:
  explicit WorkerPool(unsigned threads);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Starts `job(part)` for every part in [0, parts) and returns at once,
  // after waiting for the job before to finish.
  void start(std::function<void(std::size_t)> job, std::size_t parts);
  // Returns when every thread has finished the job started last.
  void wait();

 private:
  void work();

  std::mutex mutex_;
  std::condition_variable wake_, finished_;
  std::function<void(std::size_t)> job_;
  std::size_t parts_ = 0;
  std::size_t next_part_ = 0;
  std::uint64_t generation_ = 0;  // of the job started last
  unsigned done_ = 0;             // threads that have finished it
  bool stop_ = false;
  std::vector<std::jthread> threads_;
};

}  // namespace escalate::cli
