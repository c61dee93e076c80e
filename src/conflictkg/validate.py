"""Validation: SHACL (pySHACL) over the data, report by report, and over the ontology.

Each report is validated together with the gazetteer it refers to; the ontology is given to
pySHACL as its ontology graph (so sh:class sees the class hierarchy), never merged into the
data. Results are grouped by focus node with the file and line where the node is written
and the Arabic words that state it.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from .build import Assembled, assemble
from .errors import ConflictKGError
from .namespaces import CKG, GRAPH_GAZETTEER, OA
from .project import Project
from .rdfio import SourceLocator, parse_turtle

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class Violation:
    focus: str
    path: str | None
    value: str | None
    message: str
    severity: str
    component: str
    shape: str | None
    file: str | None = None
    line: int | None = None
    quote: str | None = None


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    results: Graph = field(default_factory=Graph)

    def by_focus(self) -> dict[str, list[Violation]]:
        grouped: dict[str, list[Violation]] = {}
        for violation in sorted(
            self.violations, key=lambda v: (v.file or "", v.line or 0, v.focus)
        ):
            grouped.setdefault(violation.focus, []).append(violation)
        return grouped

    def text(self) -> str:
        if self.conforms:
            return "conforms: no violations"
        lines = [f"does not conform: {len(self.violations)} violation(s)"]
        for focus, violations in self.by_focus().items():
            first = violations[0]
            where = f"{first.file}:{first.line}" if first.file else "(not found in a file)"
            lines.append(f"\n{where}: {focus}")
            if first.quote:
                lines.append(f"  evidence: «{first.quote}»")
            for v in violations:
                path = f" [{_short(v.path)}]" if v.path else ""
                value = f" (value: {_short(v.value)})" if v.value else ""
                lines.append(f"  - {v.severity}{path}: {v.message}{value}")
        return "\n".join(lines)

    def json(self) -> str:
        return json.dumps(
            {"conforms": self.conforms, "violations": [asdict(v) for v in self.violations]},
            ensure_ascii=False,
            indent=2,
        )

    def turtle(self) -> str:
        return self.results.serialize(format="turtle")


class NotConformingError(ConflictKGError):
    """The data does not conform to the shapes (exit code 1, not 2)."""

    def __init__(self, report: ValidationReport) -> None:
        super().__init__(f"the data does not conform: {len(report.violations)} violation(s)")
        self.report = report


def _short(term: str | None) -> str:
    if term is None:
        return ""
    for ns, prefix in ((str(CKG), "ckg:"), ("https://w3id.org/conflict-kg/id/", "")):
        if term.startswith(ns):
            return prefix + term[len(ns) :]
    return term


def load_shapes(paths: list[Path]) -> Graph:
    if not paths:
        raise ConflictKGError("no SHACL shape files found", hint="Expected ontology/shapes/*.ttl.")
    shapes = Graph()
    for path in paths:
        shapes += parse_turtle(path)
    return shapes


def data_shapes(project: Project) -> Graph:
    return load_shapes([project.shapes_dir / "data-shapes.ttl"])


@contextmanager
def prepared_sparql() -> Iterator[None]:
    """Reuse the parsed form of each SPARQL text while validating.

    pySHACL hands rdflib the text of a SPARQL constraint once per focus node, and rdflib
    parses it again each time (pyparsing, ~45 ms a query): 88% of validation time on the
    seed graph. A parsed and translated query is what rdflib's prepared queries reuse with
    different initial bindings, so caching it by (text, base, namespaces) changes nothing
    but the time (seed graph: 11 s -> about 1 s)."""
    from rdflib.plugins.sparql import processor
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.evaluate import evalQuery
    from rdflib.plugins.sparql.parser import parseQuery

    original = processor.SPARQLProcessor.query
    cache: dict[tuple[str, str | None, tuple[tuple[str, str], ...]], Any] = {}

    def query(
        self: Any,
        str_or_query: Any,
        initBindings: Any = None,
        initNs: Any = None,
        base: str | None = None,
        DEBUG: bool = False,
    ) -> Any:
        if isinstance(str_or_query, str):
            namespaces = tuple(sorted((k, str(v)) for k, v in (initNs or {}).items()))
            key = (str_or_query, base, namespaces)
            if key not in cache:
                cache[key] = translateQuery(parseQuery(str_or_query), base, initNs)
            str_or_query = cache[key]
        return evalQuery(self.graph, str_or_query, initBindings, base)

    processor.SPARQLProcessor.query = query  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        processor.SPARQLProcessor.query = original  # type: ignore[method-assign]


def run_shacl(data: Graph, shapes: Graph, ontology: Graph | None) -> tuple[bool, Graph]:
    """One pySHACL run: (conforms, results graph)."""
    from pyshacl import validate as pyshacl_validate

    with prepared_sparql():
        conforms, results, _text = pyshacl_validate(
            data,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            abort_on_first=False,
            allow_warnings=False,
            meta_shacl=False,
            advanced=False,
        )
    return bool(conforms), results


def _results(results: Graph) -> list[dict[str, Node | None]]:
    rows = []
    # top-level results only; pySHACL also types the nested sh:detail results
    for result in results.objects(None, SH.result):
        rows.append(
            {
                "focus": results.value(result, SH.focusNode),
                "path": results.value(result, SH.resultPath),
                "value": results.value(result, SH.value),
                "message": results.value(result, SH.resultMessage),
                "severity": results.value(result, SH.resultSeverity),
                "component": results.value(result, SH.sourceConstraintComponent),
                "shape": results.value(result, SH.sourceShape),
            }
        )
    return rows


def _term(node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, URIRef | Literal):
        return str(node)
    return node.n3()


def _locate(
    node: Node | None, data: Graph, locators: list[SourceLocator]
) -> tuple[str | None, int | None]:
    """The file and line where a node is written; a value node (a quantity, an inference,
    written as [ … ]) is found through the node that holds it."""
    for _ in range(4):
        if not isinstance(node, URIRef):
            return None, None
        for locator in locators:
            found = locator.line_of_node(node)
            if found is not None:
                return str(locator.path), found
        node = next(iter(data.subjects(None, node)), None)
    return None, None


def _quote_for(data: Graph, node: Node | None, path: Node | None) -> str | None:
    """The words that state what a violation is about: the quote attesting the violated
    property, else the node's general quote (one that attests no single property)."""
    ranked: list[tuple[int, str]] = []
    for evidence in data.objects(node, CKG.evidence):
        attests = set(data.objects(evidence, CKG.attests))
        rank = 0 if path is not None and path in attests else (1 if not attests else 2)
        for selector in data.objects(data.value(evidence, OA.hasTarget), OA.hasSelector):
            exact = data.value(selector, OA.exact)
            if exact is not None:
                ranked.append((rank, str(exact)))
    return min(ranked)[1] if ranked else None


def collect(results: Graph, data: Graph, locators: list[SourceLocator]) -> list[Violation]:
    """Violations with their file, line and Arabic evidence quote."""
    violations = []
    for row in _results(results):
        focus = row["focus"]
        file, line = _locate(focus, data, locators)
        quote = _quote_for(data, focus, row["path"])
        severity = row["severity"]
        violations.append(
            Violation(
                focus=_term(focus) or "",
                path=_term(row["path"]),
                value=_term(row["value"]),
                message=str(row["message"] or "violates a shape"),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                component=str(row["component"]).rsplit("#", 1)[-1],
                shape=_term(row["shape"]),
                file=file,
                line=line,
                quote=quote,
            )
        )
    return violations


Run = tuple[Graph, list[SourceLocator]]
_JOB: tuple[Graph, Graph, list[Run]] | None = (
    None  # (shapes, ontology, runs), inherited by forked workers
)


def _validate_run(index: int) -> tuple[bool, str, list[Violation]]:
    """One report with the gazetteer: (conforms, results as N-Triples, violations)."""
    assert _JOB is not None
    shapes, ontology, runs = _JOB
    data, locators = runs[index]
    ok, results = run_shacl(data, shapes, ontology)
    return ok, results.serialize(format="nt"), collect(results, data, locators)


def validate_assembled(
    project: Project, assembled: Assembled, workers: int | None = None
) -> ValidationReport:
    """Validate each report with the gazetteer, against the data shapes, in worker
    processes when there are several reports (default: one per core). Validation time is
    per focus node, not per call, so reports are spread over processes rather than batched."""
    global _JOB
    shapes = data_shapes(project)
    gazetteer = assembled.graphs[GRAPH_GAZETTEER]
    gazetteer_locators = [g.locator for g in assembled.gazetteer]
    runs: list[Run] = [
        (gazetteer + report.resolved, [report.locator, *gazetteer_locators])
        for report in assembled.reports
    ] or [(gazetteer, gazetteer_locators)]
    count = min(workers or os.cpu_count() or 1, len(runs))
    _JOB = (shapes, assembled.ontology, runs)
    try:
        if count > 1 and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")  # workers inherit the graphs
            with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
                outcomes = list(pool.map(_validate_run, range(len(runs))))
        else:
            outcomes = [_validate_run(index) for index in range(len(runs))]
    finally:
        _JOB = None
    conforms = True
    violations: dict[tuple[object, ...], Violation] = {}
    results_all = Graph()
    for ok, results, found in outcomes:  # in report order: the same report at any worker count
        conforms = conforms and ok
        results_all.parse(data=results, format="nt")
        for violation in found:
            key = (
                violation.focus,
                violation.path,
                violation.value,
                violation.component,
                violation.message,
            )
            violations.setdefault(key, violation)
    return ValidationReport(conforms, list(violations.values()), results_all)


def validate_files(project: Project, report_paths: list[Path] | None = None) -> ValidationReport:
    """Validate the given report files (default: all of the project's) with the gazetteer."""
    return validate_assembled(project, assemble(project, report_paths))


def validate_ontology(project: Project, ontology: Graph) -> ValidationReport:
    """The shapes over the ontology itself: labels and definitions in English and Arabic."""
    shapes = load_shapes([project.shapes_dir / "ontology-shapes.ttl"])
    ok, results = run_shacl(ontology, shapes, None)
    locators = [
        SourceLocator.for_file(p)
        for p in sorted(project.ontology_dir.rglob("*.ttl"))
        if "shapes" not in p.parts
    ]
    return ValidationReport(ok, collect(results, ontology, locators), results)
