"""File URIs as tools record them, as paths."""

from __future__ import annotations

import pytest

from provenance.evidence.file_uris import path_from_file_uri


@pytest.mark.parametrize(("uri", "path"), [
    ("file:///home/ada/My%20Books/a.py", "/home/ada/My Books/a.py"),
    ("file:///c%3A/Users/ada/repo/a.py", "c:/Users/ada/repo/a.py"),
    ("file:///C:/Users/ada/repo/a.py", "C:/Users/ada/repo/a.py"),
    ("file://server/share/repo/a.py", "//server/share/repo/a.py"),
    ("file://localhost/home/ada/a.py", "/home/ada/a.py"),
    ("/home/ada/plain.py", "/home/ada/plain.py"),
    ("C:\\Users\\ada\\plain.py", "C:\\Users\\ada\\plain.py"),
])  # fmt: skip
def test_a_file_uri_becomes_the_path_it_names(uri: str, path: str) -> None:
    assert path_from_file_uri(uri) == path
