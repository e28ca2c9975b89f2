"""verify: every tamper case gives its own typed result, and ssh-keygen -Y verify agrees where it can judge."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.attestation import keys, signing, sshsig, statement, trust
from provenance.attestation.statement import DisclosureRecord, Statement
from provenance.attestation.verification import Status, verify
from tests.attestation.openssh import make_key, needs_openssh, openssh_accepts, public_line, sign
from tests.gitutil import clean_env, commit_file, git

PRINCIPAL = "ada@example.com"
SIGNED_AT = 1767225600


def _statement(patch_id: str = "1" * 40, signer: str = PRINCIPAL, time: int = SIGNED_AT) -> bytes:
    return statement.serialise(Statement(patch_id, DisclosureRecord("assisted"), statement.digest(b"policy"),
                                         "git-provenance 0.1.0", time, signer))


@pytest.fixture
def key(tmp_path: Path) -> keys.GeneratedKey:
    return keys.keygen(tmp_path / "signing_key")


def _trust(folder: Path, *lines: str) -> Path:
    path = folder / "allowed_signers"
    path.write_text("".join(f"{line}\n" for line in lines))
    return path


def _check(path: Path, data: bytes, signature: str, principal: str = PRINCIPAL, patch_id: str | None = None) -> Status:
    return verify(data, signature, trust.load(path), principal, patch_id).status


def _ours(key: keys.GeneratedKey, data: bytes) -> str:
    return sshsig.armor(signing.signer_for(key.private_path).sign(data))


@needs_openssh
def test_a_good_attestation_is_valid_here_and_in_openssh(tmp_path: Path, key: keys.GeneratedKey) -> None:
    data = _statement()
    path = _trust(tmp_path, key.allowed_signers_line(PRINCIPAL))
    signature = _ours(key, data)
    result = verify(data, signature, trust.load(path), PRINCIPAL, "1" * 40)
    assert result.valid and result.statement == statement.parse(data)
    assert result.detail == f"signed by {PRINCIPAL} with a key allowed at {path}:1"
    assert openssh_accepts(path, PRINCIPAL, signature, data, SIGNED_AT)
    # The compact form and the parsed signature verify the same.
    assert _check(path, data, sshsig.compact(sshsig.parse(signature))) is Status.VALID
    assert verify(data, sshsig.parse(signature), trust.load(path), PRINCIPAL).valid


@needs_openssh
def test_a_statement_edited_after_signing_is_a_bad_signature(tmp_path: Path, key: keys.GeneratedKey) -> None:
    data = _statement()
    path = _trust(tmp_path, key.allowed_signers_line(PRINCIPAL))
    signature = _ours(key, data)
    edited = data.replace(b'"assisted"', b'"none"')
    assert _check(path, edited, signature) is Status.BAD_SIGNATURE
    assert not openssh_accepts(path, PRINCIPAL, signature, edited, SIGNED_AT)


@needs_openssh
def test_a_truncated_or_re_encoded_signature_is_refused(tmp_path: Path, key: keys.GeneratedKey) -> None:
    data = _statement()
    path = _trust(tmp_path, key.allowed_signers_line(PRINCIPAL))
    signature = _ours(key, data)
    truncated = signature[:200] + "\n" + sshsig.END
    assert _check(path, data, truncated) is Status.MALFORMED
    assert _check(path, data, signature[:-40]) is Status.MALFORMED
    parsed = sshsig.parse(signature)
    as_sha256 = sshsig.armor(parsed._replace(hash_algorithm="sha256"))
    assert _check(path, data, as_sha256) is Status.BAD_SIGNATURE
    for damaged in (truncated, as_sha256):
        assert not openssh_accepts(path, PRINCIPAL, damaged, data, SIGNED_AT)


@needs_openssh
def test_a_swapped_key_is_not_allowed(tmp_path: Path, key: keys.GeneratedKey) -> None:
    data = _statement()
    intruder = make_key(tmp_path / "intruder")
    path = _trust(tmp_path, key.allowed_signers_line(PRINCIPAL))
    # Signed with another key: a good signature, from a key the trust file does not list for Ada.
    theirs = sign(intruder, data)
    assert _check(path, data, theirs) is Status.SIGNER_NOT_ALLOWED
    assert not openssh_accepts(path, PRINCIPAL, theirs, data, SIGNED_AT)
    # Ada's key put into the intruder's signature: the signature no longer matches its key.
    adas_key = sshsig.parse(_ours(key, data)).public_key
    grafted = sshsig.armor(sshsig.parse(theirs)._replace(public_key=adas_key))
    assert _check(path, data, grafted) is Status.BAD_SIGNATURE
    assert not openssh_accepts(path, PRINCIPAL, grafted, data, SIGNED_AT)
    # The intruder's key listed for someone else only.
    other = _trust(tmp_path, key.allowed_signers_line(PRINCIPAL), f"bob@example.com {public_line(intruder)}")
    assert _check(other, data, theirs) is Status.SIGNER_NOT_ALLOWED


@needs_openssh
def test_a_signature_or_a_key_for_another_namespace(tmp_path: Path, key: keys.GeneratedKey) -> None:
    data = _statement()
    path = _trust(tmp_path, key.allowed_signers_line(PRINCIPAL))
    as_git = sign(key.private_path, data, namespace="git")  # a commit signature is not an attestation
    assert _check(path, data, as_git) is Status.WRONG_NAMESPACE
    assert not openssh_accepts(path, PRINCIPAL, as_git, data, SIGNED_AT)
    file_only = _trust(tmp_path, f'{PRINCIPAL} namespaces="file" {key.public_line}')
    assert _check(file_only, data, _ours(key, data)) is Status.WRONG_NAMESPACE
    assert not openssh_accepts(file_only, PRINCIPAL, _ours(key, data), data, SIGNED_AT)


@needs_openssh
@pytest.mark.parametrize(("option", "status"), [
    ('valid-before="20251231235959Z"', Status.EXPIRED),
    ('valid-after="20260101000001Z"', Status.NOT_YET_VALID),
    ('valid-after="20251201Z",valid-before="20260101000000Z"', Status.VALID),
])  # fmt: skip
def test_key_validity_is_judged_at_the_signed_time(tmp_path: Path, key: keys.GeneratedKey, option: str,
                                                   status: Status) -> None:
    data = _statement(time=SIGNED_AT)
    path = _trust(tmp_path, f"{PRINCIPAL} {option} {key.public_line}")
    signature = _ours(key, data)
    assert _check(path, data, signature) is status
    assert openssh_accepts(path, PRINCIPAL, signature, data, SIGNED_AT) is (status is Status.VALID)


def test_a_statement_naming_another_signer_is_not_allowed(tmp_path: Path, key: keys.GeneratedKey) -> None:
    data = _statement(signer="bob@example.com")
    path = _trust(tmp_path, key.allowed_signers_line("*@example.com"))
    result = verify(data, _ours(key, data), trust.load(path), PRINCIPAL)
    assert result.status is Status.SIGNER_NOT_ALLOWED and result.detail == "signed by bob@example.com, expected " \
        "ada@example.com"


def test_validly_signed_bytes_that_are_no_statement_are_malformed(tmp_path: Path, key: keys.GeneratedKey) -> None:
    data = b'{"version": 1}'
    path = _trust(tmp_path, key.allowed_signers_line(PRINCIPAL))
    result = verify(data, _ours(key, data), trust.load(path), PRINCIPAL)
    assert result.status is Status.MALFORMED and result.detail.startswith("statement: not in canonical form")


def test_a_key_type_it_cannot_check_is_unsupported(tmp_path: Path, key: keys.GeneratedKey) -> None:
    from provenance.attestation import wire

    data = _statement()
    certificate = wire.string(b"ssh-ed25519-cert-v01@openssh.com") + wire.string(b"\1" * 32)
    signature = sshsig.SshSignature(certificate, "git-provenance", "sha512", wire.string(b"x") + wire.string(b"y"))
    result = verify(data, signature, trust.load(_trust(tmp_path, key.allowed_signers_line(PRINCIPAL))), PRINCIPAL)
    assert result.status is Status.UNSUPPORTED and "ssh-ed25519-cert-v01@openssh.com" in result.detail


def _patch_id(repo: Path, diff_args: list[str]) -> str:
    diff = git(repo, *diff_args).stdout.encode()
    proc = subprocess.run(["git", "patch-id", "--stable"], input=diff, cwd=repo, capture_output=True, env=clean_env(),
                          check=True)
    return proc.stdout.decode().split()[0]


def test_an_attestation_copied_from_another_commit_is_about_another_change(repo: Path, tmp_path: Path,
                                                                          key: keys.GeneratedKey) -> None:
    commit_file(repo, "base", name="a.txt", content="one\n")
    # The subject is the patch id of the staged change, known before the commit exists...
    (repo / "a.txt").write_text("one\ntwo\n")
    git(repo, "add", "a.txt")
    before = _patch_id(repo, ["diff", "--cached"])
    git(repo, "commit", "-q", "-m", "add two")
    first = git(repo, "rev-parse", "HEAD").stdout.strip()
    assert _patch_id(repo, ["show", first]) == before
    commit_file(repo, "add three", name="a.txt", content="one\ntwo\nthree\n")
    second = _patch_id(repo, ["show", "HEAD"])
    # ...and it survives a cherry-pick onto another base.
    git(repo, "checkout", "-q", "-b", "elsewhere", "HEAD~2")
    commit_file(repo, "unrelated", name="b.txt", content="b\n")
    git(repo, "cherry-pick", first)
    assert _patch_id(repo, ["show", "HEAD"]) == before

    data = _statement(patch_id=before)
    signature = _ours(key, data)
    path = _trust(tmp_path, key.allowed_signers_line(PRINCIPAL))
    assert _check(path, data, signature, patch_id=before) is Status.VALID
    result = verify(data, signature, trust.load(path), PRINCIPAL, patch_id=second)
    assert result.status is Status.OTHER_CHANGE and "copied from another commit?" in result.detail


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=400), signature=st.one_of(st.binary(max_size=400), st.text(max_size=400)))
def test_any_input_gives_a_result_never_an_exception(data: bytes, signature: bytes | str) -> None:
    empty = trust.TrustFile("allowed_signers", ())
    assert verify(data, signature, empty, PRINCIPAL).status in (Status.MALFORMED, Status.BAD_SIGNATURE)


@settings(max_examples=150, deadline=None)
@given(cut=st.integers(min_value=0, max_value=183), flip=st.integers(min_value=0, max_value=183))
def test_any_damaged_blob_gives_a_result_never_an_exception(cut: int, flip: int) -> None:
    import base64

    good = "U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAgj5dYNmCaE4xVidD5ufZ7Cd2fvEKHaBfcT1byWaRqAw0AAAAOZ2l0LXB" \
           "yb3ZlbmFuY2UAAAAAAAAABnNoYTUxMgAAAFMAAAALc3NoLWVkMjU1MTkAAABAiCN/TDzif3R9PlA1qjY2wrpE1hspTAjqfuShYgWw7P5" \
           "pTz1NlMwtVoASyp1zpnTd7+cgeCCm8GkPm2rmT9iqAw=="
    blob = bytearray(base64.b64decode(good))
    blob[flip % len(blob)] ^= 0x41
    damaged = base64.b64encode(bytes(blob[:len(blob) - cut])).decode()
    empty = trust.TrustFile("allowed_signers", ())
    assert verify(_statement(), damaged, empty, PRINCIPAL).status is not Status.VALID


@pytest.mark.parametrize("workers", [1, 3, 0])
def test_verify_all_gives_each_requests_result_in_order(tmp_path: Path, key: keys.GeneratedKey, workers: int) -> None:
    from provenance.attestation.verification import Request, verify_all

    path = _trust(tmp_path, key.allowed_signers_line(PRINCIPAL))
    good = [_statement(patch_id=f"{index:040x}") for index in range(40)]
    requests = [Request(data, _ours(key, data), PRINCIPAL, f"{index:040x}") for index, data in enumerate(good)]
    requests[7] = Request(good[7], requests[8].signature, PRINCIPAL)  # another commit's signature
    requests[20] = Request(good[20], "garbage", PRINCIPAL)
    results = verify_all(requests, trust.load(path), workers=workers)
    statuses = [result.status for result in results]
    assert statuses[7] is Status.BAD_SIGNATURE and statuses[20] is Status.MALFORMED
    assert [index for index, status in enumerate(statuses) if status is not Status.VALID] == [7, 20]
    assert results[3].statement is not None and results[3].statement.patch_id == f"{3:040x}"
