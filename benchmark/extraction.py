"""Accuracy and speed of extract_figures on the data sets under ../shared/bench.

Each function reads its data set at run time (nothing of it is copied into the project),
runs the extractor, and returns rows for the printed table. quantulum3 alone is measured
in the same run where the data set allows it.
"""
from __future__ import annotations

import csv
import json
import re
import time
import warnings
from collections import Counter
from pathlib import Path

from extract import extract_figures, extract_quantities
from extract import lexicon as lx
from extract.numbers import find_numbers

from .scoring import Counts, close, score_document

warnings.filterwarnings("ignore", module="quantulum3")


def _records(df) -> list[dict]:
    return df.astype(object).where(df.notna(), None).to_dict("records")


def quantulum_figures(text: str) -> list[dict]:
    """quantulum3's parse, shaped like extract_figures rows (for the reference numbers)."""
    from quantulum3 import parser

    rows = []
    for q in parser.parse(text):
        low = high = None
        value = q.value
        if q.uncertainty:
            low, high, value = q.value - q.uncertainty, q.value + q.uncertainty, None
        rows.append({"start": q.span[0], "end": q.span[1], "value": value, "low": low, "high": high,
                     "unit": q.unit.name, "quote": q.surface})
    return rows


# --- gold/dev.jsonl -----------------------------------------------------------------------


def gold_dev(bench: Path, show_errors: bool = False) -> list[tuple]:
    path = bench / "gold" / "dev.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    value, head, q_value = Counts(), Counts(), Counts()
    for doc in docs:
        v, h = score_document(doc, _records(extract_figures(doc["text"])))
        value.add(v)
        head.add(h)
        qv, _ = score_document(doc, quantulum_figures(doc["text"]))
        q_value.add(qv)
    if show_errors:
        for e in value.errors + head.errors:
            print("   ", e)
    n = len(docs)
    agree = {k: value.agree[k] / value.tp if value.tp else 0 for k in value.agree}
    return [
        ("gold/dev.jsonl", f"headline F1 (people, value+category), {n} docs", head.f1, ">= 0.90",
         f"P {head.precision:.3f} R {head.recall:.3f}"),
        ("gold/dev.jsonl", "value F1, all figures", value.f1, ">= 0.95",
         f"P {value.precision:.3f} R {value.recall:.3f}; quantulum3 alone F1 {q_value.f1:.3f} "
         f"(P {q_value.precision:.3f} R {q_value.recall:.3f})"),
        ("gold/dev.jsonl", "matched figures: unit / who / qualifier agree", agree["unit"], "",
         f"who {agree['who']:.3f}, qualifier {agree['qualifier']:.3f}"),
    ]


# --- NewsQuant (CQE's rules) ------------------------------------------------------------

_CQE_UNIT = {
    "percent": "percentage", "usd": "dollar", "eur": "euro", "gbp": "pound sterling",
    "cny": "chinese yuan", "jpy": "japanese yen", "aud": "australian dollar",
    "pounds": "pound sterling", "km": "kilometre",
    "m": "metre", "cm": "centimetre", "mm": "millimetre", "miles": "mile", "feet": "foot",
    "inches": "inch", "yards": "yard", "km/h": "kilometre per hour", "mph": "mile per hour",
    "hectares": "hectare", "acres": "acre", "tonnes": "tonne", "kg": "kilogram",
    "litres": "litre", "gallons": "gallon", "celsius": "celsius", "degrees": "degree",
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "weeks": "week",
    "months": "month", "years": "year", "decades": "decade", "people": "people",
    "years old": "year of age", "months old": "month of age", "weeks old": "week of age",
    "days old": "day of age", "mpg": "mile per gallon", "ml": "millilitre", "mg": "milligram",
    "sq m": "square metre", "m2": "square metre", "km2": "square kilometre", "times": "count",
    "barrels": "barrel", "shares": "share", "points": "point",
    "basis points": "basis point", "cubic feet": "cubic foot",
    "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "kWh": "kilowatt hour", "MWh": "megawatt hour",
    "GWh": "gigawatt hour", "hp": "horsepower", "bhp": "brake horsepower",
    "µm": "micrometre",
    "psi": "pound-force per square inch", "ksi": "kilopound per square inch", "MPa": "megapascal",
    "GPa": "gigapascal", "fahrenheit": "fahrenheit", "square feet": "square feet",
    # CQE's dictionary reads the symbol "p" after a price as "point"; the adapter names pence so too
    "penny": "point",
    "WAR": "win above replacement", "points per game": "point per game", "rebounds per game": "rebound per game",
    "assists per game": "assist per game", "steals per game": "steal per game", "blocks per game": "block per game",
}


_OUR_UNITS = set(lx.MEASURE_UNITS.values()) | set(lx.THING_UNITS.values()) | {"people", "households"} \
    | set(lx.CURRENCY_PREFIXES.values()) | set(lx.CURRENCY_WORDS.values())


# CQE's unit dictionary names currencies in words, and counts with their noun in the singular.
_CQE_CURRENCY = {
    "usd": "dollar", "aud": "australian dollar", "cad": "canadian dollar", "hkd": "hong kong dollar",
    "nzd": "new zealand dollar", "sgd": "singapore dollar", "myr": "malaysian ringgit", "inr": "indian rupee",
    "chf": "swiss franc", "krw": "south korean won", "dkk": "danish krone", "sek": "swedish krona",
    "nok": "norwegian krone", "zar": "south african rand", "php": "philippine peso", "thb": "thai baht",
    "try": "turkish lira", "uah": "ukrainian hryvnia", "brl": "brazilian real", "mxn": "mexican peso",
    "ils": "shekel",
}
_CQE_PER = {"mmbtu": "mega british thermal unit"}
_IRREGULAR_SINGULAR = {"children": "child", "people": "people", "men": "man", "women": "woman",
                       "staff": "staff", "times": "count", "feet": "foot", "series": "series"}


def _singular(word: str) -> str:
    if word in _IRREGULAR_SINGULAR:
        return _IRREGULAR_SINGULAR[word]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"  # "fishermen"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes", "uses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


_SUPERLATIVE_IN_QUOTE_RE = re.compile(r"one of \w+ ((?:most |least )?\w+)", re.I)
_IRREGULAR_POSITIVE = {"best": "good", "worst": "bad", "most": "many", "least": "little", "furthest": "far"}


def _positive(word: str) -> str:
    """The adjective a superlative is of, as CQE's lemmatiser gives it: "largest" -> "large",
    "biggest" -> "big", "happiest" -> "happy"; after "most", the adjective itself."""
    if word in _IRREGULAR_POSITIVE or not word.endswith("est"):
        return _IRREGULAR_POSITIVE.get(word, word)
    stem = word[:-3]
    if stem.endswith("i"):
        return stem[:-1] + "y"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        return stem[:-1]
    if re.search(r"(?:[^aeiou][aeiou][cftvz]|rg|[^aeiou][aeiou][dmnrst])$", stem) and len(stem) <= 4 \
            or stem.endswith(("rg", "c", "v", "z")):
        return stem + "e"  # "largest", "finest", "latest", "safest", "nicest"
    return stem


def _cqe_unit(row: dict) -> str:
    unit = row.get("unit") or "-"
    if " per " in unit and unit not in _CQE_UNIT:  # a rate: "usd per month" is CQE's "dollar per month"
        first, per = unit.split(" per ", 1)
        return f"{_cqe_unit({**row, 'unit': first})} per {_CQE_PER.get(per) or _CQE_UNIT.get(per, _singular(per))}"
    if unit == "share":  # "a quarter of the UK workforce": CQE's "% UK workforce"
        who = row.get("who") or ""
        if who and who in row.get("quote", "").lower():  # "one out of three Germans": the noun as written
            who = row["quote"][row["quote"].lower().rindex(who):][:len(who)]
        words = [w for w in who.split() if not w.endswith("ed")]
        return "% " + (" ".join(words[:-1] + [_singular(words[-1])]) if words else "-")
    superlative = _SUPERLATIVE_IN_QUOTE_RE.match(row.get("quote", ""))
    if superlative and unit == row.get("who"):  # CQE: "one of the best clinics" is one "good clinic"
        return " ".join([_positive(superlative.group(1).split()[-1].lower())] + unit.split()[:-1]
                        + [_singular(unit.split()[-1])])
    who = (row.get("who") or unit).lower()
    if unit in ("ppm", "ppb"):  # CQE: the symbol is "parts-per-million", the words "part per million"
        return ("part per " if " " in who else "parts-per-") + ("million" if unit == "ppm" else "billion")
    if unit == "lb-ft":  # and "lb-ft" is "foot pound-force", "pound-feet" a "pound-foot"
        return "foot pound-force" if who == "lb-ft" else "pound-foot"
    counted = unit in ("people", "households") and who in lx.PEOPLE_NOUNS | lx.HOUSEHOLD_NOUNS \
        or unit == who and unit not in _CQE_UNIT and unit not in _CQE_CURRENCY
    if unit == "people" and who not in lx.PEOPLE_NOUNS and who.isalpha():  # "1,307,000 Americans": "American"
        noun = _singular(who)
        return noun.capitalize() if who.capitalize() in row.get("quote", "") else noun
    if counted:  # "240 kidney transplants": CQE's unit is the noun phrase, "kidney transplant"
        phrase = _noun_phrase(row.get("quote", ""), who)
        return _QUANTULUM_TO_CQE.get(phrase, phrase)
    if unit == "tonnes":  # CQE: "tons" is a ton, "tonnes" a metric ton
        return "ton" if who.startswith("ton") and not who.startswith("tonne") else "metric ton"
    if unit in _CQE_UNIT:
        return _CQE_UNIT[unit]
    if unit in _CQE_CURRENCY:
        return _CQE_CURRENCY[unit]
    if unit not in _OUR_UNITS:  # a unit quantulum3 named ("gigabyte"); CQE's dictionary derives from its names
        return _QUANTULUM_TO_CQE.get(unit, unit).lower()
    noun = _singular(who)
    return noun.capitalize() if re.search(rf"\b{re.escape(who.capitalize())}\b", row.get("quote", "")) else noun


_QUANTULUM_TO_CQE = {"degree angle": "degree", "degree fahrenheit": "fahrenheit", "degree Celsius": "celsius",
                     "gigatonne": "gigaton"}
_NOT_IN_PHRASE = {"of", "the", "a", "an", "and", "or", "about", "around", "some", "nearly", "almost", "over",
                  "more", "than", "up", "to", "at", "least", "million", "billion", "thousand", "hundred",
                  "m", "bn", "k", "b", "dozens", "hundreds", "thousands", "millions", "tens", "scores"}


def _noun_phrase(quote: str, who: str) -> str:
    """The words of the quote after its number, without function and scale words, the last one
    in the singular: "about 240 kidney transplants" -> "kidney transplant"."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", re.split(r"\d(?!.*\d)", quote)[-1])
             if w.lower() not in _NOT_IN_PHRASE and w.lower() not in lx.UNITS_WORDS and w.lower() not in lx.TENS_WORDS
             and not (w.endswith("ed") and "-" not in w and w.lower() != who)]  # CQE: "recorded songs" is "song"
    if not words or words[-1].lower() != who:
        return _singular(who)
    return " ".join(words[:-1] + [_singular(words[-1].lower())])


def _cqe_value(row: dict):
    if row.get("qualifier") == "change":
        return (row["from_value"], row["value"])  # CQE writes a change as the range it spans
    if row.get("value") is None:
        return (row.get("low"), row.get("high"))
    return row.get("value")


def _cqe_gold_value(raw: str):
    m = re.fullmatch(r"(-?[\d.e+]+)\s*-\s*([\d.e+]+)", raw.strip())
    if m:
        return (float(m.group(1)), float(m.group(2)))
    return float(raw)


def _cqe_match(pred, gold, average_ranges=False) -> bool:
    if isinstance(gold, tuple):
        if isinstance(pred, tuple):
            return close(pred[0], gold[0], 1e-5) and close(pred[1], gold[1], 1e-5)
        return average_ranges and close(pred, sum(gold) / 2, 1e-5)
    return not isinstance(pred, tuple) and close(pred, gold, 1e-5)


def _cqe_score(sentences, predict, average_ranges=False, keep=lambda text, q: True):
    """CQE's value F1 and value+unit F1; `keep` chooses the gold quantities scored."""
    correct_v = correct_vu = n_pred = n_gold = 0
    for s in sentences:
        preds = predict(s["text"])
        n_pred += len(preds)
        golds = [(_cqe_gold_value(q["value"]), q["normalized_unit"]) for q in s["quantities"] if keep(s["text"], q)]
        n_gold += len(golds)
        used_v, used_vu = set(), set()
        for gv, gu in golds:
            for i, (pv, pu) in enumerate(preds):
                if i not in used_v and _cqe_match(pv, gv, average_ranges):
                    used_v.add(i)
                    correct_v += 1
                    break
            for i, (pv, pu) in enumerate(preds):
                if i not in used_vu and _cqe_match(pv, gv, average_ranges) and pu == gu:
                    used_vu.add(i)
                    correct_vu += 1
                    break

    def f1(c):
        p = c / n_pred if n_pred else 0
        r = c / n_gold if n_gold else 0
        return 2 * p * r / (p + r) if p + r else 0

    return f1(correct_v), f1(correct_vu)


def newsquant(bench: Path) -> list[tuple]:
    sentences = json.loads((bench / "external" / "newsquant" / "NewsQuant.json").read_text(encoding="utf-8"))

    def quantities(text):
        return [(_cqe_value(r), _cqe_unit(r)) for r in _records(extract_quantities(text))]

    def figures(text):
        return [(_cqe_value(r), _cqe_unit(r)) for r in _records(extract_figures(text))]

    def quantulum(text):
        out = []
        for r in quantulum_figures(text):
            v = r["value"] if r["value"] is not None else (r["low"] + r["high"]) / 2
            out.append((v, r["unit"]))
        return out

    v, vu = _cqe_score(sentences, quantities)
    halves = [_cqe_score(sentences[k::2], quantities) for k in (0, 1)]
    qv, qvu = _cqe_score(sentences, quantulum, average_ranges=True)
    reasons = [r for s in sentences for q in s["quantities"] if (r := _not_a_figure_here(s["text"], q))]
    n_gold = sum(len(s["quantities"]) for s in sentences)
    kept = n_gold - len(reasons)
    fv, fvu = _cqe_score(sentences, figures, keep=lambda text, q: not _not_a_figure_here(text, q))
    counts = ", ".join(f"{n} {why}" for why, n in sorted(Counter(reasons).items(), key=lambda x: -x[1]))
    return [("external/newsquant", f"value F1 / value+unit F1, CQE's rules, {len(sentences)} sentences, "
             "extract_quantities", v, ">= 0.93 / >= 0.87",
             f"value+unit {vu:.3f}; value F1 / value+unit F1 on sentences 1, 3, 5... (whose errors the quantity "
             f"rules were tuned on) {halves[0][0]:.3f} / {halves[0][1]:.3f}, on 2, 4, 6... "
             f"{halves[1][0]:.3f} / {halves[1][1]:.3f}; "
             f"quantulum3 here {qv:.3f} / {qvu:.3f} (published: CQE 0.920 / 0.856, quantulum3 0.730 / 0.472)"),
            ("external/newsquant", f"extract_figures, on the {kept} of {n_gold} gold quantities issue #2 counts as figures",
             fv, "",
             f"value+unit {fvu:.3f}; set aside: {counts}")]


# NewsQuant annotates some quantities that issue #2 says are not figures, or writes them
# another way: ages; "dozens" as the range 12-120 (the issue asks for ACLED's 12); a change
# ("fell from $12,400 to $11,950") as one range; a conversion in brackets ("7 miles (11 km)").
_VAGUE_WORD_RE = re.compile(r"\b(?:dozens|scores|tens|hundreds|thousands|millions|billions)\b", re.I)
_CHANGE_FROM_RE = re.compile(
    r"\b(?:rose|rise|risen|increas|grew|grow|jump|climb|fell|fall|drop|declin|decreas|plummet|narrow|"
    r"slow|boost|improv|revis|cut|rais|lower|creep|went)\w*\b[^.]{0,50}?\bfrom\b", re.I)
_NUMBER_WORD = "|".join(sorted(list(lx.UNITS_WORDS) + list(lx.TENS_WORDS), key=len, reverse=True))
_CONVERSION_RE = re.compile(  # a number, at most two words, then a bracket that starts with a number
    rf"(?:\d|\b(?:{_NUMBER_WORD})\b)(?:[ \t]*[^\s()]+){{0,2}}?[ \t]*"
    r"\(\s*(?:about|around|some|over|nearly|almost|roughly|approximately|~)?\s*"
    r"(?:[A-Z]{1,3}\s?)?[$€£¥]?\s?(?:[A-Z]{1,2})?[.\d][^()]*\)", re.I)


def _not_a_figure_here(text: str, q: dict) -> str | None:
    """Why a NewsQuant gold quantity is no figure under issue #2's rules, or None."""
    if q["normalized_unit"] == "year of age" or re.search(r"(?:year|month)s?[- ]old", q["unit"], re.I):
        return "ages"
    gold = _cqe_gold_value(q["value"])
    if isinstance(gold, tuple):
        low, high = gold
        if low > 0 and close(high, low * 10, 1e-9) and _VAGUE_WORD_RE.search(text):
            return "vague numbers as ranges"
        if low > high:
            return "changes and match scores as ranges"
        for m in _CHANGE_FROM_RE.finditer(text):  # "jumped from 240 to 273": the number after "from" alone
            first = next(find_numbers(text[m.end():m.end() + 30]), None)
            if first is not None and first.value is not None and close(first.value, low, 1e-5):
                return "changes and match scores as ranges"
        return None
    for m in _CONVERSION_RE.finditer(text):
        inside = text.index("(", m.start())
        for n in find_numbers(text[inside:m.end()]):
            if n.value is not None and close(n.value, gold, 1e-5):
                return "conversions in brackets"
    return None


# --- IDMC / IDETECT -------------------------------------------------------------------------

IDMC_TERMS = {
    "displaced": "displaced", "forced to flee": "displaced", "relocated": "displaced",
    "evacuated": "evacuated", "sheltered": "sheltered", "in relief camp": "sheltered",
    "homeless": "homeless", "destroyed housing": "damage",
    "partially destroyed housing": "damage", "uninhabitable housing": "damage",
}
# Categories an analyst would accept for an IDMC term (IDMC's "relocated" covers both).
IDMC_ACCEPT = {"displaced": {"displaced", "evacuated"}, "evacuated": {"evacuated", "displaced"},
               "sheltered": {"sheltered", "displaced", "evacuated"}, "homeless": {"homeless", "displaced"},
               "damage": {"damage"}}
IDMC_UNITS = {"people": {"people"}, "households": {"households"}}


def idmc(bench: Path) -> list[tuple]:
    folder = bench / "external" / "idmc_idetect"
    rows = []
    for name, cols in (("idetect_test_excerpts.csv", ("excerpt", "Quantity", "Term", "Unit")),
                       ("idmc_fully_labelled_excerpts.csv",
                        ("Excerpt", "Displacement figure", "Reporting term", "Reporting unit"))):
        with open(folder / name, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                rows.append(tuple(r[c] for c in cols))
    found = qty = stated = 0
    literal = [0, 0]  # found, stated: excerpts that write the gold number as it is (no sums)
    for text, quantity, term, unit in rows:
        try:
            gold = float(str(quantity).replace(",", ""))
        except ValueError:
            continue
        stated += 1
        written = gold.is_integer() and _stated(text, int(gold))
        literal[1] += written
        cat = IDMC_TERMS.get(term.strip().lower())
        is_housing = "housing" in term.lower()
        figures = _records(extract_figures(text))
        hits = [f for f in figures if any(close(f.get(k), gold) for k in ("value", "low", "high"))]
        qty += bool(hits)
        for f in hits:
            unit_ok = (f["unit"] not in ("people", "households")) if is_housing else \
                f["unit"] == unit.strip().lower()
            if unit_ok and f["category"] in IDMC_ACCEPT.get(cat, {cat}):
                found += 1
                literal[0] += written
                break
    return [("external/idmc_idetect", f"gold figure found with quantity+category+unit, {stated} excerpts",
             found / stated, ">= 0.85",
             f"quantity alone {qty / stated:.3f}; where the text writes the gold number "
             f"{literal[0] / literal[1]:.3f} ({literal[0]}/{literal[1]}) (Data4Democracy: quantity F1 0.75, term F1 0.74)")]


# --- GTD ---------------------------------------------------------------------------------------

_WORD_OF = {v: k for k, v in {**lx.UNITS_WORDS, **lx.TENS_WORDS}.items()}


def _stated(summary: str, n: int) -> bool:
    if re.search(rf"(?<![\d,.]){n:,}(?![\d,]|\.\d)|(?<![\d,.]){n}(?![\d,]|\.\d)", summary):
        return True
    word = _WORD_OF.get(n)
    return bool(word and re.search(rf"\b{word}\b", summary, re.I))


# GTD splits a toll stated "across the attacks" among the related incidents, so the toll of
# such an incident is often not in its summary: those are also scored apart.
_SEVERAL_INCIDENTS = re.compile(r"\bone of (?:at least )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|"
                                r"\bacross (?:the|both|all)\b", re.I)


# "the second of three linked attacks", "across the four events": those numbers count
# incidents. A toll that appears only there is not stated (GTD splits the group's toll).
_NUMBER_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
_COUNT_OF_INCIDENTS = re.compile(
    rf"\b(?:one of )?(?:the|both|all|{_NUMBER_WORD})(?: [\w-]+){{0,3}} "
    r"(?:attacks|incidents|assaults|events|explosions|blasts|clashes|bombings)\b", re.I)


def _toll_stated(summary: str, n: int) -> bool:
    return _stated(_COUNT_OF_INCIDENTS.sub(lambda m: "#" * len(m.group()), summary), n)


def gtd(bench: Path) -> list[tuple]:
    folder = bench / "external" / "gtd"
    stats = {"killed": [0, 0], "injured": [0, 0]}
    single = [0, 0]  # found, stated: summaries of one incident
    incident_counts = 0  # tolls whose number appears only as a count of incidents
    for name in ("gtd_2016_2018_sqlgroupproj.csv", "gtd_us_2013_2016_annie5696.csv"):
        with open(folder / name, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                summary = re.sub(r"^\d\d/\d\d/\d{4}:\s*", "", r.get("summary") or "")
                if not summary:
                    continue
                figures = None
                for cat, col in (("killed", "nkill"), ("injured", "nwound")):
                    try:
                        n = int(float(r.get(col) or ""))
                    except ValueError:
                        continue
                    if n <= 0 or not _stated(summary, n):
                        continue
                    if not _toll_stated(summary, n):
                        incident_counts += 1
                        continue
                    if figures is None:
                        figures = _records(extract_figures(summary))
                    found = any(f["category"] == cat and close(f["value"], n) for f in figures)
                    stats[cat][1] += 1
                    stats[cat][0] += found
                    if not _SEVERAL_INCIDENTS.search(summary):
                        single[0] += found
                        single[1] += 1
    hit = stats["killed"][0] + stats["injured"][0]
    total = stats["killed"][1] + stats["injured"][1]
    return [("external/gtd", f"toll stated in summary and found (killed+wounded), {total} tolls",
             hit / total if total else 0, ">= 0.90",
             f"killed {stats['killed'][0]}/{stats['killed'][1]}, wounded {stats['injured'][0]}/{stats['injured'][1]}; "
             f"summaries of a single incident {single[0] / single[1]:.3f} ({single[0]}/{single[1]}); "
             f"left out: {incident_counts} tolls written only as a count of incidents")]


# --- speed -------------------------------------------------------------------------------------


def speed(bench: Path | None, texts: list[str]) -> list[tuple]:
    """Characters per second on one core, ours and quantulum3's parse, same texts, after warm-up."""
    from quantulum3 import parser

    parser.parse("warm up 5 km")
    extract_figures("warm up: 5 km and 300 people")
    chars = sum(len(t) for t in texts)

    def rate(fn, min_seconds=2.0):
        t0, n = time.perf_counter(), 0
        while True:
            for t in texts:
                fn(t)
            n += 1
            elapsed = time.perf_counter() - t0
            if elapsed >= min_seconds:
                return chars * n / elapsed

    ours = rate(extract_figures)
    theirs = rate(parser.parse, 3.0)
    return [("speed", f"characters per second, one core ({chars:,} chars of report text)", ours,
             ">= 10x quantulum3", f"quantulum3 parse {theirs:,.0f} chars/s; ratio {ours / theirs:.1f}x")]
