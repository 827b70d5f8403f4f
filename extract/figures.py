"""extract_figures: every figure a report states, as one pandas table.

For each number expression (numbers.py) the extractor looks left for a currency and a
qualifier, right for a unit or the counted noun, drops what is not a figure (dates, ages,
names, list numbers, bracketed conversions), and takes the category from trigger words.
A figure that is wrong is worse than a missing one: when in doubt, a number is dropped.

This module walks the numbers and reads their left side; the rest has a module each:
nouns.py (the right side: counted noun or unit), bare.py (numbers with no noun),
not_figures.py (what to drop), fates.py (the category), patterns.py (the compiled lexicon).
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import lexicon as lx
from .bare import _bare_number_unit, _is_bare_name, _label, _label_category, _label_unit
from .categories import verb_category
from .fates import _category, _trigger_right_after
from .language import dot_thousands
from .not_figures import _is_bracketed_conversion, _is_not_a_figure, _is_year
from .nouns import (
    _NAMED_GROUP,
    _PART_OF_GROUP,
    _describing_word_next,
    _looks_plural_noun,
    _noun_after,
    _quantulum_unit,
)
from .numbers import CHANGE_BEFORE, Number, find_numbers, scale_value
from .patterns import (
    _COUNTED_UNITS,
    _CURRENCIES,
    _CURRENCY_AFTER_RE,
    _CURRENCY_BEFORE_RE,
    _CURRENCY_SYMBOLS,
    _DOT_GROUPED_RE,
    _FOLDED_CURRENCY_BEFORE_RE,
    _GLUED_MILLION_RE,
    _KNOWN_UNITS,
    _LABEL_DASH_RE,
    _MEASURE_COMPOUND_RE,
    _MINUS_BEFORE_RE,
    _PART_OF_WHOLE_RE,
    _PEOPLE_UNITS,
    _PHONE_RE,
    _POWER_OF_TEN_AFTER_RE,
    _POST_QUALIFIER_RE,
    _QUALIFIER_OF,
    _QUALIFIER_RE,
    _RATIO_BEFORE_RE,
    _UNIT_AFTER_RE,
    _WORD_RE,
    _key,
    _word_before_is,
)
from .places import main_place, places_in
from .sentences import Sentences

COLUMNS = ["quote", "start", "end", "value", "low", "high", "qualifier", "vague", "unit",
           "who", "category", "sentence", "sentence_start", "place"]


@dataclass
class _Context:
    """What the extractor remembers while walking a text: the last thing counted."""
    unit: str | None = None
    who: str | None = None
    last_end: int = -1
    last_unit: str | None = None  # of the last figure, whatever it counts or measures
    last_who: str | None = None
    last_category: str | None = None
    subset_category: str | None = None  # of the whole an "including" list is part of


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
            ctx.last_end, ctx.last_unit, ctx.last_who = row["end"], row["unit"], row["who"]
            ctx.last_category = row["category"]
            if (row["unit"] in _PEOPLE_UNITS or row["category"] in ("damage", "relief")) and not ctx.subset_category:
                ctx.unit, ctx.who = row["unit"], row["who"]  # a part ("including 1,200 children") is no new noun
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
_UP_TO_RE = re.compile(r"up[ \t\u00a0]+to\b", re.I)
_SCALE_IN_RE = re.compile(r"\d[ \t\u00a0]*(hundred|thousand|million|billion|trillion|mln|bn|[kmb])\b", re.I)


def _joined_range(text: str, a: dict, b: dict) -> dict | None:
    """'$3 billion to $5 billion', 'about $920 to $1,730', 'from 200 sq ft up to 450 sq ft'."""
    if a["unit"] != b["unit"] or a["unit"] in _PEOPLE_UNITS or a["vague"] or b["vague"]:
        return None
    opener = _RANGE_OPEN_RE.search(text, max(0, a["start"] - 12), a["start"])
    join = _RANGE_JOIN_RE.fullmatch(text, a["end"], b["start"])
    if join and b["qualifier"] == "exact" and a["qualifier"] in ("exact", "approx"):
        word = join.group(1).lower()
    elif opener and opener.group(1).lower() == "from" and a["qualifier"] == "exact" and b["qualifier"] == "at_most" \
            and _UP_TO_RE.match(b["quote"]) and not text[a["end"]:b["start"]].strip():
        word = "to"
    else:
        return None
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


def _in_spans(n: Number, spans) -> bool:
    return any(s <= n.start < e for s, e in spans)


_FOLDED_SYMBOLS = tuple(lx.ASCII_FOLDED_CURRENCY)
_INCLUDING_BEFORE_RE = re.compile(rf"[ \t]*[(,][ \t]*(?:{'|'.join(map(re.escape, lx.SUBSET_WORDS))})[ \t]+$", re.I)
_LIST_GAP_RE = re.compile(r"[ \t]*(?:,|and|,[ \t]*and)[ \t]+", re.I)


def _folded_currency_before(text: str, n: Number, before: str):
    """'PS1.8m', 'Y=600 million': a currency symbol folded to ASCII, glued to the number. "PS"
    only before an amount written as money (decimals, thousands or a scale), not "PS4"."""
    if n.is_word or not before.endswith(_FOLDED_SYMBOLS):  # a cheap test before the pattern
        return None
    m = _FOLDED_CURRENCY_BEFORE_RE.search(before)
    if m is None:
        return None
    raw = text[n.start:n.end]
    if m.group(1) == "PS" and not (n.scaled or "." in raw or "," in raw or _GLUED_MILLION_RE.match(text, n.end)):
        return None
    return m


_MEASURES_AND_MONEY = set(lx.MEASURE_UNITS.values()) | _CURRENCIES


def _things_just_counted(ctx: _Context, sentences: Sentences, start: int) -> bool:
    """Whether "of them" after a number points at things counted earlier in its sentence."""
    return ctx.last_unit is not None and ctx.last_unit not in _PEOPLE_UNITS \
        and ctx.last_unit not in _MEASURES_AND_MONEY and ctx.last_end >= sentences.span(sentences.index(start))[0]


def _fate_of_listed_part(text: str, start: int, unit, who, ctx: _Context) -> str | None:
    """'31 fatalities (including 5 children and 4 older people), 210 injured': people listed
    as part of the people just counted share their fate, unless their own noun says it ("including
    nine deaths"). Remembers the fate for the next part of the same list."""
    part = unit in _PEOPLE_UNITS and ctx.last_unit in _PEOPLE_UNITS and ctx.last_end > start - 30 \
        and (who or "").lower() not in lx.NOUN_CATEGORIES and (
            ctx.last_category in lx.PEOPLE_CATEGORIES and _INCLUDING_BEFORE_RE.search(text, ctx.last_end, start)
            or ctx.subset_category and _LIST_GAP_RE.fullmatch(text, ctx.last_end, start))
    ctx.subset_category = (ctx.subset_category or ctx.last_category) if part else None
    return ctx.subset_category


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
    signed = before.endswith(("$-", "$−"))  # "$-50.8bn": the sign after the symbol
    money_before = before[:-1] if signed else before
    # Searched only where a symbol or code can start (the longest is 4 characters and a space or two).
    cur = _CURRENCY_BEFORE_RE.search(money_before, max(0, len(money_before) - 12)) \
        or _folded_currency_before(text, n, before)
    if cur and not vague:
        unit = who = lx.CURRENCY_PREFIXES.get(_key(cur.group(1))) or lx.ASCII_FOLDED_CURRENCY[cur.group(1)]
        start -= len(before) - cur.start(1)
        if signed and value is not None:
            value = -value
        before = text[max(0, start - 40):start]
        mil = _GLUED_MILLION_RE.match(text, end) if value is not None and not n.scaled else None
        if mil:  # "RM3.06mil", "EUR 2.1mio", "USD 3.04 M"
            value, end = value * 1_000_000, mil.end()
    # Likewise where a qualifier can start: 16 characters and their spaces before the number.
    q = _QUALIFIER_RE.search(before, max(0, len(before.rstrip(" \t\u00a0")) - 24))
    if q and value is not None and not vague:
        qualifier = _QUALIFIER_OF[_key(q.group(1))]
        # "some" and "over" are also ordinary words: only count them right before a number.
        start -= len(before) - q.start(1)

    power = _POWER_OF_TEN_AFTER_RE.match(text, end) \
        if value is not None and not vague and "10" in text[end:end + 5] else None
    if power:  # "2.998×10−8", "6.02 x 10^23": the exponent's sign is the character before it
        exponent = int(power.group(1)) * (-1 if text[power.start(1) - 1] in "-−" else 1)
        value, end = value * 10.0 ** exponent, power.end()

    # A glued "m" is metres ("a 5m wall", "5m high") unless money, a capital M or a plural
    # or unit after it makes it millions ("$2.3m", "2.1M copies", "2.5m doses", "4.1m tonnes").
    raw = text[n.start:n.end]
    if not n.vague and value is not None and raw.endswith("m") and raw[-2:-1].isdigit() \
            and unit is None and not _millions_follow(text, end):
        value, unit, who = value / 1_000_000, "m", "m"

    # Right: unit of measure, currency word, or the counted noun.
    after_m = _UNIT_AFTER_RE.match(text, end) if unit is None else None
    if after_m and after_m.group(1) in ("′", "″") and n.start and text[n.start - 1] in "°′=\"“”":
        after_m = None  # "34°03′08″" (a coordinate), 'mapid=”176″' (quote marks): no feet or inches
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
        size = _MEASURE_COMPOUND_RE.match(text, end)  # "2,000 25-kg bags": the count is of bags
        head, noun_end = _noun_after(text, size.end() if size else end, vague=vague, scaled=n.scaled, one=value == 1)
        if head is not None:
            who, hint, unit = head
            part_of_group = hint == _PART_OF_GROUP
            named_group = hint == _NAMED_GROUP
            end = noun_end
            if unit == "elided" and ctx.unit is None and who == "others":
                unit = "others"  # people only if something happens to them (below)
            elif unit == "elided" and who == "people" and _things_just_counted(ctx, sentences, n.start):
                unit, who = ctx.last_unit, ctx.last_who  # "31,000 homes lost power, 12,000 of them in the old town"
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
    if minus and unit in lx.UNSIGNED_UNITS and _LABEL_DASH_RE.search(text, max(0, minus.start() - 30), minus.end()):
        minus = None  # "Lira -61.4 mm": a dash after a place in a list, not a minus
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
    category = _fate_of_listed_part(text, start, unit, who, ctx) or category
    if category in lx.HARM_CATEGORIES and unit == "households" and (not who_found or who in lx.ELIDED_NOUNS):
        unit, who = "people", "people"  # "displaced 200 households and killed dozens": the dead are people
    if category == "people_other" and (part_of_group and (value or 0) <= 10 or value == 1) and not every:
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
