"""allowed_signers: the decision matches ssh-keygen -Y verify line for line; a bad line names file:line."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.attestation import sshsig, trust
from provenance.attestation.errors import TrustFileError
from provenance.attestation.trust import Decision
from tests.attestation.openssh import make_key, needs_openssh, openssh_accepts, public_line, sign

MESSAGE = b"the statement"
PRINCIPAL = "ada@example.com"
WINTER = 1767225600  # 2026-01-01 00:00:00 UTC
SUMMER = 1782864000  # 2026-07-01 00:00:00 UTC


def _utc(seconds: int, z: str = "Z") -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y%m%d%H%M%S") + z


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("keys")
    signer, other = make_key(folder / "signer"), make_key(folder / "other")
    return {"signer": public_line(signer), "other": public_line(other), "signature": sign(signer, MESSAGE)}


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process and ssh-keygen both in Central European time (no tz database needed)."""
    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# (trust file lines with {signer}/{other} for the keys, principal asked for, signing time, allowed?)
PARITY = {
    "exact principal": (["ada@example.com {signer}"], PRINCIPAL, WINTER, True),
    "another principal": (["bob@example.com {signer}"], PRINCIPAL, WINTER, False),
    "principal is case-sensitive": (["Ada@example.com {signer}"], PRINCIPAL, WINTER, False),
    "star wildcard": (["*@example.com {signer}"], PRINCIPAL, WINTER, True),
    "question mark": (["?da@example.co? {signer}"], PRINCIPAL, WINTER, True),
    "question mark is one character": (["?a@example.com {signer}"], PRINCIPAL, WINTER, False),
    "brackets are literal": (["[a]da@example.com {signer}"], PRINCIPAL, WINTER, False),
    "list": (["bob@example.com,ada@example.com {signer}"], PRINCIPAL, WINTER, True),
    "negation wins over a wildcard": (["*@example.com,!ada@example.com {signer}"], PRINCIPAL, WINTER, False),
    "negation first": (["!ada@example.com,* {signer}"], PRINCIPAL, WINTER, False),
    "negation of someone else": (["!bob@example.com,* {signer}"], PRINCIPAL, WINTER, True),
    "only a negation": (["!bob@example.com {signer}"], PRINCIPAL, WINTER, False),
    "quoted principals": (['"ada@example.com,bob@example.com" {signer}'], PRINCIPAL, WINTER, True),
    "other key": (["ada@example.com {other}"], PRINCIPAL, WINTER, False),
    "second line has the key": (["ada@example.com {other}", "ada@example.com {signer}"], PRINCIPAL, WINTER, True),
    "comment and blank lines": (["# team keys", "", "  ada@example.com {signer} laptop"], PRINCIPAL, WINTER, True),
    "namespace allowed": (['ada@example.com namespaces="git-provenance" {signer}'], PRINCIPAL, WINTER, True),
    "namespace list without it": (['ada@example.com namespaces="git,file" {signer}'], PRINCIPAL, WINTER, False),
    "namespace wildcard": (['ada@example.com namespaces="git-*" {signer}'], PRINCIPAL, WINTER, True),
    "namespace negated": (['ada@example.com namespaces="*,!git-provenance" {signer}'], PRINCIPAL, WINTER, False),
    "option keyword in capitals": (['ada@example.com NAMESPACES="git-provenance" {signer}'], PRINCIPAL, WINTER, True),
    "cert-authority is not a signing key": (["ada@example.com cert-authority {signer}"], PRINCIPAL, WINTER, False),
    "valid-after the signing time": ([f'ada@example.com valid-after="{_utc(WINTER + 1)}" {{signer}}'],
                                     PRINCIPAL, WINTER, False),
    "valid-after equal is inclusive": ([f'ada@example.com valid-after="{_utc(WINTER)}" {{signer}}'],
                                       PRINCIPAL, WINTER, True),
    "valid-before the signing time": ([f'ada@example.com valid-before="{_utc(WINTER - 1)}" {{signer}}'],
                                      PRINCIPAL, WINTER, False),
    "valid-before equal is inclusive": ([f'ada@example.com valid-before="{_utc(WINTER)}" {{signer}}'],
                                        PRINCIPAL, WINTER, True),
    "date only": (['ada@example.com valid-after="20251231Z",valid-before="20260102Z" {signer}'],
                  PRINCIPAL, WINTER, True),
    "minutes, UTC suffix": (['ada@example.com valid-before="202512312359UTC" {signer}'], PRINCIPAL, WINTER, False),
    "rotation: old key expired, new key valid": ([
        'ada@example.com valid-before="20251201Z" {other}',
        'ada@example.com valid-after="20251201Z",namespaces="git-provenance" {signer}',
    ], PRINCIPAL, WINTER, True),
    "revocation: the key's own line expired": ([
        'ada@example.com valid-before="20251201Z" {signer}', "bob@example.com {other}",
    ], PRINCIPAL, WINTER, False),
    "expired line, then a valid line for the same key": ([
        'ada@example.com valid-before="20251201Z" {signer}', "*@example.com {signer}",
    ], PRINCIPAL, WINTER, True),
}  # fmt: skip


def _write(folder: Path, lines: list[str], keys: dict[str, object]) -> Path:
    path = folder / "allowed_signers"
    path.write_text("".join(line.format(**keys) + "\n" for line in lines))
    return path


def _ours(path: Path, signature: str, principal: str, signed_at: int) -> Decision:
    public_key = sshsig.parse(signature).public_key
    return trust.load(path).decide(public_key, principal, sshsig.NAMESPACE, signed_at)[0]


@needs_openssh
@pytest.mark.parametrize("case", list(PARITY))
def test_the_decision_is_ssh_keygens(tmp_path: Path, keys: dict[str, object], case: str) -> None:
    lines, principal, signed_at, allowed = PARITY[case]
    path = _write(tmp_path, lines, keys)
    signature = str(keys["signature"])
    assert openssh_accepts(path, principal, signature, MESSAGE, signed_at) is allowed
    assert (_ours(path, signature, principal, signed_at) is Decision.ALLOWED) is allowed


# Times without Z are local time in OpenSSH (mktime, daylight saving off): in CET/CEST the winter
# bound "hh:mm" is hh-1 UTC, and in summer too (not hh-2), because OpenSSH asks mktime for standard time.
LOCAL = {
    "winter, local bound before": (WINTER, f'valid-after="{_utc(WINTER + 1800, "")}"', True),
    "winter, the same bound in UTC": (WINTER, f'valid-after="{_utc(WINTER + 1800)}"', False),
    "winter, local bound after": (WINTER, f'valid-after="{_utc(WINTER + 3600 + 1, "")}"', False),
    "summer, standard-time hour": (SUMMER, f'valid-after="{_utc(SUMMER + 3600, "")}"', True),
    "summer, standard-time hour plus one second": (SUMMER, f'valid-after="{_utc(SUMMER + 3601, "")}"', False),
    "summer, date only": (SUMMER, 'valid-before="20260701"', False),
}


@needs_openssh
@pytest.mark.parametrize("case", list(LOCAL))
def test_local_times_are_read_as_ssh_keygen_reads_them(tmp_path: Path, keys: dict[str, object],
                                                       local_zone: None, case: str) -> None:
    signed_at, option, allowed = LOCAL[case]
    path = _write(tmp_path, [f"ada@example.com {option} {{signer}}"], keys)
    signature = str(keys["signature"])
    assert openssh_accepts(path, PRINCIPAL, signature, MESSAGE, signed_at) is allowed  # TZ reaches it
    assert (_ours(path, signature, PRINCIPAL, signed_at) is Decision.ALLOWED) is allowed


@needs_openssh
def test_a_refusal_says_why(tmp_path: Path, keys: dict[str, object]) -> None:
    path = _write(tmp_path, [
        'ada@example.com namespaces="file" {signer}',
        f'ada@example.com valid-after="{_utc(WINTER + 10)}" {{signer}}',
        f'ada@example.com valid-before="{_utc(WINTER - 10)}" {{signer}}',
        "bob@example.com {signer}",
    ], keys)  # fmt: skip
    public_key = sshsig.parse(str(keys["signature"])).public_key
    trusted = trust.load(path)
    # The most specific refusal across the lines, with the line that gave it.
    assert trusted.decide(public_key, PRINCIPAL, sshsig.NAMESPACE, WINTER) == (Decision.EXPIRED, 3)
    assert trusted.decide(public_key, "bob@example.com", "other", WINTER) == (Decision.ALLOWED, 4)
    assert trusted.decide(public_key, "carol@example.com", sshsig.NAMESPACE, WINTER) == (Decision.NOT_ALLOWED, None)
    one = trust.parse(path.read_text().splitlines()[0] + "\n", "f")
    assert one.decide(public_key, PRINCIPAL, sshsig.NAMESPACE, WINTER) == (Decision.WRONG_NAMESPACE, 1)
    two = trust.parse(path.read_text().splitlines()[1] + "\n", "f")
    assert two.decide(public_key, PRINCIPAL, sshsig.NAMESPACE, WINTER) == (Decision.NOT_YET_VALID, 1)


KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG9/ZIAUeMcQNaky3r6v2RSJMpyg/pRhQnZguH8u1leI"
BAD_LINES = {
    "ada@example.com": "expected 'principals [options] keytype base64-key'",
    '"ada@example.com ' + KEY: "the quoted principals have no closing quote",
    'ada"x" ' + KEY: "a quote inside the principals",
    "ada@example.com " + KEY.split()[1]: "missing key: expected a key type (ssh-ed25519, ...)",
    "ada@example.com cert-authority AAAA": "expected a key type",
    "ada@example.com ssh-ed25519 AAAA!": "invalid key (the base64 key is damaged)",
    "ada@example.com ssh-rsa " + KEY.split()[1]: "invalid key (the line says ssh-rsa, the key is ssh-ed25519)",
    "ada@example.com trusted " + KEY: "unknown option at 'trusted'",
    'ada@example.com namespaces=git ' + KEY: "missing start quote",
    'ada@example.com namespaces="git ' + KEY: "invalid options (a quote is not closed)",
    'ada@example.com namespaces="a",namespaces="b" ' + KEY: 'multiple "namespaces" clauses',
    'ada@example.com valid-after="1",valid-after="2" ' + KEY: 'invalid "valid-after" time',
    'ada@example.com valid-after="20240101Z",valid-after="20240102Z" ' + KEY: 'multiple "valid-after" clauses',
    'ada@example.com valid-after="20240231Z" ' + KEY: "no such date or time",
    'ada@example.com valid-before="2024-01-01" ' + KEY: "write YYYYMMDD[HHMM[SS]][Z]",
    'ada@example.com valid-before="19700101Z" ' + KEY: "before 1970",
    'ada@example.com valid-before="00000101Z" ' + KEY: "before 1970",
    'ada@example.com valid-after="20250101Z",valid-before="20240101Z" ' + KEY: '"valid-before" time is not after',
    'ada@example.com cert-authority, ' + KEY: "expected ',' before",
    'ada@example.com cert-authorityX ' + KEY: "expected ',' before 'X'",
    'ada@example.com namespaces="a"x ' + KEY: "expected ',' before 'x'",
    'ada@example.com namespaces="a"': "missing key",
}


@pytest.mark.parametrize("line", list(BAD_LINES))
def test_a_bad_line_is_one_error_naming_file_and_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "allowed_signers"
    path.write_text(f"# keys\n\n{line}\n")
    with pytest.raises(TrustFileError) as caught:
        trust.load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:3: ") and BAD_LINES[line] in message and "\n" not in message


def test_an_unreadable_trust_file_is_one_error(tmp_path: Path) -> None:
    with pytest.raises(TrustFileError, match="cannot read the trust file"):
        trust.load(tmp_path / "missing")
    (tmp_path / "binary").write_bytes(b"\xff\xfe")
    with pytest.raises(TrustFileError, match="not UTF-8"):
        trust.load(tmp_path / "binary")


def test_escaped_quotes_in_option_values_and_tabs_between_fields() -> None:
    parsed = trust.parse(f'ada@example.com\tnamespaces="a\\"b,git-provenance"\t{KEY} comment\n', "f")
    assert parsed.signers[0].namespaces == 'a"b,git-provenance' and parsed.signers[0].line == 1


@pytest.mark.parametrize(("string", "patterns", "expected"), [
    ("ada", "ada", 1), ("ada", "a*", 1), ("ada", "*", 1), ("ada", "b*", 0), ("ada", "!ada", -1),
    ("ada", "b*,!a*", -1), ("ada", "a?a", 1), ("a.a", "a.a", 1), ("aXa", "a.a", 0), ("", "*", 1), ("ada", "", 0),
])  # fmt: skip
def test_pattern_lists_match_as_openssh_matches_them(string: str, patterns: str, expected: int) -> None:
    assert trust.match_pattern_list(string, patterns) == expected


_LINE_PIECES = st.sampled_from([
    "ada@example.com", "*", "!", ",", '"', " ", "\t", "\\", "cert-authority", "namespaces=", "valid-after=",
    "valid-before=", '"20240101Z"', '"2024"', '"00000101"', '"99991231235959"', KEY, "ssh-ed25519", "AAAA", "#",
    "=", "x",
])  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(lines=st.lists(st.lists(_LINE_PIECES, max_size=8).map("".join), max_size=4), noise=st.text(max_size=30))
def test_any_text_is_a_trust_file_or_one_trust_file_error(lines: list[str], noise: str) -> None:
    text = "\n".join([*lines, noise])
    try:
        parsed = trust.parse(text, "allowed_signers")
    except TrustFileError as exc:
        assert str(exc).startswith("allowed_signers:") and "\n" not in str(exc)
    else:
        assert all(signer.public_key for signer in parsed.signers)
