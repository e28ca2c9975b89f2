"""The lines a commit adds, whatever the user's diff settings."""

from __future__ import annotations

from pathlib import Path

from provenance.gitio.patch import git_show_patch, parse_added_lines
from tests.gitutil import commit_file, git

CODE = "def f():\n    return 1\n"


def test_a_file_in_a_folder_named_b_keeps_its_path_under_diff_noprefix(repo: Path) -> None:
    # The bug: with diff.noprefix git prints "+++ b/mod.py" for b/mod.py, and the b/ was stripped.
    (repo / "b").mkdir()
    commit_file(repo, "add", name="b/mod.py", content=CODE)
    git(repo, "config", "--global", "diff.noprefix", "true")
    git(repo, "config", "--global", "diff.mnemonicPrefix", "true")
    assert [f.path for f in parse_added_lines(git_show_patch("HEAD", repo))] == ["b/mod.py"]


def test_paths_with_spaces_and_non_ascii_letters_under_quote_path(repo: Path) -> None:
    commit_file(repo, "add", name="sp ace ünï.py", content=CODE)
    git(repo, "config", "--global", "core.quotePath", "true")
    (added,) = parse_added_lines(git_show_patch("HEAD", repo))
    assert added.path == "sp ace ünï.py" and added.data() == CODE.encode()


def test_relative_diffs_from_a_subdirectory_still_see_the_whole_commit(repo: Path) -> None:
    (repo / "sub").mkdir()
    (repo / "sub" / "x.py").write_text(CODE)
    commit_file(repo, "add", name="top.py", content=CODE)
    git(repo, "add", "sub/x.py")
    git(repo, "commit", "-q", "--amend", "--no-edit")
    git(repo, "config", "--global", "diff.relative", "true")
    assert sorted(f.path for f in parse_added_lines(git_show_patch("HEAD", repo / "sub"))) == ["sub/x.py", "top.py"]


def test_hunks_close_together_stay_apart(repo: Path) -> None:
    commit_file(repo, "one", name="f.py", content="a\nb\nc\nd\ne\n")
    commit_file(repo, "two", name="f.py", content="a\nB\nc\nD\ne\n")
    git(repo, "config", "--global", "diff.interHunkContext", "10")
    (added,) = parse_added_lines(git_show_patch("HEAD", repo))
    assert [(h.start_line, h.lines) for h in added.hunks] == [(2, [b"B"]), (4, [b"D"])]


def test_a_personal_attributes_file_does_not_make_code_binary(repo: Path, tmp_path: Path) -> None:
    commit_file(repo, "add", name="m.py", content=CODE)
    attributes = tmp_path / "attributes"
    attributes.write_text("*.py -diff\n")
    git(repo, "config", "--global", "core.attributesFile", str(attributes))
    (added,) = parse_added_lines(git_show_patch("HEAD", repo))
    assert not added.binary and added.hunks
    # The repository's own attributes still count.
    commit_file(repo, "attrs", name=".gitattributes", content="*.py -diff\n")
    commit_file(repo, "more", name="n.py", content=CODE)
    assert [f.binary for f in parse_added_lines(git_show_patch("HEAD", repo))] == [True]


def test_a_root_commit_is_all_added_even_without_log_show_root(repo: Path) -> None:
    commit_file(repo, "root", name="m.py", content=CODE)
    git(repo, "config", "--global", "log.showRoot", "false")
    assert [f.path for f in parse_added_lines(git_show_patch("HEAD", repo))] == ["m.py"]


def test_quoted_names_with_quotes_and_control_characters() -> None:
    patch = b'diff --git "a/q\\"x.py" "b/q\\"x.py"\n+++ "b/q\\"x.py"\n@@ -0,0 +1 @@\n+x\n'
    assert [f.path for f in parse_added_lines(patch)] == ['q"x.py']
