"""The graph's events in the layouts of ACLED and UCDP GED (CSV), for pandas, R, QGIS and
the spreadsheets analysts keep.

One row per event and place. An event told by several reports and linked as one (the
identity graph) is one row whose source names every report; an event's place must have
coordinates. The codes come from the alignment module (ontology/modules/alignment.ttl:
SKOS concept schemes of ACLED, UCDP and CAMEO codes, mapped from conflict-kg's classes), by
the coding rules written there: a capture is «Government regains territory» when the taker
is a state force in its own country (ACLED inter 1), «Non-state actor overtakes territory»
otherwise; UCDP's type of violence is state-based when a state force is on either side.
Fatalities are the killed the reports count (ckg:casualties; by side and civilians for UCDP).
What the reports do not say stays empty — and never invented; what a layout cannot hold (an event known only to the year, for ACLED) is left out
and counted. Every row keeps the graph's IRI and the Arabic words that state the event.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..errors import InputError
from ..namespaces import PREFIXES
from ..timebounds import stamp_span
from .geojson import geometry, representative_point

_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
_CODE = "https://w3id.org/conflict-kg/code/"
_XSD = "http://www.w3.org/2001/XMLSchema#"

# the event classes each layout codes, and their family for the coding rules
CODED = {
    "Capture": "capture",
    "Recapture": "capture",
    "Expulsion": "capture",
    "Battle": "battle",
    "SiegeBreak": "siege break",
    "Withdrawal": "withdrawal",
    "CaliphateDeclaration": "declaration",
    "AirStrike": "air strike",
    "Shelling": "shelling",
}
# ACLED (event type, sub-event type) of each family, and whose rule picks it
ACLED_CODES = {
    "capture": None,  # by the taker: see _acled_type
    "battle": ("acled-battles", "acled-armed-clash"),
    "siege break": ("acled-battles", "acled-armed-clash"),
    "withdrawal": ("acled-strategic-developments", "acled-non-violent-transfer-of-territory"),
    "declaration": ("acled-strategic-developments", "acled-other"),
    "air strike": ("acled-explosions-remote-violence", "acled-air-drone-strike"),
    "shelling": ("acled-explosions-remote-violence", "acled-shelling"),
}
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip
UCDP_COLUMNS = [
    "id", "relid", "year", "type_of_violence", "dyad_name", "side_a", "side_b",
    "source_article", "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude",
    "longitude", "country", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
]  # fmt: skip

EVENTS = (
    _PREFIXES
    + """SELECT ?event ?kind ?p ?o WHERE {
  ?event a ?kind ; ckg:statedIn ?report .
  FILTER (STRSTARTS(STR(?kind), STR(ckg:)))
  VALUES ?p { ckg:agent ckg:opponent ckg:hasParticipant ckg:place ckg:destination ckg:date
              ckg:earliestBegin ckg:latestEnd ckg:statedIn ckg:voice ckg:accordingTo }
  ?event ?p ?o .
}"""
)
QUOTES = (
    _PREFIXES
    + """SELECT ?event ?quote ?start WHERE {
  ?event ckg:statedIn ?report ; ckg:evidence ?a .
  ?a oa:hasTarget/oa:hasSelector ?q , ?s . ?q oa:exact ?quote . ?s oa:start ?start .
  FILTER NOT EXISTS { ?a ckg:attests ?property }
}"""
)
NODES = (
    _PREFIXES
    + """SELECT * WHERE {
  { ?node a ?kind . FILTER (STRSTARTS(STR(?kind), STR(ckg:))) }
  UNION { ?node rdfs:label ?label . FILTER (LANGMATCHES(LANG(?label), "en")) }
  UNION { ?node ckg:within ?within }
  UNION { ?node geo:hasGeometry/geo:asWKT ?wkt }
  UNION { ?node geo:hasGeometry/ckg:geoPrecision ?precision }
  UNION { ?node ckg:isoNumericCode ?iso }
  UNION { ?node ckg:stateOf ?state }
  UNION { ?node ckg:reportDate ?date }
  UNION { ?node prov:wasAttributedTo ?agency }
}"""
)
LINKS = _PREFIXES + "SELECT ?link ?node WHERE { ?link a ckg:IdentityLink ; ckg:links ?node }"
CASUALTIES = (
    _PREFIXES
    + """SELECT ?event ?count ?harm ?side ?civilian ?best ?low ?high WHERE {
  ?event ckg:casualties ?count . ?count ckg:harm ?harm .
  OPTIONAL { ?count ckg:casualtiesOf ?side } OPTIONAL { ?count ckg:civilian ?civilian }
  OPTIONAL { ?count ckg:value ?best } OPTIONAL { ?count ckg:minValue ?low }
  OPTIONAL { ?count ckg:maxValue ?high }
}"""
)
SCHEMES = (
    _PREFIXES
    + f"""SELECT ?concept ?notation WHERE {{
  ?concept skos:notation ?notation . FILTER (STRSTARTS(STR(?concept), "{_CODE}")) }}"""
)
PRECISIONS = (
    _PREFIXES
    + f"""SELECT ?precision ?scheme ?notation WHERE {{
  ?precision a ckg:GeoPrecision ; skos:closeMatch ?code .
  ?code skos:inScheme ?scheme ; skos:notation ?notation .
  FILTER (STRSTARTS(STR(?code), "{_CODE}")) }}"""
)


@dataclass
class Node:
    kinds: set[str] = field(default_factory=set)
    label: str = ""
    within: set[str] = field(default_factory=set)
    wkt: str = ""
    precision: str = ""  # the ckg:GeoPrecision of its geometry
    iso: str = ""
    state: str = ""
    date: str = ""
    agency: str = ""


@dataclass(frozen=True)
class Casualties:
    node: str
    harm: str  # Killed | Injured
    side: str  # the actor whose people they were, '' when not said
    civilian: bool
    best: int | None
    low: int | None
    high: int | None


@dataclass
class Event:
    """An event as told by one or more reports (an identity group), at one place."""

    nodes: list[str]
    family: str
    values: dict[str, set[str]]
    datatype: str  # of ckg:date, or "" when only bounds are given
    quote: str


@dataclass
class Written:
    rows: int
    left_out: dict[str, int]  # why events were left out, and how many


class Graph:
    """What the exports read from the built store, read once."""

    def __init__(self, store: ox.Store) -> None:
        def rows(text: str) -> list[Any]:
            found = store.query(text, use_default_graph_as_union=True)
            assert isinstance(found, ox.QuerySolutions)
            return list(found)

        self.nodes: dict[str, Node] = defaultdict(Node)
        for row in rows(NODES):
            node = self.nodes[row["node"].value]
            if row["kind"] is not None:
                node.kinds.add(row["kind"].value.rsplit("#", 1)[-1])
            if row["label"] is not None:
                node.label = node.label or row["label"].value
            if row["within"] is not None:
                node.within.add(row["within"].value)
            for name in ("wkt", "precision", "iso", "state", "date", "agency"):  # one value each
                if row[name] is not None:
                    setattr(node, name, row[name].value)
        self.values: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.datatypes: dict[str, str] = {}
        for row in rows(EVENTS):
            prop = row["p"].value.rsplit("#", 1)[-1]
            self.values[row["event"].value][prop].add(row["o"].value)
            if prop == "date" and isinstance(row["o"], ox.Literal):
                self.datatypes[row["event"].value] = row["o"].datatype.value.rsplit("#", 1)[-1]
        self.quotes: dict[str, str] = {}
        for row in sorted(rows(QUOTES), key=lambda r: int(r["start"].value)):
            self.quotes.setdefault(row["event"].value, row["quote"].value)
        # a geo-precision -> its code in each scheme (acled-geo-precision, ucdp-where-precision)
        self.precisions: dict[tuple[str, str], str] = {
            (row["precision"].value, row["scheme"].value.rsplit("/", 1)[-1]): row["notation"].value
            for row in rows(PRECISIONS)
        }
        self.casualties: dict[str, list[Casualties]] = defaultdict(list)
        for row in rows(CASUALTIES):

            def number(name: str, row: Any = row) -> int | None:
                return int(float(row[name].value)) if row[name] is not None else None

            self.casualties[row["event"].value].append(
                Casualties(
                    row["count"].value,
                    row["harm"].value.rsplit("#", 1)[-1],
                    row["side"].value if row["side"] is not None else "",
                    row["civilian"] is not None and row["civilian"].value == "true",
                    number("best"),
                    number("low"),
                    number("high"),
                )
            )
        self.groups: dict[str, str] = {}
        for row in rows(LINKS):
            self.groups[row["node"].value] = row["link"].value
        self.notations: dict[str, str] = {
            row["concept"].value: row["notation"].value for row in rows(SCHEMES)
        }

    def code(self, concept: str) -> str:
        """A concept's notation (the dataset's own words), from the alignment module."""
        notation = self.notations.get(_CODE + concept)
        if notation is None:
            raise InputError(f"the alignment module has no code {concept}: build again")
        return notation

    def containers(self, place: str) -> list[str]:
        """Every place the place lies in, the nearest first."""
        out: list[str] = []
        todo = sorted(self.nodes[place].within)
        while todo:
            nxt = todo.pop(0)
            if nxt not in out:
                out.append(nxt)
                todo += sorted(self.nodes[nxt].within)
        return out

    def events(self) -> tuple[list[Event], dict[str, int]]:
        """The coded events, one per identity group, and what was left out."""
        left: dict[str, int] = defaultdict(int)
        grouped: dict[str, list[str]] = defaultdict(list)
        for node, said in self.values.items():
            family = next((CODED[k] for k in self.nodes[node].kinds if k in CODED), None)
            if family is None or not said.get("statedIn"):
                continue
            grouped[self.groups.get(node, node)].append(node)
        out = []
        for key in sorted(grouped):
            nodes = sorted(grouped[key], key=lambda n: (self._report_date(n), n))
            first = nodes[0]
            merged: dict[str, set[str]] = defaultdict(set)
            for node in nodes:
                for prop, values in self.values[node].items():
                    merged[prop] |= values
            family = next(CODED[k] for k in self.nodes[first].kinds if k in CODED)
            out.append(
                Event(
                    nodes, family, merged, self.datatypes.get(first, ""), self.quotes.get(first, "")
                )
            )
        return out, left

    def _report_date(self, node: str) -> str:
        reports = sorted(self.values[node].get("statedIn", set()))
        return self.nodes[reports[0]].date if reports else ""

    def country(self, place: str) -> str:
        for p in [place, *self.containers(place)]:
            if "Country" in self.nodes[p].kinds:
                return p
        return ""

    def inter(self, actor: str, place: str) -> str:
        """ACLED's inter code of an actor at a place: a state force in its own country 1,
        elsewhere (or a coalition, a foreign state) 8, a non-state armed group 2; '' when
        no code fits (a person, an unnamed group)."""
        kinds = self.nodes[actor].kinds
        if kinds & {"ArmedForce", "Government"}:
            own = self.nodes[actor].state
            return (
                self.code("acled-inter-1")
                if own and own == self.country(place)
                else self.code("acled-inter-8")
            )
        if kinds & {"StateActor", "Coalition"}:
            return self.code("acled-inter-8")
        if "NonStateArmedGroup" in kinds:
            return self.code("acled-inter-2")
        return ""

    def when(self, event: Event) -> tuple[str, str, str]:
        """(first day, last day, precision: day, month, year or span) of an event: the most
        precise date its reports give (days that differ between reports make a span), or
        else the bounds all of them allow (the latest earliest, the earliest latest)."""
        for precision, datatype in (("day", "date"), ("month", "gYearMonth"), ("year", "gYear")):
            dates = sorted(
                d
                for n in event.nodes
                if self.datatypes.get(n) == datatype
                for d in self.values[n].get("date", set())
            )
            if not dates:
                continue
            first, last = _span(dates[0], datatype)[0], _span(dates[-1], datatype)[1]
            return (
                first.isoformat(),
                last.isoformat(),
                precision if dates[0] == dates[-1] else "span",
            )
        lows = [
            min(self.values[n]["earliestBegin"])
            for n in event.nodes
            if self.values[n].get("earliestBegin")
        ]
        highs = [
            min(self.values[n]["latestEnd"]) for n in event.nodes if self.values[n].get("latestEnd")
        ]
        low, high = max(lows, default="")[:10], min(highs, default="")[:10]
        if low and high and low > high:  # the reports' bounds do not meet: their union
            low, high = min(lows)[:10], max(highs)[:10]
        return low, high, "span"

    def places(self, event: Event) -> list[str]:
        return sorted(
            p
            for p in event.values.get("place", set()) | event.values.get("destination", set())
            if self.nodes[p].wkt
        )

    def sources(self, event: Event) -> tuple[str, str]:
        """The agencies of the reports that tell the event, and ACLED's source scale of
        theirs (a wire agency international, a newspaper national, any other «Other")."""
        reports = sorted({r for n in event.nodes for r in self.values[n].get("statedIn", set())})
        agencies = [self.nodes[r].agency for r in reports if self.nodes[r].agency]
        names = list(dict.fromkeys(self.nodes[a].label for a in agencies))
        scales = set()
        for agency in agencies:
            kinds = self.nodes[agency].kinds
            scales.add(
                "International"
                if "NewsAgency" in kinds
                else "National"
                if "Newspaper" in kinds
                else "Other"
            )
        return "; ".join(names), "-".join(sorted(scales))


def killed(graph: Graph, event: Event) -> list[Casualties]:
    """The killed an event's reports count: the counts of the first report that gives any
    (reports that disagree on a toll are for `disagreements`, not for a sum)."""
    for node in event.nodes:
        counts = [c for c in graph.casualties.get(node, []) if c.harm == "Killed"]
        if counts:
            return counts
    return []


def _total(counts: list[Casualties], which: str) -> int | str:
    values = [getattr(c, which) if getattr(c, which) is not None else c.best for c in counts]
    return sum(v for v in values if v is not None) if counts and None not in values else ""


def _point(graph: Graph, place: str) -> tuple[float, float]:
    (lon, lat), _ = representative_point(geometry(graph.nodes[place].wkt, place))
    return round(lat, 5), round(lon, 5)


def _admin(graph: Graph, place: str) -> tuple[str, str]:
    """ACLED's admin1 (the province) and admin2 (the district or countryside) of a place."""
    chain = [place, *graph.containers(place)]
    admin1 = next((graph.nodes[p].label for p in chain if "Province" in graph.nodes[p].kinds), "")
    admin2 = next(
        (graph.nodes[p].label for p in chain if graph.nodes[p].kinds & {"District", "Countryside"}),
        "",
    )
    return admin1, admin2


def _precision(graph: Graph, place: str, scheme: str) -> int | str:
    """A place's coordinates' precision in a scheme's code (the alignment module maps the
    gazetteer's ckg:geoPrecision to it); empty when the gazetteer does not say."""
    code = graph.precisions.get((graph.nodes[place].precision, scheme))
    return int(code) if code is not None else ""


def _id(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]


def _tags(graph: Graph, event: Event) -> str:
    voices = sorted(
        {v.rsplit("#", 1)[-1] for n in event.nodes for v in graph.values[n].get("voice", set())}
    )
    return "; ".join(voices)


def acled_rows(graph: Graph) -> tuple[list[dict[str, Any]], dict[str, int]]:
    events, left = graph.events()
    out = []
    for event in events:
        places = graph.places(event)
        if not places:
            left["no place with coordinates"] += 1
            continue
        first, last, precision = graph.when(event)
        if (
            not first
            or precision == "year"
            or (precision == "span" and (not last or _days(first, last) > 31))
        ):
            left["not dated to a day, a week or a month"] += 1
            continue
        time_precision = {"day": 1, "month": 3}.get(
            precision, 1 if first == last else 2 if _days(first, last) <= 7 else 3
        )
        agents = sorted(event.values.get("agent", set()))
        opponents = sorted(event.values.get("opponent", set()))
        others = sorted(event.values.get("hasParticipant", set()) - set(agents) - set(opponents))
        source, scale = graph.sources(event)
        if not agents and not opponents:  # a battle's participants: the two sides
            agents, opponents, others = others[:1], others[1:2], others[2:]
        reported = graph._report_date(event.nodes[0])
        stamp = (
            int(dt.datetime.fromisoformat(reported[:10]).replace(tzinfo=dt.UTC).timestamp())
            if reported
            else ""
        )
        for place in places:
            actor1 = agents[0] if agents else ""
            inter1 = graph.inter(actor1, place) if actor1 else ""
            actor2 = opponents[0] if opponents else ""
            inter2 = graph.inter(actor2, place) if actor2 else ""
            event_type, sub_type = _acled_type(graph, event.family, inter1)
            iso_place = graph.country(place)
            admin1, admin2 = _admin(graph, place)
            lat, lon = _point(graph, place)
            codes = sorted(int(c) for c in (inter1, inter2) if c)
            out.append(
                {
                    "event_id_cnty": f"CKG{_id(*event.nodes, place)}",
                    "event_date": first,
                    "year": int(first[:4]),
                    "time_precision": time_precision,
                    "disorder_type": "Political violence"
                    if event_type == graph.code("acled-battles")
                    else "Strategic developments",
                    "event_type": event_type,
                    "sub_event_type": sub_type,
                    "actor1": graph.nodes[actor1].label if actor1 else "",
                    "assoc_actor_1": "; ".join(
                        graph.nodes[a].label for a in [*agents[1:], *others]
                    ),
                    "inter1": inter1,
                    "actor2": graph.nodes[actor2].label if actor2 else "",
                    "assoc_actor_2": "; ".join(graph.nodes[a].label for a in opponents[1:]),
                    "inter2": inter2,
                    "interaction": "".join(str(c) for c in codes) + ("0" if len(codes) == 1 else "")
                    if codes
                    else "",
                    "civilian_targeting": "",
                    "iso": graph.nodes[iso_place].iso if iso_place else "",
                    "region": _region(graph, iso_place),
                    "country": graph.nodes[iso_place].label if iso_place else "",
                    "admin1": admin1,
                    "admin2": admin2,
                    "admin3": "",
                    "location": graph.nodes[place].label,
                    "latitude": lat,
                    "longitude": lon,
                    "geo_precision": _precision(graph, place, "acled-geo-precision"),
                    "source": source,
                    "source_scale": scale,
                    "notes": f"{event.quote} | conflict-kg: {' '.join(event.nodes)}",
                    "fatalities": _total(killed(graph, event), "best"),
                    "tags": _tags(graph, event),
                    "timestamp": stamp,
                }
            )
    return out, dict(left)


# ACLED's and UCDP's region of the countries the gazetteer may hold (by ISO 3166-1 numeric);
# any other country's region is left empty rather than guessed
MIDDLE_EAST = {"760", "368", "422", "400", "376", "275", "364", "682", "887", "792"}


def _region(graph: Graph, country: str) -> str:
    return "Middle East" if country and graph.nodes[country].iso in MIDDLE_EAST else ""


def _acled_type(graph: Graph, family: str, inter1: str) -> tuple[str, str]:
    codes = ACLED_CODES[family]
    if codes is None:  # a capture: by the taker
        sub = (
            "acled-government-regains-territory"
            if inter1 == graph.code("acled-inter-1")
            else "acled-non-state-actor-overtakes-territory"
        )
        codes = ("acled-battles", sub)
    return graph.code(codes[0]), graph.code(codes[1])


def _span(value: str, datatype: str) -> tuple[dt.date, dt.date]:
    """The first and last day a stamp of that datatype covers (conflictkg.timebounds)."""
    return stamp_span(ox.Literal(value, datatype=ox.NamedNode(_XSD + datatype)))


def _days(first: str, last: str) -> int:
    return (dt.date.fromisoformat(last[:10]) - dt.date.fromisoformat(first[:10])).days


def ucdp_rows(graph: Graph) -> tuple[list[dict[str, Any]], dict[str, int]]:
    events, left = graph.events()
    out = []
    for event in events:
        if event.family in ("withdrawal", "declaration"):
            left["not organised violence (UCDP codes fighting)"] += 1
            continue
        places = graph.places(event)
        if not places:
            left["no place with coordinates"] += 1
            continue
        first, last, precision = graph.when(event)
        if not first:
            left["no date"] += 1
            continue
        last = last or first
        days = _days(first, last)
        date_prec = {"day": 1, "month": 4}.get(
            precision,
            1 if days == 0 else 2 if days <= 6 else 3 if days <= 8 else 4 if days <= 31 else 5,
        )
        agents = sorted(
            event.values.get("agent", set()) | event.values.get("hasParticipant", set())
        )
        opponents = sorted(event.values.get("opponent", set()))
        for place in places:
            state = [
                a
                for a in agents + opponents
                if graph.inter(a, place) in ("1", "8")
                and graph.nodes[a].kinds & {"ArmedForce", "Government", "StateActor"}
            ]
            side_a_nodes = [a for a in agents if a in state] or agents[:1]
            side_a = graph.nodes[side_a_nodes[0]].label if side_a_nodes else ""
            side_b_nodes = [o for o in opponents if o not in side_a_nodes] or [
                a for a in agents if a not in side_a_nodes
            ][:1]
            side_b = graph.nodes[side_b_nodes[0]].label if side_b_nodes else ""
            violence = graph.code("ucdp-state-based" if state else "ucdp-non-state")
            admin1, admin2 = _admin(graph, place)
            lat, lon = _point(graph, place)
            source, _ = graph.sources(event)
            country = graph.country(place)
            out.append(
                {
                    "id": _id(*event.nodes, place),
                    "relid": " ".join(event.nodes),
                    "year": int(first[:4]),
                    "type_of_violence": int(violence),
                    "dyad_name": f"{side_a} - {side_b}" if side_b else side_a,
                    "side_a": side_a,
                    "side_b": side_b,
                    "source_article": f"{source}: «{event.quote}»",
                    "where_prec": _precision(graph, place, "ucdp-where-precision"),
                    "where_coordinates": graph.nodes[place].label,
                    "adm_1": admin1,
                    "adm_2": admin2,
                    "latitude": lat,
                    "longitude": lon,
                    "country": graph.nodes[country].label if country else "",
                    "region": _region(graph, country),
                    "event_clarity": 1 if len(event.nodes) > 1 or precision == "day" else 2,
                    "date_prec": date_prec,
                    "date_start": first,
                    "date_end": last,
                    **_deaths(killed(graph, event), side_a_nodes, side_b_nodes),
                }
            )
    return out, dict(left)


def _deaths(counts: list[Casualties], side_a: list[str], side_b: list[str]) -> dict[str, Any]:
    """UCDP's death columns from the killed a report counts: by side, civilians, not said."""

    def of(chosen: list[Casualties]) -> int | str:
        return _total(chosen, "best")

    return {
        "deaths_a": of([c for c in counts if c.side in side_a and not c.civilian]),
        "deaths_b": of([c for c in counts if c.side in side_b and not c.civilian]),
        "deaths_civilians": of([c for c in counts if c.civilian]),
        "deaths_unknown": of([c for c in counts if not c.side and not c.civilian]),
        "best": _total(counts, "best"),
        "high": _total(counts, "high"),
        "low": _total(counts, "low"),
    }


def write_csv(store: ox.Store, layout: str, output: Path) -> Written:
    """Write the ACLED or UCDP GED layout of the store's events to `output`, atomically (a
    failure leaves no file)."""
    graph = Graph(store)
    rows, left = (acled_rows if layout == "acled" else ucdp_rows)(graph)
    columns = ACLED_COLUMNS if layout == "acled" else UCDP_COLUMNS
    rows.sort(key=lambda r: (r.get("event_date") or r.get("date_start"), r["latitude"], str(r)))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp-{os.getpid()}")
    tmp.write_text(buffer.getvalue(), encoding="utf-8")
    os.replace(tmp, output)
    return Written(len(rows), left)
