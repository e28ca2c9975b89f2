import functools
import logging
import random
import time

logger = logging.getLogger(__name__)


class RetryError(Exception):
    """Raised when all retry attempts have been exhausted."""

    def __init__(self, attempts, last_exception):
        super().__init__(f"Gave up after {attempts} attempts: {last_exception!r}")
        self.attempts = attempts
        self.last_exception = last_exception


def retry(
    exceptions=(Exception,),
    attempts=3,
    delay=0.5,
    backoff=2.0,
    max_delay=30.0,
    jitter=True,
    on_retry=None,
):
    """Decorator that retries a function when it raises one of ``exceptions``.

    The wait between attempts grows exponentially: delay, delay*backoff,
    delay*backoff**2, ... capped at ``max_delay``. With ``jitter`` enabled a
    random fraction of the wait is used instead, which helps avoid many clients
    retrying in lockstep ("thundering herd").

    Example:
        @retry(exceptions=(ConnectionError,), attempts=5)
        def fetch():
            ...
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            last_exc = None

            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    last_exc = exc
                    if attempt == attempts:
                        break

                    # Compute how long to sleep before the next attempt
                    sleep_for = min(wait, max_delay)
                    if jitter:
                        sleep_for = random.uniform(0, sleep_for)

                    logger.warning(
                        "%s failed (attempt %d/%d): %s; retrying in %.2fs",
                        func.__name__, attempt, attempts, exc, sleep_for,
                    )
                    if on_retry is not None:
                        on_retry(attempt, exc)

                    time.sleep(sleep_for)
                    wait *= backoff

            raise RetryError(attempts, last_exc) from last_exc

        return wrapper

    return decorator


def retry_call(func, *args, retry_kwargs=None, **kwargs):
    """Call ``func`` once with retries, without decorating it permanently."""
    return retry(**(retry_kwargs or {}))(func)(*args, **kwargs)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    calls = {"n": 0}

    @retry(exceptions=(RuntimeError,), attempts=4, delay=0.1)
    def flaky():
        calls["n"] += 1
        if calls["n"] < 3:
            raise RuntimeError("temporary failure")
        return "ok"

    print(flaky(), "after", calls["n"], "calls")
