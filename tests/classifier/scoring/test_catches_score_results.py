"""What a scored or skipped unit reports, read through ``score_bytes`` and ``ScoreResult.to_json``.

Caught here (mutation testing): a skipped unit losing its language, its first line or the human
reason it was skipped; scores printed with more or fewer than four decimals; the scoring model
loaded without checking its feature names against the ones this version computes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.classifier.errors import ModelFileError
from provenance.classifier.features.languages import language_for_path
from provenance.classifier.scoring.pipeline import default_model_path, load_scoring_model, score_bytes
from tests.classifier.scoring.test_catches_threshold import HUMAN_LOOKING


def test_a_skipped_unit_keeps_its_language_lines_and_reason() -> None:
    model = load_scoring_model(default_model_path())
    result = score_bytes(b"x = 1\n", "short.py", language_for_path("short.py"), model, start_line=3, end_line=4)
    assert (result.language, result.start_line, result.end_line, result.score) == ("python", 3, 4, None)
    assert result.to_json() == {"path": "short.py", "language": "python", "score": None, "flagged": False,
                                "start_line": 3, "end_line": 4, "skipped": "too-short",
                                "detail": result.skipped.detail if result.skipped else "?"}
    assert result.to_json()["detail"].startswith("fewer than ")


def test_scores_are_reported_to_four_decimals() -> None:
    model = load_scoring_model(default_model_path())
    source = HUMAN_LOOKING["terse.py"].encode()
    result = score_bytes(source, "terse.py", language_for_path("terse.py"), model)
    assert result.score is not None
    assert result.score != round(result.score, 4)  # the score itself has more digits than are shown
    assert result.to_json()["score"] == round(result.score, 4)


def test_the_scoring_model_must_compute_this_versions_features(tmp_path: Path) -> None:
    document = json.loads(Path(default_model_path()).read_text())
    document["feature_names"] = document["feature_names"][::-1]
    path = tmp_path / "reordered.json"
    path.write_text(json.dumps(document))
    with pytest.raises(ModelFileError, match="different features"):
        load_scoring_model(path)
