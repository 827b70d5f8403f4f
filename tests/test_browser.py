"""The dashboard in a real headless Chromium (Debian's), driven by Playwright.

The tests start `streamlit run app.py` on a free port of 127.0.0.1 with a temporary
database. Without Chromium they skip, saying why.
"""
import csv
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT, build_demo_db

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (./run tests installs it when run as root: apt-get install chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "artifacts"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_demo_db(tmp_path_factory.mktemp("browser"))
    port = free_port()
    env = {**os.environ, "FIGURES_DB": str(db)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("streamlit did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])
    yield url, db
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()


def figure_count(page) -> int:
    heading = page.get_by_role("heading", name=re.compile(r"^[\d,]+ figures$")).first
    heading.wait_for(timeout=30_000)
    return int(heading.inner_text().split()[0].replace(",", ""))


def wait_for_count_change(page, before: int, timeout=30.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            now = figure_count(page)
            if now != before:
                return now
        except Exception:
            pass
        time.sleep(0.1)
    raise AssertionError("the table did not change")


def coloured_pixels(element) -> int:
    """Points and bars are drawn in colour; axes, labels and the background are grey."""
    import numpy as np
    from PIL import Image

    element.locator("canvas, svg").first.wait_for(timeout=60_000)
    time.sleep(0.5)  # let the chart finish drawing
    pixels = np.asarray(Image.open(io.BytesIO(element.screenshot())).convert("RGB"), dtype=np.int16)
    return int((pixels.max(axis=-1) - pixels.min(axis=-1) > 60).sum())


def test_charts_render_filter_changes_table_and_csv_matches(server, page):
    url, _ = server
    page.goto(url)
    page.get_by_text("Humanitarian figures").first.wait_for(timeout=60_000)
    page.locator(".vega-embed canvas, .vega-embed svg").first.wait_for(timeout=60_000)
    page.locator(".vega-embed").nth(1).wait_for(timeout=60_000)  # both charts, not only the first
    for chart in page.locator(".vega-embed").all()[:2]:
        assert coloured_pixels(chart) > 300, "a chart shows axes but no points or bars"
    total = figure_count(page)

    page.get_by_role("combobox", name="Category").click()
    page.get_by_role("option", name="killed", exact=True).click()
    page.keyboard.press("Escape")
    killed = wait_for_count_change(page, total)
    assert 0 < killed < total
    assert "category=killed" in page.url

    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="Download CSV").click()
    rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8-sig").read())))
    assert len(rows) == killed and {r["Category"] for r in rows} == {"killed"}

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    assert (ARTIFACTS / "dashboard.png").stat().st_size > 10_000


def test_a_shared_link_restores_the_view(server, page):
    url, _ = server
    page.goto(url + "/?category=killed&place=Haiti")
    assert 0 < figure_count(page) < 10
    assert page.get_by_role("group", name="Selected values").first.inner_text().strip() == "killed"


def test_report_markup_shows_as_text_and_runs_nothing(server, page):
    url, db = server
    from dashboard.data import _read
    from tracker import queries

    df = _read(db, queries.figures, queries.Filters(search="valley"))
    rid = df.report_id.iloc[0]
    page.goto(url + f"/?report={rid}")
    page.get_by_text("<script>alert('x')</script>", exact=False).first.wait_for(timeout=60_000)
    page.get_by_text("<img src=x onerror=alert(1)>", exact=False).first.wait_for(timeout=10_000)
    assert page.get_by_text("[click](http://evil.example)", exact=False).count() >= 1
    assert page.locator("a[href='http://evil.example']").count() == 0
    assert page.locator("img[src='x']").count() == 0
    page.wait_for_timeout(500)
    assert page.dialogs == []
