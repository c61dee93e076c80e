"""Accounts: every control period and every change of control, with whose account it is.

An Account is one report's statement of one situation or event (or a derived holding),
read from the built store with what the build derived (conflictkg.corpus.derive): the
report, its date and agency, the voice and whose word, the identity group it belongs to,
its time bounds and, for control, controller, extent and share. `timeline` and
`disagreements` work on these.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from ..namespaces import CKG, PROV
from ..query import short_iri

_PREFIXES = f"""PREFIX ckg: <{CKG}>
PREFIX prov: <{PROV}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

KINDS = {
    str(CKG.ControlPeriod): "control",
    str(CKG.Capture): "capture",
    str(CKG.Expulsion): "capture",
    str(CKG.Recapture): "capture",
    str(CKG.TerritorialLoss): "loss",
    str(CKG.CaliphateDeclaration): "declaration",
    str(CKG.Announcement): "announcement",
}

_TYPES = " ".join(f"<{t}>" for t in KINDS)
_NODES = _PREFIXES + f"SELECT ?n ?type WHERE {{ VALUES ?type {{ {_TYPES} }} ?n a ?type }}"

_VALUES = (
    _PREFIXES
    + """SELECT ?n ?p ?o WHERE {
  VALUES ?p { rdfs:label ckg:controller ckg:controlledPlace ckg:place ckg:extent ckg:agent
              ckg:opponent ckg:affectedActor ckg:announces ckg:date ckg:beginDate ckg:endDate
              ckg:earliestBegin ckg:latestBegin ckg:earliestEnd ckg:latestEnd ckg:ongoing
              ckg:asOf ckg:statedIn ckg:voice ckg:accordingTo ckg:voiceGivenBy ckg:derivedFrom
              ckg:startedBy ckg:endedBy ckg:startsControl ckg:endsControl ckg:complete }
  ?n ?p ?o .
  FILTER (?p != rdfs:label || LANGMATCHES(LANG(?o), "en"))
}"""
)

_SHARES = (
    _PREFIXES
    + """SELECT ?n ?value ?min ?max ?approx WHERE {
  ?n ckg:share ?q .
  OPTIONAL { ?q ckg:value ?value } OPTIONAL { ?q ckg:minValue ?min }
  OPTIONAL { ?q ckg:maxValue ?max } OPTIONAL { ?q ckg:approximate ?approx }
}"""
)

_REPORTS = (
    _PREFIXES
    + """SELECT ?r ?date ?agency ?revises ?constructed WHERE {
  ?r a ckg:Report .
  OPTIONAL { ?r ckg:reportDate ?date } OPTIONAL { ?r prov:wasAttributedTo ?agency }
  OPTIONAL { ?r ckg:revises ?revises } OPTIONAL { ?r ckg:constructedExample ?constructed }
}"""
)

_LINKS = _PREFIXES + "SELECT ?link ?n WHERE { ?link a ckg:IdentityLink ; ckg:links ?n }"
_WITHIN = _PREFIXES + "SELECT ?a ?b WHERE { ?a ckg:within+ ?b }"
_LABELS = (
    _PREFIXES
    + """SELECT ?x ?en WHERE { ?x rdfs:label ?en . FILTER (LANGMATCHES(LANG(?en), "en"))
  FILTER (STRSTARTS(STR(?x), "https://w3id.org/conflict-kg/id/actor/")
       || STRSTARTS(STR(?x), "https://w3id.org/conflict-kg/id/place/")
       || STRSTARTS(STR(?x), "https://w3id.org/conflict-kg/id/link/")
       || STRSTARTS(STR(?x), "https://w3id.org/conflict-kg/ontology#")) }"""
)


@dataclass(frozen=True)
class Report:
    iri: str
    date: str | None
    agency: str | None
    revises: tuple[str, ...]
    constructed: bool


@dataclass
class Account:
    node: str
    kind: str  # control, capture, loss, declaration, announcement
    values: dict[str, list[str]] = field(default_factory=dict)
    share: str | None = None
    share_range: tuple[float | None, float | None] | None = None
    group: str | None = None  # the identity link, if any

    def one(self, prop: str) -> str | None:
        found = self.values.get(prop)
        return found[0] if found else None

    def all(self, prop: str) -> list[str]:
        return sorted(self.values.get(prop, []))

    @property
    def report(self) -> str | None:
        return self.one("statedIn")

    @property
    def derived(self) -> bool:
        return "derivedFrom" in self.values

    @property
    def places(self) -> list[str]:
        return self.all("controlledPlace") + self.all("place")

    def begin_bounds(self) -> tuple[str | None, str | None]:
        return self.one("earliestBegin"), self.one("latestBegin")

    def end_bounds(self) -> tuple[str | None, str | None]:
        return self.one("earliestEnd"), self.one("latestEnd")

    def surely_held(self) -> tuple[str, str] | None:
        """The days a control period surely held, by what its report says: from its latest
        begin to its earliest end, or to its report's date while ongoing."""
        start = self.one("latestBegin")
        stop = self.one("earliestEnd") or self.one("asOf")
        if start is None or stop is None or stop < start:
            return None
        return start, stop


@dataclass
class Accounts:
    accounts: dict[str, Account]
    reports: dict[str, Report]
    labels: dict[str, str]
    within: dict[str, set[str]]  # place -> every place it lies in

    def label(self, iri: str | None) -> str:
        if iri is None:
            return ""
        return self.labels.get(iri) or short_iri(iri)

    def inside(self, place: str, area: str) -> bool:
        return place == area or area in self.within.get(place, set())

    def about(self, place: str) -> Iterator[Account]:
        """Accounts of the place or of places within it; an announcement is about the
        places of what it announces."""
        for account in self.accounts.values():
            places = account.places
            if account.kind == "announcement":
                places = [
                    p
                    for target in account.all("announces")
                    if target in self.accounts
                    for p in self.accounts[target].places
                ]
            if any(self.inside(p, place) for p in places):
                yield account

    def members(self, account: Account) -> list[Account]:
        """The accounts of the same identity group (the account alone when it has none)."""
        if account.group is None:
            return [account]
        return [a for a in self.accounts.values() if a.group == account.group]


def _value(term: object) -> str:
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def load(store: ox.Store) -> Accounts:
    """Read the accounts of a built store (its derived and identity graphs included)."""

    def select(text: str) -> Iterable[ox.QuerySolution]:
        return store.query(text, use_default_graph_as_union=True)  # type: ignore[return-value]

    accounts: dict[str, Account] = {}
    for row in select(_NODES):
        node = _value(row["n"])
        kind = KINDS[_value(row["type"])]
        if node not in accounts or kind != "control":  # the most telling kind
            accounts.setdefault(node, Account(node, kind)).kind = kind
    for row in select(_VALUES):
        account = accounts.get(_value(row["n"]))
        if account is not None:
            values = account.values.setdefault(_local(_value(row["p"])), [])
            value = _value(row["o"])
            if value not in values:
                values.append(value)
    for row in select(_SHARES):
        account = accounts.get(_value(row["n"]))
        if account is None:
            continue
        value, low, high = (row[k] for k in ("value", "min", "max"))
        approx = row["approx"] is not None and _value(row["approx"]) == "true"
        if value is not None:
            number = float(_value(value))
            account.share = f"{'about ' if approx else ''}{_value(value)}%"
            account.share_range = (number, number)
        else:
            account.share = " ".join(
                part
                for part in (
                    f"more than {_value(low)}%" if low is not None else "",
                    f"less than {_value(high)}%" if high is not None else "",
                )
                if part
            )
            account.share_range = (
                float(_value(low)) if low is not None else None,
                float(_value(high)) if high is not None else None,
            )
    reports: dict[str, Report] = {}
    revises: dict[str, list[str]] = {}
    for row in select(_REPORTS):
        iri = _value(row["r"])
        if row["revises"] is not None:
            revises.setdefault(iri, []).append(_value(row["revises"]))
        reports[iri] = Report(
            iri,
            _value(row["date"]) if row["date"] is not None else None,
            _value(row["agency"]) if row["agency"] is not None else None,
            (),
            row["constructed"] is not None and _value(row["constructed"]) == "true",
        )
    for iri, targets in revises.items():
        old = reports[iri]
        reports[iri] = Report(
            old.iri, old.date, old.agency, tuple(sorted(targets)), old.constructed
        )
    for row in select(_LINKS):
        account = accounts.get(_value(row["n"]))
        if account is not None:
            account.group = _value(row["link"])
    labels = {_value(row["x"]): _value(row["en"]) for row in select(_LABELS)}
    within: dict[str, set[str]] = {}
    for row in select(_WITHIN):
        within.setdefault(_value(row["a"]), set()).add(_value(row["b"]))
    for account in accounts.values():
        if "label" in account.values:
            labels[account.node] = account.values["label"][0]
    return Accounts(accounts, reports, labels, within)
