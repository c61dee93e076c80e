"""`conflictkg import-acled` (issue #20): a sample of our own in ACLED's layout
(tests/data/acled-sample.csv, constructed rows) imported beside the constructed corpus; its
good rows become events in the coded dataset's voice, its bad rows are reported with their
line numbers, and its events appear in Albu Kamal's timeline beside the reports'."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictkg.build import build
from conflictkg.cli import main
from conflictkg.project import Project

from .conftest import ROOT

SAMPLE = ROOT / "tests" / "data" / "acled-sample.csv"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name in ("ontology", "data", "queries"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path


def ckg(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--project", str(root)])
    return result.exit_code, result.output + result.stderr


def imported(corpus: Path) -> tuple[int, str]:
    """The sample imported into the copy's constructed corpus."""
    return ckg(
        corpus,
        "import-acled",
        str(SAMPLE),
        "--slug",
        "acled-sample",
        "--data",
        str(corpus / "data" / "corpus"),
    )


def test_good_rows_are_imported_and_bad_ones_reported_by_line(corpus: Path) -> None:
    code, out = imported(corpus)
    assert code == 1, out  # some rows were refused: said, and the others kept
    assert "imported 3 of 7 rows" in out
    assert "acled-sample.csv:5: event type «Protests / Peaceful protest»" in out
    assert "acled-sample.csv:6: event_date «2017-11-31» is not a date" in out
    assert "acled-sample.csv:7: no coordinates" in out
    assert "acled-sample.csv:8: actor1 «Hayat Tahrir al-Sham» is not in the gazetteer" in out
    report = corpus / "data" / "corpus" / "reports" / "acled-sample.ttl"
    source = corpus / "data" / "corpus" / "sources" / "acled-sample.acled.csv"
    assert source.read_bytes() == SAMPLE.read_bytes()
    text = report.read_text(encoding="utf-8")
    assert "ev:ckg-syr-1 a ckg:Capture" in text and "ev:ckg-irq-3 a ckg:Battle" in text
    assert "ckg-syr-4" not in text
    # importing the same name again is refused, nothing overwritten
    code, out = imported(corpus)
    assert code == 2 and "already there" in out


def test_imported_events_stand_beside_the_reports(corpus: Path) -> None:
    assert imported(corpus)[0] == 1
    result = build(Project(corpus, corpus / "data" / "corpus"))
    assert result.conforms is True and "acled-sample" in result.reports
    code, out = ckg(corpus, "timeline", "place:albu-kamal", "--format", "json")
    assert code == 0, out
    rows = json.loads(out)
    acled = [r for r in rows if r["report"].endswith("acled-sample")]
    (capture,) = [r for r in acled if r["kind"] == "capture"]
    (control,) = [r for r in acled if r["kind"] == "control" and r["controller"] == "Syrian army"]
    for row in (capture, control):
        assert row["agency"] == "ACLED (Armed Conflict Location & Event Data)"
        assert row["voice"] == "a coded dataset's entry"  # ckg:CodedVoice
        assert row["when"].startswith("2017-11-19")
    # the news reports' accounts of the same day are there beside it
    assert any(r["report"].endswith("wire-2017-11-19-albu-kamal") for r in rows)


def test_a_file_that_is_not_acled_layout_is_refused(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    code, out = ckg(corpus, "import-acled", str(bad), "--slug", "bad-file")
    assert code == 2 and "not ACLED's layout: no column event_id_cnty" in out
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    code, out = ckg(corpus, "import-acled", str(binary), "--slug", "binary-file")
    assert code == 2 and "not UTF-8" in out
    assert not list((corpus / "data" / "reports").glob("bad-file*"))
