"""The encoding against the text: inferences are marked, labels are as printed, claims are
kept apart from the reporter's voice, places sit where they should."""

from __future__ import annotations

import re

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from conflictkg.arabic import fold
from conflictkg.build import Assembled
from conflictkg.namespaces import CKG, GEO, ID, OA

STAMPS = (CKG.date, CKG.beginDate, CKG.endDate)
BOUNDS = (CKG.earliestBegin, CKG.latestBegin, CKG.earliestEnd, CKG.latestEnd)


def _quotes(graph: Graph, node: URIRef) -> list[str]:
    quotes = []
    for evidence in graph.objects(node, CKG.evidence):
        for selector in graph.objects(graph.value(evidence, OA.hasTarget), OA.hasSelector):
            exact = graph.value(selector, OA.exact)
            if exact is not None:
                quotes.append(str(exact))
    return quotes


def _inferred_properties(graph: Graph, node: URIRef) -> set[URIRef]:
    return {graph.value(i, CKG.aboutProperty) for i in graph.objects(node, CKG.inference)}  # type: ignore[misc]


def test_every_stated_time_is_read_or_marked_inferred(assembled: Assembled) -> None:
    """A stamp whose year does not appear in the node's quotes was inferred (a weekday, a
    month without its year): it must say so."""
    report = assembled.reports[0]
    authored = Graph().parse(report.path, format="turtle")  # before bounds are derived
    graph = report.resolved
    unmarked = []
    for prop in (*STAMPS, *BOUNDS):
        for node, value in authored.subject_objects(prop):
            year = str(value)[:4]
            if any(year in q for q in _quotes(graph, node)):
                continue
            inferred = _inferred_properties(graph, node)
            if prop in inferred or (prop in BOUNDS and inferred & set(STAMPS)):
                continue
            unmarked.append(
                (str(node).rsplit("/", 1)[-1], str(prop).rsplit("#", 1)[-1], str(value))
            )
    assert unmarked == []


def test_states_named_by_metonym_are_marked(assembled: Assembled) -> None:
    """The report never names the United States, Russia or Iran: «واشنطن», «أميركي»,
    «روسي», «طهران». Every relation that has them as a party says it resolved a metonym."""
    graph = assembled.reports[0].resolved
    states = {ID["actor/united-states"], ID["actor/russia"], ID["actor/iran"]}
    found = 0
    for node, prop, value in graph.triples((None, None, None)):
        if value in states and prop in (CKG.supporter, CKG.leader):
            found += 1
            kinds = {
                graph.value(i, CKG.inferenceKind)
                for i in graph.objects(node, CKG.inference)
                if graph.value(i, CKG.aboutProperty) == prop
            }
            assert CKG.MetonymResolution in kinds, node
    assert found == 5


def test_report_date_is_an_inference_from_thursday(assembled: Assembled) -> None:
    graph = assembled.reports[0].resolved
    report = ID["report/afp-2017-isis-territory"]
    assert graph.value(report, CKG.reportDate) == Literal(
        "2017-11-09", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")
    )
    inference = graph.value(report, CKG.inference)
    assert graph.value(inference, CKG.inferenceKind) == CKG.WeekdayResolution
    assert str(graph.value(inference, CKG.printedForm)) == "الخميس"


def test_a_month_is_never_a_fake_day(assembled: Assembled) -> None:
    """Months stay months: «أيلول/سبتمبر» is 2017-09, «بداية تشرين الثاني» is 2017-11."""
    graph = assembled.reports[0].resolved
    assert (
        str(graph.value(ID["event/afp-2017-isis-territory/siege-break-deir-ez-zor"], CKG.date))
        == "2017-09"
    )
    capture = ID["event/afp-2017-isis-territory/capture-deir-ez-zor-city"]
    stamp = graph.value(capture, CKG.date)
    assert str(stamp) == "2017-11" and stamp.datatype.endswith("gYearMonth")  # type: ignore[union-attr]
    assert str(graph.value(capture, CKG.earliestBegin)) == "2017-11-01"


def test_claims_stay_in_the_claimants_voice(assembled: Assembled) -> None:
    graph = assembled.reports[0].resolved
    claims = list(graph.subjects(RDF.type, CKG.Claim))
    assert len(claims) == 1
    claimed = graph.value(claims[0], CKG.claims)
    assert graph.value(claims[0], CKG.claimant) == ID["actor/international-coalition"]
    # nothing in the reporter's voice refers to the claimed presence
    referrers = {s for s, p in graph.subject_predicates(claimed) if p != OA.hasBody}
    assert referrers == {claims[0]}


def _labels(graph: Graph, node: URIRef) -> set[str]:
    return {
        str(label)
        for prop in (RDFS.label, SKOS.altLabel, SKOS.hiddenLabel)
        for label in graph.objects(node, prop)
        if isinstance(label, Literal) and label.language == "ar"
    }


NOT_PRINTED = {  # entities the gazetteer knows but the report names only by metonym or not at all
    "actor/united-states",
    "actor/russia",
    "actor/iran",
    "actor/afp",
    "actor/acled",  # the datasets import-acled and import-ucdp attribute imported rows to
    "actor/ucdp",
    "actor/iraqi-government",
    "place/lebanon",
    "place/nineveh-province",
    "place/kirkuk-province",
    "place/raqqa-province",
}


def test_arabic_labels_are_as_printed(assembled: Assembled, source_text: str) -> None:
    """Every actor and place the report mentions has an Arabic label or variant that occurs
    verbatim in the text."""
    union = Graph()
    for g in assembled.graphs.values():
        union += g
    entities = {
        s
        for s, o in union.subject_objects(RDF.type)
        if isinstance(s, URIRef)
        and str(s).startswith(str(ID))
        and (str(s).startswith(str(ID["actor/"])) or str(s).startswith(str(ID["place/"])))
    }
    assert len(entities) > 40
    not_found = []
    for entity in sorted(entities):
        path = str(entity)[len(str(ID)) :]
        if path in NOT_PRINTED:
            continue
        if not any(label in source_text for label in _labels(union, entity)):
            not_found.append((path, sorted(_labels(union, entity))))
    assert not_found == []


def test_government_head_office_is_printed(source_text: str) -> None:
    assert "رئيس الحكومة العراقية" in source_text  # the organisation is named through the office


def test_containment_has_no_cycles(assembled: Assembled) -> None:
    union = Graph()
    for g in assembled.graphs.values():
        union += g
    for place in set(union.subjects(CKG.within, None)):
        assert place not in set(union.transitive_objects(place, CKG.within)) - {place}


_POINT = re.compile(r"POINT\((-?[\d.]+) (-?[\d.]+)\)")


def test_points_lie_in_the_region(assembled: Assembled) -> None:
    """Longitude first: every point of the gazetteer lies between 35E-45E and 32N-38N."""
    gazetteer = assembled.graphs[ID["graph/gazetteer"]]
    points = [_POINT.match(str(w)) for w in gazetteer.objects(None, GEO.asWKT)]
    points = [m for m in points if m]
    assert len(points) > 25
    for m in points:
        lon, lat = float(m.group(1)), float(m.group(2))
        assert 35 <= lon <= 45 and 32 <= lat <= 38, m.group(0)


def test_arabic_folding_matches_variant_spellings() -> None:
    assert fold("تنظيم الدولة الإسلامية") == fold("تنظيم الدولة الاسلامية")
    assert fold("الأحياء") == fold("الاحياء")
    assert fold("مدينةُ") == fold("مدينه")
    assert fold("قوات") != fold("قرات")
