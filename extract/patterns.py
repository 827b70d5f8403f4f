"""The lexicon compiled once: the patterns and word sets the figure readers share."""
from __future__ import annotations

import re

from . import lexicon as lx


def _key(phrase: str) -> str:
    """Lexicon key of a matched phrase: lower case, single spaces."""
    return " ".join(phrase.lower().split())


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t\u00a0]+") for w in sorted(words, key=len, reverse=True))


def _starts(words) -> str:
    """A look-ahead for the first characters of `words`: put first in a searched pattern, it lets
    the regex engine skip every position no word can start at."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"  # a pattern with re.I folds case


_QUALIFIER_OF = {phrase: q for q, phrases in lx.QUALIFIERS.items() for phrase in phrases}
_QUALIFIER_RE = re.compile(rf"{_starts(_QUALIFIER_OF)}(?:^|(?<=[^\w]))({_alternation(_QUALIFIER_OF)})[ \t\u00a0]*$", re.I)
_CURRENCY_BEFORE_RE = re.compile(
    rf"{_starts(lx.CURRENCY_PREFIXES)}(?:^|(?<=[^\w$]))({_alternation(lx.CURRENCY_PREFIXES)})[ \t\u00a0]?$", re.I)
_FOLDED_CURRENCY_BEFORE_RE = re.compile(
    rf"{_starts(lx.ASCII_FOLDED_CURRENCY)}(?:^|(?<=[^\w]))({_alternation(lx.ASCII_FOLDED_CURRENCY)})$")
_UNIT_AFTER_RE = re.compile(
    rf"(?:[ \t\u00a0]*-[ \t\u00a0]*|[ \t\u00a0]*)({_alternation(lx.MEASURE_UNITS)})(?![^\W_]|²)", re.I)
# "2,000 25-kg bags", "twenty five-litre jerrycans": the size of what is counted, then its noun
_MEASURE_COMPOUND_RE = re.compile(
    rf"[ \t]+(?:\d[\d.,]*|{_alternation({**lx.UNITS_WORDS, **lx.TENS_WORDS})})-"
    rf"(?:{_alternation(lx.MEASURE_UNITS)})(?![^\W_])(?=[ \t]+[a-z])", re.I)
_CURRENCY_AFTER_RE = re.compile(rf"(?:[ \t\u00a0]+(?:of[ \t]+)?|-)({_alternation(lx.CURRENCY_WORDS)})\b", re.I)
_AGE_AFTER_RE = re.compile("|".join(lx.AGE_PATTERNS), re.I)
_POST_QUALIFIER_RE = re.compile(rf"[ \t]+({_alternation(lx.POST_QUALIFIERS)})\b", re.I)
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ"  # Latin letters, accented too: "déplacés", "ménages" (not mojibake "Š")
_WORD_RE = re.compile(rf"[ \t\u00a0]*([{_LETTERS}][{_LETTERS}'’\-\u2010\u2011]*[{_LETTERS}]|[{_LETTERS}])")
_WORD_BEFORE_RE = re.compile(rf"([{_LETTERS}][{_LETTERS}.'’\-]*)[ \t\u00a0,]*$")
_PHONE_RE = re.compile(r"\+\d[\d ()\-]{6,}\d|\(\d{2,4}\)[ ]?\d{3,4}[ -]\d{3,4}|\b\d{3}-\d{3}-\d{4}\b")
_TIME_AFTER_RE = re.compile(rf"[ \t]*(?:{_alternation(lx.TIME_SUFFIXES)})(?![^\W\d_])", re.I)
_CURRENCY_SYMBOLS = {k: v for k, v in lx.CURRENCY_PREFIXES.items() if len(k) == 1 and not k.isalnum()}
_THOUSANDS_RE = re.compile(r"\d,\d{3}")  # "October, 1,900 people" is no date
_YEAR_RE = re.compile(r"(?:1[89]|2[01])\d\d")  # "5 January, 900 people" is no date either; "May, 2016" is
_ORDINAL_AFTER_RE = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_DOT_GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
_MONTH_DAY_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(lx.MONTHS, key=len, reverse=True))})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]*$", re.I)
_NAME_BEFORE_DOT_RE = re.compile(r"(?<![A-Za-z])(?:[A-Z]{1,4}|[A-Z][a-z]|[a-z])\.$")
# "one in five children" (a share), "minus 20 degrees", "half of the 1.2 million residents" (a whole)
_RATIO_BEFORE_RE = re.compile(r"\b(?:one|1)[ \t]+(?:in|out[ \t]+of)[ \t]+$", re.I)
_RATIO_AFTER_RE = re.compile(rf"[ \t]+(?:in|out[ \t]+of)[ \t]+(?:\d|(?:{_alternation(lx.UNITS_WORDS)}|{_alternation(lx.TENS_WORDS)}|a)\b)", re.I)
_MINUS_BEFORE_RE = re.compile(r"(?:\bminus[ \t]*-?|(?:^|(?<=[\s(]))[-−])$", re.I)
_CAPS_NAME_BEFORE_RE = re.compile(r"\b[A-Z]{3,}[ \t]-$")
_PRONOUN_ONE_AFTER_RE = re.compile(r"[ \t]+(?:(?:in|of|on|at|by|for)[ \t]+which|that|which|who)\b", re.I)
_LABEL_DASH_RE = re.compile(r"\b[A-Z][a-z]+[ \t]+[-−]$")  # "Lira -61.4 mm"
_CAMEL_NAME_BEFORE_RE = re.compile(r"\b[a-z]+[A-Z][A-Za-z]*[ ]$")
_EMERGENCY_AFTER_RE = re.compile(rf"[ \t]+(?:{_alternation(lx.EMERGENCY_AFTER)})\b", re.I)
_EMERGENCY_BEFORE_RE = re.compile(rf"\b(?:{_alternation(lx.EMERGENCY_BEFORE)})[ \t]+$", re.I)
_GLUED_MILLION_RE = re.compile(r"(?:mil|mio|mln)(?![^\W\d_])|[ \t\u00a0]?(?-i:M)(?![^\W\d_])", re.I)
_WHO_AFTER_RE = re.compile(r"[ \t]+who\b")
_PARTICIPLE_ENDINGS = ("ed", "os", "as", "és", "ées")  # "29 resultaron destruidas" counts no "destruidas"
_YEAR_PREPOSITION_RE = re.compile(rf"\b(?:{_alternation(lx.YEAR_PREPOSITIONS)})[ \t\u00a0]+$", re.I)
_GLUED_LETTERS_RE = re.compile(r"[A-Za-z]{2,5}(?![\w-])")
_AGE_LIMIT_HINT_RE = re.compile(r"(?:under|over|above|below|aged|than|of)[ \t]+(?:the[ \t]+age[ \t]+of[ \t]+)?$")
_AGE_LIMIT_BEFORE_RE = re.compile(
    rf"\b(?:{_alternation(lx.AGED_GROUPS)})[ \t]+(?:under|over|above|below|aged|of|younger than|older than)"
    r"[ \t]+(?:the[ \t]+age[ \t]+of[ \t]+)?$", re.I)
_EXPONENT_BEFORE_RE = re.compile(r"\d[ \t]?[×x][ \t]?10(?:\^[-−]?|[-−]|\*\*[-−]?)?$")
_TIMES_TEN_BEFORE_RE = re.compile(r"\d[ \t]?[×x][ \t]?$")  # the 10 of "2.998×10^8"
_POWER_OF_TEN_AFTER_RE = re.compile(r"[ \t]?[×x][ \t]?10(?:\^[-−]?|[-−]|\*\*[-−]?)(\d{1,3})(?!\d)")
_PART_OF_WHOLE_RE = re.compile(
    rf"\b(?:{'|'.join(lx.PART_OF_WHOLE)})[ \t]+of[ \t]+(?:the[ \t]+|these[ \t]+|those[ \t]+|its[ \t]+|their[ \t]+)?$"
    r"|%[ \t]+of[ \t]+(?:the[ \t]+)?$"
    rf"|\b(?:\d+|{'|'.join(lx.UNITS_WORDS)})[ \t]+of[ \t]+(?:the|these|those|its|their)[ \t]+$", re.I)

_STOP = set("""
a an the of in on at to for from by with and or but as is are was were be been being has have had
that this these those which who whom whose it its their his her our your than then there here
per each every only just also still about around over under up down out off into onto upon
thanks all some several both such
""".split()) | lx.ROMANCE_STOP
_PEOPLE_UNITS = {"people", "households"}
_COUNT_UNITS_OF = {**{w: "people" for w in lx.PEOPLE_NOUNS}, **{w: "households" for w in lx.HOUSEHOLD_NOUNS}}
_ALL_CATEGORIES = set(lx.CATEGORIES)
_THING_UNIT_NAMES = set(lx.THING_UNITS.values())
# A bracket restating a count in other terms ("5,836 people (1,635 households)") is a figure;
# one restating a measure ("5 km (3 miles)") is a conversion.
_COUNTED_UNITS = _PEOPLE_UNITS | _THING_UNIT_NAMES
_KNOWN_UNITS = _COUNTED_UNITS | set(lx.MEASURE_UNITS.values())
_CURRENCIES = set(lx.CURRENCY_PREFIXES.values()) | set(lx.CURRENCY_WORDS.values())
_DESCRIBING = sorted(w for w in lx.NOUN_CATEGORIES if w in lx.MODIFIERS)


def _word_before_is(text: str, pos: int, words: tuple[str, ...]) -> bool:
    return text[max(0, pos - 4):pos].rstrip().lower().endswith(words)
