"""Where the standby listens: only in a folder of the git dir that nobody but its owner can enter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from provenance.standby import place


def test_the_folder_is_beside_the_message_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert place.folder_for(".git/COMMIT_EDITMSG") == str(tmp_path / ".git" / place.FOLDER)


def test_a_folder_is_made_private_and_one_others_can_enter_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / place.FOLDER
    assert place.make_private(str(folder))
    assert folder.stat().st_mode & 0o777 == 0o700
    assert place.make_private(str(folder))  # an earlier standby's
    folder.chmod(0o750)
    assert not place.is_private(str(folder)) and not place.make_private(str(folder))


def test_a_link_or_a_file_is_not_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir(mode=0o700)
    link = tmp_path / "link"
    link.symlink_to(target)
    plain = tmp_path / "plain"
    plain.write_text("")
    assert place.is_private(str(target))
    assert not place.is_private(str(link)) and not place.make_private(str(link))
    assert not place.is_private(str(plain)) and not place.make_private(str(plain))
    assert not place.make_private(str(tmp_path / "missing" / "deeper"))


def test_inside_goes_back_even_when_the_action_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir(mode=0o700)
    assert place.inside(str(tmp_path / "sub"), os.getcwd) == str(tmp_path / "sub")
    with pytest.raises(FileNotFoundError):
        place.inside(str(tmp_path / "sub"), lambda: os.stat("missing"))
    assert os.getcwd() == str(tmp_path)


def test_inside_enters_only_a_private_folder_and_no_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "open").mkdir()
    (tmp_path / "open").chmod(0o755)
    (tmp_path / "private").mkdir(mode=0o700)
    (tmp_path / "link").symlink_to(tmp_path / "private")
    entered: list[str] = []
    with pytest.raises(PermissionError):
        place.inside(str(tmp_path / "open"), lambda: entered.append(os.getcwd()))
    with pytest.raises(OSError):  # swapped for a link after the check: not followed
        place.inside(str(tmp_path / "link"), lambda: entered.append(os.getcwd()))
    assert entered == [] and os.getcwd() == str(tmp_path)


def test_the_peer_of_a_socket_pair_is_this_user() -> None:
    import socket

    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with ours, theirs:
        assert place.peer_is_us(ours)


def test_it_is_off_with_the_variable() -> None:
    assert place.enabled({}) == (os.name == "posix")
    assert not place.enabled({place.DISABLE_VARIABLE: "0"})
    assert place.enabled({place.DISABLE_VARIABLE: "1"}) == (os.name == "posix")
