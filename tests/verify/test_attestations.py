"""verify --attestation: every tamper case is its own finding, on real commits in real repositories."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from provenance.attestation import keys
from provenance.gitio.repository import open_repo
from provenance.policy.config import Config
from provenance.verify.run import run_verify
from tests.attestation.attested import (
    SIGNED_AT,
    attestation_findings,
    attested_message,
    commit_attested,
    commit_trust_file,
    make_key,
    trust_line,
    verify_json,
)
from tests.gitutil import clean_env, commit_file, git

MESSAGE = "Add the parser\n\nAssisted-by: Claude:claude-sonnet-4\n"


@pytest.fixture
def key(tmp_path: Path) -> keys.GeneratedKey:
    return make_key(tmp_path / "keys")


@pytest.fixture
def topic(repo: Path, key: keys.GeneratedKey) -> Path:
    """A repository whose main trusts ``key`` for ada@example.com, on a branch 'topic' off main."""
    commit_trust_file(repo, trust_line(key))
    git(repo, "checkout", "-q", "-b", "topic")
    return repo


def _amend(repo: Path, message: str, env: dict[str, str] | None = None) -> None:
    subprocess.run(["git", "commit", "-q", "--amend", "--no-verify", "--cleanup=verbatim", "-F", "-"], cwd=repo,
                   env=env or clean_env(), input=message.encode(), check=True, capture_output=True)


def _message(repo: Path) -> str:
    return git(repo, "log", "-1", "--format=%B").stdout.rstrip("\n") + "\n"


def _rules(repo: Path, **settings: object) -> list[str]:
    return [rule for rule, _ in attestation_findings(verify_json(repo, **settings)[1])]  # type: ignore[arg-type]


def test_an_attested_commit_passes_and_an_unattested_one_is_missing(topic: Path, key: keys.GeneratedKey) -> None:
    commit_attested(topic, MESSAGE, key.private_path)
    code, report = verify_json(topic)
    assert code == 0 and attestation_findings(report) == []
    commit_file(topic, "Undisclosed signing\n\nAI-Assisted: none\n")
    code, report = verify_json(topic)
    assert code == 1
    assert attestation_findings(report) == [
        ("missing-attestation", "no signed attestation (no Provenance-Attestation: trailer); install the hooks "
         "with a signing key (git provenance keygen) so that each commit is attested, or re-attest the commits "
         "with git provenance attest")]
    assert [commit["attestation"] for commit in report["commits"]] == ["missing", "valid"]  # type: ignore[index]
    assert verify_json(topic, mode="optional")[0] == 0  # optional: only the attestations present are checked
    code, report = verify_json(topic, mode="off")
    assert code == 0 and "attestation" not in report["commits"][0]  # type: ignore[index]  # not checked: no key


def test_an_edited_disclosure_is_found_and_an_edited_body_line_is_not(topic: Path, key: keys.GeneratedKey) -> None:
    commit_attested(topic, MESSAGE, key.private_path)
    original = _message(topic)
    _amend(topic, original.replace("Add the parser", "Add the parser, faster"))  # unrelated: still valid
    assert _rules(topic) == []
    _amend(topic, original.replace("Assisted-by: Claude:claude-sonnet-4", "AI-Assisted: none"))
    code, report = verify_json(topic)
    assert code == 1
    assert attestation_findings(report) == [(
        "disclosure-not-attested", "the attestation signs another disclosure: the message's disclosure "
        "is not the one that was signed (the message was edited after signing)")]


def test_a_changed_diff_is_another_change(topic: Path, key: keys.GeneratedKey) -> None:
    commit_attested(topic, MESSAGE, key.private_path, content="one\n")
    (topic / "file.txt").write_text("two\n")
    git(topic, "add", "file.txt")
    _amend(topic, _message(topic))  # --no-verify: the hook did not re-sign
    code, report = verify_json(topic)
    assert code == 1
    (rule, message), = attestation_findings(report)
    assert rule == "attestation-other-change" and "the code changed after signing" in message


def test_an_amend_that_re_attests_is_valid_and_keeps_one_trailer(topic: Path, key: keys.GeneratedKey) -> None:
    commit_attested(topic, MESSAGE, key.private_path, content="one\n")
    (topic / "file.txt").write_text("two\n")
    git(topic, "add", "file.txt")
    # What the hook does on --amend: the change is the index against HEAD's parent.
    _amend(topic, attested_message(topic, _message(topic), key.private_path, amending=True))
    assert _message(topic).count("Provenance-Attestation:") == 1
    assert _rules(topic) == []


def test_an_attestation_copied_from_another_commit(topic: Path, key: keys.GeneratedKey) -> None:
    commit_attested(topic, MESSAGE, key.private_path, name="a.txt")
    trailer = _message(topic).splitlines()[-1]
    commit_file(topic, f"Another change\n\nAssisted-by: Claude:claude-sonnet-4\n{trailer}\n", name="b.txt")
    (rule, message), = attestation_findings(verify_json(topic)[1])
    assert rule == "attestation-other-change" and "copied from another commit" in message


def test_a_swapped_key_is_not_allowed(topic: Path, tmp_path: Path) -> None:
    stranger = make_key(tmp_path / "stranger")
    commit_attested(topic, MESSAGE, stranger.private_path)
    (rule, message), = attestation_findings(verify_json(topic)[1])
    assert rule == "invalid-attestation"
    assert message.endswith("main:.git-provenance/allowed_signers does not allow this key for ada@example.com")


@pytest.mark.parametrize(("option", "expected"), [
    ('valid-after="20270101Z"', "not yet valid at the signing time"),
    ('valid-before="20251231Z"', "expired before the signing time"),
])  # fmt: skip
def test_a_key_outside_its_validity_at_the_signed_time(repo: Path, key: keys.GeneratedKey, option: str,
                                                       expected: str) -> None:
    commit_trust_file(repo, trust_line(key, options=option))
    git(repo, "checkout", "-q", "-b", "topic")
    commit_attested(repo, MESSAGE, key.private_path)  # signed at 2026-01-01
    (rule, message), = attestation_findings(verify_json(repo)[1])
    assert rule == "invalid-attestation" and expected in message


def test_rotation_the_old_key_valid_before_and_the_new_one_after(repo: Path, key: keys.GeneratedKey,
                                                                tmp_path: Path) -> None:
    new = make_key(tmp_path / "new")
    commit_trust_file(repo, trust_line(key, options='valid-before="20260601Z"'),
                      trust_line(new, options='valid-after="20260601Z"'))
    git(repo, "checkout", "-q", "-b", "topic")
    commit_attested(repo, MESSAGE, key.private_path)  # 2026-01-01, with the old key: still valid
    assert _rules(repo) == []


@pytest.mark.parametrize(("damage", "expected"), [
    (lambda line: line[:-12], "truncated"),
    (lambda line: line + "==", "not unpadded base64url"),
    (lambda line: line[:-20] + ("A" if line[-20] != "A" else "B") + line[-19:], "bad-signature"),
])  # fmt: skip
def test_a_truncated_or_re_encoded_signature(topic: Path, key: keys.GeneratedKey, damage: object,
                                             expected: str) -> None:
    commit_attested(topic, MESSAGE, key.private_path)
    lines = _message(topic).splitlines()
    lines[-1] = damage(lines[-1])  # type: ignore[operator]
    _amend(topic, "\n".join(lines) + "\n")
    (rule, message), = attestation_findings(verify_json(topic)[1])
    assert rule == "invalid-attestation"
    assert expected in message or (expected == "bad-signature" and "the signature does not match" in message)


def test_a_trust_file_changed_in_the_pull_request_does_not_count(topic: Path, tmp_path: Path) -> None:
    mallory = make_key(tmp_path / "mallory")
    (topic / ".git-provenance" / "allowed_signers").write_text(trust_line(mallory) + "\n")
    git(topic, "add", ".")
    commit_attested(topic, MESSAGE, mallory.private_path, name="feature.txt")  # attests the trust change too
    commit_attested(topic, MESSAGE, mallory.private_path, name="more.txt")
    assert _rules(topic) == ["invalid-attestation", "invalid-attestation"]  # main's trust file decides
    assert _rules(topic, trust_from="HEAD") == []  # what the check would say if it trusted the request


def test_a_missing_trust_file_stops_verify_with_a_one_line_error(repo: Path, key: keys.GeneratedKey) -> None:
    commit_file(repo, "Base\n\nAI-Assisted: none\n")
    git(repo, "checkout", "-q", "-b", "topic")
    commit_attested(repo, MESSAGE, key.private_path)
    config = Config(classifier="off", attestation="required")
    with pytest.raises(Exception, match=r"\.git-provenance/allowed_signers does not exist at main; add it there"):
        run_verify(open_repo(str(repo)), config, range_spec="main..HEAD", environ={})


def test_a_commit_the_forge_made_is_exempt(topic: Path, key: keys.GeneratedKey) -> None:
    web = clean_env(GIT_COMMITTER_NAME="GitHub", GIT_COMMITTER_EMAIL="noreply@github.com")
    commit_file(topic, "Apply suggestions from code review\n\nAI-Assisted: none\n", env=web)
    assert _rules(topic) == []
    assert _rules(topic, attestation_exempt_committers=()) == ["missing-attestation"]


def test_who_must_sign_committer_author_or_either(topic: Path, key: keys.GeneratedKey) -> None:
    # A maintainer (committer) applies Ada's (author's) commit without re-attesting it.
    commit_attested(topic, MESSAGE, key.private_path)
    maintainer = clean_env(GIT_COMMITTER_NAME="Grace", GIT_COMMITTER_EMAIL="grace@example.org")
    _amend(topic, _message(topic), env=maintainer)
    assert git(topic, "log", "-1", "--format=%ae %ce").stdout.split() == ["ada@example.com", "grace@example.org"]
    assert _rules(topic) == ["invalid-attestation"]
    assert _rules(topic, attestation_signer="author") == []
    assert _rules(topic, attestation_signer="either") == []


def test_the_markdown_summary_has_an_attestation_column(topic: Path, key: keys.GeneratedKey, tmp_path: Path) -> None:
    commit_attested(topic, MESSAGE, key.private_path)
    commit_file(topic, "Unattested\n\nAI-Assisted: none\n", name="b.txt")
    summary = tmp_path / "summary.md"
    config = Config(classifier="off", attestation="required")
    run_verify(open_repo(str(topic)), config, range_spec="main..HEAD", output_format="github",
               environ={"GITHUB_STEP_SUMMARY": str(summary)})
    text = summary.read_text()
    assert "| commit | subject | involvement | AI tools | attestation | findings |" in text
    assert "| Unattested | none | — | missing | error: missing-attestation |" in text
    assert "| Add the parser | assisted | Claude (claude-sonnet-4) | valid | — |" in text


def test_signed_time_is_the_statement_s_not_the_commit_s(topic: Path, key: keys.GeneratedKey) -> None:
    env = clean_env(GIT_COMMITTER_DATE="2030-01-01T00:00:00Z", GIT_AUTHOR_DATE="2030-01-01T00:00:00Z")
    commit_attested(topic, MESSAGE, key.private_path, env=env)
    assert str(SIGNED_AT) in _message(topic) and _rules(topic) == []


def test_the_attestation_rules_take_severities_like_every_rule(topic: Path, key: keys.GeneratedKey,
                                                                tmp_path: Path) -> None:
    commit_attested(topic, MESSAGE, make_key(tmp_path / "stranger").private_path)  # A2
    commit_file(topic, "Unattested\n\nAI-Assisted: none\n", name="b.txt")  # A1
    severities = {**Config().severities, "invalid-attestation": "warning", "missing-attestation": "off"}
    code, report = verify_json(topic, severities=severities)
    assert code == 0
    found = [(f["rule"], f["severity"]) for c in report["commits"] for f in c["findings"]]  # type: ignore[attr-defined]
    assert found == [("invalid-attestation", "warning")]


def test_a_commit_at_a_shallow_clone_s_edge_fails_rather_than_pass_unchecked(topic: Path, key: keys.GeneratedKey,
                                                                             tmp_path: Path) -> None:
    commit_attested(topic, MESSAGE, key.private_path, name="a.txt")
    commit_attested(topic, MESSAGE, key.private_path, name="b.txt")
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "2", "--branch", "topic", f"file://{topic}", str(shallow))
    git(shallow, "fetch", "-q", "--depth", "1", "origin", "main:main")
    config = Config(classifier="off", attestation="required")
    code, text = run_verify(open_repo(str(shallow)), config, last=2, output_format="json", environ={},
                            trust_from="main")
    rules = [(f["rule"], f["message"]) for c in json.loads(text)["commits"] for f in c["findings"]]
    assert code == 1
    assert rules == [("invalid-attestation", "the attestation is not valid: the commit is at the shallow clone's "
                      "edge, so its change cannot be computed; fetch more history (fetch-depth: 0)")]
