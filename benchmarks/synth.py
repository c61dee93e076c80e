"""A deterministic (seeded) corpus of synthetic reports shaped like the AFP report, written
as the N-Quads a build produces: one named graph per report holding its events (captures
with taker, loser, place and a date of day, month or year precision), the control periods
they start, support relations, an attributed claim, and a Web Annotation for each of them
whose quote occurs in the report's generated source text. Actors and places are reused from
the real gazetteer, which is written as its own graph together with the ontology.

    python benchmarks/synth.py --events 100000 --seed 7 --out build/synth-100k.nq

Used by benchmarks/load.py. (Sizes are by event count; a report holds 25 events.)
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import pyoxigraph

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from conflictkg.namespaces import CKG, GRAPH_GAZETTEER, ID, OA  # noqa: E402

EVENTS_PER_REPORT = 25
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def _iri(value: str) -> str:
    return f"<{value}>"


def _lit(value: str, datatype: str | None = None, lang: str | None = None) -> str:
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    if lang:
        return f'"{escaped}"@{lang}'
    return f'"{escaped}"^^<{datatype}>' if datatype else f'"{escaped}"'


def gazetteer_terms() -> tuple[list[str], list[str]]:
    store = pyoxigraph.Store()
    store.bulk_load(
        path=str(ROOT / "build" / "conflict-kg.nq"), format=pyoxigraph.RdfFormat.N_QUADS
    )
    graph = pyoxigraph.NamedNode(str(GRAPH_GAZETTEER))
    actors, places = set(), set()
    for quad in store.quads_for_pattern(None, None, None, graph):
        subject = quad.subject.value if isinstance(quad.subject, pyoxigraph.NamedNode) else ""
        if subject.startswith(str(ID["actor/"])):
            actors.add(subject)
        elif subject.startswith(str(ID["place/"])):
            places.add(subject)
    return sorted(actors), sorted(places)


def report_quads(index: int, rng: random.Random, actors: list[str], places: list[str]) -> list[str]:
    slug = f"synth-{index:06d}"
    graph = _iri(str(ID[f"graph/report/{slug}"]))
    source = str(ID[f"source/{slug}"])
    lines: list[str] = []

    def add(s: str, p: str, o: str) -> None:
        lines.append(f"{s} {p} {o} {graph} .")

    sentences: list[str] = []
    offset = 0

    def quote(node: str, text: str, attests: str | None = None) -> None:
        nonlocal offset
        start, end = offset, offset + len(text)
        sentences.append(text)
        offset = end + 1
        ann = _iri(str(ID[f"annotation/{slug}/{node.rsplit('/', 1)[-1]}/{start}-{end}"]))
        target = _iri(str(ID[f"annotation/{slug}/{node.rsplit('/', 1)[-1]}/{start}-{end}/target"]))
        add(_iri(node), _iri(str(CKG.evidence)), ann)
        add(ann, RDF_TYPE, _iri(str(CKG.Evidence)))
        add(ann, _iri(str(OA.hasBody)), _iri(node))
        add(ann, _iri(str(OA.hasTarget)), target)
        add(target, _iri(str(OA.hasSource)), _iri(source))
        add(target, _iri(str(OA.exact)), _lit(text))
        add(target, _iri(str(OA.start)), _lit(str(start), XSD + "integer"))
        add(target, _iri(str(OA.end)), _lit(str(end), XSD + "integer"))
        if attests:
            add(ann, _iri(str(CKG.attests)), _iri(attests))

    report = str(ID[f"report/{slug}"])
    add(_iri(report), RDF_TYPE, _iri(str(CKG.Report)))
    add(_iri(report), _iri(str(CKG.reportDate)), _lit("2017-11-09", XSD + "date"))
    add(_iri(report), _iri(str(CKG.sourceText)), _iri(source))
    for e in range(EVENTS_PER_REPORT):
        kind = rng.random()
        node = str(ID[f"event/{slug}/e{e:02d}"])
        taker, loser = rng.sample(actors, 2)
        place = rng.choice(places)
        year, month, day = rng.randint(2014, 2017), rng.randint(1, 12), rng.randint(1, 28)
        precision = rng.choice(("day", "month", "year"))
        stamp = {
            "day": _lit(f"{year}-{month:02d}-{day:02d}", XSD + "date"),
            "month": _lit(f"{year}-{month:02d}", XSD + "gYearMonth"),
            "year": _lit(f"{year}", XSD + "gYear"),
        }[precision]
        if kind < 0.6:  # a capture and the control it starts
            add(_iri(node), RDF_TYPE, _iri(str(CKG.Capture)))
            add(_iri(node), _iri(str(CKG.agent)), _iri(taker))
            add(_iri(node), _iri(str(CKG.opponent)), _iri(loser))
            add(_iri(node), _iri(str(CKG.place)), _iri(place))
            add(_iri(node), _iri(str(CKG.date)), stamp)
            add(
                _iri(node),
                _iri("http://www.w3.org/2000/01/rdf-schema#label"),
                _lit(f"capture {index}.{e}", lang="en"),
            )
            quote(node, f"سيطرت القوات رقم {index} على المكان {e} في العام {year}")
            period = str(ID[f"situation/{slug}/c{e:02d}"])
            add(_iri(period), RDF_TYPE, _iri(str(CKG.ControlPeriod)))
            add(_iri(period), _iri(str(CKG.controller)), _iri(taker))
            add(_iri(period), _iri(str(CKG.controlledPlace)), _iri(place))
            add(_iri(period), _iri(str(CKG.extent)), _iri(str(CKG.FullControl)))
            add(_iri(period), _iri(str(CKG.startedBy)), _iri(node))
            add(_iri(period), _iri(str(CKG.beginDate)), stamp)
            quote(period, f"وباتت القوات رقم {index} تسيطر على المكان {e}")
        elif kind < 0.9:  # support
            add(_iri(node), RDF_TYPE, _iri(str(CKG.SupportRelation)))
            add(_iri(node), _iri(str(CKG.supporter)), _iri(taker))
            add(_iri(node), _iri(str(CKG.supported)), _iri(loser))
            add(
                _iri(node),
                _iri(str(CKG.supportKind)),
                _iri(str(rng.choice((CKG.AirSupport, CKG.Backing)))),
            )
            add(_iri(node), _iri(str(CKG.date)), stamp)
            quote(node, f"بدعم من الطرف {index} للطرف {e}")
        else:  # an attributed claim of a presence
            claim = str(ID[f"claim/{slug}/k{e:02d}"])
            add(_iri(node), RDF_TYPE, _iri(str(CKG.Presence)))
            add(_iri(node), _iri(str(CKG.hasParticipant)), _iri(loser))
            add(_iri(node), _iri(str(CKG.place)), _iri(place))
            add(_iri(node), _iri(str(CKG.latestBegin)), _lit("2017-11-09", XSD + "date"))
            quote(
                node,
                f"كان يتواجد نحو {rng.randint(100, 3000)} مقاتل في المكان {e} من التقرير {index}",
            )
            add(_iri(claim), RDF_TYPE, _iri(str(CKG.Claim)))
            add(_iri(claim), _iri(str(CKG.claimant)), _iri(taker))
            add(_iri(claim), _iri(str(CKG.claims)), _iri(node))
            quote(claim, f"وفق المصدر {index}.{e}")
    add(_iri(source), RDF_TYPE, _iri(str(CKG.SourceText)))
    add(_iri(source), _iri(str(CKG.text)), _lit("\n".join(sentences)))
    return lines


def write_corpus(events: int, seed: int, out: Path) -> int:
    """Write the ontology and gazetteer graphs of the last build plus the synthetic reports;
    returns the number of quads."""
    rng = random.Random(seed)
    actors, places = gazetteer_terms()
    base = [
        line
        for line in (ROOT / "build" / "conflict-kg.nq").read_text(encoding="utf-8").splitlines()
        if "/graph/report/" not in line and line.strip()
    ]
    count = len(base)
    with out.open("w", encoding="utf-8") as handle:
        handle.write("\n".join(base) + "\n")
        for index in range((events + EVENTS_PER_REPORT - 1) // EVENTS_PER_REPORT):
            lines = report_quads(index, rng, actors, places)
            handle.write("\n".join(lines) + "\n")
            count += len(lines)
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    quads = write_corpus(args.events, args.seed, args.out)
    print(f"{args.events} events, {quads} quads -> {args.out}")


if __name__ == "__main__":
    main()
