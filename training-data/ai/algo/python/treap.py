import random


class _N:
    __slots__ = ('key', 'pri', 'left', 'right', 'size')

    def __init__(self, key):
        self.key = key
        self.pri = random.random()
        self.left = self.right = None
        self.size = 1


def _sz(t):
    return t.size if t else 0


def _fix(t):
    t.size = 1 + _sz(t.left) + _sz(t.right)
    return t


def _split(t, key):
    # left: keys < key, right: keys >= key
    if t is None:
        return None, None
    if t.key < key:
        l, r = _split(t.right, key)
        t.right = l
        return _fix(t), r
    l, r = _split(t.left, key)
    t.left = r
    return l, _fix(t)


def _merge(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if a.pri > b.pri:
        a.right = _merge(a.right, b)
        return _fix(a)
    b.left = _merge(a, b.left)
    return _fix(b)


class Treap:
    def __init__(self, items=()):
        self.root = None
        for x in items:
            self.add(x)

    def __len__(self):
        return _sz(self.root)

    def __contains__(self, key):
        t = self.root
        while t:
            if key == t.key:
                return True
            t = t.left if key < t.key else t.right
        return False

    def add(self, key):
        if key in self:
            return False
        l, r = _split(self.root, key)
        self.root = _merge(_merge(l, _N(key)), r)
        return True

    def remove(self, key):
        l, r = _split(self.root, key)
        mid, r = _split(r, _next_key(key))
        self.root = _merge(l, r)
        return mid is not None

    def kth(self, k):
        if not 0 <= k < len(self):
            raise IndexError(k)
        t = self.root
        while True:
            ls = _sz(t.left)
            if k < ls:
                t = t.left
            elif k == ls:
                return t.key
            else:
                k -= ls + 1
                t = t.right

    def rank(self, key):
        r, t = 0, self.root
        while t:
            if t.key < key:
                r += _sz(t.left) + 1
                t = t.right
            else:
                t = t.left
        return r

    def __iter__(self):
        st, t = [], self.root
        while st or t:
            while t:
                st.append(t)
                t = t.left
            t = st.pop()
            yield t.key
            t = t.right


def _next_key(key):
    if isinstance(key, int):
        return key + 1
    if isinstance(key, str):
        return key + '\x00'
    raise TypeError('remove() supports int or str keys')


if __name__ == '__main__':
    random.seed(0)
    t = Treap([50, 20, 70, 10, 30, 60, 80])
    assert list(t) == [10, 20, 30, 50, 60, 70, 80]
    assert t.kth(3) == 50 and t.rank(55) == 4
    assert t.remove(20) and not t.remove(25)
    assert 20 not in t and len(t) == 6
    ref = set()
    big = Treap()
    for _ in range(3000):
        x = random.randint(0, 500)
        if random.random() < 0.6:
            big.add(x)
            ref.add(x)
        else:
            big.remove(x)
            ref.discard(x)
    assert list(big) == sorted(ref)
    s = Treap(['pear', 'apple', 'fig'])
    s.remove('apple')
    print(list(s), big.kth(len(big) // 2))
