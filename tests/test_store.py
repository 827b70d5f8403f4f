"""The DuckDB store through ingest: provenance kept, duplicates once, failures isolated, exports clean."""
import csv
import io

import duckdb
import pandas as pd
import pytest

from tracker import exports, queries
from tracker.ingest import ingest, ingest_uploads, reextract
from tracker.store import Store, StoreBusy, connect, reading
from tests.conftest import FLOOD_REPORT, write_first_version_store

OTHER = "Clashes in the east\nApril 2, 2025 Clashes displaced 4,500 people and 7 civilians were killed.\n"


def rows(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_every_figure_traces_back_to_its_report_and_sentence(db, write):
    write("flood.txt", FLOOD_REPORT)
    summary = ingest([write.folder], Store(db), progress=False)
    assert (summary.added, summary.failures) == (1, [])
    ((title, published, agencies),) = rows(db, "SELECT title, published, agencies FROM reports")
    assert title.startswith("Floods displace") and str(published) == "2025-03-03" and agencies == ["AP", "Reuters"]
    figs = rows(db, "SELECT f.quote, f.value, f.category, f.sentence, r.text FROM figures f JOIN reports r ON r.id = f.report_id")
    by_quote = {q: (v, c) for q, v, c, _, _ in figs}
    assert by_quote["at least 14 people"] == (14, "killed")
    assert by_quote["2,300 families"] == (2300, "displaced")
    for quote, _, _, sentence, text in figs:
        assert quote in sentence and sentence in text
    assert rows(db, SAME_DATE_AND_SOURCE) == [(len(figs), len(figs))]


FIGURE_ROWS = "SELECT quote, place, value, category, report_id, n FROM figures ORDER BY report_id, n"

# Figures carry a copy of their report's date and source, for the dashboard's join-free filters.
SAME_DATE_AND_SOURCE = """SELECT count(*), count(*) FILTER (WHERE f.published = r.published AND f.source = r.source)
                          FROM figures f JOIN reports r ON r.id = f.report_id"""


def test_same_report_twice_is_stored_once(db, write):
    write("a.txt", FLOOD_REPORT)
    write("copy/a-again.txt", FLOOD_REPORT)
    summary = ingest([write.folder], Store(db), progress=False)
    assert (summary.added, summary.present) == (1, 1)
    again = ingest([write.folder], Store(db), progress=False)
    assert (again.added, again.present) == (0, 2)
    assert rows(db, "SELECT count(*) FROM reports") == [(1,)]
    n = rows(db, "SELECT count(*) FROM figures")[0][0]
    assert n == len(set(rows(db, "SELECT report_id, n FROM figures")))


def test_bad_files_are_named_and_the_rest_is_stored(db, write):
    write("good.txt", FLOOD_REPORT)
    write("empty.txt", b"")
    write("latin1.txt", "T\nCaf\xe9: 3 people".encode("latin-1"))
    write("other.txt", OTHER)
    store = Store(db)
    summary = ingest([write.folder, write.folder / "missing.txt"], store, progress=False)
    failed = dict(summary.failures)
    assert summary.added == 2
    assert set(map(lambda p: p.rsplit("/", 1)[-1], failed)) == {"empty.txt", "latin1.txt", "missing.txt"}
    assert "UTF-8" in failed[str(write.folder / "latin1.txt")]
    before = rows(db, "SELECT count(*) FROM figures")
    ingest([write.folder / "empty.txt"], store, progress=False)
    assert rows(db, "SELECT count(*) FROM figures") == before  # a failure changes nothing


def test_a_store_error_rolls_back_the_whole_file(db):
    store = Store(db)
    con = connect(db)
    from tracker.reports import Report
    good = Report(title="T", text="Floods killed 3 people.")
    broken = [{"quote": "x", "start": "not a number"}]  # the database refuses it
    with pytest.raises(Exception):
        store.write_files(con, [[(good, broken)]])
    con.close()
    assert rows(db, "SELECT count(*) FROM reports") == [(0,)]


def test_reextract_refreshes_stale_figures(db, write):
    write("a.txt", FLOOD_REPORT)
    write("b.txt", "Ukraine: winter strikes\nNovember 2, 2025 Strikes killed 4 people in Kharkiv.\n")
    store = Store(db)
    ingest([write.folder], store, progress=False)
    stored = rows(db, FIGURE_ROWS)
    assert ("4 people", "Ukraine") in [(q, p) for q, p, *_ in stored]  # the title names the country
    con = duckdb.connect(str(db))
    con.execute("UPDATE reports SET extractor_version = 'old'")
    con.execute("DELETE FROM figures")
    con.close()
    assert reextract(store) == 2
    ((n, same),) = rows(db, SAME_DATE_AND_SOURCE)
    assert n >= 4 and same == n
    assert rows(db, FIGURE_ROWS) == stored  # re-extracting gives what ingest gave
    assert reextract(store) == 0


def test_upload_path_stores_pasted_text(db):
    summary = ingest_uploads([("pasted.txt", OTHER.encode())], Store(db))
    assert summary.added == 1 and summary.figures == 2


def test_writer_holding_the_file_makes_readers_wait_then_say_so(db):
    import subprocess
    import sys
    import time

    Store(db)
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(db)!r}); "
                               "print('held', flush=True); time.sleep(1.5)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreBusy, match="in use by another process"):
            with reading(db, wait=0.2):
                pass
        t0 = time.monotonic()
        with reading(db, wait=10) as con:  # waits until the writer lets go
            assert con.execute("SELECT count(*) FROM reports").fetchone() == (0,)
        assert time.monotonic() - t0 < 5
    finally:
        holder.kill()
        holder.wait()


def test_a_reader_frees_the_file_for_other_processes_as_soon_as_it_is_done(db):
    import subprocess
    import sys

    Store(db)
    write_now = [sys.executable, "-c", f"import duckdb; duckdb.connect({str(db)!r}).execute('CHECKPOINT')"]
    with reading(db) as con, reading(db):  # two readers of one process share the attachment
        con.execute("SELECT count(*) FROM figures").fetchone()
        assert subprocess.run(write_now, capture_output=True).returncode != 0  # held while reading
    assert subprocess.run(write_now, capture_output=True).returncode == 0


def test_a_write_in_the_same_process_waits_for_its_readers(db):
    """The dashboard stores an upload while another page of the same process reads."""
    import threading
    import time

    Store(db)
    done = []
    with reading(db):
        writer = threading.Thread(target=lambda: done.append(Store(db, wait=10).path))
        writer.start()
        time.sleep(0.5)
        assert not done  # waits instead of failing
    writer.join(10)
    assert done == [db]


def test_a_store_written_by_the_first_version_is_upgraded_in_place(db):
    write_first_version_store(db)
    Store(db)
    with reading(db) as con:
        table = queries.figures(con, queries.Filters(sources=["Valley Times"]))
    assert table[["value", "source", "title"]].values.tolist() == [[1200.0, "Valley Times", "Floods"]]
    assert str(table["published"][0])[:10] == "2025-03-03"
    assert rows(db, "SELECT value FROM meta WHERE key = 'schema'") == [("2",)]


@pytest.fixture
def view(db, write):
    write("flood.txt", FLOOD_REPORT)
    write("other.txt", OTHER)
    write("hostile.txt", "=HYPERLINK(\"http://evil.example\",\"click\")\nMarch 9, 2025 -5 said: 30 people were killed.\n")
    ingest([write.folder], Store(db), progress=False)
    with Store(db).reader() as con:
        return queries.figures(con, queries.Filters())


def test_csv_export_is_spreadsheet_safe(view):
    data = exports.to_csv(view)
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read UTF-8 right
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    cells = [c for row in table[1:] for c in row]
    assert not any(c.startswith(("=", "+", "@")) for c in cells)
    assert any(c.startswith("'=HYPERLINK") for c in cells)
    assert len(table) - 1 == len(view)


def test_hxl_export_has_tag_row_and_passes_libhxl_validation(view, tmp_path):
    import hxl
    import hxl.input

    path = tmp_path / "figures.hxl.csv"
    path.write_bytes(exports.to_hxl(view))
    lines = path.read_text().splitlines()
    tags = next(csv.reader([lines[1]]))
    assert tags[0] == "#date+reported" and "#meta+source" in tags and "#affected+killed+ind+num" in tags
    report = hxl.validate(hxl.data(str(path), hxl.input.InputOptions(allow_local=True)))
    assert report["is_valid"], report["issues"]
    dataset = hxl.data(str(path), hxl.input.InputOptions(allow_local=True))
    killed = [r.get("#affected+killed") for r in dataset if r.get("#affected+killed")]
    assert sorted(float(k) for k in killed) == [7.0, 14.0, 30.0]


def test_export_cli_filters_and_writes_parquet(db, write, tmp_path):
    from tracker.__main__ import main

    write("flood.txt", FLOOD_REPORT)
    write("other.txt", OTHER)
    assert main(["--db", str(db), "ingest", "--quiet", str(write.folder)]) == 0
    out = tmp_path / "killed.parquet"
    assert main(["--db", str(db), "export", "--format", "parquet", "--category", "killed",
                 "--since", "2025-04-01", "-o", str(out)]) == 0
    df = pd.read_parquet(out)
    assert list(df.value) == [7.0] and list(df.category) == ["killed"]


def test_ingest_cli_exit_status_names_the_failure(db, write, capsys):
    from tracker.__main__ import main

    write("good.txt", FLOOD_REPORT)
    write("bad.json", b"{not json")
    assert main(["--db", str(db), "ingest", "--quiet", str(write.folder)]) == 1
    err = capsys.readouterr().err
    assert "bad.json" in err and "invalid JSON" in err
