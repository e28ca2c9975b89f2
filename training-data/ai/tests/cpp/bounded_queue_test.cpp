/**
 * Catch2 (v3) tests for BoundedQueue<T>, the blocking multi-producer /
 * multi-consumer queue in concurrency/bounded_queue.hpp.
 *
 * Contract under test:
 *  - push() blocks while the queue is full; try_push() returns false instead.
 *  - pop() blocks while empty; try_pop() returns std::nullopt instead.
 *  - close() wakes all waiters; after close, push fails and pop drains
 *    remaining items then returns std::nullopt.
 *  - FIFO order is preserved for a single producer.
 */
#include <catch2/catch_test_macros.hpp>

#include <atomic>
#include <chrono>
#include <numeric>
#include <thread>
#include <vector>

#include "concurrency/bounded_queue.hpp"

using namespace std::chrono_literals;

namespace {

/** Generous upper bound for operations that should complete "immediately". */
constexpr auto kShortWait = 50ms;

constexpr std::size_t kCapacity = 4;

}  // namespace

TEST_CASE("constructor rejects zero capacity", "[bounded_queue]") {
    REQUIRE_THROWS_AS(BoundedQueue<int>(0), std::invalid_argument);
}

TEST_CASE("single-threaded FIFO behaviour", "[bounded_queue]") {
    BoundedQueue<int> q(kCapacity);

    SECTION("items come out in insertion order") {
        for (int i = 0; i < 3; ++i) {
            REQUIRE(q.try_push(i));
        }
        CHECK(q.try_pop() == 0);
        CHECK(q.try_pop() == 1);
        CHECK(q.try_pop() == 2);
        CHECK_FALSE(q.try_pop().has_value());
    }

    SECTION("try_push fails once the queue is full") {
        for (std::size_t i = 0; i < kCapacity; ++i) {
            REQUIRE(q.try_push(static_cast<int>(i)));
        }
        CHECK_FALSE(q.try_push(99));
        CHECK(q.size() == kCapacity);
    }
}

TEST_CASE("close() semantics", "[bounded_queue]") {
    BoundedQueue<int> q(kCapacity);
    REQUIRE(q.try_push(1));
    REQUIRE(q.try_push(2));
    q.close();

    CHECK(q.is_closed());
    CHECK_FALSE(q.push(3));
    CHECK_FALSE(q.try_push(3));
    // Items pushed before close() are still delivered.
    CHECK(q.pop() == 1);
    CHECK(q.pop() == 2);
    CHECK_FALSE(q.pop().has_value());
}

TEST_CASE("close() wakes a blocked consumer", "[bounded_queue][threads]") {
    BoundedQueue<int> q(kCapacity);
    std::atomic<bool> returned{false};

    std::thread consumer([&] {
        auto item = q.pop();
        CHECK_FALSE(item.has_value());
        returned = true;
    });

    std::this_thread::sleep_for(kShortWait);
    CHECK_FALSE(returned.load());  // still blocked on the empty queue
    q.close();
    consumer.join();
    CHECK(returned.load());
}

TEST_CASE("push blocks while full until a consumer makes room", "[bounded_queue][threads]") {
    BoundedQueue<int> q(1);
    REQUIRE(q.try_push(1));
    std::atomic<bool> pushed{false};

    std::thread producer([&] {
        CHECK(q.push(2));
        pushed = true;
    });

    std::this_thread::sleep_for(kShortWait);
    CHECK_FALSE(pushed.load());
    CHECK(q.pop() == 1);
    producer.join();
    CHECK(pushed.load());
    CHECK(q.pop() == 2);
}

TEST_CASE("many producers and consumers deliver every item exactly once",
          "[bounded_queue][threads]") {
    constexpr int kProducers = 4;
    constexpr int kConsumers = 3;
    constexpr int kPerProducer = 2500;

    BoundedQueue<int> q(kCapacity);
    std::atomic<long long> sum{0};
    std::atomic<int> received{0};

    std::vector<std::thread> consumers;
    for (int c = 0; c < kConsumers; ++c) {
        consumers.emplace_back([&] {
            while (auto item = q.pop()) {
                sum += *item;
                ++received;
            }
        });
    }

    std::vector<std::thread> producers;
    for (int p = 0; p < kProducers; ++p) {
        producers.emplace_back([&, p] {
            for (int i = 0; i < kPerProducer; ++i) {
                REQUIRE(q.push(p * kPerProducer + i));
            }
        });
    }

    for (auto& t : producers) t.join();
    q.close();
    for (auto& t : consumers) t.join();

    constexpr int kTotal = kProducers * kPerProducer;
    const long long expected = static_cast<long long>(kTotal) * (kTotal - 1) / 2;
    CHECK(received.load() == kTotal);
    CHECK(sum.load() == expected);
}
