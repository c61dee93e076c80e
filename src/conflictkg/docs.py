"""Documentation of the ontology: an HTML reference (pyLODE) with the English and Arabic
labels, an RDF/XML copy that Protégé opens, and Graphviz pictures of the class hierarchy
and of the relations between actors in the built graph."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path
from typing import Any

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from .errors import ConflictKGError
from .namespaces import CKG, ONTOLOGY_IRI
from .ontology import load_ontology
from .project import Project


def ckg_classes(ontology: Graph) -> list[URIRef]:
    return sorted(
        c
        for c in ontology.subjects(RDF.type, OWL.Class)
        if isinstance(c, URIRef) and c.startswith(str(CKG))
    )


def _label(graph: Graph, node: URIRef, lang: str) -> str:
    for label in graph.objects(node, RDFS.label):
        if isinstance(label, Literal) and label.language == lang:
            return str(label)
    return str(node).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def class_hierarchy_dot(ontology: Graph) -> str:
    lines = ["digraph classes {", '  rankdir=BT; node [shape=box, fontname="Noto Sans"];']
    for cls in ckg_classes(ontology):
        name = (
            f"{_dot_text(_label(ontology, cls, 'en'))}\\n{_dot_text(_label(ontology, cls, 'ar'))}"
        )
        lines.append(f'  "{cls}" [label="{name}"];')
        for parent in ontology.objects(cls, RDFS.subClassOf):
            if isinstance(parent, URIRef):
                if not parent.startswith(str(CKG)):
                    lines.append(
                        f'  "{parent}" [label="{_dot_text(ontology.qname(parent))}", style=dashed];'
                    )
                lines.append(f'  "{cls}" -> "{parent}";')
    lines.append("}")
    return "\n".join(lines) + "\n"


ACTOR_RELATIONS = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT DISTINCT ?a ?b ?kind WHERE {
  { ?r ckg:supporter ?a ; ckg:supported ?b . BIND ("supports" AS ?kind) }
  UNION { ?r ckg:leader ?a ; ckg:ledOrganisation ?b . BIND ("leads" AS ?kind) }
  UNION { ?r ckg:loyalActor ?a ; ckg:loyalToActor ?b . BIND ("loyal to" AS ?kind) }
  UNION { ?r ckg:member ?a ; ckg:organisation ?b . BIND ("member of" AS ?kind) }
  UNION { ?a ckg:partOf ?b . BIND ("part of" AS ?kind) }
  UNION { ?r ckg:agent ?a ; ckg:opponent ?b . BIND ("fights" AS ?kind) }
}"""


def actor_relations_dot(data: Graph) -> str:
    lines = ["digraph actors {", '  rankdir=LR; node [shape=ellipse, fontname="Noto Sans"];']
    nodes: set[Any] = set()
    for row in data.query(ACTOR_RELATIONS):
        a, b, kind = row  # type: ignore[misc]
        nodes.update((a, b))
        style = ", style=dashed, color=red" if str(kind) == "fights" else ""
        lines.append(f'  "{a}" -> "{b}" [label="{kind}"{style}];')
    for node in sorted(nodes):
        name = f"{_dot_text(_label(data, node, 'en'))}\\n{_dot_text(_label(data, node, 'ar'))}"
        lines.append(f'  "{node}" [label="{name}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _render(dot_file: Path) -> Path | None:
    dot = shutil.which("dot")
    if dot is None:
        return None
    svg = dot_file.with_suffix(".svg")
    subprocess.run([dot, "-Tsvg", str(dot_file), "-o", str(svg)], check=True)
    return svg


def _one_label_each(ontology: Graph) -> Graph:
    """A copy for pyLODE, which prints all of a term's labels with nothing between them
    ("وحدةUnit"): each term's labels joined into one, English first, "Unit · وحدة"."""
    page = Graph()
    page += ontology
    for prefix, ns in ontology.namespaces():
        page.bind(prefix, ns)
    for term in set(ontology.subjects(RDFS.label, None)):
        labels = sorted(
            (lit for lit in ontology.objects(term, RDFS.label) if isinstance(lit, Literal)),
            key=lambda lit: (lit.language != "en", lit.language or "", str(lit)),
        )
        if len(labels) > 1:
            page.remove((term, RDFS.label, None))
            page.add((term, RDFS.label, Literal(" · ".join(str(lit) for lit in labels), lang="en")))
    return page


def make_docs(project: Project, out_dir: Path, data: Graph | None = None) -> list[Path]:
    """Write the reference pages into out_dir; returns the files written."""
    ontology = load_ontology(project)
    out_dir.mkdir(parents=True, exist_ok=True)
    # One ontology for the readers: the modules are merged, so the imports are dropped.
    merged = Graph()
    for triple in ontology:
        if triple[1] != OWL.imports and not (
            triple[1] == RDF.type and triple[2] == OWL.Ontology and triple[0] != ONTOLOGY_IRI
        ):
            merged.add(triple)
    for prefix, ns in ontology.namespaces():
        merged.bind(prefix, ns)
    written = []
    owl_file = out_dir / "conflict-kg.owl"
    merged.serialize(owl_file, format="xml")
    written.append(owl_file)
    try:
        from pylode import OntPub
    except ImportError as exc:
        raise ConflictKGError(
            f"pyLODE is not installed ({exc})", hint="pip install 'conflictkg[docs]'"
        ) from None
    html = out_dir / "ontology.html"
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.WARNING)  # pyLODE logs its progress on the root logger
    try:
        OntPub(ontology=_one_label_each(merged)).make_html(destination=html)
    finally:
        root.setLevel(level)
    written.append(html)
    pictures = {"classes.dot": class_hierarchy_dot(ontology)}
    if data is not None:
        pictures["actors.dot"] = actor_relations_dot(data)
    for name, text in pictures.items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
        svg = _render(path)
        if svg is not None:
            written.append(svg)
    return written
