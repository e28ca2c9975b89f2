"""Which lines count as evidence, and their hashes.

A line is compared after normalisation (line ending and surrounding whitespace dropped, runs of
inner whitespace made one space), so re-indentation or CRLF does not hide a match. Trivial lines
(blank, punctuation only, one word, or only common keywords such as ``return None`` or ``else:``)
are never evidence: every codebase shares them. Imports are *weak*: they count in a tool's share
but not towards the minimum number of lines a match needs, since many files start alike.
Only hashes are kept, so no code leaves the reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from provenance.core.digests import sha256_hex

_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")

# Words that carry no authorship on their own: a line made only of these is trivial.
_COMMON_WORDS = frozenset(
    "return None null nil true false True False break continue pass else elif end try finally do self this "
    "undefined default async await yield def fn func function var let const static public private protected "
    "void int str bool new super throw raise except catch begin then fi done esac import from package use".split()
)
_WEAK_PREFIXES = ("import ", "from ", "#include", "use ", "using ", "require ", "package ", "export * from ",
                  "extern crate ", "@import ")
_REQUIRE_CALL = re.compile(r"^(?:const|let|var)\s+\w+\s*=\s*require\(")


def normalise(line: str) -> str:
    """The line as compared: no line ending, no surrounding whitespace, inner whitespace as one space."""
    return _SPACES.sub(" ", line.strip())


def is_trivial(normalised: str) -> bool:
    words = _WORD.findall(normalised)
    return len(words) <= 1 or all(word in _COMMON_WORDS for word in words)


def is_weak(normalised: str) -> bool:
    """An import or include: evidence, but too common to establish a match alone."""
    return normalised.startswith(_WEAK_PREFIXES) or bool(_REQUIRE_CALL.match(normalised))


def line_hash(normalised: str) -> str:
    return sha256_hex(normalised.encode("utf-8", "surrogatepass"))[:20]


def split_lines(text: str) -> list[str]:
    """Lines of a text however they end (LF, CRLF or CR)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def written_line_hashes(lines: Iterable[str]) -> frozenset[str]:
    """Hashes of the non-trivial lines among ``lines`` (the lines a tool wrote)."""
    hashes = set()
    for line in lines:
        normalised = normalise(line)
        if not is_trivial(normalised):
            hashes.add(line_hash(normalised))
    return frozenset(hashes)


def text_line_hashes(text: str) -> frozenset[str]:
    """Hashes of the non-trivial lines of a text a tool wrote (a new string, a whole file)."""
    return written_line_hashes(split_lines(text))
