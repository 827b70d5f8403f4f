"""Pure helpers for showing figures and report text safely."""
from __future__ import annotations

import math
import re

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


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$=^&])")


def escape_markdown(text: str) -> str:
    """Text that st.markdown shows as typed: no links, images, HTML or formatting run."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def highlighted_markdown(text: str, spans: list[tuple[int, int]]) -> str:
    """Report text as safe markdown with each figure's span highlighted."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos or end > len(text):
            continue
        out.append(escape_markdown(text[pos:start]))
        out.append(":orange-background[**" + escape_markdown(text[start:end]) + "**]")
        pos = end
    out.append(escape_markdown(text[pos:]))
    return "".join(out).replace("\n", "  \n")
