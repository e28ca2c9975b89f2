"""The hooks holding a commit against the AI tools' records on this machine: real git, the
installed hooks, HOME pointed at a temporary folder of records in the tools' own formats."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.evidence.helpers import claude_session, codex_session
from tests.gitutil import git, init_repo
from tests.hooks.developer_home import home_env

CODE = ("def settle(invoice, payments):\n    remaining = invoice.total - sum(payments)\n"
        "    if remaining < 0:\n        raise OverpaidError(invoice.number)\n    return remaining\n")
NOW = datetime.now(timezone.utc)
STAMP = NOW.strftime("%Y-%m-%dT%H:%M:%S.000Z")


@pytest.fixture
def staged(tmp_path: Path, home: Path) -> Path:
    """A repository with the hooks installed, one commit, and billing.py staged."""
    repo = init_repo(tmp_path / "app")
    (repo / "README").write_text("app\n")
    git(repo, "add", "README")
    git(repo, "commit", "-q", "-m", "Start\n\nAI-Assisted: none", env=home_env(home))
    installed = subprocess.run([sys.executable, "-m", "provenance", "install"], cwd=repo, env=home_env(home),
                               capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    (repo / "billing.py").write_text(CODE)
    git(repo, "add", "billing.py")
    return repo


def _commit(repo: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "commit", "-q", *args], cwd=repo, env=home_env(home, **env),
                          capture_output=True, text=True)


def _subject_only_editor(tmp_path: Path) -> str:
    """GIT_EDITOR that types a subject on the empty first line and keeps the rest as it is."""
    program = tmp_path / "editor.py"
    program.write_text("import sys\npath = sys.argv[1]\ntext = open(path).read()\n"
                       "open(path, 'w').write('Add settlement' + text)\n")
    return f"{sys.executable} {program}"


def _head_message(repo: Path) -> str:
    return git(repo, "log", "-1", "--format=%B").stdout


def _commits(repo: Path) -> int:
    return int(git(repo, "rev-list", "--count", "HEAD").stdout)


def _aider_history(repo: Path) -> None:
    local = datetime.now().strftime("%Y-%m-%d %H:%M:%S")  # aider writes local time, no zone
    body = "".join(f"{line}\n" for line in CODE.splitlines())
    (repo / ".aider.chat.history.md").write_text(
        f"\n# aider chat started at {local}\n\n> Aider v0.86.1\n"
        "> Main model: anthropic/claude-sonnet-4-20250514 with diff edit format\n\n#### add settlement\n\n"
        f"billing.py\n```python\n<<<<<<< SEARCH\n=======\n{body}>>>>>>> REPLACE\n```\n\n> Applied edit to billing.py\n")


def _codex_patch() -> str:
    added = "".join(f"+{line}\n" for line in CODE.splitlines())
    return f"*** Begin Patch\n*** Add File: billing.py\n{added}*** End Patch"


WRITERS = {
    "claude-code": (lambda repo, home: claude_session(home, repo, "c1a2-session", STAMP, repo / "billing.py", CODE),
                    "c1a2-session", "Assisted-by: Claude:claude-sonnet-4-5"),
    "codex": (lambda repo, home: codex_session(home, repo, "019ad000-e2e0-7bbb-8ccc-000000000042", STAMP,
                                               _codex_patch()),
              "019ad000-e2e0-7bbb-8ccc-000000000042", "Assisted-by: Codex:gpt-5-codex"),
    "aider": (lambda repo, home: _aider_history(repo), None, "Assisted-by: aider:claude-sonnet-4"),
}


@pytest.mark.parametrize("tool", list(WRITERS))
def test_declaring_no_ai_fails_when_a_tool_wrote_the_staged_lines(staged: Path, home: Path, tool: str) -> None:
    write, session, _ = WRITERS[tool]
    write(staged, home)
    result = _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none")
    assert result.returncode == 1, result.stderr
    assert "undisclosed-evidence" in result.stderr and "billing.py" in result.stderr
    if session is not None:
        assert session in result.stderr
    assert _commits(staged) == 1
    assert "Add settlement" in (staged / ".git" / "PROVENANCE_REJECTED_MSG").read_text()  # nothing is lost


@pytest.mark.parametrize("tool", list(WRITERS))
def test_the_prefilled_template_names_the_tool_and_passes(staged: Path, home: Path, tmp_path: Path,
                                                          tool: str) -> None:
    write, _, expected = WRITERS[tool]
    write(staged, home)
    result = _commit(staged, home, GIT_EDITOR=_subject_only_editor(tmp_path))
    assert result.returncode == 0, result.stderr
    message = _head_message(staged)
    assert message.startswith("Add settlement\n\n")
    assert expected in message.splitlines()
    assert "AI-Assisted: none" not in message and "#" not in message


def test_the_template_stays_commented_without_evidence(staged: Path, home: Path, tmp_path: Path) -> None:
    result = _commit(staged, home, GIT_EDITOR=_subject_only_editor(tmp_path))
    assert result.returncode == 1  # nothing chosen: the developer must declare
    assert "missing-disclosure" in result.stderr and "undisclosed-evidence" not in result.stderr


def test_a_session_in_another_repository_changes_nothing(staged: Path, home: Path, tmp_path: Path) -> None:
    other = init_repo(tmp_path / "other")
    claude_session(home, other, "elsewhere", STAMP, other / "billing.py", CODE)
    result = _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_a_session_here_that_edited_other_files_changes_nothing(staged: Path, home: Path) -> None:
    claude_session(home, staged, "other-files", STAMP, staged / "ledger.py", CODE)
    result = _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_a_session_that_touched_the_file_with_too_few_lines_warns(staged: Path, home: Path) -> None:
    claude_session(home, staged, "touched", STAMP, staged / "billing.py", "    return remaining\n")
    result = _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none")
    assert result.returncode == 0, result.stderr
    assert "warning[evidence-touched-files]" in result.stderr and "touched" in result.stderr


def _ollama_log(home: Path) -> None:
    folder = home / ".ollama" / "logs"
    folder.mkdir(parents=True)
    local = datetime.now().strftime("%Y/%m/%d - %H:%M:%S")  # gin logs local time, no zone
    (folder / "server.log").write_text(f'[GIN] {local} | 200 |  3.2s |       127.0.0.1 | POST     "/api/chat"\n')


def test_local_inference_without_a_file_link_does_not_block_by_default(staged: Path, home: Path) -> None:
    _ollama_log(home)
    result = _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_local_inference_blocks_where_the_policy_turns_its_rule_on(staged: Path, home: Path) -> None:
    _ollama_log(home)
    result = _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none",
                     GIT_PROVENANCE_SEVERITY="local-inference-activity=error")
    assert result.returncode == 1
    assert "error[local-inference-activity] Ollama ran" in result.stderr


def test_a_disclosure_naming_another_tool_gets_a_notice(staged: Path, home: Path) -> None:
    WRITERS["claude-code"][0](staged, home)
    result = _commit(staged, home, "-m", "Add settlement\n\nAssisted-by: Copilot:gpt-4.1")
    assert result.returncode == 0, result.stderr
    assert "notice[evidence-tools-differ] Claude Code wrote 5 of the added lines" in result.stderr


def test_an_unreadable_record_never_blocks_and_is_said_in_one_line(staged: Path, home: Path) -> None:
    transcript = claude_session(home, staged, "c1a2-session", STAMP, staged / "other.py", CODE)
    with transcript.open("ab") as handle:
        handle.write(b'{"type": "assistant", "message": {"content": [\n')  # a tool still writing
    broken = transcript.parent / "broken.jsonl"
    broken.write_bytes(b"\xff\xfe not json\n")
    result = _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none")
    assert result.returncode == 0, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("git-provenance: evidence: ") and "git provenance evidence sources" in line


def _settings(home: Path, text: str) -> None:
    folder = home / ".config" / "git-provenance"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "evidence.toml").write_text(text)


def test_a_repository_requiring_evidence_rejects_a_commit_whose_evidence_was_not_read(staged: Path,
                                                                                      home: Path) -> None:
    (staged / ".git-provenance.toml").write_text('evidence = "required"\n')
    _settings(home, "enabled = false\n")
    result = _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none")
    assert result.returncode == 1
    assert "error[evidence-unchecked]" in result.stderr and "turned off" in result.stderr
    _settings(home, "enabled = true\n")
    assert _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none").returncode == 0


def test_invalid_user_settings_do_not_block_and_say_why(staged: Path, home: Path) -> None:
    _settings(home, "windw = '2h'\n")
    result = _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none")
    assert result.returncode == 0, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("git-provenance: evidence not checked: your evidence settings are invalid: ")
    assert "evidence.toml" in line and "windw" in line


def test_the_repository_can_turn_evidence_off(staged: Path, home: Path) -> None:
    WRITERS["claude-code"][0](staged, home)
    (staged / ".git-provenance.toml").write_text('evidence = "off"\n')
    assert _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none").returncode == 0


def test_a_repository_config_cannot_name_paths_to_read(staged: Path, home: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "planted"
    claude_session(elsewhere, staged, "planted", STAMP, staged / "billing.py", CODE)
    (staged / ".git-provenance.toml").write_text(f'[sources.claude-code]\npaths = ["{elsewhere}"]\n')
    result = _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none")
    # An unknown key of the repository's configuration (git reports any hook failure as 1), not a path read.
    assert result.returncode == 1 and "sources: unknown key" in result.stderr
    assert "undisclosed-evidence" not in result.stderr and "planted" not in result.stderr


def test_amending_an_ai_commit_holds_the_whole_commit_against_the_evidence(staged: Path, home: Path,
                                                                            tmp_path: Path) -> None:
    WRITERS["claude-code"][0](staged, home)
    assert _commit(staged, home, "-m", "Add settlement\n\nAssisted-by: Claude:claude-sonnet-4-5").returncode == 0
    (staged / "README").write_text("app, with settlement\n")
    git(staged, "add", "README")
    program = tmp_path / "deny.py"  # the developer rewrites the disclosure while amending
    program.write_text("import sys\npath = sys.argv[1]\ntext = open(path).read()\nopen(path, 'w').write("
                       "text.replace('Assisted-by: Claude:claude-sonnet-4-5', 'AI-Assisted: none'))\n")
    result = _commit(staged, home, "--amend", GIT_EDITOR=f"{sys.executable} {program}")
    assert result.returncode == 1
    assert "undisclosed-evidence" in result.stderr and "c1a2-session" in result.stderr
    assert "git commit --amend" in result.stderr  # the recovery command amends too


def test_verify_evidence_holds_local_commits_whose_hooks_were_skipped(staged: Path, home: Path) -> None:
    WRITERS["codex"][0](staged, home)
    assert _commit(staged, home, "--no-verify", "-m", "Add settlement\n\nAI-Assisted: none").returncode == 0
    plain = subprocess.run([sys.executable, "-m", "provenance", "verify", "--last", "1"], cwd=staged,
                           env=home_env(home), capture_output=True, text=True)
    assert plain.returncode == 0, plain.stdout  # without --evidence only the message is checked
    checked = subprocess.run([sys.executable, "-m", "provenance", "verify", "--last", "1", "--evidence"],
                             cwd=staged, env=home_env(home), capture_output=True, text=True)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "undisclosed-evidence" in checked.stdout and "019ad000-e2e0-7bbb-8ccc-000000000042" in checked.stdout


def _editor(tmp_path: Path, script: str) -> str:
    program = tmp_path / "editor-script.py"
    program.write_text("import os, shutil, subprocess, sys\npath = sys.argv[1]\n" + script)
    return f"{sys.executable} {program}"


def test_commit_msg_takes_over_what_prepare_commit_msg_read(staged: Path, home: Path, tmp_path: Path) -> None:
    WRITERS["claude-code"][0](staged, home)
    # While the editor is open the records vanish: commit-msg still judges by what was read for
    # this commit (and the developer replaced the pre-filled line with a false statement).
    editor = _editor(tmp_path, f"shutil.rmtree({str(home / '.claude')!r})\n"
                               "open(path, 'w').write('Add settlement\\n\\nAI-Assisted: none\\n')\n")
    result = _commit(staged, home, GIT_EDITOR=editor)
    assert result.returncode == 1
    assert "undisclosed-evidence" in result.stderr and "c1a2-session" in result.stderr
    assert not (staged / ".git" / "PROVENANCE_EVIDENCE").exists()  # taken once


def test_a_change_to_the_index_while_editing_reads_the_records_again(staged: Path, home: Path,
                                                                     tmp_path: Path) -> None:
    WRITERS["claude-code"][0](staged, home)
    editor = _editor(tmp_path, f"shutil.rmtree({str(home / '.claude')!r})\n"
                               "open('other.txt', 'w').write('x\\n')\n"
                               "subprocess.run(['git', 'add', 'other.txt'], check=True)\n"
                               "open(path, 'w').write('Add settlement\\n\\nAI-Assisted: none\\n')\n")
    result = _commit(staged, home, GIT_EDITOR=editor)
    assert "undisclosed-evidence" not in result.stderr  # read again: the records are gone
    assert not (staged / ".git" / "PROVENANCE_EVIDENCE").exists()


def test_a_damaged_hand_over_is_ignored_and_removed(staged: Path, home: Path) -> None:
    WRITERS["claude-code"][0](staged, home)
    (staged / ".git" / "PROVENANCE_EVIDENCE").write_text('{"version": 1, "key": null, "written": "soon"')
    result = _commit(staged, home, "-m", "Add settlement\n\nAI-Assisted: none")
    assert result.returncode == 1 and "undisclosed-evidence" in result.stderr
    assert not (staged / ".git" / "PROVENANCE_EVIDENCE").exists()
