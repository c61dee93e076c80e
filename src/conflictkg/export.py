"""Export the built store in the usual RDF formats, deterministically and atomically.

Dataset formats (TriG, N-Quads, JSON-LD) keep the named graphs, one after the other in the
order of their IRIs; graph formats (Turtle, N-Triples, RDF/XML) hold their union, each
triple once. pyoxigraph writes them as it reads the store, so an export of millions of
triples never holds them all in memory. The same store gives the same bytes: the store
reads back in the order of its indexes, and the ontology's blank nodes have canonical labels.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .errors import InputError
from .namespaces import GRAPH_INFERRED, PREFIXES
from .project import Project
from .store import open_store

GRAPH_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "xml": ox.RdfFormat.RDF_XML,
}
DATASET_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
FORMATS = sorted({*GRAPH_FORMATS, *DATASET_FORMATS})
T = TypeVar("T")


def built_store(project: Project) -> ox.Store:
    return open_store(project.build_dir / "store")


def named_graphs(store: ox.Store) -> list[ox.NamedNode]:
    return sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=str)


def quads(store: ox.Store) -> Iterator[ox.Quad]:
    """Every quad, graph after graph in the order of their IRIs."""
    for graph in named_graphs(store):
        yield from store.quads_for_pattern(None, None, None, graph)


def union(store: ox.Store) -> Iterator[ox.Triple]:
    """The union of the named graphs, each triple once."""
    yield from store.query(  # type: ignore[misc]
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
    )


def read_built(project: Project) -> dict[URIRef, Graph]:
    """The named graphs of the last build, as rdflib Graphs (for small-scale tools)."""
    store = built_store(project)
    graphs: dict[URIRef, Graph] = {}
    for graph in named_graphs(store):
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        graphs[URIRef(graph.value)] = Graph().parse(data=data, format="nt")
    return graphs


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class _Counted(Iterable[T]):
    def __init__(self, items: Iterable[T]) -> None:
        self.items = items
        self.count = 0

    def __iter__(self) -> Iterator[T]:
        for item in self.items:
            self.count += 1
            yield item


def write(store: ox.Store, fmt: str, output: Path) -> int:
    """Write the store to `output` in `fmt` (whole or not at all); the number of triples."""
    if fmt in DATASET_FORMATS:
        counted: _Counted[ox.Quad] | _Counted[ox.Triple] = _Counted(quads(store))
        rdf_format = DATASET_FORMATS[fmt]
    elif fmt in GRAPH_FORMATS:
        counted = _Counted(union(store))
        rdf_format = GRAPH_FORMATS[fmt]
    else:
        raise InputError(f"unknown format {fmt}", hint=f"One of: {', '.join(FORMATS)}.")
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp-{os.getpid()}")
    try:
        with tmp.open("wb") as handle:
            ox.serialize(counted, handle, rdf_format, prefixes=PREFIXES)
        os.replace(tmp, output)
    finally:
        tmp.unlink(missing_ok=True)
    return counted.count


def export_built(
    project: Project, fmt: str, output: Path, *, inferred: bool = False, engine: str = "rules"
) -> int:
    """Write the built graphs (and the inferred graph if asked) to `output` in `fmt`.
    engine: "rules" (SPARQL rules on Oxigraph, fast) or "owlrl" (the full OWL 2 RL closure)."""
    store = built_store(project)
    if inferred:
        store = with_inferred(project, store, engine)
    return write(store, fmt, output)


def with_inferred(project: Project, built: ox.Store, engine: str) -> ox.Store:
    """An in-memory copy of the built store with the inferred named graph added."""
    store = ox.Store()
    store.bulk_extend(built.quads_for_pattern(None, None, None, None))  # labels kept
    inferred = ox.NamedNode(str(GRAPH_INFERRED))
    if engine == "owlrl":
        from .reason import owlrl_closure

        graph = owlrl_closure(read_built(project))
        data = graph.serialize(format="nt", encoding="utf-8")
        store.bulk_extend(
            ox.Quad(t.subject, t.predicate, t.object, inferred)
            for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
        )
    else:
        from .rules import materialise

        materialise(store)
    return store
