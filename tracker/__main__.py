"""python -m tracker [--db FILE] {ingest,export,reextract,stats,demo} ...

The database is data/figures.duckdb unless --db or FIGURES_DB names another.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from . import exports, queries
from .ingest import ingest, reextract
from .store import Store, StoreBusy, default_path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def _mapping(items) -> dict[str, str]:
    out = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"--map takes FIELD=COLUMN, not {item!r}")
        out[key.strip()] = value.strip()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tracker", description="Humanitarian figures: ingest, export, stats.")
    ap.add_argument("--db", type=Path, default=None, help="database file (default: $FIGURES_DB or data/figures.duckdb)")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="store reports from files, folders and globs")
    p.add_argument("paths", nargs="+")
    p.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                   help="CSV/JSONL column for a field, e.g. --map text=body --map published=pubdate")
    p.add_argument("--workers", type=int, default=None)
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser("export", help="write the figures a filter selects")
    p.add_argument("--format", choices=sorted(exports.FORMATS), default="csv")
    p.add_argument("--source", action="append", default=[])
    p.add_argument("--agency", action="append", default=[])
    p.add_argument("--category", action="append", default=[])
    p.add_argument("--place", action="append", default=[])
    p.add_argument("--since", type=_date)
    p.add_argument("--until", type=_date)
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("reextract", help="refresh figures stored by an older extractor")
    p.add_argument("--all", action="store_true", help="every report, not only stale ones")
    sub.add_parser("stats", help="what the database holds")
    p = sub.add_parser("demo", help="build the demo database from data/samples (once)")
    p.add_argument("--rebuild", action="store_true")

    args = ap.parse_args(argv)
    db = args.db or default_path()
    try:
        return _run(args, db)
    except StoreBusy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _run(args, db: Path) -> int:
    if args.command == "ingest":
        summary = ingest(args.paths, Store(db), field_map=_mapping(args.map), workers=args.workers,
                         progress=not args.quiet)
        for line in summary.lines():
            print(line, file=sys.stderr if line.startswith("FAILED") else sys.stdout)
        return 1 if summary.failures else 0
    if args.command == "export":
        filters = queries.Filters(sources=args.source, agencies=args.agency, categories=args.category,
                                  places=args.place, since=args.since, until=args.until)
        with Store(db, create=False).reader() as con:
            df = queries.figures(con, filters)
        data = exports.FORMATS[args.format](df)
        tmp = args.output.with_name(args.output.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(args.output)  # never leave a half-written export behind
        print(f"{len(df)} figures written to {args.output}")
        return 0
    if args.command == "reextract":
        n = reextract(Store(db), everything=args.all)
        print(f"{n} reports re-extracted")
        return 0
    if args.command == "stats":
        s = Store(db, create=False).stats()
        print(f"{s['reports']} reports from {s['sources']} sources, {s['first']} to {s['last']}; "
              f"{s['figures']} figures; {s['stale_reports']} reports from an older extractor")
        for cat, n in s["by_category"].items():
            print(f"  {cat:<14} {n}")
        return 0
    if args.command == "demo":
        if args.rebuild and db.exists():
            db.unlink()
        store = Store(db)
        if store.stats()["reports"] and not args.rebuild:
            refreshed = reextract(store)  # figures from an older extractor are brought up to date
            print(f"demo database ready: {db}" + (f" ({refreshed} reports re-extracted)" if refreshed else ""))
            return 0
        summary = ingest([SAMPLES], store, progress=False)
        for line in summary.lines():
            print(line)
        return 1 if summary.failures else 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
