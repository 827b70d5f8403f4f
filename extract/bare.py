"""Numbers with no noun: when one counts people ("148 were evacuated"), what a table label
says it counts ("Number of displaced: 452"), and when it is part of a name ("S&P 500")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as lx
from .categories import has_trigger, triggers_in_snippet
from .numbers import Number
from .patterns import (
    _COUNT_UNITS_OF,
    _PEOPLE_UNITS,
    _QUALIFIER_OF,
    _STOP,
    _THING_UNIT_NAMES,
    _WHO_AFTER_RE,
    _WORD_BEFORE_RE,
    _WORD_RE,
    _YEAR_PREPOSITION_RE,
    _key,
    _word_before_is,
)
from .units import is_unit_surface

if TYPE_CHECKING:
    from .figures import _Context

def _bare_number_unit(text, n: Number, start, sentence, rel, ctx: _Context, qualifier):
    """A number with no noun counts only where the sentence says what happened to people."""
    if _THING_STATE_AFTER_RE.match(text, n.end):
        return None, None  # "17 still remain open": centres, not people
    if n.value is not None and not n.scaled and not float(n.value).is_integer():
        return None, None  # "a household size of 6.3 on average": nobody counts 6.3 people
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
    noun = _total_counts(sentence[:rel[0]])
    if noun:  # "the number of houses destroyed reached 1,240": houses, not people
        if noun in _COUNT_UNITS_OF:
            return _COUNT_UNITS_OF[noun], noun
        return (lx.THING_UNITS[noun], noun) if noun in lx.THING_UNITS else (None, None)
    if recent_people:
        return ctx.unit, ctx.who
    return "people", "people"


def _is_bare_name(text: str, n: Number, start: int) -> bool:
    """A number with no unit that is part of a name, an address, a score or a date, or the
    pronoun "one": 'S&P 500', 'Game 2', 'category 4', 'the 747 Jumbo', '52 Harbour Street',
    'won 3-1', 'by 2131', 'each one'."""
    raw = text[n.start:n.end]
    nxt = _WORD_RE.match(text, n.end)
    if n.is_word and raw.lower() == "one" and (not nxt or nxt.group(1).lower() in _STOP - {"of"}):
        return True
    if re.fullmatch(r"\d+", raw) and (text[n.end:n.end + 1] == "-" and text[n.end + 1:n.end + 2].isdigit()
                                      or text[n.start - 1:n.start] == "-" and text[n.start - 2:n.start - 1].isdigit()):
        return True  # a score: "3-1", "77-77"
    if re.fullmatch(r"1\d{3}|2[01]\d\d", raw) and (_YEAR_PREPOSITION_RE.search(text, max(0, start - 10), start)
                                                or _word_before_is(text, start, ("by",))):
        return True
    if nxt and nxt.group(1).istitle() and len(nxt.group(1)) > 2 and not text[n.end:nxt.start(1)].strip(" \t") \
            and start > 0 and not is_unit_surface(nxt.group(1)) \
            and not re.search(r"(?:^|[.!?:;]\s*|\n\s*)$", text[max(0, start - 3):start]):
        return True  # "the 747 Jumbo", "52 Harbour Street"
    m = _WORD_BEFORE_RE.search(text, max(0, start - 25), start)
    if not m or text[m.end(1):start].strip(" \t"):
        return False
    word = m.group(1)
    if word.lower().rstrip(".") in lx.NAME_PREFIXES:
        return True
    return any(c.isupper() for c in word) and word.lower().rstrip(".") not in _STOP \
        and _key(word) not in _QUALIFIER_OF and word.lower() not in lx.MONTHS


def _elided_thing(text, n: Number, start, ctx: _Context):
    """'31 houses were destroyed and 85 damaged', '4,000 houses, including 1,200 in Jeremie':
    the things counted just before, when a verb of damage follows the number at once or the
    number is a part of them."""
    if ctx.last_unit in _THING_UNIT_NAMES and ctx.last_end > start - 40 \
            and _SUBSET_BEFORE_RE.match(text, ctx.last_end, start):
        return ctx.last_unit, ctx.last_who
    if ctx.last_unit in _THING_UNIT_NAMES and ctx.last_end > start - 80 \
            and _PLACE_LIST_BEFORE_RE.fullmatch(text, ctx.last_end, start) and _PLACE_AFTER_RE.match(text, n.end):
        return ctx.last_unit, ctx.last_who  # "41 homes in Ledok village, 230 in Sumber village"
    if ctx.unit not in _THING_UNIT_NAMES or ctx.last_end < start - 120:
        return None
    m = _WORD_RE.match(text, n.end)
    if m and has_trigger(m.group(1), {"damage"}) and text[ctx.last_end:start].count(".") == 0:
        return ctx.unit, ctx.who
    return None


_PLACE_LIST_BEFORE_RE = re.compile(
    r"[ \t]+(?:in|at)[ \t]+[^.;:()\d\n]{1,60}?(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")
_PLACE_AFTER_RE = re.compile(r"[ \t]+(?:in|at)[ \t]+")
_SUBSET_BEFORE_RE = re.compile(
    rf"[^.;:()\d]*\b(?:{'|'.join(map(re.escape, lx.SUBSET_WORDS))})[ \t]+"
    r"(?:(?:about|around|some|nearly|almost)[ \t]+)?$", re.I)
_THING_STATE_AFTER_RE = re.compile(
    rf"[ \t]+(?:(?:still|now|also)[ \t]+)?(?:remain|remained|remains|are|were|is|was)[ \t]+"
    rf"(?:still[ \t]+|now[ \t]+)?(?:{'|'.join(lx.THING_STATES)})\b", re.I)
_TOTAL_OF_RE = re.compile(rf"\b(?:{'|'.join(lx.TOTAL_NOUNS)})[ \t]+of[ \t]+(?:the[ \t]+)?", re.I)


def _total_counts(before: str) -> str | None:
    """What the last total before a number counts: 'the number of boat and truck trips' ->
    'trips'; None when no plural noun follows ('the number of displaced has dropped to')."""
    last = None
    for last in _TOTAL_OF_RE.finditer(before):
        pass
    if last is None:
        return None
    i = last.end()
    for _ in range(5):
        m = _WORD_RE.match(before, i)
        if not m:
            return None
        word, i = m.group(1).lower(), m.end()
        if word in ("and", "or"):
            continue  # "boat and truck trips"
        if word in _STOP:
            return None
        if word in _COUNT_UNITS_OF or word in lx.THING_UNITS or word.endswith("s") and not word.endswith("ss"):
            nxt = _WORD_RE.match(before, i)  # "migrant families", "displaced people": the second is the noun
            head = nxt.group(1).lower() if nxt else ""
            return head if head in _COUNT_UNITS_OF or head in lx.THING_UNITS else word
    return None


_COUNT_WORDS_RE = re.compile(rf"\b(?:{'|'.join(lx.TOTAL_NOUNS)})\b", re.I)
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
