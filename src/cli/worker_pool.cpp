// The batch worker pool (worker_pool.hpp). Every thread takes part in every
// job, and the next job starts only when all of them are done with the last:
// no thread can still be taking parts of a job while the next one is set up.
#include "worker_pool.hpp"

#include <utility>

namespace escalate::cli {

WorkerPool::WorkerPool(unsigned threads) {
  done_ = threads;  // no job yet: all done
  for (unsigned t = 0; t < threads; ++t) threads_.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool() {
  {
    const std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  threads_.clear();  // joins
}

void WorkerPool::start(std::function<void(std::size_t)> job, std::size_t parts) {
  wait();  // one job at a time
  {
    const std::lock_guard lock(mutex_);
    job_ = std::move(job);
    parts_ = parts;
    next_part_ = 0;
    done_ = 0;
    ++generation_;
  }
  wake_.notify_all();
}

void WorkerPool::wait() {
  std::unique_lock lock(mutex_);
  finished_.wait(lock, [this] { return done_ == threads_.size(); });
}

void WorkerPool::work() {
  std::uint64_t seen = 0;  // the last generation this thread worked on
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
    if (stop_) return;
    seen = generation_;
    // Parts are handed out under the lock; a part is many lines, so the lock
    // is taken a few times per chunk, not per line.
    while (next_part_ < parts_) {
      const std::size_t part = next_part_++;
      lock.unlock();
      job_(part);
      lock.lock();
    }
    if (++done_ == threads_.size()) finished_.notify_all();
  }
}

}  // namespace escalate::cli
