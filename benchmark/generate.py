"""Synthetic reports and stores for the speed benchmarks (written here, not taken from anywhere)."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

PLACES = ["Sudan", "Haiti", "Gaza", "Yemen", "Somalia", "Myanmar", "Ukraine", "Afghanistan",
          "Mozambique", "Bangladesh", "Philippines", "South Sudan", "Ethiopia", "Syria", "Chad"]
SOURCES = ["Sudan Monitor", "Crisis Desk", "Relief Monitor", "Levant Daily", "Caribbean Health Wire",
           "Eastern Europe Desk", "Kabul Observer", "Sanaa Bulletin"]
AGENCIES = ["AP", "AFP", "Reuters", "dpa"]
SENTENCES = [
    "Shelling near the market killed {n} civilians and injured {m} others, medics said.",
    "About {big} people have fled their homes since the fighting began, according to {org}.",
    "Up to {big} people are in need of food assistance in the district.",
    "The floods destroyed {n} houses and damaged {m} schools.",
    "Aid agencies reached {big} people with cash transfers last month.",
    "Between {n} and {m} families were evacuated from the river banks.",
    "Officials said {n} people remain missing after the landslide.",
    "The appeal seeks ${n} million for shelter, water and health care.",
    "Dozens of people were injured when the bridge collapsed.",
    "The camp now hosts more than {big} displaced people.",
    "Health workers reported {m} suspected cholera cases in the camp.",
    "The convoy travelled {n} kilometres through areas cut off by the rains.",
    "Talks between the parties resumed on Tuesday in the capital, diplomats said.",
    "Local leaders called for safe passage for civilians and for aid workers.",
    "Prices of staple foods have risen sharply, traders in the main market said.",
]
ORGS = ["the UN", "IOM", "OCHA", "UNHCR", "the Red Cross"]


def report_text(rng: random.Random, size: int = 3000) -> tuple[str, str]:
    place = rng.choice(PLACES)
    title = f"{place}: situation update {rng.randint(1, 999)}"
    parts, length = [], 0
    while length < size:
        s = rng.choice(SENTENCES).format(n=rng.randint(2, 900), m=rng.randint(901, 4000),
                                         big=f"{rng.randint(1, 400) * 1000:,}", org=rng.choice(ORGS))
        s = s.replace("the district", f"the district of {place}", 1)
        parts.append(s)
        length += len(s) + 1
    return title, " ".join(parts)


def write_reports(folder: Path, n: int, seed: int = 7) -> int:
    """n plain-text reports of about 3 KB each, as analysts save them; returns bytes written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    start = dt.date(2025, 1, 1)
    total = 0
    for i in range(n):
        title, body = report_text(rng)
        day = start + dt.timedelta(days=rng.randint(0, 300))
        credit = ", ".join(rng.sample(AGENCIES, 2))
        text = (f"{title}\nSource: {rng.choice(SOURCES)}\nURL: https://example.org/r/{i}\n"
                f"{day:%B} {day.day}, {day.year} {body}\nxx/yy ({credit})\n")
        (folder / f"report-{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def fill_store(db: Path, figures: int, reports: int | None = None, seed: int = 7) -> None:
    """A store with `figures` figures over reports and a year of dates, made by DuckDB itself."""
    import duckdb

    from tracker.store import SCHEMA, migrate

    reports = reports or max(1, figures // 20)
    con = duckdb.connect(str(db))
    con.execute(SCHEMA)
    migrate(con)
    con.execute(f"SELECT setseed({(seed % 100) / 100})")
    src = ", ".join(f"'{s}'" for s in SOURCES)
    places = ", ".join(f"'{p}'" for p in PLACES)
    con.execute(f"""
        INSERT INTO reports (id, title, published, source, agencies, url, language, text, origin, extractor_version)
        SELECT 'r' || i, 'Situation update ' || i, DATE '2025-01-01' + CAST(i % 330 AS INTEGER),
               ([{src}])[1 + i % {len(SOURCES)}], ['AP', (['AFP', 'Reuters', 'dpa'])[1 + i % 3]],
               'https://example.org/r/' || i, 'en',
               'Fighting displaced 4,000 people and killed 12 civilians in the district.', 'generated', 'bench'
        FROM range({reports}) t(i)""")
    cats = "['killed','injured','displaced','evacuated','in_need','affected','damage','funding']"
    con.execute(f"""
        INSERT INTO figures BY NAME
        SELECT g.*, r.published, r.source FROM (
          SELECT 'r' || (i % {reports}) AS report_id, i // {reports} AS n, 'about ' || v || ' people' AS quote,
                 10 AS start, 30 AS "end", v AS value, NULL AS low, NULL AS high, 'approx' AS qualifier,
                 false AS vague, CASE WHEN i % 10 = 0 THEN 'households' ELSE 'people' END AS unit,
                 'people' AS who, ({cats})[1 + i % 8] AS category,
                 'Fighting displaced about ' || v || ' people in the district.' AS sentence, 0 AS sentence_start,
                 ([{places}])[1 + (i // 7) % {len(PLACES)}] AS place
          FROM (SELECT i, CAST(1 + random() * 50000 AS INTEGER) AS v FROM range({figures}) t(i))) g
        JOIN reports r ON r.id = g.report_id""")
    con.close()
