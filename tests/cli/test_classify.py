"""`classify` on files and on a commit (--rev), including inputs it must skip rather than crash on."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from provenance.classifier.errors import ClassifierUsageError, ModelFileError
from provenance.classifier.features.screening import MAX_INPUT_BYTES
from provenance.cli import main
from provenance.cli.classify import classify
from provenance.core.errors import GitError
from provenance.gitio.patch import parse_added_lines
from tests.gitutil import commit_file, init_repo
from tests.paths import CLASSIFIER_FIXTURES

FIXTURES = CLASSIFIER_FIXTURES


def run_classify(*arguments: str) -> Result:
    return CliRunner().invoke(classify, list(arguments))


def classify_json(*arguments: str) -> list[dict]:
    result = run_classify("--format", "json", *arguments)
    assert result.exit_code == 0, (result.output, result.exception)
    return json.loads(result.output)


def test_scores_fixture_files_for_every_language() -> None:
    results = classify_json(str(FIXTURES))
    by_name = {Path(item["path"]).name: item for item in results}
    assert set(by_name) >= {"sample.py", "sample.js", "sample.ts", "Sample.java", "sample.go", "sample.rs",
                            "sample.c", "sample.cpp", "sample.rb"}  # fmt: skip
    assert by_name["sample.go"]["language"] == "go"
    for item in results:
        assert 0.0 <= item["score"] <= 1.0 and "skipped" not in item


def make_bad_inputs(folder: Path) -> dict[str, str]:
    """Files classify must skip, with the reason each should report."""
    (folder / "image.py").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)))
    (folder / "latin1.py").write_bytes("# caf\xe9\nx = 'd\xe9j\xe0 vu'\nprint(x)\n".encode("latin-1"))
    minified = ",".join(f"b{i}=function(){{return {i}}}" for i in range(400))
    (folder / "bundle.min.js").write_text("var a=" + minified + ";\n")
    (folder / "huge.py").write_text("x = 1\n" * (MAX_INPUT_BYTES // 6 + 10))
    (folder / "short.py").write_text("x = 1\n")
    (folder / "empty.py").write_text("")
    return {"image.py": "binary", "latin1.py": "non-utf8", "bundle.min.js": "minified", "huge.py": "huge",
            "short.py": "too-short", "empty.py": "empty"}  # fmt: skip


def test_bad_inputs_are_skipped_with_a_reason_in_json(tmp_path: Path) -> None:
    expected = make_bad_inputs(tmp_path)
    results = classify_json(*(str(tmp_path / name) for name in expected))
    assert {Path(item["path"]).name: item["skipped"] for item in results} == expected
    assert all(item["score"] is None and item["flagged"] is False for item in results)


def test_bad_inputs_get_one_line_each_in_text(tmp_path: Path) -> None:
    expected = make_bad_inputs(tmp_path)
    result = run_classify(*(str(tmp_path / name) for name in sorted(expected)))
    assert result.exit_code == 0, result.exception
    lines = result.output.splitlines()
    assert len(lines) == len(expected)
    assert all(": skipped (" in line for line in lines)
    assert "Traceback" not in result.output


def test_missing_path_and_no_arguments_are_usage_errors() -> None:
    for arguments in (["does/not/exist.py"], []):
        result = run_classify(*arguments)
        assert isinstance(result.exception, ClassifierUsageError)
        assert result.exception.exit_code == 2


def test_corrupted_model_file_is_a_model_error(tmp_path: Path) -> None:
    broken = tmp_path / "model.json"
    broken.write_text('{"format": "git-provenance-classifier-model", "format_ver')
    result = run_classify("--model", str(broken), str(FIXTURES / "sample.py"))
    assert isinstance(result.exception, ModelFileError)
    assert result.exception.exit_code == 3
    assert str(broken) in str(result.exception)


# --- --rev on a real repository -------------------------------------------------------------


def git(repository: Path, *arguments: str) -> str:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    environment.update(GIT_AUTHOR_NAME="T", GIT_AUTHOR_EMAIL="t@example.com", GIT_COMMITTER_NAME="T",
                       GIT_COMMITTER_EMAIL="t@example.com", HOME=str(repository), GIT_CONFIG_NOSYSTEM="1")  # fmt: skip
    completed = subprocess.run(["git", *arguments], cwd=repository, env=environment, check=True,
                               capture_output=True, text=True)  # fmt: skip
    return completed.stdout


FIRST_VERSION = """\
def first():
    return 1


def last():
    return 3
"""
INSERTED = """\
def middle(values):
    total = 0
    for value in values:
        if value > 0:
            total += value
    return total


"""


@pytest.fixture()
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for key in ("GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE"):
        monkeypatch.delenv(key, raising=False)
    git(tmp_path, "init", "--quiet")
    (tmp_path / "module.py").write_text(FIRST_VERSION)
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "first")
    lines = FIRST_VERSION.splitlines(keepends=True)
    (tmp_path / "module.py").write_text("".join(lines[:4]) + INSERTED + "".join(lines[4:]))
    (tmp_path / "logo.bin").write_bytes(b"\0\1\2\3" * 50)
    (tmp_path / "notes.txt").write_text("some notes\nmore notes\nand more\n")
    (tmp_path / "old.py").write_bytes("s = 'caf\xe9'\nt = 1\nu = 2\n".encode("latin-1"))
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "second")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_rev_scores_added_lines_per_file_and_per_hunk(repository: Path) -> None:
    results = classify_json("--rev", "HEAD")
    module = [item for item in results if item["path"] == "module.py"]
    file_level = [item for item in module if "start_line" not in item]
    hunks = [item for item in module if "start_line" in item]
    assert len(file_level) == 1 and 0.0 <= file_level[0]["score"] <= 1.0
    assert [(hunk["start_line"], hunk["end_line"]) for hunk in hunks] == [(5, 12)]
    assert hunks[0]["language"] == "python" and 0.0 <= hunks[0]["score"] <= 1.0
    skipped = {item["path"]: item["skipped"] for item in results if "skipped" in item}
    assert skipped == {"logo.bin": "binary", "notes.txt": "unsupported", "old.py": "non-utf8"}


def test_rev_on_root_commit_scores_the_whole_file(repository: Path) -> None:
    results = classify_json("--rev", "HEAD~1")
    assert [(item.get("start_line"), item.get("end_line")) for item in results] == [(None, None), (1, 6)]


def test_rev_paths_limit_the_files(repository: Path) -> None:
    results = classify_json("--rev", "HEAD", "old.py")
    assert {item["path"] for item in results} == {"old.py"}


def test_unknown_revision_is_a_git_error(repository: Path) -> None:
    result = run_classify("--rev", "no-such-branch")
    assert isinstance(result.exception, GitError)
    assert result.exception.exit_code == 4
    assert "no-such-branch" in str(result.exception)


def test_patch_parser_follows_hunk_counts_not_prefixes() -> None:
    patch = (
        b"diff --git a/x.py b/x.py\n--- a/x.py\n+++ b/x.py\n@@ -1,0 +2,3 @@\n"
        b"+++ looks like a header\n+diff --git a/y b/y\n+last\n"
        b"diff --git a/gone.py b/gone.py\n--- a/gone.py\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a\n-b\n"
    )
    files = parse_added_lines(patch)
    assert [(change.path, [h.lines for h in change.hunks]) for change in files] == [
        ("x.py", [[b"++ looks like a header", b"diff --git a/y b/y", b"last"]])
    ]
    assert files[0].hunks[0].start_line == 2 and files[0].hunks[0].end_line == 4


@pytest.mark.parametrize("revision", ["--output=OUT", "-p", ""])
def test_a_revision_that_git_would_read_as_an_option_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], revision: str
) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "Add code\n\nAI-Assisted: none\n", name="m.py", content="x = 1\n")
    monkeypatch.chdir(repo)
    written = tmp_path / "written-by-git"
    argument = revision.replace("OUT", str(written))
    code = main(["classify", f"--rev={argument}"])
    assert code == 2
    assert not written.exists()
    error = capsys.readouterr().err
    assert error.startswith("git-provenance: error: not a revision: ") and error.count("\n") == 1


def test_a_folder_with_a_fifo_and_links_is_classified_without_hanging_or_leaving(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside.py"
    outside.write_text((CLASSIFIER_FIXTURES / "sample.py").read_text())
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "real.py").write_text((CLASSIFIER_FIXTURES / "sample.py").read_text())
    os.mkfifo(folder / "pipe.py")
    (folder / "dangling.py").symlink_to(tmp_path / "gone.py")
    (folder / "escape.py").symlink_to(outside)
    assert main(["classify", "--format", "json", str(folder)]) == 0
    results = {Path(r["path"]).name: r for r in json.loads(capsys.readouterr().out)}
    assert results["real.py"]["score"] is not None
    assert (results["pipe.py"]["skipped"], results["pipe.py"]["score"]) == ("not-a-file", None)
    # Inside a folder a link is never followed, dangling or not, so nothing outside is read.
    assert results["dangling.py"]["skipped"] == results["escape.py"]["skipped"] == "symlink"
    assert results["escape.py"]["detail"] == "a symbolic link; links are not followed inside a folder"


def test_naming_a_dangling_link_is_a_one_line_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "gone.py"
    link.symlink_to(tmp_path / "missing.py")
    assert main(["classify", str(link)]) == 2
    error = capsys.readouterr().err
    target = tmp_path / "missing.py"
    assert error == f"git-provenance: error: {link}: a symbolic link to '{target}', which does not exist\n"


def test_naming_a_link_to_a_file_follows_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "named.py"
    link.symlink_to(CLASSIFIER_FIXTURES / "sample.py")
    assert main(["classify", "--format", "json", str(link)]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert result["score"] is not None
