"""Dashboard speed with a large store: AppTest server-side runs, then the real browser."""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from .generate import SOURCES, fill_store

ROOT = Path(__file__).resolve().parent.parent


def _apptest(db: Path):
    from streamlit.testing.v1 import AppTest

    os.environ["FIGURES_DB"] = str(db)
    firsts, changes, source_changes = [], [], []
    for i in range(3):
        import streamlit as st
        st.cache_data.clear()
        st.cache_resource.clear()
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        t0 = time.perf_counter()
        at.run()
        firsts.append(time.perf_counter() - t0)
        assert not at.exception, at.exception
        category = ["killed", "displaced", "injured"][i]
        t0 = time.perf_counter()
        at.sidebar.multiselect(key="f_category").select(category).run()
        changes.append(time.perf_counter() - t0)
        heading = at.subheader[0].value
        # A source changes what every chart and card counts, not only which category is cut.
        t0 = time.perf_counter()
        at.sidebar.multiselect(key="f_source").select(SOURCES[i]).run()
        source_changes.append(time.perf_counter() - t0)
    return statistics.median(firsts), statistics.median(changes), statistics.median(source_changes), heading


def _browser(db: Path):
    chromium = shutil.which("chromium")
    if not chromium:
        return None
    import socket

    from playwright.sync_api import sync_playwright

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
                             "--server.port", str(port), "--server.headless", "true"],
                            cwd=ROOT, env={**os.environ, "FIGURES_DB": str(db)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.3)
        import re
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            heading = page.get_by_role("heading", name=re.compile(r"^[\d,]+ figures$")).first
            heading.wait_for(timeout=120_000)
            page.locator(".vega-embed canvas, .vega-embed svg").first.wait_for(timeout=120_000)
            times = []
            for category in ("killed", "displaced", "injured"):
                before = heading.inner_text()
                page.get_by_role("combobox", name="Category").click()
                page.get_by_role("option", name=category, exact=True).click()
                t0 = time.perf_counter()
                page.wait_for_function(
                    """before => { const h = [...document.querySelectorAll('h3')].find(e => / figures$/.test(e.innerText));
                                  const busy = document.querySelector('[data-testid="stStatusWidget"]');
                                  return h && h.innerText !== before && !busy; }""",
                    arg=before, timeout=60_000, polling=20)
                page.locator(".vega-embed canvas, .vega-embed svg").first.wait_for(timeout=60_000)
                times.append(time.perf_counter() - t0)
                page.keyboard.press("Escape")
                shown = heading.inner_text()  # read before the click: the rerun may finish first
                page.get_by_role("button", name=f"Remove {category}").click()
                page.wait_for_function("b => ![...document.querySelectorAll('h3')].some(e => e.innerText === b)",
                                       arg=shown, timeout=60_000)
            browser.close()
        return statistics.median(times)
    finally:
        proc.terminate()
        proc.wait(10)


def run(n_figures: int = 1_000_000):
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "big.duckdb"
        t0 = time.perf_counter()
        fill_store(db, n_figures)
        print(f"dashboard benchmark: {n_figures:,} figures generated in {time.perf_counter() - t0:.1f} s")
        first, change, source_change, heading = _apptest(db)
        print(f"{'AppTest first page run (median of 3)':<44} {first:6.2f} s   (target < 2 s)")
        print(f"{'AppTest filter change: category (median)':<44} {change:6.2f} s   (target < 0.3 s)   [{heading}]")
        print(f"{'AppTest filter change: then a source':<44} {source_change:6.2f} s   (target < 0.3 s)")
        shown = _browser(db)
        if shown is None:
            print("browser: chromium not found, not measured")
        else:
            print(f"{'browser: filter change until new view shown':<44} {shown:6.2f} s   (target < 1 s)")
