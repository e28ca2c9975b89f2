"""The runner: the only code that starts a process, with every output setting pinned."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance.core.errors import GitError
from provenance.gitio import runner
from tests.gitutil import commit_file
from tests.paths import PROJECT_ROOT

RUNNER = Path("provenance/gitio/runner.py")
_PROCESS_MODULES = {"subprocess", "pty", "multiprocessing"}
_PROCESS_CALLS = ("system", "popen", "exec", "spawn", "posix_spawn", "fork", "create_subprocess")


def _starts_processes(source: str) -> list[str]:
    """What in ``source`` could start a process: a process module imported, or an os/asyncio call."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.split(".")[0] in _PROCESS_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in _PROCESS_MODULES:
            found.append(node.module or "")
        elif isinstance(node, ast.ImportFrom) and node.module in ("os", "asyncio"):
            found += [a.name for a in node.names if a.name.startswith(_PROCESS_CALLS)]
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            module = node.value.id
            starts = module in ("os", "asyncio") and node.attr.startswith(_PROCESS_CALLS)
            found += [f"{module}.{node.attr}"] if starts else []
    return found


@pytest.mark.parametrize("source", [
    "import subprocess", "from subprocess import run", "import os\nos.system('git log')",
    "from os import execvp", "import asyncio\nasyncio.create_subprocess_exec('git')", "import pty",
])  # fmt: skip
def test_the_detector_sees_every_way_to_start_a_process(source: str) -> None:
    assert _starts_processes(source)


def test_only_the_runner_starts_processes() -> None:
    offenders = {}
    for path in sorted((PROJECT_ROOT / "provenance").rglob("*.py")):
        relative = path.relative_to(PROJECT_ROOT)
        found = _starts_processes(path.read_text(encoding="utf-8"))
        if found and relative != RUNNER:
            offenders[str(relative)] = found
    assert offenders == {}, "start git through provenance.gitio.runner, nowhere else"
    assert _starts_processes((PROJECT_ROOT / RUNNER).read_text(encoding="utf-8"))  # the walk reached it


def test_every_pinned_setting_is_one_git_knows() -> None:
    known = set(subprocess.run(["git", "help", "--config"], capture_output=True, text=True, check=True)
                .stdout.lower().split())
    pinned = {key.lower() for key, _ in runner._PINNED_SETTINGS}
    assert pinned - known == set()


def test_pinned_settings_win_over_a_users_git_c(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # git passes a user's `git -c` to hooks in GIT_CONFIG_PARAMETERS; the pins must still hold.
    monkeypatch.setenv("GIT_CONFIG_PARAMETERS", "'core.quotepath'='true' 'diff.noprefix'='true'")
    assert runner.output(["config", "--get", "core.quotepath"], cwd=str(repo)) == "false"
    assert runner.output(["config", "--get", "diff.noprefix"], cwd=str(repo)) == "false"
    # ...while what the product reads deliberately is left alone.
    monkeypatch.setenv("GIT_CONFIG_PARAMETERS", "'core.commentchar'=';'")
    assert runner.output(["config", "--get", "core.commentchar"], cwd=str(repo)) == ";"


def test_git_diff_opts_cannot_add_context_lines(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    commit_file(repo, "one", name="f.txt", content="1\n2\n3\n4\n5\n")
    commit_file(repo, "two", name="f.txt", content="1\n2\nthree\n4\n5\n")
    monkeypatch.setenv("GIT_DIFF_OPTS", "--unified=5")
    patch = runner.run(["show", "--format=", "--unified=0", "HEAD"], cwd=str(repo)).stdout
    assert b"@@ -3 +3 @@" in patch and b"\n 2\n" not in patch


def test_a_failure_is_one_line_naming_the_command(repo: Path) -> None:
    with pytest.raises(GitError) as caught:
        runner.run(["rev-parse", "--verify", "no-such-branch"], cwd=str(repo))
    message = str(caught.value)
    assert message.startswith("git rev-parse --verify no-such-branch: fatal:") and "\n" not in message


def test_a_long_format_is_shortened_in_the_message(repo: Path) -> None:
    with (
        pytest.raises(GitError, match=r"^git log --format=\.\.\. nowhere --: fatal: "),
        runner.stream(["log", "--format=%H%x00%P%x00%an%x00%B", "nowhere", "--"], cwd=str(repo)) as out,
    ):
        out.read()


def test_a_failing_stream_raises_after_its_output(repo: Path) -> None:
    commit_file(repo, "one")
    with (
        pytest.raises(GitError, match=r"^git cat-file -p nothing"),
        runner.stream(["cat-file", "-p", "nothing"], cwd=str(repo)) as out,
    ):
        assert out.read() == b""


def test_leaving_a_stream_early_is_not_an_error(repo: Path) -> None:
    # More output than a pipe holds, so git is still writing when the stream is closed.
    commit_file(repo, "big", content="x" * 300_000 + "\n")
    with runner.stream(["log", "--patch", "--format=%H"], cwd=str(repo)) as out:
        first = out.readline()
    assert len(first.strip()) == 40


def test_stdin_lines_reach_git(repo: Path) -> None:
    sha = commit_file(repo, "one")
    with runner.stream(["log", "--no-walk", "--format=%s", "--stdin"], cwd=str(repo), stdin_lines=[sha]) as out:
        assert out.read() == b"one\n"


def test_git_missing_from_path_is_a_git_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(GitError, match="git is not installed or not on PATH"):
        runner.run(["--version"])


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(GitError, match=f"^{tmp_path / 'gone'} is not a folder"):
        runner.run(["status"], cwd=str(tmp_path / "gone"))


def test_options_are_pinned_for_log_and_show_only() -> None:
    log = runner.command(["log", "-n", "1"])
    assert log[0] == "git" and "--no-ext-diff" in log and log[-2:] == ["-n", "1"]
    assert log.index("log") < log.index("--src-prefix=a/")
    config = runner.command(["config", "--get", "user.name"])
    assert "--no-ext-diff" not in config and config[-3:] == ["config", "--get", "user.name"]
    assert all(config[i] == "-c" for i in range(1, len(config) - 3, 2))
    assert os.path.basename(runner.command([])[0]) == "git"


def test_python_in_the_background_is_not_started_without_an_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "")
    assert runner.start_python_in_background(["-c", "pass"]) is False


def test_python_in_the_background_gets_dev_null_and_is_not_waited_for(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    code = ("import os, time; time.sleep(0.3); "
            "seen = [os.path.samefile(f'/proc/self/fd/{fd}', os.devnull) for fd in (0, 1, 2)] "
            "if os.path.exists('/proc/self/fd') else [True, True, True]; "
            f"part = {str(marker)!r} + '.part'; open(part, 'w').write(str(seen)); os.replace(part, {str(marker)!r})")
    started = time.monotonic()
    assert runner.start_python_in_background(["-c", code])
    assert time.monotonic() - started < 0.3 and not marker.exists()  # returned before the child ended
    deadline = time.monotonic() + 10
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.read_text() == "[True, True, True]"


def test_a_command_started_early_is_taken_once_and_only_from_its_folder(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    commit_file(repo, "First")
    other = tmp_path / "other"
    other.mkdir()
    args = ["rev-parse", "--show-toplevel"]
    try:
        runner.start_early([args], cwd=repo)
        assert len(runner._started_early) == 1
        failing = runner.run(args, cwd=other, check=False)  # another folder: asked anew, not the early answer
        assert failing.returncode != 0 and len(runner._started_early) == 1
        early = runner.run(args, cwd=repo)
        assert early.stdout.decode().strip() == str(repo) and runner._started_early == {}
        assert runner.run(args, cwd=repo).stdout == early.stdout  # asked again: git runs again
        runner.start_early([["rev-parse", "--verify", "no-such-branch"]], cwd=repo)
        with pytest.raises(GitError, match="no-such-branch"):  # a failure is reported as run reports it
            runner.run(["rev-parse", "--verify", "no-such-branch"], cwd=repo)
    finally:
        runner._started_early.clear()


def _fast_imported(repo: Path, count: int) -> None:
    """``count`` commits on main (no files), made at once by git fast-import."""
    commits = "".join(f"commit refs/heads/main\ncommitter Ada <ada@example.com> {1_700_000_000 + n} +0000\n"
                      f"data 7\ncommit\n\n" for n in range(count))
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, input=commits.encode(), check=True,
                   capture_output=True)


_CHECK_COMMITS = ["cat-file", "--batch-check=%(objectname) %(objecttype)"]


def test_a_pipeline_streams_what_the_second_command_makes_of_the_first_s_output(repo: Path) -> None:
    shas = [commit_file(repo, f"commit {n}") for n in range(3)]
    with runner.stream_piped(["rev-list", "HEAD"], _CHECK_COMMITS, cwd=str(repo)) as out:
        lines = out.read().decode().splitlines()
    assert lines == [f"{sha} commit" for sha in reversed(shas)]


def test_a_pipeline_whose_first_command_fails_raises_one_line_naming_it(repo: Path) -> None:
    commit_file(repo, "one")
    with (
        pytest.raises(GitError) as caught,
        runner.stream_piped(["rev-list", "no-such-rev"], _CHECK_COMMITS, cwd=str(repo)) as out,
    ):
        assert out.read() == b""  # the second command read nothing and ended well
    message = str(caught.value)
    assert message.startswith("git rev-list no-such-rev: fatal: ") and "\n" not in message


def test_a_pipeline_whose_second_command_fails_raises_naming_it_not_the_first_s_broken_pipe(repo: Path) -> None:
    _fast_imported(repo, 3000)  # rev-list has more to write than a pipe holds once cat-file is gone
    with (
        pytest.raises(GitError) as caught,
        runner.stream_piped(["rev-list", "HEAD"], ["cat-file", "--no-such-option"], cwd=str(repo)) as out,
    ):
        assert out.read() == b""
    message = str(caught.value)
    assert message.startswith("git cat-file --no-such-option: error: unknown option") and "\n" not in message


def test_a_pipeline_in_a_missing_folder_is_a_git_error_naming_it(tmp_path: Path) -> None:
    with (
        pytest.raises(GitError, match=f"^{tmp_path / 'gone'} is not a folder"),
        runner.stream_piped(["rev-list", "HEAD"], _CHECK_COMMITS, cwd=str(tmp_path / "gone")),
    ):
        pass


def test_leaving_a_pipeline_early_is_not_an_error(repo: Path) -> None:
    # Both commands write more than a pipe holds, so both are still writing when the stream is closed.
    _fast_imported(repo, 3000)
    with runner.stream_piped(["rev-list", "HEAD"], _CHECK_COMMITS, cwd=str(repo)) as out:
        whole = out.read()
    assert whole.count(b"\n") == 3000 and len(whole) > 2 * 65536
    with runner.stream_piped(["rev-list", "HEAD"], _CHECK_COMMITS, cwd=str(repo)) as out:
        first = out.readline()
    assert first == whole.split(b"\n", 1)[0] + b"\n"


def test_python_is_started_with_pipes_to_the_caller() -> None:
    process = runner.start_python(["-c", "import sys; data = sys.stdin.read(); print(data.upper()); "
                                         "print('to stderr', file=sys.stderr); sys.exit(3)"])
    assert process is not None
    out, err = process.communicate(b"from the caller")
    assert (process.returncode, out, err) == (3, b"FROM THE CALLER\n", b"to stderr\n")


@pytest.mark.parametrize("executable", ["", "/nonexistent/bin/python3"])
def test_python_that_cannot_start_is_none_not_an_error(monkeypatch: pytest.MonkeyPatch, executable: str) -> None:
    monkeypatch.setattr(sys, "executable", executable)
    assert runner.start_python(["-c", "pass"]) is None


# A real git command (a shell alias, run by git itself) that writes far more to stderr than a pipe
# holds before its only line of output.
_NOISY = ("!f() { i=0; while [ $i -lt 6000 ]; do echo \"warning: noise line $i to fill the pipe\" >&2; "
          "i=$((i+1)); done; echo done; exit ${1:-0}; }; f")


def _within(seconds: float, work: Callable[[], object]) -> object:
    """What ``work()`` returns, failing (not hanging the suite) when it takes longer than ``seconds``."""
    answer: list[object] = []
    worker = threading.Thread(target=lambda: answer.append(work()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still blocked after {seconds} s: stderr is not drained while stdout is read"
    return answer[0]


def test_a_stream_whose_git_floods_stderr_does_not_block(repo: Path) -> None:
    subprocess.run(["git", "config", "alias.noisy", _NOISY], cwd=repo, check=True)

    def read() -> bytes:
        with runner.stream(["noisy"], cwd=str(repo)) as out:
            return out.read()

    assert _within(30, read) == b"done\n"


def test_a_flooded_stream_that_fails_names_git_s_first_stderr_line(repo: Path) -> None:
    subprocess.run(["git", "config", "alias.noisy", _NOISY], cwd=repo, check=True)

    def read() -> object:
        try:
            with runner.stream(["noisy", "3"], cwd=str(repo)) as out:
                out.read()
        except GitError as error:
            return str(error)
        return None

    assert _within(30, read) == "git noisy 3: warning: noise line 0 to fill the pipe"


def test_a_pipeline_whose_commands_flood_stderr_does_not_block(repo: Path) -> None:
    subprocess.run(["git", "config", "alias.noisy", _NOISY], cwd=repo, check=True)
    # The second command floods stderr too, then passes on what the first wrote (reading all of it,
    # so the first never meets a closed pipe).
    subprocess.run(["git", "config", "alias.noisycat", _NOISY.replace("echo done;", "cat;")], cwd=repo, check=True)

    def read() -> bytes:
        with runner.stream_piped(["noisy"], ["noisycat"], cwd=str(repo)) as out:
            return out.read()

    assert _within(30, read) == b"done\n"
