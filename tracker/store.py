"""The DuckDB store: reports and their figures, one transaction per file.

DuckDB lets one process hold the file read-write, and while it does no other process can
open it, not even read-only. So every connection here is short: writers hold the file only
while they write a batch, readers open read-only for one query, and both wait (a bounded
time) for the other instead of failing at the first "Could not set lock".
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from extract import COLUMNS as FIGURE_COLUMNS
from extract import __version__ as EXTRACTOR_VERSION

from .reports import Report

DEFAULT_DB = Path("data/figures.duckdb")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS reports (
    id VARCHAR PRIMARY KEY, title VARCHAR, published DATE, source VARCHAR,
    agencies VARCHAR[], url VARCHAR, language VARCHAR, text VARCHAR, origin VARCHAR,
    extractor_version VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS figures (
    report_id VARCHAR NOT NULL, n INTEGER NOT NULL,
    quote VARCHAR, start INTEGER, "end" INTEGER, value DOUBLE, low DOUBLE, high DOUBLE,
    qualifier VARCHAR, vague BOOLEAN, unit VARCHAR, who VARCHAR, category VARCHAR,
    sentence VARCHAR, sentence_start INTEGER, place VARCHAR,
    published DATE, source VARCHAR,
    PRIMARY KEY (report_id, n));
CREATE INDEX IF NOT EXISTS figures_by_report ON figures (report_id);
"""
SCHEMA_VERSION = "2"
# Version 2 copies each report's date and source onto its figures, so the dashboard filters and
# sorts a million figures without a join (reports are immutable: the copy cannot go stale), and
# indexes figures by report, so a report's figures are found without a scan.
MIGRATIONS = {
    "2": """
        ALTER TABLE figures ADD COLUMN IF NOT EXISTS published DATE;
        ALTER TABLE figures ADD COLUMN IF NOT EXISTS source VARCHAR;
        UPDATE figures SET published = r.published, source = r.source
        FROM reports r WHERE r.id = figures.report_id;""",
}
FIGURE_TABLE_COLUMNS = ["report_id", "n", *FIGURE_COLUMNS, "published", "source"]
REPORT_INSERT_COLUMNS = ["id", "title", "published", "source", "agencies", "url", "language", "text",
                         "origin", "extractor_version"]


class StoreBusy(Exception):
    """Another process holds the database; the message says what to do."""


def default_path() -> Path:
    return Path(os.environ.get("FIGURES_DB", DEFAULT_DB))


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    # The last two: this process itself holds the file open the other way (read-write vs read-only).
    return any(sign in text for sign in ("lock", "conflicting", "being used", "different configuration",
                                         "file handle conflict"))


def connect(path: Path, read_only: bool = False, wait: float = 30.0) -> duckdb.DuckDBPyConnection:
    """Open the database, waiting up to `wait` seconds while another process holds it."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    return _waiting(path, read_only, wait, lambda: duckdb.connect(str(path), read_only=read_only))


@contextlib.contextmanager
def reading(path: Path, wait: float = 5.0):
    """A read-only cursor on the store, for as long as the block runs.

    All the reads of a process share one in-memory DuckDB instance that attaches the file while
    anyone reads it: attaching a file is much cheaper than starting an instance, which a
    dashboard would pay on every page run. The file is detached (its lock freed for writers) as soon
    as the last reader is done.
    """
    path = Path(path).resolve()
    alias = "store_" + hashlib.sha1(str(path).encode()).hexdigest()[:12]
    with _SHARED.lock:
        if not _SHARED.readers.get(alias):
            _waiting(path, True, wait, lambda: _SHARED.instance.execute(
                f"ATTACH '{_sql_text(path)}' AS {alias} (READ_ONLY)"))
        _SHARED.readers[alias] = _SHARED.readers.get(alias, 0) + 1
        cursor = _SHARED.instance.cursor()
    try:
        cursor.execute(f"USE {alias}")
        yield cursor
    finally:
        cursor.close()
        with _SHARED.lock:
            _SHARED.readers[alias] -= 1
            if not _SHARED.readers[alias]:
                _SHARED.instance.execute(f"DETACH {alias}")


class _SharedInstance:
    """Created at the first read, not at import: ingest workers forked before it never inherit it."""

    def __init__(self):
        self.lock = threading.Lock()
        self.readers: dict[str, int] = {}
        self._instance = None

    @property
    def instance(self) -> duckdb.DuckDBPyConnection:
        if self._instance is None:
            self._instance = duckdb.connect()
        return self._instance


_SHARED = _SharedInstance()


def _sql_text(path: Path) -> str:
    return str(path).replace("'", "''")


def _waiting(path: Path, read_only: bool, wait: float, open_it):
    """Run `open_it` until the file's lock allows it, at most `wait` seconds."""
    if read_only and not path.exists():
        raise FileNotFoundError(f"no database at {path}: ingest reports first (python -m tracker ingest ...)")
    deadline = time.monotonic() + wait
    delay = 0.02
    while True:
        try:
            return open_it()
        except duckdb.Error as exc:
            if not _is_lock_error(exc) or time.monotonic() >= deadline:
                if _is_lock_error(exc):
                    raise StoreBusy(f"{path} is in use by another process (an ingest?); "
                                    f"waited {wait:.0f} s. Try again when it has finished.") from exc
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.02 if read_only else 0.25)  # readers poll often: writers leave gaps


class Store:
    """Writes go through `write_reports`, one transaction per batch of whole files."""

    def __init__(self, path: Path | str | None = None, wait: float = 60.0, create: bool = True):
        """create=False for read-only use (export, stats): no write lock taken to check the schema."""
        self.path = Path(path) if path else default_path()
        self.wait = wait
        if not create:
            return
        with self.writer() as con:
            con.execute(SCHEMA)
            migrate(con)

    @contextlib.contextmanager
    def writer(self):
        con = connect(self.path, wait=self.wait)
        try:
            yield con
        finally:
            con.close()

    def reader(self, wait: float = 5.0):
        return reading(self.path, wait)

    def write_files(self, con, files: list[list[tuple[Report, list[dict]]]]) -> list[tuple[int, int]]:
        """Store the reports of several files in one transaction; (added, present) per file.

        Either every file of the batch is stored whole or nothing is: the caller retries
        file by file when a batch fails, so one bad file never costs the others.
        """
        results = []
        con.execute("BEGIN TRANSACTION")
        try:
            report_rows, figure_lists, figure_reports = [], [], []
            seen: set[str] = set()
            ids = [r.id for batch in files for r, _ in batch]
            present = set()
            if ids:
                present = {row[0] for row in con.execute(
                    "SELECT id FROM reports WHERE id IN (SELECT unnest(?))", [ids]).fetchall()}
            for batch in files:
                added = dup = 0
                for report, figures in batch:
                    rid = report.id
                    if rid in present or rid in seen:
                        dup += 1
                        continue
                    seen.add(rid)
                    added += 1
                    report_rows.append((rid, report.title, report.published, report.source,
                                        list(report.agencies), report.url, report.language, report.text,
                                        report.origin, EXTRACTOR_VERSION))
                    if len(figures):
                        figure_lists.append(figures)
                        figure_reports.append((rid, report.published, report.source))
                results.append((added, dup))
            if report_rows:
                _insert(con, "reports", _report_table(report_rows))
            if figure_lists:
                _insert(con, "figures", _figure_table(figure_reports, figure_lists))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return results

    def replace_figures(self, con, report_id: str, figures: list[dict]):
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM figures WHERE report_id = ?", [report_id])
            if len(figures):
                ((published, source),) = con.execute("SELECT published, source FROM reports WHERE id = ?",
                                                     [report_id]).fetchall()
                _insert(con, "figures", _figure_table([(report_id, published, source)], [figures]))
            con.execute("UPDATE reports SET extractor_version = ? WHERE id = ?", [EXTRACTOR_VERSION, report_id])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def stats(self) -> dict:
        with self.reader() as con:
            reports, figures = con.execute(
                "SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM figures)").fetchone()
            by_cat = dict(con.execute("SELECT category, count(*) FROM figures GROUP BY 1 ORDER BY 2 DESC").fetchall())
            sources = con.execute("SELECT count(DISTINCT source) FROM reports").fetchone()[0]
            span = con.execute("SELECT min(published), max(published) FROM reports").fetchone()
            stale = con.execute("SELECT count(*) FROM reports WHERE extractor_version <> ?",
                                [EXTRACTOR_VERSION]).fetchone()[0]
        return {"reports": reports, "figures": figures, "sources": sources, "first": span[0],
                "last": span[1], "by_category": by_cat, "stale_reports": stale}


def schema_version(con) -> str:
    row = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    return row[0] if row else SCHEMA_VERSION


def migrate(con) -> None:
    """Bring a store written by an older version up to date, in one transaction."""
    found = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    con.execute("BEGIN TRANSACTION")
    try:
        for version, sql in MIGRATIONS.items():
            if found and int(found[0]) < int(version):
                con.execute(sql)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", [SCHEMA_VERSION])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


_REPORT_TYPES = {"published": pa.date32(), "agencies": pa.list_(pa.string())}


def _report_table(rows: list[tuple]) -> pa.Table:
    """The reports of a batch as an Arrow table (see `_figure_table`)."""
    columns = list(zip(*rows))
    at = REPORT_INSERT_COLUMNS.index("published")
    columns[at] = [_as_date(d) for d in columns[at]]
    return pa.table({name: pa.array(values, _REPORT_TYPES.get(name, pa.string()))
                     for name, values in zip(REPORT_INSERT_COLUMNS, columns)})


_FIGURE_TYPES = {"start": pa.int32(), "end": pa.int32(), "sentence_start": pa.int32(), "value": pa.float64(),
                 "low": pa.float64(), "high": pa.float64(), "vague": pa.bool_()}


def _figure_table(reports: list[tuple], figures: list[list[dict]]) -> pa.Table:
    """One Arrow table of every figure of a batch, keyed by (report_id, n): n is the figure's
    order in its report. `reports` holds (id, published, source) for each list of figure
    records: the figures carry their report's date and source (reports are immutable: the copy
    cannot go stale). Built column by column in Arrow, which DuckDB reads without conversion:
    a pandas frame of object columns cost the ingest as much as the insert itself."""
    rows = [f for fs in figures for f in fs]
    lengths = [len(fs) for fs in figures]
    of_report = pa.array(np.repeat(np.arange(len(reports)), lengths))
    ids, published, sources = zip(*reports) if reports else ((), (), ())
    columns = {
        "report_id": pa.array(ids, pa.string()).take(of_report),
        "n": pa.array(np.concatenate([np.arange(k, dtype=np.int32) for k in lengths] or [np.array([], np.int32)])),
        **{c: pa.array([r[c] for r in rows], _FIGURE_TYPES.get(c, pa.string())) for c in FIGURE_COLUMNS},
        "published": pa.array([_as_date(d) for d in published], pa.date32()).take(of_report),
        "source": pa.array(sources, pa.string()).take(of_report),
    }
    return pa.table({c: columns[c] for c in FIGURE_TABLE_COLUMNS})


def _as_date(value):
    """A report's date as a date (or None): readers give dates, strings or timestamps."""
    if value is None or value is pd.NaT:
        return None
    return pd.Timestamp(value).date()


def _insert(con, table: str, frame: pd.DataFrame) -> None:
    con.register("new_rows", frame)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM new_rows")
    finally:
        con.unregister("new_rows")
