"""Filtered views of the store, as SQL that DuckDB runs (the dashboard and exports share them)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

VIEW_COLUMNS = """f.report_id, f.n, r.published, r.source, r.agencies, r.title, r.url,
    f.category, f.value, f.low, f.high, f.qualifier, f.vague, f.unit, f.who, f.quote,
    f.sentence, f.place, f.start, f."end" """


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
        """SQL condition and its parameters; values are always bound, never pasted in."""
        clauses, params = [], []
        for column, values in (("r.source", self.sources), ("f.category", self.categories),
                               ("f.unit", self.units), ("f.place", self.places)):
            if values:
                clauses.append(f"{column} IN (SELECT unnest(?))")
                params.append(list(values))
        if self.agencies:
            clauses.append("list_has_any(r.agencies, ?)")
            params.append(list(self.agencies))
        if self.since:
            clauses.append("r.published >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("r.published <= ?")
            params.append(self.until)
        if self.search.strip():
            clauses.append("(f.who ILIKE ? OR f.quote ILIKE ? OR f.sentence ILIKE ?)")
            pattern = "%" + self.search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            params += [pattern] * 3
        return (" AND ".join(clauses) or "TRUE"), params


def figures(con, filters: Filters, limit: int | None = None) -> pd.DataFrame:
    where, params = filters.where()
    sql = (f"SELECT {VIEW_COLUMNS} FROM figures f JOIN reports r ON r.id = f.report_id WHERE {where} "
           "ORDER BY r.published DESC NULLS LAST, f.report_id, f.n")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return con.execute(sql, params).df()


def count(con, filters: Filters) -> int:
    where, params = filters.where()
    return con.execute(f"SELECT count(*) FROM figures f JOIN reports r ON r.id = f.report_id WHERE {where}",
                       params).fetchone()[0]


def latest_by_category(con, filters: Filters, categories) -> pd.DataFrame:
    """The most recent figure of each category in the filtered set; on the same date a count
    of people before other units, then the largest. One aggregate, no window over all rows."""
    where, params = filters.where()
    sql = f"""
        WITH pick AS (
          SELECT max_by(struct_pack(rid := f.report_id, n := f.n),
                        (r.published, f.unit IN ('people', 'households'), coalesce(f.value, f.high, f.low))) AS k
          FROM figures f JOIN reports r ON r.id = f.report_id
          WHERE {where} AND f.category IN (SELECT unnest(?)) AND NOT f.vague AND r.published IS NOT NULL
          GROUP BY f.category)
        SELECT {VIEW_COLUMNS} FROM pick
        JOIN figures f ON f.report_id = pick.k.rid AND f.n = pick.k.n
        JOIN reports r ON r.id = f.report_id"""
    return con.execute(sql, params + [list(categories)]).df()


def over_time(con, filters: Filters) -> pd.DataFrame:
    """People figures for the time chart: per day and category, the largest, with its context."""
    where, params = filters.where()
    sql = f"""
        SELECT r.published, f.category, max(coalesce(f.value, f.high, f.low)) AS shown,
               count(*) AS figures,
               arg_max(f.who, coalesce(f.value, f.high, f.low)) AS who,
               arg_max(f.qualifier, coalesce(f.value, f.high, f.low)) AS qualifier,
               arg_max(r.source, coalesce(f.value, f.high, f.low)) AS source,
               arg_max(f.sentence, coalesce(f.value, f.high, f.low)) AS sentence
        FROM figures f JOIN reports r ON r.id = f.report_id
        WHERE {where} AND f.unit IN ('people', 'households') AND r.published IS NOT NULL
        GROUP BY 1, 2 ORDER BY 1"""
    return con.execute(sql, params).df()


def per_source(con, filters: Filters) -> pd.DataFrame:
    where, params = filters.where()
    return con.execute(f"""SELECT r.source, f.category, count(*) AS figures
        FROM figures f JOIN reports r ON r.id = f.report_id WHERE {where}
        GROUP BY 1, 2 ORDER BY 3 DESC""", params).df()


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
