"""What happened to the people or things counted: the category, from trigger words nearby."""
from __future__ import annotations

import functools
import re

from . import lexicon as lx

_TRIGGER_RE = re.compile(
    "|".join(f"(?P<{cat}>\\b(?:{'|'.join(pats)})\\b)" for cat, pats in lx.CATEGORY_TRIGGERS.items()),
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=256)
def triggers_in(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, category) of every trigger word in a sentence."""
    return tuple((m.start(), m.end(), m.lastgroup) for m in _TRIGGER_RE.finditer(sentence))


def nearest_category(sentence: str, start: int, end: int, allowed: set[str],
                     blockers: list[tuple[int, int]] = ()) -> str | None:
    """The allowed category whose trigger stands closest to the span [start, end).

    Offsets are relative to `sentence`. A trigger beyond another figure of the sentence
    (`blockers`) most likely speaks of that figure, so it counts as much farther away.
    On a tie the trigger before the figure wins ("killing seven" over "seven ... trapped").
    """
    best, best_score = None, None
    for t_start, t_end, cat in triggers_in(sentence):
        if cat not in allowed or (t_start < end and t_end > start):
            continue
        if t_end <= start:
            gap = sentence.count(" ", t_end, start) + 0.0
            lo, hi = t_end, start
        else:
            gap = sentence.count(" ", end, t_start) + 0.5
            lo, hi = end, t_start
        if any(lo <= b_start and b_end <= hi for b_start, b_end in blockers):
            gap += 12
        if best_score is None or gap < best_score:
            best, best_score = cat, gap
    return best


def has_trigger(sentence: str, allowed: set[str]) -> bool:
    return any(cat in allowed for _, _, cat in triggers_in(sentence))
