"""A fast OWL 2 RL path: the entailment rules the queries need, as SPARQL updates run on
the embedded Oxigraph store until nothing new follows.

owlrl computes the full OWL 2 RL closure in Python and takes minutes on a corpus; these
rules read the axioms from the ontology graph and write what they entail into the inferred
graph, so they scale with the store. Covered (OWL 2 RL rule names): cax-sco (subclasses),
prp-spo1 (subproperties), prp-inv1/2 (inverses), prp-symp (symmetric), prp-trp (transitive),
prp-spo2 (property chains of two), prp-dom / prp-rng (object-valued), and cls-hv2 with
cls-int1 for classes defined as a named class plus a hasValue restriction
(ckg:IsisAffiliatedGroup). tests/test_rules.py checks that they agree with HermiT and owlrl
on the seed graph for what they cover.
"""

from __future__ import annotations

import pyoxigraph as ox

from .namespaces import GRAPH_INFERRED

_P = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

# Each rule: the triple it entails, and the pattern that entails it (over all graphs).
RULES: dict[str, tuple[str, str]] = {
    "cax-sco": ("?x a ?d", "?x a ?c . ?c rdfs:subClassOf ?d . FILTER (isIRI(?d))"),
    "prp-spo1": ("?x ?q ?y", "?p rdfs:subPropertyOf ?q . ?x ?p ?y . FILTER (?p != ?q)"),
    "prp-inv1": ("?y ?q ?x", "?p owl:inverseOf ?q . ?x ?p ?y . FILTER (!isLiteral(?y))"),
    "prp-inv2": ("?y ?p ?x", "?p owl:inverseOf ?q . ?x ?q ?y . FILTER (!isLiteral(?y))"),
    "prp-symp": ("?y ?p ?x", "?p a owl:SymmetricProperty . ?x ?p ?y"),
    "prp-trp": ("?x ?p ?z", "?p a owl:TransitiveProperty . ?x ?p ?y . ?y ?p ?z"),
    "prp-spo2": (
        "?x ?p ?z",
        "?p owl:propertyChainAxiom ?list . ?list rdf:first ?p1 ; rdf:rest ?rest . "
        "?rest rdf:first ?p2 ; rdf:rest rdf:nil . ?x ?p1 ?y . ?y ?p2 ?z",
    ),
    "prp-dom": (
        "?x a ?c",
        "?p rdfs:domain ?c . FILTER (isIRI(?c)) ?p a owl:ObjectProperty . ?x ?p ?y",
    ),
    "prp-rng": (
        "?y a ?c",
        "?p rdfs:range ?c . FILTER (isIRI(?c)) ?p a owl:ObjectProperty . ?x ?p ?y . FILTER (isIRI(?y))",
    ),
    "cls-hv-int": (
        "?x a ?c",
        "?c owl:equivalentClass ?e . ?e owl:intersectionOf ?l . ?l rdf:first ?a ; rdf:rest ?r . "
        "?r rdf:first ?h ; rdf:rest rdf:nil . ?h owl:onProperty ?p ; owl:hasValue ?v . "
        "?x a ?a ; ?p ?v",
    ),
}


def _construct(head: str, body: str) -> str:
    return f"{_P}CONSTRUCT {{ {head} }} WHERE {{ {body} FILTER NOT EXISTS {{ {head} }} }}"


def materialise(store: ox.Store, max_rounds: int = 50) -> int:
    """Run the rules over the store's union graph until a fixpoint; entailed triples go to
    the inferred named graph. Returns how many were added."""
    inferred = ox.NamedNode(str(GRAPH_INFERRED))
    queries = [_construct(head, body) for head, body in RULES.values()]
    added = 0
    for _ in range(max_rounds):
        new: set[ox.Triple] = set()
        for text in queries:
            new.update(store.query(text, use_default_graph_as_union=True))  # type: ignore[arg-type]
        if not new:
            break
        store.extend(ox.Quad(t.subject, t.predicate, t.object, inferred) for t in new)
        added += len(new)
    return added
