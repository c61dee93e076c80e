"""Small graphs in rdflib: canonical blank-node labels, and the union of named graphs.

The ontology's blank nodes (lists, restrictions) are relabelled canonically (rdflib.compare)
before anything is stored, so that the same input gives the same store and the same
exports; reports have none left once resolved (conflictkg.skolem).
"""

from __future__ import annotations

from rdflib import BNode, Graph, URIRef
from rdflib.compare import to_canonical_graph


def canonical(graph: Graph) -> Graph:
    """The graph with blank nodes relabelled canonically (unchanged when it has none)."""
    if not any(isinstance(term, BNode) for triple in graph for term in triple):
        return graph
    out = Graph()
    for triple in to_canonical_graph(graph):
        out.add(triple)
    return out


def union(graphs: dict[URIRef, Graph]) -> Graph:
    merged = Graph()
    for name in sorted(graphs):
        for triple in canonical(graphs[name]):
            merged.add(triple)
    return merged
