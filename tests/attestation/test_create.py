"""Making an attestation as the commit-msg hook will: what it loads, what it returns, its errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from provenance.attestation import transport
from provenance.attestation.create import SigningSettings, attestation_trailer
from provenance.attestation.errors import SigningKeyError
from provenance.core.disclosure import Disclosure
from provenance.gitio.patch_ids import commit_patch_ids
from tests.attestation.attested import make_key
from tests.gitutil import clean_env, commit_file, git

POLICY = "sha256:" + "0" * 64
NONE = Disclosure("none", (), ("ai-assisted-none",))


def test_the_hook_path_loads_no_dataclasses_inspect_click_or_json(repo: Path, tmp_path: Path) -> None:
    key = make_key(tmp_path / "keys")
    (repo / "file.txt").write_text("staged\n")
    git(repo, "add", "file.txt")
    script = (
        "import sys\n"
        "from provenance.attestation.create import SigningSettings, attestation_trailer\n"
        "from provenance.attestation.transport import with_attestation\n"
        "from provenance.core.disclosure import Disclosure\n"
        "from provenance.policy.config import Config\n"
        "from provenance.policy.policy_digest import policy_digest\n"
        f"settings = SigningSettings({str(key.private_path)!r}, 'ada@example.com', policy_digest(Config()))\n"
        "line = attestation_trailer(Disclosure('none', (), ('ai-assisted-none',)), settings)\n"
        "print(with_attestation('Subject\\n\\nAI-Assisted: none\\n', line), end='')\n"
        "loaded = set(sys.modules)\n"
        "heavy = loaded & {'dataclasses', 'inspect', 'click', 'json', 'tomllib', 'difflib', 'pathlib'}\n"
        "heavy |= {m for m in loaded if m.startswith(('cryptography.hazmat.primitives.serialization',\n"
        "                                             'provenance.verify', 'concurrent'))}\n"
        "assert not heavy, sorted(heavy)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=repo, env=clean_env(), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Subject\n\nAI-Assisted: none\nProvenance-Attestation: v1 t=")


def test_the_staged_change_is_what_the_commit_will_carry(repo: Path, tmp_path: Path) -> None:
    key = make_key(tmp_path / "keys")
    commit_file(repo, "Base\n\nAI-Assisted: none\n")
    (repo / "file.txt").write_text("changed\n")
    git(repo, "add", "file.txt")
    line = attestation_trailer(NONE, SigningSettings(str(key.private_path), "ada@example.com", POLICY), str(repo))
    assert line is not None
    sha = commit_file(repo, f"Change\n\nAI-Assisted: none\n{line}\n", content="changed\n")
    decoded = transport.decode(line.partition(": ")[2])
    assert commit_patch_ids([sha], repo)[sha].startswith(decoded.change_hint)


def test_amending_a_root_commit_attests_against_the_empty_tree(repo: Path, tmp_path: Path) -> None:
    key = make_key(tmp_path / "keys")
    commit_file(repo, "Root\n\nAI-Assisted: none\n", content="one\n")
    (repo / "file.txt").write_text("two\n")
    git(repo, "add", "file.txt")
    settings = SigningSettings(str(key.private_path), "ada@example.com", POLICY)
    line = attestation_trailer(NONE, settings, str(repo), amending=True)
    assert line is not None
    subprocess.run(["git", "commit", "-q", "--amend", "--no-verify", "-F", "-"], cwd=repo, env=clean_env(),
                   input=f"Root\n\nAI-Assisted: none\n{line}\n".encode(), check=True)
    sha = git(repo, "rev-parse", "HEAD").stdout.strip()
    assert commit_patch_ids([sha], repo)[sha].startswith(transport.decode(line.partition(": ")[2]).change_hint)


def test_nothing_staged_is_nothing_to_attest_and_a_missing_email_or_key_is_one_line(repo: Path,
                                                                                  tmp_path: Path) -> None:
    key = make_key(tmp_path / "keys")
    commit_file(repo, "Base\n\nAI-Assisted: none\n")
    assert attestation_trailer(NONE, SigningSettings(str(key.private_path), "ada@example.com", POLICY),
                               str(repo)) is None
    (repo / "file.txt").write_text("changed\n")
    git(repo, "add", "file.txt")
    with pytest.raises(SigningKeyError, match=r"set user\.email"):
        attestation_trailer(NONE, SigningSettings(str(key.private_path), "", POLICY), str(repo))
    with pytest.raises(SigningKeyError, match=r"cannot read the signing key .*none: No such file"):
        attestation_trailer(NONE, SigningSettings(str(tmp_path / "none"), "ada@example.com", POLICY), str(repo))
