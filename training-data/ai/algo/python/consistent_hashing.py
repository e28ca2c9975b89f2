"""
Consistent hashing ring with virtual nodes.

When servers are added or removed, only about 1/N of the keys move to a
different server, unlike `hash(key) % N`, which reshuffles almost everything.
Virtual nodes (several points on the ring per server) smooth out the load.
"""

import bisect
import hashlib
from collections import Counter
from typing import Dict, Iterable, List, Optional


def stable_hash(value: str) -> int:
    """Hash a string to a 64-bit integer. Unlike hash(), this is stable across runs."""
    digest = hashlib.md5(value.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


class ConsistentHashRing:
    def __init__(self, nodes: Iterable[str] = (), replicas: int = 100) -> None:
        if replicas < 1:
            raise ValueError("replicas must be at least 1")
        self.replicas = replicas
        # Sorted list of positions on the ring, plus a map from position to node
        self._ring: List[int] = []
        self._owner: Dict[int, str] = {}
        self._nodes: set = set()
        for node in nodes:
            self.add_node(node)

    def add_node(self, node: str) -> None:
        """Place `replicas` virtual points for this node on the ring."""
        if node in self._nodes:
            return
        self._nodes.add(node)
        for i in range(self.replicas):
            position = stable_hash(f"{node}#{i}")
            # Extremely unlikely, but don't let two virtual nodes share a position
            if position in self._owner:
                continue
            self._owner[position] = node
            bisect.insort(self._ring, position)

    def remove_node(self, node: str) -> None:
        """Remove all virtual points that belong to this node."""
        if node not in self._nodes:
            raise KeyError(f"unknown node: {node}")
        self._nodes.remove(node)
        self._ring = [p for p in self._ring if self._owner[p] != node]
        self._owner = {p: n for p, n in self._owner.items() if n != node}

    def get_node(self, key: str) -> Optional[str]:
        """Find the first virtual node clockwise from the key's position."""
        if not self._ring:
            return None
        position = stable_hash(key)
        index = bisect.bisect_right(self._ring, position)
        # Wrap around to the start of the ring if we went past the end
        if index == len(self._ring):
            index = 0
        return self._owner[self._ring[index]]

    def get_nodes(self, key: str, count: int) -> List[str]:
        """Return up to `count` distinct nodes for a key (useful for replication)."""
        if not self._ring:
            return []
        count = min(count, len(self._nodes))
        result: List[str] = []
        index = bisect.bisect_right(self._ring, stable_hash(key))
        # Walk clockwise, skipping virtual nodes of servers we already picked
        while len(result) < count:
            node = self._owner[self._ring[index % len(self._ring)]]
            if node not in result:
                result.append(node)
            index += 1
        return result

    @property
    def nodes(self) -> List[str]:
        return sorted(self._nodes)


# Example usage
if __name__ == "__main__":
    ring = ConsistentHashRing(["cache-a", "cache-b", "cache-c"], replicas=150)
    keys = [f"user:{i}" for i in range(10_000)]

    # How evenly are keys spread across the servers?
    before = {key: ring.get_node(key) for key in keys}
    print("Distribution with 3 nodes:", dict(Counter(before.values())))

    # Add a fourth server and count how many keys had to move
    ring.add_node("cache-d")
    after = {key: ring.get_node(key) for key in keys}
    moved = sum(1 for key in keys if before[key] != after[key])
    print("Distribution with 4 nodes:", dict(Counter(after.values())))
    print(f"Keys moved after adding a node: {moved} ({moved / len(keys):.1%}, ideal is 25%)")

    # Replication: pick 2 distinct servers for a key
    print("Replicas for 'user:42':", ring.get_nodes("user:42", 2))
