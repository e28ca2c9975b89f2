"""Configuration: file < ``-c`` < environment, both file forms, and every kind of error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from provenance.core.conventions import CANONICAL_IDS, CONVENTION_IDS
from provenance.core.errors import EXIT_CONFIG, ConfigError
from provenance.policy.config import CONFIG_FILE, Config, load_config
from tests.gitutil import clean_env, commit_file, git


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def config_error(directory: Path, **kwargs: object) -> str:
    kwargs.setdefault("environ", {})
    with pytest.raises(ConfigError) as info:
        load_config(str(directory), **kwargs)  # type: ignore[arg-type]
    assert info.value.exit_code == EXIT_CONFIG == 3
    message = str(info.value)
    assert "\n" not in message
    return message


# --------------------------------------------------------------------------- defaults and files

def test_defaults_without_a_file(tmp_path: Path) -> None:
    config = load_config(str(tmp_path), environ={})
    assert config == Config()
    assert config.source == "defaults"
    assert config.accepted_conventions == CONVENTION_IDS
    assert config.exempt_authors == ("dependabot[bot]", "renovate[bot]", "github-actions[bot]")
    assert config.merge_commits == config.revert_commits == config.fixup_commits == "exempt"
    assert config.severity("missing-disclosure") == "error"
    assert config.severity("misplaced-disclosure") == "warning"


def test_dedicated_file_top_level_keys(tmp_path: Path) -> None:
    path = write(tmp_path / CONFIG_FILE, 'conventions = "strict"\nmerge-commits = "check"\n'
                 'exempt-authors = ["release-bot", "*@ci.example.com"]\ndefault-branch = "trunk"\n'
                 '[severity]\nmissing-disclosure = "warning"\nD5 = "off"\n')
    config = load_config(str(tmp_path), environ={})
    assert config.source == str(path)
    assert config.accepted_conventions == CANONICAL_IDS
    assert config.merge_commits == "check"
    assert config.revert_commits == "exempt"
    assert config.exempt_authors == ("release-bot", "*@ci.example.com")
    assert config.default_branch == "trunk"
    assert config.severity("missing-disclosure") == "warning"
    assert config.severity("misplaced-disclosure") == "off"
    # untouched rules keep their defaults
    assert config.severity("malformed-disclosure") == "error"
    assert config.severity("message-encoding") == "warning"


def test_pyproject_section(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.git-provenance]\n'
                 'conventions = ["assisted-by", "generated-by"]\nfixup-commits = "check"\n'
                 '[tool.git-provenance.severity]\nai-signoff = "warning"\n')
    config = load_config(str(tmp_path), environ={})
    assert config.source == str(path)
    assert config.accepted_conventions == {"assisted-by", "generated-by"}
    assert config.fixup_commits == "check"
    assert config.severity("ai-signoff") == "warning"


def test_pyproject_without_the_section_gives_defaults(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n[tool.black]\nline-length = 100\n')
    assert load_config(str(tmp_path), environ={}) == Config()


def test_dedicated_file_wins_over_pyproject(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.git-provenance]\nmerge-commits = "check"\n')
    write(tmp_path / CONFIG_FILE, 'revert-commits = "check"\n')
    config = load_config(str(tmp_path), environ={})
    assert config.revert_commits == "check"
    assert config.merge_commits == "exempt"


def test_explicit_file_replaces_discovery(tmp_path: Path) -> None:
    write(tmp_path / CONFIG_FILE, 'merge-commits = "check"\n')
    other = write(tmp_path / "other.toml", 'revert-commits = "check"\n')
    config = load_config(str(tmp_path), explicit_file=str(other), environ={})
    assert (config.merge_commits, config.revert_commits) == ("exempt", "check")
    via_env = load_config(str(tmp_path), environ={"GIT_PROVENANCE_CONFIG": str(other)})
    assert (via_env.merge_commits, via_env.revert_commits) == ("exempt", "check")


def test_explicit_pyproject_reads_its_section(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    path = write(sub / "pyproject.toml", '[tool.git-provenance]\nmerge-commits = "check"\n')
    assert load_config(str(tmp_path), explicit_file=str(path), environ={}).merge_commits == "check"


def test_missing_explicit_file(tmp_path: Path) -> None:
    message = config_error(tmp_path, explicit_file=str(tmp_path / "nope.toml"))
    assert "nope.toml" in message


# --------------------------------------------------------------------------- precedence

def test_precedence_file_then_cli_then_env(tmp_path: Path) -> None:
    write(tmp_path / CONFIG_FILE, 'default-branch = "from-file"\nexempt-authors = ["file-bot"]\n')
    cli = ["default-branch=from-cli", "exempt-authors=cli-bot"]
    env = {"GIT_PROVENANCE_DEFAULT_BRANCH": "from-env", "GIT_PROVENANCE_EXEMPT_AUTHORS": "env-bot"}

    all_three = load_config(str(tmp_path), cli_options=cli, environ=env)
    assert all_three.default_branch == "from-env"
    assert all_three.exempt_authors == ("env-bot",)

    file_and_cli = load_config(str(tmp_path), cli_options=cli, environ={})
    assert file_and_cli.default_branch == "from-cli"
    assert file_and_cli.exempt_authors == ("cli-bot",)

    file_and_env = load_config(str(tmp_path), environ=env)
    assert file_and_env.default_branch == "from-env"

    file_only = load_config(str(tmp_path), environ={})
    assert file_only.default_branch == "from-file"
    assert file_only.exempt_authors == ("file-bot",)


def test_severity_tables_merge_across_levels(tmp_path: Path) -> None:
    write(tmp_path / CONFIG_FILE, '[severity]\nmissing-disclosure = "warning"\nai-signoff = "warning"\n')
    config = load_config(str(tmp_path), cli_options=["severity=missing-disclosure=off"],
                         environ={"GIT_PROVENANCE_SEVERITY": "missing-disclosure=error,D5=off"})
    assert config.severity("missing-disclosure") == "error"  # env beats -c beats file
    assert config.severity("ai-signoff") == "warning"  # only the file set it
    assert config.severity("misplaced-disclosure") == "off"  # only env set it
    assert config.severity("malformed-disclosure") == "error"  # default


def test_later_cli_option_wins(tmp_path: Path) -> None:
    config = load_config(str(tmp_path), cli_options=["merge-commits=check", "merge-commits=exempt"], environ={})
    assert config.merge_commits == "exempt"


# --------------------------------------------------------------------------- environment variables

def test_env_conventions_strict(tmp_path: Path) -> None:
    config = load_config(str(tmp_path), environ={"GIT_PROVENANCE_CONVENTIONS": "strict"})
    assert config.accepted_conventions == CANONICAL_IDS == {"ai-assisted", "assisted-by", "generated-by"}
    assert load_config(str(tmp_path), environ={"GIT_PROVENANCE_CONVENTIONS": "any"}).accepted_conventions \
        == CONVENTION_IDS
    listed = load_config(str(tmp_path), environ={"GIT_PROVENANCE_CONVENTIONS": "assisted-by, co-authored-by"})
    assert listed.accepted_conventions == {"assisted-by", "co-authored-by"}


def test_env_severity(tmp_path: Path) -> None:
    config = load_config(str(tmp_path), environ={"GIT_PROVENANCE_SEVERITY": "missing-disclosure=warning"})
    assert config.severity("missing-disclosure") == "warning"
    assert config.severity("malformed-disclosure") == "error"


def test_env_exempt_authors(tmp_path: Path) -> None:
    config = load_config(str(tmp_path), environ={"GIT_PROVENANCE_EXEMPT_AUTHORS": "a,b"})
    assert config.exempt_authors == ("a", "b")
    spaced = load_config(str(tmp_path), environ={"GIT_PROVENANCE_EXEMPT_AUTHORS": " a , b ,"})
    assert spaced.exempt_authors == ("a", "b")


def test_env_uses_process_environment_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_PROVENANCE_MERGE_COMMITS", "check")
    assert load_config(str(tmp_path)).merge_commits == "check"


def test_unrelated_env_vars_are_ignored(tmp_path: Path) -> None:
    config = load_config(str(tmp_path), environ={"GIT_PROVENANCE_DEBUG": "1", "PROVENANCE_CONVENTIONS": "strict"})
    assert config == Config()


# --------------------------------------------------------------------------- errors

def test_unknown_key_names_key_file_and_close_match(tmp_path: Path) -> None:
    path = write(tmp_path / CONFIG_FILE, 'merge-commit = "check"\n')
    message = config_error(tmp_path)
    assert str(path) in message
    assert "merge-commit:" in message
    assert "unknown key" in message
    assert "did you mean 'merge-commits'" in message


def test_unknown_key_in_pyproject(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.git-provenance]\nconvention = "strict"\n')
    message = config_error(tmp_path)
    assert str(path) in message
    assert "[tool.git-provenance]" in message
    assert "convention" in message
    assert "did you mean 'conventions'" in message


def test_unknown_key_on_the_command_line(tmp_path: Path) -> None:
    message = config_error(tmp_path, cli_options=["exempt-author=x"])
    assert "-c exempt-author" in message
    assert "did you mean 'exempt-authors'" in message


@pytest.mark.parametrize(("toml", "key", "fragment"), [
    ('merge-commits = true\n', "merge-commits", "True"),
    ('merge-commits = "sometimes"\n', "merge-commits", "'sometimes'"),
    ('revert-commits = "Check"\n', "revert-commits", "'Check'"),
    ('exempt-authors = 5\n', "exempt-authors", "5"),
    ('exempt-authors = [1, 2]\n', "exempt-authors", "[1, 2]"),
    ('default-branch = ""\n', "default-branch", "''"),
    ('default-branch = 3\n', "default-branch", "3"),
    ('conventions = "strictest"\n', "conventions", "'strictest'"),
    ('conventions = ["assisted-by", "co-authored"]\n', "conventions", "'co-authored'"),
    ('template = ["bogus"]\n', "template", "'bogus'"),
    ('severity = 3\n', "severity", "3"),
    ('severity = "missing-disclosure"\n', "severity", "RULE=LEVEL"),
])
def test_wrong_type_or_value(tmp_path: Path, toml: str, key: str, fragment: str) -> None:
    path = write(tmp_path / CONFIG_FILE, toml)
    message = config_error(tmp_path)
    assert message.startswith(f"{path}: {key}: ")
    assert fragment in message


def test_unknown_convention_suggests_the_close_one(tmp_path: Path) -> None:
    write(tmp_path / CONFIG_FILE, 'conventions = ["asisted-by"]\n')
    assert "did you mean 'assisted-by'" in config_error(tmp_path)


@pytest.mark.parametrize("level", ["fatal", "ERROR", "1"])
def test_bad_severity_level(tmp_path: Path, level: str) -> None:
    path = write(tmp_path / CONFIG_FILE, f'[severity]\nmissing-disclosure = "{level}"\n')
    message = config_error(tmp_path)
    assert str(path) in message
    assert "missing-disclosure" in message
    assert repr(level) in message
    assert "error, warning, notice, off" in message


def test_bad_severity_level_in_env(tmp_path: Path) -> None:
    message = config_error(tmp_path, environ={"GIT_PROVENANCE_SEVERITY": "missing-disclosure=loud"})
    assert "GIT_PROVENANCE_SEVERITY" in message
    assert "'loud'" in message


def test_unknown_rule(tmp_path: Path) -> None:
    path = write(tmp_path / CONFIG_FILE, '[severity]\nmissing-disclosur = "off"\n')
    message = config_error(tmp_path)
    assert str(path) in message
    assert "unknown rule 'missing-disclosur'" in message
    assert "did you mean 'missing-disclosure'" in message


def test_unknown_rule_on_the_command_line(tmp_path: Path) -> None:
    message = config_error(tmp_path, cli_options=["severity=D99=off"])
    assert "-c severity" in message and "'D99'" in message


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / CONFIG_FILE, 'merge-commits = = "check"\n')
    message = config_error(tmp_path)
    assert message.startswith(f"{path}: invalid TOML")


def test_invalid_pyproject_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.git-provenance\nmerge-commits = "check"\n')
    message = config_error(tmp_path)
    assert message.startswith(f"{path}: invalid TOML")


def test_config_file_that_is_not_utf8_names_the_file(tmp_path: Path) -> None:
    # TOML must be UTF-8; a Latin-1 comment (a Windows editor's default) must be a ConfigError
    # naming the file, not a UnicodeDecodeError escaping as an internal error.
    path = tmp_path / CONFIG_FILE
    path.write_bytes(b'# caf\xe9 team policy\nmerge-commits = "check"\n')
    message = config_error(tmp_path)
    assert str(path) in message


def test_pyproject_section_that_is_not_a_table(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool]\ngit-provenance = 5\n')
    message = config_error(tmp_path)
    assert str(path) in message and "[tool.git-provenance]" in message


def test_pyproject_tool_that_is_not_a_table(tmp_path: Path) -> None:
    # Valid TOML, wrong shape: must be a ConfigError naming the file, not an AttributeError.
    path = write(tmp_path / "pyproject.toml", 'tool = "x"\n')
    message = config_error(tmp_path)
    assert str(path) in message


def test_cli_option_without_equals(tmp_path: Path) -> None:
    message = config_error(tmp_path, cli_options=["merge-commits"])
    assert "'merge-commits'" in message and "KEY=VALUE" in message


def test_bad_env_value_names_the_variable(tmp_path: Path) -> None:
    message = config_error(tmp_path, environ={"GIT_PROVENANCE_MERGE_COMMITS": "sometimes"})
    assert message.startswith("environment variable GIT_PROVENANCE_MERGE_COMMITS: ")
    assert "'sometimes'" in message


def test_bad_file_is_reported_even_when_cli_and_env_set_the_key(tmp_path: Path) -> None:
    write(tmp_path / CONFIG_FILE, 'merge-commits = "sometimes"\n')
    message = config_error(tmp_path, cli_options=["merge-commits=check"],
                           environ={"GIT_PROVENANCE_MERGE_COMMITS": "check"})
    assert CONFIG_FILE in message


# --------------------------------------------------------------------------- through the real CLI

CLI = [sys.executable, "-m", "provenance"]


@pytest.fixture
def disclosed_repo(repo: Path) -> Path:
    commit_file(repo, "First\n\nAI-Assisted: none\n")
    commit_file(repo, "Second\n\nAssisted-by: Claude:claude-3-opus\n")
    return repo


def run_cli(repo: Path, *args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], cwd=cwd or repo, env=clean_env(**env), capture_output=True, text=True,
                          timeout=120)


def assert_one_line_config_error(proc: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert proc.returncode == 3, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("git-provenance: error: ")
    for fragment in fragments:
        assert fragment in lines[0]
    assert proc.stdout == ""


def test_cli_clean_with_good_config(disclosed_repo: Path) -> None:
    write(disclosed_repo / CONFIG_FILE, 'conventions = "strict"\n')
    proc = run_cli(disclosed_repo, "verify", "--last", "2")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


@pytest.mark.parametrize(("toml", "fragments"), [
    ('merge-commit = "check"\n', ("merge-commit", CONFIG_FILE, "did you mean 'merge-commits'")),
    ('merge-commits = "sometimes"\n', ("merge-commits", "'sometimes'")),
    ('[severity]\nmissing-disclosure = "fatal"\n', ("missing-disclosure", "'fatal'")),
    ('[severity]\nmissing-disclosur = "off"\n', ("missing-disclosur", "did you mean 'missing-disclosure'")),
    ('merge-commits = = "check"\n', (CONFIG_FILE, "invalid TOML")),
])
def test_cli_bad_config_file_exits_3_with_one_line(disclosed_repo: Path, toml: str, fragments: tuple[str, ...]) -> None:
    write(disclosed_repo / CONFIG_FILE, toml)
    assert_one_line_config_error(run_cli(disclosed_repo, "verify", "--last", "2"), *fragments)


def test_cli_bad_pyproject_exits_3(disclosed_repo: Path) -> None:
    write(disclosed_repo / "pyproject.toml", '[tool.git-provenance]\nconvention = "strict"\n')
    assert_one_line_config_error(run_cli(disclosed_repo, "verify", "--last", "2"),
                                 "pyproject.toml", "[tool.git-provenance]", "conventions")


def test_cli_pyproject_with_non_table_tool_exits_3(disclosed_repo: Path) -> None:
    write(disclosed_repo / "pyproject.toml", 'tool = "x"\n')
    assert_one_line_config_error(run_cli(disclosed_repo, "verify", "--last", "2"), "pyproject.toml")


def test_cli_non_utf8_config_exits_3(disclosed_repo: Path) -> None:
    (disclosed_repo / CONFIG_FILE).write_bytes(b'# caf\xe9\nmerge-commits = "check"\n')
    assert_one_line_config_error(run_cli(disclosed_repo, "verify", "--last", "2"), CONFIG_FILE)


def test_cli_bad_option_exits_3(disclosed_repo: Path) -> None:
    assert_one_line_config_error(run_cli(disclosed_repo, "verify", "--last", "2", "-c", "merge-commits=never"),
                                 "-c merge-commits", "'never'")


def test_cli_bad_env_exits_3(disclosed_repo: Path) -> None:
    assert_one_line_config_error(
        run_cli(disclosed_repo, "verify", "--last", "2", GIT_PROVENANCE_SEVERITY="missing-disclosure=loud"),
        "GIT_PROVENANCE_SEVERITY", "'loud'")


def test_cli_missing_config_file_exits_3(disclosed_repo: Path) -> None:
    assert_one_line_config_error(run_cli(disclosed_repo, "verify", "--last", "2", "--config", "nope.toml"),
                                 "nope.toml")


def test_cli_reads_config_from_the_top_of_the_repo(disclosed_repo: Path) -> None:
    write(disclosed_repo / CONFIG_FILE, 'merge-commit = "check"\n')
    sub = disclosed_repo / "sub" / "dir"
    sub.mkdir(parents=True)
    assert_one_line_config_error(run_cli(disclosed_repo, "verify", "--last", "2", cwd=sub), "merge-commit")


def test_cli_precedence_file_cli_env(repo: Path) -> None:
    """default-branch set at three levels: the JSON range says which branch verify compared against."""
    commit_file(repo, "Base\n\nAI-Assisted: none\n")
    for branch in ("from-file", "from-cli", "from-env"):
        git(repo, "branch", branch)
    git(repo, "checkout", "-q", "-b", "feature")
    commit_file(repo, "Feature\n\nAI-Assisted: none\n")
    write(repo / CONFIG_FILE, 'default-branch = "from-file"\n')
    # keep the config file out of the way of `main`: it is untracked, verify only reads commits

    def range_of(*args: str, **env: str) -> str:
        import json

        proc = run_cli(repo, "verify", "--format", "json", *args, **env)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)["range"]

    assert range_of().startswith("from-file..HEAD")
    assert range_of("-c", "default-branch=from-cli").startswith("from-cli..HEAD")
    assert range_of("-c", "default-branch=from-cli",
                    GIT_PROVENANCE_DEFAULT_BRANCH="from-env").startswith("from-env..HEAD")


def test_cli_env_strict_and_severity(repo: Path) -> None:
    commit_file(repo, "Add parser\n\nCo-authored-by: Claude <noreply@anthropic.com>\n")
    assert run_cli(repo, "verify", "--last", "1").returncode == 0
    strict = run_cli(repo, "verify", "--last", "1", GIT_PROVENANCE_CONVENTIONS="strict")
    assert strict.returncode == 1
    assert "missing-disclosure" in strict.stdout
    relaxed = run_cli(repo, "verify", "--last", "1", GIT_PROVENANCE_CONVENTIONS="strict",
                      GIT_PROVENANCE_SEVERITY="missing-disclosure=warning")
    assert relaxed.returncode == 0
    assert "warning[missing-disclosure]" in relaxed.stdout


def test_cli_env_exempt_authors(repo: Path) -> None:
    env = clean_env(GIT_AUTHOR_NAME="release-bot", GIT_AUTHOR_EMAIL="rb@example.com")
    commit_file(repo, "Bump version\n", env=env)
    assert run_cli(repo, "verify", "--last", "1").returncode == 1
    assert run_cli(repo, "verify", "--last", "1", GIT_PROVENANCE_EXEMPT_AUTHORS="other,release-bot").returncode == 0


def test_empty_environment_variable_counts_as_unset(tmp_path: Path) -> None:
    config = load_config(str(tmp_path), environ={"GIT_PROVENANCE_CONVENTIONS": "", "GIT_PROVENANCE_SEVERITY": " "})
    assert config.accepted_conventions == CONVENTION_IDS


def test_empty_convention_list_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / CONFIG_FILE, "conventions = []\n")
    assert "at least one convention" in config_error(tmp_path)


def test_dedicated_file_accepts_the_pyproject_table(tmp_path: Path) -> None:
    write(tmp_path / CONFIG_FILE, '[tool.git-provenance]\nconventions = "strict"\n')
    assert load_config(str(tmp_path), environ={}).accepted_conventions == CANONICAL_IDS
