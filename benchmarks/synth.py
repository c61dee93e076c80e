"""A deterministic (seeded) corpus of synthetic reports shaped like the AFP report.

Each report holds 25 events drawn from the real gazetteer's actors and places: captures
(taker, loser, place, a date of day, month or year precision) with the control period each
starts, support relations with their kind, and claims attributed to an actor about a
presence. Every fact has an evidence quote that occurs once in the report's generated
Arabic source text. Resolved, a report is about 1,060 triples (the AFP report, 2,615):
100k events, 4,000 reports, 4.25M triples.

    python benchmarks/synth.py --events 1000 --into DIR [--violations K]
        report files (data/reports/*.ttl + data/sources/*.txt) for the whole pipeline,
        conforming to the shapes; --violations K makes K captures taken by their loser
        (K violations of the taker-is-not-loser rule, nothing else)
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, Graph

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from conflictkg.namespaces import ID  # noqa: E402

EVENTS_PER_REPORT = 25
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
REPORT_DATE = "2017-11-09"


@dataclass
class Fact:
    kind: str  # capture | support | claim
    number: int
    actor: str
    other: str
    place: str
    stamp: tuple[str, str]  # (lexical form, xsd datatype local name)
    support_kind: str = "Backing"
    fighters: int = 0
    taken_by_loser: bool = False

    @property
    def sentences(self) -> list[str]:
        n = f"{self.number:02d}"
        if self.kind == "capture":
            return [
                f"سيطرت القوات {n} على الموقع {n} في {self.stamp[0]}",
                f"وباتت القوات {n} تسيطر على الموقع {n}",
            ]
        if self.kind == "support":
            return [f"بدعم من الطرف {n} للطرف الآخر {n}"]
        return [f"كان يتواجد نحو {self.fighters} مقاتل في الموقع {n}", f"وفق المصدر {n}"]


def gazetteer() -> tuple[list[str], list[str]]:
    """Actors and places of the real gazetteer (IRIs)."""
    graph = Graph()
    for path in sorted((ROOT / "data" / "gazetteer").glob("*.ttl")):
        graph.parse(path)
    actors = sorted(
        str(s) for s in set(graph.subjects(RDF.type, None)) if str(s).startswith(str(ID["actor/"]))
    )
    places = sorted(
        str(s) for s in set(graph.subjects(RDF.type, None)) if str(s).startswith(str(ID["place/"]))
    )
    return actors, places


def plan(rng: random.Random, actors: list[str], places: list[str], violations: int) -> list[Fact]:
    """The facts of one report."""
    facts = []
    for number in range(EVENTS_PER_REPORT):
        roll = rng.random()
        actor, other = rng.sample(actors, 2)
        year = rng.randint(2014, 2017)
        month = rng.randint(1, 10 if year == 2017 else 12)  # nothing after the report's date
        day = rng.randint(1, 28)
        stamp = rng.choice(
            (
                (f"{year}-{month:02d}-{day:02d}", "date"),
                (f"{year}-{month:02d}", "gYearMonth"),
                (f"{year}", "gYear"),
            )
        )
        kind = "capture" if roll < 0.6 else "support" if roll < 0.9 else "claim"
        fact = Fact(kind, number, actor, other, rng.choice(places), stamp)
        fact.support_kind = rng.choice(("AirSupport", "Backing", "OperationalSupport"))
        fact.fighters = rng.randint(100, 3000)
        facts.append(fact)
    captures = [f for f in facts if f.kind == "capture"]
    for fact in captures[:violations]:
        fact.taken_by_loser = True
    return facts


def source_text(index: int, facts: list[Fact]) -> str:
    lines = [f"بيروت: تقرير تجريبي رقم {index:06d}."]
    lines += [sentence + "." for fact in facts for sentence in fact.sentences]
    return "\n\n".join(lines)


# ------------------------------------------------------------------ report files
def report_turtle(index: int, facts: list[Fact], text: str) -> str:
    slug = f"synth-{index:06d}"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    out = [
        "@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "",
        f"<{ID[f'report/{slug}']}> a ckg:Report ;",
        f"    ckg:sourceText <{ID[f'source/{slug}']}> ;",
        f"    ckg:dateline <{ID['place/beirut']}> ;",
        f'    ckg:reportDate "{REPORT_DATE}"^^xsd:date ;',
        '    ckg:evidence [ ckg:quote "بيروت:" ; ckg:attests ckg:dateline ] .',
        f"<{ID[f'source/{slug}']}> a ckg:SourceText ;",
        f'    ckg:sourcePath "data/sources/{slug}.ar.txt" ;',
        f'    ckg:sha256 "{digest}" .',
        "",
    ]
    for fact in facts:
        n = f"{fact.number:02d}"
        stamp = f'"{fact.stamp[0]}"^^xsd:{fact.stamp[1]}'
        first, *rest = fact.sentences
        if fact.kind == "capture":
            event, period = ID[f"event/{slug}/capture-{n}"], ID[f"situation/{slug}/control-{n}"]
            loser = fact.actor if fact.taken_by_loser else fact.other
            out += [
                f'<{event}> a ckg:Capture ; rdfs:label "capture {index}.{n}"@en ;',
                f"    ckg:agent <{fact.actor}> ; ckg:opponent <{loser}> ; ckg:place <{fact.place}> ;",
                f"    ckg:date {stamp} ;",
                f'    ckg:evidence [ ckg:quote "{first}" ] .',
                f"<{period}> a ckg:ControlPeriod ; ckg:controller <{fact.actor}> ;",
                f"    ckg:controlledPlace <{fact.place}> ; ckg:extent ckg:FullControl ;",
                f"    ckg:startedBy <{event}> ; ckg:beginDate {stamp} ;",
                f'    ckg:evidence [ ckg:quote "{rest[0]}" ] .',
            ]
        elif fact.kind == "support":
            relation = ID[f"relation/{slug}/support-{n}"]
            out += [
                f"<{relation}> a ckg:SupportRelation ; ckg:supporter <{fact.actor}> ; ckg:supported <{fact.other}> ;",
                f"    ckg:supportKind ckg:{fact.support_kind} ; ckg:date {stamp} ;",
                f'    ckg:evidence [ ckg:quote "{first}" ] .',
            ]
        else:
            presence, claim = ID[f"situation/{slug}/presence-{n}"], ID[f"claim/{slug}/claim-{n}"]
            out += [
                f"<{presence}> a ckg:Presence ; ckg:hasParticipant <{fact.other}> ; ckg:place <{fact.place}> ;",
                f'    ckg:latestBegin "{REPORT_DATE}"^^xsd:date ;',
                f'    ckg:evidence [ ckg:quote "{first}" ] .',
                f"<{claim}> a ckg:Claim ; ckg:claimant <{fact.actor}> ; ckg:claims <{presence}> ;",
                f'    ckg:evidence [ ckg:quote "{rest[0]}" ] .',
            ]
    return "\n".join(out) + "\n"


def write_reports(events: int, seed: int, root: Path, violations: int = 0) -> int:
    """Report files under root/data; returns how many. The violations go to the first reports."""
    rng = random.Random(seed)
    actors, places = gazetteer()
    (root / "data" / "reports").mkdir(parents=True, exist_ok=True)
    (root / "data" / "sources").mkdir(parents=True, exist_ok=True)
    count = (events + EVENTS_PER_REPORT - 1) // EVENTS_PER_REPORT
    left = violations
    for index in range(count):
        facts = plan(rng, actors, places, left)
        left -= sum(f.taken_by_loser for f in facts)
        text = source_text(index, facts)
        slug = f"synth-{index:06d}"
        (root / "data" / "sources" / f"{slug}.ar.txt").write_bytes(text.encode("utf-8"))
        (root / "data" / "reports" / f"{slug}.ttl").write_text(
            report_turtle(index, facts, text), encoding="utf-8"
        )
    if left:
        raise SystemExit(f"only {violations - left} captures to break; ask for more events")
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--into", type=Path, required=True, help="write data/reports and data/sources here"
    )
    parser.add_argument("--violations", type=int, default=0, help="captures taken by their loser")
    args = parser.parse_args()
    reports = write_reports(args.events, args.seed, args.into, args.violations)
    print(f"{args.events} events in {reports} reports -> {args.into}/data")


if __name__ == "__main__":
    main()
