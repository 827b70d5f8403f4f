import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
warnings.filterwarnings("ignore", module="quantulum3")

FLOOD_REPORT = """Floods displace thousands in the river valley
March 3, 2025Heavy rains flooded the river valley, where at least 14 people died and 2,300 families had to leave their homes, officials said.
About 600 houses were destroyed and 40 schools damaged.
ab/cd (AP, Reuters)
"""


# A report whose title and text hold markup: the dashboard must show it, never run it.
HOSTILE = """<script>alert('x')</script> Flood [click](http://evil.example) report
March 9, 2025 Floods killed 30 people <img src=x onerror=alert(1)> in the valley, officials said.
"""


def build_demo_db(folder: Path) -> Path:
    """The sample reports plus the hostile one, ingested into folder/figures.duckdb."""
    import shutil

    from tracker.ingest import ingest
    from tracker.store import Store

    samples = folder / "samples"
    shutil.copytree(ROOT / "data" / "samples", samples)
    (samples / "hostile.txt").write_text(HOSTILE)
    db = folder / "figures.duckdb"
    summary = ingest([samples], Store(db), progress=False)
    assert not summary.failures, summary.failures
    return db


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return build_demo_db(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def db(tmp_path):
    return tmp_path / "figures.duckdb"


@pytest.fixture
def write(tmp_path):
    """write(name, content) -> path of a file in a fresh folder (bytes or str)."""
    folder = tmp_path / "in"
    folder.mkdir()

    def _write(name, content):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    _write.folder = folder
    return _write


def write_first_version_store(path):
    """A store as version 1 of the project wrote it: figures without their report's date and source."""
    import duckdb

    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
        CREATE TABLE reports (id VARCHAR PRIMARY KEY, title VARCHAR, published DATE, source VARCHAR,
            agencies VARCHAR[], url VARCHAR, language VARCHAR, text VARCHAR, origin VARCHAR,
            extractor_version VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp);
        CREATE TABLE figures (report_id VARCHAR NOT NULL, n INTEGER NOT NULL, quote VARCHAR, start INTEGER,
            "end" INTEGER, value DOUBLE, low DOUBLE, high DOUBLE, qualifier VARCHAR, vague BOOLEAN, unit VARCHAR,
            who VARCHAR, category VARCHAR, sentence VARCHAR, sentence_start INTEGER, place VARCHAR,
            PRIMARY KEY (report_id, n));
        INSERT INTO meta VALUES ('schema', '1');
        INSERT INTO reports (id, title, published, source, text) VALUES
            ('r1', 'Floods', DATE '2025-03-03', 'Valley Times', '1,200 people were displaced.');
        INSERT INTO figures VALUES ('r1', 0, '1,200 people', 0, 12, 1200, NULL, NULL, 'exact', false,
            'people', 'people', 'displaced', '1,200 people were displaced.', 0, NULL);""")
    con.close()
