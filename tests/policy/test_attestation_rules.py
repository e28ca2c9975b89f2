"""The attestation rules are registered with the others, and their module imports first or second."""

from __future__ import annotations

import subprocess
import sys

import pytest

from provenance.policy.rules import RULES, RULES_BY_KEY


def test_they_are_registered_needing_attestations() -> None:
    ids = [rule.id for rule in RULES if "attestations" in rule.needs]
    assert ids == ["A1", "A2", "A3", "A4"]
    assert RULES_BY_KEY["missing-attestation"].id == "A1"


@pytest.mark.parametrize("module", ["provenance.policy.attestation_rules", "provenance.verify.attestations",
                                    "provenance.policy.rules"])
def test_any_module_can_be_imported_first(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
