"""
An LRU (Least Recently Used) cache built from scratch, without OrderedDict.

The classic design combines two structures:
  * a dict that maps each key to its node, giving O(1) lookups
  * a doubly linked list that keeps nodes in usage order, giving O(1)
    moves and removals

The most recently used item sits right after the head sentinel, and the
least recently used item sits right before the tail sentinel.
"""


class _Node:
    """A node in the doubly linked list."""

    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be a positive integer")
        self.capacity = capacity
        self.map = {}

        # Sentinel nodes mean we never have to special-case an empty list
        self.head = _Node()
        self.tail = _Node()
        self.head.next = self.tail
        self.tail.prev = self.head

    # ----- linked list helpers -----

    def _unlink(self, node):
        """Detach a node from wherever it currently is in the list."""
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        """Insert a node right after the head (the most recent position)."""
        node.prev = self.head
        node.next = self.head.next
        self.head.next.prev = node
        self.head.next = node

    # ----- public API -----

    def get(self, key, default=None):
        """Return the value for key and mark it as recently used."""
        node = self.map.get(key)
        if node is None:
            return default
        # Accessing an item makes it the most recently used one
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        """Insert or update a key, evicting the least recently used item if full."""
        node = self.map.get(key)
        if node is not None:
            # Key already exists: update the value and move it to the front
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return

        # Evict before inserting so we never exceed capacity
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]

        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def keys(self):
        """Return the keys from most to least recently used."""
        result = []
        node = self.head.next
        while node is not self.tail:
            result.append(node.key)
            node = node.next
        return result

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        # Note: a membership test does NOT count as a "use"
        return key in self.map

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self.keys())
        return f"LRUCache(capacity={self.capacity}, {{{items}}})"


# Example usage
if __name__ == "__main__":
    cache = LRUCache(3)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("c", 3)
    print(cache)  # c, b, a

    cache.get("a")          # "a" becomes the most recently used
    cache.put("d", 4)       # evicts "b", the least recently used
    print(cache)

    print("b" in cache)     # False
    print(cache.get("b", "missing"))
    print(cache.keys())     # ['d', 'a', 'c']
