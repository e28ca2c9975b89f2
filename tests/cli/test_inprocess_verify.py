"""`verify` in-process (``provenance.cli.main``) on real repositories: every format, every way of
choosing the range, shallow clones and bad input, with the exact text people read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.golden_history import build_golden_history
from tests.cli.inprocess import Cli
from tests.gitutil import clean_env, commit_file, git, init_repo
from tests.paths import GOLDEN

OK_NONE = "AI-Assisted: none"
CODE = "def total(values):\n    result = 0\n    for value in values:\n        result += value\n    return result\n"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)


@pytest.fixture
def mixed(repo: Path) -> dict[str, str]:
    """One clean commit with code, one undisclosed, one malformed, one with only a warning."""
    return {
        "clean": commit_file(repo, f"Add totals\n\n{OK_NONE}\n", name="totals.py", content=CODE),
        "undisclosed": commit_file(repo, "Undisclosed change, with: a colon\n", name="notes.txt", content="n\n"),
        "malformed": commit_file(repo, "Tune\n\nAI-Assisted: perhaps\n", name="notes.txt", content="m\n"),
        "warning": commit_file(repo, f"Fix\n\nAI-Generated: yes\n{OK_NONE}\n", name="notes.txt", content="w\n"),
    }


# --------------------------------------------------------------------------- the golden files, in-process

@pytest.fixture
def golden_history(tmp_path: Path) -> Path:
    """The history tests/cli/test_golden_output.py builds, so the same golden files apply."""
    return build_golden_history(tmp_path / "repo")


@pytest.mark.parametrize(("golden", "argv"), [
    ("verify-text.txt", ("verify", "--range", "HEAD")),
    ("verify-json.txt", ("verify", "--range", "HEAD~3..HEAD", "--format", "json")),
    ("rules.txt", ("rules",)),
])
def test_in_process_output_is_the_golden_output(cli: Cli, golden_history: Path, golden: str,
                                                argv: tuple[str, ...]) -> None:
    # The console script and `python -m provenance` print exactly what main() prints here.
    done = cli(*argv, cwd=golden_history)
    shown = f"$ git-provenance {' '.join(argv)}\n[exit {done.code}]\n--- stdout\n{done.out}--- stderr\n{done.err}"
    assert shown == (GOLDEN / golden).read_text()


# --------------------------------------------------------------------------- formats

def test_text_names_failing_commits_and_counts(cli: Cli, repo: Path, mixed: dict[str, str]) -> None:
    done = cli("verify", "--range", "HEAD", "-c", "classifier=off", cwd=repo)
    assert done.code == 1 and done.err == ""
    lines = done.out.splitlines()
    assert f"{mixed['undisclosed'][:12]} Undisclosed change, with: a colon  (Ada Lovelace)" in lines
    assert f"{mixed['malformed'][:12]} Tune  (Ada Lovelace)" in lines
    assert f"{mixed['warning'][:12]} Fix  (Ada Lovelace)" in lines
    assert f"{mixed['clean'][:12]} Add totals  (Ada Lovelace)" not in lines
    assert "  error[missing-disclosure] no AI-involvement disclosure in the message trailers" in lines
    assert any(line.startswith("  line 3: error[malformed-disclosure] ") for line in lines), lines
    assert any(line.startswith("  line 3: warning[unrecognised-ai-trailer] ") for line in lines), lines
    assert "To fix, reword each failing commit (git rebase -i, then 'reword') and end its message with one of:" in lines
    assert lines[-2] == "involvement: none 2, undisclosed 2"
    assert lines[-1] == "verify: 4 commit(s) in HEAD: 2 failing, 2 error(s), 1 warning(s), 0 exempt"


def test_warnings_alone_exit_0(cli: Cli, repo: Path) -> None:
    commit_file(repo, f"Fix\n\nAI-Generated: yes\n{OK_NONE}\n")
    done = cli("verify", "--last", "1", cwd=repo)
    assert done.code == 0
    assert done.out.splitlines()[-1] == "verify: 1 commit(s) in the last 1 commits of HEAD: 0 failing, 0 error(s), " \
                                        "1 warning(s), 0 exempt"


def test_json_document(cli: Cli, repo: Path, mixed: dict[str, str]) -> None:
    done = cli("verify", "--range", "HEAD", "--format", "json", "-c", "classifier=off", cwd=repo)
    assert done.code == 1 and done.err == ""
    document = json.loads(done.out)
    assert (document["version"], document["tool"], document["range"]) == (1, "git-provenance", "HEAD")
    assert document["summary"] == {"commits": 4, "failing": 2, "errors": 2, "warnings": 1, "notices": 0, "exempt": 0,
                                   "undisclosed": 2, "involvement": {"none": 2, "undisclosed": 2}, "agents": {}}
    by_sha = {commit["sha"]: commit for commit in document["commits"]}
    assert [commit["sha"] for commit in document["commits"]] == [mixed[k] for k in
                                                                 ("warning", "malformed", "undisclosed", "clean")]
    assert [(f["rule"], f["severity"]) for f in by_sha[mixed["malformed"]]["findings"]] == \
        [("malformed-disclosure", "error")]
    assert by_sha[mixed["clean"]]["findings"] == []
    assert by_sha[mixed["clean"]]["author"] == {"name": "Ada Lovelace", "email": "ada@example.com"}


def test_sarif_levels_locations_and_rules(cli: Cli, repo: Path, mixed: dict[str, str],
                                          always_flagging_model: Path) -> None:
    done = cli("verify", "--range", "HEAD", "--format", "sarif", "-c", f"classifier-model={always_flagging_model}",
               cwd=repo)
    assert done.code == 1 and done.err == ""
    document = json.loads(done.out)
    assert document["version"] == "2.1.0"
    (run,) = document["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert {rule["id"]: rule["defaultConfiguration"]["level"] for rule in rules}["C1"] == "warning"
    assert {rule["id"]: rule["defaultConfiguration"]["level"] for rule in rules}["D1"] == "error"
    # The classifier's finding is on lines of a file: a result, at the added hunk.
    (result,) = run["results"]
    assert (result["ruleId"], result["level"]) == ("C1", "warning")
    assert rules[result["ruleIndex"]]["id"] == "C1"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "totals.py", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 1, "endLine": 5}
    assert result["properties"]["commit"] == mixed["clean"]
    # Findings on messages have no file: notifications naming the commit, each with its own level.
    notifications = run["invocations"][0]["toolExecutionNotifications"]
    levels = sorted((n["descriptor"]["id"], n["level"], n["properties"]["commit"]) for n in notifications)
    assert levels == sorted([("D1", "error", mixed["undisclosed"]), ("D2", "error", mixed["malformed"]),
                             ("D6", "warning", mixed["warning"])])
    assert run["properties"]["summary"]["warnings"] == 2


def test_github_annotations_and_job_summary(cli: Cli, repo: Path, mixed: dict[str, str], tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    cli.setenv("GITHUB_STEP_SUMMARY", str(summary))
    done = cli("verify", "--range", "HEAD", "--format", "github", "-c", "classifier=off", cwd=repo)
    assert done.code == 1
    annotations = [line for line in done.out.splitlines() if line.startswith("::")]
    assert annotations[0].startswith(f"::warning title=git-provenance unrecognised-ai-trailer::commit "
                                     f"{mixed['warning'][:12]} \"Fix\" (message line 3): ")
    assert [a.split(" ", 1)[0] for a in annotations] == ["::warning", "::error", "::error"]
    assert f"commit {mixed['undisclosed'][:12]} \"Undisclosed change, with: a colon\"" in annotations[2]
    assert done.out.splitlines()[-1].startswith("verify: 4 commit(s) in HEAD: 2 failing")
    written = summary.read_text()
    assert written.startswith("earlier step\n## git-provenance: AI-involvement disclosures\n")
    assert "4 commit(s) in HEAD: **2 failing**, 1 warning(s), 0 exempt." in written
    assert "| none | 2 |" in written and "| undisclosed | 2 |" in written
    assert f"| `{mixed['malformed'][:12]}` | Tune | undisclosed | — | error: malformed-disclosure |" in written


def test_github_summary_lists_agents_and_escapes_pipes(cli: Cli, repo: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    cli.setenv("GITHUB_STEP_SUMMARY", str(summary))
    commit_file(repo, "Add a | b\n\nAssisted-by: Claude:claude-3-opus\n")
    commit_file(repo, "Pipes | everywhere\n")
    done = cli("verify", "--last", "2", "--format", "github", cwd=repo)
    assert done.code == 1
    written = summary.read_text()
    assert "| AI tool | commits |" in written and "| Claude (claude-3-opus) | 1 |" in written
    assert "| Pipes \\| everywhere | undisclosed | — | error: missing-disclosure |" in written


def test_github_summary_that_cannot_be_written_is_a_one_line_warning(cli: Cli, repo: Path, tmp_path: Path) -> None:
    commit_file(repo, f"One\n\n{OK_NONE}\n")
    cli.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "no-such-dir" / "summary.md"))
    done = cli("verify", "--last", "1", "--format", "github", cwd=repo)
    assert done.code == 0
    summary = tmp_path / "no-such-dir" / "summary.md"
    assert done.err.startswith(f"git-provenance: warning: GITHUB_STEP_SUMMARY={summary}: "
                               "cannot append the job summary: ")
    assert done.err.count("\n") == 1
    assert "verify: 1 commit(s)" in done.out


def test_classifier_error_severity_fails_and_text_names_the_lines(cli: Cli, repo: Path, mixed: dict[str, str],
                                                                 always_flagging_model: Path) -> None:
    done = cli("verify", "--last", "4", "-c", f"classifier-model={always_flagging_model}",
               "-c", "severity=undisclosed-ai-style=error,missing-disclosure=off,malformed-disclosure=off", cwd=repo)
    assert done.code == 1
    lines = done.out.splitlines()
    assert lines[0] == f"{mixed['warning'][:12]} Fix  (Ada Lovelace)"
    flagged = [line for line in lines if "undisclosed-ai-style" in line]
    assert len(flagged) == 1 and flagged[0].startswith("  totals.py:1-5: error[undisclosed-ai-style] added python code "
                                                       "scores ")
    assert "(threshold 0.00) in a commit that declares AI-Assisted: none" in flagged[0]


def test_classifier_off_or_rule_off_scores_nothing(cli: Cli, repo: Path, mixed: dict[str, str],
                                                   always_flagging_model: Path) -> None:
    model = f"classifier-model={always_flagging_model}"
    for extra in ("classifier=off", "severity=undisclosed-ai-style=off"):
        document = json.loads(cli("verify", "--last", "4", "--format", "json", "-c", model, "-c", extra,
                                  cwd=repo).out)
        assert all(f["rule"] != "undisclosed-ai-style" for c in document["commits"] for f in c["findings"]), extra


def test_unreadable_classifier_model_is_one_line(cli: Cli, repo: Path, mixed: dict[str, str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    line = cli("verify", "--last", "4", "-c", f"classifier-model={broken}", cwd=repo).one_line_error(3)
    assert line.startswith("git-provenance: error: ") and str(broken) in line


# --------------------------------------------------------------------------- choosing the range

def test_last_and_range_select_exactly(cli: Cli, repo: Path) -> None:
    shas = [commit_file(repo, f"Commit {i}\n\n{OK_NONE}\n") for i in range(4)]
    document = json.loads(cli("verify", "--last", "2", "--format", "json", cwd=repo).out)
    assert document["range"] == "the last 2 commits of HEAD"
    assert [c["sha"] for c in document["commits"]] == [shas[3], shas[2]]
    document = json.loads(cli("verify", "--range", f"{shas[0]}..{shas[2]}", "--format", "json", cwd=repo).out)
    assert [c["sha"] for c in document["commits"]] == [shas[2], shas[1]]
    # Several revisions separated by spaces, as git log takes them.
    document = json.loads(cli("verify", "--range", f"{shas[3]} ^{shas[1]}", "--format", "json", cwd=repo).out)
    assert [c["sha"] for c in document["commits"]] == [shas[3], shas[2]]


def test_default_range_is_the_feature_branch_and_empty_on_main(cli: Cli, repo: Path) -> None:
    commit_file(repo, "Old undisclosed on main\n")
    base = commit_file(repo, f"Main two\n\n{OK_NONE}\n")
    done = cli("verify", cwd=repo)
    assert (done.code, done.out) == (0, f"verify: no commits in main..HEAD (merge base {base[:12]}); "
                                        "use --last N to check recent history\n")
    git(repo, "checkout", "-q", "-b", "feature")
    mine = commit_file(repo, "Feature undisclosed\n", name="f.txt")
    done = cli("verify", "--format", "json", cwd=repo)
    document = json.loads(done.out)
    assert done.code == 1
    assert document["range"] == f"main..HEAD (merge base {base[:12]})"
    assert [c["sha"] for c in document["commits"]] == [mine]


def _develop_and_feature(repo: Path) -> list[str]:
    commit_file(repo, f"Main base\n\n{OK_NONE}\n")
    git(repo, "checkout", "-q", "-b", "develop")
    commit_file(repo, "Develop undisclosed\n", name="d.txt")
    git(repo, "checkout", "-q", "-b", "feature")
    return [commit_file(repo, f"Feature {i}\n\n{OK_NONE}\n", name="f.txt") for i in range(2)][::-1]


@pytest.mark.parametrize(("variable", "config"), [
    ("GITHUB_BASE_REF", ()),
    ("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", ()),
    (None, ("-c", "default-branch=develop")),
])
def test_the_base_branch_comes_from_ci_or_the_config(cli: Cli, repo: Path, variable: str | None,
                                                     config: tuple[str, ...]) -> None:
    feature = _develop_and_feature(repo)
    against_main = json.loads(cli("verify", "--format", "json", cwd=repo).out)
    assert against_main["range"].startswith("main..HEAD") and len(against_main["commits"]) == 3
    if variable:
        cli.setenv(variable, "develop")
    done = cli("verify", "--format", "json", *config, cwd=repo)
    document = json.loads(done.out)
    assert done.code == 0
    assert document["range"].startswith("develop..HEAD")
    assert [c["sha"] for c in document["commits"]] == feature


def test_ci_base_beats_the_config(cli: Cli, repo: Path) -> None:
    feature = _develop_and_feature(repo)
    cli.setenv("GITHUB_BASE_REF", "develop")
    document = json.loads(cli("verify", "--format", "json", "-c", "default-branch=main", cwd=repo).out)
    assert [c["sha"] for c in document["commits"]] == feature


def test_origin_head_is_the_default_base(cli: Cli, tmp_path: Path) -> None:
    upstream = init_repo(tmp_path / "upstream", branch="trunk")
    commit_file(upstream, "Upstream undisclosed\n")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", f"file://{upstream}", str(clone))
    git(clone, "checkout", "-q", "-b", "feature")
    mine = commit_file(clone, f"Mine\n\n{OK_NONE}\n")
    document = json.loads(cli("verify", "--format", "json", cwd=clone).out)
    assert document["range"].startswith("origin/trunk..HEAD")
    assert [c["sha"] for c in document["commits"]] == [mine]


def test_no_base_branch_is_one_line_naming_what_was_tried(cli: Cli, tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "trunk-repo", branch="trunk")
    commit_file(repo, f"Base\n\n{OK_NONE}\n")
    line = cli("verify", cwd=repo).one_line_error(4)
    assert line == ("git-provenance: error: cannot find the branch to compare against (tried origin/main, main, "
                    "origin/master, master); pass --range BASE..HEAD or set default-branch in the config")


def test_unrelated_base_is_one_line(cli: Cli, repo: Path) -> None:
    commit_file(repo, f"Main\n\n{OK_NONE}\n")
    git(repo, "checkout", "-q", "--orphan", "other")
    commit_file(repo, f"Other root\n\n{OK_NONE}\n", name="o.txt")
    line = cli("verify", cwd=repo).one_line_error(4)
    assert line == "git-provenance: error: HEAD and main have no common ancestor in this clone; pass --range BASE..HEAD"


# --------------------------------------------------------------------------- bad input

@pytest.mark.parametrize(("argv", "expected"), [
    (("--range", "HEAD", "--last", "1"), "git-provenance: error: give either --range or --last, not both"),
    (("--last", "0"), "git-provenance: error: --last must be at least 1, got 0"),
    (("--range", "--all"), "git-provenance: error: --range '--all': expected a revision range such as main..HEAD"),
    (("--range", "   "), "git-provenance: error: --range '   ': expected a revision range such as main..HEAD"),
])
def test_bad_selection_is_a_usage_error(cli: Cli, repo: Path, argv: tuple[str, ...], expected: str) -> None:
    commit_file(repo, f"One\n\n{OK_NONE}\n")
    assert cli("verify", *argv, cwd=repo).one_line_error(2) == expected


def test_unknown_revision_is_a_git_error(cli: Cli, repo: Path) -> None:
    commit_file(repo, f"One\n\n{OK_NONE}\n")
    line = cli("verify", "--range", "no-such-branch..HEAD", cwd=repo).one_line_error(4)
    assert line.startswith("git-provenance: error: git ") and "no-such-branch" in line


def test_outside_a_repository_is_a_git_error(cli: Cli, tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    cli.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    line = cli("verify", "--last", "1", cwd=plain).one_line_error(4)
    assert line == f"git-provenance: error: {plain} is not inside a git work tree; run this from a repository checkout"


def test_configuration_file_errors_name_the_file(cli: Cli, repo: Path) -> None:
    commit_file(repo, f"One\n\n{OK_NONE}\n")
    (repo / ".git-provenance.toml").write_text('merge-commit = "check"\n')
    line = cli("verify", "--last", "1", cwd=repo).one_line_error(3)
    assert line.startswith(f"git-provenance: error: {repo / '.git-provenance.toml'}: merge-commit: unknown key "
                           "(did you mean 'merge-commits'?)")


def test_configuration_from_the_repository_root_applies(cli: Cli, repo: Path) -> None:
    commit_file(repo, "Undisclosed\n")
    (repo / ".git-provenance.toml").write_text('[severity]\nmissing-disclosure = "warning"\n')
    (repo / "sub").mkdir()
    done = cli("verify", "--last", "1", cwd=repo / "sub")
    assert done.code == 0
    assert "  warning[missing-disclosure] no AI-involvement disclosure in the message trailers" in done.out


# --------------------------------------------------------------------------- exemptions

def test_merges_reverts_and_bots_are_exempt_unless_configured(cli: Cli, repo: Path) -> None:
    commit_file(repo, f"Base\n\n{OK_NONE}\n", name="base.txt")
    git(repo, "checkout", "-q", "-b", "side")
    commit_file(repo, f"Side\n\n{OK_NONE}\n", name="side.txt")
    git(repo, "checkout", "-q", "main")
    commit_file(repo, f"Main\n\n{OK_NONE}\n", name="main.txt")
    git(repo, "merge", "-q", "--no-ff", "--no-edit", "side")
    git(repo, "revert", "--no-edit", "HEAD~1")
    commit_file(repo, "Bump deps\n", env=clean_env(GIT_AUTHOR_NAME="dependabot[bot]"))
    document = json.loads(cli("verify", "--last", "3", "--format", "json", cwd=repo).out)
    assert [c["exempt"] for c in document["commits"]] == ["exempt-author", "revert", "merge"]
    done = cli("verify", "--last", "3", "-c", "merge-commits=check", "-c", "revert-commits=check",
               "-c", "exempt-authors=", cwd=repo)
    assert done.code == 1
    assert done.out.splitlines()[-1] == ("verify: 3 commit(s) in the last 3 commits of HEAD: 3 failing, 3 error(s), "
                                         "0 warning(s), 0 exempt")


# --------------------------------------------------------------------------- shallow clones

@pytest.fixture
def origin(tmp_path: Path) -> list[str]:
    repo = init_repo(tmp_path / "origin")
    return [commit_file(repo, f"Commit {i}\n\n{OK_NONE}\n") for i in range(1, 6)]


def _shallow_clone(tmp_path: Path, depth: int, *extra: str) -> Path:
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", str(depth), *extra, f"file://{tmp_path / 'origin'}", str(clone))
    assert (clone / ".git" / "shallow").is_file()
    return clone


def test_shallow_clone_last_beyond_the_depth(cli: Cli, tmp_path: Path, origin: list[str]) -> None:
    clone = _shallow_clone(tmp_path, 2)
    line = cli("verify", "--last", "5", cwd=clone).one_line_error(4)
    assert line == ("git-provenance: error: the last 5 commits of HEAD: this clone holds only 2 of them; this clone is "
                    "shallow: fetch at least 5 commits of history (fetch-depth: 5), or all of it "
                    "(git fetch --unshallow, or fetch-depth: 0 with actions/checkout)")
    document = json.loads(cli("verify", "--last", "2", "--format", "json", cwd=clone).out)
    assert [c["sha"] for c in document["commits"]] == [origin[4], origin[3]]


def test_shallow_clone_range_past_the_edge(cli: Cli, tmp_path: Path, origin: list[str]) -> None:
    clone = _shallow_clone(tmp_path, 2)
    line = cli("verify", "--range", "HEAD", cwd=clone).one_line_error(4)
    assert line.startswith(f"git-provenance: error: HEAD: the range runs past the shallow edge of this clone at "
                           f"{origin[3][:12]}, so older commits of the range are missing; this clone is shallow: ")
    assert cli("verify", "--range", "HEAD~1..HEAD", cwd=clone).code == 0


def test_shallow_clone_base_not_fetched(cli: Cli, tmp_path: Path, origin: list[str]) -> None:
    clone = _shallow_clone(tmp_path, 2)
    line = cli("verify", "--range", f"{origin[1]}..HEAD", cwd=clone).one_line_error(4)
    assert line.endswith("; this clone is shallow: fetch all of it (git fetch --unshallow, or fetch-depth: 0 with "
                         "actions/checkout)")


def test_shallow_clone_without_merge_base_uses_the_pull_request_size(cli: Cli, tmp_path: Path,
                                                                     origin: list[str]) -> None:
    upstream = tmp_path / "origin"
    git(upstream, "checkout", "-q", "-b", "feature")
    for i in range(3):
        commit_file(upstream, f"Feature {i}\n\n{OK_NONE}\n", name="f.txt")
    git(upstream, "checkout", "-q", "main")
    clone = _shallow_clone(tmp_path, 2, "--no-single-branch", "--branch", "feature")
    line = cli("verify", cwd=clone).one_line_error(4)
    assert line.startswith("git-provenance: error: HEAD and origin/main have no common ancestor in this clone; "
                           "this clone is shallow: fetch all of it")
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"commits": 3}}))
    cli.setenv("GITHUB_EVENT_PATH", str(event))
    cli.setenv("GITHUB_BASE_REF", "main")
    line = cli("verify", cwd=clone).one_line_error(4)
    assert "fetch at least 4 commits of history (fetch-depth: 4)" in line
    # An event file that is not the pull-request payload gives the general advice, never a traceback.
    event.write_text("[1, 2]")
    line = cli("verify", cwd=clone).one_line_error(4)
    assert "fetch all of it" in line and "fetch-depth: 4" not in line


@pytest.mark.parametrize(("variable", "config", "source"), [
    ("GITHUB_BASE_REF", (), "GITHUB_BASE_REF"),
    ("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", (), "CI_MERGE_REQUEST_TARGET_BRANCH_NAME"),
    (None, ("-c", "default-branch=release"), "default-branch in the configuration"),
])
def test_a_named_base_branch_that_does_not_exist_is_an_error_not_main(
    cli: Cli, repo: Path, variable: str | None, config: tuple[str, ...], source: str
) -> None:
    _develop_and_feature(repo)  # main exists: the old code silently compared against it
    if variable:
        cli.setenv(variable, "release")
    line = cli("verify", *config, cwd=repo).one_line_error(4)
    assert line == (f"git-provenance: error: {source} names the branch 'release', which this clone has neither as "
                    "origin/release nor as release; fetch it (git fetch origin release) or pass --range BASE..HEAD")


def test_verify_works_in_a_bare_repository(cli: Cli, repo: Path, tmp_path: Path) -> None:
    commit_file(repo, f"One\n\n{OK_NONE}\n")
    commit_file(repo, "Two undisclosed\n")
    bare = tmp_path / "mirror.git"
    git(tmp_path, "clone", "-q", "--mirror", str(repo), str(bare))
    done = cli("verify", "--last", "2", "--format", "json", "-c", "classifier=off", cwd=bare)
    assert done.code == 1
    document = json.loads(done.out)
    assert [c["involvement"] for c in document["commits"]] == ["undisclosed", "none"]
    assert cli("verify", "--range", "HEAD~1..HEAD", "-c", "classifier=off", cwd=bare).code == 1
