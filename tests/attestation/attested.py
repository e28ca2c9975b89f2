"""Helpers for attestation tests: attested commits in real repositories, a trust file on main."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from provenance.attestation import keys, transport
from provenance.attestation.create import SigningSettings, attestation_trailer
from provenance.core.disclosure import analyse
from provenance.core.identities import identity_registry
from provenance.core.message import CommitFacts, ParsedMessage
from provenance.gitio.repository import open_repo
from provenance.policy.config import Config
from provenance.policy.policy_digest import policy_digest
from provenance.verify.run import run_verify
from tests.gitutil import clean_env, git

ADA = "ada@example.com"
TRUST_PATH = ".git-provenance/allowed_signers"
SIGNED_AT = 1_767_225_600  # 2026-01-01T00:00:00Z


def make_key(folder: Path, name: str = "signing_key") -> keys.GeneratedKey:
    return keys.keygen(folder / name)


def trust_line(key: keys.GeneratedKey, principal: str = ADA, options: str = "") -> str:
    namespaces = f'namespaces="git-provenance"{"," + options if options else ""}'
    return f"{principal} {namespaces} {key.public_line}"


def commit_trust_file(repo: Path, *lines: str) -> str:
    """Commit the trust file (hooks skipped, with a disclosure) and return the commit id."""
    (repo / TRUST_PATH).parent.mkdir(exist_ok=True)
    (repo / TRUST_PATH).write_text("".join(line + "\n" for line in lines))
    git(repo, "add", TRUST_PATH)
    git(repo, "commit", "-q", "--no-verify", "-m", "Trust file\n\nAI-Assisted: none")
    return git(repo, "rev-parse", "HEAD").stdout.strip()


def disclosure_of(message: str, author: str = ADA) -> object:
    facts = CommitFacts(message, author_name="Ada Lovelace", author_email=author)
    config = Config()
    return analyse(ParsedMessage(facts), config.accepted_conventions, identity_registry(config.identities)).disclosure


def attested_message(repo: Path, message: str, key: Path | str, signer: str = ADA,
                     signed_at: int = SIGNED_AT, amending: bool = False) -> str:
    """``message`` with the attestation of what is staged in ``repo`` (as the hook would write it)."""
    settings = SigningSettings(str(key), signer, policy_digest(Config()))
    line = attestation_trailer(disclosure_of(message), settings, cwd=str(repo), amending=amending,
                               signed_at=signed_at)  # type: ignore[arg-type]
    assert line is not None
    return transport.with_attestation(message, line)


def commit_attested(repo: Path, message: str, key: Path | str, name: str = "file.txt", content: str | None = None,
                    env: dict[str, str] | None = None) -> str:
    """Write a file, stage it, attest it and commit it (hooks skipped); the new commit's id."""
    target = repo / name
    previous = target.read_text() if target.exists() else ""
    target.write_text(content if content is not None else previous + message[:20] + "\n")
    git(repo, "add", name, env=env)
    text = attested_message(repo, message, key)
    subprocess.run(["git", "commit", "-q", "--no-verify", "--cleanup=verbatim", "-F", "-"], cwd=repo,
                   env=env or clean_env(), input=text.encode(), check=True, capture_output=True)
    return git(repo, "rev-parse", "HEAD").stdout.strip()


def verify_json(repo: Path, range_spec: str = "main..HEAD", mode: str = "required",
                trust_from: str | None = None, **settings: object) -> tuple[int, dict[str, object]]:
    """verify in process with attestations ``mode``: (exit code, the JSON report)."""
    config = Config(classifier="off", attestation=mode)._replace(**settings)
    code, text = run_verify(open_repo(str(repo)), config, range_spec=range_spec, output_format="json",
                            environ={}, trust_from=trust_from)
    return code, json.loads(text)


def attestation_findings(report: dict[str, object]) -> list[tuple[str, str]]:
    """(rule name, message) of every attestation finding, in commit order."""
    found = []
    for commit in report["commits"]:  # type: ignore[attr-defined]
        for finding in commit["findings"]:
            if finding["id"].startswith("A"):
                found.append((finding["rule"], finding["message"]))
    return found
