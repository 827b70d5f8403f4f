"""Readers: each format analysts have, and each way a file can be bad."""
import datetime as dt
import gzip
import json

import pytest

from tracker.readers import ReaderError, read_path
from tests.conftest import FLOOD_REPORT


def test_plain_text_with_glued_date_and_credit_line(write):
    (report,) = read_path(write("flood.txt", FLOOD_REPORT))
    assert report.title == "Floods displace thousands in the river valley"
    assert report.published == dt.date(2025, 3, 3)
    assert report.text.startswith("Heavy rains flooded")  # the glued date is gone
    assert report.agencies == ["AP", "Reuters"]
    assert "(AP, Reuters)" not in report.text


def test_html_page_keeps_the_article_not_the_menu(write):
    html = """<html><head><title>Quake hits the north | Daily Relief</title>
    <meta property="og:site_name" content="Daily Relief"><meta name="date" content="2025-02-11"></head>
    <body><nav>Home | Sport | Weather | Subscribe now</nav><article><h1>Quake hits the north</h1>
    <p>The earthquake killed 31 people and injured 140 others in the northern province, the ministry said.</p>
    <p>Rescue teams pulled 12 survivors from collapsed buildings overnight, officials added.</p></article>
    <footer>Copyright Daily Relief. All rights reserved.</footer></body></html>"""
    (report,) = read_path(write("quake.html", html))
    assert "31 people" in report.text
    assert "Subscribe" not in report.text and "rights reserved" not in report.text
    assert report.published == dt.date(2025, 2, 11)
    assert report.source == "Daily Relief"


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>One</title><link>https://example.org/1</link><pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Storms displaced 800 people.&lt;/p&gt;</description></item>
<item><title>Two</title><link>https://example.org/2</link><pubDate>Tue, 07 Jan 2025 10:00:00 GMT</pubDate>
<description>Fighting killed 9 civilians.</description></item></channel></rss>"""


def test_feed_gives_one_report_per_entry(write):
    reports = read_path(write("desk.rss", FEED))
    assert [r.title for r in reports] == ["One", "Two"]
    assert reports[0].text == "Storms displaced 800 people."
    assert reports[1].published == dt.date(2025, 1, 7) and reports[1].source == "Desk"


def test_csv_with_mapped_column_names(write):
    path = write("a.csv", "headline,pubdate,outlet,link,body\nT,2025-05-01,Paper,https://x.org,Floods killed 4 people.\n")
    (report,) = read_path(path, {"text": "body"})
    assert (report.title, report.published, report.source, report.text) == (
        "T", dt.date(2025, 5, 1), "Paper", "Floods killed 4 people.")


def test_jsonl_and_reliefweb(write):
    (a,) = read_path(write("a.jsonl", json.dumps({"title": "T", "date": "2025-01-02", "text": "5 people died."}) + "\n"))
    assert a.published == dt.date(2025, 1, 2)
    rw = {"data": [{"fields": {"title": "Flash update", "body": "<p>Clashes displaced 4,000 people.</p>",
                               "date": {"original": "2025-04-09T10:00:00+00:00"},
                               "source": [{"name": "OCHA"}, {"name": "IOM"}], "url": "https://x.org/u"}}]}
    (b,) = read_path(write("rw.json", json.dumps(rw)))
    assert (b.title, b.text, b.source, b.agencies, b.published) == (
        "Flash update", "Clashes displaced 4,000 people.", "OCHA", ["OCHA", "IOM"], dt.date(2025, 4, 9))


def test_utf16_text_is_read(write):
    (report,) = read_path(write("u16.txt", ("Title\n" + "Floods killed 3 people.").encode("utf-16")))
    assert report.text == "Floods killed 3 people."


def test_gzip_is_unpacked(write):
    (report,) = read_path(write("f.txt.gz", gzip.compress(FLOOD_REPORT.encode())))
    assert report.published == dt.date(2025, 3, 3)


BAD_FILES = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n", "empty"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("latin1.txt", "Title\nCaf\xe9 r\xe9fugi\xe9s: 40 people".encode("latin-1"), "not UTF-8"),
    ("cut.txt.gz", gzip.compress(FLOOD_REPORT.encode())[:30], "gzip"),
    ("broken.rss", b"<rss><channel><item><title>x</title", "feed"),
    ("extra.csv", b"title,text\nT,Floods killed 3 people.,surplus\n", "more cells"),
    ("nocol.csv", b"title,date\nT,2025-01-01\n", "no text column"),
    ("other.json", b'{"hello": "world"}', "ReliefWeb"),
    ("notes.docx", b"PK\x03\x04 something", "unknown format"),
]


@pytest.mark.parametrize("name, content, reason", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_gets_a_clear_reason(write, name, content, reason):
    with pytest.raises(ReaderError, match=reason):
        read_path(write(name, content))


def test_missing_path(tmp_path):
    with pytest.raises(ReaderError, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_plain_text_may_name_its_source_and_link(write):
    text = "Quake update\nSource: Daily Relief\nURL: https://example.org/q\nJune 2, 2025 The quake killed 8 people.\n"
    (report,) = read_path(write("q.txt", text))
    assert (report.source, report.url, report.published, report.text) == (
        "Daily Relief", "https://example.org/q", dt.date(2025, 6, 2), "The quake killed 8 people.")
