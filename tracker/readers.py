"""Readers: each turns one file into reports, or raises ReaderError saying why it cannot.

Formats: plain text copied from a news site, saved HTML pages (trafilatura), RSS/Atom feeds
(feedparser), CSV and JSON Lines of articles, ReliefWeb API responses, and any of these
gzip-compressed. Readers never write anything; the store does that.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import re
import zlib
from pathlib import Path

from .reports import Report, credited_agencies, find_date, parse_date

MAX_BYTES = 200 * 1024 * 1024  # one file (a CSV of many articles may be large)
MAX_REPORT_CHARS = 2_000_000  # one report; longer is not a report but a dump: refused, not half-read


class ReaderError(Exception):
    """A file that cannot be read as reports; the message says why, for a person."""


# Column names a CSV or JSON Lines file may use for each report field (first match wins).
FIELD_NAMES = {
    "title": ["title", "headline", "name"],
    "published": ["published", "date", "pubdate", "date_published", "published_at", "date_original"],
    "source": ["source", "publisher", "publisher_domain", "outlet", "site"],
    "url": ["url", "link", "href"],
    "text": ["text", "body", "content", "article", "excerpt"],
    "agencies": ["agencies", "credits"],
    "language": ["language", "lang"],
}


def read_path(path: Path, field_map: dict[str, str] | None = None) -> list[Report]:
    """Every report in one file. Raises ReaderError for anything unreadable."""
    path = Path(path)
    try:
        if not path.exists():
            raise ReaderError("no such file")
        if path.is_dir():
            raise ReaderError("is a folder")
        size = path.stat().st_size
        if size == 0:
            raise ReaderError("empty file")
        if size > MAX_BYTES:
            raise ReaderError(f"file is {size / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit")
        data = path.read_bytes()
    except OSError as exc:
        raise ReaderError(f"cannot read: {exc.strerror or exc}") from exc
    name = path.name.lower()
    if name.endswith(".gz"):
        data = _gunzip(data)
        name = name[:-3]
    reports = read_bytes(data, name, field_map)
    for r in reports:
        r.origin = str(path)
    return reports


def read_bytes(data: bytes, name: str, field_map: dict[str, str] | None = None) -> list[Report]:
    """Reports from the bytes of a file called `name` (the suffix picks the reader)."""
    suffix = name.rsplit(".", 1)[-1] if "." in name else "txt"
    if not data.strip():
        raise ReaderError("empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReaderError("binary file, not text")
    if suffix in ("html", "htm"):
        reports = [read_html(data)]
    elif suffix in ("rss", "atom", "xml"):
        reports = read_feed(data)
    elif suffix == "csv":
        reports = read_csv(decode(data), field_map)
    elif suffix in ("jsonl", "ndjson"):
        reports = read_jsonl(decode(data), field_map)
    elif suffix == "json":
        reports = read_json(decode(data), field_map)
    elif suffix in ("txt", "text", "md"):
        reports = [read_text(decode(data))]
    else:
        raise ReaderError(f"unknown format .{suffix} (txt, html, rss, atom, xml, csv, jsonl, json, .gz of these)")
    reports = [r for r in reports if r.text.strip()]
    if not reports:
        raise ReaderError("no report text found")
    for r in reports:
        if len(r.text) > MAX_REPORT_CHARS:
            raise ReaderError(f"a report of {len(r.text) / 1e6:.0f} million characters is over the "
                              f"{MAX_REPORT_CHARS // 1_000_000} million limit; split it into reports")
    return reports


def _gunzip(data: bytes) -> bytes:
    try:
        out = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise ReaderError(f"damaged gzip file ({exc})") from exc
    if len(out) > MAX_BYTES:
        raise ReaderError(f"unpacks to more than {MAX_BYTES // 2**20} MiB")
    return out


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; else an error.

    Guessing an 8-bit encoding silently turns figures' context into mojibake, so a file
    that is none of these is refused with a clear reason instead.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReaderError(f"invalid UTF-16 text at byte {exc.start}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReaderError(f"not UTF-8 text (invalid byte at position {exc.start}); "
                          "save it as UTF-8 and ingest again") from exc


def read_text(text: str) -> Report:
    """Plain text as copied from a news page: title first, then the date, body, credit line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    first, _, body = text.partition("\n")
    title = first.strip()
    meta = {}
    while (m := _META_LINE.match(body)) is not None:  # optional "Source: ..." / "URL: ..." lines
        meta[m.group(1).lower()] = m.group(2).strip()
        body = body[m.end():]
    body = body.strip() or title
    published = parse_date(meta.get("date"))
    found = None if published else find_date(body, limit=80)
    if found and found[1].start() < 40:
        published, m = found
        body = (body[:m.start()] + body[m.end():].lstrip(" ,-–—:|")).strip()
        # "December 8, 2016Forces aligned...": the copy glued the date to the first sentence.
    agencies, body = credited_agencies(body)
    return Report(title=title[:500], text=body, published=published, agencies=agencies,
                  source=meta.get("source") or meta.get("publisher", ""), url=meta.get("url") or meta.get("link", ""))


_META_LINE = re.compile(r"[ \t]*(Source|Publisher|URL|Link|Date):[ \t]*(\S[^\n]*)\n", re.I)


def read_html(data: bytes) -> Report:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, favor_recall=True,
                                          include_comments=False, include_tables=True)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise ReaderError(f"unreadable HTML ({type(exc).__name__}: {exc})") from exc
    if doc is None or not (doc.text or "").strip():
        raise ReaderError("no main text found in the HTML page")
    agencies, text = credited_agencies(doc.text)
    return Report(title=(doc.title or "").strip()[:500] or text.split("\n", 1)[0][:200],
                  text=text, published=parse_date(doc.date), source=(doc.sitename or doc.hostname or ""),
                  agencies=agencies, url=doc.url or "", language=doc.language or "en")


def read_feed(data: bytes) -> list[Report]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        raise ReaderError(f"malformed or empty feed{f' ({reason})' if reason else ''}")
    source = (feed.feed.get("title") or "").strip()
    reports = []
    for e in feed.entries:
        html = ""
        if e.get("content"):
            html = e.content[0].get("value", "")
        html = html or e.get("summary", "") or e.get("description", "")
        text = _html_to_text(html)
        published = None
        for key in ("published_parsed", "updated_parsed"):
            if e.get(key):
                published = parse_date("%04d-%02d-%02d" % tuple(e[key][:3]))
                break
        agencies, text = credited_agencies(text)
        reports.append(Report(title=(e.get("title") or "").strip(), text=text, published=published,
                              source=source, agencies=agencies, url=e.get("link", "")))
    if not any(r.text.strip() for r in reports):
        reason = getattr(feed, "bozo_exception", None) if feed.get("bozo") else None
        raise ReaderError(f"malformed feed ({reason})" if reason else "feed entries have no text")
    return reports


def _html_to_text(html: str) -> str:
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return html
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return "\n".join(t.strip() for t in root.itertext() if t.strip())


def _pick(row: dict, field: str, field_map: dict[str, str] | None):
    lowered = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    names = [field_map[field].lower()] if field_map and field in field_map else FIELD_NAMES[field]
    for name in names:
        if name in lowered and lowered[name] not in (None, ""):
            return lowered[name]
    return None


def _agency_list(value) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    if not value:
        return []
    return [a.strip() for a in str(value).replace(";", ",").split(",") if a.strip()]


def _report_from_row(row: dict, field_map, where: str) -> Report:
    text = _pick(row, "text", field_map)
    if not isinstance(text, str) or not text.strip():
        raise ReaderError(f"{where}: no text column (looked for {', '.join(FIELD_NAMES['text'])}; "
                          "map another with --map text=COLUMN)")
    agencies = _agency_list(_pick(row, "agencies", field_map))
    if not agencies:
        agencies, text = credited_agencies(text)
    source = _pick(row, "source", field_map)
    if isinstance(source, list):
        source = ", ".join(str(s.get("name", s)) if isinstance(s, dict) else str(s) for s in source)
    return Report(title=str(_pick(row, "title", field_map) or text.strip().split("\n", 1)[0][:120]),
                  text=text, published=parse_date(_pick(row, "published", field_map)),
                  source=str(source or ""), agencies=agencies, url=str(_pick(row, "url", field_map) or ""),
                  language=str(_pick(row, "language", field_map) or "en"))


def read_csv(text: str, field_map=None) -> list[Report]:
    try:
        rows = list(csv.DictReader(io.StringIO(text)))
    except csv.Error as exc:
        raise ReaderError(f"malformed CSV ({exc})") from exc
    if not rows:
        raise ReaderError("CSV has a header but no rows")
    reports = []
    for i, row in enumerate(rows, start=2):
        if None in row:  # more cells than the header names
            raise ReaderError(f"line {i}: {len(row[None])} more cells than the header has columns")
        reports.append(_report_from_row(row, field_map, f"line {i}"))
    return reports


def read_jsonl(text: str, field_map=None) -> list[Report]:
    reports = []
    for i, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReaderError(f"line {i}: invalid JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise ReaderError(f"line {i}: expected a JSON object")
        reports.append(_report_from_row(row, field_map, f"line {i}"))
    return reports


def read_json(text: str, field_map=None) -> list[Report]:
    """A ReliefWeb API response ({"data": [{"fields": {...}}]}) or a JSON list of articles."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReaderError(f"invalid JSON at line {exc.lineno} ({exc.msg})") from exc
    if isinstance(doc, dict) and isinstance(doc.get("data"), list):
        reports = []
        for i, item in enumerate(doc["data"]):
            fields = item.get("fields") if isinstance(item, dict) else None
            if not isinstance(fields, dict):
                raise ReaderError(f"data[{i}] has no 'fields' object: not a ReliefWeb API response")
            row = {"title": fields.get("title"), "text": fields.get("body") or fields.get("body-html"),
                   "published": (fields.get("date") or {}).get("original") if isinstance(fields.get("date"), dict) else None,
                   "source": [s.get("name") for s in fields.get("source", []) if isinstance(s, dict)],
                   "url": fields.get("url") or fields.get("url_alias") or ""}
            report = _report_from_row(row, None, f"data[{i}]")
            report.source = ", ".join(row["source"][:1])
            report.agencies = [s for s in row["source"] if s]
            report.text = _html_to_text(report.text) if "<" in report.text else report.text
            reports.append(report)
        return reports
    if isinstance(doc, list) and all(isinstance(x, dict) for x in doc):
        return [_report_from_row(row, field_map, f"item {i}") for i, row in enumerate(doc)]
    raise ReaderError("JSON is neither a ReliefWeb API response (data[].fields) nor a list of articles")
