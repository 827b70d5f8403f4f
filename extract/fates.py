"""What happened to what a figure counts: its category, from the noun, the verbs around it
and the figure's place in the sentence ("30 demonstrators blocked the road" act, nobody harmed them)."""
from __future__ import annotations

import re

from . import lexicon as lx
from .categories import nearest_category, trigger_at_start, triggers_in, triggers_in_snippet, verb_category
from .patterns import _ALL_CATEGORIES, _COUNT_UNITS_OF, _DESCRIBING, _PEOPLE_UNITS, _WORD_RE
from .sentences import Sentences


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





_REPORTED = {"reported", "reportedly", "still", "now", "confirmed", "officially"}


def _participle_after(sentence: str, end: int, allowed: set[str]) -> str | None:
    """The category of a participle right after the figure ("people displaced in May")."""
    m = _WORD_RE.match(sentence, end)
    if m and (m.group(1).lower().endswith("ly") or m.group(1).lower() in _REPORTED):
        end = m.end()  # "people internally displaced", "people reported missing"
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


def _damage_right_before(sentence: str, start: int) -> bool:
    """'destroyed 500 shelters', 'damaged some 40 camps': a damage verb at most a word before."""
    before = sentence[max(0, start - 30):start]
    found = [(t_end, c) for _, t_end, c in triggers_in_snippet(before) if c == "damage"]
    return bool(found) and len(before[found[-1][0]:].split()) <= 1


_NOT_EVACUATED = lx.THING_CATEGORIES - {"evacuated"}
_NEEDED_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:are|were|is|was|will[ \t]+be)[ \t]+)?(?:(?:still|urgently)[ \t]+)?(?:needed|required|requested)\b", re.I)
_OF_AFTER_RE = re.compile(r"\)?[ \t]+of\b", re.I)


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
        if cat in lx.HELPED_CATEGORIES and who in lx.RESPONDERS:
            return "people_other"  # "mobilised 1,300 volunteers to evacuate flood victims"
        if cat in lx.HARM_CATEGORIES and unit == "households" and not bare and who not in lx.ELIDED_NOUNS \
                and not verb_category(sentence, *rel, lx.HARM_CATEGORIES):
            return "people_other"  # "storms that left tens of thousands of households in the dark"
        return cat or "people_other"
    if unit == "percent":  # a share of something named ("22 percent of the population") takes its verb;
        # one of nothing named takes no verb beyond another number ("floods killed 800 people and
        # cut growth to 0.1 percent": no share killed)
        own_only = not _OF_AFTER_RE.match(sentence, rel[1])
        return nearest_category(sentence, *rel, _ALL_CATEGORIES, blockers, own_only=own_only) or "other"
    if unit in lx.RELIEF_UNITS:  # but "a 25-ton excavator" is a size
        return "measure" if "-" in sentence[rel[0]:rel[1]] else "relief"
    if unit in ("km2",):
        return "area"
    inside = [c for _, _, c in triggers_in_snippet(sentence[rel[0]:rel[1]]) if c in lx.THING_CATEGORIES]
    if inside == ["sheltered"] and (verb_category(sentence, *rel, {"damage"}) or _damage_right_before(sentence, rel[0])):
        return "damage"  # "destroyed 500 shelters": the shelters are damaged, nobody sheltered
    if whole and not inside:
        return "other"
    if unit in lx.NOTHING_HAPPENS_TO and not inside:
        return "other"  # "deployed four teams to conduct damage assessments"
    if _NEEDED_AFTER_RE.match(sentence, rel[1]):
        return "relief"  # "houses collapsed ..., an additional 100 tents were needed": supplies needed
    allowed = lx.THING_CATEGORIES if unit in lx.EVACUATED_THINGS or who in lx.ANIMALS else _NOT_EVACUATED
    cat = inside[0] if inside else nearest_category(sentence, *rel, allowed, blockers)
    if cat is None and unit in ("tents", "kits", "trucks"):
        return "relief"
    return cat or ("measure" if unit and " " in unit else "other")
