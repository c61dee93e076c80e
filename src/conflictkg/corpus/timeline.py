"""The control of a place over time, across every report: `conflictkg timeline PLACE`.

One row per account (a report's control period, capture, loss or announcement about the
place or a place within it, and the derived holdings), in the order of time: when it
began or happened (its earliest day; unknown first), then the report's date. Each row
says whose account it is (report, date, agency, voice, on whose word), its bounds as the
report gives them, whether it is ongoing and as of when, the identity group it shares
with other reports' accounts (rows of one group are told side by side), and the
disagreements it takes part in (see conflictkg.corpus.disagreements).
"""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from .accounts import Account, Accounts
from .disagreements import Disagreement

COLUMNS = [
    "when",
    "kind",
    "what",
    "controller",
    "extent",
    "share",
    "begin",
    "end",
    "as_of",
    "report",
    "report_date",
    "agency",
    "voice",
    "according_to",
    "same_as",
    "disagreement",
]


def _span(low: str | None, high: str | None) -> str:
    if low is None and high is None:
        return ""
    if low == high:
        return str(low)
    return f"{low or '…'} .. {high or '…'}"


def _when(account: Account) -> str:
    """The earliest day the account's change or state may have begun ('' if unknown)."""
    return (
        account.one("earliestBegin")
        or account.one("latestBegin")
        or account.one("earliestEnd")
        or ""
    )


def row(accounts: Accounts, account: Account, marks: dict[str, list[str]]) -> dict[str, Any]:
    report = accounts.reports.get(account.report or "")
    voice = account.one("voice")
    if account.derived:
        voice_text = (
            "derived (" + ", ".join(accounts.label(f) for f in account.all("derivedFrom")) + ")"
        )
    else:
        voice_text = accounts.label(voice) if voice else ""
    controller = account.one("controller") or account.one("agent") or account.one("affectedActor")
    begin = account.one("beginDate") or _span(*account.begin_bounds())
    end = account.one("endDate") or _span(*account.end_bounds())
    if account.kind in ("capture", "loss", "announcement", "declaration"):
        begin = account.one("date") or begin
    if account.derived:
        report = accounts.reports.get(_report_of(accounts, account) or "")
    return {
        "when": _when(account),
        "kind": account.kind + (" (derived)" if account.derived else ""),
        "what": accounts.label(account.node),
        "controller": accounts.label(controller),
        "extent": accounts.label(account.one("extent")),
        "share": account.share or "",
        "begin": begin,
        "end": end,
        "as_of": account.one("asOf") or "",
        "report": _slug(report.iri) if report else "",
        "report_date": report.date if report and report.date else "",
        "agency": accounts.label(report.agency) if report and report.agency else "",
        "voice": voice_text,
        "according_to": accounts.label(account.one("accordingTo")),
        "same_as": _slug(account.group) if account.group else "",
        "disagreement": " ".join(marks.get(account.node, [])),
    }


def _slug(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _report_of(accounts: Accounts, account: Account) -> str | None:
    for source in account.all("derivedFrom"):
        if source in accounts.accounts:
            return accounts.accounts[source].report
    return None


def timeline(
    accounts: Accounts, place: str, disagreements: list[Disagreement]
) -> list[dict[str, Any]]:
    """The rows of the timeline of `place` (an IRI)."""
    if place not in accounts.labels and not any(True for _ in accounts.about(place)):
        raise InputError(
            f"no place <{place}> in the built graph",
            hint="Name a place of the gazetteer, e.g. place:albu-kamal "
            "(https://w3id.org/conflict-kg/id/place/albu-kamal).",
        )
    marks: dict[str, list[str]] = {}
    for number, disagreement in enumerate(disagreements, 1):
        for node in disagreement.nodes():
            marks.setdefault(node, []).append(f"D{number}")
    chosen = list(accounts.about(place))
    rows = [row(accounts, a, marks) for a in chosen]
    # rows of one identity group side by side, at the place of the group's earliest row
    first: dict[str, tuple[str, str]] = {}
    for r in rows:
        key = r["same_as"] or r["what"] + r["report"]
        mark = (r["when"] or "0000", r["report_date"])
        first[key] = min(first.get(key, mark), mark)
    rows.sort(
        key=lambda r: (
            first[r["same_as"] or r["what"] + r["report"]],
            r["same_as"],
            r["when"] or "0000",
            r["report_date"],
            r["what"],
        )
    )
    return rows
