"""extract_quantities: every quantity, the conventions of general quantity extraction.

Sentences written for this project. Each row: a sentence, the quote the quantity must
overlap, value, low, high, qualifier, unit, and whether extract_figures also reports it.
"""
import math

import pytest

from extract import extract_figures, extract_quantities

N = None
EXAMPLES = [
    # --- what figures keep, quantities keep too, with the same reading -----------------------
    ("Shelling killed 12 civilians in the market on Tuesday.", "12 civilians", 12, N, N, "exact", "people", True),
    ("Repairs will cost from $40 to $55 million, engineers said.", "$40 to $55 million", N, 40e6, 55e6, "range", "usd", True),
    # --- vague numbers span their order of magnitude ------------------------------------------
    ("Dozens of shops were looted overnight.", "Dozens", N, 12, 120, "range", "shops", True),
    ("The project will cost tens of millions of dollars.", "tens of millions", N, 1e7, 1e8, "range", "usd", True),
    # --- ages ----------------------------------------------------------------------------------
    ("The 64-year-old farmer has planted the same field for decades.", "64-year-old", 64, N, N, "exact", "years old", False),
    ("Her son, now 9 months old, was born in the camp.", "9 months old", 9, N, N, "exact", "months old", False),
    ("Marta Ruiz, 41, runs the bakery on the square.", "41", 41, N, N, "exact", "years old", False),
    ("The oldest resident, aged 97, still walks to the market.", "97", 97, N, N, "exact", "years old", False),
    ("The well is cut into 300 million-year-old limestone.", "300 million-year-old", 3e8, N, N, "exact", "years old", False),
    # --- a change is one quantity: where it ended, and where it started ----------------------
    ("Inflation eased from 6.2 to 5.9 percent in the second quarter.", "6.2 to 5.9 percent", 5.9, N, N, "change", "percent", True),
    ("The shares slid from $14.10 at the open to $12.75 by noon.", "$14.10 at the open to $12.75", 12.75, N, N, "change", "usd", False),
    ("Diesel went from $1.20 U.S. per litre to $1.45 in a week.", "$1.20 U.S. per litre to $1.45", 1.45, N, N, "change", "usd", False),
    # --- bare values and numbers that count things nothing happens to -------------------------
    ("The index closed at 7,412.35 on Friday.", "7,412.35", 7412.35, N, N, "exact", N, False),
    ("The club sold 40 season tickets in a day.", "40 season tickets", 40, N, N, "exact", "tickets", True),
    ("The ferry carried one truck and a bus.", "one truck", 1, N, N, "exact", "truck", False),
    ("The pump runs on a 2 stroke engine.", "2 stroke", 2, N, N, "exact", "stroke", False),
    ("The depot holds 40,000 water purification tablets.", "40,000 water purification tablets", 40000, N, N, "exact", "water purification tablets", False),
    ("Medics reported one serious injury at the crossing.", "one serious injury", 1, N, N, "exact", "serious injury", False),
    ("One mortar hit the school yard.", "One mortar", 1, N, N, "exact", "mortar", False),
    ("A magnitude 5.9 earthquake struck the coast.", "5.9 earthquake", 5.9, N, N, "exact", "earthquake", False),
    ("About 900 live in the old quarter.", "About 900", 900, N, N, "approx", N, False),
    ("The ministry said it needs 2.4 b to rebuild the bridges.", "2.4 b", 2.4e9, N, N, "exact", N, False),
    ("Shares in the insurer fell 7 p at 212 p after the floods.", "7 p", 7, N, N, "exact", "penny", True),
    ("The new model is 4,000 cheaper than the old one.", "4,000", 4000, N, N, "exact", N, False),
    # --- shares written as words ------------------------------------------------------------------
    ("A third of the wells in the valley have run dry.", "A third", 1 / 3, N, N, "exact", "share", False),
    ("Nearly two-thirds of the tickets were sold online.", "two-thirds", 2 / 3, N, N, "exact", "share", False),
    ("Half the stalls stayed closed after the storm.", "Half", 0.5, N, N, "exact", "share", False),
    ("A cup is 1/4 of a litre in this recipe.", "1/4", 0.25, N, N, "exact", "litres", False),
    ("The flood took a third of a mile of the embankment.", "a third", 1 / 3, N, N, "exact", "miles", False),
    ("Prices saw a 3-fold rise since spring.", "3-fold", 3, N, N, "exact", "times", False),
    ("Exports grew sixfold in a decade.", "sixfold", 6, N, N, "exact", "times", False),
    ("The recipe takes 1/2 cup of oil per family.", "1/2", 0.5, N, N, "exact", "cup", False),
    # --- a change written as the level, then where it started ------------------------------------
    ("Grain stocks shrank to 41,200 sacks from 57,900 sacks.", "41,200 sacks", 41200, N, N, "change", "sacks", True),
    ("One in five children in the camp is underweight.", "One in five children", 0.2, N, N, "exact", "share", True),
    # --- powers of ten ------------------------------------------------------------------------------
    ("A charge of 1.6x10^-19 coulombs moved.", "1.6x10^-19", 1.6e-19, N, N, "exact", "coulombs", True),
    ("The sample held 6.02 x 10^23 atoms.", "6.02 x 10^23 atoms", 6.02e23, N, N, "exact", "atoms", True),
    ("Each tent is 3 x 10 metres.", "10 metres", 10, N, N, "exact", "m", True),
    # --- a rate keeps what it is per in its unit -------------------------------------------------
    ("The water subscription costs $4.50 a month per household.", "$4.50 a month", 4.5, N, N, "exact", "usd per month", True),
    ("The refinery processes 90,000 barrels per day.", "90,000 barrels per day", 90000, N, N, "exact", "barrels per day", True),
    ("Bidders offered C$8 (US$5.90) per share in cash.", "C$8", 8, N, N, "exact", "cad per share", True),
    ("Licence fees rose by up to £30 a-year.", "up to £30 a-year", 30, N, 30, "at_most", "gbp per year", True),
    ("Sales reached $3.2 billion, up from $2.9 billion a year earlier.", "$2.9 billion", 2.9e9, N, N, "exact", "usd", True),
    # --- an index's level is in the points its change is in -------------------------------------
    ("The index rose 41.5 points to 3,902.7 at the close.", "3,902.7", 3902.7, N, N, "exact", "points", False),
    ("The index gave up 88.1 points, or 1.2%, to close at 7,010.4.", "7,010.4", 7010.4, N, N, "exact", "points", False),
    ("The board index (2,315.6 down 12.4 points) fell for a third day.", "2,315.6", 2315.6, N, N, "exact", "points", False),
    ("The index rose 2% to 1,204 on Monday.", "1,204", 1204, N, N, "exact", N, False),
    # --- after "one", a word in -s is the verb of the noun ---------------------------------------
    ("One proposal asks donors to fund the clinics for a year.", "One proposal", 1, N, N, "exact", "proposal", False),
    # --- conversions in brackets are quantities of their own -----------------------------------
    ("The convoy drove 30 miles (48 km) on a dirt road.", "48 km", 48, N, N, "exact", "km", False),
    ("Money: $1tn is what the plan costs.", "$1tn", 1e12, N, N, "exact", "usd", True),
    # --- a part of a whole, a list of hyphenated numbers: the unit is written once --------------
    ("The fund holds 90 million of the 600 million shekels pledged.", "90 million", 9e7, N, N, "exact", "ils", False),
    ("Crews cleared 12 of the 40 km of blocked road.", "12", 12, N, N, "exact", "km", False),
    ("The camp has two-, three- and four-room shelters.", "three", 3, N, N, "exact", "room", False),
    ("The camp has two-, three- and four-room shelters.", "four-room", 4, N, N, "exact", "room", False),
    ("Tenants signed two- or three-year leases.", "two", 2, N, N, "exact", "years", False),
    ("The old pipe is 30.5″ long.", "30.5″", 30.5, N, N, "exact", "inches", True),
    # --- "one of the" with a superlative is one of the things named after it ----------------------
    ("It was one of the deadliest floods in a decade.", "one of the deadliest floods", 1, N, N, "exact", "floods", False),
    ("He is one of the most experienced field surgeons left.", "one of the most experienced field surgeons", 1, N, N, "exact", "field surgeons", False),
    # --- a unit written once for two numbers ------------------------------------------------------
    ("The road should reopen in a day or two.", "two", 2, N, N, "exact", "days", False),
    ("Exports rose by 4 percent in May and imports by 2.", "2", 2, N, N, "exact", "percent", False),
    # --- statistics of sports reports, as written (case matters) ---------------------------------
    ("The reliever was worth 1.2 WAR last season.", "1.2 WAR", 1.2, N, N, "exact", "WAR", False),
    ("She averages 18.3 ppg and 6.2 rpg for the club.", "6.2 rpg", 6.2, N, N, "exact", "rebounds per game", False),
    ("The museum honours 2 war reporters.", "2 war reporters", 2, N, N, "exact", "reporters", True),
]


def _overlapping(df, quote, sentence):
    start = sentence.index(quote)
    end = start + len(quote)
    return df[(df.start < end) & (df.end > start)]


@pytest.mark.parametrize("sentence, quote, value, low, high, qualifier, unit, also_a_figure", EXAMPLES,
                         ids=[e[1] for e in EXAMPLES])
def test_every_quantity(sentence, quote, value, low, high, qualifier, unit, also_a_figure):
    df = extract_quantities(sentence)
    hit = _overlapping(df, quote, sentence)
    assert len(hit) == 1, df[["quote", "value", "unit"]]
    row = hit.iloc[0]
    for got, want in ((row.value, value), (row.low, low), (row.high, high)):
        assert (want is None and math.isnan(got)) or got == pytest.approx(want, rel=1e-9)
    assert row.qualifier == qualifier
    assert (row.unit if isinstance(row.unit, str) else None) == unit  # a str column holds no unit as NaN
    assert sentence[row.start:row.end] == row.quote
    figures = _overlapping(extract_figures(sentence), quote, sentence)
    assert (len(figures) == 1) == also_a_figure


NOT_QUANTITIES = [
    ("Another idea is to pay the teachers in cash.", "Another"),
    ("The fever broke in the second half of the night.", "half"),
    # a number that is part of a name, an address, a score, a date or a time
    ("The new iPhone 15 cameras sold out in an hour.", "15"),
    ("Shares in the S&P 500 fell in early trade.", "500"),
    ("The category 4 storm reached the coast at dawn.", "4"),
    ("The visitors won the final 3-1 after extra time.", "3-1"),
    ("The depot stands at 52 Harbour Street, near the port.", "52"),
    ("The office moved to 12 W 40th St, next to the bank.", "12"),
    ("The shelter is at 77 Palm Court Way.", "77"),
    ("The dam is expected to fill up by 2031, engineers said.", "2031"),
    ("The market opened on 14 March at 10:30.", "14"),
    ("The talks were held in 2019 and again in 2021.", "2019"),
    # "one" as a pronoun
    ("The old bridge fell, and the new one is not finished.", "one"),
]


@pytest.mark.parametrize("sentence, quote", NOT_QUANTITIES, ids=[q for _, q in NOT_QUANTITIES])
def test_not_a_quantity(sentence, quote):
    df = extract_quantities(sentence)
    assert _overlapping(df, quote, sentence).empty, df[["quote", "value", "unit"]]


def test_figures_keep_their_category_and_the_table_has_the_figure_columns():
    df = extract_quantities("The floods displaced 3,000 people. The index rose 2% to 1,204.")
    assert df.loc[df.quote == "3,000 people", "category"].item() == "displaced"
    assert list(df.columns[: len(extract_figures("").columns)]) == list(extract_figures("").columns)
    assert "from_value" in df.columns


@pytest.mark.parametrize("sentence, whole", [
    ("A third of the wells in the valley have run dry.", "wells"),
    ("A quarter of the district population lives on the hills.", "district population"),
    ("Nearly half of the new and repaired latrines are in use.", "new repaired latrines"),
    ("A third of those surveyed had no water.", ""),
    ("About half of them have gone home.", ""),
    ("One fifth of the US workforce is idle.", "US workforce"),
])
def test_a_share_says_what_it_is_a_share_of(sentence, whole):
    """'a third of the wells' is a share (unit "share") whose `who` names the whole, without
    determiners, numbers or the verb after it."""
    row = extract_quantities(sentence).iloc[0]
    assert (row.unit, row.who) == ("share", whole)


def test_empty_and_wrong_input():
    assert extract_quantities("").empty
    with pytest.raises(TypeError):
        extract_quantities(None)
