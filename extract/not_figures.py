"""Numbers that are no figure: dates, times, years, ages, names ("G20"), list numbering,
phone numbers, bracketed conversions."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as lx
from .nouns import _counted_word_next, _glued_word_before
from .numbers import Number
from .patterns import (
    _AGE_AFTER_RE,
    _AGE_LIMIT_BEFORE_RE,
    _AGE_LIMIT_HINT_RE,
    _CAMEL_NAME_BEFORE_RE,
    _CAPS_NAME_BEFORE_RE,
    _CURRENCIES,
    _CURRENCY_BEFORE_RE,
    _FOLDED_CURRENCY_BEFORE_RE,
    _EMERGENCY_AFTER_RE,
    _EMERGENCY_BEFORE_RE,
    _EXPONENT_BEFORE_RE,
    _TIMES_TEN_BEFORE_RE,
    _POWER_OF_TEN_AFTER_RE,
    _GLUED_LETTERS_RE,
    _GLUED_MILLION_RE,
    _KNOWN_UNITS,
    _MONTH_DAY_BEFORE_RE,
    _NAME_BEFORE_DOT_RE,
    _ORDINAL_AFTER_RE,
    _PRONOUN_ONE_AFTER_RE,
    _RATIO_AFTER_RE,
    _THOUSANDS_RE,
    _TIME_AFTER_RE,
    _UNIT_AFTER_RE,
    _WORD_BEFORE_RE,
    _WORD_RE,
    _YEAR_PREPOSITION_RE,
    _YEAR_RE,
    _key,
)
from .units import is_unit_surface

if TYPE_CHECKING:
    from .figures import _Context

_STREET_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))){1,3}[ \t]+"
    r"(?:St|Street|Rd|Road|Ave|Avenue|Way|Blvd|Boulevard|Lane|Ln|Drive|Dr|Place|Pl|Court|Ct)\b")


def _is_not_a_figure(text: str, n: Number) -> bool:
    s, e = n.start, n.end
    prev_char = text[s - 1] if s > 0 else " "
    next_char = text[e] if e < len(text) else " "
    if prev_char.isalnum() or prev_char in "/:#@_" or next_char in "/:@_" and not n.is_word:
        if not (prev_char in "/" and n.is_word) and not _CURRENCY_BEFORE_RE.search(text, max(0, s - 6), s) \
                and not _FOLDED_CURRENCY_BEFORE_RE.search(text, max(0, s - 3), s) \
                and not (prev_char.isalpha() and _glued_word_before(text, s)):
            return True  # "G20", "A4"; but "USD10m" is money and "with14,593" lost a space
    if prev_char == "-" and s > 1 and text[s - 2].isalpha() \
            and not text[max(0, s - 6):s - 1].lower().endswith(("minus", "sub")):
        return True  # "COVID-19", "under-5 children"; but "minus-130" and "sub-300 sq m" are numbers
    if prev_char == "-" and _CAPS_NAME_BEFORE_RE.search(text, max(0, s - 12), s) \
            and next_char != "%":  # "COVID -19"; but "FTSE -0.6%" is a fall
        return True
    if "10" in text[max(0, s - 4):s] and _EXPONENT_BEFORE_RE.search(text, max(0, s - 8), s):  # "2.998×10−8"
        return True
    if text[s:e] == "10" and text[e:e + 1] in ("^", "-", "−", "*") \
            and _TIMES_TEN_BEFORE_RE.search(text, max(0, s - 4), s):
        return True  # the base of "2.998×10^8", read with its mantissa
    if n.is_word and text[s:e].lower() in ("hundred", "thousand", "million", "billion", "dozen"):
        return True  # "a billion-dollar disaster", "hundred-year flood": a size, not a count
    if _AGE_LIMIT_HINT_RE.search(text, max(0, s - 16), s) and _AGE_LIMIT_BEFORE_RE.search(text, max(0, s - 24), s) \
            and _no_unit_but_age(text, e):
        return True  # "children under 5", "adults over 60 years"; not "people over 2 days"
    if text[s:e] in lx.EMERGENCY_NUMBERS and (_EMERGENCY_AFTER_RE.match(text, e)
                                              or _EMERGENCY_BEFORE_RE.search(text, max(0, s - 12), s)):
        return True  # "reverse 911 calls", "dial 999"
    if prev_char == " " and _CAMEL_NAME_BEFORE_RE.search(text, max(0, s - 12), s):  # "iPhone 15", "eBay 2"
        return True
    if prev_char == "." and _NAME_BEFORE_DOT_RE.search(text, max(0, s - 5), s):  # "ID.4", "No.5"
        return True
    if next_char == "." and e + 1 < len(text) and text[e + 1].isdigit():  # "2.3.1", dates "8.12.2016"
        return True
    if next_char == " " and _STREET_AFTER_RE.match(text, e):
        return True  # an address: "77 Palm Court Way", "12 W 40th St" (no watts)
    if not n.is_word and _ORDINAL_AFTER_RE.match(text, e):
        return True
    if not n.is_word and next_char.isalpha() and not _UNIT_AFTER_RE.match(text, e) \
            and not re.match(r"[kKmMbB]n?\b", text[e:e + 3]) and text[e - 1].isdigit() \
            and not _counted_word_next(text, e) and not _glued_unit_symbol(text, e) \
            and not (_GLUED_MILLION_RE.match(text, e) and _CURRENCY_BEFORE_RE.search(text, max(0, s - 6), s)) \
            and not _POWER_OF_TEN_AFTER_RE.match(text, e):
        return True  # "5G", "3D"; but "52people" lost a space, "256GB" is a measure, "1.6x10^-19" a number
    if _AGE_AFTER_RE.match(text, e) or _TIME_AFTER_RE.match(text, e) and not n.is_word:
        return True
    words_before = text[max(0, s - 25):s]
    wb = _WORD_BEFORE_RE.search(words_before)
    prev_word = wb.group(1) if wb else ""
    pl = prev_word.lower().rstrip(".")
    if pl in lx.MONTHS and not n.is_word and not _THOUSANDS_RE.search(text, s, e) \
            and not ("," in words_before[wb.end(1):] and not _YEAR_RE.fullmatch(text[s:e])) or pl in lx.AGE_PREFIXES:
        return True
    if pl in lx.CITATION_PREFIXES and not n.is_word:
        return True  # "pp. 13-15", "p. 4": where a source says it, not what it says
    if prev_word[:1].isupper() and (pl in lx.NAME_PREFIXES or prev_word.rstrip(".").lower() in lx.NAME_PREFIXES) \
            and not words_before.rstrip().endswith(","):
        return True
    nxt = _WORD_RE.match(text, e)
    if nxt and nxt.group(1).lower().rstrip(".") in lx.MONTHS and not text[e:nxt.start(1)].strip():
        return True  # "8 December"
    if _YEAR_RE.fullmatch(text[s:e]) and _MONTH_DAY_BEFORE_RE.search(text, max(0, s - 20), s):
        return True  # the year of "May 21, 2019"
    if not n.is_word and next_char == ":" and e + 1 < len(text) and text[e + 1].isdigit():
        return True  # "10:30"
    # List numbering: "3. Shelter" or "2) Food" at the start of a line (looked for within
    # a few characters only: on a long line, looking back to its start made long texts slow).
    newline = text.rfind("\n", max(0, s - 40), s)
    at_line_start = (newline >= 0 or s < 40) and not text[newline + 1:s].strip()
    if at_line_start and re.match(r"[.)][ \t]", text[e:e + 2]):
        return True
    if n.is_word and text[s:e].lower() == "one" and pl in lx.PRONOUN_ONE_BEFORE:
        return True
    if text[s:e].lower() in ("one", "1") and _RATIO_AFTER_RE.match(text, e):
        return True  # "one in five": the share is read at "five"
    if n.is_word and text[s:e].lower() == "one" and _PRONOUN_ONE_AFTER_RE.match(text, e):
        return True  # "an attack is one in which", "one that"
    return False


def _no_unit_but_age(text: str, pos: int) -> bool:
    m = _UNIT_AFTER_RE.match(text, pos)
    return not m or lx.MEASURE_UNITS[_key(m.group(1))] in ("years", "months")


def _glued_unit_symbol(text: str, pos: int) -> bool:
    """'256GB', '10kW', '30Mbps': a unit symbol of two letters or more glued to the number;
    of one letter, only grams, watts and pence ('45g', '60W', '85p': not '5G', '3D', '4K')."""
    m = _GLUED_LETTERS_RE.match(text, pos)
    if m is None and text[pos:pos + 1] in lx.GLUED_ONE_LETTER_UNITS and not text[pos + 1:pos + 2].isalnum():
        return True
    return bool(m) and is_unit_surface(m.group())


def _is_year(text: str, n: Number, unit, raw, qualifier) -> bool:
    """A bare year is a year whatever follows ("lost their lives in 1988"); before a count noun
    it is a count ("2000 people"), unless a preposition of time says otherwise ("In 2019 police")."""
    if qualifier == "range" and not n.is_word and not n.scaled:
        return _is_year_range(n, raw, measured=unit in _KNOWN_UNITS or unit in _CURRENCIES)
    if n.is_word or n.value is None or n.scaled or qualifier != "exact":
        return False
    digits = raw.strip()
    if not re.fullmatch(r"(?:1[89]|20)\d\d", digits) or unit in _CURRENCIES:
        return False  # "$2000" is money
    if unit not in ({"people", "households"} | set(lx.THING_UNITS.values())):
        return True
    return n.value % 100 != 0 and n.value >= 1900 \
        and bool(_YEAR_PREPOSITION_RE.search(text, max(0, n.start - 10), n.start))


def _is_year_range(n: Number, raw: str, measured: bool = False) -> bool:
    """'between 2007 and 2013', '2015-2016': years, whatever follows; and 'between 1600 and
    1900' before anything but a count or a measure ("from 1200 to 1500 dollars")."""
    ends = re.findall(r"\d[\d,.]*", raw)
    if len(ends) != 2:
        return False
    if all(_YEAR_RE.fullmatch(e) for e in ends) and 0 < n.high - n.low <= 30:
        return True
    return not measured and all(re.fullmatch(r"1\d{3}|20\d\d", e) for e in ends) \
        and 0 < n.high - n.low <= 600


def _is_bracketed_conversion(text: str, start: int, ctx: _Context) -> bool:
    """'5 kilometers (over 3 miles)': the bracket restates the figure before it."""
    before = text[max(0, start - 3):start]
    return "(" in before and ctx.last_end >= 0 and not text[ctx.last_end:start].strip(" (\t")
