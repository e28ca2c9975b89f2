"""Details of the model file and its calibration that scores alone would not show, pinned down.

Caught here (mutation testing): the calibration's lower clamp returning the wrong end or ignoring
tied raw scores, ``save_model`` writing spaced or key-sorted JSON, ``Model.to_json`` renaming the
feature set or the metadata.
"""

from __future__ import annotations

import json
from pathlib import Path

from provenance.classifier.model.format import IsotonicCalibration, load_model, save_model
from tests.classifier.model.test_model import logistic_model


def test_calibration_clamps_below_the_first_raw_score() -> None:
    calibration = IsotonicCalibration(raw=(-2.0, 0.0, 2.0), probability=(0.1, 0.5, 0.9))
    assert calibration(-5.0) == 0.1
    assert calibration(-2.0) == 0.1
    assert calibration(1.0) == 0.7  # interpolated between (0, 0.5) and (2, 0.9)


def test_calibration_at_a_tied_first_raw_score_takes_the_first_probability() -> None:
    # scikit-learn's isotonic thresholds may repeat a raw score; validation accepts ties.
    calibration = IsotonicCalibration(raw=(0.0, 0.0, 1.0), probability=(0.1, 0.2, 0.9))
    assert calibration(0.0) == 0.1


def test_saved_model_is_compact_json_in_the_documented_key_order(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    save_model(logistic_model(), path)
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    assert text == json.dumps(document, separators=(",", ":")) + "\n"
    assert list(document) == ["format", "format_version", "feature_set", "feature_names", "imputation_values",
                              "estimator", "calibration", "threshold", "metadata"]


def test_saved_model_keeps_its_feature_set_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    save_model(logistic_model(), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["feature_set"], document["metadata"]) == ("stylometry-1", {"note": "test"})
    loaded = load_model(path)
    assert (loaded.feature_set, loaded.metadata) == ("stylometry-1", {"note": "test"})
