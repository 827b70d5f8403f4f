"""Units that the project's lexicon does not list, looked up with quantulum3.

quantulum3 is slow on long text (it rescans the input for every ambiguous unit) and needs
about two seconds to load its tables, so it is only handed a few words, and only when the
word after a number is one of its unit surfaces.
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _surfaces() -> frozenset[str]:
    from quantulum3 import load

    units = load.units("en_US")
    names = set(units.surfaces_lower) | set(units.symbols_lower) | set(units.symbols)
    return frozenset(n for n in names if n and n.lower() not in {"dimensionless", "a", "an"})


def is_unit_surface(word: str) -> bool:
    return word in _surfaces() or word.lower() in _surfaces()


@functools.lru_cache(maxsize=4096)
def unit_after_number(snippet: str) -> tuple[str, int] | None:
    """For a snippet that starts with a number, quantulum3's unit name and where it ends."""
    from quantulum3 import parser

    try:
        quantities = parser.parse(snippet)
    except Exception:  # quantulum3 raises on odd input; an unknown unit is not an error
        return None
    for q in quantities:
        if q.span[0] <= 1 and q.unit.name not in ("dimensionless", "") and q.unit.entity.name != "dimensionless":
            return q.unit.name, q.span[1]
    return None
