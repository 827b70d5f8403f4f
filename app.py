"""Figures dashboard: `streamlit run app.py` (reads FIGURES_DB, default data/figures.duckdb)."""
import streamlit as st

from dashboard import data, views

st.set_page_config(page_title="Figures: humanitarian figures tracker", layout="wide")
st.title("Humanitarian figures")

path = str(data.db_path())

if not data.db_path().exists():
    st.info(f"No database at {path} yet. Add reports below, or run `python -m tracker ingest FILES`.")
    views.add_reports(path)
    st.stop()

reads = None
try:
    data.upgrade(path)
    reads = data.PageReads(path)
    opts = data.options(path, reads.version, reads)
    filters = views.sidebar(opts)
    view = data.view(path, reads.version, filters, reads)
    st.session_state["filters"] = filters  # for tests and for the downloads, which read it lazily
    views.headline_cards(view["latest"])
    views.chart_section(view)
    views.figures_table(view)
    views.downloads(path, filters)
    views.report_view(reads, view["table"])
except data.StoreBusy:
    st.warning("The database is busy: an ingest is writing to it. This page will show the new figures "
               "once it finishes; press R to retry.")
    st.stop()
finally:
    if reads:
        reads.close()  # before the upload below, which writes
views.add_reports(path)
