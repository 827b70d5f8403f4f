"""python -m benchmark [extract|ingest|dashboard|all] [--bench DIR] [--errors]

Prints the measured numbers the README and issue notes quote. The evaluation data lives
beside the checkout in ../shared/bench and is read at run time; without it the accuracy
part says so and the speed part runs on the project's own sample reports.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"


def _print_table(rows):
    print(f"{'data set':<24} {'measure':<66} {'value':>12}  {'target':<18} reference")
    for name, measure, value, target, ref in rows:
        shown = f"{value:,.0f}" if value > 10 else f"{value:.3f}"
        print(f"{name:<24} {measure:<66} {shown:>12}  {target:<18} {ref}")
    sys.stdout.flush()


def run_extract(bench: Path, errors: bool):
    from . import extraction as ex

    rows = []
    if not bench.is_dir():
        print(f"benchmark data not found at {bench}: accuracy not measured "
              "(pass --bench DIR or set FIGURES_BENCH). Speed runs on data/samples.")
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "data" / "samples").glob("*.txt"))]
    else:
        for step in (lambda: ex.gold_dev(bench, errors), lambda: ex.newsquant(bench),
                     lambda: ex.idmc(bench), lambda: ex.gtd(bench)):
            try:
                rows += step()
            except FileNotFoundError as exc:
                print(f"skipped: {exc.filename} is missing")
        gold = bench / "gold" / "dev.jsonl"
        texts = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows += ex.speed(bench, texts)
    _print_table(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m benchmark", description=__doc__.splitlines()[0])
    ap.add_argument("what", nargs="?", default="extract", choices=["extract", "ingest", "dashboard", "all"])
    ap.add_argument("--bench", type=Path, default=Path(os.environ.get("FIGURES_BENCH", DEFAULT_BENCH)))
    ap.add_argument("--errors", action="store_true", help="list every gold error (extract)")
    ap.add_argument("--reports", type=int, default=10_000, help="reports to ingest (ingest)")
    ap.add_argument("--figures", type=int, default=1_000_000, help="figures in the store (dashboard)")
    args = ap.parse_args(argv)
    if args.what in ("extract", "all"):
        run_extract(args.bench, args.errors)
    if args.what in ("ingest", "all"):
        from .ingest_speed import run as run_ingest
        run_ingest(args.reports)
    if args.what in ("dashboard", "all"):
        from .dashboard_speed import run as run_dashboard
        run_dashboard(args.figures)


if __name__ == "__main__":
    main()
