"""Loading the ontology: the top file and every owl:imports, resolved through the catalog."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from rdflib import OWL, Graph, URIRef

from .errors import InputError
from .namespaces import ONTOLOGY_IRI
from .project import Project
from .rdfio import SourceLocator, parse_turtle

_CATALOG_NS = "{urn:oasis:names:tc:entity:xmlns:xml:catalog}"


def read_catalog(catalog: Path) -> dict[URIRef, Path]:
    """IRI -> local file, from an OASIS XML catalog (the catalog-v001.xml Protégé reads)."""
    if not catalog.is_file():
        raise InputError(
            "catalog not found", catalog, hint="Every import must map to a local file."
        )
    try:
        root = ET.parse(catalog).getroot()
    except ET.ParseError as exc:
        raise InputError(f"malformed XML catalog: {exc}", catalog, exc.position[0]) from None
    mapping: dict[URIRef, Path] = {}
    for entry in root.iter(f"{_CATALOG_NS}uri"):
        mapping[URIRef(entry.attrib["name"])] = catalog.parent / entry.attrib["uri"]
    return mapping


def ontology_inputs(project: Project) -> list[Path]:
    """Every file the ontology can be read from, found without parsing any: the catalog,
    the top file and each file the catalog maps (a superset of the import closure, for
    digests: a change to any of them is a change to the ontology)."""
    mapped = read_catalog(project.catalog_file).values()
    files = {project.catalog_file, project.ontology_file, *mapped}
    return sorted(path for path in files if path.is_file())


def ontology_files(project: Project) -> list[Path]:
    """The files of the ontology's import closure, top file first, each once."""
    catalog = read_catalog(project.catalog_file)
    if ONTOLOGY_IRI not in catalog:
        catalog[ONTOLOGY_IRI] = project.ontology_file
    seen: dict[URIRef, Path] = {}
    todo: list[tuple[URIRef, Path | None, URIRef | None]] = [(ONTOLOGY_IRI, None, None)]
    while todo:
        iri, importer_path, _ = todo.pop(0)
        if iri in seen:
            continue
        if iri not in catalog:
            raise InputError(
                f"owl:imports <{iri}> has no entry in the catalog",
                importer_path,
                SourceLocator.for_file(importer_path).line_of_node(iri) if importer_path else None,
                hint=f"Add it to {project.catalog_file.name}; imports are never fetched from the network.",
            )
        path = catalog[iri]
        seen[iri] = path
        graph = parse_turtle(path)
        for imported in graph.objects(iri, OWL.imports):
            if isinstance(imported, URIRef):
                todo.append((imported, path, iri))
    return list(seen.values())


def load_ontology(project: Project) -> Graph:
    """The ontology with all its imports, as one graph."""
    graph = Graph()
    for path in ontology_files(project):
        graph += parse_turtle(path)
    return graph
