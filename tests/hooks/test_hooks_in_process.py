"""The hooks run in-process through ``main(argv)`` on message files in real repositories, so
coverage sees them; test_hooks.py drives the same hooks through real ``git commit``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from provenance.cli import main
from provenance.core.conventions import DISCLOSURE_TEMPLATE_LINES
from provenance.core.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE
from provenance.gitio.repository import read_repo_settings
from provenance.hooks.pending import read_message_file, read_pending_commit
from provenance.hooks.prepare_commit_msg import TEMPLATE_MARKER, template_lines
from provenance.hooks.rejected import REJECTED_COPY
from tests.gitutil import clean_env, git, init_repo


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    repo = init_repo(tmp_path / "repo")
    monkeypatch.chdir(repo)
    return repo


def message_file(repo: Path, content: str | bytes) -> Path:
    """The file git hands its hooks: .git/COMMIT_EDITMSG."""
    path = repo / ".git" / "COMMIT_EDITMSG"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


# --------------------------------------------------------------------------- commit-msg

def test_a_disclosed_message_passes_silently(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = message_file(repo, "Add parser\n\nAI-Assisted: none\n")
    assert main(["hook", "commit-msg", str(path)]) == EXIT_OK
    assert capsys.readouterr().err == ""


def test_warnings_alone_do_not_reject_the_commit(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = message_file(repo, "Add parser\n\nAI-Assisted: none\nLLM-Used: yes\n")
    assert main(["hook", "commit-msg", str(path)]) == EXIT_OK
    err = capsys.readouterr().err
    assert err.startswith("git-provenance: commit message warnings\n")
    assert "  line 4: warning[unrecognised-ai-trailer]" in err
    assert "rejected" not in err
    assert not (repo / ".git" / REJECTED_COPY).exists()


def test_errors_reject_and_keep_what_git_would_commit(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = message_file(repo, "Add parser\n\nBody.\n\n# Please enter the commit message\n")
    assert main(["hook", "commit-msg", str(path)]) == EXIT_FINDINGS
    err = capsys.readouterr().err
    assert err.startswith("git-provenance: commit rejected: 1 error(s) in the commit message\n")
    kept = repo / ".git" / REJECTED_COPY
    assert kept.read_text() == "Add parser\n\nBody.\n"
    assert f"git commit -e -F {kept}" in err
    for line in DISCLOSURE_TEMPLATE_LINES:
        assert f"      {line}\n" in err


def test_a_rejected_message_outside_a_git_dir_is_not_copied(repo: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "MSG"
    path.write_text("Add parser\n")
    assert main(["hook", "commit-msg", str(path)]) == EXIT_FINDINGS
    assert "Your message is kept" not in capsys.readouterr().err


def test_an_empty_message_is_left_to_git(repo: Path) -> None:
    path = message_file(repo, "# only a comment\n\n")
    assert main(["hook", "commit-msg", str(path)]) == EXIT_OK


def test_the_hook_runs_no_code_rule(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # C1 as an error would reject if it ran; a pending commit has no code, so it cannot.
    path = message_file(repo, "Add parser\n\nAI-Assisted: none\n")
    assert main(["hook", "commit-msg", str(path), "-c", "severity=C1=error", "-c", "classifier=on"]) == EXIT_OK
    assert capsys.readouterr().err == ""


def test_an_unreadable_message_file_is_one_usage_line(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hook", "commit-msg", str(repo)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a directory" in err


# --------------------------------------------------------------------------- the pending commit

def test_pending_commit_facts_come_from_the_environment_then_the_settings(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"):
        monkeypatch.delenv(key, raising=False)
    git(repo, "config", "core.commentChar", ";")
    monkeypatch.setenv("GIT_AUTHOR_NAME", "aider (gpt-4o)")
    path = message_file(repo, b"Subject \xff\n\nAI-Assisted: none\n")
    pending = read_pending_commit(str(path))
    facts = pending.facts
    assert pending.git_dir == str(repo / ".git")
    assert (facts.author_name, facts.author_email) == ("aider (gpt-4o)", "ada@example.com")
    assert (facts.committer_name, facts.committer_email) == ("Ada Lovelace", "ada@example.com")
    assert facts.comment_char == ";" and facts.undecodable_lines == (1,)
    assert facts.parent_count == 1 and facts.sha is None
    (repo / ".git" / "MERGE_HEAD").write_text("0" * 40 + "\n")
    assert read_pending_commit(str(path), read_repo_settings()).facts.parent_count == 2


def test_reading_a_missing_message_file_names_it(tmp_path: Path) -> None:
    from provenance.core.errors import UsageError

    with pytest.raises(UsageError, match="no such message file"):
        read_message_file(str(tmp_path / "gone"))


# --------------------------------------------------------------------------- prepare-commit-msg

def test_an_editor_commit_gets_the_template_from_the_registry(repo: Path) -> None:
    path = message_file(repo, "\n# Please enter the commit message for your changes.\n")
    assert main(["hook", "prepare-commit-msg", str(path)]) == EXIT_OK
    text = path.read_text()
    assert TEMPLATE_MARKER in text
    for line in DISCLOSURE_TEMPLATE_LINES:
        assert f"\n# {line}\n" in text
    offered = template_lines(";")[2:2 + len(DISCLOSURE_TEMPLATE_LINES)]
    assert offered == [f"; {line}" for line in DISCLOSURE_TEMPLATE_LINES]
    # Run again (an editor reopened): the template is not added twice.
    assert main(["hook", "prepare-commit-msg", str(path)]) == EXIT_OK
    assert path.read_text() == text


@pytest.mark.parametrize("content", [
    "Subject\n\nGenerated-by: aider gpt-4o\n",  # a tool wrote a disclosure already
    b"Subject \xff\n",  # bytes we could not decode are never rewritten
])
def test_prepare_leaves_disclosed_or_undecodable_messages_alone(repo: Path, content: str | bytes) -> None:
    path = message_file(repo, content)
    before = path.read_bytes()
    assert main(["hook", "prepare-commit-msg", str(path)]) == EXIT_OK
    assert path.read_bytes() == before


def test_prepare_honours_the_source_and_the_cleanup_mode(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = message_file(repo, "Subject\n")
    assert main(["hook", "prepare-commit-msg", str(path), "message"]) == EXIT_OK
    monkeypatch.setenv("PRE_COMMIT_COMMIT_MSG_SOURCE", "merge")
    assert main(["hook", "prepare-commit-msg", str(path)]) == EXIT_OK
    assert path.read_text() == "Subject\n"
    monkeypatch.delenv("PRE_COMMIT_COMMIT_MSG_SOURCE")
    git(repo, "config", "commit.cleanup", "verbatim")
    assert main(["hook", "prepare-commit-msg", str(path)]) == EXIT_OK
    assert path.read_text() == "Subject\n"
    git(repo, "config", "--unset", "commit.cleanup")
    assert main(["hook", "prepare-commit-msg", str(path), "message", "-c", "template=message"]) == EXIT_OK
    assert TEMPLATE_MARKER in path.read_text()


# --------------------------------------------------------------------------- start-up

@pytest.mark.parametrize("evidence", ["off", "auto"])
@pytest.mark.parametrize("hook", ["commit-msg", "prepare-commit-msg"])
def test_the_hooks_load_no_classifier_and_nothing_they_do_not_use(repo: Path, hook: str, evidence: str) -> None:
    path = message_file(repo, "Add parser\n\nAI-Assisted: none\n")
    # Reading evidence needs the readers (json) and the index (sqlite3); without it, neither loads.
    unused = "set()"
    if evidence == "off":
        unused = "{'json', 'sqlite3'} | {m for m in loaded if m.startswith('provenance.evidence')}"
    script = (
        "import sys\n"
        "from provenance.cli import main\n"
        f"code = main(['hook', {hook!r}, {str(path)!r}])\n"
        "loaded = set(sys.modules)\n"
        "heavy = {m for m in loaded if m.split('.')[0] in ('sklearn', 'numpy', 'tree_sitter', 'cryptography')}\n"
        "heavy |= {m for m in loaded if m.startswith(('provenance.classifier', 'provenance.verify'))}\n"
        "heavy |= loaded & {'provenance.policy.hunk_scores', 'difflib', 'tomllib', 'hashlib', 'urllib.parse'}\n"
        f"heavy |= loaded & ({unused})\n"
        # Creating a frozen dataclass costs ~0.8 ms, and importing dataclasses pulls in inspect and
        # ast (~10 ms): the records on the hook path are NamedTuples (BENCHMARKS.md, the hook budget).
        "heavy |= loaded & {'dataclasses', 'inspect', 'click'}\n"
        # tempfile pulls in shutil and random (~10 ms); only verify's streamed git needs it.
        "heavy |= loaded & {'tempfile', 'shutil'}\n"
        "assert not heavy, sorted(heavy)\n"
        "sys.exit(code)\n"
    )
    env = clean_env(GIT_PROVENANCE_EVIDENCE=evidence)
    proc = subprocess.run([sys.executable, "-c", script], cwd=repo, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
