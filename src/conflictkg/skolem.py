"""Deterministic skolemisation: blank value nodes get stable IRIs before anything is stored.

A value node (a quantity, a duration, an inference note) is named after the node and the
property that hold it, and its rank among its siblings by content, so the same input gives
the same IRIs on every build and on every machine.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import BNode, Graph, URIRef
from rdflib.term import Node

from .errors import IdentityError
from .namespaces import skolem_iri
from .rdfio import SourceLocator


def _content_key(graph: Graph, node: BNode, depth: int = 0) -> str:
    parts = []
    for p, o in graph.predicate_objects(node):
        value = _content_key(graph, o, depth + 1) if isinstance(o, BNode) and depth < 8 else o.n3()
        parts.append(f"{p.n3()} {value}")
    return "[" + " ; ".join(sorted(parts)) + "]"


def skolemize(graph: Graph, *, report_slug: str, locator: SourceLocator) -> Graph:
    """A copy of `graph` with every blank node replaced by a stable IRI.

    Every blank node must be the value of exactly one triple (a tree); anything shared or
    free-standing must be given an IRI by the encoder."""
    holders: dict[BNode, list[tuple[Node, URIRef]]] = defaultdict(list)
    for s, p, o in graph:
        if isinstance(o, BNode):
            holders[o].append((s, p))  # type: ignore[arg-type]
    for node in {s for s in graph.subjects() if isinstance(s, BNode)}:
        if node not in holders:
            raise IdentityError(
                "a blank node stands alone as a subject",
                locator.path,
                None,
                hint="Give it an IRI, or make it the value of a property ([ … ]).",
            )
    for held_by in holders.values():
        if len(held_by) > 1:
            subject = held_by[0][0]
            raise IdentityError(
                f"a blank node is the value of {len(held_by)} triples",
                locator.path,
                locator.line_of_node(subject) if isinstance(subject, URIRef) else None,
                hint="Shared nodes need an IRI so that others can refer to them.",
            )

    names: dict[BNode, URIRef] = {}

    def name_of(node: Node) -> Node:
        if not isinstance(node, BNode):
            return node
        if node not in names:
            parent, prop = holders[node][0]
            parent_iri = name_of(parent)
            siblings = [o for o in graph.objects(parent, prop) if isinstance(o, BNode)]
            siblings.sort(key=lambda b: _content_key(graph, b))
            for index, sibling in enumerate(siblings, 1):
                names[sibling] = skolem_iri(report_slug, parent_iri, prop, index)  # type: ignore[arg-type]
        return names[node]

    out = Graph()
    for s, p, o in graph:
        out.add((name_of(s), p, name_of(o)))
    return out
