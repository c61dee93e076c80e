"""Export the built graphs in the usual RDF formats, deterministically and atomically.

Dataset formats (TriG, N-Quads, JSON-LD) keep the named graphs, one after the other in the
order of their IRIs; graph formats (Turtle, N-Triples, RDF/XML) hold their union, each
triple once. They are written from build/graphs/ (the triples as validated: see
conflictkg.built), as pyoxigraph reads them: an export of millions of triples never holds
them all in memory. The same build gives the same bytes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from .built import built_store, quads, read_built, union
from .errors import InputError
from .namespaces import GRAPH_INFERRED, PREFIXES
from .project import Project

GRAPH_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "xml": ox.RdfFormat.RDF_XML,
}
DATASET_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
FORMATS = sorted({*GRAPH_FORMATS, *DATASET_FORMATS})
T = TypeVar("T")


class _Counted(Iterable[T]):
    def __init__(self, items: Iterable[T]) -> None:
        self.items = items
        self.count = 0

    def __iter__(self) -> Iterator[T]:
        for item in self.items:
            self.count += 1
            yield item


def write(out: Path, fmt: str, output: Path, extra: list[ox.Quad] | None = None) -> int:
    """Write the build in `out` (and `extra` quads, in their graphs) to `output` in `fmt`,
    whole or not at all; returns the number of triples written."""
    counted: _Counted[ox.Quad] | _Counted[ox.Triple]
    if fmt in DATASET_FORMATS:
        rdf_format = DATASET_FORMATS[fmt]
        counted = _Counted(_chain(quads(out), extra or []))
    elif fmt in GRAPH_FORMATS:
        rdf_format = GRAPH_FORMATS[fmt]
        counted = _Counted(_chain(union(out), (q.triple for q in extra or [])))
    else:
        raise InputError(f"unknown format {fmt}", hint=f"One of: {', '.join(FORMATS)}.")
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp-{os.getpid()}")
    try:
        with tmp.open("wb") as handle:
            ox.serialize(counted, handle, rdf_format, prefixes=PREFIXES)
        os.replace(tmp, output)
    finally:
        tmp.unlink(missing_ok=True)
    return counted.count


def _chain(*parts: Iterable[T]) -> Iterator[T]:
    for part in parts:
        yield from part


def export_built(
    project: Project, fmt: str, output: Path, *, inferred: bool = False, engine: str = "rules"
) -> int:
    """Write the built graphs (and the inferred graph if asked) to `output` in `fmt`.
    engine: "rules" (SPARQL rules on Oxigraph, fast) or "owlrl" (the full OWL 2 RL closure)."""
    extra = inferred_quads(project, engine) if inferred else None
    return write(project.build_dir, fmt, output, extra)


def inferred_quads(project: Project, engine: str) -> list[ox.Quad]:
    """The inferred named graph: what the OWL 2 RL rules entail from the built graphs."""
    graph = ox.NamedNode(str(GRAPH_INFERRED))
    if engine == "owlrl":
        from .reason import owlrl_closure

        data = owlrl_closure(read_built(project)).serialize(format="nt", encoding="utf-8")
        return [
            ox.Quad(t.subject, t.predicate, t.object, graph)
            for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
        ]
    from .rules import materialise

    store = ox.Store()
    store.bulk_extend(built_store(project).quads_for_pattern(None, None, None, None))
    materialise(store)
    return list(store.quads_for_pattern(None, None, None, graph))
