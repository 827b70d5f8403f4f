"""Altair charts: figures over time by category, and figures per source."""
from __future__ import annotations

import altair as alt
import pandas as pd


def over_time(df: pd.DataFrame) -> alt.Chart:
    data = df[df["shown"] > 0].assign(published=lambda d: pd.to_datetime(d["published"]),
                                      sentence=lambda d: d["sentence"].str.slice(0, 160))
    zoom = alt.selection_interval(bind="scales", encodings=["x"])
    return (
        alt.Chart(data, title="People counted, by date reported (largest figure of each day)")
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


def per_source(df: pd.DataFrame) -> alt.Chart:
    data = df.assign(source=df["source"].replace("", "(no source)").fillna("(no source)"))
    return (
        alt.Chart(data, title="Figures per source")
        .mark_bar()
        .encode(
            y=alt.Y("source:N", title=None, sort="-x"),
            x=alt.X("sum(figures):Q", title="figures", axis=alt.Axis(format="~s")),
            color=alt.Color("category:N", title="category", scale=alt.Scale(scheme="tableau10")),
            tooltip=["source:N", "category:N", alt.Tooltip("figures:Q", format=",")],
        )
        .properties(height=alt.Step(22))
    )
