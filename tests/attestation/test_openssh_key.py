"""The standard-library reader of unencrypted ed25519 private keys, against keys OpenSSH and keygen write."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.attestation import keys, openssh_key, signing, wire
from provenance.attestation.errors import MalformedError, SigningKeyError
from tests.attestation.openssh import make_key, needs_openssh, public_line
from tests.paths import PROJECT_ROOT


@needs_openssh
def test_it_reads_the_keys_ssh_keygen_and_keygen_write(tmp_path: Path) -> None:
    for path in (make_key(tmp_path / "openssh"), keys.keygen(tmp_path / "ours").private_path):
        secret = openssh_key.read_ed25519(path.read_bytes())
        assert secret is not None and len(secret.seed) == 32
        line = public_line(path)
        assert base64.b64decode(line.split()[1])[-32:] == secret.public


@needs_openssh
@pytest.mark.parametrize(("key_type", "passphrase"), [("ed25519", "secret"), ("rsa", ""), ("ecdsa", "")])
def test_any_other_key_is_left_to_ssh_keygen(tmp_path: Path, key_type: str, passphrase: str) -> None:
    key = make_key(tmp_path / "id", key_type, passphrase=passphrase)
    assert openssh_key.read_ed25519(key.read_bytes()) is None
    assert openssh_key.read_ed25519(key.with_name("id.pub").read_bytes()) is None
    assert isinstance(signing.signer_for(key), signing.SshKeygenSigner)


# Offsets in the private section: check, check, string("ssh-ed25519"), string(public), string(seed || public).
_PUBLIC = 4 + 4 + 4 + 11 + 4
_SEED = _PUBLIC + 32 + 4


def _rewrite(path: Path, change: object) -> bytes:
    """The key file with its private section passed through ``change(section) -> section``."""
    text = path.read_bytes().strip()
    blob = base64.b64decode(b"".join(text[len(openssh_key.BEGIN):-len(openssh_key.END)].split()))
    reader = wire.Reader(blob[15:], "k")
    head = [reader.string(), reader.string(), reader.string()]
    count, public, section = reader.uint32(), reader.string(), reader.string()
    new_section = change(section)  # type: ignore[operator]
    new = blob[:15] + b"".join(wire.string(part) for part in head) + count.to_bytes(4, "big") + wire.string(public) \
        + wire.string(new_section)
    return openssh_key.BEGIN + b"\n" + base64.b64encode(new) + b"\n" + openssh_key.END + b"\n"


@pytest.mark.parametrize(("change", "problem"), [
    (lambda s: s[:4] + bytes([s[4] ^ 1]) + s[5:], "key section is damaged"),  # the two check numbers differ
    (lambda s: s[:-1] + b"\x09", "bad padding"),
    (lambda s: s[:_PUBLIC] + bytes([s[_PUBLIC] ^ 1]) + s[_PUBLIC + 1:], "do not belong together"),
    (lambda s: s[:20], "truncated"),
])  # fmt: skip
def test_a_damaged_key_file_is_one_error(tmp_path: Path, change: object, problem: str) -> None:
    made = keys.keygen(tmp_path / "k")
    damaged = tmp_path / "damaged"
    damaged.write_bytes(_rewrite(made.private_path, change))
    with pytest.raises(SigningKeyError, match=problem) as caught:
        signing.load_ed25519(damaged)
    assert str(caught.value).startswith(f"{damaged}: private key: ")


def test_damaged_base64_and_foreign_files(tmp_path: Path) -> None:
    with pytest.raises(MalformedError, match="base64"):
        openssh_key.read_ed25519(openssh_key.BEGIN + b"\n!!!\n" + openssh_key.END)
    other_magic = base64.b64encode(b"something-else\0")
    assert openssh_key.read_ed25519(openssh_key.BEGIN + b"\n" + other_magic + b"\n" + openssh_key.END) is None
    assert openssh_key.read_ed25519(b"-----BEGIN RSA PRIVATE KEY-----\n...") is None


def test_a_seed_that_does_not_give_its_public_key_is_refused(tmp_path: Path) -> None:
    made = keys.keygen(tmp_path / "k")
    damaged = tmp_path / "damaged"  # another seed, the stored public halves kept
    damaged.write_bytes(_rewrite(made.private_path, lambda s: s[:_SEED] + b"\x07" * 32 + s[_SEED + 32:]))
    with pytest.raises(SigningKeyError, match="does not match the public key"):
        signing.load_ed25519(damaged)


def _cryptography_modules_after_signing(key: Path, many: bool) -> list[str]:
    code = ("import json, sys; from pathlib import Path; from provenance.attestation import signing; "
            f"signing.signer_for(Path({str(key)!r}), many={many}).sign(b'm'); "
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('cryptography'))))")
    return list(json.loads(subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True,
                                          text=True, check=True).stdout))


@needs_openssh
def test_the_hooks_way_of_signing_imports_no_cryptography(tmp_path: Path) -> None:
    # Importing cryptography costs the commit-msg hook ~28 ms; ssh-keygen signs in ~7 (BENCHMARKS.md).
    assert _cryptography_modules_after_signing(keys.keygen(tmp_path / "k").private_path, many=False) == []


def test_signing_in_process_loads_no_key_serialisation_modules(tmp_path: Path) -> None:
    # cryptography's OpenSSH reader costs about 10 ms of imports; the standard-library reader does its job.
    loaded = _cryptography_modules_after_signing(keys.keygen(tmp_path / "k").private_path, many=True)
    assert "cryptography.hazmat.primitives.asymmetric.ed25519" in loaded
    assert not [m for m in loaded if m.startswith("cryptography.hazmat.primitives.serialization")]
