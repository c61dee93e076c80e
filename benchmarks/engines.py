"""SHACL engines on the same reports: conflict-kg's compiled engine (the build's default),
pySHACL (the reference) and pyrudof (SHACL in Rust; `pip install -e '.[bench]'`).

    python benchmarks/engines.py [--events 1000] [--reports 40] [--violations 5]
        [--core-violations 5]

A synthetic project (benchmarks/synth.py, `--violations` captures taken by their loser: SPARQL
constraint violations) has `--core-violations` reports lose one control period's controller
after resolution (SHACL Core: sh:minCount). Each engine checks each report with the ontology
and the gazetteer, as the build does (conflict-kg's engines in batches of the build's size;
pyrudof reads the base once and stages each report's N-Triples over it, reading included).
The compiled engine's time also covers the quality-control queries the build runs with it.

Prints ms per report, and each engine's violations beside pySHACL's: focus node, path and
constraint component. Exits 1 if the compiled engine and pySHACL differ (pyrudof is
measured, not relied on).
No figure is asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import run

from conflictkg.base import Base, load_base
from conflictkg.build import BATCH
from conflictkg.project import Project
from conflictkg.sources import LoadedReport, load_report
from conflictkg.validate import Checker

SH = "http://www.w3.org/ns/shacl#"
CONTROLLER = b"<https://w3id.org/conflict-kg/ontology#controller>"
Key = tuple[str, str | None, str]  # focus node, path, constraint component


def break_core(report: LoadedReport) -> None:
    """Drop the report's first ckg:controller statement: one sh:minCount violation."""
    lines = report.ntriples.splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if CONTROLLER in line), None)
    if first is None:
        raise SystemExit(f"{report.path}: no ckg:controller to drop; ask for fewer core violations")
    report.ntriples = b"".join(lines[:first] + lines[first + 1 :])
    report.statements = None  # the checker reads the N-Triples again


def with_checker(checker: Checker, reports: list[LoadedReport]) -> tuple[float, set[Key]]:
    found: set[Key] = set()
    start = time.perf_counter()
    for i in range(0, len(reports), BATCH):
        for checked in checker.check(reports[i : i + BATCH]):
            found |= {(r.focus, r.path, r.component) for r in checked.results}
    return time.perf_counter() - start, found


def with_pyrudof(
    project: Project, base: Base, reports: list[LoadedReport]
) -> tuple[float, set[Key]] | None:
    try:
        import pyrudof
    except ImportError:
        return None
    rudof = pyrudof.Rudof(pyrudof.RudofConfig())
    rudof.read_shacl(str(project.root / "ontology" / "shapes" / "data-shapes.ttl"))
    nt = pyrudof.RDFFormat.NTriples
    rudof.read_data(b"".join(base.ntriples.values()).decode("utf-8"), format=nt)
    found: set[Key] = set()
    start = time.perf_counter()
    for report in reports:
        # the base is read once; each report is staged over it, then rolled back
        rudof.begin_staging()
        rudof.read_data(report.ntriples.decode("utf-8"), format=nt, merge=True)
        result = rudof.validate_shacl()
        rudof.rollback_staging()
        found |= {
            (
                str(v.focus_node),
                None if v.path is None else str(v.path),
                str(v.constraint_component),
            )
            for v in result.violations
        }
    return time.perf_counter() - start, found


def core(found: set[Key]) -> set[Key]:
    return {k for k in found if k[2] != SH + "SPARQLConstraintComponent"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--reports", type=int, default=40, help="how many reports to check")
    parser.add_argument("--violations", type=int, default=5, help="SPARQL constraint ones")
    parser.add_argument("--core-violations", type=int, default=5, help="SHACL Core ones")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        run.make_project(root, args.events, args.violations)
        project = Project(root)
        base = load_base(project)
        synthetic = [p for p in project.report_files if p.name.startswith("synth-")]
        reports = [load_report(p, root) for p in synthetic[: args.reports]]
        for report in reports[: args.core_violations]:
            break_core(report)
        engines: dict[str, Callable[[], tuple[float, set[Key]] | None]] = {
            "compiled": lambda: with_checker(Checker(project, base, "compiled"), reports),
            "pyshacl": lambda: with_checker(Checker(project, base, "pyshacl"), reports),
            "pyrudof": lambda: with_pyrudof(project, base, reports),
        }
        measured = {name: engine() for name, engine in engines.items()}
    print(
        f"# SHACL engines: {len(reports)} synthetic reports of a {args.events}-event corpus, "
        f"{args.violations} SPARQL and {args.core_violations} core violations planted\n"
    )
    print("| engine | ms per report | violations | core ones | same as pySHACL |")
    print("| --- | --- | --- | --- | --- |")
    reference = measured["pyshacl"]
    assert reference is not None
    same_compiled = True
    for name, outcome in measured.items():
        if outcome is None:
            print(f"| {name} | not installed (`pip install -e '.[bench]'`) | | | |")
            continue
        seconds, found = outcome
        same = found == reference[1]
        verdict = "yes" if same else "NO"
        if name == "compiled":
            same_compiled = same
        print(
            f"| {name} | {seconds / len(reports) * 1000:.1f} | {len(found)} | "
            f"{len(core(found))} | {verdict} |"
        )
    for name, outcome in measured.items():
        if outcome is not None and outcome[1] != reference[1]:
            ours, theirs = outcome[1], reference[1]
            for key in sorted(ours - theirs, key=str)[:5]:
                print(f"only {name}: {key}")
            for key in sorted(theirs - ours, key=str)[:5]:
                print(f"only pyshacl (not {name}): {key}")
    sys.exit(0 if same_compiled else 1)


if __name__ == "__main__":
    main()
