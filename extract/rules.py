"""A rule is a named value with examples (after Duckling's ``Rule {name, pattern, prod}``).

Each rule has a readable name that is a signature of what it matches, a compiled pattern, a
``produce`` function turning a match into a value, and examples: pairs of (surface, expected).
The examples are the test corpus (``tests/test_rules.py`` runs every one of them), and every
claim records the name of the rule that read its figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable


def gate_pattern(words: tuple[str, ...]) -> re.Pattern | None:
    """One search for any of the gate words (a Python loop over them cost more than the regex)."""
    return re.compile("|".join(re.escape(w) for w in words)) if words else None


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    produce: Callable[[re.Match], Any]
    examples: tuple[tuple[str, Any], ...] = field(default=())
    # Lower-case words one of which every match contains: a cheap test that lets a sentence
    # skip the regex entirely (most sentences of an article carry no figure). Empty: always try.
    gate: tuple[str, ...] = ()

    def __post_init__(self):
        if not self.examples:
            raise ValueError(f"rule {self.name!r} has no example")
        if not self.pattern.pattern.startswith("(?=["):  # see vocab.guarded: same matches, faster
            from .vocab import guarded
            object.__setattr__(self, "pattern", guarded(self.pattern.pattern, self.pattern.flags))
        object.__setattr__(self, "_gate_re", gate_pattern(self.gate))
        for surface, _ in self.examples:
            if not self.may_match(surface.lower()):
                raise ValueError(f"rule {self.name!r}: gate {self.gate} misses {surface!r}")

    def may_match(self, lowered: str) -> bool:
        gate = self._gate_re  # type: ignore[attr-defined]
        return gate is None or gate.search(lowered) is not None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)
