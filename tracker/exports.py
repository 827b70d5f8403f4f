"""Exports of a filtered view: spreadsheet-safe CSV, HXL-tagged CSV for HDX, Parquet."""
from __future__ import annotations

import csv
import io

import pandas as pd

# Columns of an export, in order, with their HXL hashtags (see shared taxonomy / HXL standard).
EXPORT_COLUMNS = [
    ("published", "Date reported", "#date+reported"),
    ("source", "Source", "#meta+source"),
    ("agencies", "Agencies", "#org+name+credited"),
    ("title", "Report title", "#meta+title"),
    ("url", "Link", "#meta+url"),
    ("report_id", "Report id", "#meta+id"),
    ("place", "Place", "#country+name"),
    ("category", "Category", "#indicator+category"),
    ("value", "Value", "#indicator+value+num"),
    ("low", "At least", "#value+min+num"),
    ("high", "At most", "#value+max+num"),
    ("qualifier", "Qualifier", "#meta+qualifier"),
    ("vague", "Vague", "#meta+vague"),
    ("unit", "Unit", "#indicator+unit"),
    ("who", "Who", "#indicator+who"),
    ("quote", "Quote", "#meta+quote"),
    ("sentence", "Sentence", "#meta+sentence"),
]
# A per-category column holding the value in HXL's own vocabulary, so HDX tools read
# "#affected+killed+ind" directly. "+ind" counts people, "+hh" households.
CATEGORY_TAGS = {
    "killed": "#affected+killed", "injured": "#affected+injured", "missing": "#affected+missing",
    "displaced": "#affected+displaced", "evacuated": "#affected+evacuated",
    "refugees": "#affected+refugees", "returned": "#affected+returnees",
    "homeless": "#affected+homeless", "in_need": "#inneed", "affected": "#affected",
    "trapped": "#affected+trapped", "sheltered": "#affected+sheltered", "assisted": "#reached",
    "detained": "#affected+arrested", "kidnapped": "#affected+abducted", "sick": "#affected+infected",
    "damage": "#impact",
}
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Neutralise text a spreadsheet would run as a formula ('=HYPERLINK(...)' stays text)."""
    if isinstance(value, str) and value.startswith(DANGEROUS_START):
        return "'" + value
    return value


def _neutralise(table: pd.DataFrame) -> None:
    for col in table.columns:
        if not pd.api.types.is_numeric_dtype(table[col]):
            table[col] = table[col].astype(object).map(spreadsheet_safe)


def _table(df: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame({label: df[col] if col in df else None for col, label, _ in EXPORT_COLUMNS})
    if "Agencies" in out:
        out["Agencies"] = [", ".join(a) if isinstance(a, (list, tuple)) or hasattr(a, "tolist") else (a or "")
                           for a in (df["agencies"] if "agencies" in df else [None] * len(df))]
    out["Date reported"] = pd.to_datetime(out["Date reported"]).dt.strftime("%Y-%m-%d")
    return out


def to_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 with BOM (spreadsheets then read accents right), every text cell formula-safe."""
    table = _table(df)
    _neutralise(table)
    return table.to_csv(index=False, quoting=csv.QUOTE_MINIMAL).encode("utf-8-sig")


def to_hxl(df: pd.DataFrame) -> bytes:
    """CSV with the HXL tag row under the header, and one value column per category present."""
    table = _table(df)
    tags = [tag for _, _, tag in EXPORT_COLUMNS]
    categories = [c for c in CATEGORY_TAGS if "category" in df and (df["category"] == c).any()]
    for cat in categories:
        for unit, attribute in (("people", "+ind"), ("households", "+hh")):
            mask = (df["category"] == cat) & (df["unit"] == unit)
            if mask.any():
                label = f"{cat.replace('_', ' ').capitalize()} ({unit})"
                table[label] = df["value"].where(mask).to_numpy()
                tags.append(CATEGORY_TAGS[cat] + attribute + "+num")
    _neutralise(table)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(table.columns)
    writer.writerow(tags)
    for row in table.itertuples(index=False):
        writer.writerow(["" if v is None or (isinstance(v, float) and v != v) else v for v in row])
    return buf.getvalue().encode("utf-8")


def to_parquet(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    frame = df.copy()
    if "agencies" in frame:
        frame["agencies"] = frame["agencies"].map(lambda a: list(a) if a is not None else [])
    frame.to_parquet(buf, index=False)
    return buf.getvalue()


FORMATS = {"csv": to_csv, "hxl": to_hxl, "parquet": to_parquet}
