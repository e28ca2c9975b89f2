"""The digest of a policy: what an attestation's ``policy`` field names (``sha256:<hex>``).

Every setting that decides what the checks accept goes in, as canonical JSON
(``attestation.canonical``: sorted keys, sets as sorted lists); where the configuration came from
(``source``) does not, so the same policy read from ``pyproject.toml`` or ``.git-provenance.toml``
has the same digest.
"""

from __future__ import annotations

from typing import Any

from provenance.attestation import canonical, statement
from provenance.policy.config import Config


def _plain(value: Any) -> Any:
    if isinstance(value, (frozenset, set)):
        return sorted(value)
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {key: _plain(item) for key, item in value._asdict().items()}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if hasattr(value, "items"):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def policy_digest(config: Config) -> str:
    """``sha256:<hex>`` of the policy in ``config``."""
    document = {key: _plain(value) for key, value in config._asdict().items() if key != "source"}
    data = canonical.dumps(document)
    return statement.digest(data)
