"""Tests for the token-bucket rate limiter."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from ratelimit import RateLimiter, RateLimitExceeded


class FakeClock:
    """Manually advanced monotonic clock."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_limiter(clock: FakeClock) -> Callable[..., RateLimiter]:
    def factory(rate: float = 5.0, burst: int = 5) -> RateLimiter:
        return RateLimiter(rate=rate, burst=burst, clock=clock)

    return factory


def test_allows_up_to_burst_immediately(make_limiter: Callable[..., RateLimiter]) -> None:
    limiter = make_limiter(burst=3)
    assert [limiter.try_acquire() for _ in range(4)] == [True, True, True, False]


def test_refills_over_time(make_limiter: Callable[..., RateLimiter], clock: FakeClock) -> None:
    limiter = make_limiter(rate=2.0, burst=2)
    assert limiter.try_acquire() and limiter.try_acquire()
    assert not limiter.try_acquire()

    clock.advance(0.5)  # 2 tokens/s -> one token after 0.5s
    assert limiter.try_acquire()
    assert not limiter.try_acquire()


def test_tokens_never_exceed_burst(make_limiter: Callable[..., RateLimiter], clock: FakeClock) -> None:
    limiter = make_limiter(rate=10.0, burst=3)
    clock.advance(60)
    assert limiter.available == pytest.approx(3.0)


def test_acquire_multiple_tokens(make_limiter: Callable[..., RateLimiter]) -> None:
    limiter = make_limiter(burst=5)
    assert limiter.try_acquire(tokens=4)
    assert not limiter.try_acquire(tokens=2)
    assert limiter.try_acquire(tokens=1)


@pytest.mark.parametrize("tokens", [0, -1])
def test_rejects_non_positive_token_counts(make_limiter: Callable[..., RateLimiter], tokens: int) -> None:
    with pytest.raises(ValueError):
        make_limiter().try_acquire(tokens=tokens)


def test_request_larger_than_burst_is_an_error(make_limiter: Callable[..., RateLimiter]) -> None:
    with pytest.raises(ValueError, match="burst"):
        make_limiter(burst=2).try_acquire(tokens=3)


def test_acquire_or_raise_reports_retry_after(
    make_limiter: Callable[..., RateLimiter], clock: FakeClock
) -> None:
    limiter = make_limiter(rate=1.0, burst=1)
    limiter.acquire_or_raise()
    with pytest.raises(RateLimitExceeded) as excinfo:
        limiter.acquire_or_raise()
    assert excinfo.value.retry_after == pytest.approx(1.0)

    clock.advance(0.25)
    with pytest.raises(RateLimitExceeded) as excinfo:
        limiter.acquire_or_raise()
    assert excinfo.value.retry_after == pytest.approx(0.75)


@pytest.mark.parametrize("rate, burst", [(0, 1), (-1, 1), (1, 0)])
def test_invalid_configuration(rate: float, burst: int, clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        RateLimiter(rate=rate, burst=burst, clock=clock)


def test_thread_safety_no_overspend(make_limiter: Callable[..., RateLimiter]) -> None:
    limiter = make_limiter(rate=0.001, burst=100)
    granted: list[bool] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(50):
            ok = limiter.try_acquire()
            with lock:
                granted.append(ok)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert sum(granted) == 100
    assert len(granted) == 400
