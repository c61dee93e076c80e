"""Figures on the seed graph (the AFP report) and on the constructed corpus (data/corpus):
build, validation, answers, and the corpus's timeline and disagreements.

    python benchmarks/seed.py [--repeat N]

Prints times in seconds and the ratios the design relies on. No assertions: goals are
read off the output, never enforced by timed unit tests.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph

from conflictkg.build import assemble, build
from conflictkg.manifest import read_manifest
from conflictkg.namespaces import GRAPH_GAZETTEER
from conflictkg.project import Project
from conflictkg.query import run
from conflictkg.validate import data_shapes, run_shacl

ROOT = Path(__file__).resolve().parents[1]


def timed(func, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return times


@contextlib.contextmanager
def no_cache() -> Iterator[None]:
    """pySHACL as it comes: every SPARQL constraint re-parsed for every focus node."""
    import conflictkg.validate as v

    saved = v.prepared_sparql
    v.prepared_sparql = contextlib.nullcontext  # type: ignore[assignment]
    try:
        yield
    finally:
        v.prepared_sparql = saved


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    project = Project(ROOT)
    assembled = assemble(project)
    data = assembled.graphs[GRAPH_GAZETTEER] + assembled.reports[0].resolved
    shapes = data_shapes(project)
    print(
        f"seed graph: {sum(len(g) for g in assembled.graphs.values())} triples, {len(data)} validated"
    )

    with_cache = timed(lambda: run_shacl(data, shapes, assembled.ontology), args.repeat)
    with no_cache():
        without = timed(lambda: run_shacl(data, shapes, assembled.ontology), 1)
    print(f"SHACL validation, prepared SPARQL  : {min(with_cache):6.2f} s (best of {args.repeat})")
    print(
        f"SHACL validation, pySHACL as it is : {min(without):6.2f} s   ratio {min(without) / min(with_cache):.1f}x"
    )

    with tempfile.TemporaryDirectory() as out:
        build_times = timed(lambda: build(project, Path(out)), 1)
        print(f"build (validate + QC + write + store): {build_times[0]:6.2f} s")
        store = pyoxigraph.Store.read_only(str(Path(out) / "store"))
        latencies = []
        for entry in read_manifest(ROOT / "queries" / "manifest.ttl"):
            samples = timed(lambda e=entry: run(store, e.query, e.params), 20)
            latencies.append(
                (
                    entry.name,
                    statistics.median(samples),
                    sorted(samples)[int(0.95 * len(samples)) - 1],
                )
            )
        print("competency questions on the embedded store (ms):   p50     p95")
        for name, p50, p95 in latencies:
            print(f"  {name:45} {p50 * 1000:7.2f} {p95 * 1000:7.2f}")
        print(f"slowest p50: {max(p for _, p, _ in latencies) * 1000:.1f} ms")
    corpus()


def corpus() -> None:
    """The constructed corpus: its questions (goal: under 50 ms p50 each on the embedded
    store), the timeline of Albu Kamal and the disagreements."""
    from conflictkg.corpus import disagreements, timeline
    from conflictkg.corpus.accounts import load

    project = Project(ROOT, ROOT / "data" / "corpus")
    with tempfile.TemporaryDirectory() as out:
        build_time = timed(lambda: build(project, Path(out)), 1)[0]
        print(f"corpus build ({len(project.report_files)} reports): {build_time:6.2f} s")
        store = pyoxigraph.Store.read_only(str(Path(out) / "store"))
        latencies = []
        for entry in read_manifest(ROOT / "queries" / "corpus" / "manifest.ttl"):
            samples = timed(lambda e=entry: run(store, e.query, e.params), 20)
            latencies.append((entry.name, statistics.median(samples)))
        print("corpus questions on the embedded store (ms):       p50")
        for name, p50 in latencies:
            print(f"  {name:45} {p50 * 1000:7.2f}")
        slowest = max(p for _, p in latencies) * 1000
        print(f"slowest p50: {slowest:.1f} ms (goal: under 50 ms, {50 / slowest:.1f}x margin)")
        place = "https://w3id.org/conflict-kg/id/place/albu-kamal"
        accounts = timed(lambda: load(store), 5)
        found = disagreements.find(load(store))
        finding = timed(lambda: disagreements.find(load(store)), 5)
        lines = timed(lambda: timeline.timeline(load(store), place, found), 5)
        print(
            f"accounts read: {statistics.median(accounts) * 1000:.1f} ms; disagreements "
            f"({len(found)}): {statistics.median(finding) * 1000:.1f} ms; timeline of Albu Kamal: "
            f"{statistics.median(lines) * 1000:.1f} ms (medians of 5)"
        )


if __name__ == "__main__":
    main()
