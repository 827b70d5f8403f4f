"""Figures dashboard: `streamlit run app.py` (reads FIGURES_DB, default data/figures.duckdb)."""
import streamlit as st

from dashboard import data, views

st.set_page_config(page_title="Figures: humanitarian figures tracker", layout="wide")
st.title("Humanitarian figures")

path = str(data.db_path())
version = data.db_version(data.db_path())

if version == (0, 0, 0):
    st.info(f"No database at {path} yet. Add reports below, or run `python -m tracker ingest FILES`.")
    views.add_reports(path)
    st.stop()

try:
    opts = data.options(path, version)
    filters = views.sidebar(opts)
    view = data.view(path, version, filters)
except data.StoreBusy:
    st.warning("The database is busy: an ingest is writing to it. This page will show the new figures "
               "once it finishes; press R to retry.")
    st.stop()

st.session_state["filters"] = filters  # for tests and for the downloads, which read it lazily
views.headline_cards(view["latest"])
views.chart_section(view)
views.figures_table(view)
views.downloads(path, filters)
views.report_view(path, version, view["table"])
views.add_reports(path)
