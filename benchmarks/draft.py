"""How close `conflictkg draft` comes to the hand encodings (issue #18).

    python benchmarks/draft.py [--data data/corpus]

For every report of the dataset (the seed and, with --data data/corpus, the constructed
corpus), drafts its text with the report's own date and agency and compares the proposals
with the hand encoding, per kind:
  actors, places   the gazetteer entities the facts name (agent, opponent, controller,
                   claimant, supporter, supported, place, controlled place)
  captures         capture, recapture, expulsion: same taker and place (a draft without
                   a taker matches on the place), dates overlapping when both have one
  controls         control periods: same controller and place
  announcements    same announcer; claims: same claimant
Prints precision and recall per report and in all, and the time a draft takes. No goal is
asserted: the figures are read. The rules were written by people who had read these texts;
a held-out score needs reports the rules' authors have not seen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, Graph

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from conflictkg.draft.draft import Proposal, draft, load_triggers  # noqa: E402
from conflictkg.draft.mentions import lexicon_of  # noqa: E402
from conflictkg.draft.newreport import header_for  # noqa: E402
from conflictkg.namespaces import CKG, PROV  # noqa: E402
from conflictkg.project import Project  # noqa: E402
from conflictkg.rdfio import parse_turtle  # noqa: E402

ROLES = [
    CKG.agent,
    CKG.opponent,
    CKG.controller,
    CKG.claimant,
    CKG.supporter,
    CKG.supported,
    CKG.place,
    CKG.controlledPlace,
]
FAMILY = {
    str(CKG.Capture): "captures",
    str(CKG.Recapture): "captures",
    str(CKG.Expulsion): "captures",
    str(CKG.ControlPeriod): "controls",
    str(CKG.Announcement): "announcements",
    str(CKG.Claim): "claims",
}


@dataclass(frozen=True)
class Fact:
    family: str
    who: str | None
    where: str | None
    earliest: str | None
    latest: str | None


def hand_facts(graph: Graph) -> tuple[list[Fact], set[str], set[str]]:
    facts: list[Fact] = []
    actors: set[str] = set()
    places: set[str] = set()
    for node, cls in graph.subject_objects(RDF.type):
        family = FAMILY.get(str(cls))
        for role in ROLES:
            for value in graph.objects(node, role):
                (places if "/id/place/" in str(value) else actors).add(str(value))
        if family is None:
            continue
        who = graph.value(
            node, CKG.claimant if family == "claims" else CKG.controller
        ) or graph.value(node, CKG.agent)
        where = graph.value(node, CKG.controlledPlace) or graph.value(node, CKG.place)
        earliest = graph.value(node, CKG.earliestBegin) or graph.value(node, CKG.date)
        latest = graph.value(node, CKG.latestEnd) or graph.value(node, CKG.date)
        facts.append(Fact(family, _s(who), _s(where), _s(earliest), _s(latest)))
    return (
        facts,
        {a for a in actors if "/id/actor/" in a and a.count("/") == 6},
        {p for p in places if p.count("/") == 6},
    )


def _s(term: object) -> str | None:
    return None if term is None else str(term)


def drafted_facts(proposals: list[Proposal]) -> tuple[list[Fact], set[str], set[str]]:
    facts: list[Fact] = []
    actors: set[str] = set()
    places: set[str] = set()
    for p in proposals:
        for mention in (p.agent, p.opponent, p.place):
            if mention is not None:
                (places if mention.kind == "place" else actors).add(mention.iri)
        family = FAMILY.get(str(CKG[p.cls]))
        if family is None:
            continue
        day = p.time.value if p.time is not None and p.time.datatype == "date" else None
        facts.append(
            Fact(
                family,
                p.agent.iri if p.agent else None,
                p.place.iri if p.place else None,
                p.time.earliest.isoformat() if p.time else day,
                p.time.latest.isoformat() if p.time else day,
            )
        )
    return facts, actors, places


def same(hand: Fact, drafted: Fact) -> bool:
    if hand.family != drafted.family or hand.where != drafted.where:
        return False
    if drafted.who is not None and hand.who is not None and drafted.who != hand.who:
        return False
    if None in (hand.earliest, hand.latest, drafted.earliest, drafted.latest):
        return True
    assert hand.earliest and hand.latest and drafted.earliest and drafted.latest
    return not (
        hand.latest[:10] < drafted.earliest[:10] or drafted.latest[:10] < hand.earliest[:10]
    )


def score(hand: list[Fact], drafted: list[Fact], family: str) -> tuple[int, int, int]:
    """(hand facts a draft matches, hand facts, drafted facts that match one) of a family."""
    hs = [f for f in hand if f.family == family]
    ds = [f for f in drafted if f.family == family]
    matched = sum(any(same(h, d) for d in ds) for h in hs)
    correct = sum(any(same(h, d) for h in hs) for d in ds)
    return matched, len(hs), correct


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "corpus")
    args = parser.parse_args()
    project = Project(ROOT, args.data.resolve())
    lexicon = lexicon_of(parse_turtle(p) for p in project.gazetteer_files)
    triggers = load_triggers()
    totals: Counter[str] = Counter()
    families = ("captures", "controls", "announcements", "claims")
    print(
        f"{'report':38} {'ms':>6}  "
        + "  ".join(f"{k[:9]:>11}" for k in ("actors", "places", *families))
    )
    print(f"{'':38} {'':>6}  " + "  ".join(f"{'rec prec':>11}" for _ in range(6)))
    for path in project.report_files:
        graph = parse_turtle(path)
        report = next(graph.subjects(RDF.type, CKG.Report))
        source = graph.value(report, CKG.sourceText)
        text = (ROOT / str(graph.value(source, CKG.sourcePath))).read_text(encoding="utf-8")
        date = dt.date.fromisoformat(str(graph.value(report, CKG.reportDate)))
        agency = str(graph.value(report, PROV.wasAttributedTo))
        header = header_for(text, path.stem, "x", agency, date, lexicon)
        start = time.perf_counter()
        result = draft(text, header, lexicon, triggers)
        took = (time.perf_counter() - start) * 1000
        hand, hand_actors, hand_places = hand_facts(graph)
        drafted, actors, places = drafted_facts(result.proposals)
        cells = []
        for name, h, d in (("actors", hand_actors, actors), ("places", hand_places, places)):
            cells.append(_cell(len(h & d), len(h), len(d)))
            totals[f"{name} matched"] += len(h & d)
            totals[f"{name} hand"] += len(h)
            totals[f"{name} drafted"] += len(d)
        for family in families:
            matched, n_hand, n_correct = score(hand, drafted, family)
            n_drafted = sum(f.family == family for f in drafted)
            cells.append(_cell(matched, n_hand, n_drafted, n_correct))
            totals[f"{family} matched"] += matched
            totals[f"{family} hand"] += n_hand
            totals[f"{family} drafted"] += n_drafted
            totals[f"{family} correct"] += n_correct
        print(f"{path.stem:38} {took:6.1f}  " + "  ".join(cells))
    print()
    print(
        "in all (recall = hand facts found, precision = drafted facts that are in the hand encoding):"
    )
    for name in ("actors", "places", *families):
        correct = totals.get(f"{name} correct", totals[f"{name} matched"])
        print(
            f"  {name:14} recall {_pct(totals[f'{name} matched'], totals[f'{name} hand'])}"
            f"  precision {_pct(correct, totals[f'{name} drafted'])}"
            f"  ({totals[f'{name} hand']} by hand, {totals[f'{name} drafted']} drafted)"
        )


def _cell(matched: int, hand: int, drafted: int, correct: int | None = None) -> str:
    return (
        f"{_pct(matched, hand):>5} {_pct(correct if correct is not None else matched, drafted):>5}"
    )


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


if __name__ == "__main__":
    main()
