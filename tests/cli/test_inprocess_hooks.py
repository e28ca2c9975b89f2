"""The hooks in-process (``git-provenance hook ...`` through ``provenance.cli.main``), given the
message files real ``git commit`` writes, in real repositories."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.inprocess import Cli
from tests.gitutil import clean_env, commit_file, git

TEMPLATE = [
    "# git-provenance: declare AI involvement. Uncomment exactly one line (delete the leading '# '):",
    "",
    "# AI-Assisted: none",
    "# Assisted-by: TOOL:MODEL",
    "# Generated-by: TOOL MODEL",
    "# A commit without one is rejected. Assisted: you wrote or revised it; Generated: mostly AI.",
]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, repo: Path) -> Cli:
    runner = Cli(capsys, monkeypatch)
    monkeypatch.chdir(repo)
    return runner


def message_file(repo: Path, text: str | bytes) -> str:
    """Write ``text`` where git writes the message it hands to commit-msg; the path git passes."""
    path = repo / ".git" / "COMMIT_EDITMSG"
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return ".git/COMMIT_EDITMSG"


def message_git_writes(repo: Path, tmp_path: Path, *commit_args: str) -> str:
    """What ``git commit ARGS`` puts in the message file before the hooks and the editor see it.

    The commit is abandoned: the editor saves a copy of the file and fails.
    """
    (repo / "staged.txt").write_text(f"{len(list(repo.iterdir()))}\n")
    git(repo, "add", "staged.txt")
    copy = tmp_path / "as-git-wrote-it"
    editor = tmp_path / "copy-and-fail.py"
    editor.write_text(f"import shutil, sys\nshutil.copy(sys.argv[1], {str(copy)!r})\nsys.exit(1)\n")
    git(repo, "commit", *commit_args, env=clean_env(GIT_EDITOR=f"{sys.executable} {editor}"), check=False)
    return copy.read_text()


# --------------------------------------------------------------------------- commit-msg

def test_a_disclosed_message_is_accepted_silently_and_never_modified(cli: Cli, repo: Path) -> None:
    text = "Add parser\n\nAssisted-by: Claude:claude-3-opus\n# a comment git strips\n"
    path = message_file(repo, text)
    done = cli("hook", "commit-msg", path)
    assert (done.code, done.out, done.err) == (0, "", "")
    assert (repo / path).read_text() == text
    assert not (repo / ".git" / "PROVENANCE_REJECTED_MSG").exists()


def test_an_undisclosed_message_is_rejected_with_the_fix_and_a_kept_copy(cli: Cli, repo: Path) -> None:
    path = message_file(repo, "Add the frobnicator\n\nA body the user typed.\n\n# Please enter the commit message\n")
    done = cli("hook", "commit-msg", path)
    kept = repo / ".git" / "PROVENANCE_REJECTED_MSG"
    assert done.code == 1 and done.out == ""
    assert done.err.splitlines() == [
        "git-provenance: commit rejected: 1 error(s) in the commit message",
        "  error[missing-disclosure] no AI-involvement disclosure in the message trailers",
        "    add one of these lines as the last paragraph of the message (after a blank line):",
        "      AI-Assisted: none",
        "      Assisted-by: TOOL:MODEL",
        "      Generated-by: TOOL MODEL",
        "    (none: no AI was involved; Assisted-by: AI helped and you wrote or revised the code; "
        "Generated-by: AI wrote most of it)",
        f"Your message is kept in {kept}; edit and commit it with:",
        f"  git commit -e -F {kept}",
    ]
    assert kept.read_text() == "Add the frobnicator\n\nA body the user typed.\n"


def test_the_kept_copy_is_what_git_would_have_committed(cli: Cli, repo: Path, tmp_path: Path) -> None:
    written = message_git_writes(repo, tmp_path, "-v")  # with the diff below a scissors line
    typed = "Subject typed\n\nBody kept.\n" + written
    assert cli("hook", "commit-msg", message_file(repo, typed)).code == 1
    kept = repo / ".git" / "PROVENANCE_REJECTED_MSG"
    # What git commits from that editor session: comments stripped, everything below the scissors cut.
    session = tmp_path / "session"
    session.write_text(typed)
    git(repo, "commit", "-q", "--no-verify", "-v", "-e", "-F", str(session), env=clean_env(GIT_EDITOR="true"))
    committed = git(repo, "log", "-1", "--format=%B").stdout
    assert kept.read_text() == committed.rstrip("\n") + "\n" == "Subject typed\n\nBody kept.\n"


def test_warnings_alone_are_printed_and_the_commit_goes_ahead(cli: Cli, repo: Path) -> None:
    done = cli("hook", "commit-msg", message_file(repo, "Fix\n\nAI-Generated: yes\nAI-Assisted: none\n"))
    assert done.code == 0
    lines = done.err.splitlines()
    assert lines[0] == "git-provenance: commit message warnings"
    assert lines[1].startswith("  line 3: warning[unrecognised-ai-trailer] ")
    assert len(lines) == 2
    assert not (repo / ".git" / "PROVENANCE_REJECTED_MSG").exists()


def test_a_warning_raised_to_error_rejects(cli: Cli, repo: Path) -> None:
    path = message_file(repo, "Fix\n\nAI-Generated: yes\nAI-Assisted: none\n")
    done = cli("hook", "commit-msg", path, "-c", "severity=unrecognised-ai-trailer=error")
    assert done.code == 1
    assert done.err.splitlines()[0] == "git-provenance: commit rejected: 1 error(s) in the commit message"


def test_a_message_file_outside_a_git_dir_is_checked_but_not_copied(cli: Cli, repo: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "message.txt"
    elsewhere.write_text("No disclosure\n")
    done = cli("hook", "commit-msg", str(elsewhere))
    assert done.code == 1
    assert "Your message is kept" not in done.err


def test_only_comments_is_left_to_git_to_abort(cli: Cli, repo: Path) -> None:
    done = cli("hook", "commit-msg", message_file(repo, "\n# Please enter the commit message\n#\n"))
    assert (done.code, done.err) == (0, "")


@pytest.mark.parametrize(("make", "expected"), [
    (lambda tmp: str(tmp / "missing"), "no such message file; git passes the message file as the first argument"),
    (lambda tmp: str(tmp), "is a directory, not a commit message file"),
])
def test_an_unusable_message_file_is_one_line(cli: Cli, tmp_path: Path, make: Callable[[Path], str],
                                              expected: str) -> None:
    path = make(tmp_path)
    line = cli("hook", "commit-msg", path).one_line_error(2)
    assert line == f"git-provenance: error: {path}: {expected}"


def test_a_merge_in_progress_is_exempt_unless_configured(cli: Cli, repo: Path) -> None:
    commit_file(repo, "Base\n\nAI-Assisted: none\n", name="base.txt")
    git(repo, "checkout", "-q", "-b", "side")
    commit_file(repo, "Side\n\nAI-Assisted: none\n", name="side.txt")
    git(repo, "checkout", "-q", "main")
    commit_file(repo, "Main\n\nAI-Assisted: none\n", name="main.txt")
    git(repo, "merge", "-q", "--no-ff", "--no-commit", "side")
    assert (repo / ".git" / "MERGE_HEAD").is_file()
    path = message_file(repo, "Merge branch 'side'\n")
    assert cli("hook", "commit-msg", path).code == 0
    done = cli("hook", "commit-msg", path, "-c", "merge-commits=check")
    assert done.code == 1 and "error[missing-disclosure]" in done.err


def test_the_author_git_exports_to_the_hook_decides_exemption(cli: Cli, repo: Path) -> None:
    path = message_file(repo, "Bump deps\n")
    cli.setenv("GIT_AUTHOR_NAME", "renovate[bot]")
    assert cli("hook", "commit-msg", path).code == 0
    # An exempt pattern matches the whole name, not a part of it.
    cli.setenv("GIT_AUTHOR_NAME", "Ann Talbot")
    assert cli("hook", "commit-msg", path, "-c", "exempt-authors=bot").code == 1
    assert cli("hook", "commit-msg", path, "-c", "exempt-authors=ann*").code == 0


def test_an_ai_sign_off_is_rejected(cli: Cli, repo: Path) -> None:
    signed = "Add\n\nAssisted-by: Claude:claude-3-opus\nSigned-off-by: Claude <noreply@anthropic.com>\n"
    path = message_file(repo, signed)
    done = cli("hook", "commit-msg", path)
    assert done.code == 1
    assert done.err.splitlines()[1].startswith("  line 4: error[ai-signoff] ")


def test_the_configured_comment_character_hides_its_lines(cli: Cli, repo: Path) -> None:
    git(repo, "config", "core.commentChar", ";")
    path = message_file(repo, "Subject\n\n; AI-Assisted: none\n")
    assert cli("hook", "commit-msg", path).code == 1  # a comment is not a disclosure
    path = message_file(repo, "Subject\n\nAI-Assisted: none\n; Please enter the commit message\n")
    assert cli("hook", "commit-msg", path).code == 0


def test_undecodable_bytes_are_a_warning_not_a_crash(cli: Cli, repo: Path) -> None:
    done = cli("hook", "commit-msg", message_file(repo, "Caf\xe9 fix\n\nAI-Assisted: none\n".encode("latin-1")))
    assert done.code == 0
    assert done.err.splitlines()[0] == "git-provenance: commit message warnings"
    assert "warning[message-encoding]" in done.err


def test_configuration_for_the_hook_comes_from_the_repository_or_config(cli: Cli, repo: Path, tmp_path: Path) -> None:
    path = message_file(repo, "No disclosure\n")
    (repo / ".git-provenance.toml").write_text('[severity]\nmissing-disclosure = "warning"\n')
    assert cli("hook", "commit-msg", path).code == 0
    elsewhere = tmp_path / "strict.toml"
    elsewhere.write_text('[severity]\nmissing-disclosure = "error"\n')
    assert cli("hook", "commit-msg", path, "--config", str(elsewhere)).code == 1
    (repo / ".git-provenance.toml").write_text('severity = "loud"\n')
    line = cli("hook", "commit-msg", path).one_line_error(3)
    assert line == (f"git-provenance: error: {repo / '.git-provenance.toml'}: severity: "
                    "expected RULE=LEVEL, got 'loud'")


# --------------------------------------------------------------------------- prepare-commit-msg

def test_an_editor_commit_gets_the_template_above_gits_comments(cli: Cli, repo: Path, tmp_path: Path) -> None:
    written = message_git_writes(repo, tmp_path)
    path = message_file(repo, written)
    done = cli("hook", "prepare-commit-msg", path)
    assert (done.code, done.out, done.err) == (0, "", "")
    # git's file starts with an empty line, kept free for the subject.
    assert written.startswith("\n# Please enter the commit message")
    assert (repo / path).read_text() == "\n\n" + "\n".join(TEMPLATE) + "\n" + written[1:]
    # A subject typed but no line chosen: the template is a comment, so commit-msg rejects.
    with_subject = "Subject\n" + (repo / path).read_text()
    (repo / path).write_text(with_subject)
    assert cli("hook", "commit-msg", path).code == 1
    # Uncommenting one line is the whole job.
    (repo / path).write_text(with_subject.replace("# AI-Assisted: none", "AI-Assisted: none"))
    assert cli("hook", "commit-msg", path).code == 0
    git(repo, "commit", "-q", "--no-verify", "--cleanup=strip", "-F", path)
    assert git(repo, "log", "-1", "--format=%B").stdout == "Subject\n\nAI-Assisted: none\n\n"


def test_the_template_is_added_once(cli: Cli, repo: Path, tmp_path: Path) -> None:
    path = message_file(repo, message_git_writes(repo, tmp_path))
    cli("hook", "prepare-commit-msg", path)
    once = (repo / path).read_text()
    assert cli("hook", "prepare-commit-msg", path).code == 0
    assert (repo / path).read_text() == once


def test_a_verbose_commit_gets_the_template_above_the_scissors(cli: Cli, repo: Path, tmp_path: Path) -> None:
    written = message_git_writes(repo, tmp_path, "-v")
    path = message_file(repo, written)
    assert cli("hook", "prepare-commit-msg", path).code == 0
    text = (repo / path).read_text()
    assert text.index(TEMPLATE[0]) < text.index("# ------------------------ >8 ------------------------")
    assert text.endswith(written[written.index("# ------------------------ >8"):])


@pytest.mark.parametrize("source", ["message", "merge", "squash", "commit"])
def test_messages_from_other_sources_are_left_alone(cli: Cli, repo: Path, source: str) -> None:
    path = message_file(repo, "Subject from -m\n")
    assert cli("hook", "prepare-commit-msg", path, source, *(["HEAD"] if source == "commit" else [])).code == 0
    assert (repo / path).read_text() == "Subject from -m\n"


def test_the_configuration_names_the_sources_that_get_the_template(cli: Cli, repo: Path) -> None:
    path = message_file(repo, "Subject from -m\n")
    assert cli("hook", "prepare-commit-msg", path, "message", "-c", "template=message").code == 0
    assert (repo / path).read_text() == "Subject from -m\n\n" + "\n".join(TEMPLATE) + "\n"
    path = message_file(repo, "\n# Please enter the commit message\n")
    assert cli("hook", "prepare-commit-msg", path, "-c", "template=message").code == 0
    assert (repo / path).read_text() == "\n# Please enter the commit message\n"  # editor not named: untouched


def test_the_pre_commit_framework_passes_the_source_in_a_variable(cli: Cli, repo: Path) -> None:
    path = message_file(repo, "Subject from -m\n")
    cli.setenv("PRE_COMMIT_COMMIT_MSG_SOURCE", "message")
    assert cli("hook", "prepare-commit-msg", path).code == 0
    assert (repo / path).read_text() == "Subject from -m\n"
    cli.setenv("PRE_COMMIT_COMMIT_MSG_SOURCE", "template")
    assert cli("hook", "prepare-commit-msg", path).code == 0
    assert TEMPLATE[0] in (repo / path).read_text()


@pytest.mark.parametrize("text", [
    "Subject\n\nAI-Assisted: none\n# Please enter the commit message\n",  # already disclosed
    "Caf\xe9\n# Please enter the commit message\n",  # bytes we could not decode are never rewritten
])
def test_messages_that_need_no_template_are_not_rewritten(cli: Cli, repo: Path, text: str) -> None:
    data = text.encode("latin-1")
    path = message_file(repo, data)
    assert cli("hook", "prepare-commit-msg", path).code == 0
    assert (repo / path).read_bytes() == data


@pytest.mark.parametrize("cleanup", ["verbatim", "whitespace", "scissors"])
def test_no_template_when_git_would_keep_comment_lines(cli: Cli, repo: Path, cleanup: str) -> None:
    git(repo, "config", "commit.cleanup", cleanup)
    path = message_file(repo, "\n# Please enter the commit message\n")
    assert cli("hook", "prepare-commit-msg", path).code == 0
    assert (repo / path).read_text() == "\n# Please enter the commit message\n"


def test_the_template_uses_the_comment_character_and_line_endings(cli: Cli, repo: Path) -> None:
    git(repo, "config", "core.commentChar", ";")
    path = message_file(repo, "Subject\r\n\r\n; Please enter the commit message\r\n")
    assert cli("hook", "prepare-commit-msg", path).code == 0
    text = (repo / path).read_bytes().decode()
    assert "\r\n; AI-Assisted: none\r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    assert text.startswith("Subject\r\n\r\n\r\n; git-provenance: declare AI involvement.")


def test_prepare_hook_with_a_missing_file_is_one_line(cli: Cli, repo: Path, tmp_path: Path) -> None:
    line = cli("hook", "prepare-commit-msg", str(tmp_path / "gone")).one_line_error(2)
    assert line == (f"git-provenance: error: {tmp_path / 'gone'}: no such message file; "
                    "git passes the message file as the first argument")


def test_comment_character_auto_follows_the_one_git_chose(cli: Cli, repo: Path, tmp_path: Path) -> None:
    git(repo, "config", "core.commentChar", "auto")
    written = message_git_writes(repo, tmp_path, "-e", "-m", "#42 Fix crash")
    assert "\n; Please enter the commit message" in written  # '#' starts the subject, so git took ';'
    path = message_file(repo, written)
    assert cli("hook", "prepare-commit-msg", path, "message", "-c", "template=message").code == 0
    text = (repo / path).read_text()
    assert "\n; AI-Assisted: none\n" in text and "\n# AI-Assisted: none\n" not in text
    assert cli("hook", "commit-msg", path).code == 1
    (repo / path).write_text(text.replace("; AI-Assisted: none", "AI-Assisted: none"))
    assert cli("hook", "commit-msg", path).code == 0
