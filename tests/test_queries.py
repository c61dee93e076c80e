"""The query library: every manifest entry gives its hand-worked answer; parameters are
typed and injection-safe; every paragraph of the report is asked about."""

from __future__ import annotations

import csv
import io
import json
import re

import pyoxigraph
import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.errors import InputError
from conflictkg.manifest import Outcome, check, read_manifest
from conflictkg.project import Project
from conflictkg.query import (
    FORMATTERS,
    bindings,
    find_query,
    library,
    qc_library,
    run,
    run_qc,
    with_bindings,
)

from .conftest import ROOT

MANIFEST = ROOT / "queries" / "manifest.ttl"
ENTRIES = read_manifest(MANIFEST)
# questions about many reports have nothing to say on the seed alone: their expected answers
# are the corpus's (tests/test_corpus.py checks them)
CORPUS_ENTRIES = read_manifest(ROOT / "queries" / "corpus" / "manifest.ttl")


def test_library_is_large_enough_and_documented() -> None:
    queries = library(ROOT / "queries")
    assert len(queries) >= 25
    for q in queries:
        assert q.question and q.question_ar, q.name
        assert re.search(r"[\u0600-\u06FF]", q.question_ar), q.name
        assert (ROOT / "queries" / f"{q.name}.srj").is_file() or (
            ROOT / "queries" / "corpus" / f"{q.name}.srj"
        ).is_file(), q.name


def test_manifests_list_every_query() -> None:
    asked = {e.query.name for e in (*ENTRIES, *CORPUS_ENTRIES)}
    assert asked == {q.name for q in library(ROOT / "queries")}


@pytest.fixture(scope="module")
def outcomes(store: pyoxigraph.Store) -> dict[str, Outcome]:
    return {o.entry.name: o for o in check(store, MANIFEST)}


@pytest.mark.parametrize("name", [e.name for e in ENTRIES])
def test_manifest_entry(outcomes: dict[str, Outcome], name: str) -> None:
    outcome = outcomes[name]
    assert outcome.expected.rows, "an expected result with no rows checks nothing"
    assert outcome.passed, outcome.diff()


def test_every_paragraph_is_asked_about() -> None:
    text = (ROOT / "data" / "sources" / "afp-2017-isis-territory.ar.txt").read_text(
        encoding="utf-8"
    )
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    covered = {p for e in ENTRIES for p in e.paragraphs}
    assert covered == set(range(1, len(paragraphs) + 1))


def test_a_wrong_answer_fails(store: pyoxigraph.Store) -> None:
    """The comparison can fail: the same query with another parameter does not give cq04's answer."""
    entry = next(e for e in ENTRIES if e.name == "cq04-isis-held-on-date")
    expected = Outcome(
        entry, run(store, entry.query), run(store, entry.query, {"date": "2016-01-01"})
    )
    assert not expected.passed and "missing" in expected.diff()


def test_ordered_queries_compare_order(store: pyoxigraph.Store) -> None:
    entry = next(e for e in ENTRIES if e.name == "cq03-captures")
    assert entry.query.ordered
    actual = run(store, entry.query)
    reversed_ = type(actual)(actual.variables, list(reversed(actual.rows)))
    assert not Outcome(entry, reversed_, actual).passed


@pytest.mark.parametrize(
    ("param", "value"),
    [
        (
            "date",
            '2017-11-09"^^<http://www.w3.org/2001/XMLSchema#date> ) } DELETE WHERE { ?s ?p ?o } #',
        ),
        ("date", "2017-11-09 } UNION { ?s ?p ?o"),
        ("date", "NOW()"),
    ],
)
def test_injection_through_a_parameter_fails_harmlessly(
    store: pyoxigraph.Store, param: str, value: str
) -> None:
    query = find_query(ROOT / "queries", "cq04")
    before = len(store)
    with pytest.raises(InputError, match="not a valid xsd:date"):
        run(store, query, {param: value})
    assert len(store) == before


def test_iri_parameters_refuse_breakouts(store: pyoxigraph.Store) -> None:
    query = find_query(ROOT / "queries", "cq09")
    for value in ["https://x/> } ; DROP ALL ; #", "place:raqqa> <x", "javascript:alert(1)"]:
        with pytest.raises(InputError):
            run(store, query, {"province": value})


def test_parameters_are_bound_as_typed_terms() -> None:
    query = find_query(ROOT / "queries", "cq05")
    text = with_bindings(query, bindings(query, {"from": "2017-10-01"}))
    assert '"2017-10-01"^^<http://www.w3.org/2001/XMLSchema#date>' in text
    assert '"2017-11-09"^^<http://www.w3.org/2001/XMLSchema#date>' in text  # the default of ?to


def test_unknown_parameter_is_refused(store: pyoxigraph.Store) -> None:
    with pytest.raises(InputError, match="has no parameter"):
        run(store, find_query(ROOT / "queries", "cq01"), {"date": "2017-01-01"})


def test_quality_queries_pass_on_the_real_data(store: pyoxigraph.Store) -> None:
    assert run_qc(store, qc_library(ROOT / "queries" / "qc")) == {}


def test_quality_queries_catch_problems(store: pyoxigraph.Store) -> None:
    broken = pyoxigraph.Store()
    broken.extend(store.quads_for_pattern(None, None, None, None))
    broken.update("""
        PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        DELETE { GRAPH ?g { <https://w3id.org/conflict-kg/id/event/afp-2017-isis-territory/capture-al-qaim> ?p ?o } }
        WHERE { GRAPH ?g { <https://w3id.org/conflict-kg/id/event/afp-2017-isis-territory/capture-al-qaim> ?p ?o }
                FILTER (?p IN (ckg:date, ckg:earliestBegin, ckg:latestBegin, ckg:earliestEnd, ckg:latestEnd)) } ;
        INSERT DATA { GRAPH <urn:x> { <https://w3id.org/conflict-kg/id/place/x> a ckg:City ; rdfs:label "X"@en } }
    """)
    failures = run_qc(broken, qc_library(ROOT / "queries" / "qc"))
    assert set(failures) == {
        "place-without-location-violation",
        "entity-without-arabic-label-violation",
        "capture-without-time-violation",
    }
    assert [row["capture"][1] for row in failures["capture-without-time-violation"].rows] == [
        "https://w3id.org/conflict-kg/id/event/afp-2017-isis-territory/capture-al-qaim"
    ]


def test_a_sea_needs_no_container_but_an_area_does(store: pyoxigraph.Store) -> None:
    # a sea many countries border is placed in none of them (ckg:Sea, as a river); an area
    # with coordinates alone is still not located
    sea = pyoxigraph.Store()
    sea.extend(store.quads_for_pattern(None, None, None, None))
    sea.update("""
        PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
        PREFIX geo: <http://www.opengis.net/ont/geosparql#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        INSERT DATA { GRAPH <urn:x> {
            <https://w3id.org/conflict-kg/id/place/a-sea> a ckg:Sea ; rdfs:label "بحر"@ar ;
                geo:hasGeometry <https://w3id.org/conflict-kg/id/geometry/a-sea> .
            <https://w3id.org/conflict-kg/id/place/an-area> a ckg:Area ; rdfs:label "منطقة"@ar ;
                geo:hasGeometry <https://w3id.org/conflict-kg/id/geometry/an-area> .
        } }
    """)
    failures = run_qc(sea, qc_library(ROOT / "queries" / "qc"))
    assert set(failures) == {"place-without-location-violation"}
    assert [row["place"][1] for row in failures["place-without-location-violation"].rows] == [
        "https://w3id.org/conflict-kg/id/place/an-area"
    ]


def test_formats_load_as_tables(store: pyoxigraph.Store) -> None:
    results = run(store, find_query(ROOT / "queries", "cq01"))
    rows = list(csv.DictReader(io.StringIO(FORMATTERS["csv"](results))))
    assert {r["supporterEn"] for r in rows} >= {"Russia", "Iran"}
    assert "روسيا" in {r["supporterAr"] for r in rows}
    data = json.loads(FORMATTERS["json"](results))
    assert data["head"]["vars"][0] == "supporter" and len(data["results"]["bindings"]) == 5
    table = FORMATTERS["table"](results)
    assert "actor:russia" in table and "(5 rows)" in table


def test_cli_lists_and_answers(project: Project, built: object) -> None:
    store_dir = str(built.out_dir / "store")  # type: ignore[attr-defined]
    listing = CliRunner().invoke(main, ["query", "--list", "--project", str(project.root)])
    assert (
        listing.exit_code == 0
        and "cq04-isis-held-on-date" in listing.output
        and "--param date" in listing.output
    )
    answer = CliRunner().invoke(
        main, ["answer", "-q", "--store", store_dir, "--project", str(project.root)]
    )
    assert answer.exit_code == 0, answer.output
    assert f"{len(ENTRIES)} passed, 0 failed" in answer.output
