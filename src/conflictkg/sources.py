"""Loading the inputs: gazetteer files and report files, each checked and resolved.

A report file is parsed (pyoxigraph), its evidence quotes resolved against its source text,
its time stamps given their bounds and its blank nodes named, giving the triples of its named
graph, kept as sorted N-Triples: what the store loads and what the build cache keeps.
"""

from __future__ import annotations

import difflib
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, URIRef

from .errors import IdentityError, InputError
from .evidence import resolve_evidence
from .namespaces import CKG, ID, ox_iri, report_graph, report_of
from .rdfio import NOT_IN_XML, SourceLocator, parse_triples, parse_turtle, read_text
from .skolem import skolemize
from .timebounds import derive_time_bounds
from .triples import Statement, TripleIndex

_TYPE, _LABEL = ox_iri(RDF.type), ox_iri(RDFS.label)
_OWL = "http://www.w3.org/2002/07/owl#"
_IDENTITY = frozenset({f"{_OWL}sameAs", f"{_OWL}differentFrom", f"{_OWL}AllDifferent"})
NODE_KINDS = ("event", "situation", "relation", "claim", "annotation")


@dataclass
class LoadedFile:
    """One gazetteer file, and the IRIs it gives a type to (one IRI, one entity). Its graph
    is parsed when first asked for, if the file was not parsed already: a build whose base
    comes from the cache (see conflictkg.base) needs only `typed`."""

    path: Path
    typed: frozenset[str]
    parsed: Graph | None = field(default=None, repr=False)

    @property
    def graph(self) -> Graph:
        if self.parsed is None:
            self.parsed = parse_turtle(self.path)
        return self.parsed

    @cached_property
    def locator(self) -> SourceLocator:
        return SourceLocator.for_file(self.path)


@dataclass
class LoadedReport:
    """One resolved report: its named graph as sorted N-Triples, and what identifies it."""

    path: Path
    slug: str
    iri: str
    source_path: Path
    ntriples: bytes
    described: frozenset[str]  # subjects that are not the report's own nodes
    redefined: frozenset[str]  # of those, the ones the report gives an rdf:type
    borrowed: frozenset[str]  # objects that are nodes of another report
    nodes: dict[str, int]  # events, situations, relations, claims, annotations
    triples: int
    terms: frozenset[str] = frozenset()  # the ckg: IRIs the file uses, in any position
    # the resolved statements, kept after resolution for the checks that follow it (the
    # cache keeps the N-Triples only)
    statements: list[Statement] | None = field(default=None, repr=False)

    @property
    def graph_iri(self) -> URIRef:
        return report_graph(self.slug)

    @cached_property
    def locator(self) -> SourceLocator:
        return SourceLocator.for_file(self.path)

    @cached_property
    def resolved(self) -> Graph:
        """The resolved triples as an rdflib Graph (for small-scale consumers: pySHACL,
        the reasoner, tests). The pipeline itself works on the N-Triples."""
        return Graph().parse(data=self.ntriples, format="nt")


def vocabulary_used(triples: Iterable[Iterable[object]]) -> frozenset[str]:
    """Every conflict-kg ontology IRI (ckg:…) a file uses, as subject, predicate or object
    (pyoxigraph statements or an rdflib graph's triples). The distinct terms are gathered
    first: a report repeats a few dozen of them in thousands of triples."""
    namespace = str(CKG)
    terms = {term for triple in triples for term in triple}
    iris = (
        term.value if type(term) is ox.NamedNode else str(term)
        for term in terms
        if type(term) is ox.NamedNode or isinstance(term, URIRef)
    )
    return frozenset(iri for iri in iris if iri.startswith(namespace))


def check_vocabulary(
    path: Path,
    used: frozenset[str],
    declared: frozenset[str],
    locator: SourceLocator | None = None,
) -> None:
    """A closed vocabulary: every ckg: term a data file uses is declared by the ontology
    (a misspelt property or class would otherwise be stored, and checked by nothing). The
    file is read for its line numbers only when a term is refused."""
    unknown = sorted(used - declared)
    if not unknown:
        return
    locator = locator or SourceLocator.for_file(path)
    term = unknown[0]
    name = term.removeprefix(str(CKG))
    names = sorted(t.removeprefix(str(CKG)) for t in declared if t.startswith(str(CKG)))
    near = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    more = f" (and {len(unknown) - 1} more: {', '.join('ckg:' + u.removeprefix(str(CKG)) for u in unknown[1:4])})"
    raise InputError(
        f"ckg:{name} is not a term of the ontology" + (more if len(unknown) > 1 else ""),
        path,
        locator.line_of_node(URIRef(term)),
        hint=(f"Did you mean {', '.join('ckg:' + n for n in near)}? " if near else "")
        + "Terms are declared in ontology/modules/; add it there first if it is new.",
    )


def load_file(path: Path) -> LoadedFile:
    text = read_text(path)
    graph = parse_turtle(path, text)
    labels = (
        (str(s), getattr(label, "language", None), str(label))
        for s, label in graph.subject_objects(RDFS.label)
        if isinstance(s, URIRef)
    )
    check_labels(path, labels)
    typed = frozenset(str(s) for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef))
    return LoadedFile(path, typed, graph)


_REVISES = str(CKG.revises)
_REPORT_BASE = str(ID["report/"])


def load_report(path: Path, root: Path) -> LoadedReport:
    """Parse a report file and resolve it against its source text (see module doc)."""
    text = read_text(path)
    triples = TripleIndex(parse_triples(path, text))
    locator = SourceLocator(path, text)
    reports = sorted(
        s.value for s in triples.subjects(_TYPE, ox_iri(CKG.Report)) if isinstance(s, ox.NamedNode)
    )
    if len(reports) != 1:
        raise InputError(
            f"a report file must describe exactly one ckg:Report, found {len(reports)}",
            path,
            hint="Start the file with the report node: report:<file-name> a ckg:Report ; …",
        )
    slug = path.name.removesuffix(".ttl")
    iri = reports[0]
    if iri != str(ID[f"report/{slug}"]):
        raise IdentityError(
            f"the report is <{iri}> but its file is named {path.name}",
            path,
            locator.line_of_node(URIRef(iri)),
            hint=f"Name the report <{ID[f'report/{slug}']}>, so that its graph and IRIs match its file.",
        )
    source = triples.value(ox.NamedNode(iri), ox_iri(CKG.sourceText))
    relative = triples.value(source, ox_iri(CKG.sourcePath)) if source is not None else None
    if not isinstance(source, ox.NamedNode) or relative is None:
        raise InputError(
            "the report has no ckg:sourceText with a ckg:sourcePath",
            path,
            locator.line_of_node(URIRef(iri)),
            hint="Point at the report's text under data/sources/, kept byte for byte.",
        )
    source_path = confined_source(
        root, relative.value, path, locator.line_of_node(URIRef(source.value))
    )
    data = read_text(source_path).encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    expected = triples.value(source, ox_iri(CKG.sha256))
    if expected is not None and expected.value != digest:
        raise InputError(
            f"the source text {relative.value} has changed since it was encoded (sha256 "
            f"{digest[:12]}…, the report says {expected.value[:12]}…)",
            path,
            locator.line_of_node(URIRef(source.value)),
            hint="Restore the text byte for byte, or re-check every quote and update ckg:sha256.",
        )
    for s, p, o in triples:
        if p.value in _IDENTITY:
            raise IdentityError(
                f"the report states <{p.value}> between <{s.value}> and <{o.value}>",
                path,
                locator.line_of_node(URIRef(s.value)) if isinstance(s, ox.NamedNode) else None,
                hint="A report gives its own account; which entities or events are the same "
                "is not a report's to state.",
            )
    labels = (
        (s.value, o.language, o.value)
        for s, o in triples.subject_objects(_LABEL)
        if isinstance(s, ox.NamedNode) and isinstance(o, ox.Literal)
    )
    check_labels(path, labels, locator)
    described = {
        s.value for s, _, _ in triples if isinstance(s, ox.NamedNode) and report_of(s.value) != slug
    }
    redefined = {s.value for s in triples.subjects(_TYPE) if s.value in described}
    # a report may name another report it revises (ckg:revises <id/report/…>), nothing else
    borrowed = {
        o.value
        for _, p, o in triples
        if isinstance(o, ox.NamedNode)
        and report_of(o.value) not in (None, slug)
        and not (p.value == _REVISES and o.value.startswith(_REPORT_BASE))
    }
    source_text = data.decode("utf-8")
    if bad := NOT_IN_XML.search(source_text):
        raise InputError(
            f"the source text holds the control character U+{ord(bad.group()):04X}, which no "
            "XML tool can read",
            source_path,
            source_text.count("\n", 0, bad.start()) + 1,
            hint="Remove it from the text (and update ckg:sha256).",
        )
    kept, annotations = resolve_evidence(
        triples,
        report_slug=slug,
        source=source,
        text=source_text,
        locator=locator,
        source_name=relative.value,
    )
    facts = TripleIndex(kept)
    facts.add((source, ox_iri(CKG.text), ox.Literal(source_text)))
    for bound in derive_time_bounds(facts):
        facts.add(bound)
    named = skolemize(facts, report_slug=slug, locator=locator)
    body = "".join(f"{s} {p} {o} .\n" for s, p, o in named)
    body += "".join(a.text for a in annotations.values())
    lines = sorted(set(body.encode("utf-8").splitlines(keepends=True)))
    nodes = dict.fromkeys(NODE_KINDS, 0)
    for subject in {s.value for s, p, _ in named if p == _TYPE and isinstance(s, ox.NamedNode)}:
        kind = subject.removeprefix(str(ID)).split("/", 1)[0]
        if kind in nodes:
            nodes[kind] += 1
    nodes["annotation"] = len(annotations)
    return LoadedReport(
        path=path,
        slug=slug,
        iri=iri,
        source_path=source_path,
        ntriples=b"".join(lines),
        described=frozenset(described),
        redefined=frozenset(redefined),
        borrowed=frozenset(borrowed),
        nodes=nodes,
        triples=len(lines),
        terms=vocabulary_used(triples),
        statements=[
            *dict.fromkeys(named),
            *(t for a in annotations.values() for t in a.statements),
        ],
    )


SOURCES = Path("data") / "sources"


def confined_source(root: Path, relative: str, report: Path, line: int | None) -> Path:
    """The source text a report names, which must be a file in a sources/ folder of the
    project's data/ (data/sources/, or a dataset's, such as data/corpus/sources/) once every
    `..` and symbolic link is resolved: a report must not publish any other file of the
    machine as its text."""
    data = (root / "data").resolve()
    where = f"«{relative}»"
    if not relative or "\x00" in relative or Path(relative).is_absolute():
        raise InputError(
            f"ckg:sourcePath {where} must be a relative path under {SOURCES}/",
            report,
            line,
            hint=f"Keep the text in {SOURCES}/ and write its path from the project root, e.g. "
            f'"{SOURCES.as_posix()}/<report>.ar.txt".',
        )
    resolved = (root / relative).resolve()
    if not resolved.is_relative_to(data) or resolved.parent.name != "sources":
        raise InputError(
            f"ckg:sourcePath {where} leads outside {SOURCES}/ (to {resolved})",
            report,
            line,
            hint=f"Source texts are read only from {SOURCES}/ or a dataset's sources/ folder "
            "under data/ (symbolic links are followed before this check); copy the text there.",
        )
    return root / relative


def check_labels(
    path: Path,
    labels: Iterable[tuple[str, str | None, str]],
    locator: SourceLocator | None = None,
) -> None:
    """At most one rdfs:label per language for each entity of a file: (subject, language,
    label) triples."""
    found: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for subject, lang, label in labels:
        found[(subject, lang)].add(label)
    for (subject, lang), values in sorted(found.items(), key=lambda kv: kv[0][0]):
        if len(values) > 1:
            where = locator or SourceLocator.for_file(path)
            raise IdentityError(
                f"<{subject}> has {len(values)} different rdfs:label values in "
                f"language '{lang}': " + ", ".join(f"«{v}»" for v in sorted(values)),
                path,
                where.line_of_node(URIRef(subject)),
                hint="One IRI names one entity: mint a new IRI for the second one, or make "
                "the variant a skos:altLabel.",
            )


def check_gazetteer(files: list[LoadedFile]) -> None:
    """One IRI, one entity: an entity is typed in one gazetteer file only."""
    first: dict[str, LoadedFile] = {}
    for loaded in files:
        for subject in sorted(loaded.typed):
            if subject in first:
                _two_definitions(subject, first[subject].path, first[subject].locator, loaded)
            first[subject] = loaded


def check_report(
    report: LoadedReport,
    gazetteer: list[LoadedFile],
    base_subjects: set[str],
    vocabulary: frozenset[str],
) -> None:
    """A report describes its own nodes (id/<kind>/<report>/…) and the gazetteer's entities,
    without redefining them, and does not refer to the nodes of other reports. Reports
    then never describe the same node, which is what lets each be validated on its own.
    It uses only the ontology's terms (`vocabulary`: what the ontology declares), and says
    nothing about them."""
    check_vocabulary(report.path, report.terms, vocabulary)
    for subject in sorted(report.described & vocabulary):
        raise IdentityError(
            f"the report states something about <{subject}>, a term of the ontology",
            report.path,
            report.locator.line_of_node(URIRef(subject)),
            hint="The ontology is changed in ontology/modules/, not by a report.",
        )
    for subject in sorted(report.redefined):
        for loaded in gazetteer:
            if subject in loaded.typed:
                _two_definitions(subject, loaded.path, loaded.locator, report)
    for subject in sorted(report.described - base_subjects):
        raise IdentityError(
            f"the report describes <{subject}>, which is neither one of its own nodes "
            f"(under id/<kind>/{report.slug}/) nor an entity of the gazetteer",
            report.path,
            report.locator.line_of_node(URIRef(subject)),
            hint="Mint the node under the report's own name, or add the entity to the "
            "gazetteer so that every report can refer to it.",
        )
    for obj in sorted(report.borrowed):
        raise IdentityError(
            f"the report refers to <{obj}>, a node of the report {report_of(obj)}",
            report.path,
            report.locator.line_of_node(URIRef(obj)),
            hint="Reports refer to the gazetteer's actors and places, not to each other's "
            "events; state the fact again, with this report's own evidence.",
        )


def _two_definitions(
    subject: str, first_path: Path, first: SourceLocator, second: LoadedFile | LoadedReport
) -> None:
    node = URIRef(subject)
    raise IdentityError(
        f"<{subject}> is defined (given an rdf:type) in two files: {first_path}:"
        f"{first.line_of_node(node)} and here",
        second.path,
        second.locator.line_of_node(node),
        hint="Define shared actors and places once, in the gazetteer; a report only "
        "refers to them. Use another IRI if these are different entities.",
    )
