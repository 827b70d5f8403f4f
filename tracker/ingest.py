"""Ingest: files in, reports and figures stored, failures named, the rest of the batch kept.

Reading and extraction run in worker processes (they are pure and CPU-bound); the one
process that writes collects whole files and stores them in short transactions, closing
the database now and then so the dashboard can read in between.
"""
from __future__ import annotations

import glob
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path


from extract import figure_records
from extract.places import main_place

from .readers import ReaderError, read_bytes, read_path
from .reports import Report
from .store import Store, connect

SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".rss", ".atom", ".xml", ".csv", ".jsonl",
            ".ndjson", ".json", ".gz"}


@dataclass
class Summary:
    files: int = 0
    added: int = 0
    present: int = 0
    figures: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        out = [f"{self.files} files: {self.added} reports added, {self.present} already present, "
               f"{self.figures} figures, {len(self.failures)} failed ({self.seconds:.1f} s)"]
        out += [f"FAILED {name}: {reason}" for name, reason in self.failures]
        return out


def expand(paths) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files named by paths, folders (recursively) and globs; and the ones that match nothing."""
    files, missing = [], []
    for p in map(str, paths):
        matches = glob.glob(p, recursive=True) if any(c in p for c in "*?[") else [p]
        if not matches:
            missing.append((p, "no file matches this pattern"))
        for m in sorted(matches):
            path = Path(m)
            if path.is_dir():
                files += sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            elif path.exists():
                files.append(path)
            else:
                missing.append((m, "no such file"))
    return files, missing


def _die_with_parent():
    """Worker initializer: if the ingest is killed, its workers go too (Linux), not linger."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def prepare(report: Report) -> tuple[Report, list[dict]]:
    return report, figures_of(report.title, report.text)


def figures_of(title: str | None, text: str) -> list[dict]:
    """A report's figures; where no sentence names a place, the title's country stands."""
    figures = figure_records(text)
    if any(f["place"] is None for f in figures):
        title_place = main_place(title or "")
        for f in figures:
            f["place"] = f["place"] or title_place
    return figures


def prepare_file(path: Path, field_map=None):
    """(path, [(report, figures)...]) or (path, error message). Runs in a worker process."""
    try:
        return path, [prepare(r) for r in read_path(path, field_map)]
    except ReaderError as exc:
        return path, str(exc)
    except Exception as exc:  # a bug must not stop the batch; it is reported with the file
        return path, f"unexpected error {type(exc).__name__}: {exc}"


def prepare_upload(name: str, data: bytes):
    """Like prepare_file, for bytes uploaded from the dashboard."""
    try:
        reports = read_bytes(data, name)
        for r in reports:
            r.origin = name
        return name, [prepare(r) for r in reports]
    except ReaderError as exc:
        return name, str(exc)
    except Exception as exc:
        return name, f"unexpected error {type(exc).__name__}: {exc}"


class Writer:
    """Collects prepared files and stores them in batches of whole files."""

    READER_GAP = 0.15  # seconds between write windows, for readers to get in

    def __init__(self, store: Store, summary: Summary, hold_seconds: float = 2.0, batch_files: int = 200):
        self.store, self.summary = store, summary
        self.hold_seconds, self.batch_files = hold_seconds, batch_files
        self.pending: list[tuple[str, list]] = []
        self.con = None
        self.opened = self.released = 0.0

    def add(self, name: str, prepared):
        if isinstance(prepared, str):
            self.summary.failures.append((name, prepared))
            return
        self.pending.append((name, prepared))
        if len(self.pending) >= self.batch_files:
            self.flush()

    def flush(self):
        if not self.pending:
            return
        if self.con is None:
            # Leave readers (the dashboard) a moment between two write windows.
            time.sleep(max(0.0, self.released + self.READER_GAP - time.monotonic()))
            self.con = connect(self.store.path, wait=self.store.wait)
            self.opened = time.monotonic()
        batch, self.pending = self.pending, []
        try:
            self._record(batch, self.store.write_files(self.con, [p for _, p in batch]))
        except Exception:
            for name, prepared in batch:  # find the file that fails; keep the others
                try:
                    self._record([(name, prepared)], self.store.write_files(self.con, [prepared]))
                except Exception as exc:
                    self.summary.failures.append((name, f"could not store: {exc}"))
        if time.monotonic() - self.opened > self.hold_seconds:
            self.release()

    def _record(self, batch, results):
        for (name, prepared), (added, present) in zip(batch, results):
            self.summary.added += added
            self.summary.present += present
            self.summary.figures += sum(len(f) for r, f in prepared) if added else 0

    def release(self):
        if self.con is not None:
            self.con.close()
            self.con = None
            self.released = time.monotonic()

    def close(self):
        self.flush()
        self.release()


def ingest(paths, store: Store, field_map=None, workers: int | None = None, progress: bool = True) -> Summary:
    t0 = time.perf_counter()
    files, missing = expand(paths)
    summary = Summary(files=len(files) + len(missing), failures=list(missing))
    writer = Writer(store, summary)
    bar = _progress(len(files), progress)
    workers = workers or min(os.cpu_count() or 1, 4)
    try:
        if workers > 1 and len(files) > 8:
            with ProcessPoolExecutor(workers, initializer=_die_with_parent) as pool:
                chunk = max(1, min(64, len(files) // (workers * 8)))
                for path, prepared in pool.map(prepare_file, files, [field_map] * len(files), chunksize=chunk):
                    writer.add(str(path), prepared)
                    bar.update(1)
                    if len(writer.pending) and time.monotonic() - writer.opened > writer.hold_seconds:
                        writer.flush()
        else:
            for path in files:
                writer.add(str(path), prepare_file(path, field_map)[1])
                bar.update(1)
    finally:
        writer.close()
        bar.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def ingest_uploads(items, store: Store, on_progress=None) -> Summary:
    """Store (name, bytes) pairs, as the dashboard's upload and paste box send them."""
    t0 = time.perf_counter()
    summary = Summary(files=len(items))
    writer = Writer(store, summary)
    try:
        for i, (name, data) in enumerate(items):
            writer.add(name, prepare_upload(name, data)[1])
            if on_progress:
                on_progress(i + 1, len(items))
    finally:
        writer.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def reextract(store: Store, everything: bool = False) -> int:
    """Refresh the figures of reports stored by an older extractor; the count refreshed."""
    from extract import __version__

    with store.reader() as con:
        query = "SELECT id, title, text FROM reports" + ("" if everything else " WHERE extractor_version <> ?")
        rows = con.execute(query, [] if everything else [__version__]).fetchall()
    with store.writer() as con:
        for rid, title, text in rows:
            store.replace_figures(con, rid, figures_of(title, text))
    return len(rows)


class _NoBar:
    def update(self, n):
        pass

    def close(self):
        pass


def _progress(total: int, enabled: bool):
    if not enabled or total < 2:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, disable=None)
