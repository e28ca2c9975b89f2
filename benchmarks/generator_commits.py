"""Real commit hunks labelled by who the commit says wrote them.

One ``git log -p`` stream per repository gives every non-merge commit with the lines it adds to
Python/JS/TS/Go/Rust/Java/C/C++ files. A commit is labelled by its markers:

- AI: an AI identity as author or ``Co-authored-by:`` (``provenance.core.identities``: Claude Code's
  ``noreply@anthropic.com``, ``copilot-swe-agent[bot]``, ``cursoragent@cursor.com``,
  ``google-labs-jules[bot]``, Devin, ...), the Claude Code footer, Codex's "codex-MODEL on behalf
  of" line, Amp, OpenHands and Qwen Code co-authors, or a ``Generated-by:``/``Assisted-by:`` trailer.
- weak: ``gemini-code-assist[bot]`` as co-author (a person applied a review suggestion; most of
  the commit is the person's). Neither side uses it, but it taints its author like an AI marker.
- bot: dependabot, renovate, github-actions, ... (not a person, not a model): skipped.
- human: everything else, *if* the author has no AI- or weak-marked commit in the repository and
  the commit falls inside the repository's AI period (first AI commit - PERIOD_MARGIN to last AI
  commit + PERIOD_MARGIN), so both sides come from the same project and era.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator_families import GEMINI, HUMAN, OPEN_WEIGHTS, UNATTRIBUTED, family_of_model

from provenance.core.identities import Identity, match_ai_identity, parse_identity

SOURCE_GLOBS = ("*.py", "*.js", "*.mjs", "*.jsx", "*.ts", "*.tsx", "*.go", "*.rs", "*.java",
                "*.c", "*.h", "*.cc", "*.cpp", "*.cxx", "*.hpp", "*.hh")
# Paths nobody writes by hand: vendored or built code, lock-step generated files.
SKIPPED_PATH = re.compile(
    r"(^|/)(node_modules|vendor|third_party|dist|build|\.next|__generated__|generated)/"
    r"|\.min\.js$|\.bundle\.js$|\.d\.ts$|_pb2\.py$|\.pb\.go$|_generated\.|\.gen\.(go|ts)$"
)
MAX_ADDED_LINES_PER_FILE = 1500  # more is an import, a vendored copy or generated output
MAX_FILES_PER_COMMIT = 80  # a sweep (reformat, rename, import) says little about who wrote the lines
PERIOD_MARGIN = dt.timedelta(days=90)

COMMIT_START = "\x1e"
FIELD_END = "\x1f"
LOG_FORMAT = f"{COMMIT_START}%H{FIELD_END}%an{FIELD_END}%ae{FIELD_END}%aI{FIELD_END}%B{FIELD_END}"

_CO_AUTHOR = re.compile(r"^co-authored-by:\s*(?P<value>.+?)\s*$", re.I | re.M)
_DISCLOSURE = re.compile(r"^(?:generated-by|assisted-by|co-authored-by-ai):\s*(?P<value>.+?)\s*$", re.I | re.M)
_DECLARED_NONE = re.compile(r"^ai-assisted:\s*none\s*$", re.I | re.M)
_CLAUDE_FOOTER = re.compile(r"Generated with \[?Claude Code", re.I)
_CODEX_ON_BEHALF = re.compile(r"_?codex-(?P<model>[\w.\-]+?)-?\s+on behalf of", re.I)
# Co-authors that provenance.core.identities does not know (yet): (pattern, tool, family). Qwen Code
# can be pointed at any model, but its trailer is written by default with Qwen's own (Qwen3-Coder).
_EXTRA_TOOLS = (
    (re.compile(r"<amp@ampcode\.com>|^amp\s*<", re.I), "amp", UNATTRIBUTED),
    (re.compile(r"openhands@all-hands\.dev", re.I), "openhands", UNATTRIBUTED),
    (re.compile(r"qwen-coder@alibabacloud\.com", re.I), "qwen-code", OPEN_WEIGHTS),
)
_WEAK = re.compile(r"gemini-code-assist\[bot\]", re.I)
_BOT = re.compile(r"\[bot\]|dependabot|renovate|github-actions|imgbot|pre-commit-ci|snyk-bot|greenkeeper", re.I)
# Tools whose model family the tool itself tells (Jules runs Gemini; Qwen Code's trailer is Qwen3-Coder's).
_TOOL_FAMILY = {"claude-code": "claude", "codex": "gpt-codex", "gemini": GEMINI, "jules": GEMINI,
                "qwen-code": OPEN_WEIGHTS}


@dataclass(frozen=True)
class CommitLabel:
    """``kind`` is "ai", "weak", "bot" or "human"; ``generator`` names the tool/model for "ai"."""

    kind: str
    generator: str = ""
    family: str = HUMAN
    declared_none: bool = False


@dataclass
class Hunk:
    path: str
    blob: str  # the post-image blob id of the file (from the diff's index line)
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


@dataclass
class Commit:
    sha: str
    author: Identity
    date: dt.datetime
    message: str
    hunks: list[Hunk] = field(default_factory=list)
    files: int = 0
    oversized_files: int = 0


def _ai_generator(tool: str, model: str | None) -> tuple[str, str]:
    """(generator, family) of a matched AI identity."""
    generator = model or tool
    family = family_of_model(model) if model else _TOOL_FAMILY.get(tool, UNATTRIBUTED)
    if family == UNATTRIBUTED and tool in _TOOL_FAMILY:
        family = _TOOL_FAMILY[tool]
    return generator, family


def _identity_label(identity: Identity) -> CommitLabel | None:
    if _WEAK.search(identity.name) or _WEAK.search(identity.email):
        return CommitLabel("weak", "gemini-code-assist", GEMINI)
    matched = match_ai_identity(identity)
    if matched is not None:
        generator, family = _ai_generator(matched.tool, matched.model)
        return CommitLabel("ai", generator, family)
    text = f"{identity.name} <{identity.email}>"
    for pattern, tool, family in _EXTRA_TOOLS:
        if pattern.search(text):
            return CommitLabel("ai", tool, family)
    return None


def _message_label(message: str) -> CommitLabel | None:
    """A label from the message's text markers, co-authors and disclosure trailers."""
    codex = _CODEX_ON_BEHALF.search(message)
    if codex:
        return CommitLabel("ai", f"codex-{codex.group('model')}", "gpt-codex")
    weak = None
    for match in _CO_AUTHOR.finditer(message):
        label = _identity_label(parse_identity(match.group("value")))
        if label is not None and label.kind == "ai":
            return label
        weak = weak or label
    for match in _DISCLOSURE.finditer(message):
        value = match.group("value")
        if value.lower() != "none":
            return CommitLabel("ai", value.split()[0].rstrip(",;"), family_of_model(value))
    if _CLAUDE_FOOTER.search(message):
        return CommitLabel("ai", "claude-code", "claude")
    return weak


def label_commit(author: Identity, message: str) -> CommitLabel:
    """What a commit's author and message say about who wrote it (see the module docstring)."""
    label = _identity_label(author) or _message_label(message)
    if label is not None:
        return label
    if _BOT.search(author.name) or _BOT.search(author.email):
        return CommitLabel("bot")
    return CommitLabel("human", declared_none=bool(_DECLARED_NONE.search(message)))


class _DiffReader:
    """Collects the added lines of one commit's ``-U0`` patch, one Hunk per ``@@`` block."""

    def __init__(self, commit: Commit) -> None:
        self.commit = commit
        self.path: str | None = None
        self.blob = ""
        self.added = 0
        self.file_hunks: list[Hunk] = []
        self.in_hunk = False

    def feed(self, line: str) -> None:
        if line.startswith("diff --git "):
            self._close_file()
            self.path, self.blob, self.in_hunk = None, "", False
            self.commit.files += 1
        elif not self.in_hunk:
            self._header(line)
        elif line.startswith("@@"):
            self.file_hunks.append(Hunk(self.path or "", self.blob))
        elif line.startswith("+") and self.path is not None:
            self.file_hunks[-1].lines.append(line[1:])
            self.added += 1

    def _header(self, line: str) -> None:
        if line.startswith("index "):
            ids = line.split()[1].split("..")
            self.blob = ids[1] if len(ids) == 2 else ""
        elif line.startswith("+++ "):
            target = line[4:]
            self.path = target[2:] if target.startswith("b/") else None
        elif line.startswith("@@"):
            self.in_hunk = True
            self.file_hunks.append(Hunk(self.path or "", self.blob))

    def _close_file(self) -> None:
        if self.path is not None and not SKIPPED_PATH.search(self.path):
            if self.added > MAX_ADDED_LINES_PER_FILE:
                self.commit.oversized_files += 1
            else:
                self.commit.hunks.extend(hunk for hunk in self.file_hunks if hunk.lines)
        self.file_hunks, self.added = [], 0

    def close(self) -> Commit:
        self._close_file()
        return self.commit


def _parse_header(header: str) -> Commit | None:
    parts = header.split(FIELD_END)
    if len(parts) < 5:
        return None
    sha, name, email, date, message = parts[:5]
    return Commit(sha.strip(), Identity(name, email), dt.datetime.fromisoformat(date.strip()), message.strip())


def parse_log(lines: Iterable[str]) -> Iterator[Commit]:
    """Commits (with their added hunks) from the output of ``git log -p`` with LOG_FORMAT."""
    header: list[str] | None = None
    reader: _DiffReader | None = None
    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith(COMMIT_START):
            if reader is not None:
                yield reader.close()
            reader, header = None, [line[1:]]
        elif header is not None:
            header.append(line)
        elif reader is not None:
            reader.feed(line)
        if header is not None and "\n".join(header).count(FIELD_END) >= 5:
            commit = _parse_header("\n".join(header))
            header = None
            reader = _DiffReader(commit) if commit is not None else None
    if reader is not None:
        yield reader.close()


def git_log_command(git_dir: Path) -> list[str]:
    return ["git", "--git-dir", str(git_dir), "-c", "core.quotePath=false", "log", "HEAD", "--no-merges",
            "-p", "-U0", "--full-index", "--no-color", "--no-ext-diff", "--no-textconv", "-M",
            f"--format={LOG_FORMAT}", "--", *SOURCE_GLOBS]


def stream_commits(git_dir: Path) -> Iterator[Commit]:
    """parse_log over one streaming ``git log -p`` process of the repository at ``git_dir``."""
    with subprocess.Popen(git_log_command(git_dir), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          encoding="utf-8", errors="replace") as process:
        assert process.stdout is not None
        yield from parse_log(process.stdout)
        process.stdout.close()
        if process.wait() != 0:
            raise RuntimeError(f"git log failed in {git_dir} (exit {process.returncode}); is it a git directory?")


@dataclass(frozen=True)
class LabelledHunk:
    commit: str
    date: dt.datetime
    path: str
    blob: str
    text: str
    label: CommitLabel


def _author_keys(identity: Identity) -> set[str]:
    return {key for key in (identity.name.strip().lower(), identity.email.strip().lower()) if key}


def select_hunks(commits: Iterable[Commit]) -> tuple[list[LabelledHunk], dict[str, int]]:
    """AI hunks of AI-marked commits and human hunks of clean authors inside the AI period.

    Returns the hunks and counts of what was left out and why (for the sources table)."""
    ai: list[LabelledHunk] = []
    human_candidates: list[tuple[frozenset[str], LabelledHunk]] = []
    tainted: set[str] = set()
    ai_dates: list[dt.datetime] = []
    skipped = {"bot": 0, "weak": 0, "sweep": 0, "oversized-files": 0}
    for commit in commits:
        label = label_commit(commit.author, commit.message)
        skipped["oversized-files"] += commit.oversized_files
        if label.kind in ("ai", "weak"):
            tainted |= _author_keys(commit.author)
        if label.kind == "ai":
            ai_dates.append(commit.date)
        if label.kind in ("bot", "weak"):
            skipped[label.kind] += 1
            continue
        if commit.files > MAX_FILES_PER_COMMIT:
            skipped["sweep"] += 1
            continue
        hunks = [LabelledHunk(commit.sha, commit.date, hunk.path, hunk.blob, hunk.text, label)
                 for hunk in commit.hunks]
        if label.kind == "ai":
            ai.extend(hunks)
        else:
            key = frozenset(_author_keys(commit.author))
            human_candidates.extend((key, hunk) for hunk in hunks)
    human = _clean_human(human_candidates, tainted, ai_dates, skipped)
    return ai + human, skipped


def _clean_human(candidates: list[tuple[frozenset[str], LabelledHunk]], tainted: set[str],
                 ai_dates: list[dt.datetime], skipped: dict[str, int]) -> list[LabelledHunk]:
    if not ai_dates:
        skipped["human-no-ai-period"] = len(candidates)
        return []
    start, end = min(ai_dates) - PERIOD_MARGIN, max(ai_dates) + PERIOD_MARGIN
    kept = []
    skipped["human-tainted-author"] = skipped["human-outside-period"] = 0
    for keys, hunk in candidates:
        if keys & tainted:
            skipped["human-tainted-author"] += 1
        elif not start <= hunk.date <= end:
            skipped["human-outside-period"] += 1
        else:
            kept.append(hunk)
    return kept
