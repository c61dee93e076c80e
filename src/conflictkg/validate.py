"""Validation: each report, with the gazetteer and the ontology, against the data shapes
(ontology/shapes/data-shapes.ttl) and the quality-control queries (queries/qc/).

A report is the unit of validation: it is checked together with the gazetteer it refers to
and the ontology (so that sh:class sees the class hierarchy), never with other reports.
Reports may disagree with each other (two agencies, two accounts of who held a town when):
that is for analysts to query, not a fault in either encoding. A report's outcome depends
only on its own content and the base, so the build caches it.

Two engines give the same results (tests/test_shapes.py, tests/test_engines.py):
- compiled (default): the shapes compiled by conflictkg.shacl, SHACL Core evaluated in
  Python over the report's statements, SPARQL constraints on an in-memory Oxigraph store;
- pyshacl: the reference implementation.

Results are grouped by focus node with the file and line where the node is written and the
Arabic words that state it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from .base import Base
from .errors import ConflictKGError, InputError
from .namespaces import CKG, OA, ox_iri
from .project import Project
from .query import qc_library, run_qc
from .rdfio import SourceLocator, parse_turtle
from .shacl import SH as SH_NS
from .shacl import Result, ShapesProgram, plain, run_sparql, to_ox
from .sources import LoadedReport
from .triples import Layered, TripleIndex

SH = Namespace(SH_NS)
ENGINES = ("compiled", "pyshacl")


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
    qc: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # query -> its rows

    def qc_summary(self) -> str:
        return "; ".join(
            f"{name}: {len(rows)} row(s), e.g. "
            + ", ".join(f"{k}={v}" for k, v in sorted(rows[0].items()))
            for name, rows in sorted(self.qc.items())
        )

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
        if self.qc:
            lines.append(f"quality-control queries with rows: {self.qc_summary()}")
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
            {
                "conforms": self.conforms,
                "violations": [asdict(v) for v in self.violations],
                "quality_control": self.qc,
            },
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

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return (self.__class__, (self.report,))


def _short(term: str | None) -> str:
    """An IRI (or the IRIs of a path expression) without the usual namespaces."""
    if not term:
        return ""
    if "<" in term:
        return re.sub(r"<([^<>]*)>", lambda m: _short(m.group(1)), term)
    for ns, prefix in ((str(CKG), "ckg:"), ("https://w3id.org/conflict-kg/id/", "")):
        if term.startswith(ns):
            return prefix + term[len(ns) :]
    return term


# ------------------------------------------------------------------ shapes
def load_shapes(paths: list[Path]) -> Graph:
    if not paths:
        raise ConflictKGError("no SHACL shape files found", hint="Expected ontology/shapes/*.ttl.")
    shapes = Graph()
    for path in paths:
        shapes += parse_turtle(path)
    return shapes


def data_shapes(project: Project) -> Graph:
    return load_shapes([project.shapes_dir / "data-shapes.ttl"])


# ------------------------------------------------------------------ the reference engine
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


def _plain(node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def pyshacl_results(results: Graph, program: ShapesProgram) -> list[Result]:
    """pySHACL's results in the compiled engine's form (the shapes graph must be the one
    `program` was compiled from). Top-level results only: pySHACL also types nested
    sh:detail results."""
    out = []
    for result in results.objects(None, SH.result):
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        out.append(
            Result(
                focus=_plain(results.value(result, SH.focusNode)) or "",
                path=None if path is None else program.path_key(path),
                value=None if value is None else str(to_ox(value)),
                component=str(results.value(result, SH.sourceConstraintComponent)),
                shape=program.key(results.value(result, SH.sourceShape)),  # type: ignore[arg-type]
                severity=str(results.value(result, SH.resultSeverity)),
                message=str(results.value(result, SH.resultMessage) or "violates a shape"),
            )
        )
    return out


# ------------------------------------------------------------------ checking reports
@dataclass
class Checked:
    """The outcome of checking one report: shape results and quality-control rows."""

    results: list[Result] = field(default_factory=list)
    qc: dict[str, list[dict[str, str]]] = field(default_factory=dict)


class Checker:
    """Checks reports against the base, the data shapes and the QC queries. Made once per
    build; worker processes inherit it."""

    def __init__(self, project: Project, base: Base, engine: str = "compiled") -> None:
        if engine not in ENGINES:
            raise InputError(f"unknown validation engine «{engine}»", hint="compiled or pyshacl")
        self.base = base
        self.engine = engine
        self.shapes = data_shapes(project)
        self.program = ShapesProgram(self.shapes)
        self.qc = qc_library(project.queries_dir / "qc")
        self.base_graphs = [ox.NamedNode(str(name)) for name in base.ntriples]
        # The core results of the base's own focus nodes, worked out once: they are the
        # same in every report that says nothing about the base's nodes (forward paths from
        # a base node reach base nodes only, and reports may not type them), unless shapes
        # read inverse paths.
        self.base_focus = {
            shape: set(focus) for shape, focus in self.program.focus_by_shape(base.index).items()
        }
        self.base_results = self.program.validate(base.index)[0]
        if engine == "pyshacl":  # parsed here, once, not in each worker process
            _ = base.ontology, base.gazetteer_graph

    def check(self, reports: list[LoadedReport]) -> list[Checked]:
        """Check a batch of resolved reports. They share one in-memory store, each in its own
        named graph; every query sees one report and the base."""
        store = ox.Store()
        store.extend(self.base.quads)
        for report in reports:
            # reports have no blank nodes left, whose labels the store would change
            graph = ox.NamedNode(str(report.graph_iri))
            store.load(report.ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)
        out = []
        for report in reports:
            dataset = [ox.NamedNode(str(report.graph_iri)), *self.base_graphs]
            if self.engine == "compiled":
                statements = report.statements or [
                    (q.subject, q.predicate, q.object)
                    for q in ox.parse(report.ntriples, format=ox.RdfFormat.N_TRIPLES)
                ]
                results = self._compiled(store, dataset, TripleIndex(statements, unique=True))
            else:
                results = self._pyshacl(report.ntriples)
            failures = run_qc(store, self.qc, default_graph=dataset)
            qc = {
                name: [{k: v[1] for k, v in row.items()} for row in found.rows]
                for name, found in failures.items()
            }
            out.append(Checked(results, qc))
        return out

    def _compiled(
        self, store: ox.Store, dataset: list[ox.NamedNode], report: TripleIndex
    ) -> list[Result]:
        view = Layered(report, self.base.index)
        if self.program.reads_inverse_paths or not self.base.index.described().isdisjoint(
            report.described()
        ):
            results, sparql = self.program.validate(view)
        else:
            results, sparql = self.program.validate(view, skip=self.base_focus)
            results = self.base_results + results
        return results + run_sparql(store, sparql, default_graph=dataset)

    def _pyshacl(self, ntriples: bytes) -> list[Result]:
        data = Graph()
        data += self.base.gazetteer_graph
        data.parse(data=ntriples, format="nt")
        _conforms, results = run_shacl(data, self.shapes, self.base.ontology)
        return pyshacl_results(results, self.program)


# ------------------------------------------------------------------ reporting
@dataclass
class Located:
    """Where a report's nodes are written, and the quotes that state them."""

    locators: list[SourceLocator]
    statements: TripleIndex

    def where(self, node: str) -> tuple[str | None, int | None]:
        """The file and line where a node is written; a value node (a quantity, an
        inference, an annotation) is found through the node that holds it."""
        term: Any = ox.NamedNode(node) if not node.startswith("_:") else None
        for _ in range(4):
            if not isinstance(term, ox.NamedNode):
                return None, None
            for locator in self.locators:
                found = locator.line_of_node(URIRef(term.value))
                if found is not None:
                    return str(locator.path), found
            holders = self.statements.holders(term)
            term = holders[0] if holders else None
        return None, None

    def quote(self, node: str, path: str | None) -> str | None:
        """The words that state what a violation is about: the quote attesting the violated
        property, else the node's general quote (one that attests no single property)."""
        if node.startswith("_:"):
            return None
        ranked: list[tuple[int, str]] = []
        s = self.statements
        for evidence in s.objects(ox.NamedNode(node), ox_iri(CKG.evidence)):
            attests = {a.value for a in s.objects(evidence, ox_iri(CKG.attests))}
            rank = 0 if path is not None and path in attests else (1 if not attests else 2)
            for target in s.objects(evidence, ox_iri(OA.hasTarget)):
                for selector in s.objects(target, ox_iri(OA.hasSelector)):
                    for exact in s.objects(selector, ox_iri(OA.exact)):
                        ranked.append((rank, exact.value))
        return min(ranked)[1] if ranked else None


def describe(results: list[Result], located: Located) -> list[Violation]:
    """Violations with their file, line and Arabic evidence quote."""
    violations = []
    for r in results:
        file, line = located.where(r.focus)
        violations.append(
            Violation(
                focus=r.focus,
                path=r.path,
                value=None if r.value is None else plain(term(r.value)),
                message=r.message,
                severity=r.severity.rsplit("#", 1)[-1],
                component=r.component.rsplit("#", 1)[-1],
                shape=r.shape,
                file=file,
                line=line,
                quote=located.quote(r.focus, r.path),
            )
        )
    return violations


def results_graph(results: list[Result], program: ShapesProgram) -> Graph:
    """The results as a SHACL validation report (sh:ValidationReport)."""
    graph = Graph()
    graph.bind("sh", SH)
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    graph.add((report, SH.conforms, Literal(not results)))
    for r in results:
        node = BNode()
        graph.add((report, SH.result, node))
        graph.add((node, RDF.type, SH.ValidationResult))
        graph.add((node, SH.focusNode, _node(r.focus)))
        graph.add((node, SH.resultSeverity, URIRef(r.severity)))
        graph.add((node, SH.sourceConstraintComponent, URIRef(r.component)))
        graph.add((node, SH.resultMessage, Literal(r.message)))
        shape = program.node_of(r.shape)
        if shape is not None:
            graph.add((node, SH.sourceShape, program.copy_into(shape, graph)))
        path = program.path_node(r.path) if r.path is not None else None
        if path is not None:
            graph.add((node, SH.resultPath, program.copy_into(path, graph)))
        elif r.path is not None:
            graph.add((node, SH.resultPath, URIRef(r.path)))
        if r.value is not None:
            graph.add((node, SH.value, from_ox(term(r.value))))
    return graph


def term(text: str) -> Any:
    """A term from its N-Triples form."""
    quad = next(iter(ox.parse(f"<urn:s> <urn:p> {text} .".encode(), format=ox.RdfFormat.N_TRIPLES)))
    return quad.object


def from_ox(value: Any) -> Node:
    if isinstance(value, ox.NamedNode):
        return URIRef(value.value)
    if isinstance(value, ox.BlankNode):
        return BNode(value.value)
    if value.language:
        return Literal(value.value, lang=value.language)
    return Literal(value.value, datatype=URIRef(value.datatype.value))


def _node(text: str) -> Node:
    return BNode(text[2:]) if text.startswith("_:") else URIRef(text)


def report_of_checks(
    checks: dict[str, Checked],
    reports: dict[str, LoadedReport],
    base: Base,
    program: ShapesProgram,
    triples_of: Callable[[str], bytes],
) -> ValidationReport:
    """One validation report from the checks of many reports. What the gazetteer alone
    gets wrong is found in every report's check, and told once. Violations are located
    (file, line, quote) in the report whose check found them, read again from
    `triples_of(report)` when its triples are no longer in memory."""
    seen: set[tuple[tuple[str, ...], str]] = set()
    results: list[Result] = []
    violations: list[Violation] = []
    qc: dict[str, list[dict[str, str]]] = {}
    gazetteer = [loaded.locator for loaded in base.gazetteer]
    for slug in sorted(checks):
        checked = checks[slug]
        for name, rows in checked.qc.items():
            known = qc.setdefault(name, [])
            known.extend(row for row in rows if row not in known)
        fresh = [r for r in checked.results if (r.key, r.message) not in seen]
        if not fresh:
            continue
        seen.update((r.key, r.message) for r in fresh)
        report = reports[slug]
        data = report.ntriples or triples_of(slug)
        statements = TripleIndex(base.statements)
        for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
            statements.add((q.subject, q.predicate, q.object))
        violations += describe(fresh, Located([report.locator, *gazetteer], statements))
        results += fresh
    return ValidationReport(
        not violations and not qc, violations, results_graph(results, program), qc
    )


def validate_ontology(project: Project, ontology: Graph) -> ValidationReport:
    """The shapes over the ontology itself: labels and definitions in English and Arabic."""
    shapes = load_shapes([project.shapes_dir / "ontology-shapes.ttl"])
    program = ShapesProgram(shapes)
    index = TripleIndex((to_ox(s), to_ox(p), to_ox(o)) for s, p, o in ontology)  # type: ignore[misc]
    results, sparql = program.validate(index)
    if sparql:
        store = ox.Store()
        store.extend([ox.Quad(s, p, o) for s, p, o in index])
        results += run_sparql(store, sparql)
    locators = [
        SourceLocator.for_file(p)
        for p in sorted(project.ontology_dir.rglob("*.ttl"))
        if "shapes" not in p.parts
    ]
    violations = describe(results, Located(locators, index))
    return ValidationReport(not results, violations, results_graph(results, program))
