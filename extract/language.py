"""Which number convention a report follows, from its most common small words.

Spanish, French and Portuguese reports write "3.870 personas" for 3,870 and "2,5 millones"
for 2.5 million; read as English, the first would be the figure 3.87. Function words are
enough to tell them apart: a report's first few thousand characters settle it.
"""
from __future__ import annotations

import re

from . import lexicon as lx

_SAMPLE = 4_000
_ENGLISH_RE = re.compile(rf"\b(?:{'|'.join(lx.ENGLISH_FUNCTION_WORDS)})\b", re.I)
_ROMANCE_RE = re.compile(rf"\b(?:{'|'.join(lx.ROMANCE_FUNCTION_WORDS)})\b", re.I)


# Only numbers like these read differently in the two conventions; most reports have none.
_AMBIGUOUS_RE = re.compile(  # (the look-ahead lets the engine skip characters no match starts at)
    rf"(?=[\dm])(?:\d\.\d{{3}}(?!\d)|\d\s+(?:{'|'.join(lx.ROMANCE_SCALE_WORDS)})\b|\bmil\s+\d)", re.I)  # "siete mil 76"


# "3 mil personas" settles it alone, however short the text.
_ROMANCE_NOUNS = sorted(lx.ROMANCE_PEOPLE_NOUNS | set(lx.ROMANCE_THING_UNITS), key=len, reverse=True)
_ROMANCE_SCALED_NOUN_RE = re.compile(
    rf"\d\s+(?:{'|'.join(lx.ROMANCE_SCALE_WORDS)})\s+(?:de\s+)?(?:{'|'.join(map(re.escape, _ROMANCE_NOUNS))})\b", re.I)


def dot_thousands(text: str) -> bool:
    """True when the text reads as Spanish, French or Portuguese rather than English and has
    a number whose reading depends on it."""
    if not _AMBIGUOUS_RE.search(text):
        return False
    sample = text[:_SAMPLE]
    if _ROMANCE_SCALED_NOUN_RE.search(sample):
        return True
    romance = len(_ROMANCE_RE.findall(sample))
    return romance >= 3 and romance > 2 * len(_ENGLISH_RE.findall(sample))


def reads_as_english(text: str) -> bool:
    """True when English function words dominate the text's start (word-order rules such as
    "40,000 water purification tablets" only hold in English)."""
    sample = text[:_SAMPLE]
    english = len(_ENGLISH_RE.findall(sample))
    return english >= 1 and english > 2 * len(_ROMANCE_RE.findall(sample))
