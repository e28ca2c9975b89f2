"""What a user gets from the README and the wheel works as written: the pre-commit snippet from a
fresh clone, and ``git provenance --help`` (git runs ``man git-provenance``) from an installed wheel."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from tests.gitutil import clean_env, git, init_repo
from tests.paths import PROJECT_ROOT

PROJECT_ROOT = PROJECT_ROOT
MAN_PAGE = PROJECT_ROOT / "man" / "git-provenance.1"
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]
README_URL = "https://example.invalid/git-provenance"
needs_man = pytest.mark.skipif(shutil.which("man") is None, reason="man (man-db) is not installed")


# --- The README's pre-commit snippet ----------------------------------------------------------------

def readme_pre_commit_snippet() -> tuple[str, list[str]]:
    """The .pre-commit-config.yaml block of "Use it in a repository" and the commands of the sh block after it."""
    section = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8").split("## Use it in a repository", 1)[1]
    found = re.search(r"```yaml\n(# \.pre-commit-config\.yaml\n.*?)```\s*```sh\n(.*?)```", section, re.DOTALL)
    assert found, "README: the pre-commit snippet (a yaml block, then an sh block) is missing"
    commands = [line for line in found.group(2).splitlines() if line.strip()]
    return found.group(1), commands


def hosted_copy(tmp_path: Path) -> Path:
    """This repository as a host serves it: a bare repository whose ``main`` is the committed HEAD (a
    worktree's own branch is tested, not whatever its ``main`` is), without tags."""
    host = tmp_path / "host.git"
    git(tmp_path, "init", "-q", "--bare", str(host))
    git(host, "fetch", "-q", "--no-tags", str(PROJECT_ROOT), "HEAD:refs/heads/main")
    git(host, "symbolic-ref", "HEAD", "refs/heads/main")
    return host


def consumer_with_snippet(tmp_path: Path) -> tuple[Path, list[str], dict[str, str]]:
    """A repository holding the README's configuration exactly as written, the repository URL
    replaced by the hosted copy; the README's commands with the same replacement."""
    config, commands = readme_pre_commit_snippet()
    urls = re.findall(r"^\s*- repo: (\S+)", config, re.MULTILINE)
    assert urls == [README_URL], config
    host = str(hosted_copy(tmp_path))
    consumer = init_repo(tmp_path / "consumer")
    (consumer / ".pre-commit-config.yaml").write_text(config.replace(README_URL, host), encoding="utf-8")
    env = clean_env(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-cache"))
    return consumer, [command.replace(README_URL, host) for command in commands], env


def run_readme_command(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    argv = shlex.split(command, comments=True)
    assert argv[0] == "pre-commit", command
    return subprocess.run([*PRE_COMMIT, *argv[1:]], cwd=cwd, env=env, capture_output=True, text=True)


def commit_config(repo: Path, message: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    git(repo, "add", ".pre-commit-config.yaml")
    return subprocess.run(["git", "commit", "-q", "-m", message], cwd=repo, env=env, capture_output=True, text=True)


def test_readme_pre_commit_snippet_works_from_a_fresh_clone(tmp_path: Path) -> None:
    """rev as the README writes it exists in any clone: pre-commit installs the hooks from it and
    a real commit is rejected, then accepted once it discloses."""
    consumer, commands, env = consumer_with_snippet(tmp_path)
    install = [command for command in commands if shlex.split(command)[1] == "install"]
    assert len(install) == 1, commands
    installed = run_readme_command(install[0], consumer, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (consumer / ".git" / "hooks" / "commit-msg").exists()
    assert (consumer / ".git" / "hooks" / "prepare-commit-msg").exists()

    rejected = commit_config(consumer, "Add the pre-commit configuration", env)
    assert rejected.returncode != 0, rejected.stdout + rejected.stderr
    assert "missing-disclosure" in rejected.stdout + rejected.stderr
    assert git(consumer, "rev-list", "--all").stdout == ""

    accepted = commit_config(consumer, "Add the pre-commit configuration\n\nAI-Assisted: none", env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    message = git(consumer, "cat-file", "commit", "HEAD").stdout.split("\n\n", 1)[1]
    assert message == "Add the pre-commit configuration\n\nAI-Assisted: none\n"


def test_readme_autoupdate_pins_rev_to_the_hosted_commit(tmp_path: Path) -> None:
    """The README's autoupdate command turns the moving ``rev`` into the host's newest commit
    (there are no tags), which pre-commit no longer warns about."""
    consumer, commands, env = consumer_with_snippet(tmp_path)
    autoupdate = [command for command in commands if shlex.split(command)[1] == "autoupdate"]
    assert len(autoupdate) == 1, commands
    before = yaml.safe_load((consumer / ".pre-commit-config.yaml").read_text())
    assert before["repos"][0]["rev"] == "main"

    updated = run_readme_command(autoupdate[0], consumer, env)
    assert updated.returncode == 0, updated.stdout + updated.stderr
    after = yaml.safe_load((consumer / ".pre-commit-config.yaml").read_text())
    head = git(PROJECT_ROOT, "rev-parse", "HEAD").stdout.strip()
    assert after["repos"][0]["rev"] == head
    assert [hook["id"] for hook in after["repos"][0]["hooks"]] == [hook["id"] for hook in before["repos"][0]["hooks"]]
    checked = subprocess.run([*PRE_COMMIT, "validate-config"], cwd=consumer, env=env, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "mutable reference" not in checked.stdout + checked.stderr


# --- The manual page ------------------------------------------------------------------------------

def test_committed_man_page_is_what_the_generator_writes() -> None:
    """The page is generated from the commands' own help: a new option or command changes it."""
    generated = subprocess.run([sys.executable, str(PROJECT_ROOT / "man" / "generate.py"), "--stdout"],
                               cwd=PROJECT_ROOT, env=clean_env(), capture_output=True, text=True)
    assert generated.returncode == 0, generated.stderr
    assert generated.stdout == MAN_PAGE.read_text(encoding="utf-8"), (
        "man/git-provenance.1 is stale: run `python man/generate.py` and commit the result")


def test_man_page_documents_every_command_and_option() -> None:
    from provenance.cli.app import COMMANDS

    page = MAN_PAGE.read_text(encoding="utf-8").replace("\\-", "-")
    for name in COMMANDS:
        assert f'.SS "git provenance {name} ' in page or f'.SS "git provenance {name}"' in page, name
    for option in ("--range", "--last", "--format", "--config", "-c KEY=VALUE", "--hook-type", "--force",
                   "--model", "--rev", "--output", "--from-history", "--negatives", "--base-model"):
        assert f".B {option}" in page, option
    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "CONFIGURATION", "ENVIRONMENT", "EXIT STATUS",
                    "FILES"):
        assert f"\n.SH {section}\n" in page, section


def man_env(**extra: str) -> dict[str, str]:
    env = clean_env(MANPAGER="cat", PAGER="cat", MANWIDTH="80", LANG="C.UTF-8", **extra)
    env.pop("MANPATH", None)  # man derives its search path from PATH only without it
    return env


@needs_man
def test_man_page_renders_without_warnings() -> None:
    rendered = subprocess.run(["man", "--warnings", "-l", str(MAN_PAGE)], env=man_env(), capture_output=True,
                              text=True)
    assert rendered.returncode == 0, rendered.stderr
    assert rendered.stderr == ""
    assert "git-provenance - record, check and review AI involvement" in rendered.stdout


@needs_man
def test_git_provenance_help_shows_the_manual_from_an_installed_wheel(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels),
                            str(PROJECT_ROOT)], env=clean_env(), capture_output=True, text=True)
    assert built.returncode == 0, built.stdout + built.stderr
    [wheel] = wheels.glob("git_provenance-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        pages = [name for name in archive.namelist() if name.endswith("/share/man/man1/git-provenance.1")]
        assert [re.sub(r"^git_provenance-[^/]+\.data/", "", name) for name in pages] == [
            "data/share/man/man1/git-provenance.1"], archive.namelist()
        assert archive.read(pages[0]).decode("utf-8") == MAN_PAGE.read_text(encoding="utf-8")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    installed = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                               env=clean_env(), capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (venv / "share" / "man" / "man1" / "git-provenance.1").is_file()

    path = os.pathsep.join([str(venv / "bin"), os.environ.get("PATH", os.defpath)])
    shown = subprocess.run(["git", "provenance", "--help"], cwd=tmp_path, env=man_env(PATH=path),
                           capture_output=True, text=True)
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert "NAME" in shown.stdout and "git-provenance - record, check and review AI involvement" in shown.stdout
    assert "SYNOPSIS" in shown.stdout and "git provenance verify [OPTIONS]" in shown.stdout
