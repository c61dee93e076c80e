"""The naive pipeline, for benchmarks/run.py to compare with: an rdflib in-memory graph, one
pySHACL call on the whole graph, rdflib SPARQL.

    python benchmarks/naive.py --project DIR --nquads FILE [--only validate|query] [--repeat N]

Reads the project's resolved graphs from an N-Quads export of its build (what conflict-kg
validated and stored), validates them and answers the questions (or only one of the two:
`--only`), and prints one JSON line a stage as soon as it is done, so that a caller that
stops it at a time budget still has the stages it finished:
    {"stage": "parse", "seconds": …, "triples": …}
    {"stage": "validate", "seconds": …, "violations": [[focus, path, value, component, shape], …]}
      (as `conflictkg validate --format json` writes them)
    {"stage": "query", "name": …, "p50": …, "p95": …, "answer": <SPARQL JSON results>}
    {"stage": "query", "name": …, "stopped": <seconds>}   when a question takes longer than
                                                            --query-budget (rdflib is pure
                                                            Python: an alarm stops it)
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import time
from pathlib import Path

from rdflib import Dataset, Graph

from conflictkg.manifest import read_manifest
from conflictkg.project import Project
from conflictkg.query import bindings, with_bindings
from conflictkg.shacl import ShapesProgram, plain
from conflictkg.validate import data_shapes, pyshacl_results, run_shacl, term

GAZETTEER = "https://w3id.org/conflict-kg/id/graph/gazetteer"
ONTOLOGY = "https://w3id.org/conflict-kg/id/graph/ontology"
DERIVED = {
    "https://w3id.org/conflict-kg/id/graph/derived",
    "https://w3id.org/conflict-kg/id/graph/identity",
}


class Stopped(Exception):
    """A question took longer than its budget."""


def _stop(_signum: int, _frame: object) -> None:
    raise Stopped


def say(**record: object) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--project", type=Path, required=True)
    parser.add_argument("--nquads", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--query-budget", type=int, default=60, help="seconds a question")
    parser.add_argument("--only", choices=("validate", "query"), help="one part, not both")
    args = parser.parse_args()
    project = Project(args.project)

    start = time.perf_counter()
    dataset = Dataset()
    dataset.parse(args.nquads, format="nquads")
    data, ontology, derived = Graph(), Graph(), Graph()
    for context in dataset.graphs():
        name = str(context.identifier)
        # what the build derives across reports is not validated (by either pipeline)
        target = ontology if name == ONTOLOGY else derived if name in DERIVED else data
        for triple in context:
            target.add(triple)
    del dataset  # one copy of the corpus in memory, not two
    say(stage="parse", seconds=time.perf_counter() - start, triples=len(data) + len(ontology))
    if args.only != "query":
        validate(project, data, ontology)
    if args.only != "validate":
        data += ontology  # the questions read all, as the store's union graph does
        data += derived
        answer(project, data, args.repeat, args.query_budget)


def validate(project: Project, data: Graph, ontology: Graph) -> None:
    shapes = data_shapes(project)
    program = ShapesProgram(shapes)
    start = time.perf_counter()
    _conforms, results = run_shacl(data, shapes, ontology)
    seconds = time.perf_counter() - start
    found = sorted(
        {
            (
                r.focus,
                r.path,
                None if r.value is None else plain(term(r.value)),
                r.component.rsplit("#", 1)[-1],
                r.shape,
            )
            for r in pyshacl_results(results, program)
        },
        key=str,
    )
    say(stage="validate", seconds=seconds, violations=[list(k) for k in found])


def answer(project: Project, union: Graph, repeat: int, budget: int) -> None:
    signal.signal(signal.SIGALRM, _stop)
    for entry in read_manifest(project.queries_dir / "manifest.ttl"):
        text = with_bindings(entry.query, bindings(entry.query, entry.params))
        times = []
        try:
            for _ in range(repeat):
                signal.alarm(budget)
                start = time.perf_counter()
                result = union.query(text)
                raw = result.serialize(format="json")
                assert raw is not None  # no destination given: the bytes are returned
                solutions = json.loads(raw)
                times.append(time.perf_counter() - start)
                signal.alarm(0)
        except Stopped:
            say(stage="query", name=entry.name, stopped=budget)
            continue
        say(
            stage="query",
            name=entry.name,
            p50=statistics.median(times),
            p95=max(times),
            answer=solutions,
        )


if __name__ == "__main__":
    main()
