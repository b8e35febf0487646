// The batch worker pool: every part of every job done exactly once, jobs one
// after the other on the same threads, and nothing left running at the end.
#include "worker_pool.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <vector>

namespace escalate::cli {
namespace worker_pool_test {

TEST_CASE("each part of each job is done exactly once, job after job", "[batch][pool]") {
  const unsigned threads = GENERATE(1u, 2u, 5u);
  WorkerPool pool(threads);
  for (std::size_t parts : {0u, 1u, 2u, 7u, 64u, 1000u}) {
    std::vector<std::atomic<int>> done(parts);
    pool.start([&done](std::size_t part) { done[part].fetch_add(1); }, parts);
    pool.wait();
    for (std::size_t p = 0; p < parts; ++p) CHECK(done[p].load() == 1);
  }
}

TEST_CASE("a job started while another runs waits for it", "[batch][pool]") {
  WorkerPool pool(2);
  std::atomic<int> first{0};
  std::atomic<int> seen_by_second{-1};
  pool.start([&first](std::size_t) { first.fetch_add(1); }, 500);
  pool.start([&](std::size_t) { seen_by_second = first.load(); }, 1);
  pool.wait();
  CHECK(first.load() == 500);
  CHECK(seen_by_second.load() == 500);
}

TEST_CASE("a pool with no job started waits for nothing, then runs a job", "[batch][pool]") {
  WorkerPool pool(3);
  pool.wait();
  std::atomic<int> parts{0};
  pool.start([&parts](std::size_t) { parts.fetch_add(1); }, 3);
  pool.wait();
  CHECK(parts.load() == 3);
}

}  // namespace worker_pool_test
}  // namespace escalate::cli
