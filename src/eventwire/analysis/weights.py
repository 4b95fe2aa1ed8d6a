"""The PLOVER conflict–cooperation weights of ``data/plover_weights.yaml``, loaded once."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from ..errors import AnalysisError
from ..model import EVENT_TYPES, STATUSES, Event


@dataclass(frozen=True)
class Weights:
    """Score of an event: its type (or type and mode) score times its status factor."""

    version: str
    source: str
    types: dict[str, float]
    modes: dict[tuple[str, str], float]
    aliases: dict[tuple[str, str], str | None]
    status: dict[str, float]

    def base(self, type: str, mode: str | None = None) -> float:
        """The manual's score for a type and (eventwire or PLOVER) mode, before status."""
        if mode:
            manual_mode = self.aliases.get((type, mode), mode)
            if manual_mode and (type, manual_mode) in self.modes:
                return self.modes[(type, manual_mode)]
        return self.types.get(type, 0.0)

    def score(self, event: Event) -> float:
        return round(self.base(event.type, event.mode) * self.status.get(event.status, 0.0), 4)


@functools.cache
def weights() -> Weights:
    path = resources.files("eventwire.data") / "plover_weights.yaml"
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        types = {name: float(entry["score"]) for name, entry in data["types"].items()}
        modes = {(name, mode): float(score) for name, entry in data["types"].items()
                 for mode, score in (entry.get("modes") or {}).items()}
        aliases = {(name, mode): target for name, table in (data.get("mode_aliases") or {}).items()
                   for mode, target in table.items()}
        status = {name: float(factor) for name, factor in data["status"].items()}
        found = Weights(version=str(data["version"]), source=str(data["source"]), types=types, modes=modes,
                        aliases=aliases, status=status)
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise AnalysisError("E085", path="plover_weights.yaml", reason=exc) from exc
    missing = [t for t in EVENT_TYPES if t not in types] + [s for s in STATUSES if s not in status]
    if missing:
        raise AnalysisError("E085", path="plover_weights.yaml", reason=f"no weight for {', '.join(missing)}")
    return found
