"""The GeoJSON export (a slice of issue #20): valid RFC 7946 that QGIS and Leaflet read,
its places and events checked against the gazetteer and the report's text."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import geojson
import pytest
from click.testing import CliRunner
from rdflib import Graph, Namespace, URIRef

from conflictkg.build import Assembled, BuildResult
from conflictkg.cli import main
from conflictkg.interop.geojson import write_geojson
from conflictkg.store import open_store

from .conftest import ROOT

GEO = Namespace("http://www.opengis.net/ont/geosparql#")
CKG = Namespace("https://w3id.org/conflict-kg/ontology#")
EVENT = "https://w3id.org/conflict-kg/id/event/afp-2017-isis-territory/"
PLACE = "https://w3id.org/conflict-kg/id/place/"


@pytest.fixture(scope="module")
def exported(
    built: BuildResult, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Any]]:
    out = tmp_path_factory.mktemp("geojson") / "conflict-kg.geojson"
    written = write_geojson(open_store(built.out_dir / "store"), out)
    text = out.read_text(encoding="utf-8")
    document = geojson.loads(text)
    assert document.is_valid, document.errors()
    features = {f["id"]: f for f in json.loads(text)["features"]}
    assert written.places + written.events == len(features)
    return features


def test_the_command_writes_it(project_copy_built: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.geojson"
    result = CliRunner().invoke(
        main,
        ["export", "--format", "geojson", "-o", str(out), "--project", str(project_copy_built)],
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("wrote ") and " places and " in result.stdout
    assert geojson.loads(out.read_text(encoding="utf-8")).is_valid


def _gazetteer_points() -> dict[str, list[list[float]]]:
    """Every gazetteer place with a geometry, and its coordinates, read here with rdflib."""
    graph = Graph()
    for path in (ROOT / "data" / "gazetteer").glob("*.ttl"):
        graph.parse(path)
    out = {}
    for place, shape in graph.subject_objects(GEO.hasGeometry):
        wkt = str(graph.value(shape, GEO.asWKT))
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", wkt)]
        out[str(place)] = [numbers[i : i + 2] for i in range(0, len(numbers), 2)]
    return out


def test_every_place_with_coordinates_and_nothing_else(
    exported: dict[str, dict[str, Any]],
) -> None:
    places = {k: f for k, f in exported.items() if f["properties"]["feature"] == "place"}
    expected = _gazetteer_points()
    assert set(places) == set(expected)
    for iri, feature in places.items():
        geometry = feature["geometry"]
        coordinates = geometry["coordinates"]
        flat = [coordinates] if geometry["type"] == "Point" else coordinates
        assert flat == expected[iri], iri


def test_every_placed_event_is_on_the_map(
    exported: dict[str, dict[str, Any]], assembled: Assembled
) -> None:
    report = assembled.reports[0].resolved
    with_place = {str(e) for e in report.subjects(CKG.place, None) if str(e).startswith(EVENT)}
    events = {k for k, f in exported.items() if f["properties"]["feature"] == "event"}
    placed = {
        e
        for e in with_place
        if any(str(p) in _gazetteer_points() for p in report.objects(URIRef(e), CKG.place))
    }
    assert events == placed and len(events) >= 10


def test_the_capture_of_al_qaim_as_the_report_states_it(
    exported: dict[str, dict[str, Any]],
) -> None:
    # «وسيطرت القوات العراقية في الثالث من تشرين الثاني/نوفمبر على قضاء القائم»
    feature = exported[EVENT + "capture-al-qaim"]
    properties = feature["properties"]
    assert feature["geometry"] == {  # the district's point in the gazetteer
        "type": "Point",
        "coordinates": _gazetteer_points()[PLACE + "al-qaim-district"][0],
    }
    assert properties["date"] == "2017-11-03" and properties["date_precision"] == "day"
    assert properties["agents"] == ["https://w3id.org/conflict-kg/id/actor/iraqi-forces"]
    assert properties["opponents"] == ["https://w3id.org/conflict-kg/id/actor/isis"]
    assert properties["quote_ar"] == (
        "وسيطرت القوات العراقية في الثالث من تشرين الثاني/نوفمبر على قضاء القائم"
    )
    source = (ROOT / "data" / "sources" / "afp-2017-isis-territory.ar.txt").read_text("utf-8")
    assert properties["quote_ar"] in source


def test_the_caliphate_declared_in_two_countries_in_2014(
    exported: dict[str, dict[str, Any]],
) -> None:
    # «أعلن منها "خلافته" في سوريا والعراق في العام 2014»
    feature = exported[EVENT + "caliphate-declaration"]
    points = _gazetteer_points()
    assert feature["geometry"] == {
        "type": "MultiPoint",
        "coordinates": [points[PLACE + "iraq"][0], points[PLACE + "syria"][0]],
    }
    assert feature["properties"]["date"] == "2014"
    assert feature["properties"]["date_precision"] == "year"
