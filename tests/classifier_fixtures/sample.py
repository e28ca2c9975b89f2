import sys


class Counter:
    """Count words in a stream."""

    def __init__(self):
        self.counts = {}

    def add(self, word):
        # Lower-case so "The" and "the" count together.
        key = word.lower()
        self.counts[key] = self.counts.get(key, 0) + 1
        return self.counts[key]


def main():
    counter = Counter()
    for line in sys.stdin:
        for word in line.split():
            if word:
                counter.add(word)
    return 0
