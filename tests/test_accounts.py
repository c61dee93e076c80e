"""Accounts across reports on small graphs (issue #17): voice, as-of, derived holdings,
identity links and disagreements, each rule on a graph written for it."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from conflictkg.corpus import derive, disagreements
from conflictkg.corpus.accounts import load
from conflictkg.errors import InputError
from conflictkg.namespaces import CKG, GRAPH_DERIVED, GRAPH_IDENTITY, ID, report_graph

PREFIXES = """
@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix actor: <https://w3id.org/conflict-kg/id/actor/> .
@prefix place: <https://w3id.org/conflict-kg/id/place/> .
@prefix report: <https://w3id.org/conflict-kg/id/report/> .
@prefix link: <https://w3id.org/conflict-kg/id/link/> .
"""

ONTOLOGY = """
ckg:Recapture rdfs:subClassOf ckg:Capture .
ckg:Expulsion rdfs:subClassOf ckg:Capture .
place:town ckg:within place:province .
actor:agency rdfs:label "Agency"@en . actor:army rdfs:label "Army"@en .
actor:group rdfs:label "Group"@en . actor:monitor rdfs:label "Monitor"@en .
ckg:PartialControl rdfs:label "part"@en .
"""


def report(slug: str, day: str, agency: str, body: str) -> str:
    """A report graph: its report node and facts (prefixes e:, s:, c: for its own nodes)."""
    return f"""
@prefix e: <https://w3id.org/conflict-kg/id/event/{slug}/> .
@prefix s: <https://w3id.org/conflict-kg/id/situation/{slug}/> .
@prefix c: <https://w3id.org/conflict-kg/id/claim/{slug}/> .
@prefix g: <https://w3id.org/conflict-kg/id/actor/{slug}/> .
report:{slug} a ckg:Report ; ckg:reportDate "{day}"^^xsd:date ; prov:wasAttributedTo actor:{agency} .
{body}
"""


def store_of(reports: dict[str, str], extra: str = "") -> ox.Store:
    store = ox.Store()
    store.load((PREFIXES + ONTOLOGY + extra).encode(), format=ox.RdfFormat.TURTLE)
    for slug, text in reports.items():
        store.load(
            (PREFIXES + text).encode(),
            format=ox.RdfFormat.TURTLE,
            to_graph=ox.NamedNode(str(report_graph(slug))),
        )
    return store


def derived(store: ox.Store, identity_files: tuple[Path, ...] = ()) -> ox.Store:
    """The store with its derived and identity graphs, as a build leaves it."""
    for name, triples in derive.graphs(store, identity_files).items():
        graph = ox.NamedNode(name)
        store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
    return store


def value(store: ox.Store, node: str, prop: str) -> str | None:
    quads = list(store.quads_for_pattern(ox.NamedNode(node), ox.NamedNode(prop), None, None))
    return quads[0].object.value if quads else None


def ev(slug: str, name: str) -> str:
    return str(ID[f"event/{slug}/{name}"])


def sit(slug: str, name: str) -> str:
    return str(ID[f"situation/{slug}/{name}"])


# ------------------------------------------------------------------ voice and as-of
CLAIMED = report(
    "r1",
    "2017-11-10",
    "agency",
    """
c:monitor-says a ckg:Claim ; ckg:claimant actor:monitor ; ckg:claims s:fighters .
s:fighters a ckg:Presence ; ckg:hasParticipant g:fighters ; ckg:place place:town .
g:fighters a ckg:UnnamedGroup ; ckg:size [ a ckg:Quantity ; ckg:value 1500 ] .
e:announcement a ckg:Announcement ; ckg:agent actor:army ; ckg:announces e:capture ;
    ckg:date "2017-11-09"^^xsd:date .
e:capture a ckg:Recapture ; ckg:agent actor:army ; ckg:opponent actor:group ;
    ckg:place place:town ; ckg:startsControl s:army-holds .
s:army-holds a ckg:ControlPeriod ; ckg:controller actor:army ; ckg:controlledPlace place:town ;
    ckg:ongoing true .
e:confirmed-announcement a ckg:Announcement ; ckg:agent actor:army ; ckg:announces e:confirmed ;
    ckg:date "2017-11-09"^^xsd:date .
e:confirmed a ckg:Capture ; ckg:agent actor:army ; ckg:place place:province ;
    ckg:reporterConfirms true .
e:battle a ckg:Battle ; ckg:hasParticipant actor:army , actor:group ; ckg:ongoing false .
""",
)


def test_a_claim_covers_its_figures_and_an_announcement_what_it_starts() -> None:
    store = derived(store_of({"r1": CLAIMED}))
    voice, by = str(CKG.voice), str(CKG.accordingTo)
    # the claimed presence, and the group whose size it gives: the monitor's word
    assert value(store, sit("r1", "fighters"), voice) == str(CKG.AttributedVoice)
    fighters = str(ID["actor/r1/fighters"])
    assert value(store, fighters, voice) == str(CKG.AttributedVoice)
    assert value(store, fighters, by) == str(ID["actor/monitor"])
    # the announced capture, and the control it starts: the army's word
    assert value(store, ev("r1", "capture"), voice) == str(CKG.AnnouncedVoice)
    assert value(store, sit("r1", "army-holds"), voice) == str(CKG.AnnouncedVoice)
    assert value(store, sit("r1", "army-holds"), by) == str(ID["actor/army"])
    # stated in the report's own voice as well: the report's
    assert value(store, ev("r1", "confirmed"), voice) == str(CKG.ReporterVoice)
    # the rest, and the announcements and claims themselves: the reporter's (its agency)
    assert value(store, ev("r1", "battle"), voice) == str(CKG.ReporterVoice)
    assert value(store, ev("r1", "announcement"), by) == str(ID["actor/agency"])
    assert value(store, ev("r1", "battle"), str(CKG.statedIn)) == str(ID["report/r1"])


def test_ongoing_holds_as_of_its_report_date_only() -> None:
    store = derived(store_of({"r1": CLAIMED}))
    assert value(store, sit("r1", "army-holds"), str(CKG.asOf)) == "2017-11-10"
    assert value(store, ev("r1", "battle"), str(CKG.asOf)) is None  # not ongoing


# ------------------------------------------------------------------ derived holdings
def test_a_capture_implies_the_loser_held_the_place_until_it() -> None:
    text = report(
        "r2",
        "2017-11-20",
        "agency",
        """
e:taken a ckg:Capture ; ckg:agent actor:army ; ckg:opponent actor:group ; ckg:place place:town ;
    ckg:earliestBegin "2017-11-15"^^xsd:date ; ckg:latestEnd "2017-11-19"^^xsd:date .
e:told a ckg:Capture ; ckg:agent actor:army ; ckg:opponent actor:group ; ckg:place place:province ;
    ckg:latestEnd "2017-11-19"^^xsd:date .
s:group-held a ckg:ControlPeriod ; ckg:controller actor:group ;
    ckg:controlledPlace place:province ; ckg:endedBy e:told .
""",
    )
    triples = list(derive.holdings(store_of({"r2": text})))
    holdings = {t.subject for t in triples}
    assert len(holdings) == 1, "the hold the report tells itself is not derived again"
    facts = {(t.predicate.value, t.object.value) for t in triples}
    assert (str(CKG.controller), str(ID["actor/group"])) in facts
    assert (str(CKG.controlledPlace), str(ID["place/town"])) in facts
    assert (str(CKG.derivedFrom), ev("r2", "taken")) in facts
    assert (str(CKG.earliestEnd), "2017-11-15") in facts  # held at least until then
    assert (str(CKG.latestEnd), "2017-11-19") in facts
    assert not any(p == str(CKG.latestBegin) for p, _ in facts), "since when is not known"


# ------------------------------------------------------------------ identity
def capture(slug: str, day: str, place: str = "town", agent: str = "army") -> str:
    return report(
        slug,
        day,
        "agency",
        f"""e:taken a ckg:Capture ; ckg:agent actor:{agent} ; ckg:place place:{place} ;
            ckg:date "{day}"^^xsd:date .""",
    )


def links_of(store: ox.Store) -> list[set[str]]:
    triples = derive.identity(store, ())
    links: dict[str, set[str]] = {}
    for t in triples:
        if t.predicate.value == str(CKG.links):
            links.setdefault(t.subject.value, set()).add(t.object.value)
    return sorted(links.values(), key=sorted)


def test_the_matching_rule_links_one_event_told_by_several_reports() -> None:
    store = store_of(
        {
            "a": capture("a", "2017-11-19"),
            "b": capture("b", "2017-11-20"),
            "c": capture("c", "2017-11-22"),  # three days after b: the same, through b
            "d": capture("d", "2017-11-30"),  # eight days after c: another
            "e": capture("e", "2017-11-19", place="province"),  # another place
            "f": capture("f", "2017-11-19", agent="group"),  # another agent
        }
    )
    assert links_of(store) == [{ev("a", "taken"), ev("b", "taken"), ev("c", "taken")}]


def test_the_rule_does_not_link_two_events_of_one_report() -> None:
    text = report(
        "a",
        "2017-11-19",
        "agency",
        """e:one a ckg:Capture ; ckg:agent actor:army ; ckg:place place:town ;
               ckg:date "2017-11-18"^^xsd:date .
           e:two a ckg:Capture ; ckg:agent actor:army ; ckg:place place:town ;
               ckg:date "2017-11-19"^^xsd:date .""",
    )
    assert links_of(store_of({"a": text})) == []


def analyst_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "links.ttl"
    path.write_text(PREFIXES + body, encoding="utf-8")
    return path


def test_the_analyst_links_are_kept_and_the_rule_leaves_their_nodes_alone(
    tmp_path: Path,
) -> None:
    store = store_of({"a": capture("a", "2017-11-19"), "b": capture("b", "2017-11-19")})
    path = analyst_file(
        tmp_path,
        f"""link:taken a ckg:IdentityLink ; ckg:links <{ev("a", "taken")}> , <{ev("b", "taken")}> ;
            ckg:linkedBy "an analyst" ; rdfs:comment "the same capture" .""",
    )
    triples = derive.identity(store, (path,))
    methods = {t.object.value for t in triples if t.predicate.value == str(CKG.linkMethod)}
    assert methods == {str(CKG.AnalystJudgement)}
    assert {t.subject.value for t in triples} == {str(ID["link/taken"])}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'link:x a ckg:IdentityLink ; ckg:links <{a}> , <{nowhere}> ; rdfs:comment "why" .',
            "which no report of the dataset states",
        ),
        (
            'link:x a ckg:IdentityLink ; ckg:links <{a}> , <{b}> ; rdfs:comment "why" .\n'
            'link:y a ckg:IdentityLink ; ckg:links <{a}> , <{b}> ; rdfs:comment "why" .',
            "is linked twice",
        ),
        ('link:x a ckg:IdentityLink ; ckg:links <{a}> ; rdfs:comment "why" .', "two reports"),
        ("link:x a ckg:IdentityLink ; ckg:links <{a}> , <{b}> .", "must say why"),
        (
            '<https://example.org/x> a ckg:IdentityLink ; ckg:links <{a}> , <{b}> ; rdfs:comment "w" .',
            "must be an IRI under",
        ),
    ],
)
def test_bad_analyst_links_are_refused(tmp_path: Path, body: str, message: str) -> None:
    store = store_of({"a": capture("a", "2017-11-19"), "b": capture("b", "2017-11-19")})
    path = analyst_file(
        tmp_path,
        body.format(a=ev("a", "taken"), b=ev("b", "taken"), nowhere=ev("z", "taken")),
    )
    with pytest.raises(InputError, match=message) as caught:
        derive.identity(store, (path,))
    assert caught.value.path == path


# ------------------------------------------------------------------ disagreements
def found(reports: dict[str, str], links: str = "", tmp_path: Path | None = None) -> list[str]:
    files: tuple[Path, ...] = ()
    if links:
        assert tmp_path is not None
        files = (analyst_file(tmp_path, links),)
    accounts = load(derived(store_of(reports), files))
    return [
        f"{d.kind}: {d.says[0]} / {d.says[1]} {d.revision}".strip()
        for d in disagreements.find(accounts)
    ]


LOST = report(
    "lost",
    "2017-11-09",
    "agency",
    """e:announced a ckg:Announcement ; ckg:agent actor:army ; ckg:announces e:taken ;
           ckg:date "2017-11-09"^^xsd:date .
       e:taken a ckg:Recapture ; ckg:agent actor:army ; ckg:opponent actor:group ;
           ckg:place place:town ; ckg:latestEnd "2017-11-09"^^xsd:date .""",
)


def holds(slug: str, day: str, since: str = "") -> str:
    bound = f'ckg:earliestBegin "{since}"^^xsd:date ;' if since else ""
    return report(
        slug,
        day,
        "agency",
        f"""s:holds a ckg:ControlPeriod ; ckg:controller actor:group ; ckg:controlledPlace place:town ;
               ckg:extent ckg:PartialControl ; {bound} ckg:latestBegin "{day}"^^xsd:date ;
               ckg:ongoing true .""",
    )


def test_a_later_report_of_the_loser_still_holding_the_place_disagrees() -> None:
    assert found({"lost": LOST, "held": holds("held", "2017-11-11")}) == [
        "control: Group lost it by 2017-11-09 / Group holds it (part) on 2017-11-11 .. 2017-11-11"
    ]


def test_a_hold_told_as_taken_back_after_the_loss_is_a_change_not_a_disagreement() -> None:
    assert found({"lost": LOST, "held": holds("held", "2017-11-11", since="2017-11-10")}) == []


def test_two_voices_of_one_report_can_disagree_but_one_voice_does_not() -> None:
    two_voices = report(
        "one",
        "2017-11-11",
        "agency",
        """e:announced a ckg:Announcement ; ckg:agent actor:army ; ckg:announces e:taken ;
               ckg:date "2017-11-09"^^xsd:date .
           e:taken a ckg:Recapture ; ckg:agent actor:army ; ckg:opponent actor:group ;
               ckg:place place:town ; ckg:latestEnd "2017-11-09"^^xsd:date .
           c:monitor-says a ckg:Claim ; ckg:claimant actor:monitor ; ckg:claims s:holds .
           s:holds a ckg:ControlPeriod ; ckg:controller actor:group ; ckg:controlledPlace place:town ;
               ckg:extent ckg:PartialControl ; ckg:latestBegin "2017-11-11"^^xsd:date ;
               ckg:ongoing true .""",
    )
    assert [d.split(":")[0] for d in found({"one": two_voices})] == ["control"]
    one_voice = two_voices.replace(
        "c:monitor-says a ckg:Claim ; ckg:claimant actor:monitor ; ckg:claims s:holds .", ""
    ).replace("ckg:announces e:taken", "ckg:announces e:other")
    assert found({"one": one_voice}) == [], "a report's own account is one side, not two"


def test_dates_that_cannot_both_be_right_disagree_and_a_year_and_a_day_do_not(
    tmp_path: Path,
) -> None:
    def declared(slug: str, stamp: str, datatype: str) -> str:
        return report(
            slug,
            "2017-11-20",
            "agency",
            f'e:declared a ckg:CaliphateDeclaration ; ckg:agent actor:group ; ckg:date "{stamp}"^^xsd:{datatype} ;'
            f' ckg:earliestBegin "{stamp[:4]}-{stamp[5:7] or "01"}-01"^^xsd:date ;'
            f' ckg:latestEnd "{stamp[:4]}-{stamp[5:7] or "12"}-{"29" if stamp[5:7] == "06" else "31"}"^^xsd:date .',
        )

    reports = {
        "june": declared("june", "2014-06", "gYearMonth"),
        "july": declared("july", "2014-07", "gYearMonth"),
        "year": declared("year", "2014", "gYear"),
    }
    links = (
        "link:declared a ckg:IdentityLink ; ckg:links "
        + " , ".join(f"<{ev(s, 'declared')}>" for s in reports)
        + ' ; rdfs:comment "one declaration" ; rdfs:label "The declaration"@en .'
    )
    assert found(reports, links, tmp_path) == ["date: dated 2014-06 / dated 2014-07"]


def test_figures_differ_and_a_revision_says_so(tmp_path: Path) -> None:
    def share(slug: str, day: str, figure: int, revises: str = "") -> str:
        extra = f"report:{slug} ckg:revises report:{revises} ." if revises else ""
        return report(
            slug,
            day,
            "agency",
            f"""{extra}
            s:holds a ckg:ControlPeriod ; ckg:controller actor:group ; ckg:controlledPlace place:town ;
                ckg:extent ckg:PartialControl ; ckg:share [ ckg:value {figure} ] .""",
        )

    reports = {
        "first": share("first", "2017-11-10", 50),
        "second": share("second", "2017-11-12", 40, "first"),
    }
    links = (
        f"link:held a ckg:IdentityLink ; ckg:links <{sit('first', 'holds')}> , <{sit('second', 'holds')}> ;"
        ' rdfs:comment "one hold" ; rdfs:label "The hold"@en .'
    )
    assert found(reports, links, tmp_path) == ["figure: 50% / 40% second revises first"]


def test_graph_names_of_the_derived_layers() -> None:
    names = set(derive.graphs(store_of({"r1": CLAIMED}), ()))
    assert names == {str(GRAPH_DERIVED), str(GRAPH_IDENTITY)}
