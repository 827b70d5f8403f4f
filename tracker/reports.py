"""A report as the store keeps it, and the parsing of what reports say about themselves."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field


@dataclass
class Report:
    title: str
    text: str
    published: dt.date | None = None
    source: str = ""
    agencies: list[str] = field(default_factory=list)
    url: str = ""
    language: str = "en"
    origin: str = ""  # the file it came from, for error messages and provenance

    @property
    def id(self) -> str:
        """Content hash: the same report ingested twice is stored once."""
        key = "\x1f".join([self.title.strip(), self.text.strip(), self.url.strip()])
        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
DATE_PATTERNS = [
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)", re.I),   # December 8, 2016
    re.compile(rf"(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>(?:19|20)\d\d)", re.I),     # 8 December 2016
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)"),              # 2016-12-08
]


def parse_date(value) -> dt.date | None:
    """A date from the forms reports and feeds use; None when there is none."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = find_date(str(value))
    return m[0] if m else None


def find_date(text: str, limit: int | None = None):
    """(date, match) of the first date in text[:limit], or None."""
    head = text if limit is None else text[:limit]
    best = None
    for pattern in DATE_PATTERNS:
        m = pattern.search(head)
        if m and (best is None or m.start() < best[1].start()):
            try:
                month = int(m.group("mnum")) if "mnum" in m.groupdict() and m.group("mnum") \
                    else _MONTHS[m.group("month").lower().rstrip(".")]
                best = (dt.date(int(m.group("year")), month, int(m.group("day"))), m)
            except (ValueError, KeyError):
                continue
    return best


# "rs/se (AP, AFP, dpa, Reuters)" or "(Reporting by ...)": the agencies a copy credits.
CREDIT_LINE = re.compile(r"^\s*(?:[a-z]{2,4}(?:/[a-z]{2,4})*\s*)?\(([A-Za-z][\w .&-]*(?:,\s*[A-Za-z][\w .&-]*)+|AP|AFP|Reuters|dpa|KNA|EFE|ANSA)\)\s*$")
KNOWN_AGENCIES = {"ap", "afp", "dpa", "reuters", "efe", "ansa", "kna", "epd", "xinhua", "ians", "pti"}


def credited_agencies(text: str) -> tuple[list[str], str]:
    """(agencies, text without the credit line) from a closing credit line, if any."""
    lines = text.rstrip().splitlines()
    if not lines:
        return [], text
    m = CREDIT_LINE.match(lines[-1])
    if not m:
        return [], text
    agencies = [a.strip() for a in m.group(1).split(",") if a.strip()]
    if not any(a.lower() in KNOWN_AGENCIES for a in agencies):
        return [], text
    return agencies, "\n".join(lines[:-1]).rstrip()
