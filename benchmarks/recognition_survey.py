#!/usr/bin/env python3
"""Recognition survey (issue 9): AI markers in real public histories, and how many the product sees.

Run from the repository root with the project venv:

    .venv/bin/python benchmarks/recognition_survey.py [MIRROR ...] [--list FILE] [--mirror-root DIR]
        [--refs ARGS] [--json] [--write-table PATH] [--examples N]

Each MIRROR is a git directory (a bare mirror) or ``owner/name``, found as
``MIRROR_ROOT/owner+name/repo`` (what the ``fetch`` tool of this workplace writes; ``--mirror-root``
defaults to ``../.mirror`` beside the repository). Without MIRRORs the repositories of ``--list``
(default tests/core/data/recognition/repos.txt, one ``owner/name`` a line) are read.

Every history is read in ONE ``git log --no-merges`` stream (``--refs``, default ``--branches``: every
branch of the repository, not pull-request refs) through the product's own decoder
(provenance.gitio.log.read_commits). Each commit is then

* classified by the survey's own marker rules (benchmarks/survey_markers.py: plain regexes written
  from the survey, NOT the product's recognition) as AI-marked (with a level and tools), human (no
  marker) or ambiguous (only a weak signal; left out of both figures); and
* read by the product: ``analyse(ParsedMessage(facts), CONVENTION_IDS).disclosure`` (every
  convention accepted, as verify's lenient policy does). Involvement ``assisted``/``generated`` is
  "recognised as AI"; ``undisclosed`` or ``none`` is not.

It prints (a) a census: every distinct AI trailer key, AI co-author identity, bot author and footer
with counts (``--json``: every trailer key too), and (b) the recognition: AI-marked commits
recognised (any AI level, and at the survey's level), per marker class and per tool, and human
commits read as AI, with examples. ``--write-table PATH`` (re)builds the offline table
(survey_table.py). Exits 2 with a one-line message when a mirror is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchutil import fail
from survey_markers import (
    LEVEL_RANK,
    Identity,
    Verdict,
    classify,
    co_author_values,
    footer_key,
    footer_lines,
    identity_rule,
    is_bot,
    parse_identity,
    trailer_keys,
)

from provenance.core.conventions import CONVENTION_IDS
from provenance.core.disclosure import Disclosure, analyse
from provenance.core.message import CommitFacts, ParsedMessage
from provenance.gitio.log import read_commits

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LIST = ROOT / "tests" / "core" / "data" / "recognition" / "repos.txt"
DEFAULT_MIRROR_ROOT = ROOT.parent / ".mirror"
AI_LEVELS = ("assisted", "generated")


@dataclass
class SurveyedCommit:
    repo: str
    facts: CommitFacts
    verdict: Verdict
    product: Disclosure

    @property
    def recognised(self) -> bool:
        return self.product.involvement in AI_LEVELS


def product_disclosure(facts: CommitFacts) -> Disclosure:
    return analyse(ParsedMessage(facts), CONVENTION_IDS).disclosure


def resolve_mirrors(names: Sequence[str], list_file: Path, mirror_root: Path) -> list[tuple[str, Path]]:
    if not names:
        if not list_file.is_file():
            fail(f"{list_file}: no such list of repositories; pass mirrors or --list FILE")
        names = [line.split("#")[0].strip() for line in list_file.read_text(encoding="utf-8").splitlines()]
        names = [name for name in names if name]
    mirrors = []
    for name in names:
        path = Path(name)
        if not path.is_dir():
            path = mirror_root / name.replace("/", "+") / "repo"
        if not (path / "HEAD").is_file():
            fail(f"{name}: no git directory at {path}; fetch the repository or pass --mirror-root")
        repo = name if "/" in name and not Path(name).is_dir() else path.parent.name.replace("+", "/")
        mirrors.append((repo, path))
    return mirrors


def survey_repo(repo: str, git_dir: Path, refs: Sequence[str]) -> Iterator[SurveyedCommit]:
    for logged in read_commits(["--no-merges", *refs], cwd=git_dir):
        facts = logged.facts
        verdict = classify(Identity(facts.author_name, facts.author_email), facts.message,
                           Identity(facts.committer_name, facts.committer_email))
        yield SurveyedCommit(repo, facts, verdict, product_disclosure(facts))


# --- census -------------------------------------------------------------------------------------


@dataclass
class Census:
    commits: Counter[str] = field(default_factory=Counter)  # repo -> commits
    kinds: Counter[tuple[str, str]] = field(default_factory=Counter)  # (repo, kind)
    trailer_keys: Counter[str] = field(default_factory=Counter)
    ai_keys: Counter[tuple[str, str]] = field(default_factory=Counter)  # (key, tool)
    ai_co_authors: Counter[tuple[str, str]] = field(default_factory=Counter)  # (identity, tool)
    other_co_authors_named_like_ai: Counter[str] = field(default_factory=Counter)
    bot_authors: Counter[tuple[str, str]] = field(default_factory=Counter)  # (identity, tool or "-")
    ai_authors: Counter[tuple[str, str]] = field(default_factory=Counter)
    footers: Counter[tuple[str, str]] = field(default_factory=Counter)  # (text, tool or "-")
    tools: Counter[str] = field(default_factory=Counter)  # AI-marked commits per tool
    weak: Counter[str] = field(default_factory=Counter)
    example: dict[str, str] = field(default_factory=dict)  # census item -> "repo sha"

    def note(self, item: str, commit: SurveyedCommit) -> None:
        self.example.setdefault(item, f"{commit.repo} {commit.facts.sha}")

    def add(self, commit: SurveyedCommit) -> None:
        facts, verdict = commit.facts, commit.verdict
        self.commits[commit.repo] += 1
        self.kinds[(commit.repo, verdict.kind)] += 1
        for key in set(trailer_keys(facts.message)):
            self.trailer_keys[key.lower()] += 1
        self._add_markers(commit)
        author = Identity(facts.author_name, facts.author_email)
        if is_bot(author) or "bot" in author.name.lower():
            rule = identity_rule(author)
            self.bot_authors[(str(author), rule.tool if rule else "-")] += 1
            self.note(f"bot {author}", commit)
        for text in set(footer_lines(facts.message)):
            known = next((m.tool for m in verdict.markers if m.kind == "footer" and m.detail == text), "-")
            self.footers[(footer_key(text), known)] += 1
            self.note(f"footer {footer_key(text)}", commit)
        for signal in set(verdict.weak):
            self.weak[signal.split(":")[0]] += 1
        self._add_unknown_co_authors(commit)

    def _add_markers(self, commit: SurveyedCommit) -> None:
        for tool in commit.verdict.tools:
            self.tools[tool] += 1
        seen: set[tuple[str, str, str]] = set()
        for marker in commit.verdict.markers:
            item = (marker.kind, marker.text if marker.kind != "trailer" else marker.detail, marker.tool)
            if item in seen:
                continue
            seen.add(item)
            if marker.kind == "co-author":
                self.ai_co_authors[(marker.text, marker.tool)] += 1
            elif marker.kind == "author":
                self.ai_authors[(marker.text, marker.tool)] += 1
            elif marker.kind == "trailer":
                self.ai_keys[(marker.detail, marker.tool)] += 1
            self.note(" ".join(item), commit)

    def _add_unknown_co_authors(self, commit: SurveyedCommit) -> None:
        for value in co_author_values(commit.facts.message):
            identity = parse_identity(value)
            if identity_rule(identity) is None and any(
                    signal.endswith(str(identity)) for signal in commit.verdict.weak):
                self.other_co_authors_named_like_ai[str(identity)] += 1
                self.note(f"weak co-author {identity}", commit)


# --- recognition --------------------------------------------------------------------------------


@dataclass
class Recognition:
    ai_total: int = 0
    ai_recognised: int = 0
    ai_at_level: int = 0
    human_total: int = 0
    human_read_as_ai: int = 0
    ambiguous: int = 0
    per_class: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    per_tool: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    per_repo: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    missed: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    false_positives: list[str] = field(default_factory=list)

    def add(self, commit: SurveyedCommit, examples: int) -> None:
        kind = commit.verdict.kind
        if kind == "ambiguous":
            self.ambiguous += 1
        elif kind == "human":
            self._add_human(commit, examples)
        else:
            self._add_ai(commit, examples)

    def _add_human(self, commit: SurveyedCommit, examples: int) -> None:
        self.human_total += 1
        self.per_repo[commit.repo]["human"] += 1
        if commit.recognised:
            self.human_read_as_ai += 1
            self.per_repo[commit.repo]["human read as AI"] += 1
            if len(self.false_positives) < examples:
                agents = ", ".join(a.tool for a in commit.product.agents)
                self.false_positives.append(f"{commit.repo} {commit.facts.sha}: read as "
                                            f"{commit.product.involvement} ({agents}) by {commit.product.conventions}")

    def _add_ai(self, commit: SurveyedCommit, examples: int) -> None:
        verdict, recognised = commit.verdict, commit.recognised
        at_level = recognised and commit.product.involvement == verdict.level
        self.ai_total += 1
        self.ai_recognised += recognised
        self.ai_at_level += at_level
        self.per_repo[commit.repo]["ai"] += 1
        self.per_repo[commit.repo]["ai recognised"] += recognised
        for name in {marker_class(m.kind, m.detail) for m in verdict.markers}:
            self._tally(self.per_class[name], recognised, at_level)
            if not recognised and len(self.missed[name]) < examples:
                self.missed[name].append(f"{commit.repo} {commit.facts.sha}")
            elif not at_level and len(self.missed[name + " (level)"]) < examples:
                self.missed[name + " (level)"].append(f"{commit.repo} {commit.facts.sha}: read "
                                                      f"{commit.product.involvement}, survey {verdict.level}")
        for tool in verdict.tools:
            self._tally(self.per_tool[tool], recognised, at_level)

    @staticmethod
    def _tally(counter: Counter[str], recognised: bool, at_level: bool) -> None:
        counter["commits"] += 1
        counter["recognised"] += recognised
        counter["at level"] += at_level


def marker_class(kind: str, detail: str) -> str:
    """A marker's class for the per-class figures: the identity rule, trailer key or footer tool."""
    if kind == "footer":
        return "footer: " + " ".join(detail.split()[:3])
    return f"{kind}: {detail}"


# --- output -------------------------------------------------------------------------------------


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def _rows(counter: Counter[tuple[str, str]], census: Census, prefix: str, limit: int | None) -> Iterable[str]:
    for (text, tool), count in counter.most_common(limit):
        example = census.example.get(f"{prefix} {text} {tool}".strip()) or census.example.get(f"{prefix} {text}", "")
        yield f"  {count:7d}  {tool:14s} {text}    [{example}]"


def print_census(census: Census, limit: int) -> None:
    print(f"## Census: {len(census.commits)} repositories, {sum(census.commits.values())} non-merge commits")
    for repo, commits in sorted(census.commits.items()):
        kinds = {kind: census.kinds[(repo, kind)] for kind in ("ai", "human", "ambiguous")}
        print(f"  {repo:42s} {commits:7d} commits  ai {kinds['ai']:6d}  human {kinds['human']:6d}  "
              f"ambiguous {kinds['ambiguous']:5d}")
    print(f"\n### trailer keys after the subject, every one ({len(census.trailer_keys)} distinct; the first "
          f"{limit} here, all with --json)")
    for key, count in census.trailer_keys.most_common(limit):
        print(f"  {count:7d}  {key}")
    print("\n### AI-marked commits per tool")
    for tool, count in census.tools.most_common():
        print(f"  {count:7d}  {tool}")
    sections = (("AI trailer keys (key, tool)", census.ai_keys, "trailer"),
                ("AI co-author identities", census.ai_co_authors, "co-author"),
                ("AI authors", census.ai_authors, "author"),
                ("bot authors (tool, or - for automation/unknown)", census.bot_authors, "bot"),
                ("footers (tool, or - for none)", census.footers, "footer"))
    for title, counter, prefix in sections:
        print(f"\n### {title}: {len(counter)} distinct")
        for line in _rows(counter, census, prefix, None if prefix != "footer" else limit):
            print(line)
    named_like_ai = census.other_co_authors_named_like_ai
    print(f"\n### co-authors named like a tool on unknown addresses (ambiguous): {len(named_like_ai)}")
    for identity, count in census.other_co_authors_named_like_ai.most_common(limit):
        print(f"  {count:7d}  {identity}    [{census.example.get('weak co-author ' + identity, '')}]")
    print("\n### weak signals (commits)")
    for signal, count in census.weak.most_common():
        print(f"  {count:7d}  {signal}")


def print_recognition(result: Recognition) -> None:
    print("\n## Recognition by the product (analyse, every convention accepted)")
    print(f"  AI-marked commits: {result.ai_total}; recognised as AI {result.ai_recognised} "
          f"({percent(result.ai_recognised, result.ai_total)}); at the survey's level {result.ai_at_level} "
          f"({percent(result.ai_at_level, result.ai_total)})")
    print(f"  human commits: {result.human_total}; read as AI {result.human_read_as_ai}")
    print(f"  ambiguous (left out): {result.ambiguous}")
    for title, table in (("per marker class", result.per_class), ("per tool", result.per_tool)):
        print(f"\n### {title}: commits, recognised, at level")
        for name, counts in sorted(table.items(), key=lambda item: -item[1]["commits"]):
            missed = "; missed e.g. " + ", ".join(result.missed[name][:2]) if result.missed.get(name) else ""
            print(f"  {counts['commits']:7d} {percent(counts['recognised'], counts['commits']):>7s} "
                  f"{percent(counts['at level'], counts['commits']):>7s}  {name}{missed}")
    print("\n### per repository: AI-marked, recognised, human, human read as AI")
    for repo, counts in sorted(result.per_repo.items()):
        print(f"  {repo:42s} {counts['ai']:6d} {percent(counts['ai recognised'], counts['ai']):>7s} "
              f"{counts['human']:7d} {counts['human read as AI']:5d}")
    if result.false_positives:
        print("\n### human commits read as AI (examples)")
        for line in result.false_positives:
            print("  " + line)


def to_json(census: Census, result: Recognition) -> dict[str, object]:
    def pairs(counter: Counter[tuple[str, str]], prefix: str) -> list[dict[str, object]]:
        return [{"text": text, "tool": tool, "count": count,
                 "example": census.example.get(f"{prefix} {text} {tool}") or census.example.get(f"{prefix} {text}")}
                for (text, tool), count in counter.most_common()]

    return {
        "repositories": dict(sorted(census.commits.items())),
        "verdicts": {f"{repo} {kind}": count for (repo, kind), count in sorted(census.kinds.items())},
        "tools": dict(census.tools.most_common()),
        "trailer_keys": dict(census.trailer_keys.most_common()),
        "ai_trailer_keys": pairs(census.ai_keys, "trailer"),
        "ai_co_authors": pairs(census.ai_co_authors, "co-author"),
        "ai_authors": pairs(census.ai_authors, "author"),
        "bot_authors": pairs(census.bot_authors, "bot"),
        "footers": pairs(census.footers, "footer"),
        "co_authors_named_like_ai": dict(census.other_co_authors_named_like_ai.most_common()),
        "weak_signals": dict(census.weak.most_common()),
        "recognition": {
            "ai_marked": result.ai_total, "recognised": result.ai_recognised, "at_level": result.ai_at_level,
            "human": result.human_total, "human_read_as_ai": result.human_read_as_ai,
            "ambiguous": result.ambiguous,
            "per_class": {k: dict(v) for k, v in result.per_class.items()},
            "per_tool": {k: dict(v) for k, v in result.per_tool.items()},
            "per_repo": {k: dict(v) for k, v in result.per_repo.items()},
            "missed_examples": dict(result.missed), "false_positive_examples": result.false_positives,
        },
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mirrors", nargs="*", help="git directories or owner/name (default: --list)")
    parser.add_argument("--list", type=Path, default=DEFAULT_LIST, help="file of owner/name lines")
    parser.add_argument("--mirror-root", type=Path, default=DEFAULT_MIRROR_ROOT)
    parser.add_argument("--refs", default="--branches", help="git log revision arguments (default --branches)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--write-table", type=Path, metavar="PATH", help="(re)build the offline table")
    parser.add_argument("--examples", type=int, default=5, help="examples per missed class (default 5)")
    parser.add_argument("--limit", type=int, default=40, help="rows per long census list (default 40)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    mirrors = resolve_mirrors(args.mirrors, args.list, args.mirror_root)
    census, result = Census(), Recognition()
    surveyed: list[SurveyedCommit] = []
    for repo, git_dir in mirrors:
        print(f"reading {repo} ...", file=sys.stderr)
        for commit in survey_repo(repo, git_dir, args.refs.split()):
            census.add(commit)
            result.add(commit, args.examples)
            if args.write_table:
                surveyed.append(commit)
    if args.write_table:
        from survey_table import write_table

        rows = write_table(surveyed, args.write_table)
        print(f"wrote {rows} rows to {args.write_table}", file=sys.stderr)
    if args.json:
        json.dump(to_json(census, result), sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        print_census(census, args.limit)
        print_recognition(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["LEVEL_RANK", "main"]
