"""Filters <-> URL query parameters, so a view can be sent to a colleague as a link."""
from __future__ import annotations

import datetime as dt

from tracker.queries import Filters

LIST_PARAMS = {"source": "sources", "agency": "agencies", "category": "categories", "unit": "units",
               "place": "places"}


def _date(text):
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def filters_from_params(params) -> Filters:
    """Filters from st.query_params (or any mapping with get_all), ignoring malformed values."""
    kwargs = {field: [v for v in params.get_all(name) if v] for name, field in LIST_PARAMS.items()}
    return Filters(**kwargs, since=_date(params.get("since")), until=_date(params.get("until")),
                   search=params.get("q", "") or "")


def params_from_filters(filters: Filters, report_id: str | None = None) -> dict:
    out: dict = {}
    for name, field in LIST_PARAMS.items():
        values = getattr(filters, field)
        if values:
            out[name] = list(values)
    if filters.since:
        out["since"] = filters.since.isoformat()
    if filters.until:
        out["until"] = filters.until.isoformat()
    if filters.search:
        out["q"] = filters.search
    if report_id:
        out["report"] = report_id
    return out
