"""What the workspace's pages show, read from the built store: search, entity pages, the map
of who held what on a day, timelines and the actor network.

These are the workspace's own queries, fixed and reviewed: they run in the server process on
the store opened read-only (`Snapshot`, reopened when a new build is published), while the
analyst's own SPARQL and the competency questions go through the worker pool with its
timeout (conflictkg.web.engine). Everything returned is plain data (str, lists, dicts) that
the pages escape when they write it.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..arabic import fold
from ..corpus.accounts import Account, Accounts, load
from ..errors import InputError
from ..interop.geojson import geometry
from ..namespaces import CKG
from ..query import short_iri
from ..sources import confined_source
from .answers import Kept
from .engine import store_identity

ID = "https://w3id.org/conflict-kg/id/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OA = "http://www.w3.org/ns/oa#"
GEO = "http://www.opengis.net/ont/geosparql#"
_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PAGE = 100  # rows a page shows
TIMELINE_PAGE = 500  # items a timeline draws at once
NETWORK_EDGES = 2000  # relations the network draws at once
MAP_CAPTURES = 500  # captures the map draws (the latest up to its day)
MAP_HOLDERS = 50  # accounts a place on the map lists (the surest, then the latest)
MAP_DAYS = 64  # maps of days kept (the slider goes back and forth)
_SURENESS = {"held": 0, "last reported held": 1, "possibly held": 2}


def checked_iri(value: str) -> str:
    """An IRI from a request, or InputError: never spliced into a query unchecked."""
    if len(value) > 2000 or not _IRI.match(value):
        raise InputError(f"«{value[:100]}» is not an IRI")
    return value


def checked_day(value: str) -> str:
    if not _DAY.match(value):
        raise InputError(f"«{value[:40]}» is not a day (YYYY-MM-DD)")
    return value


def _v(term: object) -> str:
    """A term's value ('' for an unbound variable)."""
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)) else ""


@dataclass
class Snapshot:
    """One published build, opened read-only, with what the pages compute from it once."""

    identity: tuple[str, int]
    store: ox.Store
    root: Path  # the project, for the source texts
    _accounts: Accounts | None = None
    _index: list[tuple[str, str, str, str]] | None = None  # (folded, label, iri, kind)
    _spoken: dict[str, list[str]] | None = None
    _reports: list[dict[str, str]] | None = None
    _indexed: Indexed | None = None
    _relations: list[dict[str, str]] | None = None
    _maps: dict[str, dict[str, Any]] = field(default_factory=dict)  # day -> its map
    lock: threading.Lock = field(default_factory=threading.Lock)
    reads_lock: threading.Lock = field(default_factory=threading.Lock)  # not behind the accounts
    answers: Kept = field(default_factory=Kept)  # the questions' whole answers

    def select(self, text: str) -> Iterable[ox.QuerySolution]:
        return self.store.query(text, use_default_graph_as_union=True)  # type: ignore[return-value]

    @property
    def spoken(self) -> dict[str, list[str]]:
        """For each place, the days of the reports that speak of it, in order."""
        with self.lock:
            if self._spoken is None:
                days: dict[str, set[str]] = {}
                for row in self.select(
                    f"""PREFIX ckg: <{CKG}> SELECT DISTINCT ?place ?date WHERE {{
                      ?n ckg:controlledPlace|ckg:place ?place ; ckg:statedIn ?r .
                      ?r ckg:reportDate ?date }}"""
                ):
                    days.setdefault(_v(row["place"]), set()).add(_v(row["date"])[:10])
                self._spoken = {place: sorted(found) for place, found in days.items()}
            return self._spoken

    @property
    def accounts(self) -> Accounts:
        with self.lock:
            if self._accounts is None:
                self._accounts = load(self.store)
            return self._accounts

    @property
    def indexed(self) -> Indexed:
        """The accounts by what the map reads: control periods by place, captures by day."""
        accounts = self.accounts
        with self.lock:
            if self._indexed is None:
                self._indexed = Indexed.of(accounts)
            return self._indexed

    # ------------------------------------------------------------ labels and search
    def labels(self, iri: str) -> tuple[str, str]:
        """(English, Arabic) labels of a node ('' where it has none)."""
        en = ar = ""
        for row in self.select(f"SELECT ?l WHERE {{ <{checked_iri(iri)}> <{RDFS_LABEL}> ?l }}"):
            term = row["l"]
            if isinstance(term, ox.Literal):
                if term.language == "ar" and not ar:
                    ar = term.value
                elif term.language != "ar" and not en:
                    en = term.value
        return en, ar

    def search(self, text: str, limit: int = 50) -> list[dict[str, str]]:
        """Entities whose label holds the words, Arabic folded (hamza, alef maqsura, ta
        marbuta, diacritics) and case ignored: actors and places first."""
        wanted = fold(text).lower().strip()
        if not wanted:
            return []
        with self.lock:
            if self._index is None:
                self._index = self._build_index()
            index = self._index
        found = [(kind, label, iri) for key, label, iri, kind in index if wanted in key]
        order = {"actor": 0, "place": 1}
        found.sort(key=lambda f: (order.get(f[0], 2), f[1]))
        seen: set[str] = set()
        out = []
        for kind, label, iri in found:
            if iri in seen:
                continue
            seen.add(iri)
            # (both names, whichever one the words were found in: «Raqqa» finds «الرقة» too)
            en, ar = self.labels(iri)
            out.append({"iri": iri, "label": label, "kind": kind, "en": en, "ar": ar})
            if len(out) == limit:
                break
        return out

    def _build_index(self) -> list[tuple[str, str, str, str]]:
        index = []
        for row in self.select(
            f"""SELECT ?s ?l WHERE {{ ?s <{RDFS_LABEL}> ?l .
                FILTER (STRSTARTS(STR(?s), "{ID}")) }}"""
        ):
            iri, label = _v(row["s"]), _v(row["l"])
            kind = iri[len(ID) :].split("/", 1)[0]
            index.append((fold(label).lower(), label, iri, kind))
            alt = fold(label).lower()
            if alt.startswith("\u0627\u0644"):  # the article: «البوكمال» found by «بوكمال»
                index.append((alt[2:], label, iri, kind))
        return index

    # ------------------------------------------------------------ an entity
    def entity(self, iri: str, page: int = 0) -> dict[str, Any]:
        """A node: labels, types, what it points at and what points at it (a page of
        each), and the evidence of it with the source text around each quote."""
        iri = checked_iri(iri)
        en, ar = self.labels(iri)
        types = sorted(
            _v(r["t"]) for r in self.select(f"SELECT DISTINCT ?t WHERE {{ <{iri}> a ?t }}")
        )
        out_rows = self._links(
            f"""SELECT ?p ?o ?en WHERE {{ <{iri}> ?p ?o .
                FILTER (?p != <{RDF_TYPE}> && ?p != <{RDFS_LABEL}>)
                OPTIONAL {{ ?o <{RDFS_LABEL}> ?en . FILTER (LANGMATCHES(LANG(?en), "en")) }}
            }} ORDER BY STR(?p) STR(?o) LIMIT {PAGE + 1} OFFSET {page * PAGE}""",
            "o",
        )
        in_rows = self._links(
            f"""SELECT ?p ?s ?en WHERE {{ ?s ?p <{iri}> .
                FILTER (?p != <{OA}hasBody>)
                OPTIONAL {{ ?s <{RDFS_LABEL}> ?en . FILTER (LANGMATCHES(LANG(?en), "en")) }}
            }} ORDER BY STR(?p) STR(?s) LIMIT {PAGE + 1} OFFSET {page * PAGE}""",
            "s",
        )
        return {
            "iri": iri,
            "en": en,
            "ar": ar,
            "types": types,
            "out": out_rows[:PAGE],
            "in": in_rows[:PAGE],
            "more": len(out_rows) > PAGE or len(in_rows) > PAGE,
            "page": page,
            "evidence": self.evidence(iri),
            "exists": bool(types or out_rows or in_rows),
        }

    def _links(self, text: str, var: str) -> list[dict[str, str]]:
        rows = []
        for row in self.select(text):
            term = row[var]
            rows.append(
                {
                    "p": _v(row["p"]),
                    "value": _v(term),
                    "node": "iri" if isinstance(term, ox.NamedNode) else "literal",
                    "lang": term.language or "" if isinstance(term, ox.Literal) else "",
                    "label": _v(row["en"]),
                }
            )
        return rows

    def evidence(self, iri: str) -> list[dict[str, Any]]:
        """The quotes that state a node, each with its report, voice and the paragraph of
        the source text it sits in, the quote's span marked."""
        rows = self.select(
            f"""PREFIX oa: <{OA}> PREFIX ckg: <{CKG}>
            SELECT ?source ?start ?end ?exact ?attests ?path ?sha ?report ?voice WHERE {{
              ?a a oa:Annotation ; oa:hasBody <{iri}> ; oa:hasTarget ?t .
              ?t oa:hasSource ?source ; oa:hasSelector ?pos , ?quote .
              ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
              ?source ckg:sourcePath ?path ; ckg:sha256 ?sha .
              OPTIONAL {{ ?a ckg:attests ?attests }}
              OPTIONAL {{ <{iri}> ckg:statedIn ?report }}
              OPTIONAL {{ <{iri}> ckg:voice ?voice }}
            }} ORDER BY ?source ?start LIMIT 50"""
        )
        out = []
        for row in rows:
            start, end = int(_v(row["start"])), int(_v(row["end"]))
            text, problem = self.source_text(_v(row["path"]), _v(row["sha"]))
            before = quote = after = ""
            if text is not None:
                lo = text.rfind("\n\n", 0, start)
                hi = text.find("\n\n", end)
                lo = 0 if lo < 0 else lo + 2
                hi = len(text) if hi < 0 else hi
                before, quote, after = text[lo:start], text[start:end], text[end:hi]
            out.append(
                {
                    "source": _v(row["source"]),
                    "start": start,
                    "end": end,
                    "exact": _v(row["exact"]),
                    "attests": _v(row["attests"]),
                    "report": _v(row["report"]),
                    "voice": _v(row["voice"]),
                    "before": before,
                    "quote": quote,
                    "after": after,
                    "problem": problem,
                }
            )
        return out

    def source_text(self, relative: str, sha: str) -> tuple[str | None, str]:
        """A source text the build read, from the project's data/ only, and whether it is
        still the text the build checked (its SHA-256)."""
        try:
            path = confined_source(self.root, relative, self.root, None)
            data = path.read_bytes()
        except (InputError, OSError):
            return None, "the source text is not in this project's data/"
        if hashlib.sha256(data).hexdigest() != sha:
            return None, "the source text changed since the build: build again"
        return data.decode("utf-8"), ""

    # ------------------------------------------------------------ reports
    def reports(self) -> list[dict[str, str]]:
        """Every report: date, agency, title, constructed or not, facts by voice (worked out
        once for the build: 3.6 s at 100k events)."""
        with self.reads_lock:
            if self._reports is None:
                self._reports = self._list_reports()
            return self._reports

    def _list_reports(self) -> list[dict[str, str]]:
        out = []
        for row in self.select(
            f"""PREFIX ckg: <{CKG}> PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?r ?date (SAMPLE(?a) AS ?agency) (SAMPLE(?t) AS ?title) ?constructed
                   (COUNT(DISTINCT ?fact) AS ?facts)
            WHERE {{
              ?r a ckg:Report .
              OPTIONAL {{ ?r ckg:reportDate ?date }}
              OPTIONAL {{ ?r prov:wasAttributedTo ?who . ?who <{RDFS_LABEL}> ?a .
                         FILTER (LANGMATCHES(LANG(?a), "en")) }}
              OPTIONAL {{ ?r dcterms:title ?t .
                         FILTER (LANG(?t) = "" || LANGMATCHES(LANG(?t), "en")) }}
              OPTIONAL {{ ?r ckg:constructedExample ?constructed }}
              OPTIONAL {{ ?fact ckg:statedIn ?r }}
            }} GROUP BY ?r ?date ?constructed ORDER BY ?date STR(?r)"""
        ):
            out.append(
                {
                    "iri": _v(row["r"]),
                    "date": _v(row["date"]),
                    "agency": _v(row["agency"]),
                    "title": _v(row["title"]),
                    "constructed": "yes"
                    if row["constructed"] is not None and _v(row["constructed"]) == "true"
                    else "",
                    "facts": _v(row["facts"]),
                    "voices": "",
                }
            )
        voices: dict[str, list[str]] = {}
        for row in self.select(
            f"""PREFIX ckg: <{CKG}>
            SELECT ?r ?voice (COUNT(DISTINCT ?fact) AS ?n) WHERE {{
              ?fact ckg:statedIn ?r ; ckg:voice ?voice .
            }} GROUP BY ?r ?voice ORDER BY ?r ?voice"""
        ):
            name = _v(row["voice"]).rsplit("#", 1)[-1].removesuffix("Voice").lower()
            voices.setdefault(_v(row["r"]), []).append(f"{_v(row['n'])} {name}")
        for report in out:
            report["voices"] = ", ".join(voices.get(report["iri"], []))
        return out

    def entities(self) -> dict[str, int]:
        """How many actors and places the gazetteer names."""
        counts = {"actor": 0, "place": 0}
        for row in self.select(
            f"""SELECT ?s WHERE {{ GRAPH <{ID}graph/gazetteer> {{ ?s a ?kind }}
                FILTER (STRSTARTS(STR(?s), "{ID}actor/") || STRSTARTS(STR(?s), "{ID}place/")) }}"""
        ):
            counts["actor" if "/id/actor/" in _v(row["s"]) else "place"] += 1
        return counts

    # ------------------------------------------------------------ the map
    def places(self) -> list[dict[str, Any]]:
        """Every place with a geometry: GeoJSON geometry, labels, kind, what it lies in."""
        out: list[dict[str, Any]] = []
        for row in self.select(
            f"""PREFIX geo: <{GEO}> PREFIX ckg: <{CKG}>
            SELECT ?p ?wkt ?en ?ar ?kind ?within WHERE {{
              ?p geo:hasGeometry/geo:asWKT ?wkt ; a ?kind .
              FILTER (STRSTARTS(STR(?kind), "{CKG}"))
              OPTIONAL {{ ?p <{RDFS_LABEL}> ?en . FILTER (LANGMATCHES(LANG(?en), "en")) }}
              OPTIONAL {{ ?p <{RDFS_LABEL}> ?ar . FILTER (LANGMATCHES(LANG(?ar), "ar")) }}
              OPTIONAL {{ ?p ckg:within ?within }}
            }} ORDER BY STR(?p)"""
        ):
            iri = _v(row["p"])
            try:
                shape = geometry(_v(row["wkt"]), iri)
            except InputError:
                continue  # not drawable: the GeoJSON export says why
            if out and out[-1]["iri"] == iri:
                continue
            out.append(
                {
                    "iri": iri,
                    "geometry": shape,
                    "en": _v(row["en"]) or short_iri(iri),
                    "ar": _v(row["ar"]),
                    "kind": _v(row["kind"]).rsplit("#", 1)[-1],
                    "within": _v(row["within"]),
                }
            )
        return out

    def map_on(self, day: str) -> dict[str, Any]:
        """The map of a day (`map_of`), kept for the last MAP_DAYS days asked."""
        day = checked_day(day)
        with self.reads_lock:
            kept = self._maps.get(day)
        if kept is None:
            kept = self.map_of(day)
            with self.reads_lock:
                self._maps[day] = kept
                while len(self._maps) > MAP_DAYS:
                    self._maps.pop(next(iter(self._maps)))
        return kept

    def map_of(self, day: str) -> dict[str, Any]:
        """GeoJSON of the places on a day, each with who the reports say held it then and
        how surely (conflictkg.web.data.held_on: at most MAP_HOLDERS accounts listed, the
        surest and latest, and how many there are), the controller when the reports agree,
        and the latest MAP_CAPTURES captures dated up to that day (and how many there are)."""
        day = checked_day(day)
        accounts, spoken, indexed = self.accounts, self.spoken, self.indexed
        features = []
        for place in self.places():
            found = held_on(
                accounts, spoken, place["iri"], day, indexed.controls.get(place["iri"], [])
            )
            sure = sorted({a.one("controller") or "" for a, s, _ in found if s != "possibly held"})
            # at most MAP_HOLDERS listed: the surest first, then the latest reports
            found.sort(key=lambda f: _report_date(accounts, f[2]), reverse=True)
            found.sort(key=lambda f: _SURENESS[f[1]])
            holders = [
                {
                    "controller": a.one("controller") or "",
                    "controllerEn": accounts.label(a.one("controller")),
                    "status": status,
                    "report": report,
                    "reportDate": _report_date(accounts, report),
                    "voice": short_iri(a.one("voice") or ""),
                    "extent": accounts.label(a.one("extent")),
                    "share": a.share or "",
                    "node": a.node,
                }
                for a, status, report in found[:MAP_HOLDERS]
            ]
            features.append(
                {
                    "type": "Feature",
                    "geometry": place["geometry"],
                    "properties": {
                        **{k: place[k] for k in ("iri", "en", "ar", "kind")},
                        "holders": holders,
                        "holdersTotal": len(found),
                        "controller": sure[0] if len(sure) == 1 else "",
                        "controllerEn": accounts.label(sure[0]) if len(sure) == 1 else "",
                        "disputed": len(sure) > 1,
                    },
                }
            )
        upto = bisect.bisect_right(indexed.capture_days, day)
        captures = [
            {
                "node": account.node,
                "label": accounts.label(account.node),
                "place": account.places[0] if account.places else "",
                "when": account.one("date")
                or account.one("earliestBegin")
                or account.one("latestEnd"),
                "agent": accounts.label(account.one("agent")),
                "report": account.report or "",
            }
            for _, account in indexed.captures[max(0, upto - MAP_CAPTURES) : upto]
        ]
        captures.sort(key=lambda c: (c["when"], c["node"]))
        return {
            "type": "FeatureCollection",
            "features": features,
            "captures": captures,
            "capturesTotal": upto,
        }

    # ------------------------------------------------------------ timelines
    def timeline(self, about: str, page: int = 0) -> dict[str, Any]:
        """Items for a time axis: the accounts about a place (and the places in it) or by
        an actor, with their bounds as the reports give them and their precision, a page of
        at most TIMELINE_PAGE from the earliest, and how many there are in all."""
        items = self.timeline_items(about)
        items.sort(key=lambda i: (i["start"] or "", i["id"]))
        return {
            "items": items[page * TIMELINE_PAGE : (page + 1) * TIMELINE_PAGE],
            "total": len(items),
            "page": page,
            "pageSize": TIMELINE_PAGE,
        }

    def timeline_items(self, about: str) -> list[dict[str, Any]]:
        about = checked_iri(about)
        accounts = self.accounts
        if "/id/place/" in about:
            chosen = list(accounts.about(about))
        else:
            chosen = [
                a
                for a in accounts.accounts.values()
                if about in (a.one("controller"), a.one("agent"), a.one("affectedActor"))
            ]
        return [item(accounts, a) for a in chosen if a.one("voice") or a.derived]

    # ------------------------------------------------------------ the actor network
    def relations(self) -> list[dict[str, str]]:
        """Every relation between actors, read once a build (4 s at 100k events)."""
        with self.reads_lock:
            if self._relations is None:
                self._relations = [_relation(row) for row in self.select(NETWORK_QUERY)]
            return self._relations

    def network(self, day: str | None = None) -> dict[str, Any]:
        """Actors and the relations between them (support, loyalty, leadership,
        membership, alignment), each edge with its kind, time and report; with a day, only
        the relations the reports allow on that day."""
        if day is not None:
            day = checked_day(day)
        edges = [
            e
            for e in self.relations()
            if day is None
            or not ((e["begin"] and e["begin"][:10] > day) or (e["end"] and e["end"][:10] < day))
        ]
        total = len(edges)
        edges = edges[:NETWORK_EDGES]
        ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
        nodes = []
        for iri in ids:
            en, ar = self.labels(iri)
            nodes.append({"id": iri, "en": en or short_iri(iri), "ar": ar})
        return {"nodes": nodes, "edges": edges, "total": total}


def _relation(row: ox.QuerySolution) -> dict[str, str]:
    return {
        "id": _v(row["rel"]),
        "source": _v(row["from"]),
        "target": _v(row["to"]),
        "kind": _v(row["kind"]).rsplit("#", 1)[-1],
        "detail": _v(row["detail"]).rsplit("#", 1)[-1] if row["detail"] is not None else "",
        "begin": _v(row["begin"]),
        "end": _v(row["end"]),
        "report": _v(row["report"]),
    }


def _report_date(accounts: Accounts, report: str) -> str:
    found = accounts.reports.get(report)
    return (found.date or "") if found is not None else ""


NETWORK_QUERY = f"""PREFIX ckg: <{CKG}>
SELECT ?rel ?kind ?from ?to ?detail ?begin ?end ?report WHERE {{
  {{ VALUES (?kind ?fromProp ?toProp) {{
      (ckg:SupportRelation ckg:supporter ckg:supported)
      (ckg:Loyalty ckg:loyalActor ckg:loyalToActor)
      (ckg:Leadership ckg:leader ckg:ledOrganisation)
      (ckg:Membership ckg:member ckg:organisation)
    }}
    ?rel a ?kind ; ?fromProp ?from ; ?toProp ?to . }}
  UNION
  {{ ?rel a ckg:Alignment ; ckg:ally ?from , ?to .  # allies: an edge per pair
     FILTER (STR(?from) < STR(?to)) BIND (ckg:Alignment AS ?kind) }}
  OPTIONAL {{ ?rel ckg:supportKind ?detail }}
  OPTIONAL {{ ?rel ckg:earliestBegin ?begin }}
  OPTIONAL {{ ?rel ckg:latestEnd ?end }}
  OPTIONAL {{ ?rel ckg:statedIn ?report }}
}} ORDER BY STR(?rel)"""


@dataclass(frozen=True)
class Indexed:
    """Accounts indexed once a build for the map: its control periods by the places they
    control (going through all 180k accounts for each of 29 places took 3.5 s a day at
    100k events), and its dated captures by their first possible day."""

    controls: dict[str, list[Account]]
    captures: list[tuple[str, Account]]  # (first possible day, capture), in order
    capture_days: list[str]  # the same days, for bisect

    @classmethod
    def of(cls, accounts: Accounts) -> Indexed:
        controls: dict[str, list[Account]] = {}
        captures: list[tuple[str, Account]] = []
        for account in accounts.accounts.values():
            if account.kind == "control":
                for place in set(account.all("controlledPlace")):
                    controls.setdefault(place, []).append(account)
            elif account.kind == "capture":
                when = account.one("earliestBegin") or account.one("latestEnd")
                if when is not None:
                    captures.append((when[:10], account))
        captures.sort(key=lambda c: (c[0], c[1].node))
        return cls(controls, captures, [day for day, _ in captures])


def held_on(
    accounts: Accounts,
    spoken: dict[str, list[str]],
    place: str,
    day: str,
    candidates: Iterable[Account] | None = None,
) -> list[tuple[Account, str, str]]:
    """Who the reports say held the place on the day, each control period with its status
    and report: the rule of the question cq04 («held», «last reported held», «possibly
    held»), for every controller at once (tests/test_web.py checks they agree on ISIS).
    `spoken` gives, for each place, the days of the reports that speak of it, in order;
    `candidates`, the accounts to look at (all, when not given)."""
    out: list[tuple[Account, str, str]] = []
    for account in accounts.accounts.values() if candidates is None else candidates:
        if account.kind != "control" or place not in account.all("controlledPlace"):
            continue
        derived = account.derived
        report = account.report
        if derived:
            source = accounts.accounts.get(account.one("derivedFrom") or "")
            report = source.report if source is not None else None
        if report is None:
            continue
        eb, lb = account.begin_bounds()
        ee, le = account.end_bounds()
        as_of = account.one("asOf")
        if (eb is not None and eb[:10] > day) or (le is not None and le[:10] < day):
            continue  # ruled out
        if as_of is not None and as_of[:10] < day and _spoken_between(spoken, place, as_of, day):
            continue  # a later report (up to the day) speaks of the place
        begun = not derived and lb is not None and lb[:10] <= day
        if begun and (
            (ee is not None and ee[:10] > day) or (as_of is not None and as_of[:10] >= day)
        ):
            status = "held"
        elif begun and as_of is not None:
            status = "last reported held"
        else:
            status = "possibly held"
        out.append((account, status, report))
    return sorted(out, key=lambda found: (found[2], found[0].node))


def _spoken_between(spoken: dict[str, list[str]], place: str, after: str, upto: str) -> bool:
    """Whether a report speaks of the place on a day after `after` and up to `upto` (the
    days in order: a bisection, not a pass over them for every account)."""
    days = spoken.get(place, [])
    i = bisect.bisect_right(days, after[:10])
    return i < len(days) and days[i] <= upto


def item(accounts: Accounts, account: Account) -> dict[str, Any]:
    """One account as a time-axis item: a point for a day, a band for a span (a month told
    as a month is a band), fuzzy ends where only bounds are known."""
    eb, lb = account.begin_bounds()
    ee, le = account.end_bounds()
    start = eb or lb or ee or le
    end = le or ee
    ongoing = account.one("asOf") if account.one("ongoing") == "true" else None
    if account.kind == "control" and ongoing and (end is None or end < ongoing):
        end = ongoing
    report = accounts.reports.get(account.report or "")
    return {
        "id": account.node,
        "kind": account.kind,
        "label": accounts.label(account.node),
        "controller": accounts.label(account.one("controller") or account.one("agent")),
        "start": start,
        "end": end if end and start and end > start else None,
        "fuzzyStart": bool(eb and lb and eb != lb) or (start is not None and eb is None),
        "fuzzyEnd": bool(ee and le and ee != le) or bool(ongoing),
        "report": account.report or "",
        "reportDate": report.date if report else "",
        "voice": short_iri(account.one("voice") or ""),
        "derived": account.derived,
    }


class Snapshots:
    """The snapshot of the build published now (a new one after each build)."""

    def __init__(self, store: Path, root: Path) -> None:
        self.store, self.root = store, root
        self.current: Snapshot | None = None
        self.lock = threading.Lock()

    def get(self) -> Snapshot | None:
        identity = store_identity(self.store)
        if identity is None:
            return None
        with self.lock:
            if self.current is None or self.current.identity != identity:
                self.current = Snapshot(identity, ox.Store.read_only(identity[0]), self.root)
            return self.current
