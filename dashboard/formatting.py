"""Pure helpers for showing figures and report text safely."""
from __future__ import annotations

import html
import math

QUALIFIER_MARK = {"approx": "~", "at_least": "≥", "at_most": "≤", "exact": ""}


def _n(x) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def _missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def figure_text(value, low, high, qualifier, vague=False) -> str:
    """'~8,000', '≤1,500', '≥40,000', '200–300'; vague figures keep a '+' ('≥12+')."""
    if qualifier == "range" or _missing(value):
        if _missing(low) or _missing(high):
            return "?"
        return f"{_n(low)}–{_n(high)}"
    text = QUALIFIER_MARK.get(qualifier, "") + _n(value)
    return text + ("+" if vague else "")


def highlighted_html(text: str, spans: list[tuple[int, int]]) -> str:
    """Report text, HTML-escaped in full, with each figure's span in <mark>.

    Nothing of the report reaches the page as markup: no tag, script, link or markdown
    (markdown would auto-link bare URLs even when escaped), only characters.
    """
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos or end > len(text):
            continue
        out.append(html.escape(text[pos:start]))
        out.append("<mark>" + html.escape(text[start:end]) + "</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")
