"""Every quantity a text states, not only the figures an analyst tracks.

`extract_figures` leaves out what is no count or measure of a crisis: ages, bare index
values ("the index closed at 7,412.35"), conversions in brackets, things counted that
nothing happens to. General quantity extraction (the CQE paper's NewsQuant benchmark)
counts them all, so this mode keeps them, on the same number reading and with the same
columns. Its conventions differ where quantity extraction differs from figure tracking:

- a vague number spans its order of magnitude: "dozens" is 12 to 120, "hundreds" 100 to
  1,000 (a figure takes ACLED's conservative 12 and 100 instead);
- an age is a quantity in "years old" or "months old";
- a change "from 4.8% to 4.7%" is one quantity, 4.7 with `from_value` 4.8;
- a rate keeps what it is per in its unit: "$4.50 a month" is 4.5 "usd per month";
- a number's noun may be singular ("one truck", "a 2 stroke engine");
- a number with nothing after it is still a quantity, with no unit, unless it ends a
  name ("iPhone 11", "S&P 500").
"""
from __future__ import annotations

import math
import re

import pandas as pd

from . import lexicon as lx
from .figures import COLUMNS, _frame, _unit_ranges, iter_figures
from .numbers import find_numbers
from .patterns import _STOP
from .language import reads_as_english
from .sentences import Sentences
from .units import is_unit_surface, unit_after_number

# A change ("rose from 4.8% to 5.1%") is one quantity: `value` where it ended, `from_value`
# where it started, qualifier "change".
QUANTITY_COLUMNS = COLUMNS + ["from_value"]

_AGE_AFTER_RE = re.compile(
    r"(?:[ \t]*-[ \t]*|[ \t]+)(?:to[- ]?)?(year|month|week|day)s?(?:[- ]|[ \t]+)old\b", re.I)
_AGE_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(lx.AGE_PREFIXES, key=len, reverse=True))})[ \t]+$", re.I)
_AGE_AFTER_NAME_RE = re.compile(r"[A-Z][a-z]+,[ \t]+$")  # "Marta Ruiz, 41, runs"


def extract_quantities(text: str) -> pd.DataFrame:
    """Every quantity in `text`, one row each, in text order, with the columns of
    `extract_figures` (a figure keeps its category; any other quantity is "other")."""
    return _frame(quantity_records(text), QUANTITY_COLUMNS)


def quantity_records(text: str) -> list[dict]:
    """The rows of `extract_quantities(text)` as plain dicts."""
    if not isinstance(text, str):
        raise TypeError(f"extract_quantities takes a str, not {type(text).__name__}")
    if not text:
        return []
    rows = _unit_ranges(text, list(iter_figures(text, every=True)))
    # An age read as a bare number or a duration gives way ("Marta Ruiz, 41,"); a count stays.
    rows, _ = _in_place_of(rows, list(_ages(text)), _AGE_OR_BARE)
    # "Another problem is": no quantity, unless something happened to it ("another person died")
    rows = [r for r in rows if not (_ANOTHER_ALONE_RE.fullmatch(r["quote"]) and r["category"] == "other")]
    _units_of_the_whole(text, rows)
    _parallel_units(text, rows)
    _suspended_hyphens(text, rows)
    rows = _changes(text, rows)
    _index_levels(text, rows)
    _ratios_as_shares(rows)
    # "two-thirds" is no bare "two", "1/16 of" no 1 and 16, "sixfold" no six.
    rows, fractions = _in_place_of(rows, list(_fractions(text)) + list(_multiples(text)), {None})
    read_as_shares = {id(f) for f in fractions}
    english = reads_as_english(text)
    for row in rows:
        _one_or_more(text, row)
        _add_sports_stat(text, row)
        _one_of_the_most(text, row)
        if id(row) not in read_as_shares:
            _add_noun(text, row, english)
        _add_rate(text, row)
        row.setdefault("place", None)
        row.setdefault("from_value", None)
        if row["vague"] and row["value"] is not None:
            row.update(low=row["value"], high=row["value"] * 10, value=None, qualifier="range")
    return [r for r in rows if all(math.isfinite(v) for v in (r["value"], r["low"], r["high"]) if v is not None)]


_RATE_RE = re.compile(  # "$4.50 a month", "£24 a-year", "C$8 (US$5.90) per share"
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+(?:a|an|per|each|every)[ \t-]+|[ \t]?/[ \t]?)"
    rf"({'|'.join(sorted(lx.RATE_DENOMINATORS, key=len, reverse=True))})\b"
    r"(?![ \t]+(?:earlier|ago|later|before|after|previously|on)\b)", re.I)  # "$6.78 billion a year earlier": no rate


_NOUN_AFTER_RE = re.compile(r"[ \t]+([a-z]{3,})\b(?![-'’])")
_NOT_NOUN_ENDINGS = ("ed", "ing", "ly", "est")
_THAN_RE = re.compile(r"[ \t]+than\b", re.I)


def _add_noun(text: str, row: dict, english: bool = True) -> None:
    """'one truck', 'a 2 stroke engine': a bare number's singular noun is its unit."""
    if row["unit"] is not None or row["qualifier"] not in ("exact", "approx"):
        return
    m = _NOUN_AFTER_RE.match(text, row["end"])
    if not m:
        return
    word = m.group(1)
    if word in _STOP or word in lx.MODIFIERS or word in lx.BARE_FOLLOWERS or word in lx.MONTHS \
            or word in lx.NOT_A_SINGULAR_NOUN or word.endswith(_NOT_NOUN_ENDINGS) or _THAN_RE.match(text, m.end()):
        return  # "40k cheaper than": a comparison, no noun
    words, end = _noun_phrase_after(text, word, m.end(), row["value"] == 1) if english else (word, m.end())
    row.update(unit=words, who=words, end=end, quote=text[row["start"]:end])


_ONE_NOUN_OR_RE = re.compile(r"\b(?:a|an|another|one)[ \t]+([a-z]{3,})[ \t]+or[ \t]+$", re.I)


def _one_or_more(text: str, row: dict) -> None:
    """'in a day or two', 'another round or two': the number counts the noun before "or"."""
    m = _ONE_NOUN_OR_RE.search(text, max(0, row["start"] - 30), row["start"]) \
        if row["unit"] is None and row["value"] is not None else None
    if m and m.group(1).lower() not in _STOP and m.group(1).lower() not in lx.NOT_A_SINGULAR_NOUN:
        noun = m.group(1).lower()
        row.update(unit=_unit_word(noun) or noun, who=noun)


_SPORTS_STAT_RE = re.compile(rf"[ \t]+({'|'.join(lx.SPORTS_STATS)})\b")


def _add_sports_stat(text: str, row: dict) -> None:
    """'1.2 WAR', '18.3 ppg': a statistic of a sports report is the unit of its number."""
    m = _SPORTS_STAT_RE.match(text, row["end"]) if row["unit"] is None else None
    if m:
        row.update(unit=lx.SPORTS_STATS[m.group(1)], who=m.group(1), end=m.end(), quote=text[row["start"]:m.end()])


_ONE_OF_THE_MOST_RE = re.compile(
    r"[ \t]+of[ \t]+(?:the|its|his|her|their|our|my|your)[ \t]+(?:(?:most|least)[ \t]+[a-z]+|[a-z]{2,}est|best|worst)"
    r"((?:[ \t]+[A-Za-z][a-z-]*){0,2}?[ \t]+[a-z]{2,}s(?<!ss)(?<!us)(?<!is))\b")


def _one_of_the_most(text: str, row: dict) -> None:
    """'one of the best field hospitals': one of the things named, after the superlative."""
    m = _ONE_OF_THE_MOST_RE.match(text, row["end"]) \
        if row["unit"] is None and row["quote"].lower() == "one" else None
    if m:
        who = " ".join(m.group(1).split())
        row.update(unit=who, who=who, end=m.end(), quote=text[row["start"]:m.end()])


_ADJECTIVE_LIKE = lx.ADJECTIVE_ENDINGS + ("ous",)


def _noun_phrase_after(text: str, word: str, end: int, one: bool) -> tuple[str, int]:
    """The noun a first word only describes: "40,000 water purification tablets" (up to a
    plural), "one serious injury" (an adjective, then its noun). Else the word alone: "one
    mortar hit", "5.9 earthquake struck" (a verb follows)."""
    if one and not word.endswith(_ADJECTIVE_LIKE):
        return word, end
    words, i = [word], end
    for _ in range(1 if one else 3):
        nxt = _NOUN_AFTER_RE.match(text, i)
        w = nxt.group(1) if nxt else ""
        if not w or w in _STOP or w in lx.NOT_A_SINGULAR_NOUN or w.endswith(_NOT_NOUN_ENDINGS) \
                or (one and w.endswith("s")) or _THAN_RE.match(text, nxt.end()):
            break  # "one proposal asks": after a singular noun, a word in -s is its verb
        words.append(w)
        i = nxt.end()
        if one or w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return " ".join(words), i
    return word, end


def _add_rate(text: str, row: dict) -> None:
    """'$4.50 a month' is 4.5 in "usd per month"; '90,000 barrels per day' in "barrels per day"."""
    m = _RATE_RE.match(text, row["end"]) if row["unit"] is not None else None
    if m and " per " not in row["unit"]:
        row["unit"] = f"{row['unit']} per {m.group(1).lower()}"
        if "(" not in m.group(0):  # the quote does not take in a bracket and its own quantity
            row.update(end=m.end(), quote=text[row["start"]:m.end()])


def _in_place_of(rows: list[dict], found: list[dict], units_giving_way: set) -> tuple[list[dict], list[dict]]:
    """Rows and `found` in text order: a found quantity replaces the rows it overlaps whose
    unit gives way, and is itself dropped where another row holds its place."""
    if not found:
        return rows, found
    rows = [r for r in rows if r["unit"] not in units_giving_way or not any(_overlap(r, f) for f in found)]
    found = [f for f in found if not any(_overlap(r, f) for r in rows)]
    return sorted(rows + found, key=lambda r: r["start"]), found


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


_RATIO_QUOTE_RE = re.compile(r"(?:one|1)[ \t]+(?:in|out[ \t]+of)[ \t]", re.I)


def _ratios_as_shares(rows: list[dict]) -> None:
    """'one in five children' is the share 1/5 of children here, as 'a fifth of' is (a figure
    reads it as 20 percent)."""
    for row in rows:
        if row["unit"] == "percent" and row["value"] and _RATIO_QUOTE_RE.match(row["quote"]):
            row.update(value=row["value"] / 100, unit="share")


_ANOTHER_ALONE_RE = re.compile(rf"(?:{'|'.join(lx.ANOTHER)})\b.*", re.I | re.S)


_FROM_BEFORE_RE = re.compile(r"\bfrom[ \t]+(?:(?:up[ \t]+to|about|around|some|nearly|almost)[ \t]+)?$", re.I)
_TO_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(lx.CHANGE_VERBS)})\w*[ \t]+to[ \t]+$", re.I)
_FROM_BETWEEN_RE = re.compile(r"[ \t]+from[ \t]+", re.I)
_TO_BETWEEN_RE = re.compile(  # no sentence end between: "$61 U.S. a barrel to $58.20" is one
    r"(?:(?![.;:][ \t\n]+(?-i:[A-Z])|[;:]|\n).){0,40}?(?<![^ \t])to[ \t]+(?:about[ \t]+|around[ \t]+)?", re.I | re.S)


def _changes(text: str, rows: list[dict]) -> list[dict]:
    """'fell from $12,400 to $11,950', 'eased from 6.2 to 5.9 percent', 'shrank to 41,200
    sacks from 57,900': one quantity, the level it ended at, with the level it started from
    (a bare end takes the other's unit)."""
    out: list[dict] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and prev["value"] is not None and row["value"] is not None \
                and prev["unit"] == row["unit"] and prev["qualifier"] == row["qualifier"] == "exact" \
                and _TO_BEFORE_RE.search(text, max(0, prev["start"] - 20), prev["start"]) \
                and _FROM_BETWEEN_RE.fullmatch(text, prev["end"], row["start"]):
            out[-1] = {**prev, "quote": text[prev["start"]:row["end"]], "end": row["end"],
                       "qualifier": "change", "from_value": row["value"]}
            continue
        if prev is not None and prev["value"] is not None and row["value"] is not None \
                and _FROM_BEFORE_RE.search(text, max(0, prev["start"] - 20), prev["start"]) \
                and _TO_BETWEEN_RE.fullmatch(text, prev["end"], row["start"]) \
                and (prev["unit"] == row["unit"] or prev["unit"] is None or row["unit"] is None):
            unit, who = (row["unit"], row["who"]) if row["unit"] is not None else (prev["unit"], prev["who"])
            out[-1] = {**row, "quote": text[prev["start"]:row["end"]], "start": prev["start"],
                       "qualifier": "change", "from_value": prev["value"], "unit": unit, "who": who}
        else:
            out.append(row)
    return out


_OF_THE_WHOLE_RE = re.compile(r"[ \t]+of[ \t]+(?:(?:the|its|their|his|her|our)[ \t]+)?", re.I)
_NOT_A_WHOLE_UNIT = {None, "share", "years old", "months old", "weeks old", "days old"}


def _units_of_the_whole(text: str, rows: list[dict]) -> None:
    """'holds 90 million of the 600 million shekels pledged', '12 of the 40 km of road', '3 of its 10
    bridges': a bare part of a whole is in the whole's unit."""
    for part, whole in zip(rows, rows[1:]):
        if part["unit"] is None and part["value"] is not None and not part["vague"] and part["value"] != 1 \
                and whole["unit"] not in _NOT_A_WHOLE_UNIT and not whole["vague"] \
                and _OF_THE_WHOLE_RE.fullmatch(text, part["end"], whole["start"]):
            part.update(unit=whole["unit"], who=whole["who"])


_PARALLEL_BEFORE_RE = re.compile(r"\b(by|to)[ \t]+$", re.I)
_PARALLEL_UNITS = {"percent", "percentage points", "points"}


def _parallel_units(text: str, rows: list[dict]) -> None:
    """'exports rose by 4 percent and imports by 2': a bare number after the same "by" or "to"
    as a share or points before it, in the same sentence, is in the same unit."""
    last = None  # the last row with a unit
    for row in rows:
        if row["unit"] is not None:
            last = row
            continue
        if last is None or last["sentence_start"] != row["sentence_start"] or last["unit"] not in _PARALLEL_UNITS \
                or row["value"] is None or row["vague"] or not row["quote"][:1].isdigit():
            continue
        before = _PARALLEL_BEFORE_RE.search(text, max(0, row["start"] - 4), row["start"])
        first = _PARALLEL_BEFORE_RE.search(text, max(0, last["start"] - 4), last["start"])
        if before and first and first.group(1).lower() == before.group(1).lower():
            row.update(unit=last["unit"], who=last["who"])
            last = row


_SUSPENDED_HYPHEN_RE = re.compile(r"-[ \t]*,?[ \t]+(?:(?:and|or|to)[ \t]+)?", re.I)
_HYPHEN_NOUN_RE = re.compile(r"-([a-z]{3,})\b(?!-)")


def _suspended_hyphens(text: str, rows: list[dict]) -> None:
    """'two-, three- and four-room shelters', 'two- or three-year terms': each number of the
    list is in the unit the last one is joined to."""
    chain: list[dict] = []
    for row in rows:
        if chain and _SUSPENDED_HYPHEN_RE.fullmatch(text, chain[-1]["end"], row["start"]):
            chain.append(row)
        else:
            chain = [row]
        if len(chain) < 2 or _SUSPENDED_HYPHEN_RE.match(text, row["end"]):
            continue
        unit = who = row["unit"]
        noun = _HYPHEN_NOUN_RE.match(text, row["end"]) if unit is None else None
        if noun and noun.group(1) not in _STOP and noun.group(1) != "fold":  # "10- to 20-fold": a multiple
            unit = who = noun.group(1)
            row.update(end=noun.end(), quote=text[row["start"]:noun.end()])
        if unit is not None:
            for part in chain:
                if part["unit"] is None and part["value"] is not None:
                    part.update(unit=unit, who=who or part["who"])
            row["who"] = row["who"] or who
        chain = []


_LEVEL_BEFORE_RE = re.compile(r"\b(?:to|at)[ \t]+(?:(?:a[ \t]+)?close[ \t]+(?:of|at)[ \t]+)?$", re.I)
_CHANGE_AFTER_RE = re.compile(r"[ \t]+(?:up|down)[ \t]+$", re.I)


def _index_levels(text: str, rows: list[dict]) -> None:
    """'rose 41.5 points to 3,902.7', '(2,315.6 down 12.4 points)': an index's level is in the
    points its change is in (a change in percent says nothing of the level's unit)."""
    for i, row in enumerate(rows):
        if row["unit"] is not None or row["value"] is None:
            continue
        before = [r for r in rows[:i] if r["sentence_start"] == row["sentence_start"] and r["unit"] != "percent"]
        if before and before[-1]["unit"] == "points" \
                and _LEVEL_BEFORE_RE.search(text, max(0, row["start"] - 30), row["start"]):
            row.update(unit="points", who="points")
        elif i + 1 < len(rows) and rows[i + 1]["unit"] == "points" \
                and _CHANGE_AFTER_RE.fullmatch(text, row["end"], rows[i + 1]["start"]):
            row.update(unit="points", who="points")


_AGE_OR_BARE = {None, "years", "months", "weeks", "days"}
_SLASH_FRACTION_RE = re.compile(
    r"(?<![\d/⁄.,])(\d{1,2})[ \t]?[/⁄][ \t]?(\d{1,3})(?![\d/⁄])(?=[ \t]+of\b|[ \t]+([a-z]+)\b)")
_ORDINAL_BEFORE_RE = re.compile(r"\b(?:first|second|other|last|final)[ \t]+$", re.I)
_MULTIPLE_RE = re.compile(
    rf"\b(?:(\d+)|({'|'.join(sorted(lx.UNITS_WORDS, key=len, reverse=True))}))-?fold\b", re.I)
_FRACTION_RE = re.compile(
    rf"\b(?:({'|'.join(lx.FRACTION_COUNTS)})[ \t-]+)?({'|'.join(sorted(lx.FRACTION_WORDS, key=len, reverse=True))})"
    r"(?=[ \t]+(?:of|the)\b)", re.I)


def _fractions(text: str):
    """'a third of those surveyed' (1/3), 'nearly two-thirds of the tickets' (2/3), 'half the stalls',
    '1/16 of a pint'."""
    for m in _FRACTION_RE.finditer(text):
        count, word = (m.group(1) or "").lower(), m.group(2).lower()
        if not count and word != "half" or count and word == "half":
            continue  # "the third of May", "one half": ordinals and oddities
        if word == "half" and _ORDINAL_BEFORE_RE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "the second half of the game"
        if word.endswith("s") and lx.FRACTION_COUNTS.get(count, 1) < 2:
            continue
        value = lx.FRACTION_COUNTS.get(count, 1) * lx.FRACTION_WORDS[word]
        unit = _unit_of_whole(text, m.end())
        row = _row(text, m.start(), m.end(), value, unit or "share")
        if unit is None:
            row["who"] = _whole(text, m.end())
        yield row
    for m in _SLASH_FRACTION_RE.finditer(text):  # "1/16 of a pint", "1/2 pound of flour"
        top, bottom = int(m.group(1)), int(m.group(2))
        unit = _unit_of_whole(text, m.end()) if not m.group(3) else _unit_word(m.group(3))
        if 0 < top < bottom and (unit or not m.group(3)):
            yield _row(text, m.start(), m.end(), top / bottom, unit)


def _multiples(text: str):
    """'grew sixfold', 'a 3-fold rise': a multiple, in "times"."""
    for m in _MULTIPLE_RE.finditer(text):
        value = float(m.group(1)) if m.group(1) else lx.UNITS_WORDS[m.group(2).lower()]
        yield _row(text, m.start(), m.end(), value, "times")


_WHOLE_RE = re.compile(r"[ \t]+of[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:US[ \t]+|U\.S\.[ \t]+|imperial[ \t]+)?([A-Za-z]+)\b")


def _unit_of_whole(text: str, pos: int) -> str | None:
    """'a third of a mile', '1/16 of a US pint': a share of one unit is a quantity in that unit."""
    m = _WHOLE_RE.match(text, pos)
    return _unit_word(m.group(1)) if m else None


_WHOLE_START_RE = re.compile(
    r"[ \t]+(?:of[ \t]+)?(?:(?:the|these|those|its|their|his|her|our|all)[ \t]+)?", re.I)
_PRONOUN_WHOLE_RE = re.compile(r"\b(?:those|these)[ \t]+$", re.I)
_PHRASE_WORD_RE = re.compile(r"[ \t]*([A-Za-z][A-Za-z'’-]*|[\d.,]+[A-Za-z]*)")


def _whole(text: str, pos: int) -> str:
    """The words naming what a share is of: 'a third of the wells in the valley' -> 'wells',
    'half of the new and repaired latrines' -> 'new repaired latrines'."""
    start = _WHOLE_START_RE.match(text, pos)
    after = _PHRASE_WORD_RE.match(text, start.end())
    if _PRONOUN_WHOLE_RE.search(start.group(0)) and after and after.group(1).endswith("ed"):
        return ""  # "a third of those surveyed": people the text does not name
    i = start.end()
    words: list[str] = []
    for _ in range(6):
        m = _PHRASE_WORD_RE.match(text, i)
        if not m:
            break
        w, low = m.group(1), m.group(1).lower()
        if low in ("and", "or") and words:
            i = m.end()  # "digital and physical sales"
            continue
        if low in _STOP or low in lx.NOT_A_SINGULAR_NOUN or w in lx.WHOLE_PRONOUNS or _verb_after_noun(words, w):
            break
        i = m.end()
        if w[0].isdigit():
            continue  # "the combined 4.3M sales"
        words.append(w)
        if low.endswith("s") and not w[0].isupper():
            break  # a plural ends the phrase
    return " ".join(words)


def _verb_after_noun(words: list[str], word: str) -> bool:
    """'of the population lives': a word in -s after a singular noun is its verb (not after an
    adjective or a participle: 'physical sales', 'repaired latrines'; nor between names)."""
    if not words or not word.endswith("s") or words[-1].endswith("s"):
        return False
    return not (word[0].isupper() or words[-1][0].isupper() or words[-1].endswith(lx.ADJECTIVE_ENDINGS + ("ed",)))


def _unit_word(word: str) -> str | None:
    if word.lower() in lx.MEASURE_UNITS:
        return lx.MEASURE_UNITS[word.lower()]
    if word.lower() in _STOP or not word.islower() or not is_unit_surface(word):
        return None
    found = unit_after_number(f"1 {word}")
    return found[0] if found else None


def _row(text: str, start: int, end: int, value: float, unit: str | None) -> dict:
    sentences = Sentences(text)
    s_start, s_end = sentences.span(sentences.index(start))
    return {"quote": text[start:end], "start": start, "end": end, "value": value,
            "low": None, "high": None, "qualifier": "exact", "vague": False, "unit": unit,
            "who": unit or "", "category": "other", "sentence": text[s_start:s_end].strip(),
            "sentence_start": s_start, "place": None}


def _ages(text: str):
    for n in find_numbers(text):
        if n.value is None or n.vague:
            continue
        unit = None
        m = _AGE_AFTER_RE.match(text, n.end)
        if m:  # "a 64-year-old farmer", "300 million-year-old limestone"
            unit, end = f"{m.group(1).lower()}s old", m.end()
        elif n.scaled:
            continue
        elif _AGE_BEFORE_RE.search(text, max(0, n.start - 25), n.start) and n.value < 130:
            unit, end = "years old", n.end
        elif not n.is_word and n.value < 120 and text[n.end:n.end + 1] == "," \
                and _AGE_AFTER_NAME_RE.search(text, max(0, n.start - 20), n.start):
            unit, end = "years old", n.end
        if unit is not None:
            yield _row(text, n.start, end, n.value, unit)
