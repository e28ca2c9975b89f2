"""The hooks, installed for real and exercised by real ``git commit``."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.hooks.prepare_commit_msg import TEMPLATE_MARKER
from tests.gitutil import clean_env, git, init_repo
from tests.paths import PROJECT_ROOT

PROJECT_ROOT = PROJECT_ROOT


def provenance(repo: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provenance", *args], cwd=repo, env=env or clean_env(),
                          capture_output=True, text=True)


def commit(repo: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    (repo / "file.txt").write_text((repo / "file.txt").read_text() + "x\n" if (repo / "file.txt").exists() else "x\n")
    git(repo, "add", "file.txt")
    return subprocess.run(["git", "commit", "-q", *args], cwd=repo, env=env or clean_env(),
                          capture_output=True, text=True)


def head_message(repo: Path) -> str:
    """The exact message stored in HEAD's commit object."""
    raw = git(repo, "cat-file", "commit", "HEAD").stdout
    return raw.split("\n\n", 1)[1]


def commit_count(repo: Path) -> int:
    proc = git(repo, "rev-list", "--count", "HEAD", check=False)
    return int(proc.stdout.strip()) if proc.returncode == 0 else 0


@pytest.fixture
def hooked(repo: Path) -> Path:
    result = provenance(repo, "install")
    assert result.returncode == 0, result.stderr
    return repo


def editor(tmp_path: Path, script: str) -> dict[str, str]:
    """An editor for GIT_EDITOR: a Python snippet run on the message file (its path is ``path``)."""
    program = tmp_path / "editor.py"
    program.write_text("import sys\npath = sys.argv[1]\ntext = open(path).read()\n" + script
                       + "\nopen(path, 'w').write(text)\n")
    return clean_env(GIT_EDITOR=f"{sys.executable} {program}")


def test_commit_without_disclosure_is_rejected_and_message_kept(hooked: Path) -> None:
    result = commit(hooked, "-m", "Add the frobnicator\n\nA long body the user typed.")
    assert result.returncode != 0
    assert "missing-disclosure" in result.stderr
    assert "AI-Assisted: none" in result.stderr
    assert commit_count(hooked) == 0
    kept = hooked / ".git" / "PROVENANCE_REJECTED_MSG"
    assert "A long body the user typed." in kept.read_text()
    assert f"git commit -e -F {kept}" in result.stderr


def test_commit_with_disclosure_is_accepted_verbatim(hooked: Path) -> None:
    message = "Add the frobnicator\n\nAssisted-by: Claude:claude-3-opus coccinelle\n"
    result = commit(hooked, "-m", message)
    assert result.returncode == 0, result.stderr
    assert head_message(hooked) == message


def test_malformed_disclosure_names_the_line(hooked: Path) -> None:
    result = commit(hooked, "-m", "Subject\n\nbody\n\nAI-Assisted: maybe")
    assert result.returncode != 0
    assert "line 5: error[malformed-disclosure]" in result.stderr


def test_commit_msg_hook_never_modifies_the_file(hooked: Path, tmp_path: Path) -> None:
    message_file = tmp_path / "MSG"
    for content in (b"no disclosure\n", b"Subject\n\nAI-Assisted: none\n", b"bad \xff bytes\n\nAI-Assisted: none\r\n"):
        message_file.write_bytes(content)
        before = hashlib.sha256(message_file.read_bytes()).hexdigest()
        provenance(hooked, "hook", "commit-msg", str(message_file))
        assert hashlib.sha256(message_file.read_bytes()).hexdigest() == before


def test_missing_message_file_is_a_one_line_usage_error(hooked: Path) -> None:
    result = provenance(hooked, "hook", "commit-msg", "does-not-exist")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "does-not-exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_editor_commit_gets_template_that_must_be_confirmed(hooked: Path, tmp_path: Path) -> None:
    # Saving without choosing a line: the template is comments only, so the commit is rejected.
    untouched = editor(tmp_path, "text = 'Subject typed\\n' + text")
    result = commit(hooked, env=untouched)
    assert result.returncode != 0 and "missing-disclosure" in result.stderr
    assert TEMPLATE_MARKER in (hooked / ".git" / "COMMIT_EDITMSG").read_text()

    chosen = editor(tmp_path, "text = 'Subject typed\\n' + text.replace('# AI-Assisted: none', 'AI-Assisted: none')")
    result = commit(hooked, env=chosen)
    assert result.returncode == 0, result.stderr
    assert head_message(hooked) == "Subject typed\n\nAI-Assisted: none\n"


def test_template_choice_after_a_body_still_lands_in_the_trailer_block(hooked: Path, tmp_path: Path) -> None:
    script = ("text = 'Subject\\n\\nBody line one.\\nBody line two.' + text.replace("
              "'# Generated-by: TOOL MODEL', 'Generated-by: aider gpt-4o')")
    result = commit(hooked, env=editor(tmp_path, script))
    assert result.returncode == 0, result.stderr
    assert head_message(hooked).endswith("Body line two.\n\nGenerated-by: aider gpt-4o\n")


def test_message_from_dash_m_is_left_alone_by_prepare_hook(hooked: Path) -> None:
    result = commit(hooked, "-m", "Subject\n\nAI-Assisted: none")
    assert result.returncode == 0
    assert TEMPLATE_MARKER not in head_message(hooked)


def test_amend_keeps_the_existing_message(hooked: Path, tmp_path: Path) -> None:
    assert commit(hooked, "-m", "Subject\n\nGenerated-by: codex gpt-5-codex").returncode == 0
    result = subprocess.run(["git", "commit", "-q", "--amend"], cwd=hooked, env=clean_env(GIT_EDITOR="true"),
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert head_message(hooked) == "Subject\n\nGenerated-by: codex gpt-5-codex\n"


def test_merge_commit_is_exempt_by_default_and_checked_when_configured(hooked: Path) -> None:
    assert commit(hooked, "-m", "base\n\nAI-Assisted: none").returncode == 0
    git(hooked, "checkout", "-q", "-b", "topic")
    assert commit(hooked, "-m", "topic work\n\nAI-Assisted: none").returncode == 0
    git(hooked, "checkout", "-q", "main")
    (hooked / "other.txt").write_text("other\n")
    git(hooked, "add", "other.txt")
    assert commit(hooked, "-m", "main work\n\nAI-Assisted: none").returncode == 0
    merged = subprocess.run(["git", "merge", "--no-ff", "-q", "-m", "Merge topic", "topic"], cwd=hooked,
                            env=clean_env(), capture_output=True, text=True)
    assert merged.returncode == 0, merged.stderr

    git(hooked, "reset", "-q", "--hard", "HEAD~1")
    strict = clean_env(GIT_PROVENANCE_MERGE_COMMITS="check")
    merged = subprocess.run(["git", "merge", "--no-ff", "-q", "-m", "Merge topic", "topic"], cwd=hooked,
                            env=strict, capture_output=True, text=True)
    assert merged.returncode != 0
    assert "missing-disclosure" in merged.stderr


def test_install_chains_an_existing_hook_and_uninstall_restores_it(repo: Path) -> None:
    hooks = repo / ".git" / "hooks"
    hooks.mkdir(exist_ok=True)
    original = "#!/bin/sh\necho legacy-ran >> \"$(git rev-parse --git-dir)/legacy.log\"\n"
    (hooks / "commit-msg").write_text(original)
    (hooks / "commit-msg").chmod(0o755)

    result = provenance(repo, "install")
    assert result.returncode == 0, result.stderr
    assert (hooks / "commit-msg.pre-provenance").read_text() == original

    assert commit(repo, "-m", "no disclosure").returncode != 0
    assert commit(repo, "-m", "ok\n\nAI-Assisted: none").returncode == 0
    assert (repo / ".git" / "legacy.log").read_text().count("legacy-ran") == 2

    result = provenance(repo, "uninstall")
    assert result.returncode == 0, result.stderr
    assert (hooks / "commit-msg").read_text() == original
    assert not (hooks / "commit-msg.pre-provenance").exists()
    assert not (hooks / "prepare-commit-msg").exists()


def test_failing_legacy_hook_still_blocks_the_commit(repo: Path) -> None:
    hooks = repo / ".git" / "hooks"
    hooks.mkdir(exist_ok=True)
    (hooks / "commit-msg").write_text("#!/bin/sh\necho legacy says no >&2\nexit 3\n")
    (hooks / "commit-msg").chmod(0o755)
    assert provenance(repo, "install").returncode == 0
    result = commit(repo, "-m", "fine\n\nAI-Assisted: none")
    assert result.returncode != 0
    assert "legacy says no" in result.stderr


def test_install_honours_core_hooks_path(repo: Path) -> None:
    git(repo, "config", "core.hooksPath", ".githooks")
    assert provenance(repo, "install").returncode == 0
    assert (repo / ".githooks" / "commit-msg").is_file()
    assert not (repo / ".git" / "hooks" / "commit-msg").exists()
    assert commit(repo, "-m", "no disclosure").returncode != 0
    assert commit(repo, "-m", "ok\n\nAssisted-by: Cursor").returncode == 0


def test_install_into_an_unusable_hooks_folder_is_one_line_naming_it(repo: Path) -> None:
    (repo / "not-a-folder").write_text("a file where the hooks folder should be\n")
    git(repo, "config", "core.hooksPath", "not-a-folder")
    result = provenance(repo, "install")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert f"cannot write hooks in {repo / 'not-a-folder'}" in result.stderr
    assert "Traceback" not in result.stderr


def test_reinstall_is_idempotent(hooked: Path) -> None:
    result = provenance(hooked, "install")
    assert result.returncode == 0
    assert not (hooked / ".git" / "hooks" / "commit-msg.pre-provenance").exists()


def test_installed_hook_reports_when_tool_is_missing(hooked: Path) -> None:
    script = hooked / ".git" / "hooks" / "commit-msg"
    # Point the recorded interpreter elsewhere by the script's own line, not by our sys.executable:
    # started as tests/../.venv/bin/python, this process keeps the ".." in sys.executable while
    # the `install` subprocess reports (and records) the normalised path, so a text replace of
    # sys.executable would silently change nothing.
    broken, replaced = re.subn(r"^INSTALL_PYTHON='[^']*'$", "INSTALL_PYTHON='/nonexistent/python'",
                               script.read_text(), flags=re.MULTILINE)
    assert replaced == 1, "the installed hook no longer records INSTALL_PYTHON on a line of its own"
    script.write_text(broken)
    env = clean_env(PATH="/usr/bin:/bin")
    result = commit(hooked, "-m", "x\n\nAI-Assisted: none", env=env)
    assert result.returncode != 0
    assert "cannot find git-provenance" in result.stderr


def test_custom_comment_char_is_honoured(hooked: Path, tmp_path: Path) -> None:
    git(hooked, "config", "core.commentChar", ";")
    script = "text = 'Subject\\n' + text.replace('; AI-Assisted: none', 'AI-Assisted: none')"
    result = commit(hooked, env=editor(tmp_path, script))
    assert result.returncode == 0, result.stderr
    assert head_message(hooked) == "Subject\n\nAI-Assisted: none\n"


@pytest.mark.skipif(shutil.which("pre-commit") is None and not (Path(sys.executable).parent / "pre-commit").exists(),
                    reason="pre-commit is not installed")
def test_through_the_real_pre_commit_framework(tmp_path: Path) -> None:
    """A consumer repository uses this project's .pre-commit-hooks.yaml through pre-commit itself."""
    # pre-commit clones hook repositories at a rev: make one from the working tree as it is now.
    hook_repo = init_repo(tmp_path / "hook-repo")
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(PROJECT_ROOT / name, hook_repo / name)
    for folder in ("provenance", "hooks"):
        shutil.copytree(PROJECT_ROOT / folder, hook_repo / folder,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    git(hook_repo, "add", "-A")
    git(hook_repo, "commit", "-q", "--no-verify", "-m", "snapshot")
    rev = git(hook_repo, "rev-parse", "HEAD").stdout.strip()

    consumer = init_repo(tmp_path / "consumer")
    (consumer / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo.as_uri()}\n    rev: {rev}\n    hooks:\n"
        "      - id: provenance-commit-msg\n      - id: provenance-prepare-commit-msg\n"
        "      - id: provenance-verify\n"
    )
    pre_commit = str(Path(sys.executable).parent / "pre-commit")
    if not os.path.exists(pre_commit):
        pre_commit = shutil.which("pre-commit") or "pre-commit"
    env = clean_env(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-cache"))
    installed = subprocess.run([pre_commit, "install", "--hook-type", "commit-msg",
                                "--hook-type", "prepare-commit-msg"], cwd=consumer, env=env,
                               capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    git(consumer, "add", ".pre-commit-config.yaml")

    rejected = commit(consumer, "-m", "Add config", env=env)
    assert rejected.returncode != 0, rejected.stdout + rejected.stderr
    assert "missing-disclosure" in rejected.stdout + rejected.stderr

    accepted = commit(consumer, "-m", "Add config\n\nCo-authored-by: Codex <codex@openai.com>", env=env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert head_message(consumer) == "Add config\n\nCo-authored-by: Codex <codex@openai.com>\n"

    # pre-commit passes on GIT_EDITOR=: (no editor, so git keeps '#' lines as text) ...
    hashed = commit(consumer, "-m", "#42 fix login redirect", env=env)
    assert hashed.returncode != 0 and "missing-disclosure" in hashed.stdout + hashed.stderr
    # ... and the commit being amended (PRE_COMMIT_COMMIT_OBJECT_NAME), for the advice to amend.
    drop = editor(tmp_path, "text = text.replace('Co-authored-by: Codex <codex@openai.com>', '')")
    drop.update(PRE_COMMIT_HOME=env["PRE_COMMIT_HOME"])
    amended = subprocess.run(["git", "commit", "-q", "--amend"], cwd=consumer, env=drop, capture_output=True,
                             text=True)
    assert amended.returncode != 0
    assert "git commit --amend -e -F " in amended.stdout + amended.stderr

    # CI: the manual-stage hook checks the branch, catching a commit that skipped the hooks.
    git(consumer, "checkout", "-q", "-b", "topic")
    skipped = commit(consumer, "--no-verify", "-m", "Sneaky change", env=env)
    assert skipped.returncode == 0
    manual = subprocess.run([pre_commit, "run", "provenance-verify", "--hook-stage", "manual"],
                            cwd=consumer, env=env, capture_output=True, text=True)
    assert manual.returncode == 1, manual.stdout + manual.stderr
    assert "Sneaky change" in manual.stdout and "missing-disclosure" in manual.stdout


def test_verbose_commit_gets_the_template_above_the_scissors(hooked: Path, tmp_path: Path) -> None:
    (hooked / "file.txt").write_text("x\n")
    git(hooked, "add", "file.txt")
    script = "text = 'Subject\\n' + text.replace('# AI-Assisted: none', 'AI-Assisted: none', 1)"
    result = subprocess.run(["git", "commit", "-q", "-v"], cwd=hooked, env=editor(tmp_path, script),
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert head_message(hooked) == "Subject\n\nAI-Assisted: none\n"


def test_comment_char_auto_accepts_a_disclosed_editor_commit(hooked: Path, tmp_path: Path) -> None:
    git(hooked, "config", "core.commentChar", "auto")
    script = "text = 'Subject\\n' + text.replace('# AI-Assisted: none', 'AI-Assisted: none', 1)"
    result = commit(hooked, env=editor(tmp_path, script))
    assert result.returncode == 0, result.stderr
    assert head_message(hooked) == "Subject\n\nAI-Assisted: none\n"


def test_rejected_copy_holds_what_git_would_commit_and_reuses_cleanly(hooked: Path, tmp_path: Path) -> None:
    (hooked / "file.txt").write_text("x\n")
    git(hooked, "add", "file.txt")
    typed = editor(tmp_path, "text = 'Subject typed\\n\\nBody kept.\\n' + text")
    rejected = subprocess.run(["git", "commit", "-q", "-v"], cwd=hooked, env=typed, capture_output=True, text=True)
    assert rejected.returncode != 0
    kept = hooked / ".git" / "PROVENANCE_REJECTED_MSG"
    assert kept.read_text() == "Subject typed\n\nBody kept.\n"
    assert f"git commit -e -F {kept}" in rejected.stderr  # absolute: works from any subdirectory

    fixed = editor(tmp_path, "text = text.replace('Body kept.', 'Body kept.\\n\\nAI-Assisted: none', 1)")
    sub = hooked / "sub"
    sub.mkdir()
    reused = subprocess.run(["git", "commit", "-q", "-e", "-F", str(kept)], cwd=sub, env=fixed,
                            capture_output=True, text=True)
    assert reused.returncode == 0, reused.stderr
    assert head_message(hooked) == "Subject typed\n\nBody kept.\n\nAI-Assisted: none\n"


def test_empty_message_is_left_to_git_to_abort(hooked: Path, tmp_path: Path) -> None:
    result = commit(hooked, env=editor(tmp_path, "text = ''"))
    assert result.returncode != 0
    assert "empty commit message" in result.stderr
    assert "git-provenance" not in result.stderr


def test_no_template_when_cleanup_keeps_comments(hooked: Path, tmp_path: Path) -> None:
    git(hooked, "config", "commit.cleanup", "whitespace")
    result = commit(hooked, env=editor(tmp_path, "text = 'Subject\\n\\nAI-Assisted: none\\n' + text"))
    assert result.returncode == 0, result.stderr
    assert TEMPLATE_MARKER not in head_message(hooked)
    assert "# Please enter the commit message" in head_message(hooked)  # git kept its own comments


def test_install_refuses_a_hooks_path_outside_the_repository(repo: Path, tmp_path: Path) -> None:
    shared = tmp_path / "global-hooks"
    git(repo, "config", "core.hooksPath", str(shared))
    refused = provenance(repo, "install")
    assert refused.returncode == 2 and "outside this repository" in refused.stderr
    assert not shared.exists()
    forced = provenance(repo, "install", "--force")
    assert forced.returncode == 0, forced.stderr
    assert (shared / "commit-msg").is_file()


def test_hooks_installed_from_a_python_whose_path_has_a_quote_run(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from provenance.hooks.install import install

    quoted_dir = tmp_path / "it's a venv"
    quoted_dir.mkdir()
    python = quoted_dir / "python"
    python.symlink_to(sys.executable)
    repo = init_repo(tmp_path / "repo")
    monkeypatch.chdir(repo)
    monkeypatch.setattr(sys, "executable", str(python))
    install(("commit-msg",), force=False)
    script = (repo / ".git" / "hooks" / "commit-msg").read_text(encoding="utf-8")
    assert "INSTALL_PYTHON='" + str(quoted_dir).replace("'", "'\\''") + "/python'" in script
    # The symlinked interpreter is not inside the virtualenv, so give it the test's import path.
    env = clean_env(PYTHONPATH=os.pathsep.join(path for path in sys.path if path))
    (repo / "a.txt").write_text("a\n")
    git(repo, "add", "a.txt")
    rejected = subprocess.run(["git", "commit", "-m", "no disclosure"], cwd=repo, env=env, capture_output=True,
                              text=True, check=False)
    assert rejected.returncode == 1
    assert "syntax error" not in rejected.stderr and "missing-disclosure" in rejected.stderr
    accepted = subprocess.run(["git", "commit", "-m", "fine\n\nAI-Assisted: none"], cwd=repo, env=env,
                              capture_output=True, text=True, check=False)
    assert accepted.returncode == 0, accepted.stderr


def test_the_printed_recovery_command_works_as_printed_in_a_path_with_spaces(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "my repo's copy")
    assert provenance(repo, "install").returncode == 0
    (repo / "file.txt").write_text("x\n")
    git(repo, "add", "file.txt")
    rejected = subprocess.run(["git", "commit", "-q", "-m", "Subject typed\n\nBody kept."], cwd=repo,
                              env=clean_env(), capture_output=True, text=True)
    assert rejected.returncode != 0
    (command,) = [line.strip() for line in rejected.stderr.splitlines() if line.strip().startswith("git commit -e")]
    fixed = editor(tmp_path, "text = text.replace('Body kept.', 'Body kept.\\n\\nAI-Assisted: none', 1)")
    reused = subprocess.run(["sh", "-c", command], cwd=repo, env=fixed, capture_output=True, text=True)
    assert reused.returncode == 0, reused.stderr
    assert head_message(repo) == "Subject typed\n\nBody kept.\n\nAI-Assisted: none\n"


def test_install_and_uninstall_from_a_linked_worktree_use_the_shared_hooks(repo: Path, tmp_path: Path) -> None:
    (repo / "f.txt").write_text("x\n")
    git(repo, "add", "f.txt")
    git(repo, "commit", "-q", "--no-verify", "-m", "base\n\nAI-Assisted: none")
    linked = tmp_path / "linked"
    git(repo, "worktree", "add", "-q", str(linked))
    installed = provenance(linked, "install")
    assert installed.returncode == 0, installed.stderr
    assert (repo / ".git" / "hooks" / "commit-msg").is_file()
    (linked / "g.txt").write_text("y\n")
    git(linked, "add", "g.txt")
    rejected = subprocess.run(["git", "commit", "-q", "-m", "no disclosure"], cwd=linked, env=clean_env(),
                              capture_output=True, text=True)
    assert rejected.returncode != 0 and "missing-disclosure" in rejected.stderr
    assert provenance(linked, "uninstall").returncode == 0
    assert not (repo / ".git" / "hooks" / "commit-msg").exists()
