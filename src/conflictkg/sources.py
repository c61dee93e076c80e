"""Loading the inputs: gazetteer files and report files, each checked and resolved.

A report file is parsed, its evidence quotes resolved against its source text, its time
stamps given their bounds and its blank nodes named, giving the graph that is stored.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from .errors import IdentityError, InputError
from .evidence import resolve_evidence
from .namespaces import CKG, ID, report_graph
from .rdfio import SourceLocator, parse_turtle, read_text
from .skolem import skolemize
from .timebounds import derive_time_bounds


@dataclass
class LoadedFile:
    """One parsed input file, with what is needed to point back into it."""

    path: Path
    graph: Graph
    locator: SourceLocator


@dataclass
class LoadedReport(LoadedFile):
    slug: str
    iri: URIRef
    graph_iri: URIRef
    source_path: Path
    source_text: str
    resolved: Graph


def load_file(path: Path) -> LoadedFile:
    text = read_text(path)
    return LoadedFile(path, parse_turtle(path, text), SourceLocator(path, text))


def load_report(path: Path, root: Path) -> LoadedReport:
    """Parse a report file and resolve it against its source text (see module doc)."""
    loaded = load_file(path)
    graph, locator = loaded.graph, loaded.locator
    reports = sorted(s for s in graph.subjects(RDF.type, CKG.Report) if isinstance(s, URIRef))
    if len(reports) != 1:
        raise InputError(
            f"a report file must describe exactly one ckg:Report, found {len(reports)}",
            path,
            hint="Start the file with the report node: report:<file-name> a ckg:Report ; …",
        )
    slug = path.name.removesuffix(".ttl")
    iri = reports[0]
    if iri != ID[f"report/{slug}"]:
        raise IdentityError(
            f"the report is <{iri}> but its file is named {path.name}",
            path,
            locator.line_of_node(iri),
            hint=f"Name the report <{ID[f'report/{slug}']}>, so that its graph and IRIs match its file.",
        )
    source = graph.value(iri, CKG.sourceText)
    relative = graph.value(source, CKG.sourcePath) if source is not None else None
    if not isinstance(source, URIRef) or relative is None:
        raise InputError(
            "the report has no ckg:sourceText with a ckg:sourcePath",
            path,
            locator.line_of_node(iri),
            hint="Point at the report's text under data/sources/, kept byte for byte.",
        )
    source_path = root / str(relative)
    data = read_text(source_path).encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    expected = graph.value(source, CKG.sha256)
    if expected is not None and str(expected) != digest:
        raise InputError(
            f"the source text {relative} has changed since it was encoded (sha256 {digest[:12]}…, "
            f"the report says {str(expected)[:12]}…)",
            path,
            locator.line_of_node(source),
            hint="Restore the text byte for byte, or re-check every quote and update ckg:sha256.",
        )
    text = data.decode("utf-8")
    resolved = resolve_evidence(
        graph,
        report_slug=slug,
        source=source,
        text=text,
        locator=locator,
        source_name=str(relative),
    )
    resolved.add((source, CKG.text, Literal(text)))
    resolved += derive_time_bounds(resolved)
    resolved = skolemize(resolved, report_slug=slug, locator=locator)
    return LoadedReport(
        path=path,
        graph=graph,
        locator=locator,
        slug=slug,
        iri=iri,
        graph_iri=report_graph(slug),
        source_path=source_path,
        source_text=text,
        resolved=resolved,
    )


def check_identity(files: list[LoadedFile]) -> None:
    """One IRI, one entity: an entity is typed in one file only, and has at most one
    rdfs:label per language. Reports refer to gazetteer entities; they do not redefine them."""
    typed_in: dict[URIRef, list[LoadedFile]] = defaultdict(list)
    for loaded in files:
        for subject in set(loaded.graph.subjects(RDF.type, None)):
            if isinstance(subject, URIRef):
                typed_in[subject].append(loaded)
        labels: dict[tuple[URIRef, str | None], set[str]] = defaultdict(set)
        for subject, label in loaded.graph.subject_objects(RDFS.label):
            if isinstance(subject, URIRef):
                labels[(subject, getattr(label, "language", None))].add(str(label))
        for (subject, lang), values in sorted(labels.items(), key=lambda kv: str(kv[0][0])):
            if len(values) > 1:
                raise IdentityError(
                    f"<{subject}> has {len(values)} different rdfs:label values in "
                    f"language '{lang}': " + ", ".join(f"«{v}»" for v in sorted(values)),
                    loaded.path,
                    loaded.locator.line_of_node(subject),
                    hint="One IRI names one entity: mint a new IRI for the second one, or make "
                    "the variant a skos:altLabel.",
                )
    for subject, where in sorted(typed_in.items(), key=lambda kv: str(kv[0])):
        if len(where) > 1:
            first, second = where[0], where[1]
            raise IdentityError(
                f"<{subject}> is defined (given an rdf:type) in two files: {first.path}:"
                f"{first.locator.line_of_node(subject)} and here",
                second.path,
                second.locator.line_of_node(subject),
                hint="Define shared actors and places once, in the gazetteer; a report only "
                "refers to them. Use another IRI if these are different entities.",
            )
