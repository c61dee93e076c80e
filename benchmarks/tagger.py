"""A statistical baseline for drafting (issue #18, option 2): how far a tagger trained on
the hand encodings gets on reports it was not trained on, beside the rules' held-out scores.

    python benchmarks/tagger.py [--last 275] [--every 10] [--passes 5] [--window 50]
                                [--margin 0] [--rules build/first-drafts]

The held-out batches of data/tuning/ are taken in the order they were added (git history:
the commits that added each batch to data/heldout/reports/). Each batch is drafted by a
tagger trained on every report before it (the seed, the corpus and the earlier batches): as
the rules were first scored, on text it has not seen. The tagger is trained anew every
`--every` batches (`--passes` passes) and learns from each batch, one pass, once drafted.

It reads sentences. One averaged perceptron per event type (a capture, recapture or
expulsion one type, as the drafting benchmark counts them) says whether the sentence tells
an event of that type, from its folded words and pairs of words, the gazetteer's names and
the times told replaced by <actor>, <place>, <time> (the words around a name, not the name,
tell what happened). A sentence is labelled by the hand encoding's events whose first quote
begins in it. Two more perceptrons rank the sentence's actors and its places (past the
dateline), or none, as each type's agent and place, by the words around each name and its
rank. The date is the sentence's first time, else the last told before, else the report's
date. The name and time finders are the drafter's; none of its rules is used.

Events are scored as benchmarks/draft.py scores them (type, agent, place, overlapping
dates), pooled over the last `--last` batches (the range the README pools the rules' first
scores over) and by `--window` batches, as it learns; the types alone are scored per
sentence, and the events again with the hand's types given (what the roles and dates cost).
Caveats, printed with the figures: the name and time finders are today's, improved by
reading these batches, where each first score used those of its day; one event per type per
sentence at most. No goal is asserted: the figures are read.

With `--rules` (the rules' first drafts, `benchmarks/first_drafts.py`: each batch drafted by
the code of the commit that added it), the same reports are scored drafted by the rules as
they were then, and by the two together (option 2's hybrid): the rules' events kept only where
the tagger tells their type in their sentence; the rules' events and the tagger's of the types
the rules draft none of in a sentence; and the tagger's only in the sentences the rules draft
no event in; and the rules' events retyped where the tagger tells one type they lack in
their sentence and not theirs (the rules' roles, the tagger's type). `--margin` raises the
score a type must pass (fewer types told, surer ones).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import NoReturn

from rdflib import RDF, Graph

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import draft as bench  # noqa: E402

from conflictkg.arabic import fold  # noqa: E402
from conflictkg.draft.dates import find_times  # noqa: E402
from conflictkg.draft.mentions import Lexicon, lexicon_of  # noqa: E402
from conflictkg.namespaces import CKG  # noqa: E402
from conflictkg.project import Project  # noqa: E402
from conflictkg.rdfio import parse_turtle  # noqa: E402

HELDOUT = "data/heldout/reports/"
_SENTENCE_END = re.compile(r"(?<=\.)\s+")
_WORD = re.compile(r"\w+")
NONE = "<none>"  # (the choice of no actor, no place)


@dataclass(frozen=True)
class Candidate:
    """A name in a sentence that may fill a role: its entry and what is around it."""

    iri: str
    features: tuple[str, ...]


@dataclass(frozen=True)
class Told:
    """A hand-encoded event whose quote begins in the sentence: its type, agent, places."""

    type: str
    agent: str | None
    where: frozenset[str]


@dataclass
class Sentence:
    """One sentence of a report: where it is, its features, the names in it that may fill
    a role, its times, and the hand events told in it."""

    start: int
    text: str
    features: frozenset[str]
    actors: list[Candidate]
    places: list[Candidate]
    times: list[tuple[str, str]]
    told: list[Told] = field(default_factory=list)

    @property
    def types(self) -> frozenset[str]:
        return frozenset(t.type for t in self.told)


@dataclass
class Report:
    slug: str
    date: dt.date
    sentences: list[Sentence]
    hand: list[bench.Fact]


def sentences_of(text: str) -> list[tuple[int, str]]:
    """The text's sentences, each with where it starts: split past a full stop."""
    found, at = [], 0
    for part in _SENTENCE_END.split(text):
        at = text.index(part, at)
        if part.strip():
            found.append((at, part))
        at += len(part)
    return found


def _word(written: str) -> str:
    """A word folded, «و» or «ف» (and, so) taken off a word of four letters or more."""
    return re.sub(r"^[وف](?=\w{3})", "", fold(written))


def read_sentence(start: int, text: str, lexicon: Lexicon, day: dt.date) -> Sentence:
    """The sentence's features (its folded words and pairs of words, the names and times in
    it replaced by what they are: <actor>, <place>, <time>), its names past the dateline
    («بيروت:», where the report was written) with the words around each, and its times."""
    names = lexicon.find(text)
    times = find_times(text, day)
    spans = [(m.start, m.end, f"<{m.kind}>") for m in names]
    spans += [(t.start, t.end, "<time>") for t in times]
    tokens: list[str] = []
    covered_to = -1
    for word in _WORD.finditer(text):
        span = next((s for s in spans if s[0] <= word.start() < s[1]), None)
        if span is not None:
            if span[0] != covered_to:  # (a name of several words: one token)
                tokens.append(span[2])
                covered_to = span[0]
            continue
        tokens.append(_word(word.group()))
    pairs = {f"{a} {b}" for a, b in pairwise(tokens)}
    after = text.find(":") + 1 if start == 0 and ":" in text[:30] else 0
    candidates: dict[str, list[Candidate]] = {"actor": [], "place": []}
    for m in names:
        if m.start < after or m.kind not in candidates:
            continue
        before = [_word(w) for w in _WORD.findall(text[max(0, m.start - 40) : m.start])][-2:]
        past = [_word(w) for w in _WORD.findall(text[m.end : m.end + 30])][:1]
        rank = len(candidates[m.kind])
        context = (
            f"rank={min(rank, 3)}",
            f"p1={before[-1] if before else '^'}",
            f"p2={' '.join(before)}",
            f"n1={past[0] if past else '$'}",
            f"at={min(4, 5 * m.start // max(len(text), 1))}",
        )
        candidates[m.kind].append(Candidate(m.iri, context))
    return Sentence(
        start,
        text,
        frozenset(tokens) | pairs,
        candidates["actor"],
        candidates["place"],
        [(t.earliest.isoformat(), t.latest.isoformat()) for t in times],
    )


def told_events(graph: Graph, events: set[str]) -> list[tuple[Told, list[str]]]:
    """Each hand-encoded event: its type (as the drafting benchmark counts it), agent and
    places (as it scores them), and its quotes."""
    found = []
    for node, cls in graph.subject_objects(RDF.type):
        if str(cls) not in events:
            continue
        family = bench.EVENT_FAMILY.get(str(cls), str(cls)).rsplit("#", 1)[-1]
        agents, where = bench.hand_roles(graph, node, "event " + family)
        quotes = [
            str(q)
            for evidence in graph.objects(node, CKG.evidence)
            for q in graph.objects(evidence, CKG.quote)
        ]
        found.append((Told(family, agents[0] if agents else None, where), quotes))
    return found


def read_report(path: Path, lexicon: Lexicon, events: set[str]) -> Report:
    graph = parse_turtle(path)
    report = next(graph.subjects(RDF.type, CKG.Report))
    source = graph.value(report, CKG.sourceText)
    text = (ROOT / str(graph.value(source, CKG.sourcePath))).read_text(encoding="utf-8")
    day = dt.date.fromisoformat(str(graph.value(report, CKG.reportDate)))
    lexicon = lexicon.as_of(day)
    parts = sentences_of(text)
    sentences = [read_sentence(start, part, lexicon, day) for start, part in parts]
    for told, quotes in told_events(graph, events):
        where = next((at for at in map(text.find, quotes) if at >= 0), -1)
        if where >= 0:  # (the sentence its first quote found begins in)
            index = max(i for i, (start, _) in enumerate(parts) if start <= where)
            sentences[index].told.append(told)
    hand, _, _ = bench.hand_facts(graph, events)
    return Report(path.stem, day, sentences, hand)


def rule_drafts(path: Path, report: Report, events: set[str]) -> list[tuple[int, bench.Fact]]:
    """The events of a rules' draft (`benchmarks/first_drafts.py`), each with the index of
    the report's sentence its first quote is found in (-1: in none)."""
    graph = parse_turtle(path)
    found = []
    for node, cls in graph.subject_objects(RDF.type):
        if str(cls) not in events:
            continue
        quotes = [
            str(q)
            for evidence in graph.objects(node, CKG.evidence)
            for q in graph.objects(evidence, CKG.quote)
        ]
        at = next((i for q in quotes for i, s in enumerate(report.sentences) if q in s.text), -1)
        found += [
            (at, f)
            for f in bench.facts_of(graph, node, cls, events)
            if f.family.startswith("event ")
        ]
    return found


class Linear:
    """An averaged perceptron over string keys: the weights a key has had, averaged over
    every step of training (steadier than the last ones)."""

    def __init__(self) -> None:
        self.weights: dict[str, float] = {}
        self._totals: dict[str, float] = defaultdict(float)
        self._stamps: dict[str, int] = defaultdict(int)
        self.step = 0

    def score(self, keys: Iterable[str]) -> float:
        return _weighed(self.weights, keys)

    def update(self, keys: Iterable[str], change: float) -> None:
        for k in keys:
            w = self.weights.get(k, 0.0)
            self._totals[k] += (self.step - self._stamps[k]) * w
            self._stamps[k] = self.step
            self.weights[k] = w + change

    def averaged(self) -> dict[str, float]:
        return {
            k: (self._totals[k] + (self.step - self._stamps[k]) * w) / max(self.step, 1)
            for k, w in self.weights.items()
        }


def _type_keys(t: str, s: Sentence) -> list[str]:
    return [f"{t}|{f}" for f in s.features] + [f"{t}|<bias>"]


def _role_keys(t: str, c: Candidate | None) -> list[str]:
    features = c.features if c is not None else (NONE,)
    return [*features, *(f"{t}|{f}" for f in features)]


class Tagger:
    """Which event types a sentence tells (one perceptron per type, against the rest) and,
    for each, which of its actors is the agent and which of its places the place (a
    perceptron ranking the names, or none)."""

    def __init__(self, margin: float = 0.0) -> None:
        self.types, self.agents, self.places = Linear(), Linear(), Linear()
        self.margin = margin  # (what a type's score must pass for the sentence to tell it)
        self.known: set[str] = set()
        self.frozen: tuple[dict[str, float], dict[str, float], dict[str, float]] | None = None

    def learn(self, sentences: Iterable[Sentence], passes: int = 1) -> None:
        for _ in range(passes):
            for s in sentences:
                self._learn(s)
        self.frozen = (self.types.averaged(), self.agents.averaged(), self.places.averaged())

    def _learn(self, s: Sentence) -> None:
        for model in (self.types, self.agents, self.places):
            model.step += 1
        self.known |= s.types
        for t in self.known:
            wanted = t in s.types
            keys = _type_keys(t, s)
            if (self.types.score(keys) > 0) != wanted:
                self.types.update(keys, 1.0 if wanted else -1.0)
        for told in s.told:
            gold_agent: list[Candidate | None] = [c for c in s.actors if c.iri == told.agent]
            self._rank(self.agents, told.type, s.actors, gold_agent or [None])
            gold_place: list[Candidate | None] = [c for c in s.places if c.iri in told.where]
            if gold_place or not told.where:
                self._rank(self.places, told.type, s.places, gold_place or [None])

    @staticmethod
    def _rank(
        model: Linear, t: str, candidates: list[Candidate], gold: list[Candidate | None]
    ) -> None:
        best = _best(model.weights, t, candidates)
        if best not in gold:
            model.update(_role_keys(t, gold[0]), 1.0)
            model.update(_role_keys(t, best), -1.0)

    def tell(self, s: Sentence) -> list[tuple[str, Candidate | None, Candidate | None]]:
        """The types the sentence tells, each with its agent and place (or None)."""
        assert self.frozen is not None, "learn first"
        types = self.frozen[0]
        return self.roles(
            s, [t for t in sorted(self.known) if _weighed(types, _type_keys(t, s)) > self.margin]
        )

    def roles(
        self, s: Sentence, types: list[str]
    ) -> list[tuple[str, Candidate | None, Candidate | None]]:
        """Each of the types given, with the agent and the place it ranks first (or None)."""
        assert self.frozen is not None, "learn first"
        _, agents, places = self.frozen
        return [(t, _best(agents, t, s.actors), _best(places, t, s.places)) for t in types]


def _weighed(weights: dict[str, float], keys: Iterable[str]) -> float:
    """The sum of the weights of the keys (none: 0)."""
    return sum(weights.get(k, 0.0) for k in keys)


def _best(weights: dict[str, float], t: str, candidates: list[Candidate]) -> Candidate | None:
    """The candidate (or None) the weights score highest for type t, the first on a tie."""
    options: list[Candidate | None] = [*candidates, None]
    return max(options, key=lambda c: _weighed(weights, _role_keys(t, c)))


def drafted(
    report: Report, tell: Callable[[Sentence], list[tuple[str, Candidate | None, Candidate | None]]]
) -> tuple[list[bench.Fact], list[set[str]]]:
    """The events proposed in the report, one per type `tell` gives a sentence (dated by the
    sentence's first time, else the last told before, else the report's date), and those
    types, sentence by sentence."""
    facts, given = [], []
    day = report.date.isoformat()
    last: tuple[str, str] = (day, day)
    for s in report.sentences:
        found = tell(s)
        given.append({t for t, _, _ in found})
        when = s.times[0] if s.times else last
        last = s.times[-1] if s.times else last
        for t, agent, place in found:
            where = frozenset({place.iri} if place else ())
            facts.append(bench.Fact("event " + t, agent.iri if agent else None, where, *when))
    return facts, given


def batches_in_order() -> list[list[str]]:
    """The held-out batches in the order they were added: each commit that added reports to
    data/heldout/reports/, its reports' slugs."""
    return [slugs for _, slugs in added_batches()]


def added_batches() -> list[tuple[str, list[str]]]:
    """Each commit that added reports to data/heldout/reports/, oldest first, with the
    slugs of the reports it added."""
    log = subprocess.run(
        [
            "git",
            "log",
            "--reverse",
            "--diff-filter=A",
            "--name-only",
            "--format=format:@@%H",
            "--",
            HELDOUT,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if log.returncode != 0:
        fail(f"needs the git history of {HELDOUT}: {log.stderr.strip()}")
    if shallow():
        fail("a shallow clone has no batches' history: git fetch --unshallow")
    found: list[tuple[str, list[str]]] = []
    for line in log.stdout.splitlines():
        if line.startswith("@@"):
            found.append((line[2:], []))
        elif line.endswith(".ttl"):
            found[-1][1].append(Path(line).stem)
    return [(commit, slugs) for commit, slugs in found if slugs]


def fail(why: str) -> NoReturn:
    """Stop with the error, named by the script run (exit 2, as the CLI's errors)."""
    print(f"{Path(sys.argv[0]).name}: {why}", file=sys.stderr)
    raise SystemExit(2)


def shallow() -> bool:
    """Whether the checkout is a shallow clone (its history, so the batches' order, cut)."""
    answer = subprocess.run(
        ["git", "rev-parse", "--is-shallow-repository"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return answer.stdout.strip() == "true"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--last", type=int, default=275, help="batches pooled (default 275)")
    parser.add_argument(
        "--every", type=int, default=10, help="batches between trainings anew (default 10)"
    )
    parser.add_argument("--passes", type=int, default=5, help="passes of a training anew")
    parser.add_argument(
        "--window", type=int, default=50, help="batches a line of the learning curve pools"
    )
    parser.add_argument(
        "--margin",
        type=float,
        default=0.0,
        help="the score a type must pass to be told (default 0; higher: fewer, surer)",
    )
    parser.add_argument(
        "--rules",
        type=Path,
        help="the rules' first drafts (benchmarks/first_drafts.py): score them, and with the tagger",
    )
    args = parser.parse_args()
    began = time.perf_counter()
    project = Project(ROOT, (ROOT / "data" / "tuning").resolve())
    lexicon = lexicon_of(parse_turtle(p) for p in project.gazetteer_files)
    events = bench.event_classes(project)
    order = batches_in_order()
    files = {p.stem: p for p in project.report_files}
    in_batches = {slug for batch in order for slug in batch}
    # (the batch held out now is in data/heldout/ only: not drafted here)
    held_out = sorted(in_batches - files.keys())
    batches = [kept for batch in order if (kept := [s for s in batch if s in files])]
    first = len(batches) - min(args.last, len(batches))
    if args.rules is not None:
        lacking = [s for b in batches[first:] for s in b if not (args.rules / f"{s}.ttl").is_file()]
        if lacking:
            fail(
                f"{args.rules} lacks the first drafts of {len(lacking)} reports ({lacking[0]}, "
                f"…): python benchmarks/first_drafts.py --out {args.rules}"
            )
    print(f"reading {len(files)} reports ({len(batches)} batches) …", file=sys.stderr, flush=True)
    reports = {slug: read_report(path, lexicon, events) for slug, path in files.items()}
    seen = [s for slug, r in reports.items() if slug not in in_batches for s in r.sentences]
    tagger = Tagger(args.margin)
    pooled: Counter[str] = Counter()
    windows: dict[int, Counter[str]] = {}  # batches i // window -> their counts
    for i, batch in enumerate(batches):
        if i % args.every == 0:
            tagger = Tagger(args.margin)
            tagger.learn(seen, args.passes)
        window = windows.setdefault(i // args.window, Counter(trained=len(seen)))
        for slug in batch:
            _score(reports[slug], tagger.tell, window, "")
            if i >= first:
                _score(reports[slug], tagger.tell, pooled, "")
                _score(reports[slug], partial(_hand_types, tagger), pooled, "typed ")
                if args.rules is not None:
                    rules = rule_drafts(args.rules / f"{slug}.ttl", reports[slug], events)
                    _score_together(reports[slug], tagger, rules, pooled)
        new = [s for slug in batch for s in reports[slug].sentences]
        seen += new
        tagger.learn(new)
        if (i + 1) % 50 == 0:
            print(f"  {i + 1} of {len(batches)} batches", file=sys.stderr, flush=True)
    n = len(batches) - first

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.0f}% ({a} of {b})" if b else "-"

    print(f"the last {n} batches ({pooled['reports']} reports), each drafted by a tagger trained")
    print("on the reports before it:")
    for label, key in (
        ("events (type, agent, place, date)", ""),
        ("  the hand's types given it", "typed "),
    ):
        print(
            f"  {label:36} recall {pct(pooled[key + 'matched'], pooled[key + 'hand'])}"
            f"  precision {pct(pooled[key + 'correct'], pooled[key + 'drafted'])}"
        )
    print(
        f"  {'types per sentence':36} recall {pct(pooled['type_both'], pooled['type_hand'])}"
        f"  precision {pct(pooled['type_both'], pooled['type_drafted'])}"
    )
    if args.rules is not None:
        print("the rules' first drafts of the same reports (each batch's own code), alone and")
        print("with the tagger:")
        for label, key in (
            ("rules (first drafts)", "rules "),
            ("  kept where the tagger tells the type", "kept "),
            ("  and the tagger's types they lack", "added "),
            ("  and the tagger's where they draft none", "silent "),
            ("  retyped where the tagger tells another", "retyped "),
        ):
            print(
                f"  {label:42} recall {pct(pooled[key + 'matched'], pooled[key + 'hand'])}"
                f"  precision {pct(pooled[key + 'correct'], pooled[key + 'drafted'])}"
            )
    if held_out:
        print(f"  (not drafted: {len(held_out)} reports held out now, in data/heldout/ only)")
    print("as it learns (events, recall / precision, by the batches drafted):")
    for w, counts in sorted(windows.items()):
        batches_from, batches_to = w * args.window + 1, min((w + 1) * args.window, len(batches))
        print(
            f"  batches {batches_from:3}-{batches_to:3} (trained on {counts['trained']:4} "
            f"sentences, then more): {pct(counts['matched'], counts['hand'])}"
            f" / {pct(counts['correct'], counts['drafted'])}"
        )
    print(
        "caveats: today's name and time finders (each rule first score used its day's); one "
        "event per type per sentence"
    )
    print(f"({time.perf_counter() - began:.0f} s)")


def _hand_types(
    tagger: Tagger, s: Sentence
) -> list[tuple[str, Candidate | None, Candidate | None]]:
    """The hand's types of the sentence, each with the agent and place the tagger ranks
    first (what the roles cost, apart from finding the types)."""
    return tagger.roles(s, sorted(s.types))


def _score_together(
    report: Report, tagger: Tagger, rules: list[tuple[int, bench.Fact]], pooled: Counter[str]
) -> None:
    """The rules' draft of the report scored as it is; kept only where the tagger tells the
    event's type in its sentence (an event found in no sentence kept); with the tagger's
    events of the types the rules draft none of in a sentence; with the tagger's events in
    the sentences the rules draft no event in; retyped (the rules' roles and dates, the
    tagger's type) where the tagger does not tell an event's type and tells one type the
    rules draft none of in its sentence."""
    ruled: list[set[str]] = [set() for _ in report.sentences]
    for at, fact in rules:
        if at >= 0:
            ruled[at].add(fact.family.removeprefix("event "))
    tells = [tagger.tell(s) for s in report.sentences]  # (each sentence's, once)
    told = [{t for t, _, _ in said} for said in tells]
    kept = [f for at, f in rules if at < 0 or f.family.removeprefix("event ") in told[at]]
    index = {s.start: i for i, s in enumerate(report.sentences)}
    lacking, _ = drafted(
        report, lambda s: [x for x in tells[index[s.start]] if x[0] not in ruled[index[s.start]]]
    )
    silent, _ = drafted(report, lambda s: [] if ruled[index[s.start]] else tells[index[s.start]])
    alone = [f for _, f in rules]
    retyped = [
        replace(f, family=f"event {lack[0]}")
        if at >= 0
        and f.family.removeprefix("event ") not in told[at]
        and len(lack := sorted(told[at] - ruled[at])) == 1
        else f
        for at, f in rules
    ]
    for key, facts in (
        ("rules ", alone),
        ("kept ", kept),
        ("added ", alone + lacking),
        ("silent ", alone + silent),
        ("retyped ", retyped),
    ):
        matched, hand_n, correct = bench.score(report.hand, facts, "events")
        pooled.update({key + "matched": matched, key + "hand": hand_n, key + "correct": correct})
        pooled[key + "drafted"] += len(facts)


def _score(
    report: Report,
    tell: Callable[[Sentence], list[tuple[str, Candidate | None, Candidate | None]]],
    pooled: Counter[str],
    key: str,
) -> None:
    """Draft the report with what `tell` gives each sentence; add its counts to `pooled`."""
    facts, given = drafted(report, tell)
    matched, hand_n, correct = bench.score(report.hand, facts, "events")
    pooled.update({key + "matched": matched, key + "hand": hand_n, key + "correct": correct})
    pooled[key + "drafted"] += len(facts)
    if not key:
        pooled["reports"] += 1
        for s, types in zip(report.sentences, given, strict=True):
            pooled["type_hand"] += len(s.types)
            pooled["type_drafted"] += len(types)
            pooled["type_both"] += len(s.types & types)


if __name__ == "__main__":
    main()
