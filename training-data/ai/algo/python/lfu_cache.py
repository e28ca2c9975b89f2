# LFU (Least Frequently Used) cache with O(1) get and put
# Ties between keys with the same frequency are broken by least recent use

from collections import defaultdict
from typing import Any, DefaultDict, Dict, Hashable, Optional


class LFUCache:
    # Initialize the cache with a fixed capacity
    def __init__(self, capacity: int) -> None:
        if capacity < 0:
            raise ValueError("Capacity must be non-negative")
        self.capacity = capacity
        # key -> value
        self.values: Dict[Hashable, Any] = {}
        # key -> how many times it has been used
        self.freq: Dict[Hashable, int] = {}
        # frequency -> keys with that frequency, in insertion order (dicts keep order)
        self.buckets: DefaultDict[int, Dict[Hashable, None]] = defaultdict(dict)
        # The smallest frequency currently in the cache
        self.min_freq = 0

    # Function to move a key from its current frequency bucket to the next one
    def _touch(self, key: Hashable) -> None:
        f = self.freq[key]
        del self.buckets[f][key]
        # If the bucket is now empty, remove it and update min_freq if needed
        if not self.buckets[f]:
            del self.buckets[f]
            if self.min_freq == f:
                self.min_freq = f + 1
        self.freq[key] = f + 1
        self.buckets[f + 1][key] = None

    # Function to get a value from the cache
    def get(self, key: Hashable) -> Optional[Any]:
        if key not in self.values:
            return None
        self._touch(key)
        return self.values[key]

    # Function to insert or update a value in the cache
    def put(self, key: Hashable, value: Any) -> None:
        # Check for zero capacity
        if self.capacity == 0:
            return

        # If the key already exists, update the value and frequency
        if key in self.values:
            self.values[key] = value
            self._touch(key)
            return

        # If the cache is full, evict the least frequently used key
        if len(self.values) >= self.capacity:
            self._evict()

        # Add the new key with frequency 1
        self.values[key] = value
        self.freq[key] = 1
        self.buckets[1][key] = None
        self.min_freq = 1

    # Function to evict the least frequently (and least recently) used key
    def _evict(self) -> None:
        bucket = self.buckets[self.min_freq]
        # The first key in the bucket is the oldest one
        old_key = next(iter(bucket))
        del bucket[old_key]
        if not bucket:
            del self.buckets[self.min_freq]
        del self.values[old_key]
        del self.freq[old_key]

    def __len__(self) -> int:
        return len(self.values)

    def __contains__(self, key: Hashable) -> bool:
        return key in self.values


if __name__ == "__main__":
    cache = LFUCache(2)
    cache.put(1, "one")
    cache.put(2, "two")
    print(cache.get(1))      # one (key 1 now has frequency 2)
    cache.put(3, "three")    # evicts key 2 (frequency 1)
    print(cache.get(2))      # None
    print(cache.get(3))      # three
    cache.put(4, "four")     # keys 1 and 3 both have frequency 2, key 1 is older -> evicted
    print(cache.get(1))      # None
    print(cache.get(3))      # three
    print(cache.get(4))      # four

    # Check that a zero-capacity cache stores nothing
    empty = LFUCache(0)
    empty.put("a", 1)
    print("Zero capacity size:", len(empty))
