"""Filtered views of the store, as SQL that DuckDB runs (the dashboard and exports share them)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

VIEW_COLUMNS = """f.report_id, f.n, f.published, f.source, coalesce(r.agencies, []) AS agencies, r.title, r.url,
    f.category, f.value, f.low, f.high, f.qualifier, f.vague, f.unit, f.who, f.quote,
    f.sentence, f.place, f.start, f."end" """
WITH_REPORTS = "figures f JOIN reports r ON r.id = f.report_id"
NEWEST_FIRST = "f.published DESC NULLS LAST, f.report_id, f.n"
SHOWN_VALUE = "coalesce(f.value, f.high, f.low)"


@dataclass
class Filters:
    sources: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    since: dt.date | None = None
    until: dt.date | None = None
    search: str = ""

    def where(self) -> tuple[str, list]:
        """SQL condition on `figures f` alone (no join needed) and its parameters, always bound."""
        clauses, params = [], []
        for column, values in (("f.source", self.sources), ("f.category", self.categories),
                               ("f.unit", self.units), ("f.place", self.places)):
            if values:
                clauses.append(f"{column} IN (SELECT unnest(?))")
                params.append(list(values))
        if self.agencies:
            clauses.append("f.report_id IN (SELECT id FROM reports WHERE list_has_any(agencies, ?))")
            params.append(list(self.agencies))
        if self.since:
            clauses.append("f.published >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("f.published <= ?")
            params.append(self.until)
        if self.search.strip():
            clauses.append("(f.who ILIKE ? OR f.quote ILIKE ? OR f.sentence ILIKE ?)")
            pattern = "%" + self.search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            params += [pattern] * 3
        return (" AND ".join(clauses) or "TRUE"), params


def figures(con, filters: Filters, limit: int | None = None) -> pd.DataFrame:
    """The filtered figures, newest first, with their report's title, link and agencies
    (joined after the limit: the join then costs 1,000 lookups, not a million)."""
    where, params = filters.where()
    first = f"ORDER BY {NEWEST_FIRST} LIMIT {int(limit)}" if limit else ""
    sql = f"""
        WITH chosen AS (SELECT * FROM figures f WHERE {where} {first})
        SELECT {VIEW_COLUMNS} FROM chosen f JOIN reports r ON r.id = f.report_id ORDER BY {NEWEST_FIRST}"""
    return con.execute(sql, params).df()


def latest_by_category(con, filters: Filters, categories) -> pd.DataFrame:
    """The most recent figure of each category in the filtered set; on the same date a count
    of people before other units, then the largest. One aggregate, no window over all rows."""
    where, params = filters.where()
    sql = f"""
        WITH pick AS (
          SELECT max_by(f.rowid, (f.published, f.unit IN ('people', 'households'), {SHOWN_VALUE})) AS row
          FROM figures f
          WHERE {where} AND f.category IN (SELECT unnest(?)) AND NOT f.vague AND f.published IS NOT NULL
          GROUP BY f.category)
        SELECT {VIEW_COLUMNS} FROM {WITH_REPORTS} WHERE f.rowid IN (SELECT row FROM pick)"""
    return con.execute(sql, params + [list(categories)]).df()


def over_time(con, filters: Filters) -> pd.DataFrame:
    """People figures for the time chart: per day and category, the largest, with its context
    (read for the chosen rows only, not carried through the aggregate for every row)."""
    where, params = filters.where()
    sql = f"""
        WITH daily AS (
          SELECT f.published, f.category, max({SHOWN_VALUE}) AS shown, count(*) AS figures,
                 arg_max(f.rowid, {SHOWN_VALUE}) AS row
          FROM figures f
          WHERE {where} AND f.unit IN ('people', 'households') AND f.published IS NOT NULL
          GROUP BY 1, 2)
        SELECT d.published, d.category, d.shown, d.figures, f.who, f.qualifier, f.source, f.sentence
        FROM daily d JOIN figures f ON f.rowid = d.row ORDER BY 1, 2"""
    return con.execute(sql, params).df()


def per_source(con, filters: Filters) -> pd.DataFrame:
    """Figures per source and category; their sum is the filtered count."""
    where, params = filters.where()
    return con.execute(f"""SELECT f.source, f.category, count(*) AS figures
        FROM figures f WHERE {where} GROUP BY 1, 2 ORDER BY 3 DESC""", params).df()


def options(con) -> dict[str, list]:
    """Every value a filter can take, for the sidebar (cheap: distinct over indexed columns)."""
    def distinct(sql):
        return [row[0] for row in con.execute(sql).fetchall() if row[0] not in (None, "")]

    span = con.execute("SELECT min(published), max(published) FROM reports").fetchone()
    return {
        "sources": distinct("SELECT DISTINCT source FROM reports ORDER BY 1"),
        "agencies": distinct("SELECT DISTINCT unnest(agencies) FROM reports ORDER BY 1"),
        "categories": distinct("SELECT DISTINCT category FROM figures ORDER BY 1"),
        "units": distinct("SELECT unit FROM figures GROUP BY 1 ORDER BY count(*) DESC"),
        "places": distinct("SELECT DISTINCT place FROM figures ORDER BY 1"),
        "first": span[0], "last": span[1],
    }


def report(con, report_id: str):
    row = con.execute("SELECT id, title, published, source, agencies, url, text FROM reports WHERE id = ?",
                      [report_id]).fetchone()
    if row is None:
        return None, pd.DataFrame()
    figs = con.execute("SELECT * FROM figures WHERE report_id = ? ORDER BY start", [report_id]).df()
    keys = ["id", "title", "published", "source", "agencies", "url", "text"]
    return dict(zip(keys, row)), figs
