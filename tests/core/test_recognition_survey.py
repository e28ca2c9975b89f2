"""Recognition on real commits (issue 9): the offline table of the recognition survey.

tests/core/data/recognition/commits.jsonl holds real commit headers and messages from public
repositories (SOURCES.md says which, and how the table was made with
benchmarks/recognition_survey.py). Each row's expected verdict comes from the survey's own marker
rules and a reading, not from this product. Every AI-marked row must be recognised at its level and
no human row read as AI; a failure lists every mismatching row, grouped by marker.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping
from functools import cache

from provenance.core.conventions import CONVENTION_IDS
from provenance.core.disclosure import Disclosure, analyse
from provenance.core.message import ParsedMessage
from provenance.gitio.facts import commit_from_fields
from tests.paths import PROJECT_ROOT

DATA = PROJECT_ROOT / "tests" / "core" / "data" / "recognition"
TABLE = DATA / "commits.jsonl"
SOURCES = DATA / "SOURCES.md"
FIELDS = {"repo": str, "sha": str, "author_name": str, "author_email": str, "committer_name": str,
          "committer_email": str, "message": str, "expected_involvement": str, "expected_tools": list,
          "marker": str}
AI_LEVELS = ("assisted", "generated")


@cache
def rows() -> tuple[dict[str, object], ...]:
    with TABLE.open(encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle if line.strip())


def product_reading(row: Mapping[str, object]) -> Disclosure:
    """What verify would declare for the row: its fields through verify's decoder, one parent."""
    fields = [str(row["sha"]).encode(), b"0" * 40, *(str(row[key]).encode() for key in (
        "author_name", "author_email", "committer_name", "committer_email")), b"0", b"0",
        str(row["message"]).encode()]
    facts = commit_from_fields(fields).facts
    return analyse(ParsedMessage(facts), CONVENTION_IDS).disclosure


def _report(mismatches: dict[str, list[str]], what: str) -> str:
    count = sum(len(lines) for lines in mismatches.values())
    parts = [f"{count} {what}, by marker:"]
    for marker in sorted(mismatches, key=lambda m: (-len(mismatches[m]), m)):
        parts.append(f"  {marker} ({len(mismatches[marker])}):")
        parts.extend(f"    {line}" for line in mismatches[marker])
    return "\n".join(parts)


def _marker_class(marker: str) -> str:
    """The first reason of a row's marker, without the identity, as the group of a failure."""
    first = marker.split(";")[0]
    return re.sub(r"\s+<[^>]*>|\s*\(.*$", "", first).strip()


def test_the_table_is_well_formed_and_covers_the_survey() -> None:
    table = rows()
    assert TABLE.stat().st_size < 1_000_000
    sources = SOURCES.read_text(encoding="utf-8")
    seen: set[tuple[str, str]] = set()
    for number, row in enumerate(table, start=1):
        where = f"{TABLE.name}:{number}"
        assert set(row) == set(FIELDS), f"{where}: fields {sorted(row)}"
        for key, kind in FIELDS.items():
            assert isinstance(row[key], kind), f"{where}: {key} is not a {kind.__name__}"
        assert re.fullmatch(r"[0-9a-f]{40}", str(row["sha"])), f"{where}: sha"
        assert (row["repo"], row["sha"]) not in seen, f"{where}: duplicate {row['repo']} {row['sha']}"
        seen.add((str(row["repo"]), str(row["sha"])))
        assert row["expected_involvement"] in ("none", *AI_LEVELS), f"{where}: expected_involvement"
        tools = row["expected_tools"]
        assert isinstance(tools, list)
        assert bool(tools) == (row["expected_involvement"] != "none"), f"{where}: expected_tools"
        for tool in tools:
            assert f"`{tool}`" in sources, f"{where}: tool {tool} is not in SOURCES.md's vocabulary"
        assert f"`{row['repo']}`" in sources, f"{where}: {row['repo']} is not listed in SOURCES.md"
        assert row["marker"], f"{where}: marker"
    repos = {row["repo"] for row in table}
    assert len(repos) >= 20
    levels = {row["expected_involvement"] for row in table}
    assert levels == {"none", "assisted", "generated"}


def test_every_ai_marked_row_is_recognised_at_its_level() -> None:
    mismatches: dict[str, list[str]] = defaultdict(list)
    for row in rows():
        expected = row["expected_involvement"]
        if expected == "none":
            continue
        found = product_reading(row)
        if found.involvement != expected:
            mismatches[_marker_class(str(row["marker"]))].append(
                f"{row['repo']} {str(row['sha'])[:12]}: expected {expected}, read {found.involvement} "
                f"{list(found.conventions)} [{row['marker']}]")
    assert not mismatches, _report(mismatches, "AI-marked rows not recognised at their level")


def test_no_human_row_is_read_as_ai() -> None:
    mismatches: dict[str, list[str]] = defaultdict(list)
    for row in rows():
        if row["expected_involvement"] != "none":
            continue
        found = product_reading(row)
        if found.involvement in AI_LEVELS:
            agents = ", ".join(agent.tool for agent in found.agents)
            mismatches[str(row["marker"]).split(":")[0]].append(
                f"{row['repo']} {str(row['sha'])[:12]}: read {found.involvement} ({agents}) by "
                f"{list(found.conventions)} [{row['marker']}]")
    assert not mismatches, _report(mismatches, "human rows read as AI")


def test_a_row_without_any_marker_reads_as_undisclosed() -> None:
    # The floor the two tests above rely on: a plain message declares nothing.
    row = {"sha": "0" * 40, "author_name": "A Person", "author_email": "a@example.com",
           "committer_name": "A Person", "committer_email": "a@example.com", "message": "Fix a typo\n"}
    assert product_reading(row).involvement == "undisclosed"


def test_sources_lists_every_surveyed_repository() -> None:
    listed = [line.strip() for line in (DATA / "repos.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    sources = SOURCES.read_text(encoding="utf-8")
    assert len(listed) >= 20
    assert [repo for repo in listed if f"`{repo}`" not in sources] == []

