"""Configuration: a declarative schema, read from a file, then ``-c`` options, then the environment.

Precedence, lowest first: built-in defaults < ``.git-provenance.toml`` (top-level keys) or
``[tool.git-provenance]`` in ``pyproject.toml`` < ``-c KEY=VALUE`` on the command line <
``GIT_PROVENANCE_<KEY>`` environment variables (``-`` becomes ``_``; lists are comma-separated;
severities are ``RULE=LEVEL,RULE=LEVEL``). Every error names the key and where it came from.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

from provenance.core.conventions import CANONICAL_IDS, CONVENTION_IDS
from provenance.core.errors import ConfigError
from provenance.core.findings import SEVERITIES, Severity
from provenance.core.identities import glob_pattern
from provenance.core.registry import KnownIdentity
from provenance.core.tomlfile import load_toml
from provenance.policy.evidence import EVIDENCE_MODES
from provenance.policy.rules import RULES, RULES_BY_KEY

CONFIG_FILE = ".git-provenance.toml"
PYPROJECT = "pyproject.toml"
ENV_PREFIX = "GIT_PROVENANCE_"
COMMIT_POLICIES = ("exempt", "check")
CLASSIFIER_MODES = ("auto", "on", "off")
ATTESTATION_MODES = ("required", "optional", "off")
SIGNER_POLICIES = ("committer", "author", "either")
TEMPLATE_SOURCES = ("editor", "template", "message", "merge", "squash", "commit")


# Read-only: a Config is a value, and every Config built without severities shares this mapping.
DEFAULT_SEVERITIES: Mapping[str, Severity] = MappingProxyType({r.name: r.default_severity for r in RULES})


class Config(NamedTuple):
    accepted_conventions: frozenset[str] = CONVENTION_IDS
    exempt_authors: tuple[str, ...] = ("dependabot[bot]", "renovate[bot]", "github-actions[bot]")
    merge_commits: str = "exempt"
    revert_commits: str = "exempt"
    fixup_commits: str = "exempt"
    template_sources: tuple[str, ...] = ("editor", "template")
    default_branch: str | None = None
    classifier: str = "auto"
    classifier_model: str | None = None
    # Whether commits are held against the local evidence: "auto" (when the user's evidence
    # settings allow), "required" (a commit whose evidence was not read is rejected) or "off".
    evidence: str = "auto"
    # The repository's own AI identities, matched before the built-in ones.
    identities: tuple[KnownIdentity, ...] = ()
    # Signed attestations (verify): whether each commit must carry one, where the trust file is
    # (read at the base revision, never from the commits under review), who must have signed, and
    # whose commits (the forge's own: squash/rebase merges, web edits) are exempt.
    attestation: str = "off"
    attestation_trust_file: str = ".git-provenance/allowed_signers"
    attestation_signer: str = "committer"
    attestation_exempt_committers: tuple[str, ...] = ("noreply@github.com",)
    severities: Mapping[str, Severity] = DEFAULT_SEVERITIES
    source: str = "defaults"

    def severity(self, rule_name: str) -> Severity:
        return self.severities[rule_name]


class _Invalid(ValueError):
    """A value failed validation; the caller adds where it came from."""


def _choice(choices: Sequence[str]) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if not isinstance(value, str) or value not in choices:
            raise _Invalid(f"expected one of {', '.join(map(repr, choices))}, got {value!r}")
        return value
    return parse


def _string_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _Invalid(f"expected a list of strings, got {value!r}")
    return tuple(value)


def _conventions(value: Any) -> frozenset[str]:
    if value == "any":
        return CONVENTION_IDS
    if value == "strict":
        return CANONICAL_IDS
    names = _string_list(value)
    if not names:
        raise _Invalid("expected 'any', 'strict' or at least one convention id, got an empty list")
    unknown = [name for name in names if name not in CONVENTION_IDS]
    if unknown:
        choices = [*CONVENTION_IDS, "any", "strict"]
        raise _Invalid(f"unknown convention {unknown[0]!r}{_did_you_mean(unknown[0], choices)}; "
                       f"use 'any', 'strict' or a list of: {', '.join(sorted(CONVENTION_IDS))}")
    return frozenset(names)


def _template_sources(value: Any) -> tuple[str, ...]:
    sources = _string_list(value)
    for source in sources:
        if source not in TEMPLATE_SOURCES:
            raise _Invalid(f"unknown commit source {source!r}; choose from {', '.join(TEMPLATE_SOURCES)}")
    return sources


def _optional_string(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        raise _Invalid(f"expected a non-empty string, got {value!r}")
    return value


def _severities(value: Any) -> dict[str, Severity]:
    if isinstance(value, str):
        pairs: dict[str, Any] = {}
        for item in filter(None, (part.strip() for part in value.split(","))):
            rule, sep, level = item.partition("=")
            if not sep:
                raise _Invalid(f"expected RULE=LEVEL, got {item!r}")
            pairs[rule.strip()] = level.strip()
        value = pairs
    if not isinstance(value, dict):
        raise _Invalid(f"expected a table of RULE = LEVEL, got {value!r}")
    parsed: dict[str, Severity] = {}
    for rule, level in value.items():
        if rule not in RULES_BY_KEY:
            raise _Invalid(f"unknown rule {rule!r}{_did_you_mean(rule, [r.name for r in RULES])}")
        if level not in SEVERITIES:
            raise _Invalid(f"rule {rule!r}: expected one of {', '.join(SEVERITIES)}, got {level!r}")
        parsed[RULES_BY_KEY[rule].name] = level
    return parsed


IDENTITY_KEYS = ("tool", "email", "bot", "name", "level")
IDENTITY_LEVELS = ("assisted", "generated")


def _identities(value: Any) -> tuple[KnownIdentity, ...]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _Invalid("expected an array of tables, [[identities]] (or [[tool.git-provenance.identities]]) "
                       f"in a configuration file, got {value!r}")
    return tuple(_identity(index, table) for index, table in enumerate(value, start=1))


def _identity(index: int, table: dict[str, Any]) -> KnownIdentity:
    """One ``[[identities]]`` table: tool, and email or bot; name and level optional."""
    where = f"entry {index}"
    for key, item in table.items():
        if key not in IDENTITY_KEYS:
            raise _Invalid(f"{where}: unknown key {key!r}{_did_you_mean(key, IDENTITY_KEYS)}; "
                           f"known keys: {', '.join(IDENTITY_KEYS)}")
        if not isinstance(item, str) or not item.strip():
            raise _Invalid(f"{where}: {key} must be a non-empty string, got {item!r}")
    tool, email, bot = table.get("tool"), table.get("email"), table.get("bot")
    if tool is None:
        raise _Invalid(f"{where}: needs tool = \"NAME\" (the name reports give the agent)")
    if (email is None) == (bot is None):
        raise _Invalid(f"{where} (tool {tool!r}): give email or bot, one of them (a name alone could be a person's)")
    if email is not None and "@" not in email:
        raise _Invalid(f"{where} (tool {tool!r}): email must be an address or a glob such as "
                       f"'*@agents.example.com', got {email!r}")
    level = table.get("level")
    if level is not None and level not in IDENTITY_LEVELS:
        raise _Invalid(f"{where} (tool {tool!r}): level must be 'assisted' or 'generated', got {level!r}")
    name = table.get("name")
    match = email.strip().lower() if email is not None else str(bot).strip().lower().removesuffix("[bot]")
    return KnownIdentity(tool.strip(), "address" if email is not None else "bot", match, "configuration", "", "",
                         name=glob_pattern(name.strip()) if name else None, level=level)


class Option(NamedTuple):
    key: str
    attribute: str
    parse: Callable[[Any], Any]
    help: str

    @property
    def env_var(self) -> str:
        return ENV_PREFIX + self.key.upper().replace("-", "_")


SCHEMA: tuple[Option, ...] = (
    Option("conventions", "accepted_conventions", _conventions,
           "'any' (default: every recognised convention), 'strict' (AI-Assisted, Assisted-by, Generated-by) "
           "or a list of convention ids"),
    Option("exempt-authors", "exempt_authors", _string_list,
           "authors whose commits are not checked: glob patterns on name, email or 'Name <email>'"),
    Option("merge-commits", "merge_commits", _choice(COMMIT_POLICIES), "'exempt' (default) or 'check'"),
    Option("revert-commits", "revert_commits", _choice(COMMIT_POLICIES), "'exempt' (default) or 'check'"),
    Option("fixup-commits", "fixup_commits", _choice(COMMIT_POLICIES),
           "fixup!/squash!/amend! commits: 'exempt' (default) or 'check'"),
    Option("template", "template_sources", _template_sources,
           "commit sources for which prepare-commit-msg adds the disclosure template "
           "(default: editor, template; also message, merge, squash, commit)"),
    Option("default-branch", "default_branch", _optional_string,
           "branch verify compares against (default: origin/HEAD, then main, then master)"),
    Option("classifier", "classifier", _choice(CLASSIFIER_MODES),
           "score the code of commits declaring AI-Assisted: none in verify: 'auto' (default: when the "
           "classifier extra is installed), 'on' or 'off'"),
    Option("classifier-model", "classifier_model", _optional_string,
           "model file for the classifier (default: the built-in model), relative to the repository root"),
    Option("attestation", "attestation", _choice(ATTESTATION_MODES),
           "signed attestations in verify: 'off' (default), 'optional' (check those present) or 'required'"),
    Option("attestation-trust-file", "attestation_trust_file", _optional_string,
           "the allowed_signers file, a path in the repository read at the base revision "
           "(default .git-provenance/allowed_signers)"),
    Option("attestation-signer", "attestation_signer", _choice(SIGNER_POLICIES),
           "who signs a commit's attestation: 'committer' (default), 'author' or 'either'"),
    Option("attestation-exempt-committers", "attestation_exempt_committers", _string_list,
           "committer emails of commits the forge makes, exempt from attestations (default: noreply@github.com)"),
    Option("evidence", "evidence", _choice(EVIDENCE_MODES),
           "hold commits against the AI tools' records on the developer's machine: 'auto' (default: "
           "as the user's evidence settings allow), 'required' (reject a commit whose evidence was not "
           "read) or 'off'; which files are read is the user's choice, never the repository's"),
    Option("severity", "severities", _severities, "per-rule severity: RULE = 'error' | 'warning' | 'notice' | 'off'"),
    Option("identities", "identities", _identities,
           "the repository's own AI identities, [[identities]] tables: tool, email (or a *-glob) or bot "
           "(a GitHub App login), optional name (glob) and level ('assisted' or 'generated')"),
)
OPTIONS_BY_KEY: dict[str, Option] = {option.key: option for option in SCHEMA}


def _did_you_mean(name: str, candidates: Sequence[str] | frozenset[str]) -> str:
    import difflib  # only on the way to an error: the hooks start faster without it

    close = difflib.get_close_matches(name, list(candidates), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _apply(config: Config, values: Mapping[str, Any], where: Callable[[str], str]) -> Config:
    changes: dict[str, Any] = {}
    for key, raw in values.items():
        option = OPTIONS_BY_KEY.get(key)
        if option is None:
            raise ConfigError(f"{where(key)}: unknown key{_did_you_mean(key, list(OPTIONS_BY_KEY))}; "
                              f"known keys: {', '.join(OPTIONS_BY_KEY)}")
        try:
            parsed = option.parse(raw)
        except _Invalid as exc:
            raise ConfigError(f"{where(key)}: {exc}") from None
        if option.attribute == "severities":
            parsed = {**config.severities, **changes.get("severities", {}), **parsed}
        changes[option.attribute] = parsed
    return config._replace(**changes)




def _is_config_file(path: str) -> bool:
    """Whether a configuration file is at ``path``: False when nothing is there, an error when
    something is there that cannot be one (a directory, a dangling link), which would otherwise
    be silently ignored and leave the policy at its defaults."""
    if os.path.isfile(path):
        return True
    if os.path.islink(path) and not os.path.exists(path):
        raise ConfigError(f"{path}: a symbolic link to {os.readlink(path)!r}, which does not exist; "
                          "fix the link or remove it")
    if os.path.isdir(path):
        raise ConfigError(f"{path}: is a directory, not a configuration file; remove it or name a file")
    if os.path.exists(path):
        raise ConfigError(f"{path}: is not a regular file; a configuration file must be a TOML file")
    return False


def find_config_file(directory: str) -> tuple[str, bool] | None:
    """The config file in ``directory``: (path, is_pyproject), or None."""
    dedicated = os.path.join(directory, CONFIG_FILE)
    if _is_config_file(dedicated):
        return dedicated, False
    pyproject = os.path.join(directory, PYPROJECT)
    if _is_config_file(pyproject):
        return pyproject, True
    return None


def _chosen_file(directory: str, explicit_file: str | None) -> tuple[str, bool] | None:
    """The file named on the command line or in the environment, else the one found in ``directory``."""
    if not explicit_file:
        return find_config_file(directory)
    if not _is_config_file(explicit_file):
        raise ConfigError(f"{explicit_file}: no such configuration file")
    return explicit_file, os.path.basename(explicit_file) == PYPROJECT


def _pyproject_table(path: str, data: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """``[tool.git-provenance]`` of a pyproject.toml, or None when it has none."""
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: 'tool' must be a table ([tool.git-provenance]), not {tool!r}")
    section = tool.get("git-provenance")
    if section is not None and not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.git-provenance] must be a table")
    return section


def _file_table(path: str, data: Mapping[str, Any], is_pyproject: bool) -> tuple[Mapping[str, Any] | None, str]:
    """The settings a configuration file holds, and how an error names where a key of them stands."""
    in_table = f"{path}: [tool.git-provenance]"
    if is_pyproject:
        return _pyproject_table(path, data), in_table
    # The dedicated file holds top-level keys, or the same [tool.git-provenance] table as pyproject.toml.
    tool = data.get("tool")
    table = tool.get("git-provenance") if isinstance(tool, dict) and set(data) == {"tool"} else None
    return (table, in_table) if isinstance(table, dict) else (data, f"{path}:")


def _apply_file(config: Config, path: str, is_pyproject: bool) -> Config:
    table, where = _file_table(path, load_toml(path), is_pyproject)
    if table is None:
        return config
    return _apply(config, table, lambda key: f"{where} {key}")._replace(source=path)


def _apply_cli_options(config: Config, cli_options: Sequence[str]) -> Config:
    for item in cli_options:
        key, sep, value = item.partition("=")
        if not sep:
            raise ConfigError(f"option -c {item!r}: expected KEY=VALUE")
        config = _apply(config, {key.strip(): value.strip()}, lambda k: f"option -c {k}")
    return config


def _apply_environment(config: Config, environ: Mapping[str, str]) -> Config:
    for option in SCHEMA:
        if environ.get(option.env_var, "").strip():  # an empty variable counts as unset
            config = _apply(config, {option.key: environ[option.env_var]}, _environment_variable)
    return config


def _environment_variable(key: str) -> str:
    return f"environment variable {OPTIONS_BY_KEY[key].env_var}"


def load_config(directory: str, explicit_file: str | None = None,
                cli_options: Sequence[str] = (), environ: Mapping[str, str] | None = None) -> Config:
    """Defaults, then the file, then ``-c KEY=VALUE`` options, then ``GIT_PROVENANCE_*`` variables."""
    environ = os.environ if environ is None else environ
    config = Config()
    found = _chosen_file(directory, explicit_file or environ.get(ENV_PREFIX + "CONFIG"))
    if found is not None:
        config = _apply_file(config, *found)
    config = _apply_cli_options(config, cli_options)
    return _apply_environment(config, environ)
