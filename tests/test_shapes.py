"""SHACL: the real data conforms, and each broken variant of it (tests/shapes/NN-*.ttl, in the
style of the W3C data-shapes tests: the change and the expected results in one file) gives
exactly its expected violations, no more and no fewer."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, Namespace, URIRef

from conflictkg.build import Assembled
from conflictkg.namespaces import GRAPH_GAZETTEER
from conflictkg.project import Project
from conflictkg.validate import SH, data_shapes, run_shacl, validate_assembled, validate_ontology

CKGT = Namespace("https://w3id.org/conflict-kg/test#")
CASES = sorted((Path(__file__).parent / "shapes").glob("*.ttl"))


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 30


def test_the_real_data_conforms(project: Project, assembled: Assembled) -> None:
    report = validate_assembled(project, assembled)
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


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_broken_variant(case: Path, assembled: Assembled, shapes: Graph) -> None:
    spec = Graph().parse(case, format="turtle")
    test = next(iter(spec.subjects(RDF.type, CKGT.ShapeViolationTest)))
    data = Graph()
    data += assembled.graphs[GRAPH_GAZETTEER]
    data += assembled.reports[0].resolved
    before = set(data)
    data.update(str(spec.value(test, CKGT.update)))
    assert set(data) != before, "the update changed nothing: the case tests nothing"

    conforms, results = run_shacl(data, shapes, assembled.ontology)
    actual = [
        {
            "focus": results.value(r, SH.focusNode),
            "component": results.value(r, SH.sourceConstraintComponent),
            "path": results.value(r, SH.resultPath),
            "shape": results.value(r, SH.sourceShape),
        }
        for r in results.objects(None, SH.result)  # top-level results, not nested sh:detail
    ]
    expected = list(spec.objects(test, CKGT.expect))
    if spec.value(test, CKGT.conforms) is not None:
        assert conforms and not actual, actual
        return
    assert expected, "a case names its expected violations"
    assert {(a["focus"], a["component"]) for a in actual} == {
        (spec.value(e, SH.focusNode), spec.value(e, SH.sourceConstraintComponent)) for e in expected
    }
    for e in expected:
        matching = [
            a
            for a in actual
            if a["focus"] == spec.value(e, SH.focusNode)
            and a["component"] == spec.value(e, SH.sourceConstraintComponent)
        ]
        for key, prop in (("path", SH.resultPath), ("shape", SH.sourceShape)):
            want = spec.value(e, prop)
            if want is not None:
                assert any(a[key] == want for a in matching), (key, want, matching)
