"""A repository's own AI identities, ``[[identities]]`` in its configuration: parsed, validated with
one-line errors naming the key and the file, matched before the built-in ones, and used by verify,
the commit-msg hook (through real ``git commit``) and ``rules --identities``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from provenance.core.errors import EXIT_CONFIG, ConfigError
from provenance.core.message import CommitFacts
from provenance.core.registry import KnownIdentity
from provenance.policy.checker import check_commit
from provenance.policy.config import CONFIG_FILE, Config, load_config
from tests.gitutil import clean_env, commit_file, git

HELPER = '[[identities]]\ntool = "helper"\nemail = "*@agents.example.com"\n'


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def loaded(directory: Path) -> Config:
    return load_config(str(directory), environ={})


def config_error(directory: Path, **kwargs: object) -> str:
    kwargs.setdefault("environ", {})
    with pytest.raises(ConfigError) as info:
        load_config(str(directory), **kwargs)  # type: ignore[arg-type]
    assert info.value.exit_code == EXIT_CONFIG
    message = str(info.value)
    assert "\n" not in message
    return message


def coauthored(config: Config, identity: str) -> tuple[str, list[str]]:
    result = check_commit(CommitFacts(f"Change\n\nCo-authored-by: {identity}\n"), config)
    return result.disclosure.involvement, [a.tool for a in result.disclosure.agents]


# --------------------------------------------------------------------------- reading and matching

def test_identities_from_the_dedicated_file(tmp_path: Path) -> None:
    write(tmp_path / CONFIG_FILE, HELPER + '\n[[identities]]\ntool = "reviewer"\nbot = "review-robot[bot]"\n'
          'level = "generated"\n')
    config = loaded(tmp_path)
    assert config.identities == (
        KnownIdentity("helper", "address", "*@agents.example.com", "configuration", "", ""),
        KnownIdentity("reviewer", "bot", "review-robot", "configuration", "", "", level="generated"),
    )
    assert coauthored(config, "Helper <run-7@agents.example.com>") == ("assisted", ["helper"])
    # A bot in GitHub's numbered form; its own level wins over the co-author's "assisted".
    assert coauthored(config, "review-robot[bot] <9+review-robot[bot]@users.noreply.github.com>") == (
        "generated", ["reviewer"])
    assert coauthored(Config(), "Helper <run-7@agents.example.com>") == ("undisclosed", [])


def test_identities_in_pyproject(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.git-provenance]\nconventions = "any"\n\n'
          '[[tool.git-provenance.identities]]\ntool = "helper"\nemail = "helper@agents.example.com"\n')
    assert coauthored(loaded(tmp_path), "Helper <Helper@Agents.Example.com>") == ("assisted", ["helper"])


def test_a_name_narrows_an_identity(tmp_path: Path) -> None:
    write(tmp_path / CONFIG_FILE, '[[identities]]\ntool = "nightly"\nemail = "ci@example.com"\nname = "Nightly *"\n')
    config = loaded(tmp_path)
    assert coauthored(config, "Nightly Agent <ci@example.com>") == ("assisted", ["nightly"])
    assert coauthored(config, "Ada Lovelace <ci@example.com>") == ("undisclosed", [])


def test_the_repositorys_identities_come_before_the_built_in_ones(tmp_path: Path) -> None:
    write(tmp_path / CONFIG_FILE, '[[identities]]\ntool = "codex-cloud"\nemail = "noreply@openai.com"\n')
    assert coauthored(loaded(tmp_path), "Codex <noreply@openai.com>") == ("assisted", ["codex-cloud"])
    assert coauthored(Config(), "Codex <noreply@openai.com>") == ("assisted", ["codex"])


def test_an_author_the_configuration_names_is_generated(tmp_path: Path) -> None:
    write(tmp_path / CONFIG_FILE, HELPER)
    result = check_commit(CommitFacts("Change\n\nBody.\n", author_name="Helper",
                                      author_email="helper@agents.example.com"), loaded(tmp_path))
    assert result.disclosure.involvement == "generated"
    assert result.findings == ()


def test_signing_off_as_a_configured_identity_is_an_ai_signoff(tmp_path: Path) -> None:
    write(tmp_path / CONFIG_FILE, HELPER)
    result = check_commit(CommitFacts("Change\n\nAI-Assisted: none\nSigned-off-by: H <h@agents.example.com>\n"),
                          loaded(tmp_path))
    assert [f.rule_name for f in result.findings] == ["ai-signoff"]


# --------------------------------------------------------------------------- errors

@pytest.mark.parametrize(("toml", "fragments"), [
    ('[[identities]]\ntool = "x"\nemial = "a@b.c"\n', ("entry 1", "unknown key 'emial'", "did you mean 'email'")),
    ('[[identities]]\nemail = "a@b.c"\n', ("entry 1", "needs tool")),
    ('[[identities]]\ntool = "x"\n', ("entry 1", "give email or bot")),
    ('[[identities]]\ntool = "x"\nemail = "a@b.c"\nbot = "y"\n', ("give email or bot",)),
    ('[[identities]]\ntool = "x"\nemail = "robot"\n', ("email must be an address", "'robot'")),
    ('[[identities]]\ntool = "x"\nbot = "y"\nlevel = "some"\n', ("level must be", "'some'")),
    ('[[identities]]\ntool = "x"\nbot = 3\n', ("bot must be a non-empty string",)),
    ('[[identities]]\ntool = "ok"\nbot = "ok"\n[[identities]]\ntool = ""\nbot = "y"\n', ("entry 2", "tool must be")),
    ('identities = "mybot"\n', ("expected an array of tables",)),
])
def test_bad_identities_are_one_line_naming_key_and_file(tmp_path: Path, toml: str, fragments: tuple[str, ...]) -> None:
    path = write(tmp_path / CONFIG_FILE, toml)
    message = config_error(tmp_path)
    assert str(path) in message and "identities" in message
    for fragment in fragments:
        assert fragment in message, message


def test_identities_cannot_come_from_the_command_line_or_environment(tmp_path: Path) -> None:
    assert "option -c identities" in config_error(tmp_path, cli_options=["identities=a@b.c"])
    message = config_error(tmp_path, environ={"GIT_PROVENANCE_IDENTITIES": "a@b.c"})
    assert "GIT_PROVENANCE_IDENTITIES" in message and "configuration file" in message


# --------------------------------------------------------------------------- end to end, real repositories

def provenance(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provenance", *args], cwd=repo, env=clean_env(),
                          capture_output=True, text=True, timeout=120)


def test_verify_uses_the_repositorys_identities(repo: Path) -> None:
    commit_file(repo, "Tune the parser\n\nCo-authored-by: Helper <run-7@agents.example.com>\n")
    env = clean_env(GIT_AUTHOR_NAME="review-robot[bot]",
                    GIT_AUTHOR_EMAIL="41+review-robot[bot]@users.noreply.github.com")
    commit_file(repo, "Apply the review\n\nBody.\n", env=env)
    before = provenance(repo, "verify", "--last", "2", "--format", "json")
    assert before.returncode == 1, before.stderr
    write(repo / CONFIG_FILE, HELPER + '[[identities]]\ntool = "reviewer"\nbot = "review-robot"\n')
    after = provenance(repo, "verify", "--last", "2")
    assert after.returncode == 0, after.stdout + after.stderr
    report = provenance(repo, "verify", "--last", "2", "--format", "json").stdout
    assert '"tool": "helper"' in report and '"tool": "reviewer"' in report
    assert '"involvement": "generated"' in report and '"involvement": "assisted"' in report


def test_the_commit_msg_hook_uses_the_repositorys_identities(repo: Path) -> None:
    write(repo / CONFIG_FILE, HELPER)
    git(repo, "add", CONFIG_FILE)
    assert provenance(repo, "install").returncode == 0
    (repo / "file.txt").write_text("x\n")
    git(repo, "add", "file.txt")
    done = subprocess.run(["git", "commit", "-q", "-m", "Add file\n\nCo-authored-by: Helper <h@agents.example.com>"],
                          cwd=repo, env=clean_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rejected = subprocess.run(["git", "commit", "-q", "--allow-empty", "-m",
                               "Again\n\nCo-authored-by: Helper <h@elsewhere.example.com>"],
                              cwd=repo, env=clean_env(), capture_output=True, text=True)
    assert rejected.returncode != 0 and "missing-disclosure" in rejected.stderr


def test_rules_lists_the_repositorys_identities_then_the_built_in_ones(repo: Path) -> None:
    write(repo / CONFIG_FILE, HELPER)
    done = provenance(repo, "rules", "--identities")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[2].split()[:3] == ["helper", "address", "*@agents.example.com"]
    listed = " ".join(lines)
    for expected in ("noreply@openai.com", "claude[bot]", "openhands@all-hands.dev", "Generated with Crush",
                     "Amp-Thread-ID:", "Made-with:", "roomote[bot]"):
        assert expected in listed
    write(repo / CONFIG_FILE, '[[identities]]\ntool = "x"\n')
    bad = provenance(repo, "rules", "--identities")
    assert bad.returncode == EXIT_CONFIG and len(bad.stderr.splitlines()) == 1
