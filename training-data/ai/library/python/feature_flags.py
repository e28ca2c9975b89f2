import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping


@dataclass(frozen=True)
class Flag:
    name: str
    enabled: bool = False
    rollout: float = 100.0
    allow: frozenset[str] = field(default_factory=frozenset)
    deny: frozenset[str] = field(default_factory=frozenset)
    rules: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def bucket(self, user_id: str) -> float:
        digest = hashlib.sha256(f"{self.name}:{user_id}".encode()).digest()
        return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF * 100

    def is_on(self, user_id: str | None = None, attrs: Mapping[str, Any] | None = None) -> bool:
        if not self.enabled:
            return False
        if user_id is not None:
            if user_id in self.deny:
                return False
            if user_id in self.allow:
                return True
        attrs = attrs or {}
        for key, values in self.rules:
            if str(attrs.get(key)) not in values:
                return False
        if self.rollout >= 100:
            return True
        if user_id is None or self.rollout <= 0:
            return False
        return self.bucket(user_id) < self.rollout


class FlagStore:
    def __init__(self, flags: Mapping[str, Flag] | None = None) -> None:
        self._flags = dict(flags or {})
        self._overrides: dict[str, bool] = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Mapping[str, Any]]) -> "FlagStore":
        flags = {}
        for name, spec in data.items():
            rollout = float(spec.get("rollout", 100))
            if not 0 <= rollout <= 100:
                raise ValueError(f"{name}: rollout must be between 0 and 100")
            flags[name] = Flag(
                name=name,
                enabled=bool(spec.get("enabled", False)),
                rollout=rollout,
                allow=frozenset(spec.get("allow", ())),
                deny=frozenset(spec.get("deny", ())),
                rules=tuple((k, tuple(map(str, v))) for k, v in spec.get("rules", {}).items()),
            )
        return cls(flags)

    @classmethod
    def from_file(cls, path: str | Path) -> "FlagStore":
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def override(self, name: str, value: bool) -> None:
        self._overrides[name] = value

    def clear_overrides(self) -> None:
        self._overrides.clear()

    def is_enabled(self, name: str, user_id: str | None = None, **attrs: Any) -> bool:
        if name in self._overrides:
            return self._overrides[name]
        flag = self._flags.get(name)
        return flag.is_on(user_id, attrs) if flag else False

    def enabled_for(self, user_id: str, **attrs: Any) -> list[str]:
        return sorted(n for n in self._flags if self.is_enabled(n, user_id, **attrs))

    def __contains__(self, name: str) -> bool:
        return name in self._flags
