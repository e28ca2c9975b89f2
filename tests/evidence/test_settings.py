"""The user's evidence settings: where they are, what they hold, and that no repository can
name a path to read."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from provenance.core.errors import ConfigError
from provenance.evidence.settings import ENV_CONFIG, load_settings, settings_path
from tests.cli.inprocess import Cli
from tests.gitutil import git


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load_settings({}, home=str(tmp_path))
    assert settings.window == timedelta(hours=24) and settings.min_lines == 3 and settings.file is None
    assert settings.source("claude-code").enabled


def test_where_the_file_is() -> None:
    assert settings_path({}, "/home/ada", windows=False) == "/home/ada/.config/git-provenance/evidence.toml"
    assert settings_path({"XDG_CONFIG_HOME": "/x"}, "/h", windows=False) == "/x/git-provenance/evidence.toml"
    assert settings_path({ENV_CONFIG: "/e.toml", "XDG_CONFIG_HOME": "/x"}, "/h", windows=False) == "/e.toml"
    assert settings_path({"APPDATA": "C:/AppData"}, "/h", windows=True).startswith("C:/AppData")


def test_every_key(tmp_path: Path) -> None:
    file = tmp_path / "evidence.toml"
    file.write_text('window = "90m"\nmin-lines = 5\nmax-file-size = 2\n'
                    '[sources.ollama]\nenabled = false\n[sources.codex]\npaths = ["~/more-codex"]\n')
    settings = load_settings({ENV_CONFIG: str(file)}, home=str(tmp_path))
    assert settings.window == timedelta(minutes=90) and settings.min_lines == 5
    assert settings.max_file_bytes == 2 * 1024 * 1024 and settings.file == str(file)
    assert not settings.source("ollama").enabled
    assert settings.source("codex").paths[0].endswith("more-codex") and "~" not in settings.source("codex").paths[0]


def test_turning_everything_off(tmp_path: Path) -> None:
    file = tmp_path / "e.toml"
    file.write_text("enabled = false\n")
    assert not load_settings({ENV_CONFIG: str(file)}).source("aider").enabled


@pytest.mark.parametrize(("content", "message"), [
    ("windw = '1h'\n", "windw: unknown key (did you mean 'window'?)"),
    ("[sources.claude]\nenabled = false\n", "sources.claude: unknown key (did you mean 'claude-code'?)"),
    ("[sources.codex]\npath = ['x']\n", "sources.codex.path: unknown key (did you mean 'paths'?)"),
    ("window = 'soon'\n", "window: expected a duration"),
    ("min-lines = 0\n", "min-lines: expected a whole number of at least 1"),
    ("[sources.codex]\nenabled = 'no'\n", "sources.codex.enabled: expected true or false"),
    ("window = \n", "invalid TOML"),
])  # fmt: skip
def test_errors_name_the_file_and_the_key(tmp_path: Path, content: str, message: str) -> None:
    file = tmp_path / "e.toml"
    file.write_text(content)
    with pytest.raises(ConfigError) as caught:
        load_settings({ENV_CONFIG: str(file)})
    assert str(caught.value).startswith(f"{file}: ") and message in str(caught.value)


def test_a_named_file_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such evidence settings file"):
        load_settings({ENV_CONFIG: str(tmp_path / "missing.toml")})


def test_a_repository_cannot_name_paths_to_read(repo: Path, tmp_path: Path, cli: Cli) -> None:
    # The settings are read from the user's configuration only: a committed file naming a folder of
    # records is not a source of paths (policy's configuration rejects the key outright).
    records = tmp_path / "planted"
    (repo / ".git-provenance.toml").write_text(f'[sources.codex]\npaths = ["{records}"]\n')
    (repo / "evidence.toml").write_text(f'[sources.codex]\npaths = ["{records}"]\n')
    git(repo, "add", ".")
    settings = load_settings()
    assert settings.source("codex").paths == () and settings.file is None
    outcome = cli("evidence", "sources", "--format", "json", cwd=repo)
    assert str(records) not in outcome.out
    assert cli("verify", "--last", "1", cwd=repo).code == 3  # "sources" is no key of a repository's configuration


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)
