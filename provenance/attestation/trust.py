"""The trust file: OpenSSH's ``allowed_signers`` format (ssh-keygen(1), ALLOWED SIGNERS), read and applied.

Each line: ``principals [options] keytype base64 [comment]``; blank lines and ``#`` comments are
skipped. ``principals`` is a pattern-list (``*``, ``?``, ``!`` negation, comma-separated; quoted
if it holds spaces). Options, comma-separated, keywords case-insensitive: ``cert-authority``,
``namespaces="pattern-list"``, ``valid-after="TIME"``, ``valid-before="TIME"``. TIME is
``YYYYMMDD``, ``YYYYMMDDHHMM`` or ``YYYYMMDDHHMMSS``, optionally suffixed ``Z`` or ``UTC``.

A key may sign for a principal in a namespace at a time when some line matches the principal
(positively, and no ``!`` pattern of it does), holds the same key, is not a ``cert-authority`` line
(certificates are not verified here), allows the namespace, and the time is within valid-after
and valid-before, both inclusive -- OpenSSH's rules in sshsig.c, line by line.

Where this differs from ssh-keygen, on purpose: a malformed line is an error naming file:line
(ssh-keygen logs it and reads on, ignoring a broken line silently if its principal does not
match), and an impossible date such as 20240231 is refused (glibc's strptime takes it as 2 March).
A time without ``Z`` is, as in OpenSSH, local time of the machine that verifies -- read with the
same mktime call, daylight saving time off (OpenSSH zeroes the struct). Write ``Z`` times in a
shared trust file: CI machines and developers' laptops are rarely in the same time zone.
"""

from __future__ import annotations

import base64
import binascii
import calendar
import enum
import re
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from provenance.attestation import wire
from provenance.attestation.errors import MalformedError, TrustFileError

# Key types OpenSSH reads in a key line (sshkey.c keyimpls); a first word that is not one of them
# starts the options, as in OpenSSH.
KEY_TYPES = frozenset({
    "ssh-ed25519", "ssh-rsa", "ssh-dss", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    "ssh-ed25519-cert-v01@openssh.com", "ssh-rsa-cert-v01@openssh.com", "ssh-dss-cert-v01@openssh.com",
    "ecdsa-sha2-nistp256-cert-v01@openssh.com", "ecdsa-sha2-nistp384-cert-v01@openssh.com",
    "ecdsa-sha2-nistp521-cert-v01@openssh.com", "sk-ssh-ed25519-cert-v01@openssh.com",
    "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com",
})  # fmt: skip
_TIME = re.compile(r"(\d{4})(\d\d)(\d\d)(?:(\d\d)(\d\d)(\d\d)?)?")
_TIME_OPTIONS = ("valid-after", "valid-before")


class Decision(enum.Enum):
    """Whether a key may sign; the refusals from the most specific to the least."""

    ALLOWED = "allowed"
    EXPIRED = "expired"
    NOT_YET_VALID = "not-yet-valid"
    WRONG_NAMESPACE = "wrong-namespace"
    NOT_ALLOWED = "signer-not-allowed"


@dataclass(frozen=True, slots=True)
class AllowedSigner:
    line: int
    principals: str
    public_key: bytes  # SSH wire encoding, compared byte for byte with the signature's key
    cert_authority: bool = False
    namespaces: str | None = None
    valid_after: int | None = None  # seconds since the epoch, inclusive
    valid_before: int | None = None


@dataclass(frozen=True, slots=True)
class TrustFile:
    path: str
    signers: tuple[AllowedSigner, ...]

    def decide(self, public_key: bytes, principal: str, namespace: str, signed_at: int) -> tuple[Decision, int | None]:
        """Whether ``public_key`` may sign for ``principal`` in ``namespace`` at ``signed_at``, and the
        line that decided (the first line allowing it, or the most specific refusal's first line)."""
        refusal: tuple[Decision, int | None] = (Decision.NOT_ALLOWED, None)
        order = list(Decision)
        for signer in self.signers:
            if signer.cert_authority or signer.public_key != public_key:
                continue
            if match_pattern_list(principal, signer.principals) != 1:
                continue
            decision = _line_decision(signer, namespace, signed_at)
            if decision is Decision.ALLOWED:
                return decision, signer.line
            if order.index(decision) < order.index(refusal[0]):
                refusal = (decision, signer.line)
        return refusal


def _line_decision(signer: AllowedSigner, namespace: str, signed_at: int) -> Decision:
    if signer.namespaces is not None and match_pattern_list(namespace, signer.namespaces) != 1:
        return Decision.WRONG_NAMESPACE
    if signer.valid_after is not None and signed_at < signer.valid_after:
        return Decision.NOT_YET_VALID
    if signer.valid_before is not None and signed_at > signer.valid_before:
        return Decision.EXPIRED
    return Decision.ALLOWED


def load(path: str | Path) -> TrustFile:
    """The trust file at ``path``; ``TrustFileError`` (one line, naming the file) if unreadable or invalid."""
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except OSError as exc:
        raise TrustFileError(f"{path}: cannot read the trust file: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise TrustFileError(f"{path}: not UTF-8 (byte {exc.start}); an allowed_signers file is text") from None
    return parse(text, str(path))


def parse(text: str, path: str) -> TrustFile:
    signers = []
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip(" \t\r\n")
        if stripped and not stripped.startswith("#"):
            signers.append(_parse_line(stripped, f"{path}:{number}", number))
    return TrustFile(path, tuple(signers))


def _parse_line(line: str, where: str, number: int) -> AllowedSigner:
    principals, rest = _principals(line, where)
    first_word = rest.split(None, 1)[0] if rest else ""
    options = ""
    if first_word not in KEY_TYPES:
        options, rest = _split_options(rest, where)
    cert_authority, namespaces, times = _parse_options(options, where)
    public_key = _parse_key(rest, where)
    valid_after, valid_before = times.get("valid-after"), times.get("valid-before")
    if valid_after is not None and valid_before is not None and valid_before <= valid_after:
        raise TrustFileError(f'{where}: "valid-before" time is not after "valid-after"')
    return AllowedSigner(number, principals, public_key, cert_authority, namespaces, valid_after, valid_before)


def _principals(line: str, where: str) -> tuple[str, str]:
    if line.startswith('"'):
        end = line.find('"', 1)
        if end < 0:
            raise TrustFileError(f"{where}: the quoted principals have no closing quote")
        principals, rest = line[1:end], line[end + 1:]
    else:
        principals, *others = re.split(r"[ \t]", line, maxsplit=1)
        rest = others[0] if others else ""
        if '"' in principals:
            raise TrustFileError(f"{where}: a quote inside the principals; quote the whole field")
    rest = rest.strip(" \t")
    if not principals or not rest:
        raise TrustFileError(f"{where}: expected 'principals [options] keytype base64-key'")
    return principals, rest


def _split_options(rest: str, where: str) -> tuple[str, str]:
    """The options word (up to the first unquoted blank) and what follows it."""
    quoted = False
    index = 0
    while index < len(rest) and (quoted or rest[index] not in " \t"):
        if rest[index] == "\\" and rest[index + 1:index + 2] == '"':
            index += 1
        elif rest[index] == '"':
            quoted = not quoted
        index += 1
    if quoted:
        raise TrustFileError(f"{where}: invalid options (a quote is not closed)")
    remainder = rest[index:].strip(" \t")
    if not remainder:
        raise TrustFileError(f"{where}: missing key: expected a key type (ssh-ed25519, ...) and the base64 key "
                             f"after {rest[:index][:24]!r}")
    return rest[:index], remainder


def _parse_options(options: str, where: str) -> tuple[bool, str | None, dict[str, int]]:
    cert_authority, namespaces, times = False, None, {}
    while options:
        lowered = options.lower()
        if lowered.startswith("cert-authority"):
            cert_authority, options = True, options[len("cert-authority"):]
        elif lowered.startswith("namespaces="):
            if namespaces is not None:
                raise TrustFileError(f'{where}: bad options: multiple "namespaces" clauses')
            namespaces, options = _dequote(options[len("namespaces="):], where)
        elif lowered.startswith(tuple(f"{name}=" for name in _TIME_OPTIONS)):
            name = lowered.partition("=")[0]
            if name in times:
                raise TrustFileError(f'{where}: bad options: multiple "{name}" clauses')
            value, options = _dequote(options[len(name) + 1:], where)
            times[name] = parse_time(value, where, name)
        else:
            raise TrustFileError(f"{where}: bad options: unknown option at {options.split(',')[0]!r}")
        if options.startswith(",") and len(options) > 1:
            options = options[1:]
        elif options:
            raise TrustFileError(f"{where}: bad options: expected ',' before {options!r}")
    return cert_authority, namespaces, times


def _dequote(text: str, where: str) -> tuple[str, str]:
    """A double-quoted option value (``\\"`` stands for a quote) and the text after it."""
    if not text.startswith('"'):
        raise TrustFileError(f"{where}: bad options: missing start quote")
    value = []
    index = 1
    while index < len(text) and text[index] != '"':
        if text[index] == "\\" and text[index + 1:index + 2] == '"':
            index += 1
        value.append(text[index])
        index += 1
    if index >= len(text):
        raise TrustFileError(f"{where}: bad options: missing end quote")
    return "".join(value), text[index + 1:]


def _parse_key(text: str, where: str) -> bytes:
    words = text.split()
    if len(words) < 2 or words[0] not in KEY_TYPES:
        raise TrustFileError(f"{where}: expected a key type (ssh-ed25519, ...) and the base64 key, found {text[:40]!r}")
    try:
        blob = base64.b64decode(words[1], validate=True)
        named = wire.Reader(blob, "key").text()
    except (binascii.Error, ValueError, MalformedError):
        raise TrustFileError(f"{where}: invalid key (the base64 key is damaged)") from None
    if named != words[0]:
        raise TrustFileError(f"{where}: invalid key (the line says {words[0]}, the key is {named})")
    return blob


def parse_time(value: str, where: str, option: str) -> int:
    """An OpenSSH absolute time (misc.c parse_absolute_time) as seconds since the epoch."""
    utc = value[-1:] in ("Z", "z") and len(value) > 1
    if not utc and len(value) > 3 and value[-3:].upper() == "UTC":
        digits = value[:-3]
        utc = True
    else:
        digits = value[:-1] if utc else value
    match = _TIME.fullmatch(digits)
    if match is None or len(digits) not in (8, 12, 14):
        raise TrustFileError(f'{where}: invalid "{option}" time {value!r}; write YYYYMMDD[HHMM[SS]][Z]')
    year, month, day, hour, minute, second = (int(part or 0) for part in match.groups())
    if year < 1970:
        raise TrustFileError(f'{where}: invalid "{option}" time {value!r}: before 1970')
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1] and hour <= 23 and minute <= 59
            and second <= 59):
        raise TrustFileError(f'{where}: invalid "{option}" time {value!r}: no such date or time')
    fields = (year, month, day, hour, minute, second, 0, 0, 0)  # isdst 0, as OpenSSH's zeroed struct tm
    seconds = calendar.timegm(fields) if utc else int(time.mktime(fields))
    if seconds <= 0:  # OpenSSH reads 0 as "not set" and refuses it
        raise TrustFileError(f'{where}: invalid "{option}" time {value!r}: before 1970')
    return seconds


def match_pattern_list(string: str, patterns: str) -> int:
    """OpenSSH's match_pattern_list: -1 if a ``!`` pattern matches, 1 if another does, else 0."""
    positive = 0
    for pattern in patterns.split(","):
        negated = pattern.startswith("!")
        if _pattern_regex(pattern[1:] if negated else pattern).fullmatch(string):
            if negated:
                return -1
            positive = 1
    return positive


@lru_cache(maxsize=1024)
def _pattern_regex(pattern: str) -> re.Pattern[str]:
    # ``*`` any run of characters, ``?`` one character, everything else literal and case-sensitive.
    return re.compile("".join(".*" if ch == "*" else "." if ch == "?" else re.escape(ch) for ch in pattern), re.DOTALL)
