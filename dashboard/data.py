"""The dashboard's reads: short read-only DuckDB connections, cached until the file changes."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from tracker import exports, queries
from tracker.store import StoreBusy, connect, default_path

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


def _read(path: Path, fn, *args):
    with_con = connect(path, read_only=True, wait=float(os.environ.get("FIGURES_READ_WAIT", "5")))
    try:
        return fn(with_con, *args)
    finally:
        with_con.close()


@st.cache_data(show_spinner=False, max_entries=8)
def options(path: str, version: tuple) -> dict:
    return _read(Path(path), queries.options)


@st.cache_data(show_spinner=False, max_entries=64)
def view(path: str, version: tuple, filters: queries.Filters) -> dict[str, pd.DataFrame | int]:
    """Everything one filtered page shows, in one connection."""
    def run(con):
        return {
            "count": queries.count(con, filters),
            "table": queries.figures(con, filters, limit=TABLE_LIMIT),
            "latest": queries.latest_by_category(con, filters, HEADLINE_CATEGORIES),
            "over_time": queries.over_time(con, filters),
            "per_source": queries.per_source(con, filters),
        }
    return _read(Path(path), run)


@st.cache_data(show_spinner=False, max_entries=32)
def report(path: str, version: tuple, report_id: str):
    return _read(Path(path), queries.report, report_id)


def export_bytes(path: str, filters: queries.Filters, fmt: str) -> bytes:
    """Exactly the filtered rows (all of them, not the table's first rows), built on demand."""
    df = _read(Path(path), queries.figures, filters)
    return exports.FORMATS[fmt](df)


__all__ = ["StoreBusy", "HEADLINE_CATEGORIES", "TABLE_LIMIT", "db_path", "db_version", "options", "view",
           "report", "export_bytes"]
