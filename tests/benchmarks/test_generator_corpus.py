"""The multi-generator corpus builder (benchmarks/generator_corpus.py and its helpers): labelling
commits by their markers, the one ``git log -p`` stream, the human-author and period rules, hygiene
and grouping. Every repository here is a real git repository built in a temporary folder."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
from pathlib import Path

import pytest

from provenance.core.identities import Identity
from tests.gitutil import clean_env, git, init_repo
from tests.paths import PROJECT_ROOT

BENCHMARKS = PROJECT_ROOT / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

families = importlib.import_module("generator_families")
commits = importlib.import_module("generator_commits")
corpus = importlib.import_module("generator_corpus")

PERSON = Identity("Ada Lovelace", "ada@example.com")
PYTHON_BODY = "\n".join(f"def step_{i}(value):\n    return value + {i}\n" for i in range(4))


@pytest.mark.parametrize(("name", "family"), [
    ("Claude-3.5-Sonnet-20241022", "claude"),
    ("claude-3-5-sonnet-20240620", "claude"),
    ("gtp4o", "gpt-codex"),
    ("gpt-4o", "gpt-codex"),
    ("O1-Mini-2024-09-12 (N=1)", "gpt-codex"),
    ("gpt-oss", "gpt-codex"),
    ("codestral-latest", "open-weights"),
    ("llama-3-sonar-large-32k-chat", "open-weights"),
    ("Qwen2.5-Coder-Ins-32B", "open-weights"),
    ("DSCoder-33b-Ins", "open-weights"),
    ("gemini-1.5-pro-001", "gemini"),
    ("copilot", "unattributed"),
])
def test_model_names_map_to_families(name: str, family: str) -> None:
    assert families.family_of_model(name) == family


@pytest.mark.parametrize(("author", "message", "kind", "family"), [
    (PERSON, "Fix\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>\n", "ai", "claude"),
    (PERSON, "Fix\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n", "ai", "claude"),
    (Identity("google-labs-jules[bot]", "161369871+google-labs-jules[bot]@users.noreply.github.com"), "Add x",
     "ai", "gemini"),
    (Identity("Copilot", "198982749+Copilot@users.noreply.github.com"), "Add x", "ai", "unattributed"),
    (PERSON, "Fix\n\n_codex-gpt-5.5-medium on behalf of Ada_\n", "ai", "gpt-codex"),
    (PERSON, "Fix\n\nCo-authored-by: Amp <amp@ampcode.com>\n", "ai", "unattributed"),
    (PERSON, "Fix\n\nCo-authored-by: Qwen-Coder <qwen-coder@alibabacloud.com>\n", "ai", "open-weights"),
    (PERSON, "Fix\n\nGenerated-by: claude\n", "ai", "claude"),
    (PERSON, "Fix\n\nCo-authored-by: gemini-code-assist[bot] <1+gemini-code-assist[bot]@users.noreply.github.com>\n",
     "weak", "gemini"),
    (Identity("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"), "Bump x", "bot", "human"),
    (PERSON, "Fix\n\nCo-authored-by: Bob <bob@example.com>\n", "human", "human"),
    # A person called Claude is not Claude Code: the address decides.
    (Identity("Claude Monet", "claude@example.com"), "Paint", "human", "human"),
])
def test_commits_are_labelled_by_their_markers(author: Identity, message: str, kind: str, family: str) -> None:
    label = commits.label_commit(author, message)
    assert (label.kind, label.family) == (kind, family)


def test_declared_none_is_recorded_on_human_commits() -> None:
    assert commits.label_commit(PERSON, "Fix\n\nAI-Assisted: none\n").declared_none


def _commit(repo: Path, path: str, content: str, message: str, author: tuple[str, str], date: str) -> None:
    target = repo / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content)
    git(repo, "add", path)
    env = clean_env(GIT_AUTHOR_NAME=author[0], GIT_AUTHOR_EMAIL=author[1], GIT_AUTHOR_DATE=date,
                    GIT_COMMITTER_DATE=date)
    git(repo, "commit", "-q", "--no-verify", "-m", message, env=env)


def _history(tmp_path: Path) -> Path:
    """A repository whose history exercises every rule: AI, clean human, tainted human, bot, old."""
    repo = init_repo(tmp_path / "work")
    ada, bob = ("Ada Lovelace", "ada@example.com"), ("Bob Builder", "bob@example.com")
    jules = ("google-labs-jules[bot]", "161369871+google-labs-jules[bot]@users.noreply.github.com")
    _commit(repo, "old.py", PYTHON_BODY.replace("step", "old"), "Old code", bob, "2019-01-01T00:00:00+00:00")
    _commit(repo, "ai.py", PYTHON_BODY, "Add steps\n\nCo-Authored-By: Claude <noreply@anthropic.com>", ada,
            "2025-06-01T00:00:00+00:00")
    _commit(repo, "ada.py", PYTHON_BODY.replace("step", "ada"), "Ada alone", ada, "2025-06-02T00:00:00+00:00")
    _commit(repo, "web/app.ts", "export function a(x: number) {\n  const y = x + 1;\n  const z = y * 2;\n"
            "  return z - 3;\n}\n", "Add app", jules, "2025-06-03T00:00:00+00:00")
    _commit(repo, "bob.py", PYTHON_BODY.replace("step", "bob"), "Bob's\n\nAI-Assisted: none", bob,
            "2025-06-04T00:00:00+00:00")
    _commit(repo, "notes.md", "# notes\n" * 8, "Docs only", bob, "2025-06-05T00:00:00+00:00")
    _commit(repo, "bump.py", PYTHON_BODY.replace("step", "bump"), "Bump", ("dependabot[bot]", "bot@example.com"),
            "2025-06-06T00:00:00+00:00")
    git(repo, "clone", "-q", "--bare", str(repo), str(tmp_path / "mirror.git"))
    return tmp_path / "mirror.git"


def test_one_log_stream_gives_each_commit_with_its_added_source_hunks(tmp_path: Path) -> None:
    found = {commit.message.splitlines()[0]: commit for commit in commits.stream_commits(_history(tmp_path))}
    assert "Docs only" not in found  # no source file touched
    steps = found["Add steps"]
    assert [hunk.path for hunk in steps.hunks] == ["ai.py"]
    assert steps.hunks[0].text == PYTHON_BODY
    assert len(steps.hunks[0].blob) == 40
    assert steps.author == Identity("Ada Lovelace", "ada@example.com")
    assert steps.date == dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)


def test_human_hunks_come_only_from_clean_authors_inside_the_ai_period(tmp_path: Path) -> None:
    hunks, skipped = commits.select_hunks(commits.stream_commits(_history(tmp_path)))
    by_path = {hunk.path: hunk.label for hunk in hunks}
    assert by_path["ai.py"].family == "claude"
    assert by_path["web/app.ts"].family == "gemini"
    assert by_path["bob.py"].kind == "human" and by_path["bob.py"].declared_none
    # Ada co-wrote with Claude, so her lone commit is not evidence of human style; the 2019 commit is
    # outside the period; dependabot is nobody.
    assert {"ada.py", "old.py", "bump.py"}.isdisjoint(by_path)
    assert skipped["human-tainted-author"] == 1
    assert skipped["human-outside-period"] == 1
    assert skipped["bot"] == 1


def test_a_repository_without_ai_commits_gives_no_human_hunks(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "plain")
    _commit(repo, "a.py", PYTHON_BODY, "Plain", ("Bob", "bob@example.com"), "2025-06-01T00:00:00+00:00")
    hunks, skipped = commits.select_hunks(commits.stream_commits(repo / ".git"))
    assert hunks == [] and skipped["human-no-ai-period"] == 1


def test_hunks_of_vendored_or_huge_files_are_left_out(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "vendor")
    huge = "".join(f"x_{i} = {i}\n" for i in range(commits.MAX_ADDED_LINES_PER_FILE + 1))
    target = repo / "node_modules" / "lib.js"
    target.parent.mkdir()
    target.write_text("function f() {\n  return 1;\n}\n" * 3)
    (repo / "huge.py").write_text(huge)
    (repo / "kept.py").write_text(PYTHON_BODY)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Import\n\nCo-Authored-By: Claude <noreply@anthropic.com>")
    [commit] = commits.stream_commits(repo / ".git")
    assert [hunk.path for hunk in commit.hunks] == ["kept.py"]
    assert commit.oversized_files == 1


def test_normalisation_makes_formatting_variants_one_text() -> None:
    crlf = PYTHON_BODY.replace("\n", "   \r\n").rstrip("\n")
    assert corpus.clean_text(crlf, "file") == corpus.clean_text(PYTHON_BODY, "file") == PYTHON_BODY


def test_tiny_texts_are_dropped() -> None:
    assert corpus.clean_text("x = 1\ny = 2\n", "hunk") is None
    assert corpus.clean_text("a = 1\nb = 2\nc = 3\nd = 4\n", "hunk") is not None
    assert corpus.clean_text("a = 1\nb = 2\nc = 3\nd = 4\n", "file") is None


def _entry(text: str, label: str, source: str = "s") -> object:
    return corpus.Entry("file", source, source, "", "", "none", "g", "claude" if label == "ai" else "human",
                        label, "python", "group", "repo", "era-matched", "p.py", "", text)


def test_duplicates_collapse_and_texts_under_both_labels_are_dropped() -> None:
    other = PYTHON_BODY.replace("value", "item")
    kept, dropped = corpus.deduplicate([
        _entry(PYTHON_BODY, "ai"), _entry(PYTHON_BODY.replace("\n", "\r\n"), "ai"),
        _entry(other, "ai"), _entry(other + "\n\n", "human"),
    ])
    assert [entry.text for entry in kept] == [PYTHON_BODY]
    assert dropped["file: duplicate"] == 2 and dropped["both labels"] == 1


@pytest.mark.parametrize("repo", ["Aider-AI/aider", "someone/HalluCodeDetector", "google-research/mbpp",
                                  "openai/human-eval", "pytoolz/toolz", "mahmoud/boltons", "more-itertools/x"])
def test_reserved_sets_are_refused(repo: str) -> None:
    with pytest.raises(corpus.CorpusError, match="reserved"):
        corpus.check_not_reserved(repo)


def _dump_mirror(mirrors: Path) -> None:
    """A tiny mohsystem-style dump: two models, the same task in Python and Java."""
    repo = init_repo(mirrors / "work")
    files = {
        "output/claude/Task7_CLAUDE_claude_3_5_sonnet_20240620.py": PYTHON_BODY,
        "output/gtp4o/Task7_OPENAI_gpt_4o.py": PYTHON_BODY.replace("value", "v"),
        "output/gtp4o/Task8_OPENAI_gpt_4o.py": "x = 1\n",  # too small: dropped
        "output/claude/Task9_CLAUDE_claude_3_5_sonnet_20240620.py": PYTHON_BODY,  # duplicate: dropped
        "promptDescription-0XX/promptDescription-007.json": "{}",
    }
    for path, text in files.items():
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(text)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "dump")
    target = mirrors / "mohsystem+llm-generated-code-python" / "repo"
    target.parent.mkdir(parents=True)
    git(mirrors, "clone", "-q", "--bare", str(repo), str(target))


def test_main_builds_a_grouped_manifest_from_the_mirrors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _dump_mirror(tmp_path / "mirrors")
    out = tmp_path / "out"
    code = corpus.main(["--mirrors", str(tmp_path / "mirrors"), "--out", str(out), "--no-research",
                        "--only", "mohsystem-python"])
    assert code == 0
    manifest = json.loads((out / "MANIFEST.json").read_text())
    rows = {row["generator"]: row for row in manifest["entries"]}
    assert set(rows) == {"claude-3-5-sonnet-20240620", "gpt-4o"}
    assert {row["family"] for row in rows.values()} == {"claude", "gpt-codex"}
    assert {row["group"] for row in rows.values()} == {"mohsystem/task7"}
    assert (out / rows["gpt-4o"]["path"]).read_text() == PYTHON_BODY.replace("value", "v")
    assert manifest["sources"][0]["commit"] == git(tmp_path / "mirrors" / "work", "rev-parse", "HEAD").stdout.strip()
    assert "NOT met" in capsys.readouterr().out
    texts = {row["generator"]: text for row, text in corpus.read_corpus(out)}
    assert texts["claude-3-5-sonnet-20240620"] == PYTHON_BODY


def test_an_unknown_source_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert corpus.main(["--mirrors", str(tmp_path), "--out", str(tmp_path / "out"), "--only", "nope"]) == 2
    assert capsys.readouterr().err.startswith("error: unknown source(s) nope; choose from ")


def test_summary_without_a_built_corpus_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert corpus.main(["--out", str(tmp_path), "--summary"]) == 2
    assert "no corpus built yet" in capsys.readouterr().err
