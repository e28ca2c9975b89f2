"""The classifier as verify's source of code: the ``classifier`` modes, and loading on demand."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.cli import main
from provenance.core.errors import EXIT_CONFIG, ConfigError, GitError
from provenance.policy import hunk_scores
from provenance.policy.config import Config
from provenance.policy.hunk_scores import ClassifierHunkScores, classifier_enabled, classifier_hunk_scores
from tests.gitutil import commit_file, git, init_repo
from tests.verify.test_verify_classifier import PYTHON_CODE


def _extra(monkeypatch: pytest.MonkeyPatch, installed: bool) -> None:
    monkeypatch.setattr(hunk_scores, "classifier_extra_installed", lambda: installed)


@pytest.mark.parametrize(("mode", "installed", "enabled"), [
    ("off", True, False), ("off", False, False),
    ("auto", True, True), ("auto", False, False),
    ("on", True, True),
])
def test_classifier_modes(monkeypatch: pytest.MonkeyPatch, mode: str, installed: bool, enabled: bool) -> None:
    _extra(monkeypatch, installed)
    assert classifier_enabled(Config(classifier=mode)) is enabled
    opened = classifier_hunk_scores("/nowhere", Config(classifier=mode))(["0" * 40])
    assert (opened is not None) is enabled


def test_classifier_on_without_the_extra_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _extra(monkeypatch, False)
    with pytest.raises(ConfigError, match=r"classifier = 'on' needs the classifier extra: pip install"):
        classifier_enabled(Config(classifier="on"))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    repo = init_repo(tmp_path / "repo")
    monkeypatch.chdir(repo)
    return repo


def test_verify_with_classifier_on_and_no_extra_fails_in_one_line(
        repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _extra(monkeypatch, False)
    commit_file(repo, "Add parser\n\nAssisted-by: aider:gpt-4o\n", name="a.py", content=PYTHON_CODE)
    # No commit declares AI-Assisted: none, so no code is read and the missing extra does not matter.
    assert main(["verify", "--range", "HEAD", "-c", "classifier=on"]) == 0
    commit_file(repo, "Add more\n\nAI-Assisted: none\n", name="b.py", content=PYTHON_CODE)
    capsys.readouterr()
    assert main(["verify", "--range", "HEAD", "-c", "classifier=on"]) == EXIT_CONFIG
    err = capsys.readouterr().err
    assert err == ("git-provenance: error: classifier = 'on' needs the classifier extra: "
                   "pip install 'git-provenance[classifier]'\n")
    # Switching the rule off means no code is read either.
    assert main(["verify", "--range", "HEAD", "-c", "classifier=on", "-c", "severity=C1=off"]) == 0


def test_scores_are_computed_at_the_first_question_not_before(repo: Path) -> None:
    pytest.importorskip("tree_sitter")
    unknown = "f" * 40
    scores = ClassifierHunkScores(str(repo), None, [unknown])  # no git has run yet: no error
    commit_file(repo, "Add parser\n\nAI-Assisted: none\n", name="a.py", content=PYTHON_CODE)
    with pytest.raises(GitError):
        scores.for_commit(unknown)


def test_scores_of_every_candidate_come_from_one_batch(repo: Path, always_flagging_model: Path) -> None:
    pytest.importorskip("tree_sitter")
    first = commit_file(repo, "Add parser\n\nAI-Assisted: none\n", name="a.py", content=PYTHON_CODE)
    second = commit_file(repo, "Add copy\n\nAI-Assisted: none\n", name="b.py", content=PYTHON_CODE)
    scores = ClassifierHunkScores(str(repo), str(always_flagging_model), [first, second])
    assert scores.threshold == 0.0
    # Once loaded, the answers no longer depend on the repository: both were read in the one batch.
    git(repo, "reset", "-q", "--hard", first)
    git(repo, "reflog", "expire", "--expire=now", "--all")
    git(repo, "gc", "-q", "--prune=now")
    assert [(h.path, h.start_line, h.end_line, h.flagged) for h in scores.for_commit(second)] == [("b.py", 1, 9, True)]
    assert [h.path for h in scores.for_commit(first)] == ["a.py"]
    assert scores.for_commit("0" * 40) == ()
