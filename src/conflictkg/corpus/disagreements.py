"""Where reports disagree: `conflictkg disagreements`.

Disagreement is a result, not an error: nothing is refused, every side is listed with its
report, date, agency and voice. Found between accounts of different reports:
- date: accounts of one identity group (the same event or situation, see
  conflictkg.corpus.derive) whose dates cannot both be right: one's latest day is before
  the other's earliest (a year and a day inside it do not disagree);
- figure: accounts of one identity group that give different shares of control;
- control: a report tells an actor losing a place (a capture from it, or a loss) by a day,
  and another tells the actor surely holding that place, or a place inside it, on that day
  or later, with a hold that may have begun before the loss (a hold told as taken back
  after the loss is a change, not a disagreement);
- control: two reports tell different actors surely holding the same place on a same day,
  one of them holding all of it.
Two reports disagree, or two voices of one report (its own and a claimant's, or two
claimants'): that is sources disagreeing, not fighting on the ground (ckg:contested). A
disagreement between a report and one that revises it (ckg:revises) says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..namespaces import CKG
from .accounts import Account, Accounts


@dataclass(frozen=True)
class Disagreement:
    kind: str  # date, figure, control
    places: tuple[str, ...]
    topic: str
    sides: tuple[tuple[Account, ...], tuple[Account, ...]]
    says: tuple[str, str]
    revision: str = ""

    def nodes(self) -> list[str]:
        return [a.node for side in self.sides for a in side]

    def reports(self) -> set[str]:
        return {a.report for side in self.sides for a in side if a.report}


def _interval(account: Account) -> tuple[str | None, str | None]:
    """The earliest and the latest day an event happened, or a state began."""
    if account.kind == "control":
        return account.one("earliestBegin"), account.one("latestBegin")
    return account.one("earliestBegin"), account.one("latestEnd")


def _dated(account: Account) -> str:
    return (
        account.one("date")
        or account.one("beginDate")
        or " .. ".join(d or "…" for d in _interval(account))
    )


def _group_key(account: Account) -> str:
    return account.group or account.node


def _side(accounts: Accounts, account: Account) -> tuple[Account, ...]:
    return tuple(sorted(accounts.members(account), key=lambda a: (a.report or "", a.node)))


def _revision(accounts: Accounts, a: tuple[Account, ...], b: tuple[Account, ...]) -> str:
    notes = []
    for x, y in ((a, b), (b, a)):
        for newer in {m.report for m in x if m.report}:
            report = accounts.reports.get(newer)
            for older in report.revises if report else ():
                if older in {m.report for m in y}:
                    notes.append(f"{_slug(newer)} revises {_slug(older)}")
    return "; ".join(sorted(set(notes)))


def _slug(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def find(accounts: Accounts) -> list[Disagreement]:
    """Every disagreement between the reports of the built graph, in a stable order."""
    found: dict[tuple[str, ...], Disagreement] = {}

    def add(kind: str, a: Account, b: Account, topic: str, says: tuple[str, str]) -> None:
        side_a, side_b = _side(accounts, a), _side(accounts, b)
        if kind in ("date", "figure"):
            side_a = tuple(m for m in side_a if m.node == a.node or _same_claim(m, a, kind))
            side_b = tuple(m for m in side_b if m.node == b.node or _same_claim(m, b, kind))
        keys = sorted(
            [(tuple(m.node for m in side_a), says[0]), (tuple(m.node for m in side_b), says[1])]
        )
        key = (kind, *keys[0][0], "|", *keys[1][0])
        if key in found:
            return
        places = tuple(sorted({p for m in (*side_a, *side_b) for p in m.places}))
        found[key] = Disagreement(
            kind, places, topic, (side_a, side_b), says, _revision(accounts, side_a, side_b)
        )

    groups: dict[str, list[Account]] = {}
    for account in accounts.accounts.values():
        if account.group is not None:
            groups.setdefault(account.group, []).append(account)
    for members in groups.values():
        members.sort(key=lambda m: (m.report or "", m.node))
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.report == b.report:
                    continue
                (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
                if (a_high and b_low and a_high < b_low) or (b_high and a_low and b_high < a_low):
                    first, second = (a, b) if (a_low or "") <= (b_low or "") else (b, a)
                    add(
                        "date",
                        first,
                        second,
                        f"when: {accounts.label(a.group)}",
                        (f"dated {_dated(first)}", f"dated {_dated(second)}"),
                    )
                if a.share and b.share and a.share != b.share:
                    add(
                        "figure",
                        a,
                        b,
                        f"share: {accounts.label(a.group)}",
                        (a.share, b.share),
                    )
    controls = [a for a in accounts.accounts.values() if a.kind == "control" and not a.derived]
    lost: dict[tuple[str, str], tuple[Account, list[Account], str, str]] = {}
    for change in accounts.accounts.values():
        if not _complete(accounts, change):
            continue
        loser = change.one("opponent") if change.kind == "capture" else change.one("affectedActor")
        by = change.one("latestEnd")
        if loser is None or by is None:
            continue
        for hold in controls:
            held = hold.surely_held()
            if (
                _one_voice(hold, change)
                or hold.one("controller") != loser
                or held is None
                or held[1] < by
                or (hold.one("earliestBegin") or "") >= by
                or change.node in hold.all("endedBy")
                or not any(accounts.inside(q, p) for q in hold.places for p in change.places)
            ):
                continue
            key = (_group_key(change), _group_key(hold))
            entry = lost.setdefault(key, (change, [], loser, by))
            if hold not in entry[1]:
                entry[1].append(hold)
    for change, holds, loser, by in lost.values():
        hold = holds[0]
        held = hold.surely_held()
        assert held is not None
        topic = f"does {accounts.label(loser)} still hold {accounts.label(hold.places[0])}?"
        found_key = ("control", _group_key(change), _group_key(hold))
        side_a = _side(accounts, change)
        side_b = tuple(sorted(holds, key=lambda a: (a.report or "", a.node)))
        found[found_key] = Disagreement(
            "control",
            tuple(sorted({p for m in (*side_a, *side_b) for p in m.places})),
            topic,
            (side_a, side_b),
            (
                f"{accounts.label(loser)} lost it by {by}",
                f"{accounts.label(loser)} holds it ({accounts.label(hold.one('extent'))}"
                f"{', ' + hold.share if hold.share else ''}) on {held[0]} .. {held[1]}",
            ),
            _revision(accounts, side_a, side_b),
        )
    for i, a in enumerate(controls):
        for b in controls[i + 1 :]:
            span_a, span_b = a.surely_held(), b.surely_held()
            if (
                _one_voice(a, b)
                or span_a is None
                or span_b is None
                or a.one("controller") == b.one("controller")
                or span_a[1] < span_b[0]
                or span_b[1] < span_a[0]
                or not (_holds_all_of(accounts, a, b) or _holds_all_of(accounts, b, a))
            ):
                continue
            add(
                "control",
                a,
                b,
                f"who holds {accounts.label(a.places[0])}?",
                (
                    f"{accounts.label(a.one('controller'))} ({accounts.label(a.one('extent'))}) "
                    f"on {span_a[0]} .. {span_a[1]}",
                    f"{accounts.label(b.one('controller'))} ({accounts.label(b.one('extent'))}) "
                    f"on {span_b[0]} .. {span_b[1]}",
                ),
            )
    return sorted(found.values(), key=lambda d: (d.kind, d.topic, d.says))


def _one_voice(a: Account, b: Account) -> bool:
    """Two accounts of one report on one person's word: the report's own account, which a
    disagreement needs two sides for. One report that gives two voices (the army announces,
    the monitor says otherwise) holds a disagreement of sources; fighting on the ground is
    ckg:contested, not this."""
    return a.report == b.report and a.one("accordingTo") == b.one("accordingTo")


def _same_claim(member: Account, account: Account, kind: str) -> bool:
    """Within an identity group, the members that say the same as `account` stand on its
    side (same dates, or same share)."""
    if kind == "figure":
        return member.share == account.share
    return _interval(member) == _interval(account)


def _holds_all_of(accounts: Accounts, full: Account, other: Account) -> bool:
    """`full` holds all of a place that contains a place `other` holds."""
    return full.one("extent") == str(CKG.FullControl) and any(
        accounts.inside(q, p) for p in full.places for q in other.places
    )


def _complete(accounts: Accounts, change: Account) -> bool:
    """A change that takes the whole place from the loser: a capture that starts no partial
    control, or a loss the report says is complete."""
    if change.derived:
        return False
    if change.kind == "capture":
        started = [accounts.accounts.get(c) for c in change.all("startsControl")]
        started += [a for a in accounts.accounts.values() if change.node in a.all("startedBy")]
        return all(a is None or a.one("extent") == str(CKG.FullControl) for a in started)
    return change.kind == "loss" and change.one("complete") == "true"


def select(
    accounts: Accounts,
    found: list[Disagreement],
    place: str | None = None,
    since: str | None = None,
) -> list[Disagreement]:
    """The disagreements about a place (or places inside it), told by a report dated on or
    after `since` on either side."""
    chosen = []
    for d in found:
        if place is not None and not any(accounts.inside(p, place) for p in d.places):
            continue
        dates = [accounts.reports[r].date or "" for r in d.reports() if r in accounts.reports]
        if since is not None and not any(date >= since for date in dates):
            continue
        chosen.append(d)
    return chosen


COLUMNS = [
    "number",
    "kind",
    "topic",
    "side",
    "says",
    "what",
    "report",
    "report_date",
    "agency",
    "voice",
    "according_to",
    "revision",
]


def rows(accounts: Accounts, found: list[Disagreement]) -> list[dict[str, Any]]:
    """One row per account of each side."""
    out = []
    for number, d in enumerate(found, 1):
        for side_name, side, says in zip("AB", d.sides, d.says, strict=True):
            for account in side:
                report = accounts.reports.get(account.report or "")
                out.append(
                    {
                        "number": f"D{number}",
                        "kind": d.kind,
                        "topic": d.topic,
                        "side": side_name,
                        "says": says,
                        "what": accounts.label(account.node),
                        "report": _slug(report.iri) if report else "",
                        "report_date": report.date if report and report.date else "",
                        "agency": accounts.label(report.agency) if report and report.agency else "",
                        "voice": accounts.label(account.one("voice")),
                        "according_to": accounts.label(account.one("accordingTo")),
                        "revision": d.revision,
                    }
                )
    return out
