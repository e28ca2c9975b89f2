"""Aho-Corasick automaton for matching many keywords in one pass.

Build once with all the patterns, then scan any number of texts in
O(len(text) + number_of_matches).
"""

from collections import deque
from typing import Dict, Iterable, Iterator, List, Tuple

ROOT = 0


class AhoCorasick:
    """Multi-pattern string matcher.

    >>> ac = AhoCorasick(["he", "she", "his", "hers"])
    >>> sorted(ac.find_all("ushers"))
    [(1, 'she'), (2, 'he'), (2, 'hers')]
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        self._goto: List[Dict[str, int]] = [{}]
        self._fail: List[int] = [ROOT]
        self._output: List[List[str]] = [[]]
        self.patterns: List[str] = []

        for pattern in patterns:
            self._add(pattern)
        if not self.patterns:
            raise ValueError("AhoCorasick needs at least one non-empty pattern")
        self._build_failure_links()

    def _new_state(self) -> int:
        self._goto.append({})
        self._fail.append(ROOT)
        self._output.append([])
        return len(self._goto) - 1

    def _add(self, pattern: str) -> None:
        if not isinstance(pattern, str):
            raise TypeError(f"patterns must be strings, got {type(pattern).__name__}")
        if not pattern:
            raise ValueError("empty patterns are not allowed (they would match everywhere)")
        state = ROOT
        for ch in pattern:
            nxt = self._goto[state].get(ch)
            if nxt is None:
                nxt = self._new_state()
                self._goto[state][ch] = nxt
            state = nxt
        if pattern not in self._output[state]:
            self._output[state].append(pattern)
            self.patterns.append(pattern)

    def _build_failure_links(self) -> None:
        """Breadth-first pass that points each state at its longest proper suffix state."""
        queue = deque(self._goto[ROOT].values())
        while queue:
            state = queue.popleft()
            for ch, child in self._goto[state].items():
                queue.append(child)
                fallback = self._fail[state]
                while fallback != ROOT and ch not in self._goto[fallback]:
                    fallback = self._fail[fallback]
                target = self._goto[fallback].get(ch, ROOT)
                self._fail[child] = target if target != child else ROOT
                # Inherit matches that end at the suffix state, e.g. "she" also yields "he".
                self._output[child].extend(self._output[self._fail[child]])

    def _step(self, state: int, ch: str) -> int:
        while state != ROOT and ch not in self._goto[state]:
            state = self._fail[state]
        return self._goto[state].get(ch, ROOT)

    def iter_matches(self, text: str) -> Iterator[Tuple[int, str]]:
        """Yield ``(start_index, pattern)`` for every occurrence, in order of end position."""
        state = ROOT
        for i, ch in enumerate(text):
            state = self._step(state, ch)
            for pattern in self._output[state]:
                yield i - len(pattern) + 1, pattern

    def find_all(self, text: str) -> List[Tuple[int, str]]:
        """Return every match as a list; see :meth:`iter_matches`."""
        return list(self.iter_matches(text))

    def contains_any(self, text: str) -> bool:
        """True as soon as any pattern is found."""
        return next(self.iter_matches(text), None) is not None

    def replace(self, text: str, replacement: str = "***") -> str:
        """Replace matches, preferring the leftmost-longest one when they overlap."""
        best: Dict[int, int] = {}
        for start, pattern in self.iter_matches(text):
            best[start] = max(best.get(start, 0), len(pattern))
        out: List[str] = []
        i = 0
        while i < len(text):
            if i in best:
                out.append(replacement)
                i += best[i]
            else:
                out.append(text[i])
                i += 1
        return "".join(out)


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    matcher = AhoCorasick(["error", "err", "timeout", "refused", "out"])
    log = "connection refused; retry timed out; fatal error: timeout"
    for pos, word in matcher.find_all(log):
        print(f"{pos:>3}  {word}")
    print(matcher.replace(log, "<redacted>"))
