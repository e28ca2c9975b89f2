"""Where the tests find the project and their fixtures, wherever a test module sits."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CLASSIFIER_FIXTURES = PROJECT_ROOT / "tests" / "classifier" / "fixtures"
GOLDEN = PROJECT_ROOT / "tests" / "cli" / "golden"
