"""Roo Code task histories: a Cline fork that keeps Cline's task files, under the extension folder
``<VS Code user data>/User/globalStorage/rooveterinaryinc.roo-cline/tasks/<taskId>/``.

Format from RooCodeInc/Roo-Code src/shared/globalFileNames.ts (commit 1b629c06: ui_messages.json,
history_item.json) and its apply_diff tool (``{tool: "appliedDiff", path, diff}``, the diff a
sanitised unified diff in current versions, SEARCH/REPLACE blocks in older ones); the reading is
``readers/cline``'s.
"""

from __future__ import annotations

from provenance.evidence.readers.cline import global_storage_folders, make_source
from provenance.evidence.sources import Platform


def _locations(platform: Platform) -> list[str]:
    return global_storage_folders(platform, "rooveterinaryinc.roo-cline")


SOURCE = make_source("roo-code", "Roo Code", _locations,
                     "RooCodeInc/Roo-Code src/shared/globalFileNames.ts @1b629c06; apply_diff's ClineSayTool")
