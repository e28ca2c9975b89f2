"""verify's output formats: one module each, all rendering the same ``VerifyReport``, in the
explicit registry ``FORMATS`` (a module is imported only when its format is chosen).

May import: provenance.core and provenance.policy (the rule registry, for SARIF's rule list)."""

from __future__ import annotations

import importlib

from provenance.formats.summary import VerifyReport

# format name -> module with ``render(report) -> str``; imported only when chosen.
FORMATS: dict[str, str] = {
    "text": "provenance.formats.text",
    "json": "provenance.formats.json_report",
    "sarif": "provenance.formats.sarif",
    "github": "provenance.formats.github",
    "codequality": "provenance.formats.codequality",
}


def render(output_format: str, report: VerifyReport) -> str:
    module = importlib.import_module(FORMATS[output_format])
    text: str = module.render(report)
    return text


__all__ = ["FORMATS", "VerifyReport", "render"]
