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
    # and in the questions: cq03 lists the captures with the report that tells each
    code, out = ckg(corpus, "query", "cq03", "--format", "csv")
    assert code == 0 and "report/acled-sample" in out and "report/wire-2017-11-19-albu-kamal" in out
    # and out again in ACLED's layout: the armed clash with its two sides as actor1 and actor2
    import pandas as pd

    out_csv = corpus / "acled-out.csv"
    assert ckg(corpus, "export", "--format", "acled-csv", "-o", str(out_csv))[0] == 0
    frame = pd.read_csv(out_csv, dtype=str, keep_default_na=False)
    (clash,) = frame[
        frame["notes"].str.contains("acled-sample/ckg-irq-3", regex=False)
    ].itertuples()
    assert {clash.actor1, clash.actor2} == {"Iraqi forces", "Islamic State (ISIS)"}
    assert (clash.assoc_actor_1, clash.sub_event_type, clash.iso, clash.region) == (
        "",
        "Armed clash",
        "368",
        "Middle East",
    )
    assert clash.source == "ACLED (Armed Conflict Location & Event Data)"
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


def test_fatalities_and_air_strikes_go_round_trip(corpus: Path, tmp_path: Path) -> None:
    """A synthetic row (a format test, not an event: its figure is made up) imported, built
    and exported again: the air strike keeps its ACLED type, its actor's code (Russia, a
    foreign state in Syria: 8) and its fatalities; UCDP gets them as deaths not by side."""
    import pandas as pd

    header = SAMPLE.read_text(encoding="utf-8").splitlines()[0]
    rows = tmp_path / "synthetic.csv"
    rows.write_text(
        header
        + "\nTEST-1,2017-11-12,2017,1,Political violence,Explosions/Remote violence,Air/drone strike,"
        "Russia,,8,,,,80,,760,Middle East,Syria,Deir ez-Zor,Al Bukamal,,Al Bukamal,34.4510,40.9180,"
        '1,Synthetic,Other,"A synthetic row for a format test: not an event.",4,,1510444800\n'
        "TEST-2,2017-11-12,2017,1,Political violence,Battles,Armed clash,Russia,,8,,,,80,,760,"
        "Middle East,Syria,Deir ez-Zor,Al Bukamal,,Al Bukamal,34.4510,40.9180,1,Synthetic,Other,"
        '"Synthetic.",many,,1510444800\n',
        encoding="utf-8",
    )
    code, out = ckg(
        corpus,
        "import-acled",
        str(rows),
        "--slug",
        "synthetic",
        "--data",
        str(corpus / "data" / "corpus"),
    )
    assert code == 1 and "synthetic.csv:3: fatalities «many» is not a whole number" in out
    assert build(Project(corpus, corpus / "data" / "corpus")).conforms is True
    for fmt in ("acled-csv", "ucdp-ged-csv"):
        assert ckg(corpus, "export", "--format", fmt, "-o", str(tmp_path / f"{fmt}.csv"))[0] == 0
    acled = pd.read_csv(tmp_path / "acled-csv.csv")
    (strike,) = acled[acled["notes"].str.contains("synthetic/test-1", regex=False)].itertuples()
    assert (strike.event_type, strike.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert (strike.actor1, strike.inter1, strike.fatalities) == ("Russia", 8, 4)
    ucdp = pd.read_csv(tmp_path / "ucdp-ged-csv.csv")
    (row,) = ucdp[ucdp["relid"].str.contains("synthetic/test-1", regex=False)].itertuples()
    assert (row.best, row.deaths_unknown, row.type_of_violence) == (4, 4, 1)


def test_deaths_by_side_civilians_and_bounds() -> None:
    from conflictkg.interop.datasets import Casualties, _deaths

    counts = [
        Casualties("a", "Killed", "army", False, 10, 8, 12),
        Casualties("b", "Killed", "isis", False, 20, None, None),
        Casualties("c", "Killed", "", True, 3, 3, 5),
        Casualties("d", "Killed", "", False, None, 2, None),  # «at least two», side not said
    ]
    deaths = _deaths(counts, ["army"], ["isis"])
    assert (deaths["deaths_a"], deaths["deaths_b"], deaths["deaths_civilians"]) == (10, 20, 3)
    assert deaths["deaths_unknown"] == ""  # a count with no best figure: no total invented
    assert deaths["best"] == "" and deaths["low"] == 8 + 20 + 3 + 2
    assert _deaths(counts[:3], ["army"], ["isis"])["best"] == 33


UCDP_SAMPLE = ROOT / "tests" / "data" / "ucdp-sample.csv"


def test_ucdp_rows_import_as_battles_with_their_deaths(corpus: Path, tmp_path: Path) -> None:
    """The constructed UCDP sample: state-based and non-state violence become battles
    between the two sides (one over several days: bounds, not a day); one-sided violence
    and a row that ends before it starts are refused with their lines. A synthetic row
    (a format test, its figures made up) carries deaths by side into the UCDP export."""
    import pandas as pd

    data = str(corpus / "data" / "corpus")
    code, out = ckg(
        corpus, "import-ucdp", str(UCDP_SAMPLE), "--slug", "ucdp-sample", "--data", data
    )
    assert code == 1 and "imported 2 of 4 rows" in out
    assert "ucdp-sample.csv:4: type_of_violence «3»" in out
    assert "ucdp-sample.csv:5: date_end 2017-11-16 is before date_start 2017-11-17" in out
    text = (corpus / "data" / "corpus" / "reports" / "ucdp-sample.ttl").read_text(encoding="utf-8")
    assert "ev:ucdp-ckg-1 a ckg:Battle" in text and 'ckg:date "2017-11-17"^^xsd:date' in text
    assert 'ckg:earliestBegin "2017-11-01"^^xsd:date' in text  # CKG-2 spans a week
    assert "ckg:casualties" not in text  # the sample gives no deaths: none are said
    header = UCDP_SAMPLE.read_text(encoding="utf-8").splitlines()[0]
    synthetic = tmp_path / "synthetic-ucdp.csv"
    synthetic.write_text(
        header + "\nT-1,T-1,2017,1,x,Government of Iraq,IS,A synthetic row: not an event.,1,Rawa,,,"
        "34.47,41.92,Iraq,Middle East,1,1,2017-11-17,2017-11-17,3,5,,,8,10,8\n",
        encoding="utf-8",
    )
    assert (
        ckg(corpus, "import-ucdp", str(synthetic), "--slug", "synthetic-ucdp", "--data", data)[0]
        == 0
    )
    assert build(Project(corpus, corpus / "data" / "corpus")).conforms is True
    assert (
        ckg(corpus, "export", "--format", "ucdp-ged-csv", "-o", str(tmp_path / "ged.csv"))[0] == 0
    )
    ged = pd.read_csv(tmp_path / "ged.csv")
    (row,) = ged[ged["relid"].str.contains("synthetic-ucdp/ucdp-t-1", regex=False)].itertuples()
    assert (row.side_a, row.side_b, row.deaths_a, row.deaths_b, row.best) == (
        "Iraqi government",
        "Islamic State (ISIS)",
        3,
        5,
        8,
    )
