"""`train --from-history` and `score_commits_hunks` on small real git repositories.

Every repository is made with the real git binary (subprocess, environment stripped of GIT_DIR and
friends by tests.gitutil.clean_env); dates are set through GIT_AUTHOR_DATE / GIT_COMMITTER_DATE.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.scoring.hunks import HunkScore, score_commits_hunks
from provenance.classifier.scoring.pipeline import default_model_path
from provenance.classifier.training.data import AI, HUMAN
from provenance.classifier.training.history import read_history, time_split
from provenance.cli.classify import classify
from provenance.cli.train import train
from provenance.core.errors import GitError
from provenance.gitio.patch import iter_log_patches
from tests.classifier.training.test_training import descriptive_program, terse_program
from tests.gitutil import clean_env, git, init_repo
from tests.noted_programs import noting_program


def commit(repo: Path, files: dict[str, str], message: str, when: str, author: str = "Ada Lovelace") -> str:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text)
        git(repo, "add", name)
    env = clean_env(GIT_AUTHOR_NAME=author, GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
    subprocess.run(["git", "commit", "-q", "--no-verify", "--cleanup=verbatim", "-F", "-"], cwd=repo, env=env,
                   input=message.encode(), check=True, capture_output=True)  # fmt: skip
    return git(repo, "rev-parse", "HEAD").stdout.strip()


def make_history(repo: Path, ai_commits: int, declared_human: int, old_human: int, undisclosed: int = 2,
                 inverted: bool = False) -> None:
    """Old terse human commits (before the cutoff), then AI commits (tidy style, disclosed three
    ways) interleaved with `AI-Assisted: none` commits, then undisclosed ones. ``inverted``: the
    AI commits are terse and the human ones tidy, a repository whose AI style the default model
    reads the wrong way round."""
    rng = random.Random(7)
    human_program, ai_program = (descriptive_program, terse_program) if inverted else (terse_program,
                                                                                       descriptive_program)
    for index in range(old_human):
        date = f"2019-01-{index + 1:02d}T10:00:00+00:00"
        commit(repo, {f"old/o{index}.py": human_program(rng)}, f"old {index}", date)
    trailers = ["Generated-by: Claude Code claude-sonnet-4", "Co-authored-by: Claude <noreply@anthropic.com>", None]
    for index in range(max(ai_commits, declared_human)):
        day = f"2024-03-{index + 1:02d}"
        if index < ai_commits:
            trailer = trailers[index % 3]
            message = f"ai {index}\n" + (f"\n{trailer}\n" if trailer else "")
            author = "Ada Lovelace (aider)" if trailer is None else "Ada Lovelace"
            files = {f"ai/a{index}.py": ai_program(rng), f"ai/b{index}.py": ai_program(rng)}
            commit(repo, files, message, f"{day}T09:00:00+00:00", author)
        if index < declared_human:
            commit(repo, {f"new/h{index}.py": human_program(rng)}, f"human {index}\n\nAI-Assisted: none\n",
                   f"{day}T15:00:00+00:00")  # fmt: skip
    for index in range(undisclosed):
        date = f"2024-05-{index + 1:02d}T10:00:00+00:00"
        commit(repo, {f"misc/u{index}.py": human_program(rng)}, f"misc {index}", date)


@pytest.fixture(scope="module")
def history_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = init_repo(tmp_path_factory.mktemp("history") / "repo")
    make_history(repo, ai_commits=10, declared_human=8, old_human=8)
    return repo


def test_labels_follow_disclosure_conventions_and_cutoff(history_repo: Path) -> None:
    history = read_history(history_repo)
    reasons = {commit.reason for commit in history.commits if commit.label == AI}
    assert reasons == {"generated-by", "co-authored-by", "aider-author"}
    assert len(history.labelled(AI)) == 10
    assert {c.reason for c in history.labelled(HUMAN)} == {"ai-assisted-none", "before-cutoff"}
    assert len(history.labelled(HUMAN)) == 16
    assert sum(c.label is None for c in history.commits) == 2  # undisclosed and recent
    assert all(len(c.samples) == 2 for c in history.labelled(AI))  # one sample per file, grouped by commit
    assert all(s.group == c.sha for c in history.labelled(AI) for s in c.samples)
    undisclosed = read_history(history_repo, negatives="undisclosed")
    assert len(undisclosed.labelled(HUMAN)) == 18
    earlier_cutoff = read_history(history_repo, cutoff=__import__("datetime").date(2018, 1, 1))
    assert len(earlier_cutoff.labelled(HUMAN)) == 8
    assert len(read_history(history_repo, since="2024-01-01").labelled(HUMAN)) == 8


def test_time_split_holds_out_the_newest_fifth_of_each_label(history_repo: Path) -> None:
    split = time_split(read_history(history_repo))
    for label, held in ((AI, 2), (HUMAN, 4)):
        held_out = [c for c in split.held_out if c.label == label]
        training = [c for c in split.training if c.label == label]
        assert len(held_out) == held
        assert min(c.commit_time for c in held_out) >= max(c.commit_time for c in training)


def test_train_from_history_end_to_end(history_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn")
    monkeypatch.chdir(history_repo)
    model_path = tmp_path / "history-model.json"
    result = CliRunner().invoke(train, ["--from-history", "--output", str(model_path)])
    assert result.exit_code == 0, (result.output, result.exception)
    assert "labelled 10 AI and 16 human commits" in result.output
    assert "held out (newest fifth: 2 AI / 4 human commits" in result.output
    assert "default model on the same files: AUROC" in result.output
    document = json.loads(model_path.read_text())
    metadata = document["metadata"]
    assert metadata["start"] == "default model" and metadata["held_out"]["auroc"] >= 0.9
    assert metadata["default_model_trees"] == 300
    # Boosting continued from the default model: its whole estimator, then 100 new trees. Two AI
    # commits in the training part's newest fifth are too few for the time check, which is skipped.
    default = json.loads(Path(default_model_path()).read_text())["estimator"]
    base, added = document["estimator"]["members"]
    assert base == {"weight": 1.0, "estimator": default}
    assert added["estimator"]["kind"] == "gradient_boosted_trees" and len(added["estimator"]["trees"]) == 100
    assert "time_check" not in metadata and "time check" not in result.output
    # The written model is an ordinary model file: classify --model uses it.
    sample = tmp_path / "tidy.py"
    sample.write_text(descriptive_program(random.Random(99)))
    scored = CliRunner().invoke(classify, ["--format", "json", "--model", str(model_path), str(sample)])
    assert scored.exit_code == 0, scored.exception
    assert json.loads(scored.output)[0]["score"] is not None


def test_too_few_labelled_commits_is_a_one_line_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = init_repo(tmp_path / "few")
    make_history(repo, ai_commits=2, declared_human=3, old_human=6, undisclosed=0)
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(train, ["--from-history", "--output", str(tmp_path / "m.json")])
    assert isinstance(result.exception, ClassifierUsageError)
    message = str(result.exception)
    assert "found 2 AI-disclosing and 9 human commits" in message and "\n" not in message
    assert "Assisted-by" in message
    assert not (tmp_path / "m.json").exists()


def test_from_history_outside_a_repository_is_a_git_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = CliRunner().invoke(train, ["--from-history", "--output", str(tmp_path / "m.json")])
    assert isinstance(result.exception, GitError)


def counting_git(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A PATH whose `git` logs each invocation, then runs the real git."""
    folder, log = noting_program(tmp_path, "git")
    return {"PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}, log


def test_score_commits_hunks_reads_all_commits_in_one_git_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = init_repo(tmp_path / "repo")
    rng = random.Random(3)
    first = commit(repo, {"a.py": descriptive_program(rng), "notes.txt": "text\n"}, "root", "2024-01-01T00:00:00+00:00")
    second = commit(repo, {"a.py": descriptive_program(rng) + "\n\n" + terse_program(rng), "b.js": "x\n"}, "two",
                    "2024-01-02T00:00:00+00:00")  # fmt: skip
    third = commit(repo, {"c.py": terse_program(rng)}, "three\n\ndiff --git a/x b/x\n", "2024-01-03T00:00:00+00:00")
    path_env, log = counting_git(tmp_path)
    monkeypatch.setenv("PATH", path_env["PATH"])
    scores = score_commits_hunks(repo, [first, second, third])
    calls = log.read_text().splitlines()
    assert len(calls) == 1 and " log " in f" {calls[0]} "
    assert list(scores) == [first, second, third]
    assert [(h.path, h.start_line) for h in scores[first]] == [("a.py", 1)]  # notes.txt: not a source file
    assert all(isinstance(h, HunkScore) and 0.0 <= h.score <= 1.0 and h.language == "python" for h in scores[first])
    assert scores[first][0].end_line == len(descriptive_program(random.Random(0)).splitlines())
    assert {h.path for h in scores[second]} == {"a.py"}  # b.js adds one line: too short to judge
    assert [h.path for h in scores[third]] == ["c.py"]


def test_read_history_is_one_git_process(history_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path_env, log = counting_git(tmp_path)
    monkeypatch.setenv("PATH", path_env["PATH"])
    assert read_history(history_repo).read == 28
    assert len(log.read_text().splitlines()) == 1


def test_score_commits_hunks_unknown_commit_is_a_git_error(history_repo: Path) -> None:
    with pytest.raises(GitError):
        score_commits_hunks(history_repo, ["0" * 40])
    assert score_commits_hunks(history_repo, []) == {}


def test_log_stream_splits_commits_whatever_the_message_or_patch(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    commit(repo, {"a.py": "+++ b/evil\n@@ -1 +1 @@\n"}, "root\n\n+++ b/not-a-file\n", "2024-01-01T00:00:00+00:00")
    git(repo, "commit", "-q", "--allow-empty", "-m", "empty")
    commit(repo, {"bin.dat": "\0\1\2"}, "binary", "2024-01-03T00:00:00+00:00")
    commits = list(iter_log_patches(["HEAD"], ("%H", "%s"), repo))
    assert [fields[1] for fields, _ in commits] == [b"binary", b"empty", b"root"]
    assert b"+++ b/evil" in commits[2][1] and commits[1][1].strip() == b""


def delete_object(repo: Path, object_id: str) -> None:
    """Remove a loose object from the repository, as a lost or corrupted object store would."""
    path = repo / ".git" / "objects" / object_id[:2] / object_id[2:]
    path.chmod(stat.S_IWUSR | stat.S_IRUSR)
    path.unlink()


def media_history(repo: Path) -> None:
    """Disclosed AI and declared human commits of Python, one of which also adds a large binary."""
    make_history(repo, ai_commits=6, declared_human=6, old_human=0, undisclosed=0)
    (repo / "media").mkdir()
    (repo / "media" / "video.mp4").write_bytes(random.Random(3).randbytes(3 * 1024 * 1024))
    git(repo, "add", "media")
    commit(repo, {"ai/with_media.py": descriptive_program(random.Random(4))},
           "ai media\n\nGenerated-by: Claude Code\n", "2024-04-01T09:00:00+00:00")  # fmt: skip


def test_history_never_reads_files_of_unscored_languages(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    media_history(repo)
    delete_object(repo, git(repo, "rev-parse", "HEAD:media/video.mp4").stdout.strip())
    history = read_history(repo)
    assert history.unreadable == 0
    assert len(history.labelled(AI)) == 7
    assert all(sample.path.endswith(".py") for c in history.commits for sample in c.samples)


def test_a_commit_whose_source_blob_is_missing_is_skipped_and_counted(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    media_history(repo)
    lost = commit(repo, {"new/lost.py": "def lost():\n    return 1\n"}, "human\n\nAI-Assisted: none\n",
                  "2024-04-02T09:00:00+00:00")  # fmt: skip
    commit(repo, {"new/after.py": "def after():\n    return 2\n"}, "human\n\nAI-Assisted: none\n",
           "2024-04-03T09:00:00+00:00")  # fmt: skip
    delete_object(repo, git(repo, "rev-parse", f"{lost}:new/lost.py").stdout.strip())
    history = read_history(repo)
    assert history.unreadable == 1
    shas = [c.sha for c in history.commits]
    assert lost not in shas and len(shas) == 14 and history.read == 15
    assert [c.sha for c in history.labelled(AI)] == [c.sha for c in read_history(repo, "HEAD~2").labelled(AI)]


def test_train_says_how_many_commits_it_could_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn")
    repo = init_repo(tmp_path / "repo")
    make_history(repo, ai_commits=10, declared_human=12, old_human=0, undisclosed=0)
    lost = commit(repo, {"new/lost.py": "def lost():\n    return 1\n"}, "human\n\nAI-Assisted: none\n",
                  "2024-04-02T09:00:00+00:00")  # fmt: skip
    delete_object(repo, git(repo, "rev-parse", f"{lost}:new/lost.py").stdout.strip())
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(train, ["--from-history", "--output", str(tmp_path / "m.json")])
    assert result.exit_code == 0, (result.output, result.exception)
    assert "git-provenance: train: 1 of 23 commits left out: git could not read a file of theirs" in result.stderr


def test_partial_clone_without_its_promisor_reads_what_it_has(tmp_path: Path) -> None:
    source = init_repo(tmp_path / "source")
    media_history(source)
    git(source, "config", "uploadpack.allowFilter", "true")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--no-local", "--filter=blob:none", "--no-checkout", source.as_uri(), str(clone))
    git(clone, "cat-file", "-p", "HEAD:ai/with_media.py")  # fetched now: this one blob is present
    shutil.rmtree(source)
    history = read_history(clone)
    assert [c.sha for c in history.commits] == [git(clone, "rev-parse", "HEAD").stdout.strip()]
    assert history.unreadable == history.read - 1 > 0


def test_a_bad_revision_is_still_a_git_error(history_repo: Path) -> None:
    with pytest.raises(GitError):
        read_history(history_repo, "no-such-branch")


def test_pathspec_limited_history_still_reads_side_branches_a_merge_made_moot(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    commit(repo, {"a.py": "print(1)\n"}, "root\n\nAI-Assisted: none\n", "2024-01-01T00:00:00+00:00")
    git(repo, "checkout", "-q", "-b", "side")
    added = commit(repo, {"tmp.py": descriptive_program(random.Random(5))}, "add\n\nGenerated-by: Claude Code\n",
                   "2024-01-02T00:00:00+00:00")  # fmt: skip
    git(repo, "rm", "-q", "tmp.py")
    git(repo, "commit", "-q", "-m", "drop")
    git(repo, "checkout", "-q", "main")
    commit(repo, {"README": "docs\n"}, "docs", "2024-01-03T00:00:00+00:00")
    git(repo, "merge", "-q", "--no-ff", "side", "-m", "merge")
    assert added in [c.sha for c in read_history(repo).labelled(AI)]


def test_history_read_from_a_subfolder_reads_the_whole_repository(history_repo: Path) -> None:
    whole = read_history(history_repo)
    from_subfolder = read_history(history_repo / "new")
    assert [c.sha for c in from_subfolder.commits] == [c.sha for c in whole.commits]
    assert len(from_subfolder.labelled(AI)) == 10


def _train_from_history_in(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict]:
    """``train --from-history`` run in ``repo``: what it printed and the model file it wrote."""
    pytest.importorskip("sklearn")
    monkeypatch.chdir(repo)
    model_path = tmp_path / "history-model.json"
    result = CliRunner().invoke(train, ["--from-history", "--output", str(model_path)])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output, json.loads(model_path.read_text())


@pytest.fixture(scope="module")
def checked_history_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough commits for the time check: 30 AI and 38 human, so 5 and 6 in the training part's
    newest fifth."""
    repo = init_repo(tmp_path_factory.mktemp("checked") / "repo")
    make_history(repo, ai_commits=30, declared_human=30, old_human=8)
    return repo


def test_trees_that_do_not_beat_the_default_on_newer_commits_are_not_kept(
        checked_history_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Trees that add nothing (learning rate 0) rank the newer training commits exactly as the
    # default does, which is not better: the model keeps the default's trees and is only
    # recalibrated, and says so.
    from provenance.classifier.training import history

    monkeypatch.setattr(history, "HISTORY_TREES", {**history.HISTORY_TREES, "learning_rate": 0.0})
    output, document = _train_from_history_in(checked_history_repo, tmp_path, monkeypatch)
    assert "kept the default's trees, recalibrated for this repository" in output
    check = document["metadata"]["time_check"]
    assert check["kept"] == "default trees" and check["continued_auroc"] == check["default_auroc"]
    assert check["commits"] == {"ai": 5, "human": 6}
    assert document["estimator"] == json.loads(Path(default_model_path()).read_text())["estimator"]


def test_the_time_check_is_fitted_on_older_training_commits_and_scored_on_newer_ones(history_repo: Path) -> None:
    from provenance.classifier.training.history import _newest_apart

    training = time_split(read_history(history_repo)).training
    parts = _newest_apart(training, 0.2)
    for label in (AI, HUMAN):
        older = [c for c in parts.training if c.label == label]
        newer = [c for c in parts.held_out if c.label == label]
        assert newer and older and len(older) + len(newer) == sum(c.label == label for c in training)
        assert min(c.commit_time for c in newer) >= max(c.commit_time for c in older)


@pytest.fixture(scope="module")
def inverted_history_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = init_repo(tmp_path_factory.mktemp("inverted") / "repo")
    make_history(repo, ai_commits=30, declared_human=30, old_human=8, inverted=True)
    return repo


def test_trees_learnt_from_a_history_the_default_reads_wrongly_are_kept(
        inverted_history_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output, document = _train_from_history_in(inverted_history_repo, tmp_path, monkeypatch)
    assert "kept the trees learnt from this history" in output
    check = document["metadata"]["time_check"]
    assert check["kept"] == "continued trees" and check["continued_auroc"] > check["default_auroc"]
    # Boosting continued from the default model: its whole estimator, then 100 new trees.
    default = json.loads(Path(default_model_path()).read_text())["estimator"]
    base, added = document["estimator"]["members"]
    assert base == {"weight": 1.0, "estimator": default}
    assert added["estimator"]["kind"] == "gradient_boosted_trees" and len(added["estimator"]["trees"]) == 100
    held_out = document["metadata"]["held_out"]
    assert held_out["auroc"] > held_out["default_model_auroc"]
