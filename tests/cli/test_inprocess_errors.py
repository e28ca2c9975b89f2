"""The one error boundary, ``provenance.cli.main``: every failure is one line with its documented
exit code (2 usage, 3 configuration, 4 git, 5 internal), never a traceback unless asked for."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import click
import pytest

from provenance.cli import app
from tests.cli.inprocess import Cli
from tests.gitutil import commit_file

INTERNAL_ERROR = ("git-provenance: internal error: RuntimeError: boom (this is a bug; rerun with "
                  "GIT_PROVENANCE_DEBUG=1 for a traceback and report it)")


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, repo: Path) -> Cli:
    runner = Cli(capsys, monkeypatch)
    monkeypatch.chdir(repo)
    commit_file(repo, "One\n\nAI-Assisted: none\n")
    return runner


# Commands that fail the ways a bug or the user can, registered for one test at a time.
@click.command()
def _explode() -> None:
    raise RuntimeError("boom")


@click.command()
def _interrupted() -> None:
    raise KeyboardInterrupt


@click.command()
def _aborted() -> None:
    raise click.Abort


@pytest.fixture
def broken_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("_explode", "_interrupted", "_aborted"):
        monkeypatch.setitem(app.COMMANDS, name.lstrip("_"), f"{__name__}:{name}")


# --------------------------------------------------------------------------- usage: exit 2

def test_version_and_help(cli: Cli) -> None:
    assert cli("--version") == cli("--version")
    done = cli("--version")
    assert (done.code, done.out) == (0, "git-provenance, version 0.1.0\n")
    done = cli("--help")
    assert done.code == 0
    assert "Exit codes: 0 clean, 1 findings, 2 usage, 3 configuration, 4 git error, 5 internal error." in done.out
    listed = [line.split()[0] for line in done.out.split("Commands:\n", 1)[1].splitlines() if line.strip()]
    assert listed == sorted(app.COMMANDS) == ["attest", "classify", "evidence", "hook", "install", "keygen", "rules",
                                              "train", "uninstall", "verify"]


def test_every_registered_command_loads(cli: Cli) -> None:
    for name in app.COMMANDS:
        done = cli(name, "--help")
        assert done.code == 0 and done.out.startswith(f"Usage: git-provenance {name} "), name


@pytest.mark.parametrize(("argv", "expected"), [
    (("nope",), "Error: No such command 'nope'."),
    (("verify", "--format", "xml"), "Error: Invalid value for '--format': 'xml' is not one of"),
    (("verify", "--last", "many"), "Error: Invalid value for '--last': 'many' is not a valid integer."),
    (("install", "--hook-type", "pre-push"), "Error: Invalid value for '--hook-type': 'pre-push' is not one of"),
    (("hook", "commit-msg"), "Error: Missing argument 'MSGFILE'."),
])
def test_bad_command_lines_exit_2_with_clicks_usage_message(cli: Cli, argv: tuple[str, ...], expected: str) -> None:
    done = cli(*argv)
    assert done.code == 2 and done.out == ""
    assert done.err.startswith("Usage: git-provenance ")
    assert expected in done.err.splitlines()[-1]
    assert "Traceback" not in done.err


def test_abort_and_interrupt_exit_2(cli: Cli, broken_commands: None) -> None:
    assert cli("aborted").one_line_error(2) == "git-provenance: aborted"
    # click turns Ctrl-C inside a command into an abort (after a newline, to leave the ^C line).
    done = cli("interrupted")
    assert (done.code, done.out, done.err) == (2, "", "\ngit-provenance: aborted\n")


# --------------------------------------------------------------------------- configuration: exit 3

@pytest.mark.parametrize(("argv", "expected"), [
    (("-c", "merge-commit=check"), "option -c merge-commit: unknown key (did you mean 'merge-commits'?); known keys: "),
    (("-c", "merge-commits"), "option -c 'merge-commits': expected KEY=VALUE"),
    (("-c", "merge-commits=sometimes"), "option -c merge-commits: expected one of 'exempt', 'check', got 'sometimes'"),
    (("-c", "severity=missing-disclosur=off"),
     "option -c severity: unknown rule 'missing-disclosur' (did you mean 'missing-disclosure'?)"),
    (("-c", "conventions="), "option -c conventions: expected 'any', 'strict' or at least one convention id, "
                             "got an empty list"),
    (("--config", "no-such.toml"), "no-such.toml: no such configuration file"),
])
def test_configuration_errors_exit_3_naming_the_source(cli: Cli, argv: tuple[str, ...], expected: str) -> None:
    line = cli("verify", "--last", "1", *argv).one_line_error(3)
    assert line.startswith("git-provenance: error: " + expected), line


def test_an_environment_variable_is_named_when_it_is_wrong(cli: Cli) -> None:
    cli.setenv("GIT_PROVENANCE_CLASSIFIER", "sometimes")
    line = cli("verify", "--last", "1").one_line_error(3)
    assert line == ("git-provenance: error: environment variable GIT_PROVENANCE_CLASSIFIER: expected one of 'auto', "
                    "'on', 'off', got 'sometimes'")


@pytest.mark.parametrize(("name", "content", "expected"), [
    (".git-provenance.toml", "merge-commits = \n", "invalid TOML: "),
    (".git-provenance.toml", b"merge-commits = '\xff'\n", "not valid UTF-8 (byte 17); save the file as UTF-8"),
    ("pyproject.toml", "tool = 3\n", "'tool' must be a table ([tool.git-provenance]), not 3"),
    ("pyproject.toml", "[tool]\ngit-provenance = 3\n", "[tool.git-provenance] must be a table"),
    ("pyproject.toml", "[tool.git-provenance]\nmerge-commits = 1\n",
     "[tool.git-provenance] merge-commits: expected one of 'exempt', 'check', got 1"),
])
def test_configuration_file_errors_exit_3_naming_the_file(cli: Cli, repo: Path, name: str, content: str | bytes,
                                                          expected: str) -> None:
    path = repo / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    line = cli("verify", "--last", "1").one_line_error(3)
    assert line.startswith(f"git-provenance: error: {path}: {expected}"), line


# --------------------------------------------------------------------------- internal errors: exit 5

def test_a_bug_is_one_line_with_exit_5(cli: Cli, broken_commands: None) -> None:
    assert cli("explode").one_line_error(5) == INTERNAL_ERROR


def test_the_traceback_is_there_on_request(cli: Cli, broken_commands: None) -> None:
    cli.setenv("GIT_PROVENANCE_DEBUG", "1")
    with pytest.raises(RuntimeError, match=r"^boom$"):
        cli("explode")


# --------------------------------------------------------------------------- the entry points

def test_main_reads_sys_argv_when_given_none(cli: Cli, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["git-provenance", "verify", "--last", "1"])
    assert app.main() == 0
    assert capsys.readouterr().out.endswith("verify: 1 commit(s) in the last 1 commits of HEAD: 0 failing, 0 error(s), "
                                            "0 warning(s), 0 exempt\n")


def test_python_dash_m_provenance_exits_with_mains_code(cli: Cli, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    # The installed hook scripts run `python -m provenance hook ...`: the same main(), its code the exit status.
    monkeypatch.setattr(sys, "argv", ["provenance", "verify", "--last", "0"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("provenance", run_name="__main__")
    assert exited.value.code == 2
    assert capsys.readouterr().err == "git-provenance: error: --last must be at least 1, got 0\n"


def test_rules_lists_rules_conventions_and_keys(cli: Cli) -> None:
    # The exact text is the golden file (test_inprocess_verify); here, its shape.
    done = cli("rules")
    assert done.code == 0 and done.err == ""
    lines = done.out.splitlines()
    headers = [i for i, line in enumerate(lines) if not line.startswith(" ")]
    assert [lines[i].split(" ", 1)[0] for i in headers] == ["Rules", "Conventions", "Configuration"]
    rules = [line.split() for line in lines[1:headers[1]]]
    assert [rule[0] for rule in rules] == ["D1", "D2", "D3", "D4", "D5", "D6", "D7", "C1",
                                           "E1", "E2", "E3", "E4", "E5", "E6", "A1", "A2", "A3", "A4"]
    assert {rule[2] for rule in rules} == {"error", "warning", "notice", "off"}
    keys = [line.split()[0] for line in lines[headers[2] + 1:]]
    assert "severity" in keys and "exempt-authors" in keys
