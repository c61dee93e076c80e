"""Deterministic skolemisation: blank value nodes get stable IRIs before anything is stored.

A value node (a quantity, a duration, an inference note) is named after the node and the
property that hold it, and its rank among its siblings by content, so the same input gives
the same IRIs on every build and on every machine.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
from rdflib import URIRef

from .errors import IdentityError
from .namespaces import skolem_iri
from .rdfio import SourceLocator
from .triples import Statement, Term, TripleIndex


def _content_key(triples: TripleIndex, node: ox.BlankNode, depth: int = 0) -> str:
    parts = []
    for p, o in triples.predicate_objects(node):
        nested = isinstance(o, ox.BlankNode) and depth < 8
        value = _content_key(triples, o, depth + 1) if nested else str(o)  # type: ignore[arg-type]
        parts.append(f"{p} {value}")
    return "[" + " ; ".join(sorted(parts)) + "]"


def skolemize(triples: TripleIndex, *, report_slug: str, locator: SourceLocator) -> list[Statement]:
    """The statements with every blank node replaced by a stable IRI.

    Every blank node must be the value of exactly one triple (a tree); anything shared or
    free-standing must be given an IRI by the encoder."""
    holders: dict[ox.BlankNode, list[tuple[Term, ox.NamedNode]]] = defaultdict(list)
    for s, p, o in triples:
        if isinstance(o, ox.BlankNode):
            holders[o].append((s, p))
    if not holders and not any(isinstance(s, ox.BlankNode) for s, _, _ in triples):
        return list(triples)
    for s, _, _ in triples:
        if isinstance(s, ox.BlankNode) and s not in holders:
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
                locator.line_of_node(URIRef(subject.value))
                if isinstance(subject, ox.NamedNode)
                else None,
                hint="Shared nodes need an IRI so that others can refer to them.",
            )

    names: dict[ox.BlankNode, ox.NamedNode] = {}

    def name_siblings(node: ox.BlankNode) -> None:
        """Name `node` and its siblings (the parent's other values of the same property);
        the parent is named already."""
        parent, prop = holders[node][0]
        parent_iri = parent if isinstance(parent, ox.NamedNode) else names[parent]  # type: ignore[index]
        siblings = [o for o in triples.objects(parent, prop) if isinstance(o, ox.BlankNode)]
        siblings.sort(key=lambda b: _content_key(triples, b))
        for index, sibling in enumerate(siblings, 1):
            iri = skolem_iri(
                report_slug,
                URIRef(parent_iri.value),
                URIRef(prop.value),
                index,
                nested=isinstance(parent, ox.BlankNode),
            )
            names[sibling] = ox.NamedNode(iri)

    def name_of(node: Term) -> Term:
        if not isinstance(node, ox.BlankNode):
            return node
        # up to the nearest named ancestor, then down, naming as we go: no recursion, so
        # nesting of any depth (an RDF list of thousands) is named in linear time
        chain = []
        while isinstance(node, ox.BlankNode) and node not in names:
            chain.append(node)
            if len(chain) > len(holders):
                raise IdentityError(
                    "blank nodes hold each other in a cycle",
                    locator.path,
                    None,
                    hint="Give one of them an IRI.",
                )
            node = holders[node][0][0]
        for blank in reversed(chain):
            name_siblings(blank)
        return names[chain[0]] if chain else names[node]  # type: ignore[index]

    return [(name_of(s), p, name_of(o)) for s, p, o in triples]  # type: ignore[misc]
