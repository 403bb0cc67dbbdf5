// The database connection pool: under a burst its few connections go to the requests in the order they asked.
#include "hqtestsupport.h"

#include <sql.h>

#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace kakunin;
using namespace kakunin::hqtest;

namespace {

// Until the pool has `n` waiters (the threads are started one after the other, so that their order is known).
void awaitWaiting(const hq::ConnectionPool &pool, size_t n)
{
    while (pool.waiting() < n)
        std::this_thread::yield();
}

} // namespace

TEST_CASE("the connection pool hands its connection to the waiters in the order they asked, and one who gives it back "
          "and asks again at once queues behind them",
    "[hq][pool]")
{
    Harness h;
    hq::ConnectionPool pool(h.db, 1);
    std::mutex m;
    std::vector<int> order;
    auto first = std::make_unique<hq::ConnectionPool::Lease>(pool.acquire());
    std::vector<std::thread> threads;
    for (int i = 1; i <= 4; ++i) {
        threads.emplace_back([&, i] {
            {
                auto lease = pool.acquire();
                std::lock_guard lock(m);
                order.push_back(i);
            }
            if (i == 1) { // at once again: behind the three still waiting
                auto again = pool.acquire();
                const bool works = !(*again).query("SELECT 1").empty();
                std::lock_guard lock(m);
                order.push_back(works ? 10 + i : -i);
            }
        });
        awaitWaiting(pool, static_cast<size_t>(i));
    }
    first.reset();
    for (auto &t : threads)
        t.join();
    CHECK(order == std::vector<int> {1, 2, 3, 4, 11});
    CHECK(pool.openCount() == 1);
    CHECK(pool.waiting() == 0);
}

TEST_CASE("a thread that holds a connection gets a second one at once, though every connection is leased and others "
          "wait, and the extra one is closed when it comes back",
    "[hq][pool]")
{
    Harness h;
    hq::ConnectionPool pool(h.db, 1);
    std::atomic<bool> waiterServed {false};
    auto outer = std::make_unique<hq::ConnectionPool::Lease>(pool.acquire());
    std::thread waiter([&] {
        auto lease = pool.acquire();
        waiterServed = !(*lease).query("SELECT 1").empty();
    });
    awaitWaiting(pool, 1);
    {
        auto inner = pool.acquire(); // would wait forever behind the waiter, who waits for `outer`
        CHECK_FALSE((*inner).query("SELECT 1").empty());
        CHECK(pool.openCount() == 2);
        CHECK(pool.waiting() == 1);
    }
    waiter.join(); // served with the extra connection while `outer` is still leased
    CHECK(waiterServed);
    CHECK(pool.openCount() == 1); // the extra one was closed when the waiter gave it back
    outer.reset();
    CHECK(pool.openCount() == 1);
    CHECK(pool.waiting() == 0);
}
