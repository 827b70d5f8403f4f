"""The sections of the page. Each takes data and draws it; none queries or decides much."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from tracker.queries import Filters

from . import charts, data
from .formatting import figure_text, highlighted_html
from .state import filters_from_params, params_from_filters

CATEGORY_LABELS = {"killed": "Killed", "injured": "Injured", "displaced": "Displaced",
                   "evacuated": "Evacuated", "in_need": "In need"}


def sidebar(opts: dict) -> Filters:
    """The filter widgets, starting from the URL; the URL follows every change."""
    current = filters_from_params(st.query_params)
    sb = st.sidebar
    sb.header("Filters")

    def pick(label, key, choices, chosen):
        return sb.multiselect(label, choices, default=[c for c in chosen if c in choices], key=key,
                              placeholder="All")

    sources = pick("Source", "f_source", opts["sources"], current.sources)
    agencies = pick("Credited agency", "f_agency", opts["agencies"], current.agencies)
    categories = pick("Category", "f_category", opts["categories"], current.categories)
    units = pick("Unit", "f_unit", opts["units"], current.units)
    places = pick("Place", "f_place", opts["places"], current.places)
    first, last = opts["first"], opts["last"]
    since = until = None
    if first and last:
        default = (max(current.since or first, first), min(current.until or last, last))
        if default[0] > default[1]:
            default = (first, last)
        picked = sb.date_input("Published between", value=default, min_value=first, max_value=last,
                               key="f_dates", format="YYYY-MM-DD")
        if isinstance(picked, (list, tuple)) and len(picked) == 2:
            since = picked[0] if picked[0] != first else None
            until = picked[1] if picked[1] != last else None
    search = sb.text_input("Search who, quote or sentence", value=current.search, key="f_search")
    filters = Filters(sources=sources, agencies=agencies, categories=categories, units=units,
                      places=places, since=since, until=until, search=search.strip())
    wanted = params_from_filters(filters, st.query_params.get("report"))
    if wanted != {k: st.query_params.get_all(k) if isinstance(wanted.get(k), list) else st.query_params.get(k)
                  for k in st.query_params}:
        st.query_params.from_dict(wanted)
    return filters


def headline_cards(latest: pd.DataFrame):
    cols = st.columns(len(CATEGORY_LABELS))
    by_cat = {row["category"]: row for _, row in latest.iterrows()} if len(latest) else {}
    for col, (cat, label) in zip(cols, CATEGORY_LABELS.items()):
        with col:
            row = by_cat.get(cat)
            if row is None:
                st.metric(label, "–", help="No figure of this category in the filtered set")
                continue
            st.metric(label, figure_text(row["value"], row["low"], row["high"], row["qualifier"], row["vague"]))
            date = pd.to_datetime(row["published"]).strftime("%d %b %Y") if pd.notna(row["published"]) else "undated"
            st.caption(f"{row['who']} · {row['source'] or 'unknown source'} · {date}")


def chart_section(view: dict):
    left, right = st.columns([3, 2])
    with left:
        if len(view["over_time"]):
            st.vega_lite_chart(charts.over_time_data(view["over_time"]), charts.over_time_spec(), width="stretch")
        else:
            st.info("No dated counts of people in this view.")
    with right:
        if len(view["per_source"]):
            st.vega_lite_chart(charts.per_source_data(view["per_source"]), charts.per_source_spec(), width="stretch")


def figures_table(view: dict):
    table = view["table"]
    shown = table.assign(
        figure=[figure_text(v, lo, hi, q, vg) for v, lo, hi, q, vg in
                zip(table["value"], table["low"], table["high"], table["qualifier"], table["vague"])],
        agencies=[", ".join(a) if a is not None and len(a) else "" for a in table["agencies"]],
    )[["published", "figure", "unit", "who", "category", "place", "source", "agencies", "url", "quote", "sentence"]]
    total = view["count"]
    st.subheader(f"{total:,} figures")
    if total > len(table):
        st.caption(f"Showing the {len(table):,} most recent; the downloads hold all {total:,}.")
    st.dataframe(
        shown, hide_index=True, width="stretch", height=420, key="figures_table",
        column_config={
            "published": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
            "figure": st.column_config.TextColumn("Figure", help="~ about, ≥ at least, ≤ at most, + vague"),
            "url": st.column_config.LinkColumn("Report", display_text="open"),
            "unit": "Unit", "who": "Who", "category": "Category", "place": "Place", "source": "Source",
            "agencies": "Agencies", "quote": "Quote",
            "sentence": st.column_config.TextColumn("Sentence", width="large"),
        },
    )


def downloads(path: str, filters: Filters):
    left, right, _ = st.columns([1, 1, 3])
    stamp = dt.date.today().isoformat()
    with left:
        st.download_button("Download CSV", data=lambda: data.export_bytes(path, filters, "csv"),
                           file_name=f"figures-{stamp}.csv", mime="text/csv", key="dl_csv", on_click="ignore")
    with right:
        st.download_button("Download HXL", data=lambda: data.export_bytes(path, filters, "hxl"),
                           file_name=f"figures-{stamp}.hxl.csv", mime="text/csv", key="dl_hxl", on_click="ignore")


def report_view(reads: data.PageReads, table: pd.DataFrame):
    st.subheader("Report")
    reports = table.drop_duplicates("report_id")[["report_id", "title", "published", "source"]]
    if reports.empty:
        st.caption("No report in this view.")
        return
    labels = {r.report_id: f"{pd.to_datetime(r.published):%Y-%m-%d} · {r.title} ({r.source or 'unknown source'})"
              if pd.notna(r.published) else f"undated · {r.title}" for r in reports.itertuples()}
    ids = list(labels)
    wanted = st.query_params.get("report")
    index = ids.index(wanted) if wanted in ids else 0
    chosen = st.selectbox("Show the figures in their report", ids, index=index, key="report_pick",
                          format_func=lambda i: labels[i], on_change=_remember_report)
    meta, figs = data.report(reads.path, reads.version, chosen, reads)
    if meta is None:
        return
    st.html(f"<h4 class='report-title'>{highlighted_html(meta['title'] or '', [])}</h4>")
    credit = ", ".join(meta["agencies"] or [])
    st.caption(" · ".join(x for x in [str(meta["published"] or "undated"), meta["source"] or "", credit] if x))
    if meta["url"]:
        st.link_button("Open the original", meta["url"])
    st.html("<div class='report-text' style='line-height:1.6'>"
            + highlighted_html(meta["text"], list(zip(figs["start"], figs["end"]))) + "</div>")


def _remember_report():
    st.query_params["report"] = st.session_state["report_pick"]


def add_reports(path: str):
    """Upload files or paste text; stored in the same database, with a progress bar."""
    from tracker.ingest import ingest_uploads
    from tracker.store import Store

    with st.expander("Add reports"):
        files = st.file_uploader("Files (txt, html, rss/atom, csv, jsonl, ReliefWeb json, .gz)",
                                 accept_multiple_files=True, key="upload")
        pasted = st.text_area("…or paste a report (title on the first line)", key="paste", height=120)
        if st.button("Add", key="add_reports", type="primary"):
            items = [(f.name, f.getvalue()) for f in files or []]
            if pasted.strip():
                items.append(("pasted.txt", pasted.encode("utf-8")))
            if not items:
                st.warning("Choose files or paste a report first.")
                return
            bar = st.progress(0.0, text="Reading and extracting…")
            summary = ingest_uploads(items, Store(path), lambda i, n: bar.progress(i / n, text=f"{i} of {n}"))
            (st.error if summary.failures else st.success)("\n\n".join(summary.lines()))
