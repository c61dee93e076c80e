"""Reasoning and interoperability: HermiT finds the ontology and data consistent and infers
what the axioms say; a client that knows only public vocabularies (SEM, ORG, PROV-O,
GeoSPARQL) answers its questions over the OWL 2 RL closure."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

from conflictkg.build import Assembled
from conflictkg.namespaces import CKG, ID, SEM
from conflictkg.reason import owlrl_closure, run_hermit


def _union(assembled: Assembled) -> Graph:
    graph = Graph()
    for g in assembled.graphs.values():
        graph += g
    return graph


@pytest.fixture(scope="module")
def hermit(assembled: Assembled):  # type: ignore[no-untyped-def]
    return run_hermit(_union(assembled))


@pytest.mark.slow
def test_hermit_finds_ontology_and_data_consistent(hermit) -> None:  # type: ignore[no-untyped-def]
    assert hermit.consistent, hermit.message
    assert hermit.unsatisfiable == []


@pytest.mark.slow
def test_hermit_classifies_a_group_loyal_to_isis(hermit) -> None:  # type: ignore[no-untyped-def]
    jkbw = str(ID["actor/jaysh-khalid-bin-al-walid"])
    assert str(CKG.IsisAffiliatedGroup) in hermit.inferred_types.get(jkbw, set())


@pytest.mark.slow
def test_hermit_catches_an_inconsistency(assembled: Assembled) -> None:
    graph = _union(assembled)
    graph.add((ID["actor/isis"], RDF.type, CKG.City))  # an actor cannot be a place
    assert not run_hermit(graph).consistent


@pytest.fixture(scope="module")
def closed(assembled: Assembled) -> Graph:
    graph = _union(assembled)
    graph += owlrl_closure(assembled.graphs)
    return graph


def _select(graph: Graph, query: str) -> set[tuple[str, ...]]:
    return {tuple(str(v) for v in row) for row in graph.query(query)}  # type: ignore[union-attr]


SEM_PREFIX = "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>\n"


@pytest.mark.slow
def test_every_event_is_a_sem_event_with_actor_and_time(
    assembled: Assembled, closed: Graph
) -> None:
    events = {s for s in closed.subjects(RDF.type, CKG.Event)} | {
        s for s in closed.subjects(RDF.type, CKG.Situation)
    }
    assert len(events) >= 55
    sem_events = set(closed.subjects(RDF.type, SEM.Event))
    assert events <= sem_events
    stamps = [
        SEM.hasTimeStamp,
        SEM.hasBeginTimeStamp,
        SEM.hasEndTimeStamp,
        SEM.hasEarliestBeginTimeStamp,
        SEM.hasLatestBeginTimeStamp,
        SEM.hasEarliestEndTimeStamp,
        SEM.hasLatestEndTimeStamp,
    ]
    for event in events:
        assert any(closed.value(event, s) is not None for s in stamps), event
        assert closed.value(event, SEM.hasActor) is not None, event


@pytest.mark.slow
def test_roles_and_places_reach_sem(closed: Graph) -> None:
    for role in (
        CKG.agent,
        CKG.opponent,
        CKG.controller,
        CKG.supporter,
        CKG.supported,
        CKG.leader,
        CKG.member,
    ):
        for event, actor in closed.subject_objects(role):
            assert (event, SEM.hasActor, actor) in closed, (role, event)
            assert (actor, RDF.type, SEM.Actor) in closed
    for prop in (CKG.place, CKG.controlledPlace, CKG.destination, CKG.origin):
        for event, place in closed.subject_objects(prop):
            assert (event, SEM.hasPlace, place) in closed
            assert (place, RDF.type, SEM.Place) in closed


@pytest.mark.slow
def test_a_sem_client_answers_over_the_closure(closed: Graph) -> None:
    """Which events happened in Raqqa, who took part, and when? Asked in SEM terms only."""
    rows = _select(
        closed,
        SEM_PREFIX
        + """
        SELECT ?event ?actor ?stamp WHERE {
          ?event a sem:Event ; sem:hasPlace <https://w3id.org/conflict-kg/id/place/raqqa> ;
                 sem:hasActor ?actor ; sem:hasTimeStamp ?stamp . }""",
    )
    raqqa = str(ID["event/afp-2017-isis-territory/expulsion-raqqa"])
    assert (raqqa, str(ID["actor/sdf"]), "2017-10-17") in rows
    assert (raqqa, str(ID["actor/isis"]), "2017-10-17") in rows
    # a control period is a sem:Event too, with begin and end stamps
    spans = _select(
        closed,
        SEM_PREFIX
        + """
        SELECT ?period ?end WHERE {
          ?period sem:hasPlace <https://w3id.org/conflict-kg/id/place/raqqa> ;
                  sem:hasActor <https://w3id.org/conflict-kg/id/actor/isis> ; sem:hasEndTimeStamp ?end . }""",
    )
    assert (str(ID["situation/afp-2017-isis-territory/isis-raqqa"]), "2017-10-17") in spans


@pytest.mark.slow
def test_org_prov_and_geosparql_clients(closed: Graph) -> None:
    orgs = _select(
        closed,
        """PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?org WHERE { ?m a org:Membership ; org:member ?x ; org:organization ?org }""",
    )
    assert (str(ID["actor/sdf"]),) in orgs and (str(ID["actor/pmf"]),) in orgs
    sub = _select(
        closed,
        """PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?x WHERE { ?x org:subOrganizationOf <https://w3id.org/conflict-kg/id/actor/iraqi-forces> }""",
    )
    assert sub == {(str(ID["actor/iraqi-army"]),)}
    agents = set(closed.subjects(RDF.type, URIRef("http://www.w3.org/ns/prov#Agent")))
    assert ID["actor/haider-al-abadi"] in agents and ID["actor/isis"] in agents
    within = _select(
        closed,
        """PREFIX geo: <http://www.opengis.net/ont/geosparql#>
        SELECT ?p WHERE { ?p geo:sfWithin <https://w3id.org/conflict-kg/id/place/syria> }""",
    )
    assert (str(ID["place/albu-kamal"]),) in within  # transitive: Albu Kamal < province < Syria


@pytest.mark.slow
def test_property_chains_infer_who_backs_the_backers(closed: Graph) -> None:
    assert (ID["actor/iran"], CKG.supports, ID["actor/pmf"]) in closed
    assert (ID["actor/iran"], CKG.indirectlySupports, ID["actor/iraqi-army"]) in closed
    assert (ID["actor/united-states"], CKG.leadsSupporterOf, ID["actor/iraqi-forces"]) in closed
    assert (ID["actor/united-states"], CKG.indirectlySupports, ID["actor/iraqi-forces"]) in closed
    # inverse and transitive containment
    assert (ID["place/syria"], CKG.contains, ID["place/albu-kamal"]) in closed


@pytest.mark.slow
def test_time_and_schema_org_clients(closed: Graph) -> None:
    """OWL-Time: the siege's duration (the nine months of Mosul are the time from the
    offensive's launch to the announcement, not a duration: ckg:timeAfter); schema.org: find
    an actor by its Wikidata item."""
    durations = _select(
        closed,
        """PREFIX time: <http://www.w3.org/2006/time#>
        SELECT ?event ?n ?unit WHERE { ?event time:hasDuration ?d . ?d time:numericDuration ?n ; time:unitType ?unit }""",
    )
    assert durations == {
        (
            str(ID["event/afp-2017-isis-territory/siege-deir-ez-zor"]),
            "3",
            "http://www.w3.org/2006/time#unitYear",
        )
    }
    isis = _select(
        closed,
        """PREFIX schema: <https://schema.org/>
        SELECT ?x WHERE { ?x schema:sameAs <http://www.wikidata.org/entity/Q2429253> }""",
    )
    assert isis == {(str(ID["actor/isis"]),)}


def test_export_carries_the_inferred_graph(project_copy_built: Path) -> None:
    from conflictkg.export import export_built
    from conflictkg.project import Project

    target = project_copy_built / "closed.trig"
    export_built(Project(project_copy_built), "trig", target, inferred=True)
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(target, format="trig")
    inferred = dataset.graph(URIRef(str(ID["graph/inferred"])))
    assert (ID["actor/jaysh-khalid-bin-al-walid"], RDF.type, CKG.IsisAffiliatedGroup) in inferred
    assert (ID["actor/iran"], CKG.indirectlySupports, ID["actor/iraqi-army"]) in inferred
    report = dataset.graph(URIRef(str(ID["graph/report/afp-2017-isis-territory"])))
    assert (ID["actor/jaysh-khalid-bin-al-walid"], RDF.type, CKG.IsisAffiliatedGroup) not in report


@pytest.mark.slow
def test_unsatisfiable_class_is_named_with_its_axioms(assembled: Assembled) -> None:
    from conflictkg.reason import class_axioms

    graph = _union(assembled)
    broken = URIRef(str(CKG) + "ArmedPlace")
    graph.add((broken, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")))
    graph.add((broken, URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"), CKG.Actor))
    graph.add((broken, URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"), CKG.Place))
    result = run_hermit(graph)
    assert result.consistent  # no individual is in it, so the data stays consistent
    assert str(broken) in result.unsatisfiable
    axioms = class_axioms(graph, broken)
    assert (
        "SubClassOf(ckg:ArmedPlace ckg:Actor)" in axioms
        and "SubClassOf(ckg:ArmedPlace ckg:Place)" in axioms
    )
