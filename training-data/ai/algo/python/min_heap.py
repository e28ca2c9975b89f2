class MinHeap:
    def __init__(self, items=None, key=None):
        self._key = key or (lambda x: x)
        self._data = list(items or [])
        for i in reversed(range(len(self._data) // 2)):
            self._sift_down(i)

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return bool(self._data)

    def _less(self, i, j):
        return self._key(self._data[i]) < self._key(self._data[j])

    def _swap(self, i, j):
        self._data[i], self._data[j] = self._data[j], self._data[i]

    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if not self._less(i, parent):
                break
            self._swap(i, parent)
            i = parent

    def _sift_down(self, i):
        n = len(self._data)
        while True:
            smallest = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and self._less(c, smallest):
                    smallest = c
            if smallest == i:
                return
            self._swap(i, smallest)
            i = smallest

    def push(self, item):
        self._data.append(item)
        self._sift_up(len(self._data) - 1)

    def peek(self):
        if not self._data:
            raise IndexError("peek from empty heap")
        return self._data[0]

    def pop(self):
        if not self._data:
            raise IndexError("pop from empty heap")
        last = self._data.pop()
        if not self._data:
            return last
        top, self._data[0] = self._data[0], last
        self._sift_down(0)
        return top

    def pushpop(self, item):
        if self._data and self._key(self._data[0]) < self._key(item):
            item, self._data[0] = self._data[0], item
            self._sift_down(0)
        return item

    def replace(self, item):
        top = self.peek()
        self._data[0] = item
        self._sift_down(0)
        return top


def heap_sort(items, key=None):
    h = MinHeap(items, key)
    return [h.pop() for _ in range(len(h))]


def top_k(items, k, key=None):
    key = key or (lambda x: x)
    h = MinHeap(key=key)
    for x in items:
        if len(h) < k:
            h.push(x)
        elif key(x) > key(h.peek()):
            h.replace(x)
    return sorted((h.pop() for _ in range(len(h))), key=key, reverse=True)


if __name__ == "__main__":
    import random

    xs = [random.randint(0, 1000) for _ in range(500)]
    assert heap_sort(xs) == sorted(xs)
    assert top_k(xs, 5) == sorted(xs, reverse=True)[:5]
    words = ["pear", "fig", "banana", "kiwi", "apple"]
    assert heap_sort(words, key=len)[0] == "fig"
    h = MinHeap([5, 3, 8])
    assert h.pushpop(1) == 1
    assert h.pushpop(10) == 3
    assert [h.pop() for _ in range(3)] == [5, 8, 10]
    try:
        h.pop()
    except IndexError:
        pass
    print(top_k(words, 2, key=len))
