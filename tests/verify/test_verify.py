"""``git-provenance verify`` end to end: real repositories, the real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gitutil import clean_env, commit_file, git, init_repo

CLI = [sys.executable, "-m", "provenance"]

OK_NONE = "AI-Assisted: none"


def verify(repo: Path, *args: str, extra_env: dict[str, str] | None = None,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "verify", *args], cwd=repo, env=env or clean_env(**(extra_env or {})),
                          capture_output=True, text=True, timeout=120)


def verify_json(repo: Path, *args: str, extra_env: dict[str, str] | None = None) -> tuple[int, dict]:
    proc = verify(repo, "--format", "json", *args, extra_env=extra_env)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def one_line_error(proc: subprocess.CompletedProcess[str], code: int) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


def empty_commit(repo: Path, message: str, env: dict[str, str] | None = None) -> str:
    subprocess.run(["git", "commit", "-q", "--allow-empty", "--allow-empty-message", "--no-verify",
                    "--cleanup=verbatim", "-F", "-"], cwd=repo, env=env or clean_env(), input=message.encode(),
                   check=True, capture_output=True)
    return git(repo, "rev-parse", "HEAD").stdout.strip()


def subject(message: str) -> str:
    return message.split("\n", 1)[0]


# --------------------------------------------------------------------------- clean and failing ranges

def test_clean_range_exits_0(repo: Path) -> None:
    commit_file(repo, f"First\n\n{OK_NONE}\n")
    commit_file(repo, "Second\n\nAssisted-by: Claude:claude-3-opus\n")
    commit_file(repo, "Third\n\nCo-authored-by: Codex <codex@openai.com>\n")
    proc = verify(repo, "--last", "3")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stderr == ""
    assert "verify: 3 commit(s) in the last 3 commits of HEAD: 0 failing, 0 error(s)" in proc.stdout


def test_failing_commits_exit_1_and_are_named(repo: Path) -> None:
    messages = [
        f"Good one\n\n{OK_NONE}\n",
        "Undisclosed change\n\nJust a body.\n",
        f"Another good one\n\n{OK_NONE}\n",
        "Bad value\n\nAI-Assisted: yes\n",
        "Signed by a robot\n\nAssisted-by: Claude:claude-3-opus\nSigned-off-by: Claude <noreply@anthropic.com>\n",
    ]
    shas = [commit_file(repo, m) for m in messages]
    proc = verify(repo, "--last", "5")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    out = proc.stdout
    failing = {1: "missing-disclosure", 3: "malformed-disclosure", 4: "ai-signoff"}
    for index, rule in failing.items():
        header = f"{shas[index][:12]} {subject(messages[index])}"
        assert header in out, out
        assert f"error[{rule}]" in out
    for index in (0, 2):
        assert shas[index][:7] not in out
    assert "verify: 5 commit(s) in the last 5 commits of HEAD: 3 failing, 3 error(s)" in out
    # the "add one of these lines" help is printed once, at the end
    assert out.splitlines().count("    AI-Assisted: none") == 1


def test_warnings_alone_exit_0(repo: Path) -> None:
    commit_file(repo, f"Fix\n\nAI-Generated: yes\n{OK_NONE}\n")
    proc = verify(repo, "--last", "1")
    assert proc.returncode == 0
    assert "warning[unrecognised-ai-trailer]" in proc.stdout


# --------------------------------------------------------------------------- JSON

def test_json_report_fields(repo: Path) -> None:
    a = commit_file(repo, "Kernel style\n\nAssisted-by: Claude:claude-3-opus coccinelle sparse\n")
    b = commit_file(repo, "Nothing said\n")
    c = commit_file(repo, "Claude Code\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
                          "Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n")
    d = commit_file(repo, f"Plain human\n\n{OK_NONE}\n")
    code, doc = verify_json(repo, "--last", "4")
    assert code == 1
    assert doc["version"] == 1 and doc["tool"] == "git-provenance"
    assert doc["summary"] == {"commits": 4, "failing": 1, "errors": 1, "warnings": 0, "notices": 0, "exempt": 0,
                              "undisclosed": 1,
                              "involvement": {"none": 1, "assisted": 1, "generated": 1, "undisclosed": 1},
                              "agents": {"Claude (claude-3-opus)": 1, "claude-code (claude-opus-4.5)": 1}}
    commits = {entry["sha"]: entry for entry in doc["commits"]}
    assert [e["sha"] for e in doc["commits"]] == [d, c, b, a]  # newest first

    assert commits[a]["involvement"] == "assisted"
    assert commits[a]["agents"] == [{"tool": "Claude", "model": "claude-3-opus", "tools": ["coccinelle", "sparse"]}]
    assert commits[a]["convention"] == "assisted-by"
    assert commits[a]["findings"] == []
    assert commits[a]["subject"] == "Kernel style"

    assert commits[b]["involvement"] == "undisclosed"
    assert commits[b]["agents"] == []
    assert commits[b]["convention"] is None
    assert [f["rule"] for f in commits[b]["findings"]] == ["missing-disclosure"]
    assert commits[b]["findings"][0]["severity"] == "error"
    assert commits[b]["findings"][0]["id"] == "D1"

    assert commits[c]["involvement"] == "generated"
    assert {"tool": "claude-code", "model": "claude-opus-4.5"} in commits[c]["agents"]
    assert set(commits[c]["conventions"]) == {"claude-code-footer", "co-authored-by"}

    assert commits[d]["involvement"] == "none"
    assert commits[d]["agents"] == []
    assert commits[d]["convention"] == "ai-assisted"
    assert commits[d]["author"] == {"name": "Ada Lovelace", "email": "ada@example.com"}


def test_json_ai_author(repo: Path) -> None:
    env = clean_env(GIT_AUTHOR_NAME="copilot-swe-agent[bot]",
                    GIT_AUTHOR_EMAIL="198982749+Copilot@users.noreply.github.com")
    sha = commit_file(repo, "Add feature\n\nCo-authored-by: Ada Lovelace <ada@example.com>\n", env=env)
    code, doc = verify_json(repo, "--last", "1")
    assert code == 0
    (entry,) = doc["commits"]
    assert entry["sha"] == sha
    assert entry["involvement"] == "generated"
    assert entry["agents"] == [{"tool": "copilot", "model": None}]
    assert entry["convention"] == "ai-author"


# --------------------------------------------------------------------------- root commit and ranges

def test_whole_history_includes_the_root_commit(repo: Path) -> None:
    root = commit_file(repo, "Root without disclosure\n")
    second = commit_file(repo, f"Second\n\n{OK_NONE}\n")
    for args in (("--range", "HEAD"), ("--last", "2"), ("--last", "10")):
        code, doc = verify_json(repo, *args)
        assert [c["sha"] for c in doc["commits"]] == [second, root], args
        assert code == 1
    text = verify(repo, "--range", "HEAD").stdout
    assert f"{root[:12]} Root without disclosure" in text


def test_single_root_commit_repository(repo: Path) -> None:
    root = commit_file(repo, f"Only commit\n\n{OK_NONE}\n")
    code, doc = verify_json(repo, "--last", "1")
    assert code == 0
    assert [c["sha"] for c in doc["commits"]] == [root]


def test_root_commit_with_empty_message(repo: Path) -> None:
    root = empty_commit(repo, "")
    second = commit_file(repo, f"Second\n\n{OK_NONE}\n")
    code, doc = verify_json(repo, "--range", "HEAD")
    assert code == 1
    assert [c["sha"] for c in doc["commits"]] == [second, root]
    assert doc["commits"][1]["findings"][0]["message"] == "the commit message is empty"


def test_empty_message_in_the_middle(repo: Path) -> None:
    first = commit_file(repo, f"First\n\n{OK_NONE}\n")
    middle = empty_commit(repo, "")
    last = commit_file(repo, f"Last\n\n{OK_NONE}\n")
    code, doc = verify_json(repo, "--range", "HEAD")
    assert code == 1  # the empty message is an error
    assert [c["sha"] for c in doc["commits"]] == [last, middle, first]
    assert [bool(c["findings"]) for c in doc["commits"]] == [False, True, False]


def test_empty_range(repo: Path) -> None:
    commit_file(repo, "Undisclosed\n")
    proc = verify(repo, "--range", "HEAD..HEAD")
    assert proc.returncode == 0
    assert "no commits" in proc.stdout
    code, doc = verify_json(repo, "--range", "HEAD..HEAD")
    assert code == 0 and doc["commits"] == [] and doc["summary"]["commits"] == 0


def test_explicit_range_selects_exactly(repo: Path) -> None:
    base = commit_file(repo, "Old undisclosed\n")
    a = commit_file(repo, f"A\n\n{OK_NONE}\n")
    b = commit_file(repo, f"B\n\n{OK_NONE}\n")
    code, doc = verify_json(repo, "--range", f"{base}..HEAD")
    assert code == 0
    assert [c["sha"] for c in doc["commits"]] == [b, a]


def test_non_utf8_commit_message(repo: Path) -> None:
    # `git commit` rewrites invalid bytes as Latin-1 -> UTF-8, so write the raw object (as old
    # imported histories have them) with hash-object.
    parent = commit_file(repo, f"Parent\n\n{OK_NONE}\n")
    tree = git(repo, "rev-parse", "HEAD^{tree}").stdout.strip()
    raw = (f"tree {tree}\nparent {parent}\nauthor Ada Lovelace <ada@example.com> 1700000000 +0000\n"
           "committer Ada Lovelace <ada@example.com> 1700000000 +0000\n\n").encode()
    raw += b"Caf\xe9 menu\n\n" + OK_NONE.encode() + b"\n"
    sha = subprocess.run(["git", "hash-object", "-t", "commit", "-w", "--stdin"], cwd=repo, env=clean_env(),
                         input=raw, capture_output=True, check=True).stdout.decode().strip()
    git(repo, "update-ref", "HEAD", sha)
    proc = verify(repo, "--last", "2")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "line 1: warning[message-encoding]" in proc.stdout
    assert sha[:12] in proc.stdout
    code, doc = verify_json(repo, "--last", "2")
    assert code == 0  # the encoding finding is a warning
    assert [c["sha"] for c in doc["commits"]] == [sha, parent]
    assert doc["commits"][0]["involvement"] == "none"
    assert [f["rule"] for f in doc["commits"][0]["findings"]] == ["message-encoding"]


def test_large_messages_cross_stream_chunks(repo: Path) -> None:
    # history is read in 64 KiB chunks; messages far larger than a chunk must split correctly
    small1 = commit_file(repo, f"Small one\n\n{OK_NONE}\n")
    big_message = "Big one\n\n" + ("z" * 99 + "\n") * 3000 + "\nGenerated-by: aider gpt-4o\n"
    big = empty_commit(repo, big_message)
    small2 = empty_commit(repo, "Small two undisclosed\n")
    code, doc = verify_json(repo, "--range", "HEAD")
    assert code == 1
    assert [c["sha"] for c in doc["commits"]] == [small2, big, small1]
    assert [c["involvement"] for c in doc["commits"]] == ["undisclosed", "generated", "none"]
    assert doc["commits"][1]["agents"] == [{"tool": "aider", "model": "gpt-4o"}]
    assert doc["commits"][1]["subject"] == "Big one"


def test_exempt_bot_author(repo: Path) -> None:
    env = clean_env(GIT_AUTHOR_NAME="dependabot[bot]",
                    GIT_AUTHOR_EMAIL="49699333+dependabot[bot]@users.noreply.github.com")
    sha = commit_file(repo, "Bump click from 8.1 to 8.2\n", env=env)
    code, doc = verify_json(repo, "--last", "1")
    assert code == 0
    assert doc["commits"][0]["sha"] == sha and doc["commits"][0]["exempt"] == "exempt-author"


def test_hash_subjects_with_another_comment_char(repo: Path) -> None:
    # With core.commentChar set, git keeps lines starting with '#': "#42 Fix crash" is a real
    # subject in history. verify must not treat it as a comment: the subject is "#42 Fix crash"
    # and the message is not empty.
    git(repo, "config", "core.commentChar", ";")
    for message in ("#42 Fix crash", f"#43 Fix leak\n\n{OK_NONE}"):
        subprocess.run(["git", "commit", "-q", "--allow-empty", "--no-verify", "-m", message], cwd=repo,
                       env=clean_env(), check=True, capture_output=True)
    assert git(repo, "log", "-1", "--format=%s").stdout.strip() == "#43 Fix leak"
    code, doc = verify_json(repo, "--last", "2")
    assert code == 1  # "#42 Fix crash" discloses nothing
    assert [c["subject"] for c in doc["commits"]] == ["#43 Fix leak", "#42 Fix crash"]
    crash = doc["commits"][1]
    assert [f["message"] for f in crash["findings"]] == ["no AI-involvement disclosure in the message trailers"]
    text = verify(repo, "--last", "2").stdout
    assert f"{crash['sha'][:12]} #42 Fix crash" in text


def test_hash_subjects_committed_with_the_default_comment_char(repo: Path) -> None:
    # `git commit -m` keeps '#' lines (no editor, cleanup whitespace): "#42 fix login redirect" is
    # the subject in history even with the default comment character, not an empty message.
    for message in ("#42 fix login redirect", f"#43 Fix leak\n\n{OK_NONE}"):
        subprocess.run(["git", "commit", "-q", "--allow-empty", "--no-verify", "-m", message], cwd=repo,
                       env=clean_env(), check=True, capture_output=True)
    code, doc = verify_json(repo, "--last", "2")
    assert code == 1
    assert [c["subject"] for c in doc["commits"]] == ["#43 Fix leak", "#42 fix login redirect"]
    missing = "no AI-involvement disclosure in the message trailers"
    assert [f["message"] for f in doc["commits"][1]["findings"]] == [missing]
    assert doc["commits"][0]["findings"] == []


# --------------------------------------------------------------------------- merges

def _merge_repo(repo: Path) -> tuple[str, str]:
    commit_file(repo, f"Base\n\n{OK_NONE}\n", name="base.txt")
    git(repo, "checkout", "-q", "-b", "feature")
    feature = commit_file(repo, f"Feature\n\n{OK_NONE}\n", name="feature.txt")
    git(repo, "checkout", "-q", "main")
    commit_file(repo, f"Mainline\n\n{OK_NONE}\n", name="main.txt")
    git(repo, "merge", "-q", "--no-ff", "--no-edit", "feature")
    merge = git(repo, "rev-parse", "HEAD").stdout.strip()
    assert len(git(repo, "rev-list", "--parents", "-n", "1", "HEAD").stdout.split()) == 3
    return merge, feature


def test_merge_commit_is_exempt_by_default(repo: Path) -> None:
    merge, feature = _merge_repo(repo)
    code, doc = verify_json(repo, "--range", "HEAD")
    assert code == 0
    entries = {c["sha"]: c for c in doc["commits"]}
    assert len(entries) == 4 and feature in entries
    assert entries[merge]["exempt"] == "merge"
    assert entries[merge]["findings"] == []
    assert doc["summary"]["exempt"] == 1
    assert verify(repo, "--range", "HEAD").returncode == 0


def test_merge_commit_checked_on_request(repo: Path) -> None:
    merge, _ = _merge_repo(repo)
    proc = verify(repo, "--range", "HEAD", "-c", "merge-commits=check")
    assert proc.returncode == 1
    assert f"{merge[:12]} Merge branch 'feature'" in proc.stdout
    assert "error[missing-disclosure]" in proc.stdout
    env_proc = verify(repo, "--range", "HEAD", extra_env={"GIT_PROVENANCE_MERGE_COMMITS": "check"})
    assert env_proc.returncode == 1


def test_revert_commit_exempt(repo: Path) -> None:
    commit_file(repo, f"Add thing\n\n{OK_NONE}\n")
    git(repo, "revert", "--no-edit", "HEAD")
    assert verify(repo, "--last", "2").returncode == 0
    assert verify(repo, "--last", "2", "-c", "revert-commits=check").returncode == 1


# --------------------------------------------------------------------------- default range

def test_default_range_is_the_feature_branch(repo: Path) -> None:
    commit_file(repo, "Old undisclosed on main\n")
    commit_file(repo, f"Main two\n\n{OK_NONE}\n")
    git(repo, "checkout", "-q", "-b", "feature")
    f1 = commit_file(repo, f"Feature one\n\n{OK_NONE}\n", name="f.txt")
    f2 = commit_file(repo, "Feature two\n\nGenerated-by: aider gpt-4o\n", name="f.txt")
    git(repo, "checkout", "-q", "main")
    commit_file(repo, "Main moved on, undisclosed\n", name="m.txt")
    git(repo, "checkout", "-q", "feature")

    code, doc = verify_json(repo)
    assert code == 0
    assert [c["sha"] for c in doc["commits"]] == [f2, f1]
    assert doc["range"].startswith("main..HEAD")
    assert verify(repo).returncode == 0

    f3 = commit_file(repo, "Feature three undisclosed\n", name="f.txt")
    proc = verify(repo)
    assert proc.returncode == 1
    assert f"{f3[:12]} Feature three undisclosed" in proc.stdout
    assert "Old undisclosed" not in proc.stdout and "Main moved on" not in proc.stdout


def test_default_range_on_main_itself_is_empty(repo: Path) -> None:
    commit_file(repo, "Undisclosed\n")
    proc = verify(repo)
    assert proc.returncode == 0
    assert "no commits" in proc.stdout


def _develop_repo(repo: Path) -> tuple[list[str], list[str]]:
    commit_file(repo, f"Main base\n\n{OK_NONE}\n")
    git(repo, "checkout", "-q", "-b", "develop")
    develop = [commit_file(repo, "Develop undisclosed\n", name="d.txt"),
               commit_file(repo, f"Develop ok\n\n{OK_NONE}\n", name="d.txt")]
    git(repo, "checkout", "-q", "-b", "feature")
    feature = [commit_file(repo, f"Feature one\n\n{OK_NONE}\n", name="f.txt"),
               commit_file(repo, f"Feature two\n\n{OK_NONE}\n", name="f.txt")]
    return develop, feature


def test_github_base_ref_chooses_the_base(repo: Path) -> None:
    develop, feature = _develop_repo(repo)
    code, doc = verify_json(repo)  # against main: develop's commits are included
    assert code == 1
    assert {c["sha"] for c in doc["commits"]} == set(develop + feature)

    code, doc = verify_json(repo, extra_env={"GITHUB_BASE_REF": "develop"})
    assert code == 0
    assert [c["sha"] for c in doc["commits"]] == feature[::-1]
    assert doc["range"].startswith("develop..HEAD")

    code, doc = verify_json(repo, extra_env={"GITHUB_BASE_REF": "main"})
    assert code == 1
    assert doc["range"].startswith("main..HEAD")
    assert len(doc["commits"]) == 4

    code, doc = verify_json(repo, extra_env={"CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "develop"})
    assert [c["sha"] for c in doc["commits"]] == feature[::-1]


def test_github_base_ref_beats_config_default_branch(repo: Path) -> None:
    _, feature = _develop_repo(repo)
    # Both feature commits are disclosed: only develop's undisclosed commit could fail the range.
    code, doc = verify_json(repo, "-c", "default-branch=main", extra_env={"GITHUB_BASE_REF": "develop"})
    assert code == 0
    assert [c["sha"] for c in doc["commits"]] == feature[::-1]
    code, doc = verify_json(repo, "-c", "default-branch=develop")
    assert code == 0
    assert [c["sha"] for c in doc["commits"]] == feature[::-1]


def test_no_default_branch_found(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "trunk-repo", branch="trunk")
    commit_file(repo, f"Base\n\n{OK_NONE}\n")
    git(repo, "checkout", "-q", "-b", "feature")
    mine = commit_file(repo, f"Mine\n\n{OK_NONE}\n")
    line = one_line_error(verify(repo), 4)
    assert "cannot find the branch" in line and "--range" in line
    code, doc = verify_json(repo, extra_env={"GITHUB_BASE_REF": "trunk"})
    assert code == 0
    assert [c["sha"] for c in doc["commits"]] == [mine]


def test_origin_head_is_the_default(tmp_path: Path) -> None:
    upstream = init_repo(tmp_path / "upstream", branch="trunk")
    commit_file(upstream, "Upstream undisclosed\n")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", f"file://{upstream}", str(clone))
    git(clone, "checkout", "-q", "-b", "feature")
    mine = commit_file(clone, f"Mine\n\n{OK_NONE}\n")
    code, doc = verify_json(clone)
    assert code == 0
    assert doc["range"].startswith("origin/trunk..HEAD")
    assert [c["sha"] for c in doc["commits"]] == [mine]


# --------------------------------------------------------------------------- errors

def test_bad_revision_exits_4(repo: Path) -> None:
    commit_file(repo, f"One\n\n{OK_NONE}\n")
    line = one_line_error(verify(repo, "--range", "no-such-branch..HEAD"), 4)
    assert line.startswith("git-provenance: error: ")
    assert "no-such-branch" in line


def test_range_and_last_together_exit_2(repo: Path) -> None:
    commit_file(repo, f"One\n\n{OK_NONE}\n")
    line = one_line_error(verify(repo, "--range", "HEAD", "--last", "1"), 2)
    assert "--range" in line and "--last" in line


@pytest.mark.parametrize("args", [("--last", "0"), ("--last", "-3"), ("--range", "--all")])
def test_bad_arguments_exit_2(repo: Path, args: tuple[str, ...]) -> None:
    commit_file(repo, f"One\n\n{OK_NONE}\n")
    proc = verify(repo, *args)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr


def test_not_a_repository_exits_4(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    env = clean_env(GIT_CEILING_DIRECTORIES=str(tmp_path))
    line = one_line_error(verify(plain, "--last", "1", env=env), 4)
    assert "not inside a git work tree" in line


# --------------------------------------------------------------------------- shallow clones

def _five_commit_origin(tmp_path: Path) -> tuple[Path, list[str]]:
    origin = init_repo(tmp_path / "origin")
    shas = [commit_file(origin, f"Commit {i}\n\n{OK_NONE}\n") for i in range(1, 6)]
    return origin, shas


def _shallow_clone(tmp_path: Path, origin: Path, depth: int, *extra: str) -> Path:
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", str(depth), *extra, f"file://{origin}", str(clone))
    assert (clone / ".git" / "shallow").exists()
    return clone


def test_shallow_clone_last_beyond_depth(tmp_path: Path) -> None:
    origin, shas = _five_commit_origin(tmp_path)
    clone = _shallow_clone(tmp_path, origin, 2)
    line = one_line_error(verify(clone, "--last", "5"), 4)
    assert "shallow" in line
    assert "fetch-depth: 5" in line
    assert "only 2" in line

    ok = verify(clone, "--last", "2")
    assert ok.returncode == 0, ok.stderr
    code, doc = verify_json(clone, "--last", "2")
    assert code == 0
    assert [c["sha"] for c in doc["commits"]] == [shas[4], shas[3]]


def test_shallow_clone_range_past_the_edge(tmp_path: Path) -> None:
    origin, _ = _five_commit_origin(tmp_path)
    clone = _shallow_clone(tmp_path, origin, 2)
    line = one_line_error(verify(clone, "--range", "HEAD"), 4)
    assert "shallow" in line and "fetch-depth" in line
    assert verify(clone, "--range", "HEAD~1..HEAD").returncode == 0


def test_shallow_clone_range_base_not_fetched(tmp_path: Path) -> None:
    # CI passes BASE..HEAD with a BASE older than the shallow edge (e.g. github.event.before):
    # git only says "Invalid revision range"; in a shallow clone the error should say to fetch more.
    origin, shas = _five_commit_origin(tmp_path)
    clone = _shallow_clone(tmp_path, origin, 2)
    line = one_line_error(verify(clone, "--range", f"{shas[1]}..HEAD"), 4)
    assert "fetch-depth" in line


def test_shallow_clone_default_range_without_merge_base(tmp_path: Path) -> None:
    origin, _ = _five_commit_origin(tmp_path)
    git(origin, "checkout", "-q", "-b", "feature")
    for i in range(3):
        commit_file(origin, f"Feature {i}\n\n{OK_NONE}\n", name="f.txt")
    git(origin, "checkout", "-q", "main")  # origin/HEAD -> origin/main in the clone
    clone = _shallow_clone(tmp_path, origin, 2, "--no-single-branch", "--branch", "feature")
    line = one_line_error(verify(clone), 4)
    assert "shallow" in line and "fetch-depth" in line

    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"commits": 3}}))
    line = one_line_error(verify(clone, extra_env={"GITHUB_EVENT_PATH": str(event), "GITHUB_BASE_REF": "main"}), 4)
    assert "fetch-depth: 4" in line


# --------------------------------------------------------------------------- one git log stream

def _git_logging_path(tmp_path: Path) -> tuple[dict[str, str], Path]:
    real_git = shutil.which("git")
    assert real_git
    bindir = tmp_path / "wrapbin"
    bindir.mkdir()
    log = tmp_path / "git-calls.log"
    wrapper = bindir / "git"
    wrapper.write_text(f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{log}"\nexec "{real_git}" "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC | stat.S_IXGRP | stat.S_IXOTH)
    env = clean_env(PATH=f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")
    return env, log


def _calls(log: Path) -> list[str]:
    """Each git call as "SUBCOMMAND ARGS", without the leading ``-c name=value`` settings."""
    calls = []
    for line in (log.read_text().splitlines() if log.exists() else []):
        words = line.split(" ")
        while len(words) > 2 and words[0] == "-c":
            words = words[2:]
        calls.append(" ".join(words))
    return calls


def _history_streams(calls: list[str]) -> int:
    """`git log` processes that read commit messages; the classifier's one `git log --patch`
    for the commits that declare no AI is counted apart (at most one)."""
    logs = [c for c in calls if c.split(" ", 1)[0] == "log"]
    assert sum("--patch" in c for c in logs) <= 1, logs
    return sum("--patch" not in c for c in logs)


def _many_commits(repo: Path, count: int) -> list[str]:
    return [empty_commit(repo, f"Commit {i}\n\n{OK_NONE}\n") for i in range(count)]


@pytest.mark.parametrize("args", [("--range", "HEAD~50..HEAD"), ("--last", "50")])
def test_verify_reads_history_in_one_stream(tmp_path: Path, repo: Path, args: tuple[str, ...]) -> None:
    _many_commits(repo, 51)
    env, log = _git_logging_path(tmp_path)
    proc = verify(repo, "--format", "json", *args, env=env)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["commits"]) == 50
    calls = _calls(log)
    assert _history_streams(calls) == 1, calls
    assert len(calls) <= 6, calls


def test_default_range_git_calls_do_not_grow_with_commits(tmp_path: Path, repo: Path) -> None:
    commit_file(repo, f"Base\n\n{OK_NONE}\n")
    git(repo, "checkout", "-q", "-b", "feature")
    env, log = _git_logging_path(tmp_path)
    counts = []
    for batch in (5, 45):
        _many_commits(repo, batch)
        log.unlink(missing_ok=True)
        proc = verify(repo, env=env)
        assert proc.returncode == 0, proc.stderr
        calls = _calls(log)
        assert _history_streams(calls) == 1, calls
        counts.append(len(calls))
    assert counts[0] == counts[1], counts


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="ssh-keygen is needed to sign a commit")
def test_verify_ignores_log_show_signature(tmp_path: Path) -> None:
    """A signer's log.showSignature=true must not leak signature text into the parsed stream."""
    repo = init_repo(tmp_path / "signed")
    key = tmp_path / "key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    (tmp_path / "allowed").write_text("ada@example.com " + (tmp_path / "key.pub").read_text())
    for name, value in (("gpg.format", "ssh"), ("user.signingKey", str(key)),
                        ("gpg.ssh.allowedSignersFile", str(tmp_path / "allowed"))):
        git(repo, "config", name, value)
    sha = commit_file(repo, "Subject\n\nAI-Assisted: none\n", extra_args=("-S",))
    git(repo, "config", "log.showSignature", "true")
    assert "Good" in git(repo, "log", "-1").stdout  # the setting really prints signature lines
    proc = subprocess.run([sys.executable, "-m", "provenance", "verify", "--range", "HEAD", "--format", "json"],
                          cwd=repo, env=clean_env(), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert [c["sha"] for c in json.loads(proc.stdout)["commits"]] == [sha]


def test_range_cannot_smuggle_options_to_git(repo: Path, tmp_path: Path) -> None:
    commit_file(repo, f"One\n\n{OK_NONE}\n")
    target = tmp_path / "written"
    proc = subprocess.run([sys.executable, "-m", "provenance", "verify", "--range", f"HEAD --output={target}"],
                          cwd=repo, env=clean_env(), capture_output=True, text=True)
    assert proc.returncode == 2 and "expected a revision range" in proc.stderr
    assert not target.exists()
