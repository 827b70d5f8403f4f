"""The dashboard's reads: short read-only attachments of the store, cached until the file changes."""
from __future__ import annotations

import contextlib
import dataclasses
import os
from pathlib import Path

import pandas as pd
import streamlit as st

from tracker import exports, queries
from tracker.store import SCHEMA_VERSION, Store, StoreBusy, default_path, reading, schema_version

HEADLINE_CATEGORIES = ["killed", "injured", "displaced", "evacuated", "in_need"]
TABLE_LIMIT = 1_000


def db_path() -> Path:
    return default_path()


def db_version(path: Path) -> tuple:
    """Changes whenever an ingest writes: the cache key that keeps reads fresh."""
    try:
        wal = Path(str(path) + ".wal")
        stat = path.stat()
        return (stat.st_mtime_ns, stat.st_size, wal.stat().st_mtime_ns if wal.exists() else 0)
    except FileNotFoundError:
        return (0, 0, 0)


def _read_wait() -> float:
    return float(os.environ.get("FIGURES_READ_WAIT", "5"))


def _read(path: Path, fn, *args):
    with reading(path, _read_wait()) as con:
        return fn(con, *args)


class PageReads:
    """The reads of one page run share one read-only cursor, opened at the first cache miss
    (a fully cached run opens none) and closed when the run ends, so ingests can write
    between runs."""

    def __init__(self, path: str):
        self.path = path
        self.version = db_version(Path(path))
        self._open = contextlib.ExitStack()
        self._con = None

    def __call__(self, fn, *args):
        if self._con is None:
            self._con = self._open.enter_context(reading(Path(self.path), _read_wait()))
        return fn(self._con, *args)

    def close(self):
        self._open.close()
        self._con = None


@st.cache_resource(show_spinner=False)
def upgrade(path: str) -> None:
    """A store written by an older version is brought up to date, once per process (a short
    write), so that the reads below find today's columns."""
    if _read(Path(path), schema_version) != SCHEMA_VERSION:
        Store(path)


# cache_resource, not cache_data: results are shared read-only instead of pickled for every
# run (pickling a page's frames was a visible part of a filter change); keyed by the file's
# version, so never stale.
@st.cache_resource(show_spinner=False, max_entries=8)
def options(path: str, version: tuple, _reads: PageReads) -> dict:
    return _reads(queries.options)


@st.cache_resource(show_spinner=False, max_entries=64)
def view(path: str, version: tuple, filters: queries.Filters, _reads: PageReads) -> dict[str, pd.DataFrame | int]:
    """Everything one filtered page shows. The charts and cards group by category, so they
    are read once for all categories and cut here: switching categories costs one query."""
    every = by_category(path, version, dataclasses.replace(filters, categories=[]), _reads)
    chosen = set(filters.categories)

    def cut(df: pd.DataFrame) -> pd.DataFrame:
        return df[df["category"].isin(chosen)].reset_index(drop=True) if chosen else df

    per_source = cut(every["per_source"])
    return {
        "count": int(per_source["figures"].sum()),
        "table": _reads(queries.figures, filters, TABLE_LIMIT),
        "latest": cut(every["latest"]),
        "over_time": cut(every["over_time"]),
        "per_source": per_source,
    }


@st.cache_resource(show_spinner=False, max_entries=32)
def by_category(path: str, version: tuple, filters: queries.Filters, _reads: PageReads) -> dict[str, pd.DataFrame]:
    return {
        "per_source": _reads(queries.per_source, filters),
        "latest": _reads(queries.latest_by_category, filters, HEADLINE_CATEGORIES),
        "over_time": _reads(queries.over_time, filters),
    }


@st.cache_resource(show_spinner=False, max_entries=32)
def report(path: str, version: tuple, report_id: str, _reads: PageReads):
    return _reads(queries.report, report_id)


def export_bytes(path: str, filters: queries.Filters, fmt: str) -> bytes:
    """Exactly the filtered rows (all of them, not the table's first rows), built on demand."""
    df = _read(Path(path), queries.figures, filters)
    return exports.FORMATS[fmt](df)


__all__ = ["StoreBusy", "HEADLINE_CATEGORIES", "TABLE_LIMIT", "db_path", "db_version", "PageReads", "upgrade", "options", "view",
           "report", "export_bytes"]
