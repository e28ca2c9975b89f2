"""Write the manual page man/git-provenance.1 (roff) from the command line itself.

``git provenance --help`` is answered by git, which runs ``man git-provenance``; the wheel ships this
page under ``share/man/man1`` (pyproject.toml, ``shared-data``). The commands, their options and
their help texts, the rules and the configuration keys come from the code, so the page cannot drift
from ``git-provenance COMMAND --help``; tests/test_packaging.py fails when the committed page is not
what this script writes. The prose sections follow the README.

    python man/generate.py            # rewrite man/git-provenance.1
    python man/generate.py --stdout   # print the page instead
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from provenance import __version__
from provenance.cli.app import cli
from provenance.core.conventions import CONVENTIONS
from provenance.policy.config import SCHEMA
from provenance.policy.rules import RULES

PAGE = Path(__file__).resolve().parent / "git-provenance.1"


def escape(text: str) -> str:
    """Text safe in roff: backslashes and hyphens escaped, no line starting a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-").replace("'", "\\(aq").replace("`", "\\(ga")
    return "\n".join("\\&" + line if line.startswith((".", "'")) else line for line in text.split("\n"))


def paragraphs(help_text: str) -> Iterator[str]:
    """A click help text as roff paragraphs; a ``\\b`` paragraph keeps its line breaks."""
    for block in inspect.cleandoc(help_text).split("\n\n"):
        if block.startswith("\b\n"):
            yield ".nf\n" + escape(block[2:]) + "\n.fi"
        else:
            yield escape(" ".join(block.split()))


def leaf_commands(name: str, command: click.Command, parent: click.Context | None) -> Iterator[click.Context]:
    """The context of every command that runs (the subcommands of a group, not the group), in order."""
    settings = command.context_settings if parent is None else {}
    context = click.Context(command, info_name=name, parent=parent, **settings)
    if not isinstance(command, click.Group):
        yield context
        return
    for sub_name in command.list_commands(context):
        sub_command = command.get_command(context, sub_name)
        assert sub_command is not None, sub_name
        yield from leaf_commands(sub_name, sub_command, context)


def usage(context: click.Context) -> str:
    """The usage line as ``--help`` prints it, as git runs it (``git provenance``)."""
    line = " ".join([context.command_path, *context.command.collect_usage_pieces(context)])
    return line.replace("git-provenance", "git provenance", 1)


def command_section(context: click.Context) -> Iterator[str]:
    """One command: its usage line, its help and every option as ``--help`` prints them."""
    yield f'.SS "{escape(usage(context))}"'
    for text in paragraphs(context.command.help or ""):
        yield text
        yield ".PP"
    for parameter in context.command.get_params(context):
        record = parameter.get_help_record(context) if isinstance(parameter, click.Option) else None
        if record is not None:
            yield f".TP\n.B {escape(record[0])}\n{escape(' '.join(record[1].split()))}"
    yield ".PP"


def synopsis(contexts: list[click.Context]) -> Iterator[str]:
    yield ".SH SYNOPSIS"
    yield ".nf"
    yield "git provenance \\-\\-version"
    for context in contexts:
        yield escape(usage(context))
    yield ".fi"


def tables() -> Iterator[str]:
    yield ".SH RULES"
    yield "Each rule has an id, a name and a default severity (error, warning or off):"
    for rule in RULES:
        yield f".TP\n.B {rule.id} {escape(rule.name)}\n({rule.default_severity}) {escape(rule.description)}"
    yield ".SH CONVENTIONS"
    yield "The disclosures recognised (* = canonical, the only ones accepted with conventions = strict):"
    for convention in CONVENTIONS:
        star = " *" if convention.canonical else ""
        yield f".TP\n.B {escape(convention.id)}{star}\n{escape(convention.description)}"
    yield ".SH CONFIGURATION KEYS"
    for option in SCHEMA:
        yield f".TP\n.B {escape(option.key)}\n{escape(option.help)}"


DESCRIPTION = """\
.SH DESCRIPTION
git\\-provenance makes every commit say whether AI was involved and how, in the message's trailers.
A \\fBcommit\\-msg\\fR hook rejects a message without an AI\\-involvement disclosure, and a
\\fBprepare\\-commit\\-msg\\fR hook puts a commented template in the editor for the developer to confirm.
In CI, \\fBgit provenance verify\\fR checks every commit of a range with the same rules, catching what
skipped the hooks. \\fBgit provenance classify\\fR estimates which code looks AI\\-written: a hint for
review, never proof. Everything runs locally and offline.
.PP
Disclose with one trailer in the last paragraph of the message (after a blank line):
.TP
.B AI\\-Assisted: none
no AI was involved;
.TP
.B Assisted\\-by: AGENT:MODEL [TOOL...]
AI helped and you wrote or revised the code;
.TP
.B Generated\\-by: TOOL [MODEL]
AI wrote most of it.
.PP
What the tools write by default (a Co\\-authored\\-by: trailer naming a known AI identity, Claude
Code's footer, aider's author suffix and subject prefix) is recognised too; see \\fBCONVENTIONS\\fR.
"""

CONFIGURATION = """\
.SH CONFIGURATION
The configuration is read from \\fI.git\\-provenance.toml\\fR (top\\-level keys, or a
[tool.git\\-provenance] table) or the [tool.git\\-provenance] table of \\fIpyproject.toml\\fR, at the
repository root; \\fB\\-\\-config\\fR \\fIFILE\\fR or \\fBGIT_PROVENANCE_CONFIG\\fR names another file.
.PP
Precedence, lowest to highest: built\\-in defaults, the file, \\fB\\-c\\fR \\fIKEY=VALUE\\fR on the command
line, then the environment variables \\fBGIT_PROVENANCE_\\fR\\fIKEY\\fR (upper case, \\- as _; lists
comma\\-separated; severities as GIT_PROVENANCE_SEVERITY=missing\\-disclosure=warning,D5=off). The
environment wins so that CI can enforce a policy whatever a branch's file says. Every configuration
error names the key and where it came from, and exits with status 3.
"""

TRAILER = """\
.SH ENVIRONMENT
.TP
.BI GIT_PROVENANCE_ KEY
Set a configuration key (see \\fBCONFIGURATION\\fR); overrides the file and \\fB\\-c\\fR.
.TP
.B GIT_PROVENANCE_CONFIG
The configuration file to use, as \\fB\\-\\-config\\fR.
.TP
.B GIT_PROVENANCE_DEBUG
When set, an internal error prints a traceback instead of one line.
.TP
.BR GITHUB_BASE_REF ", " CI_MERGE_REQUEST_TARGET_BRANCH_NAME
In CI, the branch whose merge base starts the default range of \\fBverify\\fR.
.TP
.B GITHUB_STEP_SUMMARY
With \\fB\\-\\-format github\\fR, the job summary file \\fBverify\\fR writes.
.SH EXIT STATUS
.TP
.B 0
clean (warnings may have been printed)
.TP
.B 1
findings: at least one error\\-severity finding (commit rejected, verify failed)
.TP
.B 2
usage: bad command line or unreadable input file
.TP
.B 3
configuration: invalid configuration file, option or variable; unreadable model file
.TP
.B 4
git: not a repository, bad revision, shallow clone missing the range, git failed
.TP
.B 5
internal error: a bug (rerun with GIT_PROVENANCE_DEBUG=1 for a traceback and report it)
.SH FILES
.TP
.I .git\\-provenance.toml\\fR, \\fIpyproject.toml
The configuration, at the repository root.
.TP
.IR .git/hooks/commit\\-msg ", " .git/hooks/prepare\\-commit\\-msg
The hooks \\fBinstall\\fR writes (in \\fBcore.hooksPath\\fR when set); a hook that was there before is
kept as \\fIHOOK\\fR.pre\\-provenance, runs first, and is put back by \\fBuninstall\\fR.
.TP
.I .git/PROVENANCE_REJECTED_MSG
The message of a rejected commit; \\fBgit commit \\-e \\-F\\fR with this file picks up where you left off.
.SH SEE ALSO
.BR githooks (5),
.BR git\\-interpret\\-trailers (1),
.BR pre\\-commit (1);
the README of git\\-provenance.
"""


def page() -> str:
    header = [
        '.\\" Generated by man/generate.py from the command line; edit that script, not this file.',
        f'.TH GIT\\-PROVENANCE 1 "" "git\\-provenance {__version__}" "Git Provenance Manual"',
        ".nh",  # no hyphenation: option and variable names are not words to break
        ".SH NAME",
        "git\\-provenance \\- record, check and review AI involvement in git commits",
    ]
    contexts = list(leaf_commands("git-provenance", cli, None))
    commands = [".SH COMMANDS"] + [line for context in contexts for line in command_section(context)]
    lines = [*header, *synopsis(contexts), DESCRIPTION.rstrip("\n"), *commands, *tables(), CONFIGURATION.rstrip("\n"),
             TRAILER.rstrip("\n")]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = page()
    if argv == ["--stdout"]:
        sys.stdout.write(text)
    elif not argv:
        PAGE.write_text(text, encoding="utf-8")
    else:
        print("usage: python man/generate.py [--stdout]", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
