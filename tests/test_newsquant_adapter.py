"""The NewsQuant benchmark's adapter: our units under CQE's unit names, and CQE's scoring rules.

A wrong name here would move the printed value+unit F1 without any change in extraction, so
the mapping is a specification of its own (sentences written for this project).
"""
import pytest

from benchmark.extraction import _cqe_score, _cqe_unit, _cqe_value, _positive, _records
from extract import extract_quantities


def _unit_of(sentence: str, quote: str) -> str:
    rows = [r for r in _records(extract_quantities(sentence)) if r["quote"] == quote]
    assert len(rows) == 1, [r["quote"] for r in _records(extract_quantities(sentence))]
    return _cqe_unit(rows[0])


@pytest.mark.parametrize("sentence, quote, cqe_unit", [
    ("Rents rose 12 percent this year.", "12 percent", "percentage"),
    ("The ministry paid $4 million for tents.", "$4 million", "dollar"),
    ("The pledge was 3.5 million Australian dollars.", "3.5 million Australian dollars", "australian dollar"),
    ("Water costs $1.50 a litre in the camp.", "$1.50 a litre", "dollar per litre"),
    ("The ship carried 1.2m tons of grain.", "1.2m tons", "ton"),
    ("WFP delivered 450 tonnes of food.", "450 tonnes", "metric ton"),
    ("Arsenic reached 14 ppb in the wells.", "14 ppb", "parts-per-billion"),
    ("Arsenic reached 14 parts per billion in the wells.", "14 parts per billion", "part per billion"),
    ("Bread now costs 85p a loaf.", "85p", "point"),
    ("Surgeons carried out about 240 kidney transplants.", "about 240 kidney transplants", "kidney transplant"),
    ("About 1,300 Venezuelans crossed the border.", "About 1,300 Venezuelans", "Venezuelan"),
    ("A quarter of the UK workforce is on leave.", "A quarter", "% UK workforce"),
    ("A third of those surveyed had no water.", "A third", "% -"),
    ("Temperatures reached 112 degrees Fahrenheit.", "112 degrees Fahrenheit", "fahrenheit"),
    ("The reliever was worth 1.2 WAR last season.", "1.2 WAR", "win above replacement"),
    ("She averages 18.3 ppg for the club.", "18.3 ppg", "point per game"),
    ("The camp has two-, three- and four-room shelters.", "three", "room"),
    ("It is one of the best field hospitals in the region.", "one of the best field hospitals", "good field hospital"),
    ("It was one of the largest floods on record.", "one of the largest floods", "large flood"),
    ("It was one of the most costly droughts in decades.", "one of the most costly droughts", "costly drought"),
])
def test_our_units_under_cqe_names(sentence, quote, cqe_unit):
    assert _unit_of(sentence, quote) == cqe_unit


def test_a_change_is_compared_as_the_range_it_spans():
    row = _records(extract_quantities("Inflation eased from 6.2 to 5.9 percent."))[0]
    assert _cqe_value(row) == (6.2, 5.9)


def test_scoring_counts_value_and_unit_matches_once_each():
    """CQE's rules: a gold quantity matches one prediction of the same value (and unit, for
    value+unit); P = correct / predicted, R = correct / gold, micro over all sentences."""
    gold = [{"text": "t1", "quantities": [{"value": "5", "normalized_unit": "dollar"},
                                           {"value": "5", "normalized_unit": "euro"}]},
            {"text": "t2", "quantities": [{"value": "10-20", "normalized_unit": "-"}]}]
    predictions = {"t1": [(5.0, "dollar")], "t2": [((10.0, 20.0), "-"), (7.0, "-")]}
    value_f1, value_unit_f1 = _cqe_score(gold, lambda text: predictions[text])
    # values: 2 correct of 3 predicted and 3 gold; value+unit: the same 2
    assert value_f1 == pytest.approx(2 / 3)
    assert value_unit_f1 == pytest.approx(2 / 3)
    predictions["t1"] = [(5.0, "euro")]
    assert _cqe_score(gold, lambda text: predictions[text]) == pytest.approx((2 / 3, 2 / 3))
    predictions["t1"] = [(5.0, "pound")]
    assert _cqe_score(gold, lambda text: predictions[text])[1] == pytest.approx(1 / 3)


@pytest.mark.parametrize("superlative, positive", [
    ("best", "good"), ("worst", "bad"), ("largest", "large"), ("biggest", "big"), ("deadliest", "deadly"),
    ("finest", "fine"), ("safest", "safe"), ("greatest", "great"), ("strongest", "strong"), ("fastest", "fast"),
])
def test_a_superlative_is_named_by_its_adjective_as_cqe_lemmatises_it(superlative, positive):
    assert _positive(superlative) == positive
