"""End-to-end ingest speed: a generated batch of ~3 KB text reports into a fresh store."""
from __future__ import annotations

import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tracker.ingest import expand, ingest, prepare_file
from tracker.store import Store

from .generate import write_reports


def run(n_reports: int = 10_000):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        size = write_reports(folder, n_reports)
        workers = min(os.cpu_count() or 1, 4)
        print(f"ingest benchmark: {n_reports:,} reports, {size / 1e6:.1f} MB, {workers} worker processes")

        files, _ = expand([folder])
        t0 = time.perf_counter()
        with ProcessPoolExecutor(workers) as pool:
            prepared = sum(1 for _ in pool.map(prepare_file, files, chunksize=64))
        read_extract = time.perf_counter() - t0

        summary = ingest([folder], Store(Path(tmp) / "bench.duckdb"), workers=workers, progress=False)
        total = summary.seconds
        print(f"{'end to end':<34} {total:8.1f} s   {summary.added / total:8,.0f} reports/s   "
              f"{summary.figures / total:9,.0f} figures/s   (target: whole batch < 60 s)")
        print(f"{'  of which read + extract (pool)':<34} {read_extract:8.1f} s   "
              f"{prepared / read_extract:8,.0f} reports/s")
        print(f"{'  store and transfer (rest)':<34} {max(0.0, total - read_extract):8.1f} s")
        print(f"stored: {summary.added:,} reports, {summary.figures:,} figures, {len(summary.failures)} failures")
