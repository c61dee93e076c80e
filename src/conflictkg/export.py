"""Export the built graph in the usual RDF formats, deterministically and atomically."""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from .errors import InputError
from .namespaces import GRAPH_INFERRED
from .project import Project
from .serialize import DATASET_FORMATS, GRAPH_FORMATS, serialize_dataset, serialize_graph, union


def read_built(project: Project) -> dict[URIRef, Graph]:
    """The named graphs of the last build (build/conflict-kg.nq)."""
    path = project.build_dir / "conflict-kg.nq"
    if not path.is_file():
        raise InputError("nothing built yet", path, hint="Run `conflictkg build` first.")
    dataset = Dataset()
    dataset.parse(path, format="nquads")
    graphs: dict[URIRef, Graph] = {}
    for context in dataset.graphs():
        if isinstance(context.identifier, URIRef) and len(context):
            graph = Graph()
            for triple in context:
                graph.add(triple)
            graphs[context.identifier] = graph
    return graphs


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def export_built(
    project: Project, fmt: str, output: Path, *, inferred: bool = False, engine: str = "rules"
) -> int:
    """Write the built graphs (and the inferred graph if asked) to `output` in `fmt`.
    engine: "rules" (SPARQL rules on Oxigraph, fast) or "owlrl" (the full OWL 2 RL closure)."""
    graphs = read_built(project)
    if inferred:
        graphs[GRAPH_INFERRED] = inferred_graph(project, graphs, engine)
    if fmt in DATASET_FORMATS:
        data = serialize_dataset(graphs, fmt)
    elif fmt in GRAPH_FORMATS:
        data = serialize_graph(union(graphs), fmt)
    else:
        raise InputError(f"unknown format {fmt}")
    write_atomically(output, data)
    return sum(len(g) for g in graphs.values())


def inferred_graph(project: Project, graphs: dict[URIRef, Graph], engine: str) -> Graph:
    if engine == "owlrl":
        from .reason import owlrl_closure

        return owlrl_closure(graphs)
    import pyoxigraph

    from .rules import materialise

    store = pyoxigraph.Store()
    store.bulk_load(
        path=str(project.build_dir / "conflict-kg.nq"), format=pyoxigraph.RdfFormat.N_QUADS
    )
    materialise(store)
    out = Graph()
    data = store.dump(
        format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.NamedNode(str(GRAPH_INFERRED))
    )
    out.parse(data=data, format="nt")
    return out
