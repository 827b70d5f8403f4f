"""Altair charts: figures over time by category, and figures per source.

Each chart is designed in Altair once and compiled to its Vega-Lite spec once per process;
a page run only hands the spec its data. Building and validating the Altair objects on every
run took a sizeable share of a filter change's time budget.
"""
from __future__ import annotations

import copy
import functools

import altair as alt
import pandas as pd


def over_time_spec() -> dict:
    return _spec(_over_time_chart)


def _over_time_chart() -> alt.Chart:
    zoom = alt.selection_interval(bind="scales", encodings=["x"])
    return (
        alt.Chart(title="People counted, by date reported (largest figure of each day)")
        .mark_circle(size=70, opacity=0.8)
        .encode(
            x=alt.X("published:T", title=None, axis=alt.Axis(format="%d %b %Y", labelAngle=0)),
            y=alt.Y("shown:Q", title="people or households", scale=alt.Scale(type="log"),
                    axis=alt.Axis(format="~s")),
            color=alt.Color("category:N", title="category", scale=alt.Scale(scheme="tableau10")),
            tooltip=[alt.Tooltip("shown:Q", title="value", format=",.0f"), "qualifier:N", "who:N",
                     "category:N", "source:N", alt.Tooltip("published:T", title="date", format="%d %b %Y"),
                     alt.Tooltip("figures:Q", title="figures that day", format=","),
                     "sentence:N"],
        )
        .add_params(zoom)
        .properties(height=320)
    )


def over_time_data(df: pd.DataFrame) -> pd.DataFrame:
    """The log scale cannot show zero; long sentences are cut for the tooltip."""
    return df[df["shown"] > 0].assign(published=lambda d: pd.to_datetime(d["published"]),
                                      sentence=lambda d: d["sentence"].str.slice(0, 160))


def per_source_spec() -> dict:
    return _spec(_per_source_chart)


def _per_source_chart() -> alt.Chart:
    return (
        alt.Chart(title="Figures per source")
        .mark_bar()
        .encode(
            y=alt.Y("source:N", title=None, sort="-x"),
            x=alt.X("sum(figures):Q", title="figures", axis=alt.Axis(format="~s")),
            color=alt.Color("category:N", title="category", scale=alt.Scale(scheme="tableau10")),
            tooltip=["source:N", "category:N", alt.Tooltip("figures:Q", format=",")],
        )
        .properties(height=alt.Step(22))
    )


def per_source_data(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(source=df["source"].replace("", "(no source)").fillna("(no source)"))


@functools.cache
def _compiled(design) -> dict:
    spec = design().to_dict()
    spec.pop("data", None)  # the data comes with each run: no placeholder may stay
    spec.pop("datasets", None)
    return spec


def _spec(design) -> dict:
    return copy.deepcopy(_compiled(design))  # Streamlit edits the spec it is given
