"""Whatever text comes in, extract_figures and extract_quantities answer with a valid table,
never an exception."""
import math
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import COLUMNS, extract_figures, extract_quantities, figure_records

PIECES = st.sampled_from([
    "8,000", "1.5 million", "2.3m", "up to", "about", "between 200 and 300", "60,000-80,000",
    "dozens of", "hundreds", "tens of thousands", " people", " families", " killed", " displaced",
    " km", "%", "$", "US$", "(", ")", "-", ",", ".", "\n", " ", "1,26", "14 000", "twenty-five",
    "a dozen", "December 8, 2016", "12-year-old", "G20", "+41 22 917", "1e308", "9" * 40, "0.0000001",
    "١٢٣", "½", "²", "\u00a0", "\u202f", "½ million", "nine hundred and", "were", "others", "toll to",
    "two-, three- and four-", "-kg bags", "″", "′", "°", " of the ", " or ", "one of the best", " WAR",
    " ppg", " W 40th St", " million-year-old", " peole", "a day or", " by ",
])
REPORTISH = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join)


def check(text):
    df = extract_figures(text)
    assert list(df.columns) == COLUMNS
    # Ingest stores figure_records(text): the same figures, without the table.
    assert [(r["start"], r["end"], r["unit"], r["category"]) for r in figure_records(text)] == \
        list(zip(df.start, df.end, df.unit, df.category))
    for row in df.itertuples():
        assert text[row.start:row.end] == row.quote
        for v in (row.value, row.low, row.high):
            assert v is None or math.isnan(v) or math.isfinite(v)
        assert not (math.isnan(row.value) and math.isnan(row.low) and math.isnan(row.high))
    return df


def check_quantities(text):
    df = extract_quantities(text)
    assert list(df.columns)[:len(COLUMNS)] == COLUMNS
    for row in df.itertuples():
        assert text[row.start:row.end] == row.quote
        for v in (row.value, row.low, row.high, row.from_value):
            assert math.isnan(v) or math.isfinite(v)
        assert (row.qualifier == "change") == (not math.isnan(row.from_value))


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_unicode_text(text):
    check(text)
    check_quantities(text)


@settings(max_examples=400, deadline=None)
@given(REPORTISH)
def test_report_like_mixtures_of_numbers_and_punctuation(text):
    check(text)
    check_quantities(text)


def test_long_runs_of_digits_and_a_one_line_megabyte():
    check("9" * 100_000)
    check(("1,000," * 20_000)[:-1])
    df = check("Floods displaced 3,000 people; " * 7_000)  # 210 KB, one line, no full stop
    assert len(df) == 7_000 and set(df.category) == {"displaced"}


def test_time_grows_linearly_with_text():
    unit = "Fighting killed 12 civilians and displaced about 4,000 families near the border. " \
           "The UN said 2.3 million people need aid, up to 40 percent more than in 2023. "
    small, large = unit * 600, unit * 6000  # ~100 KB and ~1 MB

    def best_of(text, runs):
        return min(_timed(text) for _ in range(runs))

    extract_figures(unit)
    ratio = best_of(large, 3) / best_of(small, 3)
    assert ratio < 20, f"1 MB took {ratio:.1f}x the time of 100 KB (linear would be 10x)"


def _timed(text):
    """CPU time of this process: other work on a shared machine does not count."""
    t0 = time.process_time()
    extract_figures(text)
    return time.process_time() - t0
