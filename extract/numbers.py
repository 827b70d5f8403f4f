"""Find number expressions in text: digits, scales, number words, ranges and vague numbers.

One compiled regular expression walks the text once; everything else in the extractor
looks only at the few characters around each match. That is where the speed comes from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx


@dataclass
class Number:
    start: int
    end: int
    value: float | None  # None for a range
    low: float | None = None
    high: float | None = None
    vague: bool = False
    is_word: bool = False  # written in words ("six"), which needs a noun to count
    scaled: bool = False  # carried a scale word ("1.2 million")


_WORD = "|".join(sorted(list(lx.UNITS_WORDS) + list(lx.TENS_WORDS)
                        + ["hundred", "thousand", "million", "billion", "dozen"], key=len, reverse=True))
# "twenty five-litre jerrycans" are twenty jerrycans of five litres: no "twenty five" before a hyphen
_WORD_SEQ = (rf"(?:{_WORD})(?:(?:[ \t]*-[ \t]*|(?<=hundred)[ \t]+and[ \t]+|(?<=thousand)[ \t]+and[ \t]+)(?:{_WORD})"
             rf"|[ \t]+(?:{_WORD})(?!-(?!(?:{_WORD})\b)[a-z]))*")
_DIGITS = (r"(?:\d{1,3}(?:, 000)+(?![\d,])|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d|\d)"
           r"|\d{1,3}(?:\.\d{3})+(?![\d.]\d|\d)|\d+)"
           r"(?:[.,]\d+)?")
_SCALE = (r"(?:[ \t\u00a0]*(?:hundred[ \t\u00a0]+)?(?:million|billion|trillion|thousand|mln|bn|lakhs?|crores?|dozen)\b"
          r"|[ \t\u00a0]*hundred\b|(?:bn|tn|[kKmMbB])\b|(?-i:[ \t\u00a0]B(?=[ \t\u00a0]+[a-z]))"
          r"|(?<=[.,]\d)(?-i:[ \t\u00a0]b(?=[ \t\u00a0]+[a-z])))")  # "8 B people", "we need 1.5 b to"
# Spanish, French and Portuguese scales, tried first in reports written in those languages.
_ROMANCE_SCALE_WORD = "|".join(sorted(lx.ROMANCE_SCALE_WORDS, key=len, reverse=True))
_ROMANCE_SCALE = (rf"(?:[ \t\u00a0]+(?:{_ROMANCE_SCALE_WORD})\b"
                  rf"|{_SCALE})")
_VAGUE_PREFIX = "|".join(p.replace(" ", r"[ \t]+") for p in lx.VAGUE_PREFIXES)
_VAGUE = (r"(?:(?:tens|hundreds|thousands|millions)[ \t]+of[ \t]+(?:thousands|millions|billions)"
          rf"|(?:{_VAGUE_PREFIX})[ \t]+(?:hundred|thousand|million|dozen)"
          r"|scores(?=[ \t]+of\b)|tens(?=[ \t]+of\b)|dozens|hundreds|thousands|millions|billions)")

_ANOTHER = "|".join(a.replace(" ", r"[ \t]+") for a in lx.ANOTHER)


def _number_re(scale: str) -> re.Pattern:
    atom = (rf"(?:(?P<d>{_DIGITS})(?P<s>{scale})?"
            rf"|(?P<w>\b(?:half[ \t]+)?a[ \t]+(?:dozen|hundred|thousand|million|billion)\b|\b{_WORD_SEQ}\b))")
    return re.compile(
        rf"(?P<another>\b(?:{_ANOTHER})\b(?=[ \t]+(?:[A-Za-z][\w'-]*[ \t]+){{0,2}}?(?:was|has|had|is|died)\b))"
        rf"|(?P<vague>\b{_VAGUE}\b)"
        rf"|(?P<between>\b(?:between[ \t]*|from[ \t]+))?{atom}"  # "between14,000": from a PDF
        rf"(?:(?P<sep>[ \t]*[-–—][ \t]*|[ \t]+(?:to|and|or)[ \t]+)"
        rf"(?:(?P<d2>{_DIGITS})(?P<s2>{scale})?|(?P<w2>\b{_WORD_SEQ}\b)))?",
        re.IGNORECASE,
    )


NUMBER_RE = _number_re(_SCALE)
ROMANCE_NUMBER_RE = _number_re(_ROMANCE_SCALE)  # "3.870 personas", "3 mil viviendas"

_DOTTED_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
# Used to reject "from 100 to 200" after a verb of change: that is two figures, not a range.
CHANGE_BEFORE = re.compile(r"(?:rose|risen|rising|increased|increasing|jumped|climbed|grew|"
                            r"fell|fallen|dropped|declined|decreased|up|down)[ \t]+$", re.I)


def parse_digits(raw: str, scale_next: bool = False, dot_thousands: bool = False) -> float:
    """'8,000' -> 8000, '14 000' -> 14000, '1,26' (before a scale) -> 1.26, '2.5' -> 2.5;
    '1.500.000' -> 1500000 always, '3.870' -> 3870 in a Spanish or French report."""
    if raw.isascii() and raw.isdigit():
        return float(raw)  # the common case, before the patterns below
    raw = raw.replace("\u00a0", " ").replace("\u202f", " ").replace(", 000", ",000")  # "10, 000": a typo
    dotted = _DOTTED_THOUSANDS_RE.fullmatch(raw)
    if dotted and (dot_thousands or raw.count(".") > 1):
        return float(raw.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:\.\d+)?", raw):
        return float(raw.replace(" ", ""))
    m = re.fullmatch(r"(\d+),(\d{1,2})", raw)
    if m and scale_next:  # European decimal comma: "USD 1,26 million"
        return float(f"{m.group(1)}.{m.group(2)}")
    if re.fullmatch(r"\d+,\d+", raw) and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw):
        return float(raw.replace(",", "."))
    return float(raw.replace(",", ""))


def scale_value(raw: str | None) -> float:
    """'million' -> 1e6, 'hundred million' -> 1e8, 'bn' -> 1e9."""
    value = 1.0
    for word in (raw or "").lower().split():
        value *= lx.SCALE_WORDS[word]
    return value


def parse_words(raw: str) -> float | None:
    """'twenty-five' -> 25, 'nine hundred and twenty-one' -> 921, 'a dozen' -> 12."""
    tokens = re.findall(r"[a-z]+", raw.lower())
    total = current = 0.0
    seen = False
    share = 0.5 if tokens[:1] == ["half"] else 1.0  # "half a million"
    for tok in tokens[1:] if share != 1.0 else tokens:
        if tok in ("and", "a"):
            continue
        seen = True
        if tok in lx.UNITS_WORDS:
            current += lx.UNITS_WORDS[tok]
        elif tok in lx.TENS_WORDS:
            current += lx.TENS_WORDS[tok]
        elif tok == "dozen":
            current = (current or 1) * lx.DOZEN
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in ("thousand", "million", "billion"):
            total += (current or 1) * lx.SCALE_WORDS[tok]
            current = 0
        else:
            return None
    return (total + current) * share if seen else None


def parse_vague(raw: str) -> float:
    words = re.findall(r"[a-z]+", raw.lower())
    if words[-1] in ("hundred", "thousand", "million", "dozen"):  # "several hundred", "several dozen"
        return float(lx.SCALE_WORDS[words[-1]])
    value = float(lx.VAGUE_WORDS[words[0]])
    if len(words) == 3:  # "tens of thousands"
        value *= lx.VAGUE_WORDS[words[2]]
    return value


# Words a number expression can start with; the full expression is only tried there.
_START_WORDS = frozenset(list(lx.UNITS_WORDS) + list(lx.TENS_WORDS) + [
    "hundred", "thousand", "million", "billion", "dozen", "a", "half", "several", "many", "tens", "dozens",
    "scores", "hundreds", "thousands", "millions", "billions", "between", "from",
    *(a.split()[0] for a in lx.ANOTHER)])
_TOKEN_RE = re.compile(r"\d+|[A-Za-z]+")


def _matches(text: str, number_re: re.Pattern):
    """NUMBER_RE's matches, tried only at digits and number words.

    Scanning word by word and matching the big expression only where a number can start
    is several times faster than letting the regular expression engine try every position.
    """
    end = 0
    for tok in _TOKEN_RE.finditer(text):
        start = tok.start()
        if start < end:
            continue
        word = tok.group()
        if not word[0].isdigit() and word.lower() not in _START_WORDS:
            continue
        m = number_re.match(text, start)
        if m and m.end() > start:
            end = m.end()
            yield m


def find_numbers(text: str, dot_thousands: bool = False):
    """Yield every number expression in `text`, in order. `dot_thousands`: the text is a
    Spanish, French or Portuguese report ("3.870" is 3870, "3 mil" is 3000, "7 mil 76" 7076)."""
    numbers = _find_numbers(text, dot_thousands)
    if not _ROMANCE_THOUSANDS_RE.search(text):  # English reports: "millions" is no sign
        yield from numbers
        return
    previous = None
    for n in numbers:
        n = _word_then_romance_scale(text, n)
        joined = _thousands_then_rest(text, n) if dot_thousands else None
        if joined is not None and previous is not None and previous.start >= joined.start:
            previous = None  # "25 mil" is the first part of "25 mil 500"
        if previous is not None:
            yield previous
        previous = joined or n
    if previous is not None:
        yield previous


_ROMANCE_SCALE_AFTER_RE = re.compile(rf"[ \t]+({_ROMANCE_SCALE_WORD})\b", re.I)
_ROMANCE_THOUSANDS_RE = re.compile(
    rf"\b(?:{'|'.join(w for w in lx.ROMANCE_SCALE_WORDS if w != 'millions')})\b", re.I)


def _word_then_romance_scale(text: str, n: Number) -> Number:
    """'six mille personnes', 'seis mil': a number in words before a French, Spanish or
    Portuguese scale word is multiplied by it, whatever the report's language was taken to be."""
    if not n.is_word or n.scaled or n.vague or n.value is None:
        return n
    m = _ROMANCE_SCALE_AFTER_RE.match(text, n.end)
    if not m or m.group(1).lower() == "millions":  # "six millions": English plural, not French
        return n
    return Number(n.start, m.end(), n.value * lx.ROMANCE_SCALE_WORDS[m.group(1).lower()], is_word=True, scaled=True)


_MIL_BEFORE_RE = re.compile(rf"(?:(\d{{1,3}}|{'|'.join(lx.ROMANCE_UNITS_WORDS)})[ \t]+)?mil[ \t]+$", re.I)


def _thousands_then_rest(text: str, n: Number) -> Number | None:
    """'siete mil 76 personas', 'mil 769 casas', '25 mil 500 dólares': Central American
    newsrooms write the thousands in words and the rest in digits."""
    raw = text[n.start:n.end]
    if n.value is None or n.vague or n.scaled or not re.fullmatch(r"\d{1,3}", raw):
        return None
    m = _MIL_BEFORE_RE.search(text, max(0, n.start - 16), n.start)
    if not m:
        return None
    head = m.group(1)
    thousands = 1 if head is None else int(head) if head.isdigit() else lx.ROMANCE_UNITS_WORDS[head.lower()]
    return Number(m.start(), n.end, thousands * 1000 + n.value, scaled=True)


def _find_numbers(text: str, dot_thousands: bool):
    for m in _matches(text, ROMANCE_NUMBER_RE if dot_thousands else NUMBER_RE):
        if m.group("another"):
            yield Number(m.start(), m.end(), 1.0, is_word=True)
            continue
        if m.group("vague"):
            value = parse_vague(m.group("vague"))
            yield Number(m.start(), m.end(), value, low=value, vague=True, is_word=True)
            continue
        s1 = m.group("s")
        if m.group("d") is not None:
            value = parse_digits(m.group("d"), bool(s1), dot_thousands) * scale_value(s1)
            is_word = False
        else:
            value = parse_words(m.group("w"))
            is_word = True
            if value is None:
                continue
        start = m.start("d") if m.group("d") is not None else m.start("w")
        if m.group("d") is not None and m.group("d").isdigit() and _leading_point(text, start):
            start -= 1  # ".001 per cent", "$.50"
            value = float("0." + m.group("d")) * scale_value(s1)
        first_end = m.end("s") if s1 else (m.end("d") if m.group("d") is not None else m.end("w"))
        words2 = m.group("w2")
        if m.group("d2") is not None or (words2 and is_word):
            between = m.group("between")
            sep = m.group("sep").strip().lower()
            if words2:  # "four to five thousand"
                high, s2 = parse_words(words2), _last_scale_word(words2)
                if high is None:
                    yield Number(start, first_end, value, is_word=is_word, scaled=bool(s1))
                    continue
            else:
                s2 = m.group("s2")
                high = parse_digits(m.group("d2"), bool(s2), dot_thousands) * scale_value(s2)
            low = value
            if s2 and not s1 and low * scale_value(s2) <= high:  # "2-3 million"
                low *= scale_value(s2)
            ok_sep = (sep in "-–—" and not is_word) or (sep == "and" and between and
                                                        between.strip().lower() == "between") \
                or (sep == "to" and not (between and CHANGE_BEFORE.search(text, max(0, m.start() - 30), m.start()))) \
                or (sep == "or" and is_word == bool(words2) and high <= 2 * value)  # "two or three", not "15 or 50"
            if ok_sep and low < high and not _year_then_count(m, s2):
                start = m.start("between") if between else start
                yield Number(start, m.end(), None, low=low, high=high, scaled=bool(s1 or s2))
                continue
            # Not a range: the first number stands alone; the second is found again below.
            yield Number(start, first_end, value, is_word=is_word, scaled=bool(s1))
            if words2:
                yield Number(m.start("w2"), m.end("w2"), high, is_word=True, scaled=bool(s2))
            else:
                yield from _second(text, m, dot_thousands)
            continue
        if words2:  # a word number after digits ("5 to ten") is not a range; each stands alone
            yield Number(start, first_end, value, is_word=is_word, scaled=bool(s1))
            yield Number(m.start("w2"), m.end("w2"), parse_words(words2), is_word=True)
            continue
        yield Number(start, first_end, value, is_word=is_word, scaled=bool(s1))


def _year_then_count(m: re.Match, s2: str | None) -> bool:
    """'sales rose in 2018 to 3.9 million': a year, then a figure, not a range from 2018."""
    first = m.group("d")
    return bool(first and re.fullmatch(r"(?:1[89]|20)\d\d", first) and not m.group("s")
                and (s2 or not re.fullmatch(r"(?:1[89]|20)\d\d", m.group("d2") or "")))


def _leading_point(text: str, start: int) -> bool:
    """A decimal written without its zero: '.001 per cent' (not the full stop of 'in 2019.5 ...')."""
    return start >= 1 and text[start - 1] == "." and (start == 1 or text[start - 2] in " \t\r\n(\u00a0$")


def _last_scale_word(words: str) -> str | None:
    last = words.lower().split()[-1].split("-")[-1]
    return last if last in ("hundred", "thousand", "million", "billion") else None


def _second(text: str, m: re.Match, dot_thousands: bool):
    s2 = m.group("s2")
    value = parse_digits(m.group("d2"), bool(s2), dot_thousands) * scale_value(s2)
    yield Number(m.start("d2"), m.end(), value, scaled=bool(s2))
