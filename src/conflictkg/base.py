"""The base every report stands on: the ontology and the gazetteer.

Both are small and read with rdflib. Their blank nodes (the ontology's lists and
restrictions) are relabelled canonically, so that their named graphs have the same bytes,
and the store the same content, on every build. The digest of every file they come from
(and of the shapes and queries that check reports) keys the build cache: when it changes,
every report is validated again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .errors import InputError
from .namespaces import GRAPH_GAZETTEER, GRAPH_ONTOLOGY
from .ontology import load_ontology, ontology_files
from .project import Project
from .serialize import canonical
from .sources import LoadedFile, check_gazetteer, load_file
from .triples import Statement, Term, TripleIndex


@dataclass
class Base:
    ontology: Graph
    gazetteer: list[LoadedFile]
    digest: str

    @cached_property
    def gazetteer_graph(self) -> Graph:
        graph = Graph()
        for loaded in self.gazetteer:
            graph += loaded.graph
        return graph

    @cached_property
    def graphs(self) -> dict[URIRef, Graph]:
        return {GRAPH_ONTOLOGY: self.ontology, GRAPH_GAZETTEER: self.gazetteer_graph}

    @cached_property
    def ntriples(self) -> dict[URIRef, bytes]:
        """Each base graph as sorted N-Triples, blank nodes labelled canonically."""
        out = {}
        for name, graph in self.graphs.items():
            lines = canonical(graph).serialize(format="nt", encoding="utf-8").splitlines(True)
            out[name] = b"".join(sorted({line for line in lines if line.strip()}))
        return out

    @cached_property
    def quads(self) -> list[ox.Quad]:
        """The base graphs' quads, blank nodes with their canonical labels (a store keeps
        the labels of quads it is given, not of a document it parses)."""
        return [
            ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(str(name)))
            for name, data in self.ntriples.items()
            for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
        ]

    @cached_property
    def statements(self) -> list[Statement]:
        return [(q.subject, q.predicate, q.object) for q in self.quads]  # type: ignore[misc]

    @cached_property
    def index(self) -> TripleIndex:
        return TripleIndex(self.statements)

    @cached_property
    def subjects(self) -> set[str]:
        """IRIs the base describes: the gazetteer's entities and the ontology's terms."""
        return {s.value for s, _, _ in self.statements if isinstance(s, ox.NamedNode)}

    @cached_property
    def nodes(self) -> frozenset[Term]:
        return frozenset(t for s, _, o in self.statements for t in (s, o))


CODE = sorted(Path(__file__).parent.glob("*.py"))


def input_digest(paths: list[Path]) -> str:
    """A digest of the files' names and bytes, and of the code that reads them (any change
    to the package's source invalidates what was cached with the old code)."""
    digest = hashlib.sha256()
    for path in [*CODE, *paths]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def code_digest() -> str:
    """A digest of the package's own source: what the cache's resolutions were made with."""
    return input_digest([])


def load_base(project: Project) -> Base:
    gazetteer_paths = project.gazetteer_files
    if not gazetteer_paths:
        raise InputError("no gazetteer files", project.root / "data" / "gazetteer")
    gazetteer = [load_file(p) for p in gazetteer_paths]
    check_gazetteer(gazetteer)
    checks = sorted(project.shapes_dir.glob("*.ttl")) + sorted(
        (project.queries_dir / "qc").glob("*.rq")
    )
    digest = input_digest([*ontology_files(project), *gazetteer_paths, *checks])
    return Base(load_ontology(project), gazetteer, digest)
