"""The scoring rules of ANNOTATION.md (../shared/bench), as pure functions.

In one document, a prediction and a gold figure are the same figure when their quotes
overlap and their numbers agree: within half a percent, a range at its two ends. One gold
figure takes one prediction at most; `optional` gold quotes neither reward nor punish; a
vague gold figure's value is left unscored, so any vague prediction on it counts.
"""
from __future__ import annotations

from dataclasses import dataclass, field

PEOPLE_UNITS = {"people", "households"}


def _num(x):
    if x is None:
        return None
    try:
        x = float(x)
    except (TypeError, ValueError):
        return None
    return None if x != x else x  # NaN -> None


def close(a, b, rel=0.005) -> bool:
    a, b = _num(a), _num(b)
    if a is None or b is None:
        return False
    return abs(a - b) <= rel * max(abs(a), abs(b)) or a == b


def occurrences(text: str, quotes: list[str]) -> list[tuple[int, int] | None]:
    """Spans of quotes in text; the k-th annotation of a repeated quote is its k-th occurrence."""
    seen: dict[str, int] = {}
    spans = []
    for q in quotes:
        pos, k = -1, seen.get(q, 0)
        for _ in range(k + 1):
            pos = text.find(q, pos + 1)
            if pos < 0:
                break
        seen[q] = k + 1
        spans.append((pos, pos + len(q)) if pos >= 0 else None)
    return spans


def all_occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    out, pos = [], text.find(quote)
    while pos >= 0 and quote:
        out.append((pos, pos + len(quote)))
        pos = text.find(quote, pos + 1)
    return out


def numbers_agree(pred: dict, gold: dict) -> bool:
    if gold.get("vague"):
        return bool(pred.get("vague")) or close(pred.get("value"), gold.get("value"))
    if gold.get("value") is None:
        return close(pred.get("low"), gold.get("low")) and close(pred.get("high"), gold.get("high"))
    return close(pred.get("value"), gold["value"])


def overlaps(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def who_agrees(pred_who, gold_who) -> bool:
    p, g = (pred_who or "").lower().strip(), (gold_who or "").lower().strip()
    return bool(p and g) and (p in g or g in p)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    agree: dict = field(default_factory=lambda: {"unit": 0, "who": 0, "qualifier": 0})
    errors: list = field(default_factory=list)

    def add(self, other: "Counts"):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for k in self.agree:
            self.agree[k] += other.agree[k]
        self.errors += other.errors

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_document(doc: dict, preds: list[dict]) -> tuple[Counts, Counts]:
    """(value counts over all figures, headline counts over people figures with category)."""
    text = doc["text"]
    golds = doc["figures"]
    gold_spans = occurrences(text, [g["quote"] for g in golds])
    optional_spans = [s for q in doc.get("optional", []) for s in all_occurrences(text, q)]
    pred_spans = [(int(p["start"]), int(p["end"])) for p in preds]

    match_of_pred: dict[int, int] = {}
    used_gold: set[int] = set()
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            if gi in used_gold or not overlaps(pred_spans[pi], gold_spans[gi]):
                continue
            if numbers_agree(p, g):
                match_of_pred[pi] = gi
                used_gold.add(gi)
                break
    optional_pred = {pi for pi in range(len(preds)) if pi not in match_of_pred
                     and any(overlaps(pred_spans[pi], s) for s in optional_spans)}

    value = Counts()
    for pi, p in enumerate(preds):
        if pi in match_of_pred:
            value.tp += 1
            g = golds[match_of_pred[pi]]
            value.agree["unit"] += (p.get("unit") or "") == g.get("unit")
            value.agree["who"] += who_agrees(p.get("who"), g.get("who"))
            value.agree["qualifier"] += p.get("qualifier") == g.get("qualifier")
        elif pi not in optional_pred:
            value.fp += 1
            value.errors.append(("FP", doc.get("doc_id"), p.get("quote"), p.get("value"), p.get("unit"), p.get("category")))
    for gi, g in enumerate(golds):
        if gi not in used_gold:
            value.fn += 1
            value.errors.append(("FN", doc.get("doc_id"), g["quote"], g.get("value"), g.get("unit"), g.get("category")))

    def is_headline_gold(g):
        return g.get("unit") in PEOPLE_UNITS and not g.get("vague")

    def is_headline_pred(p):
        return p.get("unit") in PEOPLE_UNITS and not p.get("vague")

    head = Counts()
    gold_hit = set()
    for pi, p in enumerate(preds):
        if not is_headline_pred(p) or pi in optional_pred:
            continue
        gi = match_of_pred.get(pi)
        if gi is None:
            head.fp += 1
            continue
        g = golds[gi]
        if not is_headline_gold(g):
            continue  # matched a vague or non-people gold figure: not a headline error
        if p.get("category") == g.get("category"):
            head.tp += 1
            gold_hit.add(gi)
        else:
            head.fp += 1
            head.errors.append(("CAT", doc.get("doc_id"), g["quote"], p.get("category"), g.get("category")))
    head.fn = sum(1 for gi, g in enumerate(golds) if is_headline_gold(g) and gi not in gold_hit)
    return value, head
