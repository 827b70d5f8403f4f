import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
warnings.filterwarnings("ignore", module="quantulum3")

FLOOD_REPORT = """Floods displace thousands in the river valley
March 3, 2025Heavy rains flooded the river valley, where at least 14 people were killed and 2,300 families were displaced, officials said.
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
