"""Hostile input, crashes and concurrent use: nothing stored is lost or damaged."""
import os
import signal
import subprocess
import sys
import time

import duckdb

from benchmark.generate import report_text
from tests.conftest import FLOOD_REPORT, ROOT
from tracker.ingest import ingest
from tracker.store import Store, StoreBusy, connect


def write_small_reports(folder, n, seed=3):
    import random
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        title, body = report_text(rng, size=300)
        (folder / f"r{i:05d}.txt").write_text(f"{title} {i}\nMay 5, 2025 {body}\n")


def _children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except OSError:
        return False


def cli(*args):
    return [sys.executable, "-m", "tracker", *map(str, args)]


def counts(db):
    """(reports, distinct reports, reports whose stored figures are not all there, orphan figures)."""
    from extract import extract_figures

    con = duckdb.connect(str(db), read_only=True)
    try:
        total, distinct, orphans = con.execute("""SELECT
            (SELECT count(*) FROM reports), (SELECT count(DISTINCT id) FROM reports),
            (SELECT count(*) FROM figures f WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = f.report_id))
        """).fetchone()
        stored = con.execute("""SELECT r.text, count(f.n) FROM reports r
                                LEFT JOIN figures f ON f.report_id = r.id GROUP BY r.id, r.text""").fetchall()
    finally:
        con.close()
    incomplete = sum(1 for text, n in stored if len(extract_figures(text)) != n)
    return total, distinct, incomplete, orphans


def test_sigkill_mid_batch_then_rerun_stores_each_report_once_whole(tmp_path):
    folder, db = tmp_path / "batch", tmp_path / "f.duckdb"
    write_small_reports(folder, 5000)
    proc = subprocess.Popen(cli("--db", db, "ingest", "--quiet", folder), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (db.exists() and db.stat().st_size > 2_000_000):
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be killed: make the batch larger"
    workers = _children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(0.5)
    assert not [pid for pid in workers if _alive(pid)], "worker processes outlived the killed ingest"
    partial = counts(db)
    assert 0 <= partial[0] < 5000 and partial[2:] == (0, 0)
    rerun = subprocess.run(cli("--db", db, "ingest", "--quiet", folder), cwd=ROOT, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert counts(db) == (5000, 5000, 0, 0)


def test_reads_during_an_ingest_succeed_and_two_ingests_serialise(tmp_path):
    a, b, db = tmp_path / "a", tmp_path / "b", tmp_path / "f.duckdb"
    write_small_reports(a, 1500, seed=1)
    write_small_reports(b, 1500, seed=2)
    Store(db)
    first = subprocess.Popen(cli("--db", db, "ingest", "--quiet", a), cwd=ROOT, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(cli("--db", db, "ingest", "--quiet", b), cwd=ROOT, stderr=subprocess.PIPE, text=True)
    reads = busy = 0
    while first.poll() is None or second.poll() is None:
        try:
            con = connect(db, read_only=True, wait=5)
            con.execute("SELECT count(*) FROM figures").fetchone()
            con.close()
            reads += 1
        except StoreBusy:
            busy += 1
        time.sleep(0.05)
    assert first.returncode == 0, first.stderr.read()
    assert second.returncode == 0, second.stderr.read()
    assert reads > 0 and busy == 0
    assert counts(db) == (3000, 3000, 0, 0)


def test_hostile_batch_names_each_failure_and_keeps_the_rest(tmp_path):
    import gzip
    folder, db = tmp_path / "in", tmp_path / "f.duckdb"
    folder.mkdir()
    good = folder / "good.txt"
    good.write_text(FLOOD_REPORT)
    bad = {
        "empty.txt": b"", "binary.txt": os.urandom(4096).replace(b"\x00", b"\x01") + b"\x00",
        "cut.txt.gz": gzip.compress(b"x" * 10_000)[:40], "latin1.txt": "T\n\xe9t\xe9 3 people".encode("latin-1"),
        "bad-utf16.txt": b"\xff\xfeA\x00\x00\xd8", "broken.rss": b"<rss><channel><item><title>x",
        "extra.csv": b"title,text\nT,Flood killed 3.,extra\n", "missing.csv": b"title\nT\n",
        "notrw.json": b'{"data": [{"nofields": 1}]}',
    }
    for name, content in bad.items():
        (folder / name).write_bytes(content)
    (folder / "huge.txt").write_bytes(b"Title\n" + b"Floods displaced 3,000 people. " * 1_700_000)  # ~50 MB
    (folder / "nested.html").write_text("<html><body>" + "<div>" * 50_000 + "Floods killed 4 people."
                                        + "</div>" * 50_000 + "</body></html>")
    store = Store(db)
    summary = ingest([folder, folder / "nope.txt"], store, progress=False)
    failed = {os.path.basename(name): reason for name, reason in summary.failures}
    assert set(bad) | {"huge.txt", "nope.txt", "nested.html"} <= set(failed)
    assert "limit" in failed["huge.txt"]
    assert all(reason and "Traceback" not in reason for reason in failed.values())
    assert summary.added >= 1
    before = counts(db)
    again = ingest([folder], store, progress=False)
    assert again.added == 0 and counts(db) == before


def test_cli_on_a_bad_file_prints_one_line_naming_it(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8")
    out = subprocess.run(cli("--db", tmp_path / "f.duckdb", "ingest", "--quiet", bad), cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 1
    lines = [line for line in out.stderr.splitlines() if line.startswith("FAILED")]
    assert len(lines) == 1 and "bad.txt" in lines[0] and "UTF-16" in lines[0]
