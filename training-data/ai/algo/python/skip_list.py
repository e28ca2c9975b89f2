"""
A skip list: a sorted key-value map with expected O(log n) search,
insert and delete, built from layers of linked lists.

Every node appears in the bottom layer. Each node is promoted to the next
layer up with probability 1/2, so higher layers act as "express lanes"
that let a search skip over many nodes at once.
"""

from __future__ import annotations

import random
from typing import Any, Iterator, Optional


class SkipNode:
    __slots__ = ("key", "value", "forward")

    def __init__(self, key: Any, value: Any, level: int) -> None:
        self.key = key
        self.value = value
        # forward[i] is the next node on layer i
        self.forward: list[Optional[SkipNode]] = [None] * level


class SkipList:
    MAX_LEVEL = 16
    PROMOTION_PROBABILITY = 0.5

    def __init__(self, seed: Optional[int] = None) -> None:
        # The head is a sentinel that exists on every layer
        self.head = SkipNode(None, None, self.MAX_LEVEL)
        self.level = 1  # number of layers currently in use
        self.size = 0
        self._rng = random.Random(seed)

    def _random_level(self) -> int:
        """Flip coins to decide how many layers a new node should span."""
        level = 1
        while level < self.MAX_LEVEL and self._rng.random() < self.PROMOTION_PROBABILITY:
            level += 1
        return level

    def _find_predecessors(self, key: Any) -> list[SkipNode]:
        """For each layer, find the last node whose key is less than `key`."""
        update = [self.head] * self.MAX_LEVEL
        node = self.head
        # Start at the top layer and move down, going right as far as possible
        for i in range(self.level - 1, -1, -1):
            while node.forward[i] is not None and node.forward[i].key < key:
                node = node.forward[i]
            update[i] = node
        return update

    def get(self, key: Any, default: Any = None) -> Any:
        """Look up a key, returning `default` if it isn't present."""
        candidate = self._find_predecessors(key)[0].forward[0]
        if candidate is not None and candidate.key == key:
            return candidate.value
        return default

    def insert(self, key: Any, value: Any = None) -> None:
        """Insert a key, or overwrite its value if it already exists."""
        update = self._find_predecessors(key)
        candidate = update[0].forward[0]

        # Key already present: just update the value
        if candidate is not None and candidate.key == key:
            candidate.value = value
            return

        new_level = self._random_level()
        # If the new node is taller than the list, the head is its predecessor on new layers
        if new_level > self.level:
            for i in range(self.level, new_level):
                update[i] = self.head
            self.level = new_level

        # Splice the node into each layer it belongs to
        node = SkipNode(key, value, new_level)
        for i in range(new_level):
            node.forward[i] = update[i].forward[i]
            update[i].forward[i] = node
        self.size += 1

    def delete(self, key: Any) -> bool:
        """Remove a key. Returns True if it was found."""
        update = self._find_predecessors(key)
        target = update[0].forward[0]
        if target is None or target.key != key:
            return False

        # Unlink the node from every layer that points to it
        for i in range(self.level):
            if update[i].forward[i] is not target:
                break
            update[i].forward[i] = target.forward[i]

        # Drop empty layers from the top
        while self.level > 1 and self.head.forward[self.level - 1] is None:
            self.level -= 1
        self.size -= 1
        return True

    def range(self, low: Any, high: Any) -> Iterator[tuple[Any, Any]]:
        """Yield (key, value) pairs with low <= key < high, in order."""
        node = self._find_predecessors(low)[0].forward[0]
        while node is not None and node.key < high:
            yield node.key, node.value
            node = node.forward[0]

    def __contains__(self, key: Any) -> bool:
        sentinel = object()
        return self.get(key, sentinel) is not sentinel

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[Any]:
        node = self.head.forward[0]
        while node is not None:
            yield node.key
            node = node.forward[0]


# Example usage
if __name__ == "__main__":
    skiplist = SkipList(seed=42)
    for score, player in [(88, "ana"), (42, "bo"), (97, "cy"), (65, "dee"), (71, "eli")]:
        skiplist.insert(score, player)

    print("Sorted keys:", list(skiplist))
    print("Who scored 65?", skiplist.get(65))
    print("Scores in [60, 90):", list(skiplist.range(60, 90)))

    skiplist.delete(42)
    print("After deleting 42:", list(skiplist), "size =", len(skiplist))
    print("Is 97 present?", 97 in skiplist)
    print("Layers in use:", skiplist.level)
