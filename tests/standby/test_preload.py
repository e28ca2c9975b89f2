"""The standby imports, before any call, everything the commit-msg hook imports on its way."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.standby.conftest import MESSAGE_FILE, provenance

# Preload, then run the hook call in the same process, as the standby does.
_RUN_AFTER_PRELOAD = """
import importlib, json, sys
from provenance.standby.server import PRELOADED
for name in PRELOADED:
    importlib.import_module(name)
before = set(sys.modules)
from provenance.cli import main
status = main(["hook", "commit-msg", sys.argv[1]])
new = sorted(m for m in set(sys.modules) - before if m.startswith(("provenance", "cryptography")))
print(json.dumps([status, new]))
"""


def test_a_signed_commit_with_evidence_handed_over_imports_nothing_more(repo: Path, env: dict[str, str]) -> None:
    (repo / MESSAGE_FILE).write_text("\n# Please enter the commit message for your changes.\n")
    prepared = provenance(repo, env, "hook", "prepare-commit-msg", MESSAGE_FILE)  # leaves its read for commit-msg
    assert prepared.returncode == 0, prepared.stderr
    assert "Assisted-by: Claude:claude-sonnet-4-5" in (repo / MESSAGE_FILE).read_text()
    assert (repo / ".git" / "PROVENANCE_EVIDENCE").exists()
    ran = subprocess.run([sys.executable, "-c", _RUN_AFTER_PRELOAD, MESSAGE_FILE], cwd=repo, env=env,
                         capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    status, imported = json.loads(ran.stdout.strip().splitlines()[-1])
    assert status == 0 and "Provenance-Attestation: v1 " in (repo / MESSAGE_FILE).read_text()
    assert imported == [], imported
