"""The installed prepare-commit-msg script starts no Python for a source the policy cannot want a
template for (``git commit -m``, ``-F``, merges, squashes, amends), and still starts it whenever a
configuration file or variable could name that source.

"Started" is seen, not timed: the installed scripts run a spy instead of the venv's Python, a
wrapper that logs the hook it was started for and then runs the real interpreter.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.hooks.amend import AMEND_MARKER
from provenance.hooks.install import install
from provenance.policy.config import CONFIG_FILE, ENV_PREFIX, OPTIONS_BY_KEY, PYPROJECT, TEMPLATE_SOURCES, Config
from tests.gitutil import clean_env, git
from tests.paths import PROJECT_ROOT

DISCLOSED = "Add the parser\n\nAI-Assisted: none"


@pytest.fixture
def spy_log(repo: Path, tmp_path: Path) -> Path:
    """Install the hooks, then point them at a spy Python; the log it writes, one hook per line."""
    install(cwd=str(repo))
    log = tmp_path / "python-started.log"
    spy = tmp_path / "python-spy"
    spy.write_text(f'#!/bin/sh\necho "$6" >> \'{log}\'\nexec \'{sys.executable}\' "$@"\n', encoding="utf-8")
    spy.chmod(0o755)
    for hook_type in ("commit-msg", "prepare-commit-msg"):
        script = repo / ".git" / "hooks" / hook_type
        text = script.read_text(encoding="utf-8")
        assert f"INSTALL_PYTHON='{sys.executable}'" in text
        script.write_text(text.replace(f"INSTALL_PYTHON='{sys.executable}'", f"INSTALL_PYTHON='{spy}'"),
                          encoding="utf-8")
    log.write_text("", encoding="utf-8")
    return log


def started(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").split()


def commit(repo: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    target = repo / "change.txt"
    target.write_text((target.read_text() if target.exists() else "") + "a line\n", encoding="utf-8")
    git(repo, "add", "change.txt")
    done = subprocess.run(["git", "commit", *args], cwd=repo, env=env or clean_env(), capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done


def editor_copying_to(seen: Path, tmp_path: Path) -> str:
    """An editor that keeps a copy of what the hooks prepared and writes a disclosed message."""
    editor = tmp_path / "editor.sh"
    editor.write_text(f"#!/bin/sh\ncp \"$1\" '{seen}'\nprintf '%s\\n' '{DISCLOSED}' > \"$1\"\n", encoding="utf-8")
    editor.chmod(0o755)
    return str(editor)


def test_git_commit_m_starts_python_only_for_the_commit_msg_hook(repo: Path, spy_log: Path) -> None:
    commit(repo, "-m", DISCLOSED)
    assert started(spy_log) == ["commit-msg"]


def test_git_commit_F_starts_no_python_for_the_template_either(repo: Path, spy_log: Path) -> None:
    (repo / "message.txt").write_text(DISCLOSED + "\n", encoding="utf-8")
    commit(repo, "-F", "message.txt")
    assert started(spy_log) == ["commit-msg"]


@pytest.mark.parametrize("args", [("--amend", "--no-edit"), ("-C", "HEAD")])
def test_a_message_from_a_commit_starts_python_to_note_an_amend(repo: Path, spy_log: Path,
                                                                 args: tuple[str, ...]) -> None:
    commit(repo, "-m", DISCLOSED)
    spy_log.write_text("", encoding="utf-8")
    commit(repo, *args)
    assert started(spy_log) == ["prepare-commit-msg", "commit-msg"]


def test_an_amend_marker_left_behind_is_forgotten_by_the_next_commit(repo: Path, spy_log: Path) -> None:
    """An aborted ``git commit --amend`` leaves the marker; the next ``-m`` commit must not believe it
    (the prepare-commit-msg Python removes it), so the shell starts Python while one is there."""
    commit(repo, "-m", DISCLOSED)
    head = git(repo, "rev-parse", "HEAD").stdout.strip()
    marker = repo / ".git" / AMEND_MARKER
    marker.write_text(f"{head}\n{repo / '.git' / 'COMMIT_EDITMSG'}\n", encoding="utf-8")
    spy_log.write_text("", encoding="utf-8")
    commit(repo, "-m", DISCLOSED)
    assert started(spy_log) == ["prepare-commit-msg", "commit-msg"]
    assert not marker.exists()
    assert git(repo, "rev-list", "--count", "HEAD").stdout.strip() == "2"


def test_a_merge_starts_no_python_for_the_template(repo: Path, spy_log: Path) -> None:
    commit(repo, "-m", DISCLOSED)
    git(repo, "checkout", "-q", "-b", "side")
    commit(repo, "-m", DISCLOSED)
    git(repo, "checkout", "-q", "main")
    (repo / "other.txt").write_text("other\n", encoding="utf-8")
    git(repo, "add", "other.txt")
    git(repo, "commit", "-q", "--no-verify", "-m", DISCLOSED)
    spy_log.write_text("", encoding="utf-8")
    done = subprocess.run(["git", "merge", "--no-ff", "side", "-m", DISCLOSED], cwd=repo, env=clean_env(),
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "prepare-commit-msg" not in started(spy_log)


def test_the_editor_path_still_runs_the_template(repo: Path, spy_log: Path, tmp_path: Path) -> None:
    seen = tmp_path / "seen.txt"
    commit(repo, env=clean_env(GIT_EDITOR=editor_copying_to(seen, tmp_path)))
    assert started(spy_log) == ["prepare-commit-msg", "commit-msg"]
    assert "# git-provenance: declare AI involvement" in seen.read_text(encoding="utf-8")


@pytest.mark.parametrize(("file_name", "text"), [
    (CONFIG_FILE, 'template = ["editor", "message"]\n'),
    (PYPROJECT, '[project]\nname = "x"\n\n[tool.git-provenance]\ntemplate = ["message"]\n'),
    (CONFIG_FILE, '[tool.git-provenance]\n"template" = ["message"]\n'),
])
def test_a_config_file_naming_the_message_source_still_gets_the_template(
        repo: Path, spy_log: Path, tmp_path: Path, file_name: str, text: str) -> None:
    (repo / file_name).write_text(text, encoding="utf-8")
    seen = tmp_path / "seen.txt"
    commit(repo, "-e", "-m", "Add the parser", env=clean_env(GIT_EDITOR=editor_copying_to(seen, tmp_path)))
    assert started(spy_log) == ["prepare-commit-msg", "commit-msg"]
    assert "# git-provenance: declare AI involvement" in seen.read_text(encoding="utf-8")


@pytest.mark.parametrize("variable", ["TEMPLATE", "CONFIG"])
def test_a_variable_that_can_name_the_source_starts_python(repo: Path, spy_log: Path, tmp_path: Path,
                                                           variable: str) -> None:
    elsewhere = tmp_path / "policy.toml"
    elsewhere.write_text('template = ["message"]\n', encoding="utf-8")
    value = "message" if variable == "TEMPLATE" else str(elsewhere)
    seen = tmp_path / "seen.txt"
    env = clean_env(GIT_EDITOR=editor_copying_to(seen, tmp_path), **{ENV_PREFIX + variable: value})
    commit(repo, "-e", "-m", "Add the parser", env=env)
    assert started(spy_log) == ["prepare-commit-msg", "commit-msg"]
    assert "# git-provenance: declare AI involvement" in seen.read_text(encoding="utf-8")


def test_a_hook_kept_aside_still_runs_first_when_python_does_not(repo: Path, tmp_path: Path) -> None:
    ran = tmp_path / "kept-hook-ran"
    kept = repo / ".git" / "hooks" / "prepare-commit-msg"
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text(f"#!/bin/sh\necho \"$2\" > '{ran}'\n", encoding="utf-8")
    kept.chmod(0o755)
    install(cwd=str(repo))
    commit(repo, "-m", DISCLOSED)
    assert ran.read_text(encoding="utf-8") == "message\n"


def test_the_script_skips_exactly_the_sources_the_default_policy_leaves_alone() -> None:
    """The shell mirrors the Python's first test (prepare_commit_msg.run): if the defaults or the
    names the configuration is read from change, the script must change with them."""
    script = (PROJECT_ROOT / "hooks" / "prepare-commit-msg").read_text(encoding="utf-8")
    cases = re.findall(r"^(\w+(?:\|\w+)*)\)$", script, flags=re.MULTILINE)
    assert len(cases) == 1, cases
    # "commit" (an amend, -c, -C) always starts Python: it notes an amend for the commit-msg hook.
    assert set(cases[0].split("|")) == set(TEMPLATE_SOURCES) - set(Config().template_sources) - {"commit"}
    assert f'[ ! -e "$git_dir/{AMEND_MARKER}" ]' in script
    template_option = next(option for option in OPTIONS_BY_KEY.values() if option.attribute == "template_sources")
    assert f"grep -qs {template_option.key} {CONFIG_FILE} {PYPROJECT}" in script
    for variable in (template_option.env_var, ENV_PREFIX + "CONFIG"):
        assert "${" + variable + "}" in script
    assert "git-provenance-managed-hook" in script
    assert os.access(PROJECT_ROOT / "hooks" / "prepare-commit-msg", os.X_OK)
