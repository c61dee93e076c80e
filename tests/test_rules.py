"""The fast OWL 2 RL path (SPARQL rules on the store) agrees with owlrl and with HermiT on
the seed graph for every entailment it covers."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import OWL, RDF, Graph, Literal, URIRef

from conflictkg.build import Assembled, BuildResult
from conflictkg.namespaces import CKG, GRAPH_DERIVED, GRAPH_INFERRED, ID
from conflictkg.reason import owlrl_closure, run_hermit
from conflictkg.rules import materialise

from .conftest import derived_of

CHAINS = (CKG.supports, CKG.leads, CKG.loyalTo, CKG.indirectlySupports, CKG.leadsSupporterOf)


@pytest.fixture(scope="module")
def by_rules(built: BuildResult) -> Graph:
    store = pyoxigraph.Store()
    store.bulk_load(path=str(built.out_dir / "conflict-kg.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    assert materialise(store) > 1000
    graph = Graph()
    for quad in store.quads_for_pattern(
        None, None, None, pyoxigraph.NamedNode(str(GRAPH_INFERRED))
    ):
        graph.add(tuple(_to_rdflib(t) for t in (quad.subject, quad.predicate, quad.object)))  # type: ignore[arg-type]
    return graph


def _to_rdflib(term: object) -> URIRef | Literal:
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.Literal):
        return Literal(
            term.value,
            lang=term.language,
            datatype=None if term.language else URIRef(term.datatype.value),
        )
    raise TypeError(term)


def _covered(graph: Graph, ontology: Graph) -> set[tuple[object, object, object]]:
    """The entailments the rules are meant to cover: types by ontology classes and values of
    ontology object properties, between IRIs."""
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    object_properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty))
    return {
        (s, p, o)
        for s, p, o in graph
        if isinstance(s, URIRef)
        and isinstance(o, URIRef)
        and not str(s).startswith("http://www.w3.org/")  # owlrl_closure leaves these out
        and ((p == RDF.type and o in classes) or p in object_properties)
    }


@pytest.mark.slow
def test_rules_agree_with_owlrl(assembled: Assembled, by_rules: Graph) -> None:
    # the built graphs: the assembled ones and what the build derives across reports
    graphs = {**assembled.graphs, GRAPH_DERIVED: derived_of(assembled)}
    owlrl = owlrl_closure(graphs)
    asserted = Graph()
    for g in graphs.values():
        asserted += g
    ours = _covered(by_rules, assembled.ontology) - set(asserted)
    theirs = _covered(owlrl, assembled.ontology) - set(asserted)
    assert len(ours) > 500
    assert ours - theirs == set(), "the rules entail nothing owlrl does not"
    assert theirs - ours == set(), "owlrl entails nothing the rules cover and miss"


@pytest.mark.slow
def test_rules_agree_with_hermit(assembled: Assembled, by_rules: Graph) -> None:
    union = Graph()
    for g in assembled.graphs.values():
        union += g
    hermit = run_hermit(union, properties=tuple(str(p) for p in CHAINS))
    for node, classes in hermit.inferred_types.items():
        for cls in classes:
            assert (URIRef(node), RDF.type, URIRef(cls)) in by_rules or (
                URIRef(node),
                RDF.type,
                URIRef(cls),
            ) in union
    ours = {(str(s), str(p), str(o)) for p in CHAINS for s, o in by_rules.subject_objects(p)}
    # owlready2 files an inferred value under its most specific property only: lift each to
    # the super-properties among CHAINS before comparing.
    sub = URIRef("http://www.w3.org/2000/01/rdf-schema#subPropertyOf")
    theirs = set(hermit.property_values)
    for s_, p_, o_ in hermit.property_values:
        for parent in assembled.ontology.transitive_objects(URIRef(p_), sub):
            if parent in CHAINS:
                theirs.add((s_, str(parent), o_))
    assert ours == theirs
    assert len(ours) >= 8
    assert (str(ID["actor/iran"]), str(CKG.indirectlySupports), str(ID["actor/iraqi-army"])) in ours


def test_real_entailments(by_rules: Graph) -> None:
    """Not restatements: each of these follows only from an axiom."""
    assert (
        ID["actor/jaysh-khalid-bin-al-walid"],
        RDF.type,
        CKG.IsisAffiliatedGroup,
    ) in by_rules  # hasValue
    assert (
        ID["actor/jaysh-khalid-bin-al-walid"],
        CKG.loyalTo,
        ID["actor/isis"],
    ) in by_rules  # chain
    assert (ID["place/albu-kamal"], CKG.within, ID["place/syria"]) in by_rules  # transitive
    assert (
        ID["place/syria"],
        CKG.contains,
        ID["place/albu-kamal"],
    ) in by_rules  # inverse of transitive
    assert (
        ID["place/albu-kamal"],
        CKG.opposite,
        ID["place/al-qaim-district"],
    ) in by_rules  # symmetric
    assert (
        ID["place/albu-kamal"],
        CKG.near,
        ID["place/al-qaim-district"],
    ) in by_rules  # subproperty
    expulsion = ID["event/afp-2017-isis-territory/expulsion-raqqa"]
    assert (expulsion, RDF.type, CKG.Capture) in by_rules and (
        expulsion,
        RDF.type,
        URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event"),
    ) in by_rules
