"""How an attestation travels with its commit: one trailer line in the commit message.

    Provenance-Attestation: v1 t=TIME v=VERSION p=POLICY e=EVIDENCE|- c=CHANGE d=DISCLOSURE k=KEY s=SIGNATURE

The trailer carries only what cannot be read from the commit itself; the verifier rebuilds the
signed statement (``statement``, canonical bytes) from the commit and these fields:

* ``patch_id`` -- ``git patch-id --stable`` of the commit's diff (the trailer is in the message, so
  it is never part of the change it attests);
* ``disclosure`` -- the message's disclosure as verify reads it (this trailer is not a disclosure);
* ``signer`` -- the committer's email (or the author's, where the policy allows it);
* ``t`` time (UTC seconds), ``v`` tool version, ``p`` policy digest, ``e`` evidence digest or ``-``
  (digests as 43 characters of unpadded base64url).

``c`` (8 hex digits of the signed patch id) and ``d`` (6 characters of the signed disclosure's
digest) are not needed to verify: they only tell a verifier whose rebuilt statement fails *why* --
the code changed after signing, or the disclosure did -- instead of a bare "bad signature".
The signature: ``k`` and ``s`` are an ed25519 public key (43) and signature (86), unpadded
base64url, from which the SSHSIG blob (namespace ``git-provenance``, sha512) is rebuilt; any other
key type writes ``b``, the whole SSHSIG blob in unpadded base64url. Why a trailer and not git notes:
README "Attestations", BENCHMARKS.md "Attestation transport".
"""

from __future__ import annotations

import binascii
import functools
import re
from typing import Final, NamedTuple

from provenance.attestation import sshsig, wire
from provenance.attestation.errors import MalformedError
from provenance.attestation.statement import DisclosureRecord, Statement, canonical_json
from provenance.core import digests
from provenance.core.trailers import parse_trailers

TRAILER_KEY: Final = "Provenance-Attestation"
FORMAT: Final = "v1"
TOOL_NAME: Final = "git-provenance"
_KEY_LINE = re.compile(r"provenance-attestation[ \t]*:", re.IGNORECASE)
_B64URL = re.compile(r"[A-Za-z0-9_-]+")
_HEX = re.compile(r"[0-9a-f]+")
_VERSION = re.compile(r"[0-9A-Za-z.+_-]{1,40}")
_TO_URL: Final = bytes.maketrans(b"+/", b"-_")
_FROM_URL: Final = bytes.maketrans(b"-_", b"+/")
_CHANGE_HINT: Final = 8
_DISCLOSURE_HINT: Final = 6
# Field order is fixed: one form per attestation, so a re-encoded trailer is noticed.
_ED25519_FIELDS: Final = ("t", "v", "p", "e", "c", "d", "k", "s")
_BLOB_FIELDS: Final = ("t", "v", "p", "e", "c", "d", "b")


class Attestation(NamedTuple):
    """What one trailer says: the statement's fields that the commit does not hold, and the signature."""

    time: int
    tool_version: str
    policy: str  # sha256:<hex>
    evidence: str | None
    change_hint: str  # the first hex digits of the signed patch id
    disclosure_hint: str  # the first characters of the signed disclosure's digest
    signature: sshsig.SshSignature

    def statement(self, patch_id: str, disclosure: DisclosureRecord, signer: str) -> Statement:
        """The statement this attestation signs if the commit's change, disclosure and signer are these."""
        return Statement(patch_id, disclosure, self.policy, f"{TOOL_NAME} {self.tool_version}", self.time, signer,
                         self.evidence)


def disclosure_hint(disclosure: DisclosureRecord) -> str:
    document = Statement("0" * 40, disclosure, "", "", 0, "").to_document()["disclosure"]
    return _b64(digests.sha256(canonical_json(document)))[:_DISCLOSURE_HINT]


def encode(statement: Statement, signature: sshsig.SshSignature) -> str:
    """The trailer line (without a newline) for ``statement`` signed with ``signature``."""
    tool, _, version = statement.tool.partition(" ")
    if tool != TOOL_NAME or not _VERSION.fullmatch(version):
        raise MalformedError(f"statement: tool {statement.tool!r} is not '{TOOL_NAME} VERSION'")
    fields = [f"t={statement.time}", f"v={version}", f"p={_digest_field(statement.policy)}",
              f"e={_digest_field(statement.evidence) if statement.evidence else '-'}",
              f"c={statement.patch_id[:_CHANGE_HINT]}", f"d={disclosure_hint(statement.disclosure)}"]
    raw = _raw_ed25519(signature)
    if raw is not None:
        fields += [f"k={_b64(raw[0])}", f"s={_b64(raw[1])}"]
    else:
        fields.append(f"b={_b64(sshsig.encode(signature))}")
    return f"{TRAILER_KEY}: {FORMAT} {' '.join(fields)}"


def decode(value: str) -> Attestation:
    """The attestation in a trailer's value; ``MalformedError`` naming the first thing wrong."""
    words = value.split()
    if not words or words[0] != FORMAT:
        found = words[0] if words else "nothing"
        if words and re.fullmatch(r"v[0-9]+", words[0]):
            raise MalformedError(f"attestation format {words[0]} is newer than this git-provenance reads; upgrade it")
        raise MalformedError(f"expected '{FORMAT}' after '{TRAILER_KEY}:', found {found!r}")
    pairs = [word.partition("=") for word in words[1:]]
    names = tuple([name for name, _, _ in pairs])
    if names not in (_ED25519_FIELDS, _BLOB_FIELDS) or not all(sep for _, sep, _ in pairs):
        raise MalformedError(f"expected the fields {' '.join(_ED25519_FIELDS)} (or b= for the signature), "
                             f"found {' '.join(names)}")
    field = {name: text for name, _, text in pairs}
    if not field["t"].isdigit() or len(field["t"]) > 15 or (field["t"].startswith("0") and field["t"] != "0"):
        raise MalformedError(f"t={field['t']!r} is not a time in seconds")
    if not _VERSION.fullmatch(field["v"]):
        raise MalformedError(f"v={field['v']!r} is not a version")
    if not (len(field["c"]) == _CHANGE_HINT and _HEX.fullmatch(field["c"])):
        raise MalformedError(f"c={field['c']!r} is not {_CHANGE_HINT} hex digits")
    if not (len(field["d"]) == _DISCLOSURE_HINT and _B64URL.fullmatch(field["d"])):
        raise MalformedError(f"d={field['d']!r} is not {_DISCLOSURE_HINT} base64url characters")
    evidence = None if field["e"] == "-" else _digest_value(field["e"], "e")
    return Attestation(int(field["t"]), field["v"], _digest_value(field["p"], "p"), evidence, field["c"], field["d"],
                       _signature(field))


def _signature(field: dict[str, str]) -> sshsig.SshSignature:
    if "b" in field:
        signature = sshsig.decode(_unb64(field["b"], "b", None))
        if _raw_ed25519(signature) is not None:
            raise MalformedError("b= holds an ed25519 signature, which is written as k= and s=")
        return signature
    public, raw = _unb64_repeated(field["k"], "k", 32), _unb64(field["s"], "s", 64)
    algorithm = wire.string(sshsig.ED25519.encode("ascii"))
    return sshsig.SshSignature(sshsig.ed25519_public_key(public), sshsig.NAMESPACE, sshsig.DEFAULT_HASH,
                               algorithm + wire.string(raw))


def _raw_ed25519(signature: sshsig.SshSignature) -> tuple[bytes, bytes] | None:
    """(public key, signature), 32 and 64 bytes, when k= and s= can carry this signature whole."""
    if (signature.namespace != sshsig.NAMESPACE or signature.hash_algorithm != sshsig.DEFAULT_HASH
            or signature.reserved or signature.key_type != sshsig.ED25519):
        return None
    key, value = wire.Reader(signature.public_key, "public key"), wire.Reader(signature.signature, "signature")
    key.text()
    public = key.string()
    algorithm, raw = value.text(), value.string()
    if key.rest() or value.rest() or algorithm != sshsig.ED25519 or len(public) != 32 or len(raw) != 64:
        return None
    return public, raw


def _b64(data: bytes) -> str:
    return binascii.b2a_base64(data, newline=False).translate(_TO_URL).decode("ascii").rstrip("=")


def _unb64(text: str, name: str, size: int | None) -> bytes:
    """Strict unpadded base64url: anything else (padding, '+', '/', a cut) is a damaged field."""
    if not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise MalformedError(f"{name}= is not unpadded base64url (re-encoded or damaged)")
    try:
        data = binascii.a2b_base64((text + "=" * (-len(text) % 4)).encode("ascii").translate(_FROM_URL))
    except (binascii.Error, ValueError):
        raise MalformedError(f"{name}= is not unpadded base64url (re-encoded or damaged)") from None
    if size is not None and len(data) != size:
        raise MalformedError(f"{name}= holds {len(data)} bytes, not {size} (truncated?)")
    if _b64(data) != text:
        raise MalformedError(f"{name}= is not in canonical base64url (re-encoded)")
    return data


@functools.lru_cache(maxsize=256)
def _unb64_repeated(text: str, name: str, size: int | None) -> bytes:
    """``_unb64`` for the fields most commits of a range share (a signer's key, the policy): verify
    decodes each once."""
    return _unb64(text, name, size)


def _digest_field(digest: str) -> str:
    return _b64(bytes.fromhex(digest.removeprefix("sha256:")))


def _digest_value(text: str, name: str) -> str:
    return "sha256:" + _unb64_repeated(text, name, 32).hex()


# --- the trailer in a message ------------------------------------------------------------------


class Found(NamedTuple):
    line: int  # 1-based line number in the message
    value: str


def find(message: str, comment_char: str = "#") -> list[Found]:
    """The attestation trailers of the message's final trailer block (git's rules), in order."""
    if TRAILER_KEY.lower() not in message.lower():  # an unattested commit, cheaply
        return []
    block = parse_trailers(message, comment_char)  # the usual message is read without git's walk
    return [Found(trailer.line, trailer.value) for trailer in block.trailers
            if trailer.normalized_key == TRAILER_KEY.lower()]


def without_attestations(message: str) -> str:
    """``message`` without its attestation lines (and the blank line that set a lone one apart)."""
    lines = message.split("\n")
    kept = [line for line in lines if not _KEY_LINE.match(line)]
    text = "\n".join(kept).rstrip("\n \t")
    return text + "\n" if text else ""


def with_attestation(message: str, line: str, comment_char: str = "#") -> str:
    """``message`` with ``line`` as its attestation: an older one (before ``git commit --amend``)
    is replaced; the line joins the final trailer block, or starts one after a blank line."""
    body = without_attestations(message)
    block = parse_trailers(body, comment_char)
    last_line = len(body.rstrip("\n").split("\n"))
    joins_block = bool(block.trailers) and block.start_line is not None and max(
        t.line for t in block.trailers) == last_line
    return f"{body}{line}\n" if joins_block else f"{body}\n{line}\n"
