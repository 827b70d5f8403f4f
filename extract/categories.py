"""The category of a figure, what befell those it counts, read from trigger words nearby."""
from __future__ import annotations

import bisect
import functools
import re

from . import lexicon as lx

# "displacedabout", "fledTikrit": a trigger glued to the next word, in text from a PDF.
_GLUED_AFTER = "(?=(?:" + "|".join(lx.GLUED_AFTER_TRIGGER) + r")\b)|(?-i:(?<=[a-z])(?=[A-Z]))"


def _index_triggers():
    """Trigger patterns by their first three letters, so each word tries only its few."""
    index: dict[str, list[tuple[re.Pattern, str]]] = {}
    for cat, patterns in lx.CATEGORY_TRIGGERS.items():
        for pattern in patterns:
            prefix = re.match(r"[^\W\d_]+", pattern).group(0)[:3]
            spaced = pattern.replace(" ", r"\s+")  # text from PDFs: "lost  their\nhomes"
            index.setdefault(prefix, []).append((re.compile(f"(?:{spaced})(?:\\b|{_GLUED_AFTER})", re.I), cat))
    return index


_TRIGGERS_BY_PREFIX = _index_triggers()
_SHORTEST_GLUED = min(map(len, lx.GLUED_BEFORE_TRIGGER)) + 5  # a glued verb, then a trigger of 5 letters or more
_WORD_START = re.compile(r"\b[A-Za-zÀ-ÖØ-öø-ÿ]{2,}")  # Latin letters, accented too


@functools.lru_cache(maxsize=1024)
def triggers_in(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, category) of every trigger word in a sentence (longest at each word)."""
    found, end = [], 0
    for w in _WORD_START.finditer(sentence):
        start = w.start()
        if start < end:
            continue
        bucket = _TRIGGERS_BY_PREFIX.get(w.group()[:3].lower())  # most words start no trigger
        best = _longest_trigger(sentence, start, w.group()) if bucket else None
        if best is None and len(w.group()) >= _SHORTEST_GLUED:  # "weredisplaced": a verb glued to the trigger (PDF)
            word = w.group().lower()
            glued = next((g for g in lx.GLUED_BEFORE_TRIGGER if word.startswith(g) and len(word) - len(g) >= 5), None)
            if glued:
                best = _longest_trigger(sentence, start + len(glued), w.group()[len(glued):])
        if best and not _in_proper_name(sentence, start):
            found.append(best)
            end = best[1]
    return tuple(found)


# The same for short snippets (a quote, a table label), with a cache of their own so that
# they do not push whole sentences out of the one above.
triggers_in_snippet = functools.lru_cache(maxsize=8192)(triggers_in.__wrapped__)


@functools.lru_cache(maxsize=8192)
def trigger_at_start(text: str) -> str | None:
    """The category of a trigger that `text` starts with ("fled across", "took shelter in").

    A cache of its own: short snippets asked about one at a time would push whole sentences
    out of `triggers_in`'s cache."""
    w = _WORD_START.match(text)
    best = _longest_trigger(text, 0, w.group()) if w else None
    return best[2] if best else None


def _longest_trigger(sentence: str, start: int, word: str):
    best = None
    for pattern, cat in _TRIGGERS_BY_PREFIX.get(word[:3].lower(), ()):
        m = pattern.match(sentence, start)
        if m and (best is None or m.end() > best[1]):
            best = (start, m.end(), cat)
    return best


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")


def _in_proper_name(sentence: str, start: int) -> bool:
    """'Norwegian Refugee Council': a capitalised trigger after a capitalised word is a name."""
    return sentence[start].isupper() and bool(_CAPITALISED_BEFORE.search(sentence, max(0, start - 40), start))


def nearest_category(sentence: str, start: int, end: int, allowed: set[str],
                     blockers: list[tuple[int, int]] = (), bare: bool = False, own_only: bool = False) -> str | None:
    """The allowed category whose trigger stands closest to the span [start, end).

    Offsets are relative to `sentence`, distances are in words. A trigger beyond another
    figure of the sentence (`blockers`) most likely speaks of that figure, and one before the
    figure but across a clause break ("killed and eight were injured") of the clause before:
    both count as farther away. When the figure is the subject of a verb ("eight people were
    injured") the trigger after it wins; otherwise, on a tie, the one before ("killing seven").
    A trigger right after the figure is its own ("losses: 1500 evacuated"): after a
    noun, only a participle that says what happened ("2,750 people affected"), for a noun may
    be followed by anything ("three traders suspected of smuggling").
    """
    best, best_score = None, None
    verb_at = _subject_verb(sentence, start, end)
    subject = verb_at is not None
    for t_start, t_end, cat in triggers_in(sentence):
        if cat not in allowed or (t_start < end and t_end > start):
            continue
        if _counted_noun(sentence, t_start, t_end) and any(
                b_end <= t_start and not sentence[b_end:t_start].strip() for _, b_end in blockers):
            continue  # "six deaths and four recoveries": that trigger is the other number's noun
        if t_start >= end and any(end <= b_start and _OWN_SUBJECT_RE.fullmatch(sentence, b_end, t_start)
                                  and _COMMA_RE.search(sentence, end, b_start) for b_start, b_end in blockers):
            continue  # "227 students ..., five have relocated": that verb is the other number's
        if sentence[t_start:t_end].lower().endswith(" to") and not (
                t_end <= start and _TO_FIGURE_RE.fullmatch(sentence, t_end, start)):
            continue  # "provided meals to 3,700 pupils in 25 schools": that "to" is the pupils' only
        word = sentence[t_start:t_end].lower()
        if t_end <= start and (word in lx.SUBJECT_ONLY_TRIGGERS or word in lx.TOTAL_VERBS
                               and _TOTAL_BEFORE_RE.search(sentence, max(0, t_start - 60), t_start)):
            continue  # "leaving 500,000 people in need", "the number of displaced people reached 5,500"
        if t_end <= start and ";" in sentence[t_end:start] and any(
                sentence.rfind(";", 0, t_start) < b_start and b_end <= t_start for b_start, b_end in blockers):
            continue  # "seven staff were killed; volunteers helped 300 Syrians": the staff's verb
        if t_end <= start:
            gap = sentence.count(" ", t_end, start)
            if lx.CLAUSE_BREAKS.search(sentence, t_end, start):
                gap += 7 if subject else 3  # "killed and eight people were injured"
            lo, hi = t_end, start
        elif not sentence[end:t_start].strip() and (bare or sentence[t_start:t_end].lower() in lx.BARE_FOLLOWERS):
            gap, lo, hi = -1.0, end, t_start  # right after it: "1500 evacuated", "2,750 people affected"
        else:
            # For a subject, distance counts from its verb ("39 people, including ..., were injured").
            gap = sentence.count(" ", verb_at if subject and verb_at <= t_start else end, t_start) \
                + (-0.5 if subject else 0.5)  # a subject takes its own verb on a tie
            lo, hi = end, t_start
        if not (subject and t_start >= end) and any(lo <= b_start and b_end <= hi for b_start, b_end in blockers):
            if own_only:
                continue  # `own_only`: a trigger beyond another figure is that figure's, never this one's
            gap += 12
        if best_score is None or gap < best_score:
            best, best_score, best_end = cat, gap, t_end
    if best == _LEAST_SPECIFIC:
        return _joined_trigger(sentence, best_end, allowed) or best
    return best


_AUX = r"(?:have|has|had|were|was|are|is|been|also|still|later|reportedly)"
_OWN_SUBJECT_RE = re.compile(rf"\s+(?:{_AUX}\s+)+", re.I)  # "five have relocated", "12 were hurt"
_COMMA_RE = re.compile(r"[,;]")
_TO_FIGURE_RE = re.compile(r"\s*(?:(?:some|about|over|nearly|an estimated|more than|almost)\s+)?", re.I)
_TOTAL_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(lx.TOTAL_NOUNS)})s?\b[^.;]{{0,50}}$", re.I)
_LEAST_SPECIFIC = "affected"
_JOINED_RE = re.compile(r"\s+(?:and|or)\s+")


def _joined_trigger(sentence: str, end: int, allowed: set[str]) -> str | None:
    """'affected and evacuated': the second says more about what happened to them."""
    joined = _JOINED_RE.match(sentence, end)
    if not joined:
        return None
    for t_start, _, cat in triggers_in(sentence):
        if t_start == joined.end() and cat in allowed:
            return cat
    return None


def _counted_noun(sentence: str, start: int, end: int) -> bool:
    """A trigger that is a plural noun of counting ("deaths", "cases"), not a verb."""
    word = sentence[start:end].lower()
    return word.endswith("s") and word in lx.NOUN_CATEGORIES


_WORDS = re.compile(r"[\w'-]+")
_ASIDE_WORDS = 12  # a list inside ", including ...," may push the verb this much farther


def _object_of_trigger(sentence: str, start: int) -> bool:
    """'Clashes displaced 4,500 people and ...': a trigger stands before the figure in its clause."""
    before = [t for t in triggers_in(sentence) if t[1] <= start]
    return bool(before) and not lx.CLAUSE_BREAKS.search(sentence, before[-1][1], start)


_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|these|those|its|their)\s+$", re.I)


@functools.lru_cache(maxsize=1024)
def _trigger_spans(sentence: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the sentence's triggers (in order, not overlapping), for bisection."""
    triggers = triggers_in(sentence)
    return [t[0] for t in triggers], [t[1] for t in triggers]


@functools.lru_cache(maxsize=4096)
def _subject_verb(sentence: str, start: int, end: int, window: int = 14) -> int | None:
    """Where the verb starts whose subject is the figure [start, end), or None.

    Found for "eight people were injured" and "four assailants and two officers, including
    a child, were injured": a subject verb comes within a few words, before any trigger. A
    figure that is the object of a trigger before it ("displaced 4,500 people and 7 civilians
    were killed") is not coordinated with the next figure: that verb is the next figure's.
    """
    starts, ends = _trigger_spans(sentence)
    aside = False  # inside ", including ...," or "(...)", where other figures may stand
    prev_end, previous, comma_and = end, "", False
    for k, m in enumerate(_WORDS.finditer(sentence, end)):
        i = bisect.bisect_right(starts, m.start()) - 1  # the last trigger starting at or before the word
        if k >= (window + _ASIDE_WORDS if aside else window) or i >= 0 and m.start() < ends[i] \
                and not _DETERMINER_BEFORE_RE.search(sentence, max(0, starts[i] - 8), starts[i]):
            return None  # a trigger comes first; not one that describes a noun ("in the flooded areas")
        word = m.group(0).lower()
        between = sentence[prev_end:m.start()]
        if "(" in between or (word in ("including", "among") and ("," in between or k == 0)):
            aside = True  # "20 people, including 16 assailants, 3 officers and a child, were hurt"
        elif aside and (")" in between or "," in between and word in lx.SUBJECT_VERBS):
            aside = False
        if not aside and (word[0].isdigit() or word in lx.UNITS_WORDS or word in lx.TENS_WORDS) \
                and not (previous == "and" and not _object_of_trigger(sentence, start)):
            return None  # "4,500 people, 7 civilians were killed": the verb is the next figure's
        if not aside and (previous == "and" and comma_and and word in lx.NEW_SUBJECT_AFTER_AND
                          or previous in lx.CLAUSE_PREPOSITIONS and word in ("which", "whom", "whose")):
            return None  # "40 hurt, and both gunmen died later", "blasts in which people died"
        if word in lx.SUBJECT_VERBS:
            return m.start()
        comma_and = word == "and" and "," in between
        prev_end, previous = m.end(), word
    return None


def verb_category(sentence: str, start: int, end: int, allowed: set[str]) -> str | None:
    """The category of the verb whose subject is the figure ("eight hostages were killed")."""
    verb_at = _subject_verb(sentence, start, end)
    if verb_at is None:
        return None
    for t_start, _, cat in triggers_in(sentence):
        if t_start >= verb_at:
            return cat if cat in allowed and sentence.count(" ", verb_at, t_start) <= 3 else None
    return None


def has_trigger(text: str, allowed: set[str]) -> bool:
    """Whether a sentence, or a word or label (short: cached apart), holds an allowed trigger."""
    found = triggers_in(text) if len(text) > 80 else triggers_in_snippet(text)
    return any(cat in allowed for _, _, cat in found)
