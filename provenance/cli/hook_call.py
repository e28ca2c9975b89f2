"""``git-provenance hook commit-msg|prepare-commit-msg …`` without click.

Every commit starts the hooks, and importing click costs a hook about 12 ms of its ~60 (see
BENCHMARKS.md). So ``provenance.cli.main`` first asks ``parse_hook_call`` whether the command line
is a plain hook call: the hook type, its arguments, ``--config FILE`` / ``--config=FILE`` and
``-c KEY=VALUE`` / ``-cKEY=VALUE``, in any order. Anything else (another command, ``--help``, an
unknown option, a missing or extra argument, an option without its value, a value or argument
starting with ``-``, ``--``, click's shell-completion variable) returns None and goes to the click
command, which stays the reference: it prints the usage errors, and the click command and this
path run the same ``HookCall.run`` (tests/cli/test_hook_call_equivalence.py checks their bytes).
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Sequence

from provenance.cli.options import CONFIG_FILE_OPTION, OVERRIDE_OPTION, load
from provenance.core.errors import EXIT_USAGE

# Hook type -> (fewest, most) positional arguments: MSGFILE, then prepare-commit-msg's SOURCE and SHA.
ARGUMENT_COUNTS = {"commit-msg": (1, 1), "prepare-commit-msg": (1, 3)}
# Set by a shell asking click for completions (click derives it from the program name).
COMPLETION_VARIABLE = "_GIT_PROVENANCE_COMPLETE"


class HookCall:
    """One hook run: the hook type and what the command line gave it. A plain class: creating a
    dataclass costs about 0.5 ms at import, paid on every commit."""

    __slots__ = ("config_file", "config_overrides", "hook_type", "message_file", "object_name", "source")

    def __init__(self, hook_type: str, message_file: str, source: str | None = None,
                 config_file: str | None = None, config_overrides: tuple[str, ...] = (),
                 object_name: str | None = None) -> None:
        self.hook_type = hook_type
        self.message_file = message_file
        self.source = source  # prepare-commit-msg: where the message comes from, and
        self.object_name = object_name  # the commit it comes from (git's SOURCE and SHA)
        self.config_file = config_file
        self.config_overrides = config_overrides

    def _fields(self) -> tuple[object, ...]:
        return (self.hook_type, self.message_file, self.source, self.config_file, self.config_overrides,
                self.object_name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HookCall) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"HookCall{self._fields()!r}"

    def run(self) -> int:
        """Run the hook: what the click command does, and what this path does."""
        if self.hook_type == "commit-msg":
            from provenance.hooks.commit_msg import run as commit_msg

            return commit_msg(self.message_file, load(self.config_file, self.config_overrides))
        from provenance.hooks.prepare_commit_msg import run as prepare_commit_msg

        config = load(self.config_file, self.config_overrides)
        return prepare_commit_msg(self.message_file, self.source, config, self.object_name)


def _option(tokens: Sequence[str], at: int) -> tuple[str, str, int] | None:
    """(option, value, index after it) for the option token at ``at``, or None if click should read it."""
    token = tokens[at]
    if token in (CONFIG_FILE_OPTION, OVERRIDE_OPTION):
        if at + 1 == len(tokens) or tokens[at + 1].startswith("-"):
            return None
        return token, tokens[at + 1], at + 2
    if token.startswith(CONFIG_FILE_OPTION + "="):
        return CONFIG_FILE_OPTION, token[len(CONFIG_FILE_OPTION) + 1:], at + 1
    if token.startswith(OVERRIDE_OPTION) and len(token) > len(OVERRIDE_OPTION):  # -cKEY=VALUE, as click reads it
        return OVERRIDE_OPTION, token[len(OVERRIDE_OPTION):], at + 1
    return None


def parse_hook_call(argv: Sequence[str]) -> HookCall | None:
    """The hook call ``git-provenance ARGV`` asks for, or None when click should read ``argv``."""
    if len(argv) < 2 or argv[0] != "hook" or argv[1] not in ARGUMENT_COUNTS or COMPLETION_VARIABLE in os.environ:
        return None
    tokens = argv[2:]
    arguments: list[str] = []
    config_file: str | None = None
    overrides: list[str] = []
    at = 0
    while at < len(tokens):
        if not tokens[at].startswith("-"):
            arguments.append(tokens[at])
            at += 1
            continue
        option = _option(tokens, at)
        if option is None:
            return None
        name, value, at = option
        if name == CONFIG_FILE_OPTION:
            config_file = value  # click keeps the last one
        else:
            overrides.append(value)
    fewest, most = ARGUMENT_COUNTS[argv[1]]
    if not fewest <= len(arguments) <= most:
        return None
    source = arguments[1] if len(arguments) > 1 else None
    object_name = arguments[2] if len(arguments) > 2 else None
    return HookCall(argv[1], arguments[0], source, config_file, tuple(overrides), object_name)


def run_hook_call(call: HookCall) -> int:
    """``call.run()`` with what click's ``Command.main`` adds around a command it runs."""
    try:
        return call.run()
    except (EOFError, KeyboardInterrupt):
        # click turns these into an abort after a blank line that closes the terminal's ^C echo.
        from provenance.cli.guard import echo_error

        echo_error("")
        echo_error("git-provenance: aborted")
        return EXIT_USAGE
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        # click keeps a closed pipe from failing again at the interpreter's last flush, and exits 1.
        from click.utils import _PacifyFlushWrapper

        sys.stdout = _PacifyFlushWrapper(sys.stdout)
        sys.stderr = _PacifyFlushWrapper(sys.stderr)
        raise SystemExit(1) from None
