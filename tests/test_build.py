"""Build and export: outputs, determinism, round trips, atomicity, time bounds, naming."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import XSD

from conflictkg.build import Assembled, BuildResult, build
from conflictkg.errors import ConflictKGError
from conflictkg.export import export_built
from conflictkg.namespaces import (
    CKG,
    GRAPH_DERIVED,
    GRAPH_GAZETTEER,
    GRAPH_ONTOLOGY,
    ID,
    OA,
    ox_iri,
    report_graph,
)
from conflictkg.project import Project
from conflictkg.timebounds import derive_time_bounds, stamp_span
from conflictkg.triples import TripleIndex

from .conftest import ROOT, derived_of


def test_build_writes_the_store_and_its_summary(built: BuildResult) -> None:
    out = built.out_dir
    assert (out / "store" / "CURRENT").exists()
    assert not list(out.parent.glob(f".{out.name}.tmp-*")) and not list(out.glob(".old-*"))
    summary = json.loads((out / "summary.json").read_text())
    assert summary["conforms"] is True and summary["reports"] == ["afp-2017-isis-territory"]
    assert summary["nodes"]["event"] >= 25 and summary["nodes"]["claim"] == 1
    assert summary["triples"] == sum(built.counts.values()) > 4000


def test_each_source_has_its_named_graph(built: BuildResult) -> None:
    dataset = Dataset()
    dataset.parse(built.out_dir / "conflict-kg.trig", format="trig")
    names = {c.identifier for c in dataset.graphs() if len(c)}
    # the seed alone links nothing to other reports: no identity graph
    assert names == {
        GRAPH_ONTOLOGY,
        GRAPH_GAZETTEER,
        GRAPH_DERIVED,
        report_graph("afp-2017-isis-territory"),
    }
    report = dataset.graph(report_graph("afp-2017-isis-territory"))
    # places are defined in the gazetteer, not in the report
    assert (ID["place/raqqa"], None, None) in dataset.graph(GRAPH_GAZETTEER)
    assert (
        report.value(ID["place/raqqa"], URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))
        is None
    )


def test_store_holds_what_was_built(built: BuildResult, store: pyoxigraph.Store) -> None:
    counts: dict[str, int] = {}
    for quad in store.quads_for_pattern(None, None, None, None):
        counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
    assert counts == built.counts


def test_exports_are_deterministic(project: Project, built: BuildResult, tmp_path: Path) -> None:
    """Same input, byte-identical exports, also from a build in another process with another
    hash seed (and so other blank-node labels, were they not canonical)."""
    script = (
        "import sys; from pathlib import Path; from conflictkg.build import build;"
        "from conflictkg.project import Project; from tests.conftest import export_all;"
        "out = build(Project(Path(sys.argv[1])), Path(sys.argv[2]), incremental=False).out_dir;"
        "export_all(out)"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run(
        [sys.executable, "-c", script, str(ROOT), str(tmp_path / "b")],
        check=True,
        env=env,
        cwd=ROOT,
    )
    for name in ("conflict-kg.ttl", "conflict-kg.nq", "conflict-kg.trig"):
        assert (tmp_path / "b" / name).read_bytes() == (built.out_dir / name).read_bytes(), name


def test_turtle_round_trips_through_oxigraph(built: BuildResult) -> None:
    data = (built.out_dir / "conflict-kg.ttl").read_bytes()
    by_rdflib = Graph().parse(data=data, format="turtle")
    by_oxigraph = Graph()
    by_oxigraph.parse(
        data="".join(
            f"{t.subject} {t.predicate} {t.object} .\n"
            for t in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE)
        ),
        format="nt",
    )
    assert len(by_rdflib) == len(by_oxigraph) > 4000
    assert isomorphic(by_rdflib, by_oxigraph)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "xml", "trig", "nq", "jsonld"])
def test_export_formats_hold_the_same_graph(
    project_copy_built: Path, built: BuildResult, assembled: Assembled, tmp_path: Path, fmt: str
) -> None:
    """Every format holds the graphs the resolver made (not what the store gives back)."""
    target = tmp_path / f"out.{fmt}"
    count = export_built(Project(project_copy_built), fmt, target)
    reference = Graph()
    for graph in assembled.graphs.values():
        reference += graph
    reference += derived_of(assembled)
    if fmt in ("trig", "nq", "jsonld"):
        ds = Dataset()
        ds.parse(target, format={"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt])
        names = {c.identifier for c in ds.graphs() if len(c)}
        assert names == {URIRef(n) for n in built.counts}, "every named graph, under its name"
        exported = Graph()
        for context in ds.graphs():
            for triple in context:
                exported.add(triple)
        assert count == sum(built.counts.values())
    else:
        exported = Graph().parse(target, format={"ttl": "turtle", "nt": "nt", "xml": "xml"}[fmt])
        assert count == len(exported)
    assert to_isomorphic(exported) == to_isomorphic(reference)


def test_exports_keep_the_validated_terms(built: BuildResult) -> None:
    """The store keeps values (Oxigraph writes an xsd:nonNegativeInteger back as an
    xsd:integer); exports keep the terms that were validated."""
    exported = Graph().parse(built.out_dir / "conflict-kg.ttl", format="turtle")
    offsets = list(exported.objects(None, OA.start))
    assert len(offsets) > 60
    assert {o.datatype for o in offsets} == {XSD.nonNegativeInteger}  # type: ignore[union-attr]
    store = pyoxigraph.Store.read_only(str(built.out_dir / "store"))
    held = {q.object.datatype.value for q in store.quads_for_pattern(None, ox_iri(OA.start), None)}  # type: ignore[union-attr]
    assert held == {str(XSD.integer)}, "if Oxigraph keeps subtypes one day, this test can go"


def test_failed_build_leaves_the_previous_one_untouched(project_copy: Project) -> None:
    out = project_copy.build_dir
    build(project_copy, out)
    before = (out / "summary.json").read_bytes()
    store = {p.name: p.stat().st_ino for p in (out / "store").iterdir()}
    report = project_copy.root / "data" / "reports" / "afp-2017-isis-territory.ttl"
    report.write_text(
        report.read_text(encoding="utf-8").replace('ckg:quote "بيروت:"', 'ckg:quote "باريس:"'),
        encoding="utf-8",
    )
    with pytest.raises(ConflictKGError):
        build(project_copy, out)
    assert (out / "summary.json").read_bytes() == before
    assert {p.name: p.stat().st_ino for p in (out / "store").iterdir()} == store
    # the published links, the one switch (current) and the versions behind it
    names = sorted(p.name for p in out.iterdir())
    assert names == [".versions", "current", "graphs", "store", "summary.json"]
    assert len(list((out / ".versions").iterdir())) == 1
    assert not list(out.parent.glob(".build.tmp-*"))


@pytest.mark.parametrize(
    ("lexical", "datatype", "first", "last"),
    [
        ("2017-09", XSD.gYearMonth, dt.date(2017, 9, 1), dt.date(2017, 9, 30)),
        ("2016-02", XSD.gYearMonth, dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
        ("2014", XSD.gYear, dt.date(2014, 1, 1), dt.date(2014, 12, 31)),
        ("2017-10-17", XSD.date, dt.date(2017, 10, 17), dt.date(2017, 10, 17)),
    ],
)
def test_stamp_spans(lexical: str, datatype: URIRef, first: dt.date, last: dt.date) -> None:
    stamp = pyoxigraph.Literal(lexical, datatype=pyoxigraph.NamedNode(str(datatype)))
    assert stamp_span(stamp) == (first, last)


def test_bounds_written_by_the_encoder_are_kept() -> None:
    node = ox_iri(ID["event/t/x"])
    index = TripleIndex(
        [
            (
                node,
                ox_iri(CKG.date),
                pyoxigraph.Literal("2017-11", datatype=ox_iri(XSD.gYearMonth)),
            ),
            (
                node,
                ox_iri(CKG.latestEnd),
                pyoxigraph.Literal("2017-11-09", datatype=ox_iri(XSD.date)),
            ),
        ]
    )
    derived = {p.value.rsplit("#", 1)[1]: o.value for _s, p, o in derive_time_bounds(index)}
    assert derived["earliestBegin"] == "2017-11-01"
    assert derived["latestBegin"] == "2017-11-30"
    assert "latestEnd" not in derived  # the encoder's tighter bound stands


def test_value_nodes_get_stable_names(built: BuildResult) -> None:
    dataset = Dataset()
    dataset.parse(built.out_dir / "conflict-kg.nq", format="nquads")
    report = dataset.graph(report_graph("afp-2017-isis-territory"))
    named = ID[
        ".well-known/genid/afp-2017-isis-territory/event/afp-2017-isis-territory/announcement-mosul/timeAfter/1"
    ]
    assert report.value(named, URIRef("http://www.w3.org/2006/time#numericDuration")) == Literal(9)
    # no blank node in a report graph: everything others may cite has an IRI
    assert not [t for triple in report for t in triple if isinstance(t, BNode)]
