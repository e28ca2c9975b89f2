"""Parse and compare semantic version strings and simple range specifiers.

Supports versions such as ``1.4.2``, ``2.0.0-rc.1`` and ``1.0.0+build.5`` and
specifiers such as ``>=1.2, <2.0`` or ``^1.4`` / ``~1.4.2``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import total_ordering

VERSION_PATTERN = re.compile(
    r"^(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)
OPERATORS = ("==", "!=", ">=", "<=", ">", "<", "^", "~")


class InvalidVersion(ValueError):
    """Raised when a string is not a valid semantic version."""


@total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    prerelease: tuple[str, ...] = field(default=())
    build: str = ""

    @classmethod
    def parse(cls, text: str) -> Version:
        """Parse a version string.

        Args:
            text: A version like ``"1.2.3-beta.1"``. A leading ``v`` is accepted.

        Returns:
            The parsed ``Version``.

        Raises:
            InvalidVersion: If ``text`` does not follow semantic versioning.
        """
        if not isinstance(text, str):
            raise InvalidVersion(f"expected a string, got {type(text).__name__}")
        match = VERSION_PATTERN.match(text.strip().removeprefix("v"))
        if match is None:
            raise InvalidVersion(f"not a semantic version: {text!r}")
        pre = match.group("pre")
        return cls(
            major=int(match.group("major")),
            minor=int(match.group("minor")),
            patch=int(match.group("patch")),
            prerelease=tuple(pre.split(".")) if pre else (),
            build=match.group("build") or "",
        )

    def _key(self) -> tuple:
        # A release sorts after any of its pre-releases, so it gets the larger flag.
        pre_key = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.prerelease)
        return (self.major, self.minor, self.patch, not self.prerelease, pre_key)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: Version) -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.prerelease:
            text += "-" + ".".join(self.prerelease)
        if self.build:
            text += "+" + self.build
        return text


def _parse_bound(text: str) -> Version:
    """Parse the version part of a clause, padding ``1.2`` to ``1.2.0``."""
    core, sep, rest = text.strip().partition("-")
    parts = core.split(".")
    if 0 < len(parts) < 3 and all(p.isdigit() for p in parts):
        core = ".".join(parts + ["0"] * (3 - len(parts)))
    return Version.parse(core + sep + rest)


def _upper_bound(op: str, base: Version) -> Version:
    if op == "~":
        return Version(base.major, base.minor + 1, 0)
    if base.major > 0:
        return Version(base.major + 1, 0, 0)
    return Version(0, base.minor + 1, 0)


def _check(op: str, version: Version, base: Version) -> bool:
    if op in ("^", "~"):
        return base <= version < _upper_bound(op, base)
    return {
        "==": version == base,
        "!=": version != base,
        ">=": version >= base,
        "<=": version <= base,
        ">": version > base,
        "<": version < base,
    }[op]


def satisfies(version: str | Version, spec: str) -> bool:
    """Return True if ``version`` matches every comma-separated clause in ``spec``.

    Args:
        version: A version string or ``Version``.
        spec: Clauses such as ``">=1.2.0, <2.0.0"`` or ``"^1.4.0"``.

    Raises:
        InvalidVersion: If the version or any clause is malformed.
    """
    if isinstance(version, str):
        version = Version.parse(version)
    clauses = [c.strip() for c in spec.split(",") if c.strip()]
    if not clauses:
        raise InvalidVersion("empty version specifier")
    for clause in clauses:
        op = next((o for o in OPERATORS if clause.startswith(o)), "==")
        base = _parse_bound(clause[len(op):] if clause.startswith(op) else clause)
        if not _check(op, version, base):
            return False
    return True


def max_satisfying(candidates: list[str], spec: str) -> str | None:
    """Return the highest version from ``candidates`` that satisfies ``spec``."""
    matching = [Version.parse(c) for c in candidates if satisfies(c, spec)]
    return str(max(matching)) if matching else None
