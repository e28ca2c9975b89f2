"""The apply_patch grammar's added lines per file."""

from __future__ import annotations

from provenance.evidence.apply_patch import patch_additions


def test_add_update_move_and_delete() -> None:
    patch = ("*** Begin Patch\n*** Add File: a.py\n+x = 1\n+y = 2\n*** Update File: b.py\n*** Move to: c.py\n"
             "@@ def f\n-old()\n+new()\n context\n*** End of File\n*** Delete File: d.py\n*** End Patch\n")
    assert patch_additions(patch) == [("a.py", ["x = 1", "y = 2"]), ("c.py", ["new()"])]


def test_text_without_a_patch_and_text_after_the_end_marker() -> None:
    assert patch_additions("ls -la") == []
    assert patch_additions("*** Begin Patch\n*** Add File: a\n+kept\n*** End Patch\n+not part of it\n") == [
        ("a", ["kept"])]


def test_an_unfinished_patch_keeps_what_it_has_and_a_hunk_without_additions_is_dropped() -> None:
    assert patch_additions("*** Begin Patch\n*** Update File: e\n-gone\n*** Add File: f\n+half") == [("f", ["half"])]
