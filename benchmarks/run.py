"""The scale benchmark: conflict-kg against the naive pipeline, on synthetic corpora.

    python benchmarks/run.py --events 1000 10000 100000 [--violations 5]
        [--naive-budget 900] [--repeat 5] [--no-server] [--json FILE]

For each size, a project of synthetic reports (benchmarks/synth.py; `--violations` of them
broken on purpose, so that "the same violations" compares something) and the real ones
(data/reports: so that every question finds real rows too) goes through:

conflict-kg, each stage a `conflictkg` command (its peak RSS is the whole process tree's,
workers included, sampled from /proc):
  build+validate+load   `build --rebuild` from a cold cache: the headline figure
  build+load            the same without validation
  validate              `validate` from a cold cache: resolution and checks, no store
  store only            `build --rebuild` again, every report and its checks from the cache:
                        what the store costs within a build (the floor under the headline figure)
  evidence in the store the built graphs bulk-loaded and optimised in this process, as a build
                        does, once whole and once without the evidence annotations: what
                        provenance for every fact costs the store
  incremental           `build` again after one report was edited
  export ttl            the Turtle export of the store
  load (server)         `load` into a fresh Oxigraph server, beside the server's own offline
                        bulk loader on the same N-Quads
  questions             p50 and p95 of every manifest entry on the embedded store
  workspace pages       what `serve` does in the background after a build (the accounts,
                        the reports, every manifest question asked whole, once), then the
                        first page (100 rows) of every manifest question as the workspace's
                        form asks it, and the data of its other pages (home, search, an
                        entity, the map, a timeline, the network)
the naive pipeline (benchmarks/naive.py: rdflib graph, one pySHACL call on the whole graph,
rdflib SPARQL), its validation and its questions each in a process stopped at
`--naive-budget` seconds: what it did not finish is shown as "> budget", and its ratio as a
lower bound.

Then it checks that both pipelines report the same violations and give the same answers
(where the naive one got that far), prints a table per size, and exits 1 if they differ.
No figure is asserted: goals are read off the output (README, "Benchmarks").
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))

import pyoxigraph as ox  # noqa: E402
import synth  # noqa: E402
from rdflib import URIRef  # noqa: E402

from conflictkg.build import StoreWriter  # noqa: E402
from conflictkg.built import graph_files  # noqa: E402
from conflictkg.manifest import read_manifest  # noqa: E402
from conflictkg.namespaces import CKG, ID  # noqa: E402
from conflictkg.query import Results, from_json, run  # noqa: E402

BIN = Path(sys.executable).parent


# ------------------------------------------------------------------ measuring
def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo += [int(c) for c in children.read().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


@dataclass
class Measured:
    seconds: float
    peak_rss: int
    output: str


def measure(command: list[str], cwd: Path, timeout: float | None = None) -> Measured:
    """Run a command; its wall time and the peak resident memory of its process tree."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        output, errors = process.communicate(timeout=timeout)
    finally:
        done.set()
        sampler.join()
    seconds = time.perf_counter() - start
    if process.returncode not in (0, 1):  # 1: the data does not conform (expected here)
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{errors}")
    return Measured(seconds, peak, output)


def ckg(*args: str) -> list[str]:
    return [str(BIN / "conflictkg"), *args]


# ------------------------------------------------------------------ evidence in the store
_ANNOTATION = f"<{ID['annotation/']}".encode()
_EVIDENCE = f"<{CKG.evidence}>".encode()


def facts_only(ntriples: bytes) -> bytes:
    """A report graph's N-Triples without its evidence annotations: the triples about an
    annotation (conflictkg.namespaces.annotation_iri) and the ckg:evidence links to one."""
    return b"".join(
        line
        for line in ntriples.splitlines(keepends=True)
        if not line.startswith(_ANNOTATION) and line.split(b" ", 2)[1] != _EVIDENCE
    )


@dataclass
class EvidenceCost:
    quads: int
    evidence_quads: int
    seconds: float  # all the built quads into a fresh store, optimised
    facts_seconds: float  # the same without the evidence annotations


def evidence_cost(build_dir: Path) -> EvidenceCost:
    """The built graphs bulk-loaded into a fresh store and optimised, the way a build does it
    (conflictkg.build.StoreWriter), once whole and once without the evidence annotations of
    the reports. Files are read, and annotations left out, before the clock starts."""
    files = graph_files(build_dir)
    whole = [(URIRef(name), path.read_bytes()) for name, path in files]
    facts = [
        (name, facts_only(data) if path.parent.name == "reports" else data)
        for (name, data), (_, path) in zip(whole, files, strict=True)
    ]

    def load(graphs: list[tuple[URIRef, bytes]]) -> float:
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            store = ox.Store(tmp)
            writer = StoreWriter(store, bulk=True)
            for name, data in graphs:
                writer.put(name, data)
            writer.flush()
            store.optimize()
            store.flush()
            seconds = time.perf_counter() - start
            del writer, store
        return seconds

    quads = sum(data.count(b"\n") for _, data in whole)
    kept = sum(data.count(b"\n") for _, data in facts)
    seconds = load(whole)
    del whole
    return EvidenceCost(quads, quads - kept, seconds, load(facts))


# ------------------------------------------------------------------ one size
@dataclass
class Size:
    events: int
    reports: int = 0
    triples: int = 0
    ours: dict[str, Measured] = field(default_factory=dict)
    naive: dict[str, float | None] = field(default_factory=dict)
    questions: dict[str, tuple[float, float, int]] = field(default_factory=dict)  # p50 p95 rows
    pages: dict[str, tuple[float, float, int]] = field(default_factory=dict)  # the workspace
    naive_questions: dict[str, tuple[float, float] | float] = field(default_factory=dict)
    # (p50, p95), or the budget a question was stopped at
    same_violations: bool | None = None
    same_answers: dict[str, bool] = field(default_factory=dict)
    violations: int = 0
    offline_load: float | None = None
    evidence: EvidenceCost | None = None
    notes: list[str] = field(default_factory=list)


def make_project(root: Path, events: int, violations: int) -> int:
    """A project of `events` synthetic events, beside the real reports (so that every
    question has real rows to find, not only synthetic ones); returns how many reports."""
    for name in ("ontology", "queries", "data"):
        shutil.copytree(ROOT / name, root / name)
    return synth.write_reports(events, 7, root, violations) + len(
        list((ROOT / "data" / "reports").glob("*.ttl"))
    )


def edit_one_report(root: Path) -> None:
    """A new English label on one capture: a real change, still conforming."""
    path = sorted((root / "data" / "reports").glob("*.ttl"))[-1]
    text = path.read_text(encoding="utf-8")
    old = 'rdfs:label "capture '
    if old not in text:
        raise SystemExit(f"{path}: no capture label to edit")
    path.write_text(text.replace(old, 'rdfs:label "edited capture ', 1), encoding="utf-8")


def questions(store_dir: Path, repeat: int) -> dict[str, tuple[float, float, int, Results]]:
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(store_dir))
    out = {}
    for entry in read_manifest(ROOT / "queries" / "manifest.ttl"):
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            answer = run(store, entry.query, entry.params)
            times.append(time.perf_counter() - start)
        times.sort()
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        out[entry.name] = (statistics.median(times), p95, len(answer.rows), answer)
    return out


def workspace_pages(root: Path, repeat: int) -> dict[str, tuple[float, float, int]]:
    """The workspace's pages (issue #19), in process on the built store, with the server's
    engine (worker processes): what the warm-up after a build does (the accounts, the
    reports, every manifest question asked whole: "asked cold", once each), then the first
    page (100 rows) of every manifest question as the form asks it, and the data behind
    home, search, an entity page, the map, a timeline and the network."""
    from conflictkg.web.engine import Engine
    from conflictkg.web.workspace import Workspace

    store = root / "build" / "store"
    engine = Engine(store, 2, 900.0, 1024 * 1024 * 1024)
    space = Workspace(root, store, root / "queries", lambda: engine)
    snapshot = space.snapshots.get()
    assert snapshot is not None
    out: dict[str, tuple[float, float, int]] = {}

    def timed(name: str, call: Any, times: int = repeat) -> None:
        runs, rows = [], 0
        for _ in range(times):
            start = time.perf_counter()
            result = call()
            runs.append(time.perf_counter() - start)
            rows = len(result) if hasattr(result, "__len__") else 0
        runs.sort()
        p95 = runs[min(len(runs) - 1, int(0.95 * len(runs)))]
        out[name] = (statistics.median(runs), p95, rows)

    def page(entry: Any, wait: float = 1.0) -> list[Any]:
        rows, error, _, _ = space.answer_page(entry.query, entry.params, 0, wait)
        if rows is None:
            raise SystemExit(f"{entry.name}: {error}")
        return rows.rows

    entries = read_manifest(ROOT / "queries" / "manifest.ttl")
    try:
        timed("warm-up: accounts (map, timelines)", lambda: snapshot.accounts.accounts, 1)
        timed("warm-up: reports (home)", snapshot.reports, 1)
        timed("warm-up: relations (network)", snapshot.relations, 1)
        timed("warm-up: places spoken of (map)", lambda: snapshot.spoken, 1)
        timed("warm-up: index of the accounts (map)", lambda: snapshot.indexed.controls, 1)
        for entry in entries:
            timed(f"asked cold: {entry.name}", lambda e=entry: page(e, 900.0), 1)
        for entry in entries:
            timed(f"first page: {entry.name}", lambda e=entry: page(e))
        place = "https://w3id.org/conflict-kg/id/place/albu-kamal"
        fact = "https://w3id.org/conflict-kg/id/event/afp-2017-isis-territory/recapture-albu-kamal"
        timed("home (first page of reports)", lambda: space.handle("/", "").body)
        timed("search «البوكمال»", lambda: snapshot.search("البوكمال"))
        timed("entity page (a fact)", lambda: snapshot.entity(fact)["out"])
        # map_of: the map of a day worked out (map_on keeps it for the next ask)
        timed("map of 2017-11-09", lambda: snapshot.map_of("2017-11-09")["features"])
        timed("map of 2016-06-01", lambda: snapshot.map_of("2016-06-01")["features"])
        timed("timeline of Albu Kamal", lambda: snapshot.timeline(place)["items"])
        timed("actor network", lambda: snapshot.network()["edges"])
        timed("actor network on 2017-11-09", lambda: snapshot.network("2017-11-09")["edges"])
    finally:
        engine.close()
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_load(root: Path, nquads: Path, size: Size) -> None:
    """`conflictkg load` into a fresh Oxigraph server, and the server's offline loader."""
    import requests

    oxigraph = shutil.which("oxigraph") or str(BIN / "oxigraph")
    if not Path(oxigraph).exists():
        size.notes.append("no Oxigraph server installed: server load not measured")
        return
    work = Path(tempfile.mkdtemp(dir=root))
    start = time.perf_counter()
    subprocess.run(
        [oxigraph, "load", "--location", str(work / "offline"), "--file", str(nquads)],
        check=True,
        capture_output=True,
    )
    size.offline_load = time.perf_counter() - start
    port = free_port()
    server = subprocess.Popen(
        [oxigraph, "serve", "--location", str(work / "served"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                requests.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.05)
        size.ours["load (server)"] = measure(
            ckg("load", "--endpoint", url, "--timeout", "600", "-q"), root
        )
    finally:
        server.terminate()
        server.wait(timeout=60)
        shutil.rmtree(work, ignore_errors=True)


def run_within(command: list[str], budget: float) -> tuple[list[dict[str, Any]], bool]:
    """Run a command that prints a JSON record a line, stopped at `budget` seconds: the
    records it printed, and whether it had to be stopped."""
    records: list[dict[str, Any]] = []
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            records.append(json.loads(line))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + budget
    while process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    stopped = process.poll() is None
    if stopped:
        process.kill()
    process.wait()
    reader.join(timeout=5)
    return records, stopped


def run_naive(
    root: Path, nquads: Path, size: Size, args: argparse.Namespace
) -> list[dict[str, Any]]:
    """The naive pipeline: its validation, then its questions, each in a process of its own
    stopped at `--naive-budget` seconds (one after the other: two rdflib copies of a large
    corpus would not fit in memory together). On a corpus pySHACL alone outlasts any
    budget; the questions still get theirs."""
    records: list[dict[str, Any]] = []
    for part, what in (("validate", "validation"), ("query", "questions")):
        command = [
            sys.executable,
            str(Path(__file__).parent / "naive.py"),
            "--only",
            part,
            "--query-budget",
            str(args.question_budget),
            "--project",
            str(root),
            "--nquads",
            str(nquads),
            "--repeat",
            str(args.naive_repeat),
        ]
        found, stopped = run_within(command, args.naive_budget)
        if stopped:
            size.notes.append(f"naive {what} stopped at the {args.naive_budget:.0f} s budget")
        # the parse figure is the validation process's (both parse the same file)
        records += [r for r in found if not (part == "query" and r["stage"] == "parse")]
    return records


def measure_size(events: int, args: argparse.Namespace) -> Size:
    size = Size(events)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "project"
        root.mkdir()
        size.reports = make_project(root, events, args.violations)
        print(f"\n== {events} events: {size.reports} reports", file=sys.stderr, flush=True)

        cache = root / ".conflictkg-cache"
        size.ours["validate"] = measure(ckg("validate", "-q", "--format", "json"), root)
        shutil.rmtree(cache, ignore_errors=True)
        size.ours["build+load"] = measure(ckg("build", "-q", "--rebuild", "--no-validate"), root)
        shutil.rmtree(cache, ignore_errors=True)
        size.ours["build+validate+load"] = measure(
            ckg("build", "-q", "--rebuild", "--allow-invalid"), root
        )
        summary = json.loads((root / "build" / "summary.json").read_text())
        size.triples = summary["triples"]
        size.ours["store only"] = measure(ckg("build", "-q", "--rebuild", "--allow-invalid"), root)
        if f"(0 of {size.reports} reports resolved anew)" not in size.ours["store only"].output:
            size.notes.append("the store-only build resolved reports: it measured more")
        size.evidence = evidence_cost(root / "build")
        edit_one_report(root)
        size.ours["incremental"] = measure(ckg("build", "-q", "--allow-invalid"), root)
        if "updated in place" not in size.ours["incremental"].output:
            size.notes.append("the incremental build did not update the store in place")
        ttl = Path(tmp) / "export.ttl"
        size.ours["export ttl"] = measure(ckg("export", "--format", "ttl", "-o", str(ttl)), root)
        nquads = Path(tmp) / "export.nq"
        subprocess.run(
            ckg("export", "--format", "nq", "-o", str(nquads)),
            cwd=root,
            check=True,
            capture_output=True,
        )
        if not args.no_server:
            server_load(root, nquads, size)

        ours_answers = questions(root / "build" / "store", args.repeat)
        size.questions = {k: v[:3] for k, v in ours_answers.items()}
        size.pages = workspace_pages(root, args.repeat)
        ours_violations = {
            (v["focus"], v["path"], v["value"], v["component"], v["shape"])
            for v in json.loads(size.ours["validate"].output)["violations"]
        }
        size.violations = len(ours_violations)

        if events <= args.naive_max_events:
            records = run_naive(root, nquads, size, args)
            stages = {r["stage"]: r for r in records if r["stage"] != "query"}
            size.naive["parse"] = stages.get("parse", {}).get("seconds")
            size.naive["validate"] = stages.get("validate", {}).get("seconds")
            if "validate" in stages:
                theirs = {tuple(v) for v in stages["validate"]["violations"]}
                size.same_violations = theirs == ours_violations
                if not size.same_violations:
                    size.notes.append(
                        f"violations differ: {len(ours_violations - theirs)} only in ours, "
                        f"{len(theirs - ours_violations)} only in the naive pipeline"
                    )
            for record in (r for r in records if r["stage"] == "query"):
                name = record["name"]
                if "stopped" in record:
                    size.naive_questions[name] = float(record["stopped"])
                    continue
                size.naive_questions[name] = (record["p50"], record["p95"])
                theirs_answer = from_json(record["answer"])
                if theirs_answer.rows == [{}] and not ours_answers[name][3].rows:
                    # rdflib sometimes answers a grouped query over no solutions with one
                    # empty row (SPARQL 1.1: no groups, no rows): the same answer
                    size.notes.append(f"{name}: rdflib gave one empty row for no solutions")
                    theirs_answer = ours_answers[name][3]
                size.same_answers[name] = theirs_answer.bag() == ours_answers[name][3].bag()
        else:
            size.notes.append(f"naive pipeline not run above {args.naive_max_events} events")
    return size


# ------------------------------------------------------------------ reporting
def _s(value: float) -> str:
    return f"{value:.2f} s" if value < 100 else f"{value:.0f} s"


def _mb(value: int) -> str:
    return f"{value / 2**20:.0f} MB"


def report(size: Size, args: argparse.Namespace) -> str:
    budget = args.naive_budget if size.events <= args.naive_max_events else None
    ours = size.ours
    parse, validate = size.naive.get("parse"), size.naive.get("validate")
    naive_total = parse + validate if parse is not None and validate is not None else None
    lines = [
        f"\n### {size.events:,} events: {size.reports:,} reports, {size.triples:,} triples",
        "",
        "| stage | conflict-kg | peak RSS | naive | naive / conflict-kg |",
        "| --- | --- | --- | --- | --- |",
    ]

    def row(stage: str, naive_stage: str = "", naive: float | None = None) -> None:
        """A stage of ours, beside its naive counterpart (if it has one): its time, or
        "> budget" when the naive pipeline did not get that far."""
        m = ours.get(stage)
        if m is None:
            return
        shown = ratio = ""
        if naive_stage and naive is not None:
            shown, ratio = f"{naive_stage}: {_s(naive)}", f"{naive / m.seconds:.1f}x"
        elif naive_stage and budget is not None:
            shown, ratio = f"{naive_stage}: > {budget:.0f} s", f"> {budget / m.seconds:.1f}x"
        lines.append(f"| {stage} | {_s(m.seconds)} | {_mb(m.peak_rss)} | {shown} | {ratio} |")

    row("build+validate+load", "parse + pySHACL", naive_total)
    row("build+load", "rdflib parse", size.naive.get("parse"))
    row("validate", "one pySHACL call", size.naive.get("validate"))
    row("store only")
    row("incremental")
    row("export ttl")
    row("load (server)")
    if size.offline_load is not None and "load (server)" in ours:
        server = ours["load (server)"].seconds
        lines.append(
            f"| oxigraph load (offline, same N-Quads) | {_s(size.offline_load)} | | | "
            f"conflict-kg load / offline: {server / size.offline_load:.2f}x |"
        )
    cold = ours.get("build+validate+load")
    if cold is not None:
        lines += [
            "",
            f"build+validate+load throughput: {size.triples / cold.seconds:,.0f} triples/s, "
            f"{size.events / cold.seconds:,.0f} events/s",
        ]
        store = ours.get("store only")
        if store is not None:
            lines.append(
                f"store only: {store.seconds / cold.seconds:.0%} of the cold build; "
                f"resolution and checks add {_s(cold.seconds - store.seconds)}"
            )
    cost = size.evidence
    if cost is not None:
        lines.append(
            f"evidence annotations: {cost.evidence_quads:,} of the {cost.quads:,} quads "
            f"({cost.evidence_quads / cost.quads:.0%}); bulk load and optimize alone: "
            f"{_s(cost.seconds)} with them, {_s(cost.facts_seconds)} for the facts alone "
            f"({cost.quads - cost.evidence_quads:,} quads)"
        )
    p50s = [v[0] for v in size.questions.values()]
    lines += [
        "",
        f"questions on the embedded store ({len(p50s)}): p50 median {statistics.median(p50s) * 1000:.1f} ms, "
        f"slowest p50 {max(p50s) * 1000:.0f} ms; under 50 ms: {sum(p < 0.05 for p in p50s)} of {len(p50s)}",
        "",
        "| question | rows | p50 | p95 | naive p50 | same answer |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, (p50, p95, rows) in size.questions.items():
        naive = size.naive_questions.get(name)
        same = size.same_answers.get(name)
        if naive is None:
            naive_p50 = ""
        elif isinstance(naive, float):
            naive_p50 = f"> {naive:.0f} s (stopped)"
        else:
            naive_p50 = f"{naive[0] * 1000:.0f} ms"
        verdict = "" if same is None else ("yes" if same else "NO")
        lines.append(
            f"| {name} | {rows} | {p50 * 1000:.1f} ms | {p95 * 1000:.1f} ms | {naive_p50} | {verdict} |"
        )
    if size.pages:
        firsts = [v[0] for k, v in size.pages.items() if k.startswith("first page:")]
        colds = [v[0] for k, v in size.pages.items() if k.startswith("asked cold:")]
        warm = sum(v[0] for k, v in size.pages.items() if k.startswith(("asked cold:", "warm-up")))
        lines += [
            "",
            f"workspace pages (issue #19): first pages of the questions under 50 ms p50: "
            f"{sum(p < 0.05 for p in firsts)} of {len(firsts)} (answered once per build by the "
            f"warm-up, {warm:.1f} s in all here); asked cold, before the warm-up has answered "
            f"them: {sum(p < 0.05 for p in colds)} of {len(colds)} under 50 ms",
            "",
            "| page | rows | p50 | p95 |",
            "| --- | --- | --- | --- |",
            *(
                f"| {name} | {rows} | {p50 * 1000:.1f} ms | {p95 * 1000:.1f} ms |"
                for name, (p50, p95, rows) in size.pages.items()
            ),
        ]
    checks = Counter(size.same_answers.values())
    lines += [
        "",
        f"violations (conflict-kg): {size.violations} (expected {args.violations}); "
        f"same as the naive pipeline: "
        + (
            "not compared"
            if size.same_violations is None
            else "yes"
            if size.same_violations
            else "NO"
        ),
        f"answers compared with the naive pipeline: {checks[True]} the same, {checks[False]} different, "
        f"{len(size.questions) - len(size.same_answers)} not reached",
        *(f"note: {n}" for n in size.notes),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, nargs="+", default=[1000])
    parser.add_argument("--violations", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each question")
    parser.add_argument(
        "--naive-budget",
        type=float,
        default=900,
        help="seconds for its validation, and for its questions",
    )
    parser.add_argument("--naive-repeat", type=int, default=1, help="runs of each question")
    parser.add_argument(
        "--question-budget", type=int, default=30, help="seconds the naive pipeline a question"
    )
    parser.add_argument("--naive-max-events", type=int, default=100_000)
    parser.add_argument("--no-server", action="store_true", help="skip the Oxigraph server load")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if args.json:  # found out now, not after an hour of measuring
        try:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            tempfile.TemporaryFile(dir=args.json.parent).close()
        except OSError as error:
            parser.error(f"--json {args.json}: cannot write there ({error})")
    print(
        f"# conflict-kg scale benchmark\n\nmachine: {os.cpu_count()} cores, "
        f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, "
        f"{platform.system()} {platform.machine()}, Python {platform.python_version()}; "
        f"date {time.strftime('%Y-%m-%d')}"
    )
    sizes = []
    failed = False
    for events in args.events:
        size = measure_size(events, args)
        sizes.append(size)
        print(report(size, args), flush=True)
        failed |= size.same_violations is False or False in size.same_answers.values()
        failed |= size.violations != args.violations
    if args.json:
        args.json.write_text(
            json.dumps(
                [
                    {
                        "events": s.events,
                        "reports": s.reports,
                        "triples": s.triples,
                        "ours": {
                            k: {"seconds": m.seconds, "peak_rss": m.peak_rss}
                            for k, m in s.ours.items()
                        },
                        "naive": s.naive,
                        "offline_load": s.offline_load,
                        "evidence": None if s.evidence is None else vars(s.evidence),
                        "questions": s.questions,
                        "pages": s.pages,
                        "naive_questions": s.naive_questions,
                        "same_violations": s.same_violations,
                        "same_answers": s.same_answers,
                        "notes": s.notes,
                    }
                    for s in sizes
                ],
                indent=2,
            )
        )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
