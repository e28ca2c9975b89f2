class TrieNode:
    __slots__ = ("children", "is_word", "count")

    def __init__(self):
        self.children = {}
        self.is_word = False
        self.count = 0  # number of words passing through this node


class Trie:
    """Prefix tree supporting insert, delete, prefix search and autocomplete."""

    def __init__(self, words=None):
        self.root = TrieNode()
        self.size = 0
        for w in words or ():
            self.insert(w)

    def insert(self, word):
        node = self.root
        if self.contains(word):
            return False
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.is_word = True
        self.size += 1
        return True

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def contains(self, word):
        node = self._find(word)
        return node is not None and node.is_word

    def count_prefix(self, prefix):
        if prefix == "":
            return self.size
        node = self._find(prefix)
        return node.count if node else 0

    def delete(self, word):
        if not self.contains(word):
            return False
        node = self.root
        for ch in word:
            child = node.children[ch]
            child.count -= 1
            if child.count == 0:
                # nothing else uses this branch, cut it off here
                del node.children[ch]
                self.size -= 1
                return True
            node = child
        node.is_word = False
        self.size -= 1
        return True

    def complete(self, prefix, limit=10):
        node = self._find(prefix)
        if node is None:
            return []
        results = []
        stack = [(node, prefix)]
        while stack and len(results) < limit:
            current, word = stack.pop()
            if current.is_word:
                results.append(word)
            # push in reverse so that results come out alphabetically
            for ch in sorted(current.children, reverse=True):
                stack.append((current.children[ch], word + ch))
        return results

    def longest_common_prefix(self):
        node, prefix = self.root, []
        while len(node.children) == 1 and not node.is_word:
            ch, node = next(iter(node.children.items()))
            prefix.append(ch)
        return "".join(prefix)

    def __len__(self):
        return self.size

    def __contains__(self, word):
        return self.contains(word)

    def __iter__(self):
        return iter(self.complete("", limit=float("inf")))


if __name__ == "__main__":
    t = Trie(["car", "card", "care", "careful", "cat", "dog", "dot"])
    print(t.complete("car"))
    print(t.count_prefix("ca"), "words start with 'ca'")
    t.delete("card")
    print(list(t))
