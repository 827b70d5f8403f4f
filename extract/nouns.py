"""What a number counts or measures, read to its right: the counted noun across adjectives,
names and trades ("almost 500 civilian lives", "seven Kenya Defence Forces soldiers"), or a unit."""
from __future__ import annotations

import re

from . import lexicon as lx
from .categories import _AUX, has_trigger, trigger_at_start
from .patterns import _ALL_CATEGORIES, _COUNT_UNITS_OF, _PARTICIPLE_ENDINGS, _STOP, _WORD_RE
from .units import is_unit_surface, unit_after_number


def _noun_after(text: str, pos: int, vague: bool = False, scaled: bool = False, one: bool = False):
    """((who, category hint, unit), end) of the counted noun after `pos`, or (None, pos).
    After `one`, a word in -s that follows a noun is its verb ("one proposal asks")."""
    i = pos
    skipped = names = joined = 0
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
                    nxt_low in lx.THING_UNITS or (_looks_plural_noun(nxt_low) and nxt_low not in _COUNT_UNITS_OF
                                                  and not one)):  # "one official says": a verb
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
            joined += 1
            continue
        if low in ("and", "or") and names and _capitalised_word_next(text, m.end()):
            i = m.end()  # "Toyota and Nissan trucks"
            joined += 1
            continue
        if low in ("and", "or") and k > 0 and skipped:
            shared = _NEXT_NUMBER_RE.match(text, m.end())
            head, _ = _noun_after(text, shared.end()) if shared else (None, 0)
            if head is not None and head[2] != "elided":
                return head, i  # the quote ends at the word before "and"
            return None, pos  # "62 suspected and 18 confirmed cases": the noun of both
        if (low in _STOP and not (len(word) > 1 and word.isupper())) or low in lx.MONTHS or low in lx.WEEKDAYS:
            return None, pos  # a stop word ends the phrase; an acronym does not ("seven UN staff")
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
        if _looks_plural_noun(low) and k - joined < 3:
            if not one:
                return (low, None, low), m.end()
            skipped += 1  # after "one", a plural describes the noun ("one customs officer") or is a verb
            i = m.end()
            continue
        nxt = _WORD_RE.match(text, m.end())  # "three education officials"
        nxt_low = nxt.group(1).lower() if nxt else ""
        if k < 3 and (nxt_low in _COUNT_UNITS_OF or nxt_low in lx.THING_UNITS) and (
                k > 0 or nxt_low not in lx.THING_UNITS or _is_thing_state(low)):
            skipped += 1
            i = m.end()
            continue
        if one and k < 2 and word.islower() and _looks_plural_noun(nxt_low) and nxt_low.isalpha():
            skipped += 2  # "one police force officer": the plural describes the noun after it
            i = nxt.end()
            continue
        if k < 2 and word.islower() and _looks_plural_noun(nxt_low) and nxt_low.isalpha() \
                and low not in lx.VERBS_BEFORE_OBJECT \
                and not text[m.end():nxt.start(1)].strip() \
                and not (nxt_low.endswith(_PARTICIPLE_ENDINGS) and trigger_at_start(nxt_low)):
            return (nxt_low, None, nxt_low), nxt.end()  # "240 kidney transplants", "15 mortar shells"
        if one and k == 0 and word.islower() and len(low) > 2 and _harm_follows(text, m.end()):
            return (low, None, low), m.end()  # "one forester was killed": whoever is killed is counted
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


_AUX_RE = re.compile(rf"[ \t]+(?:{_AUX}[ \t]+)+", re.I)


def _harm_follows(text: str, pos: int) -> bool:
    """'was killed', 'has been injured', 'was reportedly abducted' right after `pos`."""
    aux = _AUX_RE.match(text, pos)
    return bool(aux) and trigger_at_start(text[aux.end():aux.end() + 40]) in lx.DONE_TO_PEOPLE


def _counted_word_next(text: str, pos: int) -> bool:
    m = _WORD_RE.match(text, pos)
    return bool(m) and m.group(1).lower() in _COUNTED_WORDS


def _capitalised_word_next(text: str, pos: int) -> bool:
    m = _WORD_RE.match(text, pos)
    return bool(m) and m.group(1)[0].isupper()


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
    for w in _WORD_RE.finditer(snippet, m.end() - start):
        if w.group(1).lower() in _STOP and w.group(1).lower() != "per":
            snippet = snippet[:w.start()]  # "68 p at 1112 p": "at" is no part of the unit
            break
    found = unit_after_number(snippet)
    if not found:
        return None
    name, span_end = found
    name = lx.QUANTULUM_RENAMES.get(name, name)
    unit_end = start + span_end
    while unit_end > end and text[unit_end - 1] in ".,;:":
        unit_end -= 1  # "it melts at 12 C.": the full stop ends the sentence
    if unit_end <= end:
        return None
    return name, text[end:unit_end].strip().lower(), unit_end
