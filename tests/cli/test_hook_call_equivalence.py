"""The click-free hook path (``provenance.cli.hook_call``) behaves byte for byte like the click
``hook`` command it stands in for: exit code, stdout, stderr and the message file afterwards,
for a set of command lines (accepted, findings, bad option, bad configuration, missing file, …).

The click command is the reference: ``provenance.cli.app.main`` always goes through click;
``provenance.cli.main`` (the console script, ``python -m provenance``, the hook scripts) takes
the click-free path when ``parse_hook_call`` accepts the command line.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

import provenance.hooks.commit_msg
from provenance.cli import app, main
from provenance.cli.hook_call import COMPLETION_VARIABLE, HookCall, parse_hook_call
from tests.cli.inprocess import Cli
from tests.gitutil import clean_env, commit_file

MSG = ".git/COMMIT_EDITMSG"
DISCLOSED = "Add the parser\n\nAssisted-by: Claude:claude-sonnet-4-5\n"
UNDISCLOSED = "Add the parser\n\nNo disclosure in this one.\n"
EDITOR_MESSAGE = "\n# Please enter the commit message for your changes.\n#\n# On branch main\n"
CLICK = "import sys\nfrom provenance.cli.app import main\nsys.exit(main())\n"

# (message file text, argv, whether the click-free path takes it)
CASES: list[tuple[str, tuple[str, ...], bool]] = [
    (DISCLOSED, ("hook", "commit-msg", MSG), True),
    (UNDISCLOSED, ("hook", "commit-msg", MSG), True),
    (DISCLOSED, ("hook", "commit-msg", MSG, "-c", "severity=unrecognised-ai-trailer=error"), True),
    (DISCLOSED, ("hook", "commit-msg", "-cmerge-commits=sometimes", MSG), True),
    (DISCLOSED, ("hook", "commit-msg", "--config", "missing.toml", MSG), True),
    (DISCLOSED, ("hook", "commit-msg", f"--config={'bad.toml'}", MSG), True),
    (DISCLOSED, ("hook", "commit-msg", "--config=", MSG), True),
    (DISCLOSED, ("hook", "commit-msg", ".git/no-such-file"), True),
    (DISCLOSED, ("hook", "commit-msg", ""), True),
    (DISCLOSED, ("hook", "commit-msg", ".git"), True),
    (EDITOR_MESSAGE, ("hook", "prepare-commit-msg", MSG), True),
    (EDITOR_MESSAGE, ("hook", "prepare-commit-msg", MSG, "template"), True),
    (EDITOR_MESSAGE, ("hook", "prepare-commit-msg", MSG, "message"), True),
    (EDITOR_MESSAGE, ("hook", "prepare-commit-msg", MSG, "message", "-c", "template=message"), True),
    (EDITOR_MESSAGE, ("hook", "prepare-commit-msg", MSG, "commit", "HEAD", "-c", "template=commit"), True),
    (EDITOR_MESSAGE, ("hook", "prepare-commit-msg", MSG, "-c", "template=nonsense"), True),
    # Everything below goes to click, which prints its usage errors.
    (DISCLOSED, ("hook", "commit-msg", MSG, "--nope"), False),
    (DISCLOSED, ("hook", "commit-msg", MSG, "-x"), False),
    (DISCLOSED, ("hook", "commit-msg", MSG, "--conf", "x.toml"), False),
    (DISCLOSED, ("hook", "commit-msg", MSG, "-c"), False),
    (DISCLOSED, ("hook", "commit-msg", MSG, "--config"), False),
    (DISCLOSED, ("hook", "commit-msg", MSG, "--config", "-c"), False),
    (DISCLOSED, ("hook", "commit-msg"), False),
    (DISCLOSED, ("hook", "commit-msg", MSG, "extra"), False),
    (DISCLOSED, ("hook", "commit-msg", "--", MSG), False),
    (DISCLOSED, ("hook", "commit-msg", "-"), False),
    (DISCLOSED, ("hook", "commit-msg", "--help"), False),
    (EDITOR_MESSAGE, ("hook", "prepare-commit-msg", MSG, "message", "HEAD", "extra"), False),
    (DISCLOSED, ("hook", "pre-push", MSG), False),
    (DISCLOSED, ("hook",), False),
    (DISCLOSED, ("--version",), False),
]
IDS = [" ".join(argv[1:]) or "(none)" for _, argv, _ in CASES]


@pytest.fixture
def hook_repo(repo: Path) -> Path:
    commit_file(repo, "Initial\n\nAI-Assisted: none\n")
    (repo / "bad.toml").write_text("merge-commits = 'sometimes'\n", encoding="utf-8")
    return repo


def run_both_ways(repo: Path, text: str, argv: tuple[str, ...]) -> list[tuple[int, bytes, bytes, bytes]]:
    """(exit code, stdout, stderr, message file afterwards) from click, then from python -m provenance."""
    outcomes = []
    for command in ([sys.executable, "-c", CLICK], [sys.executable, "-m", "provenance"]):
        (repo / MSG).write_text(text, encoding="utf-8")
        (repo / ".git" / "PROVENANCE_REJECTED_MSG").unlink(missing_ok=True)
        done = subprocess.run([*command, *argv], cwd=repo, env=clean_env(), stdin=subprocess.DEVNULL,
                              capture_output=True, check=False)
        outcomes.append((done.returncode, done.stdout, done.stderr, (repo / MSG).read_bytes()))
    return outcomes


@pytest.mark.parametrize(("text", "argv", "fast"), CASES, ids=IDS)
def test_the_click_free_path_is_taken_exactly_where_expected(text: str, argv: tuple[str, ...], fast: bool) -> None:
    assert (parse_hook_call(argv) is not None) is fast


@pytest.mark.parametrize(("text", "argv", "fast"), CASES, ids=IDS)
def test_python_m_provenance_prints_the_same_bytes_as_the_click_command(
        hook_repo: Path, text: str, argv: tuple[str, ...], fast: bool) -> None:
    by_click, by_main = run_both_ways(hook_repo, text, argv)
    assert by_main == by_click


@pytest.mark.parametrize(("text", "argv", "fast"), [case for case in CASES if case[2]],
                         ids=[i for i, case in zip(IDS, CASES, strict=True) if case[2]])
def test_in_process_both_ways_agree(hook_repo: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch, text: str, argv: tuple[str, ...],
                                    fast: bool) -> None:
    cli = Cli(capsys, monkeypatch)
    outcomes = []
    for entry in (app.main, main):
        (hook_repo / MSG).write_text(text, encoding="utf-8")
        monkeypatch.setattr("tests.cli.inprocess.main", entry)  # what Cli runs
        done = cli(*argv, cwd=hook_repo)
        outcomes.append((done, (hook_repo / MSG).read_bytes()))
    assert outcomes[1] == outcomes[0]


def test_a_plain_hook_call_does_not_import_click(hook_repo: Path) -> None:
    (hook_repo / MSG).write_text(UNDISCLOSED, encoding="utf-8")
    script = ("import sys\nfrom provenance.cli import main\n"
              f"code = main(['hook', 'commit-msg', {MSG!r}, '-c', 'severity=missing-disclosure=warning'])\n"
              "print(code, 'click' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=hook_repo, env=clean_env(), capture_output=True,
                          text=True, check=False)
    assert done.stdout == "0 False\n", done.stderr
    assert "missing-disclosure" in done.stderr


def test_shell_completion_goes_to_click(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_hook_call(["hook", "commit-msg", MSG]) == HookCall("commit-msg", MSG)
    monkeypatch.setenv(COMPLETION_VARIABLE, "bash_complete")
    assert parse_hook_call(["hook", "commit-msg", MSG]) is None


def test_options_in_any_order_last_config_wins_overrides_accumulate() -> None:
    argv = ["hook", "prepare-commit-msg", "-c", "a=1", "--config", "one.toml", MSG, "-cb=2", "message",
            "--config=two.toml", "HEAD"]
    assert parse_hook_call(argv) == HookCall("prepare-commit-msg", MSG, "message", "two.toml", ("a=1", "b=2"), "HEAD")


@pytest.mark.parametrize("failure", [RuntimeError("boom"), KeyboardInterrupt(), EOFError()])
def test_failures_inside_the_hook_end_the_same_way(hook_repo: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch, failure: BaseException) -> None:
    def fail(*_: object) -> int:
        raise failure

    monkeypatch.setattr(provenance.hooks.commit_msg, "run", fail)
    cli = Cli(capsys, monkeypatch)
    (hook_repo / MSG).write_text(DISCLOSED, encoding="utf-8")
    outcomes = []
    for entry in (app.main, main):
        monkeypatch.setattr("tests.cli.inprocess.main", entry)
        outcomes.append(cli("hook", "commit-msg", MSG, cwd=hook_repo))
    assert outcomes[1] == outcomes[0]
    assert outcomes[0].code in (2, 5)


def test_a_closed_pipe_exits_1_both_ways(hook_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(provenance.hooks.commit_msg, "run", fail)
    monkeypatch.chdir(hook_repo)
    for entry in (app.main, main):
        # click swaps the standard streams for ones that ignore the closed pipe; put them back after.
        monkeypatch.setattr(sys, "stdout", sys.stdout)
        monkeypatch.setattr(sys, "stderr", sys.stderr)
        with pytest.raises(SystemExit) as ended:
            entry(["hook", "commit-msg", MSG])
        assert ended.value.code == 1


def test_the_garbage_collector_is_back_after_an_in_process_hook_call(hook_repo: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The hook path runs without the cyclic collector; a caller in the same process gets it back."""
    monkeypatch.chdir(hook_repo)
    (hook_repo / MSG).write_text(DISCLOSED, encoding="utf-8")
    seen: list[bool] = []
    real_run = provenance.hooks.commit_msg.run

    def spy(*args: object) -> int:
        seen.append(gc.isenabled())
        return real_run(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(provenance.hooks.commit_msg, "run", spy)
    assert gc.isenabled()
    assert main(["hook", "commit-msg", MSG]) == 0
    assert seen == [False]
    assert gc.isenabled()
    gc.disable()
    try:
        assert main(["hook", "commit-msg", MSG]) == 0
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
