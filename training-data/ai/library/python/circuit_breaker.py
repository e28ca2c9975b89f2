import threading
import time
from functools import wraps


class CircuitOpenError(Exception):
    """Raised when a call is rejected because the circuit is open."""


class CircuitBreaker:
    """Stops calling a failing dependency for a while, then tries again.

    The breaker has three states:

    * CLOSED    - calls go through normally; failures are counted.
    * OPEN      - calls fail immediately with CircuitOpenError.
    * HALF_OPEN - after ``reset_timeout`` seconds, one trial call is allowed.
                  If it succeeds the circuit closes, otherwise it opens again.

    Args:
        failure_threshold: Consecutive failures before the circuit opens.
        reset_timeout: Seconds to wait before allowing a trial call.
        expected_exceptions: Exception types that count as failures.
            Anything else is re-raised without affecting the breaker.
    """

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"

    def __init__(self, failure_threshold=5, reset_timeout=30.0,
                 expected_exceptions=(Exception,), clock=time.monotonic):
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self.expected_exceptions = expected_exceptions
        self._clock = clock  # injectable so tests don't have to sleep
        self._lock = threading.Lock()
        self._state = self.CLOSED
        self._failures = 0
        self._opened_at = None

    @property
    def state(self):
        # Reading the state may move us from OPEN to HALF_OPEN
        with self._lock:
            self._maybe_half_open()
            return self._state

    def _maybe_half_open(self):
        if self._state == self.OPEN and self._clock() - self._opened_at >= self.reset_timeout:
            self._state = self.HALF_OPEN

    def call(self, func, *args, **kwargs):
        """Call ``func`` through the breaker and return its result."""
        with self._lock:
            self._maybe_half_open()
            if self._state == self.OPEN:
                remaining = self.reset_timeout - (self._clock() - self._opened_at)
                raise CircuitOpenError(f"circuit open, retry in {remaining:.1f}s")

        try:
            result = func(*args, **kwargs)
        except self.expected_exceptions:
            self._record_failure()
            raise
        self._record_success()
        return result

    def _record_failure(self):
        with self._lock:
            self._failures += 1
            # A failed trial call re-opens the circuit straight away
            if self._state == self.HALF_OPEN or self._failures >= self.failure_threshold:
                self._state = self.OPEN
                self._opened_at = self._clock()

    def _record_success(self):
        with self._lock:
            self._failures = 0
            self._state = self.CLOSED
            self._opened_at = None

    def __call__(self, func):
        """Allow the breaker to be used as a decorator."""
        @wraps(func)
        def wrapper(*args, **kwargs):
            return self.call(func, *args, **kwargs)
        wrapper.breaker = self
        return wrapper


if __name__ == "__main__":
    # Example: a fake service that fails the first four times
    attempts = {"count": 0}
    breaker = CircuitBreaker(failure_threshold=3, reset_timeout=1.0,
                             expected_exceptions=(ConnectionError,))

    @breaker
    def fetch_price(symbol):
        attempts["count"] += 1
        if attempts["count"] <= 4:
            raise ConnectionError("service unavailable")
        return {"symbol": symbol, "price": 101.25}

    for i in range(6):
        try:
            print(i, fetch_price("ACME"))
        except CircuitOpenError as exc:
            print(i, "rejected:", exc)
        except ConnectionError as exc:
            print(i, "failed:", exc)
        print("   state =", breaker.state)
        if breaker.state == CircuitBreaker.OPEN:
            time.sleep(1.1)  # wait so the breaker lets a trial call through
