"""The one place that starts processes: git, blocking (``run``) or as a stream (``stream``),
the one other program the product needs, ssh-keygen, to sign with a key only it (or ssh-agent)
can use (``run_program``), and this Python: in the background for the commit-msg standby
(``start_python_in_background``), or beside verify for its attestation checks (``start_python``).

Every call gets the same pinned settings, so what git prints, and therefore every result, does not
depend on a user's configuration or environment. What a user deliberately chooses and the product
honours is read, never pinned: core.commentChar, commit.cleanup, core.hooksPath, user.name and
user.email, include files, replace refs, GIT_DIR and the other variables git sets for a hook.
A failure is one ``GitError`` line: ``git <args>: <git's first line on stderr>``.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import IO, TypeAlias

from provenance.core.errors import GitError

# Settings pinned with ``-c`` on every call (a -c given later on the command line wins over the
# configuration files and over GIT_CONFIG_PARAMETERS, which carries a user's own ``git -c``).
_PINNED_SETTINGS: tuple[tuple[str, str], ...] = (
    # A signer's setting would print gpg/ssh verification text inside the log stream.
    ("log.showSignature", "false"),
    # Off, git shows no patch for a root commit: its code would go unscored and untrained.
    ("log.showRoot", "true"),
    # Identities as recorded, as a hook sees them in GIT_AUTHOR_*; only %aN would use the mailmap
    # today, this keeps it so if a format ever changes.
    ("log.mailmap", "false"),
    # Decorations, abbreviations and --follow would only appear through a format or a pathspec we
    # do not use; pinned so that adding one cannot make them user-dependent.
    ("log.decorate", "false"),
    ("log.abbrevCommit", "false"),
    ("log.follow", "false"),
    # On, non-ASCII bytes of a path are printed as quoted octal escapes.
    ("core.quotePath", "false"),
    # A personal attributes file (say ``*.py -diff``) would make source files "Binary files differ"
    # for one user only; the repository's own .gitattributes still apply to everyone.
    ("core.attributesFile", "/dev/null"),
    # Files above this size are treated as binary: git's default, whatever a user lowered it to.
    ("core.bigFileThreshold", "512m"),
    # ``symbolic-ref --short`` shortens strictly by default; off it may shorten differently.
    ("core.warnAmbiguousRefs", "true"),
    # Paths in patches start with a/ and b/; without them a file in a folder named b/ loses it.
    ("diff.noprefix", "false"),
    ("diff.mnemonicPrefix", "false"),
    # From a subdirectory git would print only the files below it, with shortened paths.
    ("diff.relative", "false"),
    # Rename detection as git's default: off, a moved file would count as all new lines.
    ("diff.renames", "true"),
    ("diff.renameLimit", "1000"),
    # The algorithm, the indent heuristic and the hunk merging decide where a hunk starts and what
    # it holds (the explicit options below say the same; these cover any other diff command).
    ("diff.algorithm", "myers"),
    ("diff.indentHeuristic", "true"),
    ("diff.interHunkContext", "0"),
    # Changes context lines only (there are none at -U0); pinned so another -U cannot expose it.
    ("diff.suppressBlankEmpty", "false"),
    # "log" prints a submodule's commit list instead of its diff header.
    ("diff.submodule", "short"),
    ("diff.ignoreSubmodules", "none"),
    # Colour codes inside parsed output (--no-color is passed too).
    ("color.ui", "never"),
    ("color.diff", "never"),
    # Messages and names are decoded as UTF-8 (--encoding=UTF-8 is passed too).
    ("i18n.logOutputEncoding", "UTF-8"),
)

# Explicit options for the commands that print patches; an option beats any setting. Not pinned
# because they cannot reach what is parsed: format.pretty and pretty.* (every call gives
# --format), diff.context (each caller passes --unified), core.abbrev (only the "index" lines,
# which are skipped), diff.colorMoved and color.* (no colour), a diff driver's xfuncname (text
# after "@@ ... @@" is ignored), core.pager and pager.* (stdout is a pipe, so git never starts a
# pager), diff.external (--no-ext-diff).
_DIFF_OPTIONS = (
    "--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/",
    "--diff-algorithm=myers", "--indent-heuristic", "--inter-hunk-context=0", "-O/dev/null",
)  # fmt: skip
# ... and for the commands that print commits too.
_SHOW_OPTIONS = (*_DIFF_OPTIONS, "--encoding=UTF-8", "--root", "--no-notes")
_OPTIONS_BY_SUBCOMMAND: Mapping[str, Sequence[str]] = {
    "diff": _DIFF_OPTIONS, "log": _SHOW_OPTIONS, "show": _SHOW_OPTIONS,
}

# Environment variables removed for git: GIT_DIFF_OPTS overrides any --unified we pass, and
# GIT_EXTERNAL_DIFF names a diff program (--no-ext-diff also refuses it). LANG and LC_ALL stay:
# git's messages are shown to the user, never parsed.
_REMOVED_VARIABLES = ("GIT_DIFF_OPTS", "GIT_EXTERNAL_DIFF")

# A process killed by a signal exits with minus its number (there is no SIGPIPE on Windows).
_KILLED_BY_SIGPIPE = -getattr(signal, "SIGPIPE", 0) or None


def command(args: Sequence[str]) -> list[str]:
    """The full command line for ``git ARGS``: pinned settings, then the subcommand's pinned options."""
    pinned = [item for key, value in _PINNED_SETTINGS for item in ("-c", f"{key}={value}")]
    if not args:
        return ["git", *pinned]
    subcommand, *rest = args
    return ["git", *pinned, subcommand, *_OPTIONS_BY_SUBCOMMAND.get(subcommand, ()), *rest]


def _environment() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key not in _REMOVED_VARIABLES}


def _start(args: Sequence[str], cwd: str | os.PathLike[str] | None, with_stdin: bool,
           stdin_from: IO[bytes] | None = None, stderr_to: IO[bytes] | None = None) -> subprocess.Popen[bytes]:
    """Start ``git ARGS`` (every git the product runs starts here). Its stdin is a pipe to the
    caller (``with_stdin``), another git's output (``stdin_from``), or nothing; its stderr a pipe,
    or the file ``stderr_to``."""
    if cwd is not None and not os.path.isdir(cwd):
        raise GitError(f"{os.fspath(cwd)} is not a folder; run this from a repository checkout")
    stdin: int | IO[bytes] = stdin_from or (subprocess.PIPE if with_stdin else subprocess.DEVNULL)
    try:
        return subprocess.Popen(command(args), cwd=cwd, env=_environment(), stdout=subprocess.PIPE,
                                stderr=stderr_to or subprocess.PIPE, stdin=stdin)
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH; install git and try again") from None


def failure(args: Sequence[str], stderr: bytes, returncode: int) -> GitError:
    """The one-line error for a failed ``git ARGS`` (a long --format is shown as ``--format=...``)."""
    shown = " ".join("--format=..." if arg.startswith("--format=") and len(arg) > 20 else arg for arg in args)
    return GitError(f"git {shown}: {first_line(stderr) or f'exit status {returncode}'}")


# git commands started before the code that asks for them runs (``start_early``), by (folder, args).
_started_early: dict[tuple[str, tuple[str, ...]], subprocess.Popen[bytes]] = {}


def _early_key(args: Sequence[str], cwd: str | os.PathLike[str] | None) -> tuple[str, tuple[str, ...]]:
    return os.path.abspath(cwd if cwd is not None else os.curdir), tuple(args)


def start_early(commands: Sequence[Sequence[str]], cwd: str | os.PathLike[str] | None = None) -> None:
    """Start git commands a hook is about to ask, so that git answers while Python imports the
    rest: ``run`` with the same arguments from the same folder takes the answer instead of
    starting git (once; asked again, git runs again). Only for what a hook asks before it changes
    anything git reads, so the answer is the one it would have got. A command that cannot start
    here is started by ``run`` as usual, which reports the failure."""
    for args in commands:
        key = _early_key(args, cwd)
        if key not in _started_early:
            with contextlib.suppress(GitError, OSError):
                _started_early[key] = _start(args, cwd, with_stdin=False)


def run(args: Sequence[str], cwd: str | os.PathLike[str] | None = None,
        check: bool = True, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``git ARGS`` to the end, fed ``stdin`` if given; stdout and stderr as bytes. With
    ``check``, a failure raises."""
    process = _started_early.pop(_early_key(args, cwd), None) if _started_early and stdin is None else None
    if process is None:
        process = _start(args, cwd, with_stdin=stdin is not None)
    stdout, stderr = process.communicate(stdin)
    if check and process.returncode != 0:
        raise failure(args, stderr, process.returncode)
    return subprocess.CompletedProcess(command(args), process.returncode, stdout, stderr)


@contextmanager
def stream(args: Sequence[str], cwd: str | os.PathLike[str] | None = None,
           stdin_lines: Sequence[str] | None = None) -> Iterator[IO[bytes]]:
    """``git ARGS``'s stdout as a stream, read while git writes it; ``stdin_lines`` are sent first.

    After the block a failure raises; leaving the block early just closes the stream.
    """
    process, errors = _start_streamed(args, cwd, with_stdin=stdin_lines is not None)
    assert process.stdout is not None
    if stdin_lines is not None:
        assert process.stdin is not None
        # The callers' commands read all of stdin before they print anything: no deadlock.
        try:
            process.stdin.write("".join(f"{line}\n" for line in stdin_lines).encode("utf-8"))
            process.stdin.close()
        except BrokenPipeError:  # git failed early; its exit status and stderr say why
            pass
    try:
        yield process.stdout
    finally:
        ended = _ended(process, errors)
    _raise_if_failed(args, *ended)


# What is kept of a streamed git's stderr: a failure shows its first line only.
_STDERR_KEPT = 65536


def _stderr_file() -> IO[bytes]:
    """Where a streamed git writes its stderr. Not a pipe: while the caller reads stdout nobody
    reads a pipe's other end, and a git with more than a pipe holds to say there (warnings about
    every object of a damaged repository) would block, and with it the caller, for ever."""
    import tempfile  # here, not at the top: it costs a hook ~10 ms to import, and hooks never stream

    return tempfile.TemporaryFile()  # closed by _ended


def _start_streamed(args: Sequence[str], cwd: str | os.PathLike[str] | None, with_stdin: bool = False,
                    stdin_from: IO[bytes] | None = None) -> tuple[subprocess.Popen[bytes], IO[bytes]]:
    """``_start`` for a stream: the process, and the file its stderr goes to (closed here if git
    cannot start, else by ``_ended``)."""
    errors = _stderr_file()
    try:
        return _start(args, cwd, with_stdin, stdin_from, stderr_to=errors), errors
    except GitError:
        errors.close()
        raise


def _ended(process: subprocess.Popen[bytes], errors: IO[bytes]) -> tuple[bytes, int]:
    """(stderr, exit status) of a streamed process, once its output is closed."""
    assert process.stdout is not None
    process.stdout.close()
    returncode = process.wait()
    errors.seek(0)
    stderr = errors.read(_STDERR_KEPT)
    errors.close()
    return stderr, returncode


def _raise_if_failed(args: Sequence[str], stderr: bytes, returncode: int) -> None:
    # Killed by SIGPIPE: the caller stopped reading and closed the stream, which is not a failure.
    if returncode not in (0, _KILLED_BY_SIGPIPE):
        raise failure(args, stderr, returncode)


@contextmanager
def stream_piped(first: Sequence[str], second: Sequence[str],
                 cwd: str | os.PathLike[str] | None = None) -> Iterator[IO[bytes]]:
    """``git FIRST | git SECOND``'s output as a stream, read while both run: the pipe joins the two
    processes directly, so nothing of FIRST's output passes through Python. After the block a
    failure of either raises; leaving the block early just closes the stream."""
    producer, producer_errors = _start_streamed(first, cwd)
    assert producer.stdout is not None
    try:
        consumer, consumer_errors = _start_streamed(second, cwd, stdin_from=producer.stdout)
    except GitError:
        producer.kill()
        _ended(producer, producer_errors)
        raise
    producer.stdout.close()  # the consumer's now: if it stops reading, the producer ends on SIGPIPE
    assert consumer.stdout is not None
    try:
        yield consumer.stdout
    finally:
        consumer_ended, producer_ended = _ended(consumer, consumer_errors), _ended(producer, producer_errors)
    _raise_if_failed(first, *producer_ended)
    _raise_if_failed(second, *consumer_ended)


# Programs besides git that may be started, and only through ``run_program``.
_OTHER_PROGRAMS = frozenset({"ssh-keygen"})


def run_program(argv: Sequence[str], stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    """Run ``argv`` (ssh-keygen only) with ``stdin``, in the caller's environment (SSH_AUTH_SOCK,
    SSH_ASKPASS), to the end. Its exit status is the caller's to judge; ``OSError`` (not installed)
    propagates for the caller to explain."""
    if not argv or argv[0] not in _OTHER_PROGRAMS:
        raise ValueError(f"the runner starts git and {', '.join(sorted(_OTHER_PROGRAMS))} only, not {argv[:1]}")
    return subprocess.run(list(argv), input=stdin, capture_output=True, check=False)


def start_python_in_background(arguments: Sequence[str]) -> bool:
    """Start this interpreter with ``arguments`` and return at once, not waiting for it; its
    standard streams are /dev/null, so whoever reads the hook's output through a pipe sees it end
    with the hook. False where it cannot start (no posix_spawn, no interpreter, an error)."""
    if not sys.executable or not hasattr(os, "posix_spawn"):
        return False
    quiet = [(os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_RDWR, 0) for fd in (0, 1, 2)]
    try:
        os.posix_spawn(sys.executable, [sys.executable, *arguments], os.environ, file_actions=quiet)
    except OSError:
        return False
    return True


# A process the caller holds (``start_python``), and what its ``communicate`` raises when it does
# not end in time: callers name them without importing subprocess.
Process: TypeAlias = "subprocess.Popen[bytes]"
ProcessTimeout = subprocess.TimeoutExpired


def start_python(arguments: Sequence[str]) -> Process | None:
    """Start this interpreter with ``arguments``, its stdin, stdout and stderr pipes to the caller
    (who must read them with ``communicate``); None where it cannot start."""
    if not sys.executable:
        return None
    try:
        return subprocess.Popen([sys.executable, *arguments], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
    except OSError:
        return None


def output(args: Sequence[str], cwd: str | os.PathLike[str] | None = None) -> str:
    """stdout of ``git ARGS`` as text, without the final newline; a failure raises."""
    return run(args, cwd=cwd).stdout.decode("utf-8", "replace").rstrip("\n")


def first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else ""
