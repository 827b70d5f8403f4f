"""The dashboard, run by Streamlit's AppTest against a real database built from sample reports."""
import csv
import io
import json

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, write_first_version_store


@pytest.fixture
def app(demo_db, monkeypatch):
    monkeypatch.setenv("FIGURES_DB", str(demo_db))

    def run(**params):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        for k, v in params.items():
            at.query_params[k] = v
        return at.run()
    return run


def table(at):
    return at.dataframe[0].value


def test_page_shows_cards_charts_and_table(app):
    at = app()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert set(metrics) == {"Killed", "Injured", "Displaced", "Evacuated", "In need"}
    assert metrics["Displaced"] == "~48,000"  # latest displaced figure: "an estimated 48,000 people"
    assert len(table(at)) > 60
    charts = at.get("vega_lite_chart")
    assert len(charts) == 2
    for chart in charts:  # each chart draws the rows it is given, no placeholder data of its own
        assert "data" not in json.loads(chart.proto.spec) and not chart.proto.datasets
        assert pa.ipc.open_stream(chart.proto.data.data).read_all().num_rows > 0


@pytest.mark.parametrize("key, choice, column, expected", [
    ("f_category", "killed", "category", {"killed"}),
    ("f_source", "Crisis Desk", "source", {"Crisis Desk"}),
    ("f_unit", "households", "unit", {"households"}),
    ("f_place", "Haiti", "place", {"Haiti"}),
])
def test_each_filter_narrows_the_table(app, key, choice, column, expected):
    at = app()
    before = len(table(at))
    at.sidebar.multiselect(key=key).select(choice).run()
    after = table(at)
    assert 0 < len(after) < before
    assert set(after[column]) == expected


def test_cards_charts_and_count_follow_the_category_and_source(app):
    """The cards and charts are read once for all categories and cut: what they show must be
    exactly what a fresh read of the same filter shows."""
    at = app()
    at.sidebar.multiselect(key="f_source").select("Caribbean Health Wire").run()
    at.sidebar.multiselect(key="f_category").select("killed").run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Killed"] != "–" and {v for k, v in metrics.items() if k != "Killed"} == {"–"}
    assert at.subheader[0].value == f"{len(table(at))} figures"
    for chart in at.get("vega_lite_chart"):
        rows = pa.ipc.open_stream(chart.proto.data.data).read_all().to_pandas()
        assert set(rows["category"]) == {"killed"}
        if "source" in rows and "figures" in rows and "shown" not in rows:  # figures per source
            assert set(rows["source"]) == {"Caribbean Health Wire"}


def test_agency_filter(app):
    at = app()
    at.sidebar.multiselect(key="f_agency").select("UNICEF").run()
    assert set(table(at)["agencies"]) == {"UNICEF"}


def test_date_and_search_filters(app):
    import datetime as dt
    at = app()
    at.sidebar.date_input(key="f_dates").set_value((dt.date(2025, 11, 1), dt.date(2025, 11, 20))).run()
    dates = table(at)["published"]
    assert len(dates) and pd.to_datetime(dates).min() >= pd.Timestamp(2025, 11, 1)
    at.sidebar.text_input(key="f_search").input("cholera").run()
    sentences = table(at)["sentence"]
    assert len(sentences) and all("cholera" in s.lower() for s in sentences)


def test_filters_live_in_the_url_and_restore_the_view(app):
    at = app()
    at.sidebar.multiselect(key="f_category").select("injured").run()
    assert at.query_params["category"] in ("injured", ["injured"])
    again = app(category="injured")
    assert set(table(again)["category"]) == {"injured"}
    assert again.sidebar.multiselect(key="f_category").value == ["injured"]


def test_downloads_hold_exactly_the_filtered_rows(app, demo_db):
    from dashboard.data import export_bytes

    at = app(category="killed", place="Haiti")
    shown = table(at)
    filters = at.session_state["filters"]
    rows = list(csv.DictReader(io.StringIO(export_bytes(str(demo_db), filters, "csv").decode("utf-8-sig"))))
    assert len(rows) == len(shown) > 0
    assert {r["Category"] for r in rows} == {"killed"} and {r["Place"] for r in rows} == {"Haiti"}
    hxl_rows = export_bytes(str(demo_db), filters, "hxl").decode().splitlines()
    assert hxl_rows[1].startswith("#date+reported") and len(hxl_rows) == len(shown) + 2


def test_report_text_is_shown_as_text_never_run(app, demo_db):
    from tracker.queries import Filters
    from dashboard.data import _read
    from tracker import queries

    df = _read(demo_db, queries.figures, Filters(search="valley"))
    rid = df[df.quote.str.contains("30 people")].report_id.iloc[0]
    at = app(report=rid)
    shown = "\n".join(h.proto.body for h in at.get("html"))
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown and "[click](http://evil.example)" in shown
    assert "<script" not in shown and "<img" not in shown and "<a " not in shown
    assert "<mark>30 people</mark>" in shown


def test_missing_database_says_how_to_start(monkeypatch, tmp_path):
    monkeypatch.setenv("FIGURES_DB", str(tmp_path / "none.duckdb"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    assert "No database" in at.info[0].value


def test_server_config_is_local_with_an_upload_limit():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["address"] == "127.0.0.1"
    assert 0 < config["server"]["maxUploadSize"] <= 200
    assert config["server"]["enableXsrfProtection"] is True


def test_a_store_from_the_first_version_opens_upgraded(tmp_path, monkeypatch):
    """An analyst updates the project and opens the database they already had."""
    import duckdb

    db = tmp_path / "old.duckdb"
    write_first_version_store(db)
    monkeypatch.setenv("FIGURES_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert table(at)[["figure", "source", "category"]].values.tolist() == [["1,200", "Valley Times", "displaced"]]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchall() == [("2",)]
    con.close()
    from dashboard.data import export_bytes  # its reports have no agencies list at all
    from tracker.queries import Filters
    for fmt in ("csv", "hxl"):
        assert "Valley Times" in export_bytes(str(db), Filters(), fmt).decode("utf-8-sig")
