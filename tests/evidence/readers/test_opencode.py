"""The OpenCode reader on a SQLite store with the tool's tables."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from provenance.evidence.readers.opencode import SOURCE
from provenance.evidence.sources import Platform
from tests.evidence.helpers import by_file, hashes_of, read_fixture

SCHEMA = """
CREATE TABLE message (id TEXT PRIMARY KEY, session_id TEXT NOT NULL, time_created INTEGER NOT NULL,
                      time_updated INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE part (id TEXT PRIMARY KEY, message_id TEXT NOT NULL, session_id TEXT NOT NULL,
                   time_created INTEGER NOT NULL, time_updated INTEGER NOT NULL, data TEXT NOT NULL);
"""
START = 1_764_500_000_000  # 2025-11-30, milliseconds


def _store(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA)
    message = {"role": "assistant", "modelID": "qwen3-coder", "providerID": "ollama",
               "path": {"cwd": "C:\\Users\\ada\\shop", "root": "C:\\Users\\ada\\shop"}}
    connection.execute("INSERT INTO message VALUES ('m1', 's1', ?, ?, ?)", (START, START, json.dumps(message)))
    parts = [
        {"type": "text", "text": "editing"},
        {"type": "tool", "tool": "edit", "callID": "c1", "state": {"status": "completed", "time": {"start": START + 5},
         "input": {"filePath": "C:\\Users\\ada\\shop\\cart.ts", "oldString": "x",
                   "newString": "export const cartTotal = (items: Item[]) => sum(items.map(cost));\r\n"}}},
        {"type": "tool", "tool": "write", "state": {"status": "completed",
         "input": {"filePath": "/home/ada/shop/tax.ts", "content": "export const VAT_RATE = 0.2;\n"}}},
        {"type": "tool", "tool": "apply_patch", "state": {"status": "completed", "input": {"patchText":
         "*** Begin Patch\n*** Add File: src/fees.ts\n+export function fee(total: number) { return total * FEE; }\n"
         "*** End Patch"}}},
        {"type": "tool", "tool": "edit", "state": {"status": "error", "input": {"filePath": "/x.ts",
         "newString": "const failedEdit = neverWritten();"}}},
        {"type": "tool", "tool": "edit", "schema": 9, "futureField": True, "state": {"status": "completed",
         "input": {"filePath": "/home/ada/shop/new.ts", "newString": "const newerVersion = stillRead();"}}},
    ]
    for index, part in enumerate(parts):
        connection.execute("INSERT INTO part VALUES (?, 'm1', 's1', ?, ?, ?)",
                           (f"p{index}", START + index, START + index, json.dumps(part)))
    connection.execute("INSERT INTO part VALUES ('bad', 'm1', 's1', 1, 1, '{\"type\": \"tool\", \"trunc')")
    connection.commit()
    connection.close()
    return path


def test_edit_write_and_apply_patch_tool_parts_give_the_lines_written(tmp_path: Path) -> None:
    records, log = read_fixture(SOURCE, _store(tmp_path / "opencode.db"))
    assert by_file(records) == {
        "C:\\Users\\ada\\shop\\cart.ts": hashes_of("export const cartTotal = (items: Item[]) => sum(items.map(cost));"),
        "/home/ada/shop/tax.ts": hashes_of("export const VAT_RATE = 0.2;"),
        "src/fees.ts": hashes_of("export function fee(total: number) { return total * FEE; }"),
        "/home/ada/shop/new.ts": hashes_of("const newerVersion = stillRead();"),
    }
    first = records[0]
    assert (first.session_id, first.model, first.hints.cwd) == ("s1", "qwen3-coder", "C:\\Users\\ada\\shop")
    assert first.time is not None and first.time.timestamp() * 1000 == START + 5
    assert [(skip.line, skip.reason) for skip in log.skips] == [(7, "part: not a JSON object")]


def test_a_store_in_a_folder_whose_name_a_uri_would_misread(tmp_path: Path) -> None:
    folder = tmp_path / "take #2"
    folder.mkdir()
    records, log = read_fixture(SOURCE, _store(folder / "opencode.db"))
    assert len(by_file(records)) == 4 and [skip.line for skip in log.skips] == [7]


def test_a_file_that_is_no_database_is_skipped(tmp_path: Path) -> None:
    bogus = tmp_path / "opencode.db"
    bogus.write_bytes(b"\xff\xfe not sqlite at all")
    records, log = read_fixture(SOURCE, bogus)
    assert records == [] and log.skips[0].reason.startswith("cannot query the database")


def test_locations_follow_xdg_data_home() -> None:
    assert SOURCE.locations(Platform("linux", "/home/ada", {})) == ["/home/ada/.local/share/opencode"]
    assert SOURCE.locations(Platform("linux", "/h", {"XDG_DATA_HOME": "/data"})) == ["/data/opencode"]
