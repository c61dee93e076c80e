"""What a build leaves in build/, and how the other commands read it.

    store/                  the embedded pyoxigraph store: what queries run on
    graphs/ontology.nt      each named graph's triples exactly as built and validated,
    graphs/gazetteer.nt     as sorted N-Triples (reports' hard-linked from the cache)
    graphs/reports/<r>.nt
    graphs/derived.nt       voice, as-of and derived holdings (conflictkg.corpus.derive)
    graphs/identity.nt      links between the same event in several reports
    summary.json            graphs, triple counts, validation status, the dataset

The store keeps values, not terms: Oxigraph writes an xsd:nonNegativeInteger offset back as
an xsd:integer and "1.50" as "1.5". Queries compare values and do not mind; a file export
must hold the very triples that were validated, so exports and uploads read graphs/.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .errors import InputError
from .namespaces import (
    GRAPH_DERIVED,
    GRAPH_GAZETTEER,
    GRAPH_IDENTITY,
    GRAPH_ONTOLOGY,
    ID,
    report_of,
)
from .project import Project
from .store import open_store

GRAPHS = "graphs"
_REPORT_GRAPH = str(ID["graph/report/"])
_FILES = {
    str(GRAPH_ONTOLOGY): "ontology.nt",
    str(GRAPH_GAZETTEER): "gazetteer.nt",
    str(GRAPH_DERIVED): "derived.nt",
    str(GRAPH_IDENTITY): "identity.nt",
}


def graph_path(out: Path, graph: str) -> Path:
    """Where a named graph's N-Triples are kept in a build folder."""
    if graph in _FILES:
        return out / GRAPHS / _FILES[graph]
    if graph.startswith(_REPORT_GRAPH):
        return out / GRAPHS / "reports" / f"{graph[len(_REPORT_GRAPH) :]}.nt"
    raise ValueError(f"not a conflict-kg graph: {graph}")


def graph_files(out: Path) -> list[tuple[str, Path]]:
    """The built named graphs and their files, in the order of their IRIs."""
    folder = out / GRAPHS
    if not folder.is_dir():
        raise InputError("nothing built yet", out, hint="Run `conflictkg build` first.")
    names = [name for name, file in _FILES.items() if (folder / file).is_file()]
    names += [f"{_REPORT_GRAPH}{p.stem}" for p in (folder / "reports").glob("*.nt")]
    return [(name, graph_path(out, name)) for name in sorted(names)]


def quads(out: Path) -> Iterator[ox.Quad]:
    """Every built quad, graph after graph (blank nodes keep their canonical labels)."""
    for name, path in graph_files(out):
        graph = ox.NamedNode(name)
        for t in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES):
            yield ox.Quad(t.subject, t.predicate, t.object, graph)


def union(out: Path) -> Iterator[ox.Triple]:
    """The union of the built graphs, each triple once. A report describes only its own
    nodes and the base's (conflictkg.sources.check_report), so a triple can stand in two
    graphs only if its subject is the base's: those alone are remembered."""
    seen: set[ox.Triple] = set()
    for name, path in graph_files(out):
        slug = name[len(_REPORT_GRAPH) :] if name.startswith(_REPORT_GRAPH) else None
        for t in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES):
            triple = ox.Triple(t.subject, t.predicate, t.object)
            subject = t.subject
            owned = (
                slug is not None
                and isinstance(subject, ox.NamedNode)
                and report_of(subject.value) == slug
            )
            if not owned:
                if triple in seen:
                    continue
                seen.add(triple)
            yield triple


def write_nquads(out: Path, target: Path) -> None:
    """All built graphs as one N-Quads file (for uploads and other stores' loaders)."""
    with target.open("wb") as handle:
        for name, path in graph_files(out):
            suffix = f" <{name}> .\n".encode()
            for line in path.read_bytes().splitlines():
                if line.strip():
                    handle.write(line.removesuffix(b" .") + suffix)


def read_built(project: Project) -> dict[URIRef, Graph]:
    """The named graphs of the last build, as rdflib Graphs (for small-scale tools)."""
    return {
        URIRef(name): Graph().parse(path, format="nt")
        for name, path in graph_files(project.build_dir)
    }


def built_dataset(project: Project) -> Path | None:
    """The dataset folder the last build read (None: unknown, or the default)."""
    try:
        summary = json.loads((project.build_dir / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = summary.get("dataset") if isinstance(summary, dict) else None
    return project.root / name if isinstance(name, str) and name else None


def built_store(project: Project) -> ox.Store:
    return open_store(project.build_dir / "store")
