"""SHACL: the real data conforms, and each broken variant of it (tests/shapes/NN-*.ttl, in the
style of the W3C data-shapes tests: the change and the expected results in one file) gives
exactly its expected violations, no more and no fewer, with both engines (the compiled one
and pySHACL, the reference), which must also agree on every result."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, Namespace, URIRef

from conflictkg.build import Assembled, check_reports
from conflictkg.namespaces import GRAPH_GAZETTEER
from conflictkg.project import Project
from conflictkg.shacl import Result, ShapesProgram, run_sparql, to_ox
from conflictkg.triples import TripleIndex
from conflictkg.validate import (
    SH,
    data_shapes,
    pyshacl_results,
    run_shacl,
    validate_ontology,
)

CKGT = Namespace("https://w3id.org/conflict-kg/test#")
CASES = sorted((Path(__file__).parent / "shapes").glob("*.ttl"))


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("engine", ["compiled", "pyshacl"])
def test_the_real_data_conforms(project: Project, engine: str) -> None:
    report = check_reports(project, engine=engine, workers=1)
    assert report.conforms, report.text()


def test_the_ontology_documents_every_term(project: Project, assembled: Assembled) -> None:
    report = validate_ontology(project, assembled.ontology)
    assert report.conforms, report.text()


def test_an_undocumented_term_is_caught(project: Project, assembled: Assembled) -> None:
    ontology = Graph()
    ontology += assembled.ontology
    ontology.remove(
        (
            URIRef("https://w3id.org/conflict-kg/ontology#Siege"),
            URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
            None,
        )
    )
    report = validate_ontology(project, ontology)
    assert not report.conforms
    assert {v.focus for v in report.violations} == {"https://w3id.org/conflict-kg/ontology#Siege"}


@pytest.fixture(scope="module")
def shapes(project: Project) -> Graph:
    return data_shapes(project)


@pytest.fixture(scope="module")
def program(shapes: Graph) -> ShapesProgram:
    return ShapesProgram(shapes)


def compiled(program: ShapesProgram, data: Graph, ontology: Graph) -> list[Result]:
    """The compiled engine on data with the ontology mixed in (as pySHACL mixes it)."""
    index = TripleIndex(
        (to_ox(s), to_ox(p), to_ox(o))  # type: ignore[misc]
        for graph in (data, ontology)
        for s, p, o in graph
    )
    results, sparql = program.validate(index)
    store = ox.Store()
    store.extend(ox.Quad(s, p, o) for s, p, o in index)
    return results + run_sparql(store, sparql)


def reference(program: ShapesProgram, data: Graph, ontology: Graph) -> list[Result]:
    _conforms, results = run_shacl(data, program.graph, ontology)
    return pyshacl_results(results, program)


def _has_message(program: ShapesProgram, result: Result) -> bool:
    """Whether the shapes write the message (else each engine words its own)."""
    if result.component.endswith("SPARQLConstraintComponent"):
        return True
    node = program.node_of(result.shape)
    return node is not None and program.graph.value(node, SH.message) is not None


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_broken_variant(case: Path, assembled: Assembled, program: ShapesProgram) -> None:
    spec = Graph().parse(case, format="turtle")
    test = next(iter(spec.subjects(RDF.type, CKGT.ShapeViolationTest)))
    data = Graph()
    data += assembled.graphs[GRAPH_GAZETTEER]
    data += assembled.reports[0].resolved
    before = set(data)
    data.update(str(spec.value(test, CKGT.update)))
    assert set(data) != before, "the update changed nothing: the case tests nothing"

    by_engine = {
        "compiled": compiled(program, data, assembled.ontology),
        "pyshacl": reference(program, data, assembled.ontology),
    }
    expected = list(spec.objects(test, CKGT.expect))
    for engine, results in by_engine.items():
        if spec.value(test, CKGT.conforms) is not None:
            assert not results, (engine, results)
            continue
        assert expected, "a case names its expected violations"
        assert {(r.focus, r.component) for r in results} == {
            (str(spec.value(e, SH.focusNode)), str(spec.value(e, SH.sourceConstraintComponent)))
            for e in expected
        }, engine
        for e in expected:
            matching = [
                r
                for r in results
                if r.focus == str(spec.value(e, SH.focusNode))
                and r.component == str(spec.value(e, SH.sourceConstraintComponent))
            ]
            for attribute, prop in (("path", SH.resultPath), ("shape", SH.sourceShape)):
                want = spec.value(e, prop)
                if want is not None:
                    assert any(getattr(r, attribute) == str(want) for r in matching), (
                        engine,
                        attribute,
                        want,
                        matching,
                    )
    # the differential: the same results, and the same messages where the shapes write them
    ours, theirs = by_engine["compiled"], by_engine["pyshacl"]
    assert sorted({r.key for r in ours}) == sorted({r.key for r in theirs})
    assert {(r.key, r.message) for r in ours if _has_message(program, r)} == {
        (r.key, r.message) for r in theirs if _has_message(program, r)
    }
