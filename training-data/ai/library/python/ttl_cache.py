"""A small thread-safe LRU cache with per-entry time-to-live."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Generic, Hashable, Optional, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@dataclass
class _Entry(Generic[V]):
    value: V
    expires_at: float


class TTLCache(Generic[K, V]):
    """Least-recently-used cache whose entries expire after ``ttl`` seconds.

    Args:
        maxsize: Maximum number of entries kept. Oldest entries are evicted first.
        ttl: Lifetime of an entry in seconds.
        clock: Function returning the current time; injectable for testing.
    """

    def __init__(
        self,
        maxsize: int = 128,
        ttl: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if maxsize <= 0:
            raise ValueError("maxsize must be positive")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self._maxsize = maxsize
        self._ttl = ttl
        self._clock = clock
        self._data: OrderedDict[K, _Entry[V]] = OrderedDict()
        self._lock = threading.RLock()
        self.hits = 0
        self.misses = 0

    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        """Return the cached value for ``key``, or ``default`` if missing or expired."""
        with self._lock:
            entry = self._data.get(key)
            if entry is None:
                self.misses += 1
                return default
            if entry.expires_at <= self._clock():
                del self._data[key]
                self.misses += 1
                return default
            self._data.move_to_end(key)
            self.hits += 1
            return entry.value

    def set(self, key: K, value: V, ttl: Optional[float] = None) -> None:
        """Store ``value`` under ``key``, optionally overriding the default TTL."""
        lifetime = self._ttl if ttl is None else ttl
        with self._lock:
            self._data[key] = _Entry(value, self._clock() + lifetime)
            self._data.move_to_end(key)
            while len(self._data) > self._maxsize:
                self._data.popitem(last=False)

    def get_or_set(self, key: K, factory: Callable[[], V]) -> V:
        """Return the cached value, computing and storing it with ``factory`` on a miss."""
        with self._lock:
            sentinel = object()
            value = self.get(key, sentinel)  # type: ignore[arg-type]
            if value is sentinel:
                value = factory()
                self.set(key, value)
            return value  # type: ignore[return-value]

    def delete(self, key: K) -> bool:
        with self._lock:
            return self._data.pop(key, None) is not None

    def purge_expired(self) -> int:
        """Drop every expired entry and return how many were removed."""
        now = self._clock()
        with self._lock:
            stale = [k for k, e in self._data.items() if e.expires_at <= now]
            for k in stale:
                del self._data[k]
            return len(stale)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.hits = self.misses = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            entry = self._data.get(key)  # type: ignore[call-overload]
            return entry is not None and entry.expires_at > self._clock()

    @property
    def hit_rate(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0
