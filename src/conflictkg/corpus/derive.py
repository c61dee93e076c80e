"""Accounts across reports, derived by the build from the reports' graphs.

Written to the derived graph (id/graph/derived), never into a report's own graph:
- ckg:statedIn: the report whose graph states each fact node (event, situation, relation,
  claim);
- ckg:voice, ckg:accordingTo, ckg:voiceGivenBy: whose account each fact is. A node a claim
  claims, or an announcement announces, is in that voice, and so is what it covers: the
  control a claimed or announced capture starts, the sub-events of a claimed operation.
  A claim wins over an announcement it contains; ckg:reporterConfirms true on the node puts
  it back in the reporter's voice. Everything else is the reporter's (the report's agency);
- the same for a report's own groups and places that carry a figure (a size, a count):
  the voice of the facts that speak of them, a claim's first;
- ckg:asOf: an ongoing state holds as of the date of the report that says it;
- derived holdings (ckg:PriorHoldingRule): a capture of a place from an actor implies that
  the actor held (all or part of) the place until the capture. Derived only where the
  report does not itself tell that actor's control of the place ending with the capture;
  the node has no begin (not known), ends with the capture (its date, and its earliest and
  latest day as bounds), and names the capture it comes from.

And to the identity graph (id/graph/identity): the analyst's links (identity/*.ttl of the
dataset) as written, and the matching rule's: events of different reports with the same
type, a shared place and a shared agent, dated at most WINDOW_DAYS apart, grouped
transitively into one link a group. A node is in one link at most: the rule leaves alone
the nodes an analyst linked, and an analyst may not link a node twice.

Everything of the derived graph comes from one report's own triples and the base's class
hierarchy (and which agents are coded datasets): it is derived report by report
(`report_part`, in the build's worker processes), cached with the report, and a build after
one report changed replaces that report's part only. Identity is across reports: it is
worked out from every report's fact nodes and matchable events (kept in its part) each time.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, URIRef

from ..errors import InputError
from ..namespaces import CKG, GRAPH_DERIVED, GRAPH_IDENTITY, ID, PROV, report_graph, report_of
from ..rdfio import parse_turtle
from ..shacl import to_ox

WINDOW_DAYS = 3
FACT_KINDS = ("event", "situation", "relation", "claim")

_PREFIXES = f"""PREFIX ckg: <{CKG}>
PREFIX prov: <{PROV}>
PREFIX rdfs: <{RDFS}>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def _n(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _select(store: ox.Store, text: str) -> Iterator[ox.QuerySolution]:
    yield from store.query(_PREFIXES + text, use_default_graph_as_union=True)  # type: ignore[misc]


@dataclass(frozen=True)
class Report:
    iri: str
    agency: str | None
    date: str | None


def _reports(store: ox.Store) -> dict[str, Report]:
    found: dict[str, Report] = {}
    for row in _select(
        store,
        """SELECT ?r ?agency ?date WHERE { ?r a ckg:Report .
            OPTIONAL { ?r prov:wasAttributedTo ?agency } OPTIONAL { ?r ckg:reportDate ?date } }""",
    ):
        iri = row["r"].value
        slug = report_of(iri)
        if slug is not None:
            found[slug] = Report(
                iri,
                row["agency"].value if row["agency"] is not None else None,
                row["date"].value if row["date"] is not None else None,
            )
    return found


def _facts(store: ox.Store) -> dict[str, str]:
    """Fact node -> the slug of the report that states it."""
    facts: dict[str, str] = {}
    prefixes = tuple(str(ID[f"{kind}/"]) for kind in FACT_KINDS)
    for row in _select(store, "SELECT DISTINCT ?n WHERE { ?n a ?t FILTER (isIRI(?n)) }"):
        iri = row["n"].value
        if iri.startswith(prefixes):
            slug = report_of(iri)
            if slug is not None:
                facts[iri] = slug
    return facts


_COVERS = """SELECT ?giver ?kind ?who ?n WHERE {
  { ?giver a ckg:Claim ; ckg:claims ?n0 . BIND ("claim" AS ?kind)
    OPTIONAL { ?giver ckg:claimant ?who } }
  UNION
  { ?giver a ckg:Announcement . { ?giver ckg:announces ?n0 } UNION { ?n0 ckg:announcedIn ?giver }
    BIND ("announcement" AS ?kind) OPTIONAL { ?giver ckg:agent ?who } }
  ?n0 (ckg:startsControl|^ckg:startedBy|ckg:hasSubEvent|^ckg:subEventOf)* ?n .
}"""


def voices(store: ox.Store, facts: dict[str, str] | None = None) -> Iterator[ox.Triple]:
    """ckg:statedIn, ckg:voice, ckg:accordingTo, ckg:voiceGivenBy and ckg:asOf triples
    (`facts`: the store's fact nodes, when the caller has them)."""
    reports = _reports(store)
    facts = _facts(store) if facts is None else facts
    confirmed = {
        row["n"].value for row in _select(store, "SELECT ?n WHERE { ?n ckg:reporterConfirms true }")
    }
    coded = {row["a"].value for row in _select(store, "SELECT ?a WHERE { ?a a ckg:CodedDataset }")}
    given: dict[str, tuple[int, str, str, str | None]] = {}
    for row in _select(store, _COVERS):
        node = row["n"].value
        rank = 2 if row["kind"].value == "claim" else 1
        who = row["who"].value if row["who"] is not None else None
        candidate = (rank, row["giver"].value, row["kind"].value, who)
        if node not in given or candidate > given[node]:
            given[node] = candidate
    for node, slug in sorted(facts.items()):
        report = reports.get(slug)
        if report is None:
            continue
        subject = _n(node)
        yield ox.Triple(subject, _n(CKG.statedIn), _n(report.iri))
        giver = given.get(node)
        if giver is None or node in confirmed or giver[1] == node:
            voice, by, who = CKG.ReporterVoice, report.iri, report.agency
            if report.agency in coded:  # a coded dataset's rows, imported
                voice = CKG.CodedVoice
        else:
            _, by, kind, who = giver
            voice = CKG.AttributedVoice if kind == "claim" else CKG.AnnouncedVoice
        yield ox.Triple(subject, _n(CKG.voice), _n(voice))
        yield ox.Triple(subject, _n(CKG.voiceGivenBy), _n(by))
        if who is not None:
            yield ox.Triple(subject, _n(CKG.accordingTo), _n(who))
    yield from _holders(store, reports, facts, given, confirmed)
    for row in _select(store, "SELECT ?n WHERE { ?n ckg:ongoing true }"):
        node = row["n"].value
        report = reports.get(facts.get(node, ""))
        if report is not None and report.date is not None:
            yield ox.Triple(_n(node), _n(CKG.asOf), ox.Literal(report.date, datatype=_n(_XSD_DATE)))


_HOLDERS = """SELECT ?holder ?fact WHERE {
  ?holder ckg:size|ckg:count ?q .
  OPTIONAL { ?fact ?p ?holder . ?fact a ?t }
}"""


def _holders(
    store: ox.Store,
    reports: dict[str, Report],
    facts: dict[str, str],
    given: dict[str, tuple[int, str, str, str | None]],
    confirmed: set[str],
) -> Iterator[ox.Triple]:
    """Voice for the report's own groups and places that carry a figure (a size, a count):
    the voice of the facts that speak of them, a claim's first (the coalition's «about 1500
    fighters» is the coalition's figure even where the report goes on in its own voice)."""
    best: dict[str, tuple[int, str, str, str | None]] = {}
    for row in _select(store, _HOLDERS):
        holder = row["holder"].value
        slug = report_of(holder)
        if slug is None or slug not in reports or holder in facts:
            continue
        fact = row["fact"].value if row["fact"] is not None else None
        candidate = (0, reports[slug].iri, "report", reports[slug].agency)
        if fact is not None and fact in given and fact not in confirmed:
            candidate = given[fact]
        if holder not in best or candidate > best[holder]:
            best[holder] = candidate
    kinds = {"claim": CKG.AttributedVoice, "announcement": CKG.AnnouncedVoice}
    for holder, (_, by, kind, who) in sorted(best.items()):
        subject = _n(holder)
        yield ox.Triple(subject, _n(CKG.statedIn), _n(reports[report_of(holder) or ""].iri))
        yield ox.Triple(subject, _n(CKG.voice), _n(kinds.get(kind, CKG.ReporterVoice)))
        yield ox.Triple(subject, _n(CKG.voiceGivenBy), _n(by))
        if who is not None:
            yield ox.Triple(subject, _n(CKG.accordingTo), _n(who))


_XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"

# the kinds of capture first (few), then their captures: a path from every typed node, and
# the ended period matched from its ckg:endedBy, took 7.9 s on 1,000 events (now 0.1 s)
_CAPTURES = """SELECT ?e ?loser ?place ?stamp ?earliest ?latest WHERE {
  ?type rdfs:subClassOf* ckg:Capture .
  ?e a ?type ; ckg:opponent ?loser ; ckg:place ?place .
  FILTER NOT EXISTS { ?c ckg:endedBy ?e ; ckg:controller ?loser ; ckg:controlledPlace ?place }
  FILTER NOT EXISTS { ?e ckg:endsControl ?c . ?c ckg:controller ?loser ; ckg:controlledPlace ?place }
  OPTIONAL { ?e ckg:date ?stamp } OPTIONAL { ?e ckg:earliestBegin ?earliest }
  OPTIONAL { ?e ckg:latestEnd ?latest }
}"""


def holdings(store: ox.Store) -> Iterator[ox.Triple]:
    """Derived holdings: the loser of each capture held (all or part of) its place until
    the capture: at least until the capture's earliest day, at most until its latest."""
    for row in _select(store, _CAPTURES):
        event = row["e"].value
        slug = report_of(event) or "unknown"
        local = event.rsplit("/", 1)[-1]
        loser, place = row["loser"].value, row["place"].value
        digest = hashlib.sha256(f"{loser} {place}".encode()).hexdigest()[:10]
        node = _n(ID[f"derived/holding/{slug}/{local}-{digest}"])
        yield ox.Triple(node, _n(RDF.type), _n(CKG.ControlPeriod))
        yield ox.Triple(node, _n(CKG.controller), row["loser"])
        yield ox.Triple(node, _n(CKG.controlledPlace), row["place"])
        yield ox.Triple(node, _n(CKG.endedBy), _n(event))
        yield ox.Triple(node, _n(CKG.derivedBy), _n(CKG.PriorHoldingRule))
        yield ox.Triple(node, _n(CKG.derivedFrom), _n(event))
        label = f"held (all or part of it) until the capture {local}; since when is not known"
        yield ox.Triple(node, _n(RDFS.label), ox.Literal(label, language="en"))
        for prop, key in (
            (CKG.endDate, "stamp"),
            (CKG.earliestEnd, "earliest"),
            (CKG.latestEnd, "latest"),
        ):
            if row[key] is not None:
                yield ox.Triple(node, _n(prop), row[key])


# ------------------------------------------------------------------ report by report
_SUBCLASS_OF, _TYPE, _CODED = (_n(RDFS.subClassOf), _n(RDF.type), _n(CKG.CodedDataset))


@dataclass(frozen=True)
class Context:
    """What deriving a report's accounts reads beyond the report: the class hierarchy and
    which agents are coded datasets (from the base)."""

    triples: tuple[ox.Triple, ...]

    @classmethod
    def of(cls, quads: Iterable[ox.Quad | ox.Triple]) -> Context:
        kept = {
            ox.Triple(q.subject, q.predicate, q.object)
            for q in quads
            if q.predicate == _SUBCLASS_OF or (q.predicate == _TYPE and q.object == _CODED)
        }
        return cls(tuple(sorted(kept, key=str)))


Matchable = tuple[str, str, str, str, str]  # node, its most specific type, place, agent, date


@dataclass(frozen=True)
class Part:
    """One report's share of the derived graph (sorted N-Triples: empty when read from the
    cache without them, `size` still says how many), and what identity matching needs of
    it: its fact nodes and its matchable events."""

    ntriples: bytes
    facts: tuple[str, ...]
    matchable: tuple[Matchable, ...]
    size: int = -1  # its triples (-1: count them in `ntriples`)

    @property
    def triples(self) -> int:
        return self.ntriples.count(b"\n") if self.size < 0 else self.size

    def record(self) -> dict[str, Any]:
        """What the cache keeps beside the triples' own file."""
        return {
            "triples": self.triples,
            "facts": list(self.facts),
            "matchable": [list(m) for m in self.matchable],
        }

    @classmethod
    def from_record(cls, record: dict[str, Any], ntriples: bytes = b"") -> Part:
        return cls(
            ntriples,
            tuple(record["facts"]),
            tuple((m[0], m[1], m[2], m[3], m[4]) for m in record["matchable"]),
            int(record["triples"]),
        )


def report_part(ntriples: bytes, context: Context) -> Part:
    """The derived triples of one report (its named graph's N-Triples), on a store of its
    own beside the base's class hierarchy (about 6 ms for a report of 25 events)."""
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in context.triples)
    store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, lenient=True)
    facts = _facts(store)
    triples = sorted({*voices(store, facts), *holdings(store)}, key=str)
    matchable = sorted(
        (row["e"].value, row["type"].value, row["place"].value, row["agent"].value, row["d"].value)
        for row in _select(store, _MATCHABLE)
        if row["e"].value in facts
    )
    return Part(
        ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"",
        tuple(sorted(facts)),
        tuple(matchable),
    )


def parts(store: ox.Store) -> dict[str, Part]:
    """Each report graph's part, for a store holding report graphs (named
    id/graph/report/<slug>) beside the base (any other graph)."""
    prefix = str(report_graph(""))
    reports: dict[str, list[ox.Triple]] = defaultdict(list)
    rest: list[ox.Quad] = []
    for quad in store:
        name = quad.graph_name
        if isinstance(name, ox.NamedNode) and name.value.startswith(prefix):
            reports[name.value[len(prefix) :]].append(
                ox.Triple(quad.subject, quad.predicate, quad.object)
            )
        else:
            rest.append(quad)
    context = Context.of(rest)
    return {
        slug: report_part(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", context)
        for slug, triples in sorted(reports.items())
    }


# ------------------------------------------------------------------ identity
def analyst_links(files: Iterable[Path], facts: dict[str, str]) -> Graph:
    """The analyst's identity links, checked: each an IRI under id/link/, of type
    ckg:IdentityLink, linking two or more fact nodes that the dataset's reports state, from
    two reports at least, each node in one link only, with a reason (rdfs:comment)."""
    links = Graph()
    owner: dict[str, str] = {}
    for path in files:
        graph = parse_turtle(path)
        for link in sorted(set(graph.subjects(RDF.type, CKG.IdentityLink)), key=str):
            where = f"<{link}>"
            if not isinstance(link, URIRef) or not str(link).startswith(str(ID["link/"])):
                raise InputError(
                    f"the identity link {where} must be an IRI under {ID['link/']}", path
                )
            nodes = sorted(str(n) for n in graph.objects(link, CKG.links))
            unknown = [n for n in nodes if n not in facts]
            if unknown:
                raise InputError(
                    f"the identity link {where} links <{unknown[0]}>, which no report of the "
                    "dataset states",
                    path,
                    hint="Link events, situations, relations or claims of the dataset's reports.",
                )
            if len({facts[n] for n in nodes}) < 2:
                raise InputError(
                    f"the identity link {where} must link nodes of two reports at least", path
                )
            if graph.value(link, RDFS.comment) is None:
                raise InputError(f"the identity link {where} must say why (rdfs:comment)", path)
            for node in nodes:
                if node in owner:
                    raise InputError(
                        f"<{node}> is linked twice, by {where} and <{owner[node]}>",
                        path,
                        hint="One link a group: put every node of the event in one link.",
                    )
                owner[node] = str(link)
            links.add((link, RDF.type, CKG.IdentityLink))
            links.add((link, CKG.linkMethod, CKG.AnalystJudgement))
            for p in (CKG.links, CKG.linkedBy, RDFS.comment, RDFS.label):
                for o in graph.objects(link, p):
                    links.add((link, p, o))
    return links


_MATCHABLE = """SELECT ?e ?type ?place ?agent ?d WHERE {
  ?e a ?type ; ckg:place ?place ; ckg:agent ?agent ; ckg:date ?d .
  FILTER (DATATYPE(?d) = xsd:date && ?type != ckg:Announcement)
  FILTER NOT EXISTS { ?e a ?sub . ?sub rdfs:subClassOf+ ?type }
}"""


def rule_links(
    matchable: Iterable[Matchable], facts: Mapping[str, str], taken: set[str]
) -> Iterator[ox.Triple]:
    """The matching rule's links (see the module doc)."""
    by_key: dict[tuple[str, str, str], list[tuple[date, str]]] = defaultdict(list)
    for node, type_, place, agent, day_text in matchable:
        if node in taken or node not in facts:
            continue
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            continue
        by_key[(type_, place, agent)].append((day, node))
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for events in by_key.values():
        events.sort()
        for i, (day, node) in enumerate(events):
            for later, other in events[i + 1 :]:
                if (later - day).days > WINDOW_DAYS:
                    break
                if facts[node] != facts[other]:
                    parent[find(node)] = find(other)
    groups: dict[str, list[str]] = defaultdict(list)
    for node in parent:
        groups[find(node)].append(node)
    for nodes in groups.values():
        if len(nodes) < 2:
            continue
        nodes.sort()
        link = _n(ID["link/rule/" + hashlib.sha256(" ".join(nodes).encode()).hexdigest()[:16]])
        yield ox.Triple(link, _n(RDF.type), _n(CKG.IdentityLink))
        yield ox.Triple(link, _n(CKG.linkMethod), _n(CKG.MatchingRule))
        why = (
            "same type, place and agent, dated at most "
            f"{WINDOW_DAYS} days apart, in {len({facts[n] for n in nodes})} reports"
        )
        yield ox.Triple(link, _n(RDFS.comment), ox.Literal(why, language="en"))
        for node in nodes:
            yield ox.Triple(link, _n(CKG.links), _n(node))


def links(parts: Mapping[str, Part], files: Iterable[Path]) -> list[ox.Triple]:
    """Everything of the identity graph, from every report's part."""
    facts = {node: slug for slug, part in parts.items() for node in part.facts}
    analyst = analyst_links(files, facts)
    taken = {str(o) for o in analyst.objects(None, CKG.links)}
    triples = {ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in analyst}  # type: ignore[arg-type]
    matchable = (m for part in parts.values() for m in part.matchable)
    triples.update(rule_links(matchable, facts, taken))
    return sorted(triples, key=str)


def identity(store: ox.Store, files: Iterable[Path]) -> list[ox.Triple]:
    """Everything of the identity graph, for the store's reports."""
    return links(parts(store), files)


def graphs(store: ox.Store, identity_files: Iterable[Path]) -> dict[str, list[ox.Triple]]:
    """The derived and identity graphs, by graph IRI, for the store's reports."""
    shares = parts(store)
    derived = (
        t for p in shares.values() for t in ox.parse(p.ntriples, format=ox.RdfFormat.N_TRIPLES)
    )
    return {
        str(GRAPH_DERIVED): sorted(derived, key=str),
        str(GRAPH_IDENTITY): links(shares, identity_files),
    }
