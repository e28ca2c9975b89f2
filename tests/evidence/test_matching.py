"""Records held against the staged lines of real repositories: repository, window and content."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from provenance.evidence.matching import EvidenceReport, window
from provenance.evidence.run import commit_target, run_evidence, staged_target
from provenance.evidence.settings import EvidenceSettings, SourceSettings
from provenance.evidence.sources import Platform
from provenance.evidence.suggest import assisted_by_lines
from tests.evidence.helpers import claude_session, codex_session
from tests.gitutil import commit_file, git, init_repo

CODE = ("def settle(invoice, payments):\n    remaining = invoice.total - sum(payments)\n"
        "    if remaining < 0:\n        raise OverpaidError(invoice.number)\n    return remaining\n")
NOW = datetime.now(timezone.utc)


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _evidence(repo: Path, home: Path, settings: EvidenceSettings | None = None) -> EvidenceReport:
    settings = settings or EvidenceSettings()
    target = staged_target(str(repo), settings)
    platform = Platform("linux", str(home), {}, target.identity.tops)
    return run_evidence(target, settings, platform).report


def _stage(repo: Path, name: str = "billing.py", content: str = CODE) -> None:
    commit_file(repo, "start")
    (repo / name).write_text(content)
    git(repo, "add", name)


def test_a_session_that_wrote_the_staged_lines_matches(repo: Path, tmp_path: Path) -> None:
    _stage(repo)
    claude_session(tmp_path / "home", repo, "s-1", _stamp(NOW), repo / "billing.py", CODE)
    report = _evidence(repo, tmp_path / "home")
    (found,) = report.matches
    assert (found.tool, found.sessions, found.files) == ("Claude Code", {"s-1"}, {"billing.py"})
    assert len(found.matched) == report.total_lines == 5
    assert assisted_by_lines(report) == ["Assisted-by: Claude:claude-sonnet-4-5"]


def test_a_session_in_another_repository_changes_nothing(repo: Path, tmp_path: Path) -> None:
    _stage(repo)
    other = init_repo(tmp_path / "other")
    claude_session(tmp_path / "home", other, "s-2", _stamp(NOW), other / "billing.py", CODE)
    report = _evidence(repo, tmp_path / "home")
    assert not (report.matches or report.touches or report.activity)


def test_a_session_here_that_edited_other_files_changes_nothing(repo: Path, tmp_path: Path) -> None:
    _stage(repo)
    claude_session(tmp_path / "home", repo, "s-3", _stamp(NOW), repo / "elsewhere.py", CODE)
    report = _evidence(repo, tmp_path / "home")
    assert not (report.matches or report.touches)


def test_only_trivial_or_too_few_lines_in_common_is_a_touch_not_a_match(repo: Path, tmp_path: Path) -> None:
    _stage(repo)
    written = "    return remaining\n}\npass\nimport os\nfrom typing import Any\n"
    claude_session(tmp_path / "home", repo, "s-4", _stamp(NOW), repo / "billing.py", written)
    report = _evidence(repo, tmp_path / "home")
    assert report.matches == []
    (touch,) = report.touches
    assert touch.sessions == {"s-4"} and len(touch.matched) == 1
    assert assisted_by_lines(report) == []


def test_imports_count_in_the_share_but_not_towards_the_minimum(repo: Path, tmp_path: Path) -> None:
    imports = "import os\nimport sys\nfrom pathlib import Path\nfrom typing import Any\nimport json\n"
    _stage(repo, content=imports + "value = compute(os.sep)\n")
    claude_session(tmp_path / "home", repo, "s-5", _stamp(NOW), repo / "billing.py", imports)
    report = _evidence(repo, tmp_path / "home")
    assert report.matches == [] and len(report.touches[0].matched) == 5


def test_records_older_than_the_window_do_not_count(repo: Path, tmp_path: Path) -> None:
    _stage(repo)
    claude_session(tmp_path / "home", repo, "s-6", _stamp(NOW - timedelta(days=3)), repo / "billing.py", CODE)
    assert _evidence(repo, tmp_path / "home").matches == []
    longer = EvidenceSettings(window=timedelta(days=4))
    assert [m.sessions for m in _evidence(repo, tmp_path / "home", longer).matches] == [{"s-6"}]


def test_a_disabled_source_is_not_read(repo: Path, tmp_path: Path) -> None:
    _stage(repo)
    claude_session(tmp_path / "home", repo, "s-7", _stamp(NOW), repo / "billing.py", CODE)
    off = EvidenceSettings(sources={"claude-code": SourceSettings(enabled=False)})
    assert _evidence(repo, tmp_path / "home", off).matches == []


def test_a_session_in_a_linked_worktree_matches(repo: Path, tmp_path: Path) -> None:
    commit_file(repo, "start")
    linked = tmp_path / "linked"
    git(repo, "worktree", "add", "-q", str(linked))
    (repo / "billing.py").write_text(CODE)
    git(repo, "add", "billing.py")
    claude_session(tmp_path / "home", linked, "s-8", _stamp(NOW), linked / "billing.py", CODE)
    assert [m.link for m in _evidence(repo, tmp_path / "home").matches] == [f"session ran in {linked}"]


def test_a_codex_session_in_a_moved_clone_matches_by_remote_url(repo: Path, tmp_path: Path) -> None:
    _stage(repo)
    git(repo, "remote", "add", "origin", "https://example.com/ada/billing.git")
    patch = "*** Begin Patch\n*** Add File: billing.py\n" + "".join(f"+{line}\n" for line in CODE.splitlines())
    codex_session(tmp_path / "home", tmp_path / "old-clone", "c-1", _stamp(NOW), patch + "*** End Patch\n",
                  repository_url="git@example.com:ada/billing.git")
    (found,) = _evidence(repo, tmp_path / "home").matches
    assert found.tool == "Codex CLI" and found.link == "session names this repository's remote URL"
    assert found.models == {"gpt-5-codex"}


def test_a_commit_is_checked_against_the_records_before_it(repo: Path, tmp_path: Path) -> None:
    _stage(repo)
    git(repo, "commit", "-q", "--no-verify", "-m", "settle")
    claude_session(tmp_path / "home", repo, "s-9", _stamp(NOW - timedelta(seconds=5)), repo / "billing.py", CODE)
    target = commit_target(str(repo), "HEAD", EvidenceSettings())
    report = run_evidence(target, EvidenceSettings(), Platform("linux", str(tmp_path / "home"), {}, (str(repo),)))
    assert [m.sessions for m in report.report.matches] == [{"s-9"}]


def test_the_window_reaches_back_to_the_previous_commit_or_the_minimum() -> None:
    end = datetime(2026, 12, 1, tzinfo=timezone.utc)
    assert window(end - timedelta(days=5), end, timedelta(hours=24)) == (end - timedelta(days=5), end)
    assert window(end - timedelta(hours=1), end, timedelta(hours=24)) == (end - timedelta(hours=24), end)
    assert window(None, end, timedelta(hours=2)) == (end - timedelta(hours=2), end)


def test_a_codex_session_started_at_one_of_our_commits_matches_in_a_moved_clone(repo: Path, tmp_path: Path) -> None:
    _stage(repo)
    head = git(repo, "rev-parse", "HEAD").stdout.strip()
    patch = "*** Begin Patch\n*** Add File: billing.py\n" + "".join(f"+{line}\n" for line in CODE.splitlines())
    rollout = codex_session(tmp_path / "home", tmp_path / "gone", "c-2", _stamp(NOW), patch + "*** End Patch\n")
    lines = rollout.read_text().splitlines()
    lines[0] = lines[0].replace('"source": "cli"}', f'"source": "cli", "git": {{"commit_hash": "{head}"}}}}')
    rollout.write_text("\n".join(lines) + "\n")
    (found,) = _evidence(repo, tmp_path / "home").matches
    assert found.link == "session started at a commit of this repository"


def test_a_gemini_project_hash_ties_a_session_to_this_work_tree(repo: Path, tmp_path: Path) -> None:
    _stage(repo)
    chats = tmp_path / "home" / ".gemini" / "tmp" / "slug" / "chats"
    chats.mkdir(parents=True)
    project = hashlib.sha256(str(repo).encode()).hexdigest()
    call = {"id": "w", "name": "write_file", "status": "success", "timestamp": _stamp(NOW),
            "args": {"file_path": "billing.py", "content": CODE}}
    (chats / "session-x.jsonl").write_text(
        json.dumps({"sessionId": "g-1", "projectHash": project, "startTime": _stamp(NOW)}) + "\n"
        + json.dumps({"id": "m", "timestamp": _stamp(NOW), "type": "gemini", "model": "gemini-2.5-pro",
                      "toolCalls": [call]}) + "\n")
    (found,) = _evidence(repo, tmp_path / "home").matches
    assert (found.tool, found.link) == ("Gemini CLI", "project hash of this work tree")


def test_local_inference_in_the_window_is_activity_without_a_file_link(repo: Path, tmp_path: Path) -> None:
    _stage(repo)
    logs = tmp_path / "home" / ".ollama" / "logs"
    logs.mkdir(parents=True)
    local = datetime.now().strftime("%Y/%m/%d - %H:%M:%S")
    (logs / "server.log").write_text(f'[GIN] {local} | 200 |  2.1s |  127.0.0.1 | POST     "/api/chat"\n')
    report = _evidence(repo, tmp_path / "home")
    assert report.matches == [] and report.touches == []
    assert [(a.tool, len(a.records)) for a in report.activity] == [("Ollama", 1)]
