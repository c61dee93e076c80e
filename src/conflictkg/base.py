"""The base every report stands on: the ontology and the gazetteer.

Both are small and read with rdflib. Their blank nodes (the ontology's lists and
restrictions) are relabelled canonically, so that their named graphs have the same bytes,
and the store the same content, on every build. The digest of every file they come from
(and of the shapes and queries that check reports, and of the code) keys the build cache:
when it changes, every report is validated again.

Reading the base with rdflib takes about half a second, most of a rebuild after one report
changed. What a build needs of it (its graphs as N-Triples, the IRIs each gazetteer file
types) is kept in .conflictkg-cache/base.json under that digest, after the files were read
and checked once; the rdflib graphs are then parsed only for the consumers that want them
(pySHACL, the reasoner, documentation).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .cache import write_whole
from .errors import InputError
from .namespaces import GRAPH_GAZETTEER, GRAPH_ONTOLOGY
from .ontology import load_ontology, ontology_inputs
from .project import Project
from .serialize import canonical
from .sources import LoadedFile, check_gazetteer, check_vocabulary, load_file, vocabulary_used
from .triples import Statement, Term, TripleIndex

FORMAT = 1  # of base.json: bump when its layout changes


@dataclass
class Base:
    project: Project
    digest: str
    gazetteer: list[LoadedFile]
    ntriples: dict[URIRef, bytes]  # each base graph, sorted N-Triples, canonical blank nodes
    parsed: Graph | None = field(default=None, repr=False)  # the ontology, if it was read

    @property
    def ontology(self) -> Graph:
        """The ontology with its imports (parsed when first asked for)."""
        if self.parsed is None:
            self.parsed = load_ontology(self.project)
        return self.parsed

    @cached_property
    def gazetteer_graph(self) -> Graph:
        graph = Graph()
        for loaded in self.gazetteer:
            graph += loaded.graph
        return graph

    @cached_property
    def graphs(self) -> dict[URIRef, Graph]:
        return {GRAPH_ONTOLOGY: self.ontology, GRAPH_GAZETTEER: self.gazetteer_graph}

    @cached_property
    def quads(self) -> list[ox.Quad]:
        """The base graphs' quads, blank nodes with their canonical labels (a store keeps
        the labels of quads it is given, not of a document it parses)."""
        return [
            ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(str(name)))
            for name, data in self.ntriples.items()
            for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
        ]

    @cached_property
    def statements(self) -> list[Statement]:
        return [(q.subject, q.predicate, q.object) for q in self.quads]  # type: ignore[misc]

    @cached_property
    def index(self) -> TripleIndex:
        return TripleIndex(self.statements)

    @cached_property
    def subjects(self) -> set[str]:
        """IRIs the base describes: the gazetteer's entities and the ontology's terms."""
        return {s.value for s, _, _ in self.statements if isinstance(s, ox.NamedNode)}

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The IRIs the ontology (with its imports) describes: the terms data may use."""
        ontology = ox.NamedNode(str(GRAPH_ONTOLOGY))
        return frozenset(
            q.subject.value
            for q in self.quads
            if q.graph_name == ontology and isinstance(q.subject, ox.NamedNode)
        )

    @cached_property
    def nodes(self) -> frozenset[Term]:
        return frozenset(t for s, _, o in self.statements for t in (s, o))


_PACKAGE = Path(__file__).parent
# subpackages too (the derivation is in corpus/); not the web libraries npm installs
CODE = sorted(p for p in _PACKAGE.rglob("*.py") if "node_modules" not in p.parts)


def input_digest(paths: list[Path]) -> str:
    """A digest of the files' names and bytes, and of the code that reads them (any change
    to the package's source invalidates what was cached with the old code)."""
    digest = hashlib.sha256()
    for path in CODE:
        name = path.relative_to(_PACKAGE).as_posix()
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def code_digest() -> str:
    """A digest of the package's own source: what the cache's resolutions were made with."""
    return input_digest([])


def load_base(project: Project) -> Base:
    """The project's base: from the cache when every file it depends on is unchanged, else
    read, checked, and cached for the next build."""
    gazetteer_paths = project.gazetteer_files
    if not gazetteer_paths:
        raise InputError("no gazetteer files", project.root / "data" / "gazetteer")
    checks = sorted(project.shapes_dir.glob("*.ttl")) + sorted(
        (project.queries_dir / "qc").glob("*.rq")
    )
    digest = input_digest([*ontology_inputs(project), *gazetteer_paths, *checks])
    cached = _cached(project, digest, gazetteer_paths)
    if cached is not None:
        return cached
    gazetteer = [load_file(p) for p in gazetteer_paths]
    check_gazetteer(gazetteer)
    base = Base(project, digest, gazetteer, {}, load_ontology(project))
    base.ntriples.update({name: _ntriples(graph) for name, graph in base.graphs.items()})
    for loaded in gazetteer:
        used = vocabulary_used(loaded.graph)
        check_vocabulary(loaded.path, used, base.vocabulary)
    _store(project, base)
    return base


def _ntriples(graph: Graph) -> bytes:
    lines = canonical(graph).serialize(format="nt", encoding="utf-8").splitlines(True)
    return b"".join(sorted({line for line in lines if line.strip()}))


def _cache_path(project: Project) -> Path:
    return project.cache_dir / "base.json"


def _cached(project: Project, digest: str, gazetteer_paths: list[Path]) -> Base | None:
    """The cached base, if it was made from the same files by the same code."""
    try:
        data = json.loads(_cache_path(project).read_text(encoding="utf-8"))
        if data["format"] != FORMAT or data["digest"] != digest:
            return None
        typed = data["typed"]
        names = [str(p.relative_to(project.root)) for p in gazetteer_paths]
        if sorted(typed) != sorted(names):
            return None
        gazetteer = [
            LoadedFile(p, frozenset(typed[n])) for p, n in zip(gazetteer_paths, names, strict=True)
        ]
        ntriples = {URIRef(name): text.encode("utf-8") for name, text in data["graphs"].items()}
        if set(ntriples) != {GRAPH_ONTOLOGY, GRAPH_GAZETTEER}:
            return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # absent, damaged or stale: read the files again
    return Base(project, digest, gazetteer, ntriples)


def _store(project: Project, base: Base) -> None:
    """Write the cache entry (whole, or not at all): a read-only project still builds."""
    try:
        data = {
            "format": FORMAT,
            "digest": base.digest,
            "typed": {
                str(loaded.path.relative_to(project.root)): sorted(loaded.typed)
                for loaded in base.gazetteer
            },
            "graphs": {str(name): nt.decode("utf-8") for name, nt in base.ntriples.items()},
        }
        path = _cache_path(project)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_whole(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except (OSError, ValueError):  # ValueError: a gazetteer outside the project, not cached
        pass
