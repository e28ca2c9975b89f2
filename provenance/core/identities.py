"""Known AI identities: which tool, if any, an author or co-author ``Name <address>`` belongs to.

The identities themselves are data (``core.registry.IDENTITIES``); this module is the one matcher
for all of them. A human who happens to be called Claude must not be mistaken for Claude Code,
so an identity is matched on its address wherever the tool uses a fixed one, on a GitHub login
(``LOGIN[bot]``, or GitHub's no-reply address ``NNN+LOGIN@users.noreply.github.com``), and on
the name only where the name itself cannot belong to a person (``aider (gpt-4o)``).

A repository can add identities of its own in its configuration; they come first, so they may
also give a built-in address another tool or level.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from provenance.core.registry import IDENTITIES, KnownIdentity, Level

_IDENT_RE = re.compile(r"^\s*(?P<name>.*?)\s*<(?P<email>[^<>]*)>\s*$")
# GitHub's no-reply address, with the account number (since 2017) or without it.
_NOREPLY_RE = re.compile(r"^(?:\d+\+)?(?P<login>[^@+\s]+)@users\.noreply\.github\.com$", re.IGNORECASE)
_BOT_NAME_RE = re.compile(r"^(?P<login>[A-Za-z0-9][A-Za-z0-9._-]*)\[bot\]$", re.IGNORECASE)
_BOT_SUFFIX = "[bot]"


class Identity(NamedTuple):
    name: str
    email: str


class AiIdentity(NamedTuple):
    """An identity that belongs to a tool; ``model`` where the identity names one, ``level`` where
    the identity has one of its own (else its role decides)."""

    tool: str
    model: str | None
    level: Level | None = None


# "Name address@example.com": the angle brackets left out, as people typing a trailer do.
_BARE_ADDRESS_RE = re.compile(r"^\s*(?P<name>.*?)\s*(?P<email>[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)\s*$")


def parse_identity(value: str) -> Identity:
    """``Name <email>`` (or ``Name email`` without the brackets) into its parts; a value without
    an address is all name."""
    match = _IDENT_RE.match(value) or _BARE_ADDRESS_RE.match(value)
    if match:
        return Identity(match.group("name").strip(), match.group("email").strip())
    return Identity(value.strip(), "")


def _slug(text: str) -> str:
    return re.sub(r"\s+", "-", text.strip()).lower()


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def glob_pattern(glob: str) -> str:
    """A regular expression for a ``*``/``?`` glob (what configuration files write)."""
    return re.escape(glob).replace(r"\*", ".*").replace(r"\?", ".")


class _Compiled(NamedTuple):
    known: KnownIdentity
    name: re.Pattern[str] | None
    model: re.Pattern[str] | None
    whole_name: re.Pattern[str] | None  # kind "name": the name itself
    address: re.Pattern[str] | None  # kind "address" written as a glob

    def result(self, identity: Identity) -> AiIdentity | None:
        """The tool, once the address or login matched: checks the name where the entry has one."""
        if self.name is not None and not self.name.fullmatch(identity.name):
            return None
        model = None
        if self.model is not None:
            found = self.model.fullmatch(identity.name)
            model = found.group("model") if found else None
        if model:
            model = _slug(self.known.model_prefix + model) if self.known.model_prefix else model.strip()
        return AiIdentity(self.known.tool, model or None, self.known.level)

    def by_name(self, identity: Identity) -> AiIdentity | None:
        if self.whole_name is None:
            return None
        found = self.whole_name.fullmatch(identity.name)
        domain = self.known.address_domain
        if found is None or (domain and not identity.email.lower().endswith("@" + domain)):
            return None
        model = found.groupdict().get("model")
        return AiIdentity(self.known.tool, model.strip() if model else None, self.known.level)


def _compile(known: KnownIdentity) -> _Compiled:
    glob = known.kind == "address" and ("*" in known.match or "?" in known.match)
    return _Compiled(
        known,
        name=_rx(known.name) if known.name else None,
        model=_rx(known.model_from_name) if known.model_from_name else None,
        whole_name=_rx(known.match) if known.kind == "name" else None,
        address=_rx(glob_pattern(known.match)) if glob else None,
    )


class IdentityRegistry:
    """Matches ``Name <address>`` against known identities; built once, lookups are dict hits."""

    def __init__(self, identities: Iterable[KnownIdentity]) -> None:
        self.identities: tuple[KnownIdentity, ...] = tuple(identities)
        self._addresses: dict[str, list[_Compiled]] = {}
        self._bots: dict[str, list[_Compiled]] = {}
        self._users: dict[str, list[_Compiled]] = {}
        self._globs: list[_Compiled] = []
        self._names: list[_Compiled] = []
        for known in self.identities:
            self._add(_compile(known))
        self._cache: dict[Identity, AiIdentity | None] = {}

    def _add(self, entry: _Compiled) -> None:
        kind, key = entry.known.kind, entry.known.match.lower()
        if entry.address is not None:
            self._globs.append(entry)
        elif kind == "name":
            self._names.append(entry)
        else:
            table = {"address": self._addresses, "bot": self._bots, "github-user": self._users}[kind]
            table.setdefault(key.removesuffix(_BOT_SUFFIX), []).append(entry)

    def match(self, identity: Identity) -> AiIdentity | None:
        """The tool behind ``identity``, or None for a person (or anything we do not know)."""
        if identity in self._cache:
            return self._cache[identity]
        found = self._lookup(identity)
        if len(self._cache) > 4096:  # a history repeats the same few identities; keep it bounded
            self._cache.clear()
        self._cache[identity] = found
        return found

    def _lookup(self, identity: Identity) -> AiIdentity | None:
        email = identity.email.lower()
        candidates: list[_Compiled] = [g for g in self._globs if g.address and g.address.fullmatch(email)]
        candidates += self._addresses.get(email, [])
        noreply = _NOREPLY_RE.match(email)
        if noreply:
            login = noreply.group("login")
            if login.endswith(_BOT_SUFFIX):
                candidates += self._bots.get(login.removesuffix(_BOT_SUFFIX), [])
            else:
                candidates += self._users.get(login, [])
        bot_name = _BOT_NAME_RE.match(identity.name)
        if bot_name:
            candidates += self._bots.get(bot_name.group("login").lower(), [])
        for entry in candidates:
            result = entry.result(identity)
            if result is not None:
                return result
        for entry in self._names:
            result = entry.by_name(identity)
            if result is not None:
                return result
        return None


BUILTIN_IDENTITIES = IdentityRegistry(IDENTITIES)


@lru_cache(maxsize=64)
def identity_registry(extra: tuple[KnownIdentity, ...]) -> IdentityRegistry:
    """The built-in identities with a repository's own in front (they win where both match)."""
    return IdentityRegistry(extra + IDENTITIES) if extra else BUILTIN_IDENTITIES


def match_ai_identity(identity: Identity) -> AiIdentity | None:
    """The tool behind ``identity`` among the built-in identities, or None."""
    return BUILTIN_IDENTITIES.match(identity)
