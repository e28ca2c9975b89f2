"""Something at a configuration file's place that cannot be one is an error, not silently ignored
(which would leave the policy at its defaults); an empty --range is an error, not the default."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from provenance.cli import main
from tests.gitutil import commit_file, init_repo


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "Fix\n\nAI-Assisted: none\n")
    monkeypatch.chdir(repo)
    return repo


def verify_error(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["verify", "--last", "1", "-c", "classifier=off", *args])
    error = capsys.readouterr().err
    assert error.count("\n") == 1, error
    return code, error


@pytest.mark.parametrize("name", [".git-provenance.toml", "pyproject.toml"])
def test_a_directory_where_the_file_belongs_is_a_configuration_error(
    repo: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (repo / name).mkdir()
    code, error = verify_error(capsys)
    assert code == 3
    assert error == f"git-provenance: error: {repo / name}: is a directory, not a configuration file; " \
                    "remove it or name a file\n"


def test_a_dangling_symlink_is_a_configuration_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.symlink("../elsewhere/policy.toml", repo / ".git-provenance.toml")
    code, error = verify_error(capsys)
    assert code == 3
    assert "a symbolic link to '../elsewhere/policy.toml', which does not exist" in error


def test_a_symlink_to_a_real_file_is_read(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "policy.toml"
    target.write_text('conventions = "strict"\nexempt-authors = ["*"]\n')
    os.symlink(target, repo / ".git-provenance.toml")
    assert main(["verify", "--last", "1", "-c", "classifier=off"]) == 0
    assert "1 exempt" in capsys.readouterr().out


@pytest.mark.parametrize("where", ["option", "environment"])
def test_a_directory_named_as_the_configuration_file_says_so(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    folder = tmp_path / "etc"
    folder.mkdir()
    if where == "option":
        code, error = verify_error(capsys, "--config", str(folder))
    else:
        monkeypatch.setenv("GIT_PROVENANCE_CONFIG", str(folder))
        code, error = verify_error(capsys)
    assert code == 3
    assert f"{folder}: is a directory, not a configuration file" in error


def test_an_empty_range_is_a_usage_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["verify", "--range", "", "-c", "classifier=off"])
    assert code == 2
    assert capsys.readouterr().err == ("git-provenance: error: --range '': expected a revision range such as "
                                       "main..HEAD\n")
