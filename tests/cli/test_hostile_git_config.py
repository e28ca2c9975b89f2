"""The whole CLI gives byte-identical results under a hostile global git configuration.

Every setting below changes what a plain ``git log``/``git show`` prints (prefixes, quoting, colour,
encodings, hunk shapes, file order, rename detection, binary detection, signatures, formats). The
commands run once with a clean global configuration and once with the hostile one, from a
subdirectory of a repository whose paths hold spaces and non-ASCII letters; stdout, stderr, exit
codes and every file they write must be the same bytes. A setting a user deliberately chooses and
the product honours (core.commentChar, commit.cleanup, core.hooksPath, user.name/email) is not here.
"""

from __future__ import annotations

import random
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.classifier.training.test_training import descriptive_program, terse_program
from tests.gitutil import clean_env, git, init_repo

pytest.importorskip("tree_sitter")
pytest.importorskip("sklearn")

OK_NONE = "AI-Assisted: none"
GENERATED = "Generated-by: Claude Code claude-sonnet-4"
SUBDIR = "sub dir"  # the commands run here: diff.relative would hide everything outside it


def _script(path: Path, text: str) -> Path:
    path.write_text("#!/bin/sh\n" + text)
    path.chmod(path.stat().st_mode | stat.S_IEXEC | stat.S_IXGRP | stat.S_IXOTH)
    return path


def _fake_gpg(tools: Path) -> Path:
    """Signs with a fixed fake signature and "verifies" anything, printing text a parser would trip on."""
    return _script(tools / "fake-gpg", (
        'for a in "$@"; do [ "$a" = "-bsau" ] && sign=1; done\n'
        'if [ -n "$sign" ]; then\n'
        '  cat >/dev/null\n'
        '  echo "[GNUPG:] SIG_CREATED D 1 8 00 1700000000 FAKE" >&2\n'
        "  printf -- '-----BEGIN PGP SIGNATURE-----\\n\\nZmFrZQ==\\n-----END PGP SIGNATURE-----\\n'\n"
        '  exit 0\n'
        'fi\n'
        'echo "+++ b/garbage.py" >&2\n'
        'echo "gpg: Good signature from \\"GARBAGE\\" diff --git a/x b/x" >&2\n'
        'echo "[GNUPG:] GOODSIG 0000000000000000 GARBAGE"\n'
        'echo "[GNUPG:] VALIDSIG 0000000000000000000000000000000000000000 2024-01-01 1700000000"\n'
        'exit 0\n'
    ))


def _hostile_home(root: Path, tools: Path) -> Path:
    """A HOME whose .gitconfig sets everything that changes git's printed output."""
    home = root / "hostile-home"
    (home / ".config").mkdir(parents=True)
    garbage = _script(tools / "garbage-diff", 'echo "+++ b/garbage.py"; echo "@@ -0,0 +1 @@"; echo "+garbage"\n')
    (home / "order").write_text(f"sp ace 1.py\n{SUBDIR}/*\nb/*\n")
    (home / "attributes").write_text("*.py -diff\n")
    (home / "mailmap").write_text("Someone Else <else@example.com> Ada Lovelace <ada@example.com>\n")
    (home / ".gitconfig").write_text(f"""\
[log]
\tshowSignature = true
\tshowRoot = false
\tdecorate = full
\tabbrevCommit = true
\tfollow = true
\tmailmap = true
\tdate = relative
\tdiffMerges = combined
[core]
\tquotePath = true
\tabbrev = 5
\tattributesFile = {home / "attributes"}
\tbigFileThreshold = 100
\tpager = {garbage}
\twarnAmbiguousRefs = false
[diff]
\tnoprefix = true
\tmnemonicPrefix = true
\trelative = true
\texternal = {garbage}
\talgorithm = histogram
\tindentHeuristic = false
\tinterHunkContext = 20
\trenames = false
\trenameLimit = 1
\tsuppressBlankEmpty = true
\torderFile = {home / "order"}
\tcontext = 9
\tsubmodule = log
\tsrcPrefix = SRC/
\tdstPrefix = DST/
\tcolorMoved = zebra
[color]
\tui = always
\tdiff = always
\tbranch = always
[i18n]
\tlogOutputEncoding = ISO-8859-1
[format]
\tpretty = format:GARBAGE %h %s%n
[pretty]
\tgarbage = format:%s
[mailmap]
\tfile = {home / "mailmap"}
[gpg]
\tprogram = {tools / "fake-gpg"}
[pager]
\tlog = {garbage}
\tshow = {garbage}
[notes]
\tdisplayRef = refs/notes/*
""", encoding="utf-8")
    return home


def _commit(repo: Path, files: dict[str, str], message: str, tick: int, *extra: str,
            author: str = "Ada Lovelace", gpg: Path | None = None) -> None:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
        git(repo, "add", "--", name)
    date = f"2024-03-01T10:{tick:02d}:00+00:00"
    env = clean_env(GIT_AUTHOR_NAME=author, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    signing = ["-c", f"gpg.program={gpg}"] if gpg else []
    subprocess.run(["git", *signing, "commit", "-q", "--no-verify", "--cleanup=verbatim", *extra, "-F", "-"], cwd=repo,
                   env=env, input=message.encode(), check=True, capture_output=True)


# Adding a block after a like one: with the indent heuristic off git puts the hunk four lines later.
_INDENT_BEFORE = "x = 1\n\nif x:\n    y = 2\n    z = 3\n\nprint(x)\n"
_INDENT_AFTER = "x = 1\n\nif x:\n    y = 2\n    z = 3\n\nif x:\n    y = 2\n    z = 3\n\nprint(x)\n"
# An edit that the myers and histogram algorithms split into different hunks.
_ALGORITHM_BEFORE = "return x\ny = 2\nx = 1\npass\nx = 1\nx = 1\ny = 2\ny = 2\n"
_ALGORITHM_AFTER = "return x\ny = 2\nx = 1\npass\nreturn x\nx = 1\ny = 2\ny = 2\ny = 2\n"


def _edit_lines(path: Path, edits: dict[int, str]) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    for number, text in edits.items():
        lines[number - 1] = text
    return "\n".join(lines)


def _history(repo: Path, tools: Path) -> None:
    """Six commits that disclose AI and six that declare none, in paths that need quoting, then a
    rename with a small edit, edits whose hunks depend on diff settings, and a signed commit on a
    feature branch."""
    rng = random.Random(11)
    tick = 0
    _commit(repo, {"ünï.py": terse_program(rng), "notes.txt": "plain text\n"}, f"Première version\n\n{OK_NONE}\n", tick)
    for index in range(6):
        tick += 1
        folder = ("b", SUBDIR, "sp ace")[index % 3]
        files = {f"{folder}/gen_{index}.py": descriptive_program(rng),
                 f"{folder}/ünï_{index}.py": descriptive_program(rng)}
        _commit(repo, files, f"Añade ayudas {index}\n\n{GENERATED}\n", tick)
        tick += 1
        _commit(repo, {f"sp ace {index}.py": terse_program(rng)}, f"Human change {index}\n\n{OK_NONE}\n", tick,
                author="Zoë Ångström")
    tick += 1
    git(repo, "mv", "sp ace 0.py", "b/mod.py")
    moved = _edit_lines(repo / "b" / "mod.py", {2: "total=0"})
    two_hunks = _edit_lines(repo / "sp ace 1.py", {2: "s=1", 5: "    if x>1:s+=x*x"})  # hunks close together
    _commit(repo, {"b/mod.py": moved, "sp ace 1.py": two_hunks}, f"Move and tweak\n\n{OK_NONE}\n", tick)
    tick += 1
    _commit(repo, {"ünï.py": _INDENT_BEFORE, f"{SUBDIR}/alg.py": _ALGORITHM_BEFORE}, f"Rewrite ünï\n\n{OK_NONE}\n",
            tick)
    git(repo, "checkout", "-q", "-b", "feature")  # main stays here: the default range is what follows
    tick += 1
    _commit(repo, {"ünï.py": _INDENT_AFTER, f"{SUBDIR}/alg.py": _ALGORITHM_AFTER,
                   f"{SUBDIR}/mod.py": descriptive_program(rng)}, f"Add more\n\n{OK_NONE}\n", tick)
    tick += 1
    _commit(repo, {f"{SUBDIR}/mod.py": terse_program(rng), "b/mod.py": moved + terse_program(rng)},
            f"Signed change\n\n{OK_NONE}\n", tick, "-S", gpg=tools / "fake-gpg")


Result = tuple[str, int, bytes, bytes, dict[str, bytes]]


def _run_cli(cwd: Path, env: dict[str, str], written: dict[str, Path], *args: str) -> Result:
    """One CLI run: its exit code, output, and the bytes of the files it wrote (then removed)."""
    proc = subprocess.run([sys.executable, "-m", "provenance", *args], cwd=cwd, env=env, capture_output=True,
                          check=False)
    files = {}
    for name, path in written.items():
        # A model records when it was trained: the one byte range two runs may not share.
        data = path.read_bytes() if path.exists() else b"<missing>"
        files[name] = re.sub(rb'"trained_at": ?"[^"]*"', b'"trained_at":"<time>"', data)
        if path.is_file() and name != "hooks":
            path.unlink()
    return " ".join(args), proc.returncode, proc.stdout, proc.stderr, files


def _hooks(repo: Path) -> dict[str, bytes]:
    hooks = repo / ".git" / "hooks"
    names = ("commit-msg", "prepare-commit-msg")
    return {name: (hooks / name).read_bytes() for name in names if (hooks / name).exists()}


def _run_everything(repo: Path, env: dict[str, str], out: Path, flagging_model: Path) -> list[Result]:
    cwd = repo / SUBDIR
    summary, model = out / "summary.md", out / "model.json"
    flagging = ("-c", f"classifier-model={flagging_model}")
    runs = [
        _run_cli(cwd, {**env, "GITHUB_STEP_SUMMARY": str(summary)}, {"summary": summary},
                 "verify", "--range", "HEAD", "--format", output_format, *flagging)
        for output_format in ("text", "json", "sarif", "github")
    ]
    runs.append(_run_cli(cwd, env, {}, "verify", *flagging))  # the default range: main..feature
    runs.append(_run_cli(cwd, env, {}, "verify", "--last", "3", "--format", "json"))
    for revision in ("HEAD", "HEAD~1", "HEAD~3", "HEAD~16"):
        runs.append(_run_cli(cwd, env, {}, "classify", "--rev", revision))
    runs.append(_run_cli(cwd, env, {}, "classify", "--rev", "HEAD~3", "--format", "json"))
    runs.append(_run_cli(cwd, env, {"model": model}, "train", "--from-history", "--output", str(model)))
    runs.append(_run_cli(cwd, env, {}, "install"))
    name, code, stdout, stderr, _ = runs[-1]
    runs[-1] = (name, code, stdout, stderr, _hooks(repo))
    return runs


def test_hostile_global_git_config_changes_no_result(tmp_path: Path, always_flagging_model: Path) -> None:
    tools = tmp_path / "tools"
    tools.mkdir()
    _fake_gpg(tools)
    repo = init_repo(tmp_path / "répo with space")
    _history(repo, tools)
    clean_home = tmp_path / "clean-home"
    (clean_home / ".config").mkdir(parents=True)
    hostile_home = _hostile_home(tmp_path, tools)
    out = tmp_path / "out"
    out.mkdir()

    clean = _run_everything(repo, clean_env(HOME=str(clean_home), XDG_CONFIG_HOME=str(clean_home / ".config")),
                            out, always_flagging_model)
    garbage = str(tools / "garbage-diff")
    hostile_env = clean_env(HOME=str(hostile_home), XDG_CONFIG_HOME=str(hostile_home / ".config"),
                            GIT_DIFF_OPTS="--unified=7", GIT_EXTERNAL_DIFF=garbage, GIT_PAGER=garbage, PAGER=garbage)
    hostile = _run_everything(repo, hostile_env, out, always_flagging_model)

    # The clean run did real work, so identical results mean something.
    by_name = {name: (code, stdout.decode(), stderr.decode(), files) for name, code, stdout, stderr, files in clean}
    assert [name for name, (_, _, stderr, _) in by_name.items() if stderr] == []
    flagging = f"-c classifier-model={always_flagging_model}"
    json_report = by_name[f"verify --range HEAD --format json {flagging}"][1]
    assert by_name[f"verify --range HEAD --format github {flagging}"][3]["summary"].startswith(b"## git-provenance")
    for path in ("b/mod.py", "sub dir/mod.py", "ünï.py", "sp ace 2.py"):
        assert f'"{path}"' in json_report, path
    assert "b/mod.py" in by_name["classify --rev HEAD~3"][1] and "sp ace 1.py" in by_name["classify --rev HEAD~3"][1]
    assert "ünï.py" in by_name["classify --rev HEAD~16"][1]
    assert "sub dir/mod.py" in by_name["classify --rev HEAD"][1] and "b/mod.py" in by_name["classify --rev HEAD"][1]
    assert "sub dir/alg.py:5-5" in by_name["classify --rev HEAD~1"][1]
    assert by_name[f"train --from-history --output {out / 'model.json'}"][0] == 0
    assert by_name["install"][3] and by_name["install"][0] == 0

    for before, after in zip(clean, hostile, strict=True):
        assert after == before, f"{before[0]}: differs under the hostile git config"
