"""SHA-256 and SHA-512 for the commit hooks' path (attestations, evidence), without importing ``hashlib``.

``hashlib`` loads OpenSSL's bindings (``_hashlib``, ≈ 3 ms, BENCHMARKS.md "Attestation transport");
Python's own implementations are built-in modules that load in microseconds (``_sha2`` from Python
3.12, ``_sha256`` and ``_sha512`` before). For the few hundred bytes a statement is, they are as
fast. ``hashlib`` is the fallback where a build lacks them.
"""

from __future__ import annotations

import importlib
from typing import Any


def _builtin(name: str) -> Any:
    for module in ("_sha2", f"_{name}"):
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
    import hashlib

    return getattr(hashlib, name)


_SHA256 = _builtin("sha256")
_SHA512 = _builtin("sha512")


def new_sha256(data: bytes = b"") -> Any:
    """A SHA-256 object to ``update`` (``digest``, ``hexdigest``), as ``hashlib.sha256`` gives."""
    return _SHA256(data)


def sha256_hex(data: bytes) -> str:
    text: str = _SHA256(data).hexdigest()
    return text


def sha256(data: bytes) -> bytes:
    digest: bytes = _SHA256(data).digest()
    return digest


def sha512(data: bytes) -> bytes:
    digest: bytes = _SHA512(data).digest()
    return digest
