"""Build: ontology + gazetteer + reports -> named graphs -> validated -> build/ (atomically).

Outputs (all written to a temporary folder first and moved into place only when every one
of them is complete, so a failure leaves the previous build untouched):
  conflict-kg.trig   every named graph (ontology, gazetteer, one per report)
  conflict-kg.nq     the same as sorted N-Quads, for bulk loading into other stores
  conflict-kg.ttl    the union of all graphs as deterministic Turtle
  store/             the embedded pyoxigraph store that `conflictkg query` uses
  summary.json       what was built: graphs, triple counts, validation status
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import RDF, Graph, URIRef

from .errors import ConflictKGError, InputError
from .namespaces import GRAPH_GAZETTEER, GRAPH_ONTOLOGY, ID
from .ontology import load_ontology
from .project import Project
from .query import run_qc
from .serialize import serialize_dataset, serialize_graph, union
from .sources import LoadedFile, LoadedReport, check_identity, load_file, load_report
from .store import load_nquads

Progress = Callable[[str], None]


class QualityError(ConflictKGError):
    """A quality-control query (queries/qc/*-violation.rq) returned rows."""


@dataclass
class Assembled:
    """The graphs of a project before they are written anywhere."""

    graphs: dict[URIRef, Graph]
    gazetteer: list[LoadedFile]
    reports: list[LoadedReport]

    @property
    def data_graphs(self) -> dict[URIRef, Graph]:
        return {name: g for name, g in self.graphs.items() if name != GRAPH_ONTOLOGY}

    @property
    def ontology(self) -> Graph:
        return self.graphs[GRAPH_ONTOLOGY]


@dataclass
class BuildResult:
    assembled: Assembled
    out_dir: Path
    validated: bool
    conforms: bool | None
    counts: dict[str, int] = field(default_factory=dict)


def assemble(
    project: Project,
    report_paths: list[Path] | None = None,
    progress: Progress | None = None,
) -> Assembled:
    """Load and resolve everything; raise a ConflictKGError naming file and line on bad input."""
    say = progress or (lambda _msg: None)
    say("loading the ontology")
    ontology = load_ontology(project)
    gazetteer_paths = project.gazetteer_files
    if not gazetteer_paths:
        raise InputError("no gazetteer files", project.root / "data" / "gazetteer")
    gazetteer = [load_file(p) for p in gazetteer_paths]
    paths = project.report_files if report_paths is None else report_paths
    if not paths:
        raise InputError(
            "no report files to build",
            project.root / "data" / "reports",
            hint="Add a report as data/reports/<name>.ttl.",
        )
    reports = []
    for index, path in enumerate(paths, 1):
        say(f"resolving report {index}/{len(paths)}: {path.name}")
        reports.append(load_report(path, project.root))
    check_identity([*gazetteer, *reports])
    gazetteer_graph = Graph()
    for loaded in gazetteer:
        gazetteer_graph += loaded.graph
    graphs: dict[URIRef, Graph] = {GRAPH_ONTOLOGY: ontology, GRAPH_GAZETTEER: gazetteer_graph}
    for report in reports:
        graphs[report.graph_iri] = report.resolved
    return Assembled(graphs, gazetteer, reports)


def write_outputs(
    graphs: dict[URIRef, Graph],
    out_dir: Path,
    summary: dict[str, Any],
    progress: Progress | None = None,
    qc_dir: Path | None = None,
) -> dict[str, int]:
    """Write every output to a temporary folder, then move them into `out_dir` together."""
    say = progress or (lambda _msg: None)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / f".tmp-build-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        say("writing TriG, N-Quads and Turtle")
        (tmp / "conflict-kg.trig").write_bytes(serialize_dataset(graphs, "trig"))
        (tmp / "conflict-kg.nq").write_bytes(serialize_dataset(graphs, "nq"))
        (tmp / "conflict-kg.ttl").write_bytes(serialize_graph(union(graphs), "ttl"))
        say("loading the embedded store")
        store = load_nquads(tmp / "store", tmp / "conflict-kg.nq")
        if qc_dir is not None:
            say("running the quality-control queries")
            failures = run_qc(store, qc_dir)
            if failures:
                detail = "; ".join(
                    f"{name}: {len(r.rows)} row(s), e.g. "
                    + ", ".join(f"{k}={v[1]}" for k, v in sorted(r.rows[0].items()))
                    for name, r in failures.items()
                )
                raise QualityError(f"quality-control queries found problems: {detail}", qc_dir)
        counts = {str(name): len(g) for name, g in graphs.items()}
        stored = sum(1 for _ in store.quads_for_pattern(None, None, None, None))
        del store
        if stored != sum(counts.values()):
            raise InputError(
                f"the store holds {stored} quads but {sum(counts.values())} were built",
                tmp / "store",
            )
        summary = {**summary, "graphs": counts, "triples": sum(counts.values())}
        (tmp / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
        if "warning" in summary:
            (tmp / "UNVALIDATED").write_text(summary["warning"] + "\n")
        # Every output is complete: move them into place.
        for name in ("conflict-kg.trig", "conflict-kg.nq", "conflict-kg.ttl", "summary.json"):
            os.replace(tmp / name, out_dir / name)
        if (tmp / "UNVALIDATED").exists():
            os.replace(tmp / "UNVALIDATED", out_dir / "UNVALIDATED")
        else:
            (out_dir / "UNVALIDATED").unlink(missing_ok=True)
        old = out_dir / f".old-store-{os.getpid()}"
        if (out_dir / "store").exists():
            os.replace(out_dir / "store", old)
        os.replace(tmp / "store", out_dir / "store")
        shutil.rmtree(old, ignore_errors=True)
        return counts
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def node_counts(assembled: Assembled) -> dict[str, int]:
    """How many events, situations, relations, claims and evidence annotations were built."""
    kinds = ("event", "situation", "relation", "claim", "annotation")
    counts = dict.fromkeys(kinds, 0)
    for report in assembled.reports:
        for subject in set(report.resolved.subjects(RDF.type, None)):
            path = str(subject).removeprefix(str(ID))
            kind = path.split("/", 1)[0]
            if (
                kind in counts
                and "/target" not in path
                and not path.endswith(("/quote", "/position"))
            ):
                counts[kind] += 1
    return counts


def build(
    project: Project,
    out_dir: Path | None = None,
    *,
    validate: bool = True,
    allow_invalid: bool = False,
    progress: Progress | None = None,
) -> BuildResult:
    """Assemble, validate (refusing non-conforming data unless `allow_invalid`), and write."""
    assembled = assemble(project, progress=progress)
    out = out_dir or project.build_dir
    conforms: bool | None = None
    if validate:
        from .validate import NotConformingError, validate_assembled

        if progress:
            progress("validating against the SHACL shapes")
        report = validate_assembled(project, assembled)
        conforms = report.conforms
        if not conforms and not allow_invalid:
            raise NotConformingError(report)
    summary: dict[str, Any] = {
        "reports": [r.slug for r in assembled.reports],
        "validated": validate,
        "conforms": conforms,
        "nodes": node_counts(assembled),
    }
    if not validate or conforms is False:
        summary["warning"] = "UNVALIDATED: published without passing SHACL validation"
    # QC queries gate publication like the shapes do; --allow-invalid publishes regardless.
    qc_dir = project.queries_dir / "qc" if validate and not allow_invalid else None
    counts = write_outputs(assembled.graphs, out, summary, progress, qc_dir)
    return BuildResult(assembled, out, validate, conforms, counts)
