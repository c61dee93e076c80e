"""Evidence: every fact points at the exact words that state it, at the right offsets."""

from __future__ import annotations

import re

import pyoxigraph
import pytest
from rdflib import RDF, Graph, URIRef

from conflictkg.build import Assembled
from conflictkg.errors import EvidenceError
from conflictkg.evidence import find_quote, resolve_evidence
from conflictkg.namespaces import CKG, OA
from conflictkg.project import Project
from conflictkg.rdfio import SourceLocator, parse_triples
from conflictkg.sources import load_report
from conflictkg.triples import TripleIndex

from .conftest import REPORT


def _report_graph(assembled: Assembled) -> Graph:
    return assembled.reports[0].resolved


def _annotations(graph: Graph) -> list[tuple[URIRef, str, int, int]]:
    rows = []
    for ann in graph.subjects(RDF.type, OA.Annotation):
        target = graph.value(ann, OA.hasTarget)
        exact = start = end = None
        for selector in graph.objects(target, OA.hasSelector):
            exact = exact or graph.value(selector, OA.exact)
            start = start if start is not None else graph.value(selector, OA.start)
            end = end if end is not None else graph.value(selector, OA.end)
        rows.append((ann, str(exact), int(start), int(end)))  # type: ignore[arg-type]
    return rows


def test_every_offset_points_at_its_quote(assembled: Assembled, source_text: str) -> None:
    rows = _annotations(_report_graph(assembled))
    assert len(rows) > 60
    for ann, exact, start, end in rows:
        # code-point offsets: a Python slice of the text read as UTF-8
        assert source_text[start:end] == exact, ann


def test_offsets_are_code_points_not_bytes(assembled: Assembled, source_text: str) -> None:
    rows = _annotations(_report_graph(assembled))
    last = max(rows, key=lambda r: r[2])
    byte_start = len(source_text[: last[2]].encode("utf-8"))
    assert byte_start != last[2], "Arabic text: byte and code-point offsets must differ"


def test_every_fact_node_has_evidence(assembled: Assembled) -> None:
    graph = _report_graph(assembled)
    ontology = assembled.ontology
    fact_classes = {
        c
        for top in (CKG.Event, CKG.Situation, CKG.Claim)
        for c in ontology.transitive_subjects(
            URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"), top
        )
    }
    facts = {s for s, o in graph.subject_objects(RDF.type) if o in fact_classes}
    assert len(facts) >= 60
    missing = [f for f in facts if graph.value(f, CKG.evidence) is None]
    assert missing == []


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def test_every_paragraph_is_encoded(assembled: Assembled, source_text: str) -> None:
    spans = _paragraph_spans(source_text)
    assert len(spans) == 19
    covered = set()
    for _ann, _exact, start, _end in _annotations(_report_graph(assembled)):
        for number, (a, b) in enumerate(spans, 1):
            if a <= start < b:
                covered.add(number)
    # paragraph 3 ("- محافظة دير الزور -") is a heading naming a province:
    # it is covered by the gazetteer, not by a fact of the report.
    assert set(range(1, 20)) - covered <= {3}


def test_every_quote_occurs_once_in_the_source(assembled: Assembled, source_text: str) -> None:
    for _ann, exact, _s, _e in _annotations(_report_graph(assembled)):
        assert len(find_quote(source_text, exact)) == 1, exact


def _resolve(turtle: str, text: str, tmp_path) -> Graph:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.ttl"
    path.write_text(turtle, encoding="utf-8")
    kept, annotations = resolve_evidence(
        TripleIndex(parse_triples(path)),
        report_slug="t",
        source=pyoxigraph.NamedNode("https://w3id.org/conflict-kg/id/source/t"),
        text=text,
        locator=SourceLocator.for_file(path),
        source_name="t.txt",
    )
    graph = Graph().parse(data="".join(a.text for a in annotations.values()), format="nt")
    for s, p, o in kept:
        graph.parse(data=f"{s} {p} {o} .\n", format="nt")
    return graph


PREFIXES = "@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .\n@prefix ex: <https://w3id.org/conflict-kg/id/event/t/> .\n"


def test_missing_quote_names_file_line_and_node(tmp_path) -> None:  # type: ignore[no-untyped-def]
    turtle = (
        PREFIXES + '\nex:a a ckg:Capture ;\n    ckg:evidence [ ckg:quote "not in the text" ] .\n'
    )
    with pytest.raises(EvidenceError) as info:
        _resolve(turtle, "some text", tmp_path)
    err = info.value
    assert err.line == 5 and "not in the text" in str(err)
    assert "<https://w3id.org/conflict-kg/id/event/t/a>" in str(err)
    assert str(tmp_path / "r.ttl") in str(err)


def test_ambiguous_quote_lists_where_it_occurs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    turtle = PREFIXES + 'ex:a a ckg:Capture ; ckg:evidence [ ckg:quote "ab" ] .\n'
    with pytest.raises(EvidenceError, match=r"occurs 2 times .*lines 1, 2"):
        _resolve(turtle, "ab\nab", tmp_path)


def test_occurrence_picks_the_right_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    turtle = (
        PREFIXES + 'ex:a a ckg:Capture ; ckg:evidence [ ckg:quote "ab" ; ckg:occurrence 2 ] .\n'
    )
    graph = _resolve(turtle, "ab\nab", tmp_path)
    starts = [int(o) for o in graph.objects(None, OA.start)]
    assert starts == [3]


def test_near_miss_in_spelling_is_explained(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the text has «الاسلامية» (no hamza); the quote writes «الإسلامية»
    turtle = PREFIXES + 'ex:a a ckg:Capture ; ckg:evidence [ ckg:quote "الدولة الإسلامية" ] .\n'
    with pytest.raises(EvidenceError, match="other spellings"):
        _resolve(turtle, "تنظيم الدولة الاسلامية", tmp_path)


def test_checks_read_the_triples_the_store_gets(project: Project) -> None:
    """The resolver hands the checks its statements and the store its N-Triples: the same
    triples, on the seed and on a report whose quotes attest properties (ckg:attests)."""
    report = load_report(REPORT, project.root)
    assert report.statements is not None
    as_lines = {f"{s} {p} {o} .\n".encode() for s, p, o in report.statements}
    assert len(as_lines) == len(report.statements) == report.triples
    assert as_lines == set(report.ntriples.splitlines(keepends=True))


def test_changed_source_text_is_refused(project_copy: Project) -> None:
    source = project_copy.root / "data" / "sources" / "afp-2017-isis-territory.ar.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("بيروت", "دمشق"), encoding="utf-8")
    with pytest.raises(Exception, match="has changed since it was encoded"):
        load_report(project_copy.root / "data" / "reports" / REPORT.name, project_copy.root)
