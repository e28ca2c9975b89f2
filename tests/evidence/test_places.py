"""Paths from any system and remote URLs in any spelling."""

from __future__ import annotations

import pytest

from provenance.evidence.places import normalise_url, relative_to, resolve


def test_posix_and_windows_paths_inside_and_outside_a_top() -> None:
    assert relative_to("/home/ada/repo", "/home/ada/repo/src/a.py") == "src/a.py"
    assert relative_to("/home/ada/repo", "/home/ada/repo-other/a.py") is None
    assert relative_to("/home/ada/repo/", "/home/ada/repo") == ""
    assert relative_to("C:\\Users\\Ada\\Repo", "c:/users/ada/repo/Src/A.py") == "src/a.py"
    assert relative_to("/home/ada/repo", "C:\\Users\\ada\\repo\\a.py") is None
    assert relative_to("/home/ada/repo", "/home/ada/repo/sub/../a.py") == "a.py"


def test_relative_paths_resolve_against_the_session_folder() -> None:
    assert resolve("src/a.py", "/home/ada/repo") == "/home/ada/repo/src/a.py"
    assert resolve("src/a.py", None) is None
    assert resolve("/abs/a.py", "/elsewhere") == "/abs/a.py"


@pytest.mark.parametrize("url", ["git@github.com:Ada/Ledger.git", "https://github.com/ada/ledger",
                                 "ssh://git@github.com:22/ada/ledger.git", "https://token@github.com/ada/ledger.git/"])
def test_one_repository_however_it_is_cloned(url: str) -> None:
    assert normalise_url(url) == "github.com/ada/ledger"
