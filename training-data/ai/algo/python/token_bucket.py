"""Token-bucket rate limiter, plus a keyed variant for per-client limits.

A bucket holds at most ``capacity`` tokens and refills continuously at
``rate`` tokens per second. Each request spends tokens; if not enough are
available the request is rejected (or the caller can ask how long to wait).
"""

import threading
import time
from typing import Callable, Dict, Hashable

Clock = Callable[[], float]

DEFAULT_COST = 1.0
MAX_TRACKED_KEYS = 10_000


class TokenBucket:
    """Thread-safe token bucket.

    Args:
        rate: tokens added per second; must be positive.
        capacity: maximum burst size; must be at least 1.
        clock: monotonic time source, injectable for tests.
    """

    def __init__(self, rate: float, capacity: float, clock: Clock = time.monotonic) -> None:
        if rate <= 0:
            raise ValueError(f"rate must be positive, got {rate}")
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self.rate = float(rate)
        self.capacity = float(capacity)
        self._clock = clock
        self._tokens = self.capacity
        self._updated = clock()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._updated)
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate)
        self._updated = now

    def try_acquire(self, cost: float = DEFAULT_COST) -> bool:
        """Spend ``cost`` tokens if available; return whether the request is allowed."""
        self._check_cost(cost)
        with self._lock:
            self._refill()
            if self._tokens >= cost:
                self._tokens -= cost
                return True
            return False

    def wait_time(self, cost: float = DEFAULT_COST) -> float:
        """Seconds until ``cost`` tokens will be available (0 if available now)."""
        self._check_cost(cost)
        with self._lock:
            self._refill()
            missing = cost - self._tokens
            return max(0.0, missing / self.rate)

    @property
    def tokens(self) -> float:
        """Current token count, after refilling."""
        with self._lock:
            self._refill()
            return self._tokens

    def _check_cost(self, cost: float) -> None:
        if cost <= 0:
            raise ValueError(f"cost must be positive, got {cost}")
        if cost > self.capacity:
            raise ValueError(f"cost {cost} exceeds bucket capacity {self.capacity}; it can never succeed")


class KeyedRateLimiter:
    """One token bucket per key (client id, IP address, API key...).

    Buckets that have been idle long enough to be full again are evicted
    once more than ``max_keys`` are tracked, so memory stays bounded.
    """

    def __init__(self, rate: float, capacity: float, max_keys: int = MAX_TRACKED_KEYS,
                 clock: Clock = time.monotonic) -> None:
        if max_keys < 1:
            raise ValueError("max_keys must be at least 1")
        self.rate = rate
        self.capacity = capacity
        self.max_keys = max_keys
        self._clock = clock
        self._buckets: Dict[Hashable, TokenBucket] = {}
        self._lock = threading.Lock()

    def allow(self, key: Hashable, cost: float = DEFAULT_COST) -> bool:
        """Return True if ``key`` may make a request costing ``cost`` tokens."""
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                if len(self._buckets) >= self.max_keys:
                    self._evict_full_buckets()
                bucket = TokenBucket(self.rate, self.capacity, self._clock)
                self._buckets[key] = bucket
        return bucket.try_acquire(cost)

    def _evict_full_buckets(self) -> None:
        full = [k for k, b in self._buckets.items() if b.tokens >= b.capacity]
        for k in full:
            del self._buckets[k]

    def __len__(self) -> int:
        return len(self._buckets)


if __name__ == "__main__":
    fake_now = [0.0]
    bucket = TokenBucket(rate=2, capacity=5, clock=lambda: fake_now[0])

    burst = [bucket.try_acquire() for _ in range(7)]
    print("burst of 7:", burst)
    print(f"wait for next token: {bucket.wait_time():.2f}s")

    fake_now[0] += 1.0
    print("after 1s, tokens =", round(bucket.tokens, 2))

    limiter = KeyedRateLimiter(rate=1, capacity=2, clock=lambda: fake_now[0])
    results = [(ip, limiter.allow(ip)) for ip in ["10.0.0.1"] * 3 + ["10.0.0.2"]]
    print(results)
