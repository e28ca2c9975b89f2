"""The classifier's part in ``verify``: flag AI-looking hunks in commits that declare no AI.

Only commits whose disclosure is ``AI-Assisted: none`` are scored: for them a confident score is
a contradiction worth a reviewer's look. Everything is read from one ``git log -p`` process.
The classifier is imported here, lazily, so the hooks never load it.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import replace

from provenance.core.errors import ConfigError
from provenance.policy.checker import CommitResult
from provenance.policy.config import Config
from provenance.policy.rules import Finding, UndisclosedAiStyle

RULE = UndisclosedAiStyle()


def classifier_enabled(config: Config) -> bool:
    """'auto' means: when the classifier extra (tree-sitter) is installed."""
    if config.classifier == "off" or config.severity(RULE.name) == "off":
        return False
    installed = importlib.util.find_spec("tree_sitter") is not None
    if config.classifier == "on" and not installed:
        raise ConfigError("classifier = 'on' needs the classifier extra: pip install 'git-provenance[classifier]'")
    return installed


def add_style_findings(top: str, config: Config, results: list[CommitResult]) -> list[CommitResult]:
    """``results`` with a finding for each flagged hunk of the commits that declare no AI."""
    candidates = [r.facts.sha for r in results
                  if r.exempt is None and r.disclosure.involvement == "none" and r.facts.sha]
    if not candidates or not classifier_enabled(config):
        return results
    from provenance.classifier.scoring.hunks import score_commits_hunks
    from provenance.classifier.scoring.pipeline import load_scoring_model

    model_path = os.path.join(top, config.classifier_model) if config.classifier_model else None
    model = load_scoring_model(model_path)
    scores = score_commits_hunks(top, candidates, model=model)
    severity = config.severity(RULE.name)
    updated: list[CommitResult] = []
    for result in results:
        flagged = [hunk for hunk in scores.get(result.facts.sha or "", []) if hunk.flagged]
        if not flagged:
            updated.append(result)
            continue
        extra = tuple(
            Finding(RULE.id, RULE.name, severity,
                    f"added {hunk.language} code scores {hunk.score:.2f} for AI-written style (threshold "
                    f"{model.threshold:.2f}) in a commit that declares AI-Assisted: none; a hint for review, "
                    "not proof", line=hunk.start_line, path=hunk.path, end_line=hunk.end_line)
            for hunk in flagged
        )
        updated.append(replace(result, findings=result.findings + extra))
    return updated
