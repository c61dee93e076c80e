"""The analysts' datasets (issue #20, a first part): the alignment module's codes, queryable
with SPARQL, and the ACLED and UCDP GED layouts of the seed read back with pandas. The
expected rows are worked out from the seed's text: the SDF drove ISIS out of Raqqa on
17 October, the Iraqi forces took al-Qaim district on 3 November, the army broke the siege
of Deir ez-Zor in September, the Iraqi forces retook Mosul within the offensive launched on
17 October 2016 and announced on 10 July 2017."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conflictkg.build import BuildResult
from conflictkg.cli import main
from conflictkg.interop.datasets import ACLED_CODES, ACLED_COLUMNS, CODED, UCDP_COLUMNS

EVENT = "https://w3id.org/conflict-kg/id/event/afp-2017-isis-territory/"


def export(root: Path, fmt: str, tmp_path: Path) -> pd.DataFrame:
    out = tmp_path / f"{fmt}.csv"
    result = CliRunner().invoke(
        main, ["export", "--format", fmt, "-o", str(out), "--project", str(root)]
    )
    assert result.exit_code == 0, result.output
    return pd.read_csv(out, dtype={"iso": "string", "interaction": "string"})


def row_of(frame: pd.DataFrame, node: str, column: str = "notes") -> pd.Series:
    found = frame[frame[column].str.contains(EVENT + node, regex=False)]
    assert len(found) == 1, node
    return found.iloc[0]


def test_the_acled_layout_reads_back_with_its_columns_and_types(
    project_copy_built: Path, tmp_path: Path
) -> None:
    frame = export(project_copy_built, "acled-csv", tmp_path)
    assert list(frame.columns) == ACLED_COLUMNS
    assert pd.api.types.is_integer_dtype(frame["year"])
    assert pd.api.types.is_float_dtype(frame["latitude"])
    assert pd.api.types.is_integer_dtype(frame["time_precision"])
    assert pd.to_datetime(frame["event_date"], format="%Y-%m-%d").notna().all()
    assert frame["fatalities"].isna().all()  # the report gives none: never invented
    raqqa = row_of(frame, "expulsion-raqqa")
    assert (raqqa["event_date"], raqqa["time_precision"]) == ("2017-10-17", 1)
    assert (raqqa["event_type"], raqqa["sub_event_type"]) == (
        "Battles",
        "Non-state actor overtakes territory",
    )
    assert (raqqa["actor1"], raqqa["inter1"], raqqa["actor2"], raqqa["inter2"]) == (
        "Syrian Democratic Forces (SDF)",
        2,
        "Islamic State (ISIS)",
        2,
    )
    assert (raqqa["interaction"], raqqa["iso"], raqqa["country"]) == ("22", "760", "Syria")
    assert (raqqa["location"], raqqa["admin1"], raqqa["geo_precision"]) == (
        "Raqqa",
        "Raqqa province",
        1,
    )
    assert "طردت تنظيم الدولة الاسلامية من مدينة الرقة" in raqqa["notes"]
    assert raqqa["source"] == "Agence France-Presse (AFP)"
    qaim = row_of(frame, "capture-al-qaim")
    assert (qaim["sub_event_type"], qaim["inter1"], qaim["interaction"]) == (
        "Government regains territory",
        1,
        "12",
    )
    assert (qaim["admin1"], qaim["iso"], qaim["geo_precision"]) == ("Anbar province", "368", 2)
    siege = frame[frame["notes"].str.contains(EVENT + "siege-break-deir-ez-zor", regex=False)]
    assert len(siege) == 2  # the western neighbourhoods and the airport: a row each
    assert set(siege["event_date"]) == {"2017-09-01"} and set(siege["time_precision"]) == {3}
    assert set(siege["sub_event_type"]) == {"Armed clash"}
    # Mosul's recapture is dated only within nine months: ACLED's layout cannot hold it
    assert not frame["notes"].str.contains(EVENT + "recapture-mosul", regex=False).any()


def test_the_ucdp_layout_reads_back_with_its_columns_and_types(
    project_copy_built: Path, tmp_path: Path
) -> None:
    frame = export(project_copy_built, "ucdp-ged-csv", tmp_path)
    assert list(frame.columns) == UCDP_COLUMNS
    assert pd.api.types.is_integer_dtype(frame["type_of_violence"])
    assert pd.api.types.is_integer_dtype(frame["date_prec"])
    assert frame["best"].isna().all() and frame["deaths_civilians"].isna().all()
    qaim = row_of(frame, "capture-al-qaim", "relid")
    assert (qaim["type_of_violence"], qaim["side_a"], qaim["side_b"]) == (
        1,
        "Iraqi forces",
        "Islamic State (ISIS)",
    )
    assert (qaim["date_start"], qaim["date_end"], qaim["date_prec"]) == (
        "2017-11-03",
        "2017-11-03",
        1,
    )
    raqqa = row_of(frame, "expulsion-raqqa", "relid")
    assert raqqa["type_of_violence"] == 2  # no state force on either side: non-state
    mosul = row_of(frame, "recapture-mosul", "relid")
    assert (mosul["date_start"], mosul["date_end"], mosul["date_prec"]) == (
        "2016-10-17",
        "2017-07-10",
        5,
    )
    assert (mosul["where_prec"], mosul["adm_1"]) == (1, "Nineveh province")


def test_the_codes_are_queryable_with_sparql(built: BuildResult) -> None:
    store = ox.Store.read_only(str(built.out_dir / "store"))
    rows = list(
        store.query(
            """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?notation WHERE { ckg:Capture skos:broadMatch ?c . ?c skos:notation ?notation }
            ORDER BY ?notation""",
            use_default_graph_as_union=True,
        )
    )
    assert [r["notation"].value for r in rows] == ["190", "Battles"]


def test_the_exports_use_only_codes_the_alignment_maps(built: BuildResult) -> None:
    """Each ACLED code the export gives a class is mapped from it (or from a class above
    it) in the alignment module, directly or as the broader concept of one mapped."""
    store = ox.Store.read_only(str(built.out_dir / "store"))
    captures = (
        "acled-battles",
        "acled-government-regains-territory",
        "acled-non-state-actor-overtakes-territory",
    )
    for cls, family in CODED.items():
        for concept in ACLED_CODES[family] or captures:
            assert store.query(
                f"""PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                ASK {{ ckg:{cls} rdfs:subClassOf* ?c .
                       ?c skos:exactMatch|skos:closeMatch|skos:broadMatch|skos:relatedMatch ?m .
                       ?m skos:broader? <https://w3id.org/conflict-kg/code/{concept}> }}""",
                use_default_graph_as_union=True,
            ), (cls, concept)


@pytest.mark.parametrize("fmt", ["acled-csv", "ucdp-ged-csv"])
def test_an_export_without_a_build_is_a_clear_error(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "ontology").mkdir()
    (tmp_path / "ontology" / "conflict-kg.ttl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["export", "--format", fmt, "-o", str(tmp_path / "x.csv"), "--project", str(tmp_path)]
    )
    assert result.exit_code == 2 and not (tmp_path / "x.csv").exists()


def test_every_gazetteer_coordinate_says_what_it_stands_for(built: BuildResult) -> None:
    store = ox.Store.read_only(str(built.out_dir / "store"))
    rows = list(
        store.query(
            """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            SELECT ?place (COUNT(?precision) AS ?n) WHERE {
              ?place geo:hasGeometry ?g . OPTIONAL { ?g ckg:geoPrecision ?precision }
            } GROUP BY ?place""",
            use_default_graph_as_union=True,
        )
    )
    assert len(rows) >= 29 and {int(r["n"].value) for r in rows} == {1}
