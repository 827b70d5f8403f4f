"""extract_figures: every figure a report states, as one pandas table.

For each number expression (numbers.py) the extractor looks left for a currency and a
qualifier, right for a unit or the counted noun, drops what is not a figure (dates, ages,
names, list numbers, bracketed conversions), and takes the category from trigger words.
A figure that is wrong is worse than a missing one: when in doubt, a number is dropped.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import lexicon as lx
from .categories import (has_trigger, nearest_category, trigger_at_start, triggers_in, triggers_in_snippet,
                         verb_category)
from .language import dot_thousands
from .numbers import CHANGE_BEFORE, Number, find_numbers, scale_value
from .places import main_place, places_in
from .sentences import Sentences
from .units import is_unit_surface, unit_after_number

COLUMNS = ["quote", "start", "end", "value", "low", "high", "qualifier", "vague", "unit",
           "who", "category", "sentence", "sentence_start", "place"]

# --- compiled lexicon ----------------------------------------------------------------


def _key(phrase: str) -> str:
    """Lexicon key of a matched phrase: lower case, single spaces."""
    return " ".join(phrase.lower().split())


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t\u00a0]+") for w in sorted(words, key=len, reverse=True))


_QUALIFIER_OF = {phrase: q for q, phrases in lx.QUALIFIERS.items() for phrase in phrases}
_QUALIFIER_RE = re.compile(rf"(?:^|(?<=[^\w]))({_alternation(_QUALIFIER_OF)})[ \t\u00a0]*$", re.I)
_CURRENCY_BEFORE_RE = re.compile(rf"(?:^|(?<=[^\w$]))({_alternation(lx.CURRENCY_PREFIXES)})[ \t\u00a0]?$", re.I)
_UNIT_AFTER_RE = re.compile(
    rf"(?:[ \t\u00a0]*-[ \t\u00a0]*|[ \t\u00a0]*)({_alternation(lx.MEASURE_UNITS)})(?![^\W_]|²)", re.I)
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
_EXPONENT_BEFORE_RE = re.compile(r"\d[ \t]?[×x][ \t]?10(?:\^|[-−])?$")
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


@dataclass
class _Context:
    """What the extractor remembers while walking a text: the last thing counted."""
    unit: str | None = None
    who: str | None = None
    last_end: int = -1
    last_unit: str | None = None  # of the last figure, whatever it counts or measures


def extract_figures(text: str) -> pd.DataFrame:
    """Every figure stated in `text`, one row each, in text order (see COLUMNS).

    `text[start:end] == quote` always holds; values are finite floats; `low`/`high` are set
    for ranges and for bounds ("at least 40" has low 40, "up to 1,500" high 1500).
    """
    return _frame(figure_records(text))


def figure_records(text: str) -> list[dict]:
    """The rows of `extract_figures(text)` as plain dicts, for bulk ingest: building one small
    DataFrame per report costs as much as finding its figures, so a store frames whole batches."""
    rows = _unit_ranges(text, list(iter_figures(text))) if text else []
    if rows:
        report_place = main_place(text)
        for row in rows:
            here = places_in(row["sentence"])
            row["place"] = here[0] if here else report_place
    return rows


_DTYPES = {"start": np.int64, "end": np.int64, "value": np.float64, "low": np.float64, "from_value": np.float64,
           "high": np.float64, "vague": np.bool_, "sentence_start": np.int64}


def _frame(rows: list[dict], columns: list[str] = COLUMNS) -> pd.DataFrame:
    """Column by column with fixed dtypes: much faster than DataFrame(rows).astype(...)."""
    data = {}
    for col in columns:
        values = [r[col] for r in rows]
        dtype = _DTYPES.get(col)
        if dtype is np.float64:
            data[col] = np.array([np.nan if v is None else v for v in values], dtype=dtype)
        elif dtype is not None:
            data[col] = np.array(values, dtype=dtype)
        else:
            data[col] = np.array(values, dtype=object)
    return pd.DataFrame(data, columns=columns)


def iter_figures(text: str, every: bool = False):
    """The figures of `text`; with `every`, also the quantities a figure list leaves out
    (bare numbers, conversions in brackets, counts of things that happen to nobody)."""
    if not isinstance(text, str):
        raise TypeError(f"extract_figures takes a str, not {type(text).__name__}")
    sentences = Sentences(text)
    phones = [m.span() for m in _PHONE_RE.finditer(text)] if "+" in text or "(" in text or "-" in text else []
    numbers = [n for n in find_numbers(text, dot_thousands(text)) if not _in_spans(n, phones)]
    starts = [n.start for n in numbers]
    ctx = _Context()
    for number in numbers:
        row = _figure(text, number, sentences, numbers, starts, ctx, every)
        if row is not None:
            ctx.last_end, ctx.last_unit = row["end"], row["unit"]
            if row["unit"] in _PEOPLE_UNITS or row["category"] in ("damage", "relief"):
                ctx.unit, ctx.who = row["unit"], row["who"]
            yield row


def _unit_ranges(text: str, rows: list[dict]) -> list[dict]:
    """'between 5% and 6%', '$3 billion to $5 billion', 'from $10 to $15 billion': two
    figures of one unit joined as a range are one figure (a scale at the end is both ends')."""
    out: list[dict] = []
    for row in rows:
        prev = out[-1] if out else None
        merged = _joined_range(text, prev, row) if prev else None
        if merged:
            out[-1] = merged
        else:
            out.append(row)
    return out


_RANGE_JOIN_RE = re.compile(r"[ \t\u00a0]*(-|–|—|to|and)[ \t\u00a0]*", re.I)
_RANGE_OPEN_RE = re.compile(r"\b(between|from)[ \t\u00a0]+$", re.I)
_SCALE_IN_RE = re.compile(r"\d[ \t\u00a0]*(hundred|thousand|million|billion|trillion|mln|bn|[kmb])\b", re.I)


def _joined_range(text: str, a: dict, b: dict) -> dict | None:
    join = _RANGE_JOIN_RE.fullmatch(text, a["end"], b["start"])
    if not join or a["unit"] != b["unit"] or a["unit"] in _PEOPLE_UNITS:
        return None
    if a["qualifier"] != "exact" or b["qualifier"] != "exact" or a["vague"] or b["vague"]:
        return None
    opener = _RANGE_OPEN_RE.search(text, max(0, a["start"] - 12), a["start"])
    word = join.group(1).lower()
    if word == "and" and not (opener and opener.group(1).lower() == "between"):
        return None
    start = opener.start() if opener else a["start"]
    if CHANGE_BEFORE.search(text, max(0, start - 30), start):
        return None  # "rose from 4.8% to 5.1%": two figures, before and after
    if word == "to" and _word_before_is(text, start, ("by",)):
        return None  # "grew by $43 billion to $419 billion": the change, then the new level
    low, high = a["value"], b["value"]
    scale = _SCALE_IN_RE.search(b["quote"])
    if scale and not _SCALE_IN_RE.search(a["quote"]) and low * scale_value(scale.group(1)) <= high:
        low *= scale_value(scale.group(1))
    if not low < high:
        return None
    return {**a, "quote": text[start:b["end"]], "start": start, "end": b["end"], "value": None,
            "low": low, "high": high, "qualifier": "range", "who": b["who"]}


def _minus_near(before: str) -> bool:
    """A cheap test before the pattern: "-20", "−20", "minus 20"."""
    return "-" in before or "−" in before or "minus" in before.lower()


def _word_before_is(text: str, pos: int, words: tuple[str, ...]) -> bool:
    return text[max(0, pos - 4):pos].rstrip().lower().endswith(words)


def _in_spans(n: Number, spans) -> bool:
    return any(s <= n.start < e for s, e in spans)


def _figure(text: str, n: Number, sentences: Sentences, numbers, starts, ctx: _Context, every: bool = False):
    if _is_not_a_figure(text, n):
        return None
    start, end = n.start, n.end
    value, low, high, vague = n.value, n.low, n.high, n.vague
    qualifier = "range" if value is None else ("at_least" if vague else "exact")
    unit = who = None
    ratio = _RATIO_BEFORE_RE.search(text, max(0, start - 16), start) \
        if value and not vague and _word_before_is(text, start, ("in", "of")) else None
    if ratio:  # "one in five children": a share, 20 %
        start, value = ratio.start(), 100.0 / value

    # Left: currency, then qualifier.
    before = text[max(0, start - 40):start]
    cur = _CURRENCY_BEFORE_RE.search(before)
    if cur and not vague:
        unit = who = lx.CURRENCY_PREFIXES[_key(cur.group(1))]
        start -= len(before) - cur.start(1)
        before = text[max(0, start - 40):start]
        mil = _GLUED_MILLION_RE.match(text, end) if value is not None and not n.scaled else None
        if mil:  # "RM3.06mil", "EUR 2.1mio", "USD 3.04 M"
            value, end = value * 1_000_000, mil.end()
    q = _QUALIFIER_RE.search(before)
    if q and value is not None and not vague:
        qualifier = _QUALIFIER_OF[_key(q.group(1))]
        # "some" and "over" are also ordinary words: only count them right before a number.
        start -= len(before) - q.start(1)

    # A glued "m" is metres ("a 5m wall", "5m high") unless money, a capital M or a plural
    # or unit after it makes it millions ("$2.3m", "2.1M copies", "2.5m doses", "4.1m tonnes").
    raw = text[n.start:n.end]
    if not n.vague and value is not None and raw.endswith("m") and raw[-2:-1].isdigit() \
            and unit is None and not _millions_follow(text, end):
        value, unit, who = value / 1_000_000, "m", "m"

    # Right: unit of measure, currency word, or the counted noun.
    after_m = _UNIT_AFTER_RE.match(text, end) if unit is None else None
    if after_m and not (after_m.group(1).lower() == "m" and n.is_word):
        unit = lx.MEASURE_UNITS[_key(after_m.group(1))]
        who = after_m.group(1).lower()
        end = after_m.end()
    elif unit is None and text[end:end + 1] in _CURRENCY_SYMBOLS and not vague:  # "1,200€"
        unit = who = _CURRENCY_SYMBOLS[text[end]]
        end += 1
    elif unit is None:
        cw = _CURRENCY_AFTER_RE.match(text, end)
        if cw and (not cw.group(0).lstrip().lower().startswith("of") or vague):
            unit = lx.CURRENCY_WORDS[_key(cw.group(1))]
            who = cw.group(1).lower()
            end = cw.end()
    part_of_group = named_group = False
    if unit is None:
        head, noun_end = _noun_after(text, end, vague=vague, scaled=n.scaled)
        if head is not None:
            who, hint, unit = head
            part_of_group = hint == _PART_OF_GROUP
            named_group = hint == _NAMED_GROUP
            end = noun_end
            if unit == "elided" and ctx.unit is None and who == "others":
                unit = "others"  # people only if something happens to them (below)
            elif unit == "elided":
                unit, who = ctx.unit, (who if ctx.unit else None)
                if unit is None and not every:
                    return None
    if unit is not None and unit == who and unit in lx.MEASURE_UNITS:
        unit = lx.MEASURE_UNITS[unit]  # "hundreds of kilometres": a unit of measure after all
    if unit is None and not n.is_word:
        found = _quantulum_unit(text, n.start, n.end)
        if found:
            unit, who, end = found

    post = _POST_QUALIFIER_RE.match(text, end if unit else n.end)
    if post and qualifier == "exact":
        qualifier = lx.POST_QUALIFIERS[_key(post.group(1))]
        if unit is None:
            end = post.end()

    si = sentences.index(n.start)
    s_start, s_end = sentences.span(si)
    sentence = text[s_start:s_end]
    rel = (start - s_start, end - s_start)
    lo = bisect.bisect_left(starts, s_start)
    hi = bisect.bisect_left(starts, s_end)
    blockers = [(o.start - s_start, o.end - s_start) for o in numbers[lo:hi] if o is not n]

    who_found = unit is not None
    label = None
    if unit is None:
        label = _label(text, start, -1 if n.is_word else n.end)
        unit, who = (_label_unit(label) if label else None) or (None, None)
    if unit is None:
        unit, who = _bare_number_unit(text, n, start, sentence, rel, ctx, qualifier)
        if unit is None and not (every and not _is_bare_name(text, n, start)):
            return None
    if unit not in _COUNTED_UNITS and _is_bracketed_conversion(text, start, ctx) and not every:
        return None
    if ratio:
        unit = "percent"
    if unit in _COUNTED_UNITS and _DOT_GROUPED_RE.fullmatch(raw) and value is not None:
        value = float(raw.replace(".", ""))  # "245.000 people": nobody counts 245.0 people
    minus = _MINUS_BEFORE_RE.search(text, max(0, start - 8), start) \
        if unit not in _COUNTED_UNITS and _minus_near(text[max(0, start - 7):start]) else None
    if minus and qualifier in ("exact", "range"):  # "minus 30 degrees", "-1.3%"
        start = minus.start()
        value, low, high = (-v if v is not None else None for v in (value, low, high))
        if low is not None:
            low, high = high, low
    if _is_year(text, n, unit if who_found else None, raw, qualifier):
        return None  # a bare year is a year, whatever the sentence counts ("lost their lives in 1988")

    if unit == who and unit not in _KNOWN_UNITS and unit not in lx.ANIMALS \
            and verb_category(sentence, *rel, lx.HARM_CATEGORIES):
        unit = "people"  # "three shepherds were killed": whoever is killed is counted as people
    if named_group and unit != "people" and (verb_category(sentence, *rel, lx.ONLY_PEOPLE_DO)
                                             or _trigger_right_after(sentence, rel[1], lx.ONLY_PEOPLE_DO)):
        unit = "people"  # "35,326 Brus took shelter in six camps": only people flee or take shelter
    if named_group and unit != "people" and not every:
        return None
    if unit == "others":
        if not verb_category(sentence, *rel, lx.DONE_TO_PEOPLE) and not every:
            return None
        unit = "people"  # "a guard died and six others were hurt"
    whole = " of " in text[max(0, start - 14):start] and bool(_PART_OF_WHOLE_RE.search(text, max(0, start - 40), start))
    category = "other" if unit is None else (label and _label_category(label, unit)) or \
        _category(unit, who, sentence, rel, blockers, sentences, si, bare=not who_found, whole=whole)
    if category in lx.HARM_CATEGORIES and unit == "households" and (not who_found or who in lx.ELIDED_NOUNS):
        unit, who = "people", "people"  # "displaced 200 households and killed dozens": the dead are people
    if category == "people_other" and (part_of_group or value == 1) and not every:
        return None  # "one of the doctors said", "said one woman": a way of speaking, not a count
    if qualifier == "at_least" and low is None:
        low = value
    if qualifier == "at_most":
        high = value
    values = [v for v in (value, low, high) if v is not None]
    if not all(math.isfinite(v) for v in values):
        return None
    return {
        "quote": text[start:end], "start": start, "end": end,
        "value": value, "low": low, "high": high, "qualifier": qualifier, "vague": vague,
        "unit": unit, "who": (who or unit or "").lower(), "category": category,
        "sentence": sentence.strip(), "sentence_start": s_start,
    }


# --- right context: the counted noun --------------------------------------------------


def _millions_follow(text: str, pos: int) -> bool:
    """After a glued "m": a count of people, a unit or a plural noun, which metres never take."""
    head, _ = _noun_after(text, pos)
    if head is not None and head[2] in _PEOPLE_UNITS:
        return True
    m = _WORD_RE.match(text, pos)
    if not m or text[pos:m.start(1)].strip():
        return False
    for _ in range(6):  # "3.1m combined streamed and boxed units"
        word = m.group(1).lower()
        if word in lx.MEASURE_UNITS or word in lx.CURRENCY_WORDS or word in lx.THING_UNITS \
                or _looks_plural_noun(word):
            return True
        nxt = _WORD_RE.match(text, m.end())
        if not nxt or text[m.end():nxt.start(1)].strip() or not (
                word in ("and", "or") or _describing_word_next(text, m.start(1))):
            return False
        m = nxt
    return False


def _noun_after(text: str, pos: int, vague: bool = False, scaled: bool = False):
    """((who, category hint, unit), end) of the counted noun after `pos`, or (None, pos)."""
    i = pos
    skipped = names = 0
    for k in range(6):
        m = _WORD_RE.match(text, i)
        if not m:
            return None, pos
        word = m.group(1)
        low = word.lower().replace("’", "'").replace("\u2011", "-").replace("\u2010", "-")
        if k == 0 and (low == "of" and vague or low in ("de", "d'", "d’") and scaled):
            i = m.end()  # "dozens of patients", "1,5 millones de personas"
            continue
        if low[:2] in ("d'", "d’") and low[2:] in _COUNTED_WORDS:
            low = low[2:]  # "2 millions d'habitants"
        if low in ("of", "whom", "them") and k == 0:
            nxt = _WORD_RE.match(text, m.end())
            if nxt and nxt.group(1).lower() in ("them", "whom", "which"):
                return (("people", None, "elided")), nxt.end()
            if low == "of" and nxt and (nxt.group(1).lower() in lx.PART_OF or _POSSESSIVE_RE.search(nxt.group(1))):
                return _group_noun(text, nxt.end(), pos)  # "two of the guards", "two of Omar's guards"
            return None, pos
        if "-" in low and low.replace("-", "") in _COUNTED_WORDS:
            low = low.replace("-", "")  # "fami-lies": a word broken across lines in a PDF
        if low in lx.ELIDED_NOUNS and not (low == "more" and _counted_word_next(text, m.end())):
            return (low, None, "elided"), m.end()
        if low in _COUNT_UNITS_OF:
            acronym = _ACRONYM_RE.match(text, m.end()) if word[0].isupper() else None
            nxt = _WORD_RE.match(text, acronym.end() if acronym else m.end())  # "Police (ALP) officers"
            nxt_low = nxt.group(1).lower() if nxt else ""
            if nxt and not low.endswith("s") and not text[m.end():nxt.start(1)].strip() and (
                    nxt_low in lx.THING_UNITS or (_looks_plural_noun(nxt_low) and nxt_low not in _COUNT_UNITS_OF)):
                return (nxt_low, None, lx.THING_UNITS.get(nxt_low, nxt_low)), nxt.end()  # "household kits"
            if nxt and nxt_low in _COUNT_UNITS_OF and not low.endswith("s") and nxt_low not in lx.MODIFIERS:
                continue_at = nxt  # "civilian lives": the first word is an adjective (not in "personnel injured")
                low = nxt.group(1).lower()
                return (low, lx.NOUN_CATEGORIES.get(low), _COUNT_UNITS_OF[low]), continue_at.end()
            return (low, lx.NOUN_CATEGORIES.get(low), _COUNT_UNITS_OF[low]), m.end()
        if low in lx.THING_UNITS:
            return (low, None, lx.THING_UNITS[low]), m.end()
        if low in ("and", "or") and k > 0 and skipped and _describing_word_next(text, m.end()):
            i = m.end()  # "new and repeated displacements"
            continue
        if low in ("and", "or") and k > 0 and skipped:
            shared = _NEXT_NUMBER_RE.match(text, m.end())
            head, _ = _noun_after(text, shared.end()) if shared else (None, 0)
            if head is not None and head[2] != "elided":
                return head, i  # the quote ends at the word before "and"
            return None, pos  # "62 suspected and 18 confirmed cases": the noun of both
        if low in _STOP or low in lx.MONTHS or low in lx.WEEKDAYS:
            return None, pos
        glued = _unglued_noun(low)
        if glued:  # "peoplewere", "displacedpeople": text from a PDF
            noun, noun_end = glued
            return (noun, lx.NOUN_CATEGORIES.get(noun), _COUNT_UNITS_OF[noun]), m.start(1) + noun_end
        if k == 0 and _is_demonym(word) and _verb_or_end_after(text, m.end()):
            return (low, None, "people"), m.end()  # "1,300 Venezuelans crossed the border"
        if word[0].isupper() and k < 5 and names < 4 and low not in lx.MODIFIERS:
            if names == 0 and _looks_plural_noun(low) and _verb_or_end_after(text, m.end()):
                return (low, _NAMED_GROUP, low), m.end()  # "two Canadians were killed"
            names += 1  # "seven Kenya Defence Forces (KDF) soldiers"
            i = m.end()
            acronym = _ACRONYM_RE.match(text, i)
            i = acronym.end() if acronym else i
            continue
        if low in lx.MODIFIERS or (_looks_adjective(low) and skipped < 2):
            skipped += 1
            i = m.end()
            continue
        if _looks_plural_noun(low) and k < 3:
            return (low, None, low), m.end()
        nxt = _WORD_RE.match(text, m.end())  # "three education officials"
        nxt_low = nxt.group(1).lower() if nxt else ""
        if k < 3 and (nxt_low in _COUNT_UNITS_OF or nxt_low in lx.THING_UNITS) and (
                k > 0 or nxt_low not in lx.THING_UNITS or _is_thing_state(low)):
            skipped += 1
            i = m.end()
            continue
        if k < 2 and word.islower() and _looks_plural_noun(nxt_low) and nxt_low.isalpha() \
                and low not in lx.VERBS_BEFORE_OBJECT \
                and not text[m.end():nxt.start(1)].strip() \
                and not (nxt_low.endswith(_PARTICIPLE_ENDINGS) and trigger_at_start(nxt_low)):
            return (nxt_low, None, nxt_low), nxt.end()  # "700 heart transplants", "15 mortar shells"
        trade = _trade_noun_start(text, m.end()) if k < 2 else None
        if trade is not None:
            i = trade  # "sugar cane workers", "community protection forces personnel"
            skipped += 2
            continue
        return None, pos
    return None, pos


_COUNTED_WORDS = set(_COUNT_UNITS_OF) | set(lx.THING_UNITS)
_NEXT_NUMBER_RE = re.compile(r"[ \t]+(?:\d[\d,.]*\d|\d)(?![\d,.]*\w)")
_PHRASE_END_RE = re.compile(r"[ \t]*(?:[,.;:)]|$)")


def _is_demonym(word: str) -> bool:
    """'Venezuelans', 'Iraqis', 'Congolese': the plural name of a people."""
    return len(word) > 5 and word[0].isupper() and not word.isupper() \
        and word.lower().endswith(lx.DEMONYM_ENDINGS)


def _acting_after(sentence: str, pos: int) -> bool:
    """The figure is the subject of a verb of acting ("30 demonstrators blocked the road")."""
    for _ in range(3):
        m = _WORD_RE.match(sentence, pos)
        if not m or sentence[pos:m.start(1)].strip():
            return False
        word = m.group(1).lower()
        if word in lx.AGENT_VERBS:
            return True
        if word in lx.AGENT_VERBS_WITH_OBJECT:
            obj = _WORD_RE.match(sentence, m.end())
            return bool(obj) and obj.group(1).lower() in lx.OBJECT_STARTS
        if word not in lx.AGENT_VERB_SKIP:
            return False
        pos = m.end()
    return False


_FATES_RE = re.compile(
    r"[ \t]+(?:were|was|have[ \t]+been|had[ \t]+been|are)[ \t]+((?:\w+,?[ \t]+){1,3}or[ \t]+\w+)")


def _alternative_fates_after(sentence: str, pos: int) -> bool:
    """'were killed or injured': two things that may have happened, neither known for each."""
    m = _FATES_RE.match(sentence, pos)
    if not m:
        return False
    fates = {trigger_at_start(w) for w in re.findall(r"\w+", m.group(1))}
    return len(fates & lx.PEOPLE_CATEGORIES) > 1


def _trigger_right_after(sentence: str, pos: int, allowed: set[str]) -> str | None:
    """The category of a trigger that is the very next word ("700 Rohingyas fled")."""
    m = _WORD_RE.match(sentence, pos)
    if not m:
        return None
    cat = next((c for t_start, _, c in triggers_in(sentence) if t_start == m.start(1)), None)
    return cat if cat in allowed else None


def _verb_or_end_after(text: str, pos: int) -> bool:
    """The noun phrase ends here, or a verb follows ("1,300 Venezuelans crossed")."""
    if _phrase_ends_after(text, pos):
        return True
    m = _WORD_RE.match(text, pos)
    if not m:
        return False
    if m.group(1).lower().endswith("ed"):
        return True
    return trigger_at_start(text[m.start(1):m.start(1) + 40]) is not None  # "fled", "took shelter"


def _counted_word_next(text: str, pos: int) -> bool:
    m = _WORD_RE.match(text, pos)
    return bool(m) and m.group(1).lower() in _COUNTED_WORDS


def _describing_word_next(text: str, pos: int) -> bool:
    m = _WORD_RE.match(text, pos)
    word = m.group(1).lower() if m else ""
    return word in lx.MODIFIERS or _looks_adjective(word) or word.endswith("ed")


def _phrase_ends_after(text: str, pos: int) -> bool:
    """A noun phrase ends here: punctuation, or a word that cannot continue it ("were")."""
    if _PHRASE_END_RE.match(text, pos):
        return True
    m = _WORD_RE.match(text, pos)
    return bool(m) and (m.group(1).lower() in _STOP or m.group(1).lower() in lx.SUBJECT_VERBS)


_PART_OF_GROUP = "part of a group"
_NAMED_GROUP = "a capitalised plural"  # people if harmed, else not counted ("3 Jesuits", "5 Toyotas")
_POSSESSIVE_RE = re.compile(r"^[A-Z][a-z]+['’]s?$")  # "Omar's", "Abbas'"
_ACRONYM_RE = re.compile(r"[ \t]*\([A-Z]{2,6}\)")
# Before a thing counted: a state of damage or what it is made of ("collapsed houses", "mud-and-thatch homes").
_THING_WORD_RE = re.compile(r"[a-z]+ed|[a-z]+(?:-[a-z]+)+")


def _is_thing_state(word: str) -> bool:
    """'collapsed houses', 'detached homes', 'mud-brick homes'; not 'received kits', where the
    number counts those who received them."""
    return bool(_THING_WORD_RE.fullmatch(word)) and word not in lx.VERBS_BEFORE_OBJECT


def _group_noun(text: str, pos: int, fail: int):
    """'eight of the soldiers', 'two of his family members', 'two of the 14 hostages': the
    people noun of the group, within three words (a number in between is its own figure)."""
    i = pos
    for _ in range(3):
        number = _NEXT_NUMBER_RE.match(text, i)
        i = number.end() if number else i
        m = _WORD_RE.match(text, i)
        if not m:
            break
        low = m.group(1).lower()
        if low in _COUNT_UNITS_OF:
            nxt = _WORD_RE.match(text, m.end())
            nxt_low = nxt.group(1).lower() if nxt and not text[m.end():nxt.start(1)].strip() else ""
            if nxt_low in _COUNT_UNITS_OF:
                m, low = nxt, nxt_low  # "family members"
            elif _looks_plural_noun(nxt_low) and not low.endswith("s"):
                return None, fail  # "one of the two IDP sites": the people word describes a place
            return (low, _PART_OF_GROUP, _COUNT_UNITS_OF[low]), m.end()
        if low in _STOP:
            break
        i = m.end()
    return None, fail


_LETTERS_BEFORE_RE = re.compile(r"(?<![A-Za-z])[A-Za-z]+$")


def _glued_word_before(text: str, pos: int) -> bool:
    m = _LETTERS_BEFORE_RE.search(text, max(0, pos - 20), pos)
    return bool(m) and m.group(0).lower() in lx.GLUED_BEFORE_NUMBER


def _unglued_noun(word: str):
    """(noun, where it ends in the word) for "peoplewere" or "displacedpeople", else None."""
    for cut in range(3, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if head in _COUNT_UNITS_OF and tail in lx.GLUED_AFTER_NOUN:
            return head, cut
        if head in lx.MODIFIERS and tail in _COUNT_UNITS_OF:
            return tail, len(word)
    return None


_PUNCTUATION_RE = re.compile(r"[^\w \t-]")


def _trade_noun_start(text: str, pos: int):
    """Where the people noun begins when one to three plain words after `pos` end in one
    ("cane workers", "protection forces personnel"): words naming their trade. Else None."""
    i = pos
    for _ in range(3):
        m = _WORD_RE.match(text, i)
        if not m or _PUNCTUATION_RE.search(text, i, m.start(1)):
            return None
        low = m.group(1).lower()
        if _is_people_plural(low):
            return i
        if low in _STOP or low in _COUNT_UNITS_OF or low in lx.THING_UNITS:
            return None
        i = m.end()
    return None


def _is_people_plural(word: str) -> bool:
    return word in _COUNT_UNITS_OF and (word.endswith("s") or word in lx.COLLECTIVE_PEOPLE)


def _looks_adjective(word: str) -> bool:
    return word.endswith(lx.ADJECTIVE_ENDINGS) and not has_trigger(word, _ALL_CATEGORIES)


def _looks_plural_noun(word: str) -> bool:
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
            and "'" not in word and word not in _STOP)


def _quantulum_unit(text: str, start: int, end: int):
    m = _WORD_RE.match(text, end)
    if not m:
        return None
    word = m.group(1)
    if word.lower() in _STOP or not is_unit_surface(word):
        return None
    snippet = text[start:min(len(text), m.end() + 20)].split("\n")[0]
    found = unit_after_number(snippet)
    if not found:
        return None
    name, span_end = found
    unit_end = start + span_end
    if unit_end <= end:
        return None
    return name, text[end:unit_end].strip().lower(), unit_end


# --- bare numbers ---------------------------------------------------------------------


def _bare_number_unit(text, n: Number, start, sentence, rel, ctx: _Context, qualifier):
    """A number with no noun counts only where the sentence says what happened to people."""
    if _POPULATION_BEFORE_RE.search(text, max(0, start - 40), start):
        return "people", "people"
    thing = _elided_thing(text, n, start, ctx)
    if thing:
        return thing
    if not n.is_word and _WHO_AFTER_RE.match(text, n.end):  # "and 95,800 who have been out of work"
        return (ctx.unit, ctx.who) if ctx.unit in _PEOPLE_UNITS else ("people", "people")
    people_here = has_trigger(sentence, lx.PEOPLE_CATEGORIES)
    if not people_here:
        return None, None
    m = _WORD_RE.match(text, n.end)
    nxt = m.group(1).lower() if m and not text[n.end:m.start(1)].strip(" \t") else ""
    prev_m = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    prev = prev_m.group(1).lower() if prev_m else ""
    if n.is_word and not n.vague and nxt == "of":
        return None, None
    recent_people = ctx.unit in _PEOPLE_UNITS and ctx.last_end > start - 400
    if prev == "another" and ctx.last_unit not in _PEOPLE_UNITS:
        return None, None  # "one million acres were flooded and another two million were left"
    if _key(text[n.start:n.end]) in lx.ANOTHER and not recent_people:
        return None, None
    ok = (n.vague or nxt in lx.BARE_FOLLOWERS or prev in lx.BARE_PRECEDERS
          or (qualifier != "exact" and nxt in ("", "were", "people")
              and not text.startswith(",", n.end)))  # not "at least one, possibly two blasts"
    if not ok:
        return None, None
    if prev in lx.BARE_PRECEDERS_OF_TOTALS and not _COUNT_WORDS_RE.search(sentence):
        return None, None
    if recent_people:
        return ctx.unit, ctx.who
    return "people", "people"


def _is_bare_name(text: str, n: Number, start: int) -> bool:
    """A number with no unit that is part of a name, an address, a score or a date, or the
    pronoun "one": 'S&P 500', 'Game 2', 'category 4', '787 Dreamliner', '49 Zorro Road',
    'won 2-1', 'by 2120', 'each one'."""
    raw = text[n.start:n.end]
    nxt = _WORD_RE.match(text, n.end)
    if n.is_word and raw.lower() == "one" and (not nxt or nxt.group(1).lower() in _STOP - {"of"}):
        return True
    if re.fullmatch(r"\d+", raw) and (text[n.end:n.end + 1] == "-" and text[n.end + 1:n.end + 2].isdigit()
                                      or text[n.start - 1:n.start] == "-" and text[n.start - 2:n.start - 1].isdigit()):
        return True  # a score: "2-0", "89-89"
    if re.fullmatch(r"1\d{3}|2[01]\d\d", raw) and (_YEAR_PREPOSITION_RE.search(text, max(0, start - 10), start)
                                                or _word_before_is(text, start, ("by",))):
        return True
    if nxt and nxt.group(1).istitle() and len(nxt.group(1)) > 2 and not text[n.end:nxt.start(1)].strip(" \t") \
            and start > 0 and not is_unit_surface(nxt.group(1)) \
            and not re.search(r"(?:^|[.!?:;]\s*|\n\s*)$", text[max(0, start - 3):start]):
        return True  # "787 Dreamliner", "49 Zorro Ranch Road"
    m = _WORD_BEFORE_RE.search(text, max(0, start - 25), start)
    if not m or text[m.end(1):start].strip(" \t"):
        return False
    word = m.group(1)
    if word.lower().rstrip(".") in lx.NAME_PREFIXES:
        return True
    return any(c.isupper() for c in word) and word.lower().rstrip(".") not in _STOP \
        and _key(word) not in _QUALIFIER_OF and word.lower() not in lx.MONTHS


def _elided_thing(text, n: Number, start, ctx: _Context):
    """'31 houses were destroyed and 85 damaged': the things counted just before, when a
    verb of damage follows the number at once."""
    if ctx.unit not in _THING_UNIT_NAMES or ctx.last_end < start - 120:
        return None
    m = _WORD_RE.match(text, n.end)
    if m and has_trigger(m.group(1), {"damage"}) and text[ctx.last_end:start].count(".") == 0:
        return ctx.unit, ctx.who
    return None


_COUNT_WORDS_RE = re.compile(r"\b(?:toll|number|total|population|tally)\b", re.I)
_POPULATION_BEFORE_RE = re.compile(r"\bpopulation[ \t]+(?:of|is|was|stood at|of about)[ \t]+$", re.I)
_LABEL_RE = re.compile(r"([^\n:]{3,60}):[ \t]*$")
_LABEL_WORD_RE = re.compile(r"[a-z]+")
_ROW_LABEL_RE = re.compile(r"(?:^|\n)[ \t]*([A-Za-z][^\n\d:.;,!?]{2,58}?)[ \t]+$")
_ROW_END_RE = re.compile(r"[ \t]*(?:\(|\r?\n|$)")


def _label(text: str, start: int, end: int) -> str | None:
    """The label, in lower case, of a 'label: number' line ("Number of displaced: 452") or of
    a table row that the number ends ("Houses destroyed 287", "IDPs total 48 210"); else None.
    `end` < 0: the number may not end a row (a number word)."""
    m = _LABEL_RE.search(text, max(0, start - 62), start)
    if m:
        return m.group(1).lower()
    if end >= 0:
        below = _label_below(text, start, end)
        if below:
            return below
    if end < 0 or not _ROW_END_RE.match(text, end):
        return None
    m = _ROW_LABEL_RE.search(text, max(0, start - 62), start)
    if not m or (m.start() > 0 and text[m.start()] != "\n"):
        return None
    words = m.group(1).lower().split()
    if len(words) > 5 or any(w in _STOP and w not in _LABEL_JOINERS for w in words):
        return None  # a sentence cut by a line break, not a label
    return " ".join(words)


_LABEL_JOINERS = {"of", "and", "or", "in", "per"}
_LABEL_BELOW_RE = re.compile(r"[ \t]*\n[ \t]*([A-Z][A-Za-z/-]*(?:[ \t]+[A-Za-z/-]+){0,2}"
                             r"(?:[ \t]*\n[ \t]*[A-Za-z][A-Za-z/-]*(?:[ \t]+[A-Za-z/-]+){0,2}){0,2})[ \t]*(?:\n|$)")


_BARE_NUMBER_LINE_RE = re.compile(r"(?:^|\n)[ \t]*\d[\d,. ]*[ \t]*\n", re.M)


def _label_below(text: str, start: int, end: int) -> str | None:
    """The label of an infographic cell whose number stands alone on its line, the label on
    the next lines ("321\nHouses\ndestroyed"), as text taken from a PDF often has it."""
    line_start = text.rfind("\n", max(0, start - 20), start)
    if (line_start < 0 and start > 20) or text[line_start + 1:start].strip():
        return None
    m = _LABEL_BELOW_RE.match(text, end)
    if not m:
        return None
    # Only among other such cells: a page number above a heading is no figure.
    if not (_BARE_NUMBER_LINE_RE.search(text, max(0, line_start - 80), max(0, line_start + 1))
            or _BARE_NUMBER_LINE_RE.search(text, m.end() - 1, m.end() + 80)):
        return None
    words = m.group(1).lower().split()
    if len(words) > 5 or any(w in _STOP and w not in _LABEL_JOINERS for w in words):
        return None
    return " ".join(words)


def _label_category(label: str, unit: str) -> str | None:
    """What the label says happened ("Residents Evacuated 11,640")."""
    allowed = lx.PEOPLE_CATEGORIES if unit in _PEOPLE_UNITS else lx.THING_CATEGORIES
    return next((cat for _, _, cat in triggers_in_snippet(label) if cat in allowed), None)


def _label_unit(label: str):
    """(unit, who) when the label names a counted noun or a trigger, else None."""
    for word in _LABEL_WORD_RE.findall(label):
        if word in _COUNT_UNITS_OF:
            return _COUNT_UNITS_OF[word], word
        if word in lx.THING_UNITS or word == "housing":
            return lx.THING_UNITS.get(word, "houses"), word
    if has_trigger(label, lx.PEOPLE_CATEGORIES):
        return "people", "people"
    return None


# --- not figures ----------------------------------------------------------------------


def _is_not_a_figure(text: str, n: Number) -> bool:
    s, e = n.start, n.end
    prev_char = text[s - 1] if s > 0 else " "
    next_char = text[e] if e < len(text) else " "
    if prev_char.isalnum() or prev_char in "/:#@_" or next_char in "/:@_" and not n.is_word:
        if not (prev_char in "/" and n.is_word) and not _CURRENCY_BEFORE_RE.search(text, max(0, s - 6), s) \
                and not (prev_char.isalpha() and _glued_word_before(text, s)):
            return True  # "G20", "A4"; but "USD10m" is money and "with14,593" lost a space
    if prev_char == "-" and s > 1 and text[s - 2].isalpha() \
            and not text[max(0, s - 6):s - 1].lower().endswith(("minus", "sub")):
        return True  # "COVID-19", "under-5 children"; but "minus-130" and "sub-300 sq m" are numbers
    if prev_char == "-" and _CAPS_NAME_BEFORE_RE.search(text, max(0, s - 12), s):  # "COVID -19"
        return True
    if "10" in text[max(0, s - 3):s] and _EXPONENT_BEFORE_RE.search(text, max(0, s - 6), s):  # "2.998×10−8"
        return True
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
    if not n.is_word and _ORDINAL_AFTER_RE.match(text, e):
        return True
    if not n.is_word and next_char.isalpha() and not _UNIT_AFTER_RE.match(text, e) \
            and not re.match(r"[kKmMbB]n?\b", text[e:e + 3]) and text[e - 1].isdigit() \
            and not _counted_word_next(text, e) and not _glued_unit_symbol(text, e) \
            and not (_GLUED_MILLION_RE.match(text, e) and _CURRENCY_BEFORE_RE.search(text, max(0, s - 6), s)):
        return True  # "5G", "3D"; but "52people" lost a space, and "256GB" is a measure
    if _AGE_AFTER_RE.match(text, e) or _TIME_AFTER_RE.match(text, e) and not n.is_word:
        return True
    words_before = text[max(0, s - 25):s]
    wb = _WORD_BEFORE_RE.search(words_before)
    prev_word = wb.group(1) if wb else ""
    pl = prev_word.lower().rstrip(".")
    if pl in lx.MONTHS and not n.is_word and not _THOUSANDS_RE.search(text, s, e) \
            and not ("," in words_before[wb.end(1):] and not _YEAR_RE.fullmatch(text[s:e])) or pl in lx.AGE_PREFIXES:
        return True
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


# --- category -------------------------------------------------------------------------


def _participle_after(sentence: str, end: int, allowed: set[str]) -> str | None:
    """The category of a participle right after the figure ("people displaced in May")."""
    m = _WORD_RE.match(sentence, end)
    if not m or m.group(1).lower() not in lx.BARE_FOLLOWERS:
        return None
    return _trigger_right_after(sentence, end, allowed)


def _described_as(sentence: str, rel) -> str:
    """A word inside the quote that says what happened ("650,000 displaced people")."""
    for word in re.findall(r"[a-z]+", sentence[rel[0]:rel[1]].lower()):
        for describing in _DESCRIBING:
            if word == describing or word.startswith(describing) and word[len(describing):] in _COUNT_UNITS_OF:
                return describing  # the second: "displacedpeople", from a PDF
    return ""


def _category(unit, who, sentence, rel, blockers, sentences: Sentences, si: int, bare: bool,
              whole: bool = False) -> str:
    """What happened to what the figure counts. `whole`: the figure is the whole of which a
    part is spoken of ("half of the 1.2 million residents fled"): what the sentence says
    happened is not about all of them."""
    if unit in lx.CURRENCY_PREFIXES.values() or unit in lx.CURRENCY_WORDS.values():
        return "funding"
    if unit in lx.TIME_UNITS:
        return "duration"
    if unit in lx.DISTANCE_UNITS:
        return "distance"
    if unit in lx.MEASURE_ONLY_UNITS:
        return "measure"
    if unit in lx.AREA_UNITS:
        return "damage" if lx.AREA_DAMAGE_RE.search(sentence) else "area"
    if unit in _PEOPLE_UNITS:
        if who in lx.NOUN_CATEGORIES and not bare:  # a noun carried over says nothing here
            # The noun says what they are; a verb of harm says what happened to them now
            # ("three hostages were killed").
            harmed = None if whole else verb_category(sentence, *rel, lx.HARM_CATEGORIES)
            return harmed or lx.NOUN_CATEGORIES[who]
        if _acting_after(sentence, rel[1]):
            return "people_other"  # "500 residents blocked the road after a killing"
        if _alternative_fates_after(sentence, rel[1]):
            return "people_other"  # "5 fighters were killed, injured or detained": which, is not said
        described = lx.NOUN_CATEGORIES.get(_described_as(sentence, rel))
        if described:
            return described
        if whole:  # only what describes the whole: "half of the 80,000 people displaced ... are back"
            return _participle_after(sentence, rel[1], lx.PEOPLE_CATEGORIES) or "people_other"
        cat = nearest_category(sentence, *rel, lx.PEOPLE_CATEGORIES, blockers, bare=bare)
        if cat is None and si > 0 and bare:
            prev = sentences.sentence(si - 1)
            cat = nearest_category(prev, len(prev), len(prev), lx.PEOPLE_CATEGORIES)
        if cat == "displaced" and who in lx.PERPETRATORS:
            return "people_other"  # "three assailants fled the scene"
        if cat in lx.HARM_CATEGORIES and unit == "households" and not bare and who not in lx.ELIDED_NOUNS \
                and not verb_category(sentence, *rel, lx.HARM_CATEGORIES):
            return "people_other"  # "storms that left tens of thousands of households in the dark"
        return cat or "people_other"
    if unit == "percent":
        return nearest_category(sentence, *rel, _ALL_CATEGORIES, blockers) or "other"
    if unit in lx.RELIEF_UNITS:
        return "relief"
    if unit in ("km2",):
        return "area"
    inside = [c for _, _, c in triggers_in_snippet(sentence[rel[0]:rel[1]]) if c in lx.THING_CATEGORIES]
    if whole and not inside:
        return "other"
    cat = inside[0] if inside else nearest_category(sentence, *rel, lx.THING_CATEGORIES, blockers)
    if cat is None and unit in ("tents", "kits", "trucks"):
        return "relief"
    return cat or ("measure" if unit and " " in unit else "other")
