"""A compiled SHACL engine for the bulk of validation; pySHACL stays the reference.

The shapes graph is compiled once into Python objects (targets, paths, constraints), which
are then evaluated over an in-memory index of a report's statements (with the gazetteer and
the ontology: any DataView). SHACL-SPARQL constraints run on a pyoxigraph store, with
`$this` bound to the focus nodes by an inline VALUES block (`$this` and `?this` are one
variable in SPARQL), or pre-bound one query each for blank nodes.

It implements SHACL Core's value type, cardinality, range, string, property pair, logical,
shape-based and other constraint components, every property path form, node/class/subjects-
of/objects-of targets (implicit class targets too), sh:deactivated, sh:severity, sh:message
and SPARQL-based constraints. A shapes graph using anything else (sh:closed, SPARQL-based
targets or constraint components, sh:qualifiedValueShapesDisjoint) is refused when it is
compiled, naming the shape, so it can be validated with pySHACL instead. The differential
tests check that both engines give the same results.

Results are identified as pySHACL identifies them (the focus node, the result path, the
value, the constraint component, the source shape and the severity), in strings that can
be cached: see Result.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from .errors import ConflictKGError
from .rdfio import INTEGER_RANGES, well_formed
from .triples import Subject, Term

SH = "http://www.w3.org/ns/shacl#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_TYPE = ox.NamedNode(str(RDF.type))
_SUBCLASS = ox.NamedNode(str(RDFS.subClassOf))
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def sh(name: str) -> URIRef:
    return URIRef(SH + name)


class UnsupportedShapeError(ConflictKGError):
    """The shapes use a SHACL feature this engine does not implement."""


# ------------------------------------------------------------------ data views
class DataView(Protocol):
    """What the engine reads: the objects of a subject's predicate, the subjects of a
    predicate's object, and all (subject, object) pairs of a predicate (for targets)."""

    def objects(self, subject: Term, predicate: ox.NamedNode) -> list[Term]: ...

    def subjects(self, predicate: ox.NamedNode, obj: Term) -> list[Subject]: ...

    def subject_objects(self, predicate: ox.NamedNode) -> list[tuple[Subject, Term]]: ...


# ------------------------------------------------------------------ results
@dataclass(frozen=True)
class Result:
    """One validation result, in strings (it travels between processes and into the build
    cache): the focus node as an IRI or `_:id`, the value in N-Triples form, complex paths in
    SPARQL syntax, and blank-node shapes by a key that stays the same as long as the shapes
    graph does (ShapesProgram.key)."""

    focus: str
    path: str | None
    value: str | None  # N-Triples form: <iri>, "lexical"^^<datatype>, "text"@lang, _:id
    component: str  # the constraint component's IRI
    shape: str
    severity: str  # the severity's IRI
    message: str

    @property
    def key(self) -> tuple[str, str, str, str, str, str]:
        """What identifies a result across engines and runs (messages aside)."""
        return (
            self.focus,
            self.path or "",
            self.value or "",
            self.component,
            self.shape,
            self.severity,
        )


# ------------------------------------------------------------------ terms
def to_ox(term: Node) -> Term:
    """An rdflib term as a pyoxigraph term (the shapes graph's, to compare with data; the
    analyst's identity links, to store them)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _number(term: Term) -> Any:
    """A literal's value for ordering: a Decimal or float, a (datatype, lexical form) pair
    for dates and strings (ISO forms order as text), or None when it cannot be ordered."""
    if not isinstance(term, ox.Literal):
        return None
    datatype = term.datatype.value
    if not datatype.startswith(_XSD) or not well_formed(term):
        return None
    name = datatype[len(_XSD) :]
    if name == "decimal" or name in INTEGER_RANGES:
        return Decimal(term.value)
    if name in ("double", "float"):
        return float(term.value)
    if name in ("date", "dateTime", "gYear", "gYearMonth", "time", "string"):
        return (name, term.value)
    return None


def _compare(left: Term, right: Term) -> int | None:
    """-1, 0 or 1 when the two literals are comparable, else None."""
    a, b = _number(left), _number(right)
    if a is None or b is None:
        return None
    if isinstance(a, tuple) != isinstance(b, tuple):
        return None
    if isinstance(a, tuple):
        if a[0] != b[0]:
            return None
        a, b = a[1], b[1]
    return int((a > b) - (a < b))


def plain(term: Term | None) -> str:
    """A term as results (and pySHACL's messages) write it: IRIs and literals by their
    plain value, blank nodes as _:id."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


# ------------------------------------------------------------------ paths
class Path:
    """A compiled property path; `node` is the path's node in the shapes graph."""

    node: Node

    def values(self, view: DataView, focus: Term) -> list[Term]:
        raise NotImplementedError

    def sparql(self) -> str:
        raise NotImplementedError

    @property
    def key(self) -> str:
        """How results name the path: the predicate's IRI, else the path in SPARQL syntax."""
        return self.sparql()


@dataclass
class PredicatePath(Path):
    node: Node
    predicate: ox.NamedNode

    def values(self, view: DataView, focus: Term) -> list[Term]:
        return view.objects(focus, self.predicate)

    def sparql(self) -> str:
        return str(self.predicate)

    @property
    def key(self) -> str:
        return self.predicate.value


@dataclass
class InversePath(Path):
    node: Node
    inner: Path

    def values(self, view: DataView, focus: Term) -> list[Term]:
        if isinstance(self.inner, PredicatePath):
            return list(view.subjects(self.inner.predicate, focus))
        raise UnsupportedShapeError(
            "inverse of a complex path", hint="Use --engine pyshacl for such shapes."
        )

    def sparql(self) -> str:
        return f"^({self.inner.sparql()})"


@dataclass
class SequencePath(Path):
    node: Node
    steps: list[Path]

    def values(self, view: DataView, focus: Term) -> list[Term]:
        current: dict[Term, None] = {focus: None}
        for step in self.steps:
            following: dict[Term, None] = {}
            for node in current:
                following.update(dict.fromkeys(step.values(view, node)))
            current = following
        return list(current)

    def sparql(self) -> str:
        return "(" + " / ".join(s.sparql() for s in self.steps) + ")"


@dataclass
class AlternativePath(Path):
    node: Node
    options: list[Path]

    def values(self, view: DataView, focus: Term) -> list[Term]:
        found: dict[Term, None] = {}
        for option in self.options:
            found.update(dict.fromkeys(option.values(view, focus)))
        return list(found)

    def sparql(self) -> str:
        return "(" + " | ".join(o.sparql() for o in self.options) + ")"


@dataclass
class RepeatPath(Path):
    node: Node
    inner: Path
    minimum: int  # 0 or 1
    unbounded: bool  # * and + go on; ? stops after one step

    def values(self, view: DataView, focus: Term) -> list[Term]:
        found: dict[Term, None] = {focus: None} if self.minimum == 0 else {}
        frontier = [focus]
        while frontier:
            following = []
            for node in frontier:
                for value in self.inner.values(view, node):
                    if value not in found:
                        found[value] = None
                        following.append(value)
            frontier = following if self.unbounded else []
        return list(found)

    def sparql(self) -> str:
        suffix = {(0, True): "*", (1, True): "+", (0, False): "?"}[(self.minimum, self.unbounded)]
        return f"({self.inner.sparql()}){suffix}"


# ------------------------------------------------------------------ shapes
Check = Callable[["Context", Term, list[Term]], "Violations"]


@dataclass(eq=False)
class Shape:
    node: Node
    path: Path | None
    severity: str
    messages: list[str]
    deactivated: bool
    checks: list[Check] = field(default_factory=list)
    empty_checks: list[Check] = field(default_factory=list)  # those that fail on no value
    properties: list[Shape] = field(default_factory=list)
    sparql: list[SparqlConstraint] = field(default_factory=list)
    targets: list[tuple[str, Term]] = field(default_factory=list)

    key: str = ""  # how results name the shape (ShapesProgram.key)

    @property
    def label(self) -> str:
        return self.node.n3() if isinstance(self.node, URIRef) else "a shape"


@dataclass(eq=False)
class SparqlConstraint:
    shape: Shape
    node: Node
    query: str  # with PREFIX declarations and $PATH substituted
    messages: list[str]


@dataclass
class Context:
    """One validation run: the data, the class hierarchy, and the results so far."""

    view: DataView
    program: ShapesProgram
    _instances: dict[tuple[Term, str], bool] = field(default_factory=dict)

    def is_instance(self, node: Term, cls: str) -> bool:
        """SHACL instance: rdf:type/rdfs:subClassOf* cls."""
        key = (node, cls)
        known = self._instances.get(key)
        if known is None:
            subclasses = self.program.subclasses(cls, self.view)
            known = isinstance(node, ox.NamedNode | ox.BlankNode) and any(
                t.value in subclasses for t in self.view.objects(node, _TYPE)
            )
            self._instances[key] = known
        return known

    def conforms(self, node: Term, shape: Shape) -> bool:
        found: list[Result] = []
        self.program.evaluate(self, shape, node, found)
        return not found


class ShapesProgram:
    """The compiled shapes graph."""

    def __init__(self, graph: Graph) -> None:
        for component in graph.subjects(RDF.type, sh("ConstraintComponent")):
            raise UnsupportedShapeError(
                f"the shapes declare their own constraint component {component.n3()}, which "
                "the compiled engine does not implement",
                hint="Validate with --engine pyshacl.",
            )
        self.graph = graph
        self._compiled: dict[Node, Shape] = {}
        self._keys: dict[Node, str] = {}
        self._subclasses: dict[str, frozenset[str]] = {}
        self.shapes: list[Shape] = []
        roots = set(graph.subjects(RDF.type, sh("NodeShape")))
        roots |= set(graph.subjects(RDF.type, sh("PropertyShape")))
        for predicate in ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf"):
            roots |= set(graph.subjects(sh(predicate), None))
        for node in sorted(roots, key=lambda n: n.n3()):
            shape = self.compile(node)
            if shape.targets:
                self.shapes.append(shape)
        for shape in self._compiled.values():
            if shape.sparql and not shape.targets and not shape.deactivated:
                raise UnsupportedShapeError(
                    f"{shape.label} has a SPARQL constraint but is only used inside other shapes",
                    hint="Give it a target, or validate with --engine pyshacl.",
                )

    # ---------------------------------------------------------------- compiling
    def key(self, node: Node) -> str:
        """A shape's name in results: its IRI, or for a blank node a digest of where it is
        held and what it holds, which stays the same each time the shapes are read."""
        if isinstance(node, URIRef):
            return str(node)
        known = self._keys.get(node)
        if known is None:
            holders = sorted(f"{self.key(s)} {p}" for s, p in self.graph.subject_predicates(node))
            text = " ".join(holders) + " " + self._structure(node)
            known = self._keys[node] = "_:" + hashlib.sha256(text.encode()).hexdigest()[:16]
        return known

    def path_key(self, node: Node) -> str:
        """How results name the path whose node in the shapes graph is `node`."""
        return self._path(node).key

    def node_of(self, key: str) -> Node | None:
        """The shapes-graph node of a shape named `key` in results."""
        if not key.startswith("_:"):
            return URIRef(key)
        return next((n for n in self._compiled if self.key(n) == key), None)

    def path_node(self, key: str) -> Node | None:
        """The shapes-graph node of a path named `key` in results."""
        for shape in self._compiled.values():
            if shape.path is not None and shape.path.key == key:
                return shape.path.node
        return None

    def copy_into(self, node: Node, target: Graph) -> Node:
        """Copy a blank node's description (a shape, a path) into `target`, so that a
        validation report refers to something it holds."""
        if isinstance(node, BNode):
            for p, o in self.graph.predicate_objects(node):
                target.add((node, p, self.copy_into(o, target)))
        return node

    def _structure(self, node: Node, depth: int = 0) -> str:
        if not isinstance(node, BNode) or depth > 16:
            return node.n3()
        parts = sorted(
            f"{p.n3()} {self._structure(o, depth + 1)}"
            for p, o in self.graph.predicate_objects(node)
        )
        return "[" + " ; ".join(parts) + "]"

    def compile(self, node: Node) -> Shape:
        if node in self._compiled:
            return self._compiled[node]
        g = self.graph
        for unsupported in ("closed", "target", "qualifiedValueShapesDisjoint"):
            if g.value(node, sh(unsupported)) is not None:
                raise UnsupportedShapeError(
                    f"the shape {node.n3()} uses sh:{unsupported}, which the compiled engine "
                    "does not implement",
                    hint="Validate with --engine pyshacl.",
                )
        path_node = g.value(node, sh("path"))
        severity = g.value(node, sh("severity"))
        shape = Shape(
            node=node,
            path=self._path(path_node) if path_node is not None else None,
            severity=str(severity) if severity is not None else SH + "Violation",
            messages=sorted(str(m) for m in g.objects(node, sh("message"))),
            deactivated=str(g.value(node, sh("deactivated"))).lower() == "true",
        )
        shape.key = self.key(node)
        self._compiled[node] = shape  # before the parts: shapes may refer to themselves
        for cls in g.objects(node, sh("targetClass")):
            shape.targets.append(("class", to_ox(cls)))
        if (node, RDF.type, RDFS.Class) in g or (
            node,
            RDF.type,
            URIRef("http://www.w3.org/2002/07/owl#Class"),
        ) in g:
            shape.targets.append(("class", to_ox(node)))
        for kind in ("targetNode", "targetSubjectsOf", "targetObjectsOf"):
            for value in g.objects(node, sh(kind)):
                shape.targets.append((kind, to_ox(value)))
        self._checks(node, shape)
        shape.properties = [
            self.compile(p) for p in sorted(g.objects(node, sh("property")), key=lambda n: n.n3())
        ]
        for constraint in sorted(g.objects(node, sh("sparql")), key=lambda n: n.n3()):
            shape.sparql.append(self._sparql(shape, constraint))
        return shape

    def _list(self, head: Node) -> list[Node]:
        return list(Collection(self.graph, head))

    def _path(self, node: Node) -> Path:
        g = self.graph
        if isinstance(node, URIRef):
            return PredicatePath(node, ox.NamedNode(str(node)))
        if g.value(node, RDF.first) is not None:
            return SequencePath(node, [self._path(step) for step in self._list(node)])
        if (alternative := g.value(node, sh("alternativePath"))) is not None:
            return AlternativePath(node, [self._path(o) for o in self._list(alternative)])
        if (inverse := g.value(node, sh("inversePath"))) is not None:
            return InversePath(node, self._path(inverse))
        for name, minimum, unbounded in (
            ("zeroOrMorePath", 0, True),
            ("oneOrMorePath", 1, True),
            ("zeroOrOnePath", 0, False),
        ):
            if (inner := g.value(node, sh(name))) is not None:
                return RepeatPath(node, self._path(inner), minimum, unbounded)
        raise UnsupportedShapeError(f"not a SHACL property path: {node.n3()}")

    def _sparql(self, shape: Shape, node: Node) -> SparqlConstraint:
        g = self.graph
        select = g.value(node, sh("select"))
        if select is None:
            raise UnsupportedShapeError(f"the SPARQL constraint of {shape.label} has no sh:select")
        prefixes = []
        for holder in g.objects(node, sh("prefixes")):
            for declaration in g.objects(holder, sh("declare")):
                prefix, namespace = (
                    g.value(declaration, sh("prefix")),
                    g.value(declaration, sh("namespace")),
                )
                prefixes.append(f"PREFIX {prefix}: <{namespace}>")
        text = str(select)
        if shape.path is not None:
            text = text.replace("$PATH", shape.path.sparql())
        messages = sorted(str(m) for m in g.objects(node, sh("message"))) or shape.messages
        return SparqlConstraint(shape, node, "\n".join([*sorted(set(prefixes)), text]), messages)

    def _checks(self, node: Node, shape: Shape) -> None:
        """Compile the shape's constraint components into shape.checks, and note in
        shape.empty_checks the ones that can fail when there is no value at all (the
        others are passed over for the many nodes a property is absent from)."""
        g = self.graph
        checks: list[Check] = shape.checks
        empty: list[Check] = shape.empty_checks

        def one(name: str) -> Node | None:
            return g.value(node, sh(name))

        for cls in g.objects(node, sh("class")):
            checks.append(_class_check(str(cls)))
        if (datatype := one("datatype")) is not None:
            checks.append(_datatype_check(str(datatype)))
        if (kind := one("nodeKind")) is not None:
            checks.append(_node_kind_check(str(kind).removeprefix(SH)))
        if (count := one("minCount")) is not None:
            checks.append(_min_count_check(int(str(count))))
            empty.append(checks[-1])
        if (count := one("maxCount")) is not None:
            checks.append(_max_count_check(int(str(count))))
        for name in ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive"):
            if (bound := one(name)) is not None:
                checks.append(_range_check(name, to_ox(bound)))
        for name in ("minLength", "maxLength"):
            if (length := one(name)) is not None:
                checks.append(_length_check(name, int(str(length))))
        for pattern in g.objects(node, sh("pattern")):
            checks.append(_pattern_check(str(pattern), str(one("flags") or "")))
        if (languages := one("languageIn")) is not None:
            checks.append(_language_check([str(v) for v in self._list(languages)]))
        if str(one("uniqueLang")).lower() == "true":
            checks.append(_unique_lang_check())
        if (members := one("in")) is not None:
            checks.append(_in_check({to_ox(v) for v in self._list(members)}))
        for value in g.objects(node, sh("hasValue")):
            checks.append(_has_value_check(to_ox(value)))
            empty.append(checks[-1])
        for name in ("equals", "disjoint", "lessThan", "lessThanOrEquals"):
            for other in g.objects(node, sh(name)):
                checks.append(_pair_check(name, ox.NamedNode(str(other))))
                if name == "equals":
                    empty.append(checks[-1])
        for other in g.objects(node, sh("node")):
            checks.append(_node_check(self, other))
        for other in g.objects(node, sh("not")):
            checks.append(_not_check(self, other))
        for name in ("and", "or", "xone"):
            for head in g.objects(node, sh(name)):
                checks.append(_logical_check(self, name, self._list(head)))
        qualified = one("qualifiedValueShape")
        if qualified is not None:
            low, high = one("qualifiedMinCount"), one("qualifiedMaxCount")
            checks.append(
                _qualified_check(
                    self,
                    qualified,
                    None if low is None else int(str(low)),
                    None if high is None else int(str(high)),
                )
            )
            if low is not None:
                empty.append(checks[-1])

    # ---------------------------------------------------------------- evaluating
    def subclasses(self, cls: str, view: DataView) -> frozenset[str]:
        """cls and every class below it (rdfs:subClassOf*), read from the data view."""
        known = self._subclasses.get(cls)
        if known is None:
            found = {cls}
            frontier = [ox.NamedNode(cls)]
            while frontier:
                following = []
                for parent in frontier:
                    for child in view.subjects(_SUBCLASS, parent):
                        if isinstance(child, ox.NamedNode) and child.value not in found:
                            found.add(child.value)
                            following.append(child)
                frontier = following
            known = self._subclasses[cls] = frozenset(found)
        return known

    def focus_nodes(self, shape: Shape, view: DataView, classes_from: DataView) -> list[Term]:
        """The shape's focus nodes in `view` (the class hierarchy read from `classes_from`)."""
        found: dict[Term, None] = {}
        for kind, value in shape.targets:
            if kind == "class":
                for cls in sorted(self.subclasses(value.value, classes_from)):
                    found.update(dict.fromkeys(view.subjects(_TYPE, ox.NamedNode(cls))))
            elif kind == "targetNode":
                found[value] = None
            elif kind == "targetSubjectsOf":
                found.update(dict.fromkeys(s for s, _ in view.subject_objects(value)))  # type: ignore[arg-type]
            else:
                found.update(dict.fromkeys(o for _, o in view.subject_objects(value)))  # type: ignore[arg-type]
        return list(found)

    def evaluate(self, context: Context, shape: Shape, focus: Term, out: list[Result]) -> None:
        """Add the results of one shape on one focus node (SPARQL constraints aside)."""
        if shape.deactivated:
            return
        values = [focus] if shape.path is None else shape.path.values(context.view, focus)
        for check in shape.checks if values else shape.empty_checks:
            found = check(context, focus, values)
            if found:
                out.extend(
                    Result(
                        focus=plain(focus),
                        path=shape.path.key if shape.path is not None else None,
                        value=None if value is None else str(value),
                        component=SH + component,
                        shape=shape.key,
                        severity=shape.severity,
                        message=shape.messages[0] if shape.messages else default,
                    )
                    for value, component, default in found
                )
        for prop in shape.properties:
            for value in values:
                self.evaluate(context, prop, value, out)

    def validate(
        self,
        view: DataView,
        accept: Callable[[Term], bool] | None = None,
        targets: DataView | None = None,
        skip: dict[Shape, set[Term]] | None = None,
    ) -> tuple[list[Result], dict[SparqlConstraint, list[Term]]]:
        """Core results for every focus node that `accept` takes (default: all), and the
        focus nodes of each SPARQL constraint, to be run on a store (run_sparql). Focus nodes
        are looked for in `targets` (default: the data itself); those in `skip` of a shape
        have their core results from elsewhere (their SPARQL constraints still run).

        The class hierarchy is read once, from the first data given, and kept: it is the
        ontology's, the same in every run."""
        context = Context(view, self)
        results: list[Result] = []
        sparql: dict[SparqlConstraint, list[Term]] = {}
        for shape, focus in self.focus_by_shape(view, targets, accept).items():
            skipped = skip.get(shape, set()) if skip else set()
            for node in focus:
                if node not in skipped:
                    self.evaluate(context, shape, node, results)
            for constraint in shape.sparql:
                sparql[constraint] = focus
        return results, sparql

    def focus_by_shape(
        self,
        view: DataView,
        targets: DataView | None = None,
        accept: Callable[[Term], bool] | None = None,
    ) -> dict[Shape, list[Term]]:
        out = {}
        for shape in self.shapes:
            if shape.deactivated:
                continue
            found = self.focus_nodes(shape, targets or view, view)
            focus = [f for f in found if accept is None or accept(f)]
            if focus:
                out[shape] = focus
        return out

    @property
    def reads_inverse_paths(self) -> bool:
        """Whether a shape reads a value from a triple the focus node is the object of."""
        return any(
            isinstance(p, InversePath)
            for shape in self._compiled.values()
            for p in _walk(shape.path)
        )


def _walk(path: Path | None) -> Iterator[Path]:
    if path is None:
        return
    yield path
    for part in (
        getattr(path, "steps", None)
        or getattr(path, "options", None)
        or [getattr(path, "inner", None)]
    ):
        yield from _walk(part)


# ------------------------------------------------------------------ SPARQL constraints
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_MESSAGE_VAR = re.compile(r"\{[?$](\w+)\}")
FOCUS_BATCH = 100_000  # focus nodes bound by one VALUES block (one block is fastest:
# a constraint's subqueries are evaluated again for each block)


def run_sparql(
    store: ox.Store,
    sparql: dict[SparqlConstraint, list[Term]],
    default_graph: Sequence[ox.NamedNode] | None = None,
) -> list[Result]:
    """Run each SPARQL constraint on the store for its focus nodes (over the union of all
    graphs, or of the `default_graph` ones). IRIs and literals are bound by an inline VALUES
    block; blank nodes, which SPARQL cannot name, are pre-bound one query each."""
    results: list[Result] = []
    dataset: dict[str, Any] = (
        {"use_default_graph_as_union": True}
        if default_graph is None
        else {"default_graph": list(default_graph)}
    )
    for constraint, focus in sparql.items():
        match = _WHERE.search(constraint.query)
        if match is None:
            raise UnsupportedShapeError(
                f"the SPARQL constraint of {constraint.shape.label} has no WHERE {{ … }}"
            )
        head, tail = constraint.query[: match.end()], constraint.query[match.end() :]
        named = [n for n in focus if not isinstance(n, ox.BlankNode)]
        runs: list[tuple[str, dict[ox.Variable, Any] | None]] = [
            (
                f"{head}\n  VALUES ?this {{ {' '.join(map(str, named[i : i + FOCUS_BATCH]))} }}\n{tail}",
                None,
            )
            for i in range(0, len(named), FOCUS_BATCH)
        ]
        runs += [
            (constraint.query, {ox.Variable("this"): n})
            for n in focus
            if isinstance(n, ox.BlankNode)
        ]
        for text, substitutions in runs:
            solutions = store.query(text, substitutions=substitutions, **dataset)
            assert isinstance(solutions, ox.QuerySolutions)
            names = [v.value for v in solutions.variables]
            for solution in solutions:
                bound = {name: solution[name] for name in names if solution[name] is not None}
                results.append(_sparql_result(constraint, bound))
    return results


def _sparql_result(constraint: SparqlConstraint, bound: dict[str, Any]) -> Result:
    shape = constraint.shape
    focus = bound["this"]
    value = bound.get("value", focus if shape.path is None else None)
    message = constraint.messages[0] if constraint.messages else "violates a SPARQL constraint"
    message = _MESSAGE_VAR.sub(lambda m: plain(bound.get(m.group(1))), message)
    path = shape.path.key if shape.path is not None else None
    if isinstance(bound.get("path"), ox.NamedNode):
        path = bound["path"].value
    return Result(
        focus=plain(focus),
        path=path,
        value=str(value) if value is not None else None,
        component=SH + "SPARQLConstraintComponent",
        shape=shape.key,
        severity=shape.severity,
        message=message,
    )


# ------------------------------------------------------------------ constraint components
# Each check returns its violations, (value, component, default message), or None when
# there are none (most of the time: no list is made then).
Violations = list[tuple[Term | None, str, str]] | None


def _each(
    values: list[Term], bad: Callable[[Term], bool], component: str, message: str
) -> Violations:
    failing = [v for v in values if bad(v)]
    return [(v, component, message) for v in failing] if failing else None


def _class_check(cls: str) -> Check:
    message = f"Value is not an instance of <{cls}>."

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        return _each(
            values, lambda v: not ctx.is_instance(v, cls), "ClassConstraintComponent", message
        )

    return check


def _datatype_check(datatype: str) -> Check:
    message = f"Value is not a <{datatype}>."

    def wrong(value: Term) -> bool:
        return not (
            isinstance(value, ox.Literal)
            and value.datatype.value == datatype
            and (datatype == _LANG_STRING or well_formed(value))
        )

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        return _each(values, wrong, "DatatypeConstraintComponent", message)

    return check


_KINDS = {
    "IRI": (ox.NamedNode,),
    "BlankNode": (ox.BlankNode,),
    "Literal": (ox.Literal,),
    "BlankNodeOrIRI": (ox.BlankNode, ox.NamedNode),
    "BlankNodeOrLiteral": (ox.BlankNode, ox.Literal),
    "IRIOrLiteral": (ox.NamedNode, ox.Literal),
}


def _node_kind_check(kind: str) -> Check:
    if kind not in _KINDS:
        raise UnsupportedShapeError(f"unknown sh:nodeKind sh:{kind}")
    allowed = _KINDS[kind]
    message = f"Value is not of node kind sh:{kind}."

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        return _each(
            values, lambda v: not isinstance(v, allowed), "NodeKindConstraintComponent", message
        )

    return check


def _min_count_check(count: int) -> Check:
    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        if len(values) < count:
            return [(None, "MinCountConstraintComponent", f"Less than {count} values.")]
        return None

    return check


def _max_count_check(count: int) -> Check:
    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        if len(values) > count:
            return [(None, "MaxCountConstraintComponent", f"More than {count} values.")]
        return None

    return check


_RANGE_OK: dict[str, Callable[[int], bool]] = {
    "minInclusive": lambda c: c >= 0,
    "maxInclusive": lambda c: c <= 0,
    "minExclusive": lambda c: c > 0,
    "maxExclusive": lambda c: c < 0,
}


def _range_check(name: str, bound: Term) -> Check:
    ok = _RANGE_OK[name]
    component = name[0].upper() + name[1:] + "ConstraintComponent"
    message = f"Value is not within sh:{name} {plain(bound)}."

    def outside(value: Term) -> bool:
        order = _compare(value, bound)
        return order is None or not ok(order)

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        return _each(values, outside, component, message)

    return check


def _length_check(name: str, length: int) -> Check:
    component = name[0].upper() + name[1:] + "ConstraintComponent"

    def wrong(value: Term) -> bool:
        if isinstance(value, ox.BlankNode):
            return True
        size = len(value.value)
        return size < length if name == "minLength" else size > length

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        return _each(values, wrong, component, f"Value breaks sh:{name} {length}.")

    return check


def _pattern_check(pattern: str, flags: str) -> Check:
    options = re.IGNORECASE if "i" in flags else 0
    options |= re.MULTILINE if "m" in flags else 0
    options |= re.DOTALL if "s" in flags else 0
    options |= re.VERBOSE if "x" in flags else 0
    regex = re.compile(pattern, options)
    message = f"Value does not match «{pattern}»."

    def wrong(value: Term) -> bool:
        return isinstance(value, ox.BlankNode) or not regex.search(value.value)

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        return _each(values, wrong, "PatternConstraintComponent", message)

    return check


def _lang_matches(tag: str, wanted: str) -> bool:
    tag, wanted = tag.lower(), wanted.lower()
    return wanted == "*" or tag == wanted or tag.startswith(wanted + "-")


def _language_check(languages: list[str]) -> Check:
    message = f"Language not in {languages}."

    def wrong(value: Term) -> bool:
        tag = value.language if isinstance(value, ox.Literal) else None
        return not tag or not any(_lang_matches(tag, wanted) for wanted in languages)

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        return _each(values, wrong, "LanguageInConstraintComponent", message)

    return check


def _unique_lang_check() -> Check:
    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        seen: dict[str, int] = {}
        for value in values:
            if isinstance(value, ox.Literal) and value.language:
                tag = value.language.lower()
                seen[tag] = seen.get(tag, 0) + 1
        repeated = [tag for tag, count in sorted(seen.items()) if count > 1]
        if not repeated:
            return None
        return [
            (None, "UniqueLangConstraintComponent", f"More than one value in «{tag}».")
            for tag in repeated
        ]

    return check


def _in_check(members: set[Term]) -> Check:
    message = "Value is not one of the allowed values."

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        return _each(values, lambda v: v not in members, "InConstraintComponent", message)

    return check


def _has_value_check(wanted: Term) -> Check:
    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        if wanted in values:
            return None
        return [(None, "HasValueConstraintComponent", f"Missing the value {plain(wanted)}.")]

    return check


def _pair_check(name: str, other: ox.NamedNode) -> Check:
    component = name[0].upper() + name[1:] + "ConstraintComponent"
    message = f"Breaks sh:{name} <{other.value}>."
    strict = name == "lessThan"

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        others = ctx.view.objects(focus, other)
        if name == "equals":
            failing = [v for v in [*values, *others] if (v in values) != (v in others)]
        elif name == "disjoint":
            failing = [v for v in values if v in others]
        else:
            failing = [
                v
                for v in values
                for against in others
                if (order := _compare(v, against)) is None or order > 0 or (strict and order == 0)
            ]
        return [(v, component, message) for v in failing] if failing else None

    return check


def _node_check(program: ShapesProgram, node: Node) -> Check:
    shape = program.compile(node)
    message = f"Value does not conform to {shape.label}."

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        return _each(
            values, lambda v: not ctx.conforms(v, shape), "NodeConstraintComponent", message
        )

    return check


def _not_check(program: ShapesProgram, node: Node) -> Check:
    shape = program.compile(node)
    message = f"Value conforms to {shape.label}."

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        return _each(values, lambda v: ctx.conforms(v, shape), "NotConstraintComponent", message)

    return check


def _logical_check(program: ShapesProgram, name: str, members: list[Node]) -> Check:
    component = {"and": "And", "or": "Or", "xone": "Xone"}[name] + "ConstraintComponent"
    shapes = [program.compile(m) for m in members]
    message = f"Value does not satisfy sh:{name}."

    def wrong(ctx: Context, value: Term) -> bool:
        if name == "or":
            return not any(ctx.conforms(value, s) for s in shapes)
        if name == "and":
            return not all(ctx.conforms(value, s) for s in shapes)
        return sum(ctx.conforms(value, s) for s in shapes) != 1

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        return _each(values, lambda v: wrong(ctx, v), component, message)

    return check


def _qualified_check(
    program: ShapesProgram, node: Node, low: int | None, high: int | None
) -> Check:
    shape = program.compile(node)

    def check(ctx: Context, focus: Term, values: list[Term]) -> Violations:
        count = sum(ctx.conforms(value, shape) for value in values)
        found: list[tuple[Term | None, str, str]] = []
        if low is not None and count < low:
            found.append(
                (
                    None,
                    "QualifiedMinCountConstraintComponent",
                    f"Fewer than {low} conforming values.",
                )
            )
        if high is not None and count > high:
            found.append(
                (
                    None,
                    "QualifiedMaxCountConstraintComponent",
                    f"More than {high} conforming values.",
                )
            )
        return found or None

    return check
