"""Deterministic serialisation: the same graphs give byte-identical files.

Blank nodes (left only in the ontology: lists, restrictions) are relabelled canonically
(rdflib.compare), Turtle is written as rdflib's sorted `longturtle`, and line-based formats
are sorted.
"""

from __future__ import annotations

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.compare import to_canonical_graph

from .namespaces import PREFIXES

GRAPH_FORMATS = {"ttl": "longturtle", "nt": "nt", "xml": "xml"}
DATASET_FORMATS = {"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
FORMATS = sorted({*GRAPH_FORMATS, *DATASET_FORMATS})


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def canonical(graph: Graph) -> Graph:
    """The graph with blank nodes relabelled canonically (unchanged when it has none)."""
    if not any(isinstance(term, BNode) for triple in graph for term in triple):
        return graph
    out = Graph()
    for triple in to_canonical_graph(graph):
        out.add(triple)
    return out


def _sorted_lines(data: str) -> str:
    lines = sorted({line for line in data.splitlines() if line.strip()})
    return "\n".join(lines) + "\n"


def serialize_graph(graph: Graph, fmt: str) -> bytes:
    """One graph (usually the union of all named graphs) in Turtle, N-Triples or RDF/XML."""
    out = bind_prefixes(canonical(graph))
    if fmt == "nt":
        return _sorted_lines(out.serialize(format="nt")).encode("utf-8")
    return out.serialize(format=GRAPH_FORMATS[fmt]).encode("utf-8")


def serialize_dataset(graphs: dict[URIRef, Graph], fmt: str) -> bytes:
    """Named graphs in TriG, N-Quads or JSON-LD, each graph under its own IRI."""
    dataset = Dataset()
    for name in sorted(graphs):
        target = dataset.graph(name)
        for triple in canonical(graphs[name]):
            target.add(triple)
    bind_prefixes(dataset)
    data = dataset.serialize(format=DATASET_FORMATS[fmt])
    if fmt == "nq":
        return _sorted_lines(data).encode("utf-8")
    return data.encode("utf-8")


def union(graphs: dict[URIRef, Graph]) -> Graph:
    merged = Graph()
    for name in sorted(graphs):
        for triple in canonical(graphs[name]):
            merged.add(triple)
    return merged
