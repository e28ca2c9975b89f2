"""`git provenance classify`: parse the command line, score, print."""

from __future__ import annotations

import json

import click

from provenance.classifier.errors import ClassifierUsageError
from provenance.classifier.scoring.files import classify_paths, classify_revision
from provenance.classifier.scoring.pipeline import ScoreResult, load_scoring_model


def _text_line(result: ScoreResult) -> str:
    location = result.path
    if result.start_line is not None:
        location += f":{result.start_line}-{result.end_line}"
    if result.skipped is not None:
        return f"{location}: skipped ({result.skipped.detail})"
    verdict = "  likely AI" if result.flagged else ""
    return f"{location}\t{result.language}\t{result.score:.2f}{verdict}"


@click.command("classify")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--model", "model_path", type=click.Path(dir_okay=False),
              help="Model file (default: the built-in model).")
@click.option("--rev", "revision", help="Score the lines this commit adds, per file and per hunk.")
@click.argument("paths", nargs=-1, type=click.Path())
def classify(output_format: str, model_path: str | None, revision: str | None, paths: tuple[str, ...]) -> None:
    """Estimate how likely code was written by an AI (score 0..1).

    Scores the files PATH... (folders are searched), or with --rev the lines a commit adds (PATH...
    then limits which files). Binary, non-UTF-8, minified, huge and very short inputs are skipped.
    """
    if revision is None and not paths:
        raise ClassifierUsageError("give at least one PATH to classify, or --rev REV")
    model = load_scoring_model(model_path)
    results = classify_revision(revision, model, paths) if revision is not None else classify_paths(paths, model)
    if output_format == "json":
        click.echo(json.dumps([result.to_json() for result in results], indent=2))
    else:
        for result in results:
            click.echo(_text_line(result))
