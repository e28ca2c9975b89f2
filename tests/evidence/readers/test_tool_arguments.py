"""What a tool call wrote, read from its arguments alone (shared by the Copilot and Cursor readers)."""

from __future__ import annotations

import json

from provenance.evidence.readers.tool_arguments import written_files
from tests.evidence.helpers import hashes_of


def test_an_edit_list_inherits_the_calls_path_and_notebook_lines_are_joined() -> None:
    arguments = {"file_path": "/w/a.py", "edits": [{"old_string": "x", "new_string": "alpha = first_value()"},
                                                   {"new_string": "beta = second_value()"}]}
    assert written_files(arguments) == [("/w/a.py", hashes_of("alpha = first_value()")),
                                        ("/w/a.py", hashes_of("beta = second_value()"))]
    notebook = json.dumps({"filePath": "/w/n.ipynb", "cellId": "c", "newCode": ["total = sum(cells)", "print(total)"]})
    assert written_files(notebook) == [("/w/n.ipynb", hashes_of("total = sum(cells)", "print(total)"))]


def test_reads_searches_and_text_that_is_not_json_write_nothing() -> None:
    assert written_files({"filePath": "/w/a.py", "startLine": 1, "endLine": 9}) == []
    assert written_files({"query": "value = compute(1)"}) == []
    assert written_files('{"filePath": "/w/a.py", "content": "cut') == []
    assert written_files(None) == []


def test_a_patch_in_a_shell_command_is_read() -> None:
    command = {"command": "apply_patch <<'EOF'\n*** Begin Patch\n*** Add File: /c:/w/b.py\n+gamma = third_value()\n"
                          "*** End Patch\nEOF"}
    assert written_files(command) == [("c:/w/b.py", hashes_of("gamma = third_value()"))]
