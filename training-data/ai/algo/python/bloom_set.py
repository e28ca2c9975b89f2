"""A space-efficient probabilistic set (Bloom filter).

Membership tests can return false positives but never false negatives.
The bit-array size and the number of hash functions are derived from the
expected number of items and the target false-positive rate.
"""

import hashlib
import math
from typing import Iterable, Tuple, Union

DEFAULT_ERROR_RATE = 0.01
BITS_PER_BYTE = 8
HASH_DIGEST_SIZE = 16  # bytes taken from blake2b; two 64-bit halves

Item = Union[str, bytes]


def optimal_parameters(capacity: int, error_rate: float) -> Tuple[int, int]:
    """Return ``(num_bits, num_hashes)`` for the given capacity and error rate.

    m = -n ln(p) / (ln 2)^2 and k = (m / n) ln 2.
    """
    if capacity <= 0:
        raise ValueError("capacity must be a positive integer")
    if not 0.0 < error_rate < 1.0:
        raise ValueError("error_rate must be strictly between 0 and 1")
    num_bits = math.ceil(-capacity * math.log(error_rate) / (math.log(2) ** 2))
    num_hashes = max(1, round(num_bits / capacity * math.log(2)))
    return num_bits, num_hashes


def _to_bytes(item: Item) -> bytes:
    if isinstance(item, bytes):
        return item
    if isinstance(item, str):
        return item.encode("utf-8")
    raise TypeError(f"BloomFilter accepts str or bytes, got {type(item).__name__}")


class BloomFilter:
    """Bloom filter using double hashing: h_i(x) = h1(x) + i * h2(x) mod m."""

    def __init__(self, capacity: int, error_rate: float = DEFAULT_ERROR_RATE) -> None:
        self.capacity = capacity
        self.error_rate = error_rate
        self.num_bits, self.num_hashes = optimal_parameters(capacity, error_rate)
        self._bits = bytearray(math.ceil(self.num_bits / BITS_PER_BYTE))
        self.count = 0

    def _positions(self, item: Item) -> Iterable[int]:
        digest = hashlib.blake2b(_to_bytes(item), digest_size=HASH_DIGEST_SIZE).digest()
        h1 = int.from_bytes(digest[:8], "little")
        h2 = int.from_bytes(digest[8:], "little") | 1  # odd, so it never degenerates
        for i in range(self.num_hashes):
            yield (h1 + i * h2) % self.num_bits

    def add(self, item: Item) -> None:
        """Insert ``item`` into the filter."""
        for pos in self._positions(item):
            self._bits[pos // BITS_PER_BYTE] |= 1 << (pos % BITS_PER_BYTE)
        self.count += 1

    def update(self, items: Iterable[Item]) -> None:
        """Insert every item from ``items``."""
        for item in items:
            self.add(item)

    def __contains__(self, item: Item) -> bool:
        return all(
            self._bits[pos // BITS_PER_BYTE] & (1 << (pos % BITS_PER_BYTE))
            for pos in self._positions(item)
        )

    def estimated_false_positive_rate(self) -> float:
        """Expected false-positive rate given how many items have been added."""
        return (1 - math.exp(-self.num_hashes * self.count / self.num_bits)) ** self.num_hashes

    def union(self, other: "BloomFilter") -> "BloomFilter":
        """Return a new filter containing the items of both filters."""
        if (self.num_bits, self.num_hashes) != (other.num_bits, other.num_hashes):
            raise ValueError("can only union Bloom filters with identical parameters")
        merged = BloomFilter(self.capacity, self.error_rate)
        merged._bits = bytearray(a | b for a, b in zip(self._bits, other._bits))
        merged.count = self.count + other.count
        return merged

    def __repr__(self) -> str:
        return (
            f"BloomFilter(bits={self.num_bits}, hashes={self.num_hashes}, "
            f"items={self.count}, est_fp={self.estimated_false_positive_rate():.4f})"
        )


if __name__ == "__main__":
    bf = BloomFilter(capacity=10_000, error_rate=0.01)
    bf.update(f"user-{i}" for i in range(10_000))
    assert all(f"user-{i}" in bf for i in range(10_000)), "false negative!"

    trials = 50_000
    false_hits = sum(f"other-{i}" in bf for i in range(trials))
    print(bf)
    print(f"observed false-positive rate: {false_hits / trials:.4f}")
