"""OWL 2 RL on growing data: owlrl (Python), reasonable (Rust, PyPI) and conflict-kg's SPARQL
rules on Oxigraph. The report graph is replicated k times under fresh IRIs.

    python benchmarks/reasoning.py [--copies 1 10 50] [--skip-owlrl-above 20000]

Prints seconds and the triples each adds; `reasonable` is optional (pip install reasonable).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import pyoxigraph
from rdflib import Graph

from conflictkg.namespaces import GRAPH_INFERRED
from conflictkg.rules import materialise

ROOT = Path(__file__).resolve().parents[1]
REPORT_IRI = re.compile(
    r"<(https://w3id\.org/conflict-kg/id/(?:event|situation|relation|claim|annotation|\.well-known)/[^>]*)>"
)


def replicated(nquads: str, copies: int) -> str:
    lines = nquads.splitlines()
    report = [line for line in lines if "/graph/report/" in line]
    rest = [line for line in lines if "/graph/report/" not in line]
    out = list(rest)
    for k in range(copies):
        out.extend(REPORT_IRI.sub(rf"<\g<1>-copy{k}>", line) for line in report)
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--skip-owlrl-above", type=int, default=30_000, help="triples")
    args = parser.parse_args()
    built = pyoxigraph.Store.read_only(str(ROOT / "build" / "store"))
    raw = pyoxigraph.serialize(built, format=pyoxigraph.RdfFormat.N_QUADS)
    assert raw is not None  # no output file given: the bytes are returned
    nquads = raw.decode("utf-8")
    try:
        import reasonable
    except ImportError:
        reasonable = None
    print(
        f"{'copies':>6} {'triples':>9} {'rules s':>8} {'added':>8} {'reasonable s':>12} {'owlrl s':>8}  owlrl/rules"
    )
    for copies in args.copies:
        data = replicated(nquads, copies)
        store = pyoxigraph.Store()
        store.bulk_load(data.encode(), format=pyoxigraph.RdfFormat.N_QUADS)
        triples = len(store)
        start = time.perf_counter()
        added = materialise(store)
        rules_s = time.perf_counter() - start
        merged = Graph().parse(
            data="".join(
                f"{q.subject} {q.predicate} {q.object} .\n"
                for q in store.quads_for_pattern(None, None, None)
                if q.graph_name != pyoxigraph.NamedNode(str(GRAPH_INFERRED))
            ),
            format="nt",
        )
        reasonable_s = float("nan")
        if reasonable is not None:
            reasoner = reasonable.PyReasoner()
            reasoner.from_graph(merged)
            start = time.perf_counter()
            reasoner.reason()
            reasonable_s = time.perf_counter() - start
        owlrl_s = float("nan")
        if triples <= args.skip_owlrl_above:
            import owlrl

            start = time.perf_counter()
            owlrl.DeductiveClosure(
                owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
            ).expand(merged)
            owlrl_s = time.perf_counter() - start
        ratio = owlrl_s / rules_s if owlrl_s == owlrl_s else float("nan")
        print(
            f"{copies:>6} {triples:>9} {rules_s:>8.2f} {added:>8} {reasonable_s:>12.2f} {owlrl_s:>8.2f}  {ratio:>8.0f}x"
        )


if __name__ == "__main__":
    main()
