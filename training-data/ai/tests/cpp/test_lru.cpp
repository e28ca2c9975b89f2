#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <string>

#include "lru_cache.hpp"

TEST_CASE("LruCache basic operations", "[lru]") {
    LruCache<std::string, int> cache(2);

    SECTION("get on an empty cache returns nothing") {
        REQUIRE_FALSE(cache.get("missing").has_value());
        REQUIRE(cache.size() == 0);
    }

    SECTION("put then get returns the value") {
        cache.put("a", 1);
        auto v = cache.get("a");
        REQUIRE(v.has_value());
        REQUIRE(*v == 1);
    }

    SECTION("put overwrites an existing key without growing") {
        cache.put("a", 1);
        cache.put("a", 42);
        REQUIRE(cache.size() == 1);
        REQUIRE(*cache.get("a") == 42);
    }

    SECTION("least recently used entry is evicted") {
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");     // "b" is now the LRU entry
        cache.put("c", 3);

        REQUIRE(cache.contains("a"));
        REQUIRE_FALSE(cache.contains("b"));
        REQUIRE(cache.contains("c"));
    }

    SECTION("erase removes the entry") {
        cache.put("a", 1);
        REQUIRE(cache.erase("a"));
        REQUIRE_FALSE(cache.erase("a"));
        REQUIRE(cache.size() == 0);
    }
}

TEST_CASE("LruCache eviction callback", "[lru]") {
    std::vector<std::pair<int, std::string>> evicted;
    LruCache<int, std::string> cache(1, [&](const int& k, const std::string& v) {
        evicted.emplace_back(k, v);
    });

    cache.put(1, "one");
    cache.put(2, "two");

    REQUIRE(evicted.size() == 1);
    CHECK(evicted[0].first == 1);
    CHECK(evicted[0].second == "one");
}

TEST_CASE("LruCache rejects zero capacity", "[lru]") {
    REQUIRE_THROWS_AS((LruCache<int, int>(0)), std::invalid_argument);
}

TEST_CASE("LruCache keeps at most capacity entries under churn", "[lru][stress]") {
    constexpr std::size_t capacity = 64;
    LruCache<int, int> cache(capacity);
    for (int i = 0; i < 10'000; ++i) {
        cache.put(i % 97, i);
        if (i % 3 == 0) cache.get(i % 13);
        REQUIRE(cache.size() <= capacity);
    }
}

TEST_CASE("peek does not change recency", "[lru]") {
    LruCache<std::string, int> cache(2);
    cache.put("a", 1);
    cache.put("b", 2);
    REQUIRE(cache.peek("a") == 1);
    cache.put("c", 3);  // "a" is still the LRU entry
    REQUIRE_FALSE(cache.contains("a"));
}
