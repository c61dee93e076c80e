"""IRIs: vocabularies, the instance base and the named graphs (one place for each)."""

from __future__ import annotations

import hashlib
from functools import cache

import pyoxigraph as ox
from rdflib import Namespace, URIRef

CKG = Namespace("https://w3id.org/conflict-kg/ontology#")
ONTOLOGY_IRI = URIRef("https://w3id.org/conflict-kg/ontology")
ID = Namespace("https://w3id.org/conflict-kg/id/")

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
TIME = Namespace("http://www.w3.org/2006/time#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

GRAPH_ONTOLOGY = ID["graph/ontology"]
GRAPH_GAZETTEER = ID["graph/gazetteer"]
GRAPH_INFERRED = ID["graph/inferred"]
GRAPH_DERIVED = ID["graph/derived"]  # voice, as-of, derived holdings (conflictkg.corpus)
GRAPH_IDENTITY = ID["graph/identity"]  # which nodes of different reports are the same


def report_graph(slug: str) -> URIRef:
    """The named graph that holds one report's facts."""
    return ID[f"graph/report/{slug}"]


def annotation_iri(report_slug: str, subject: URIRef, start: int, end: int) -> URIRef:
    """A stable IRI for the evidence of `subject` at code-point offsets start-end of a report."""
    return ID[f"annotation/{report_slug}/{local_path(subject)}/{start}-{end}"]


def skolem_iri(
    report_slug: str, parent: URIRef, prop: URIRef, index: int, *, nested: bool = False
) -> URIRef:
    """A stable IRI for the index-th value node of `prop` on `parent` (RFC 7511 genid path).

    A value of a named node reads as its path (…/genid/<report>/event/<report>/x/duration/1);
    a value of a value node (nested brackets, RDF lists) is named by a hash of its parent's
    IRI instead, so that IRIs stay short however deep the nesting (a path repeated at each
    level made a list of 4,000 strings take 4.9 GB)."""
    base = f".well-known/genid/{report_slug}/"
    if nested:
        digest = hashlib.sha256(str(parent).encode("utf-8")).hexdigest()[:20]
        return ID[f"{base}n/{digest}/{local_name(prop)}/{index}"]
    return ID[f"{base}{local_path(parent)}/{local_name(prop)}/{index}"]


def local_path(iri: URIRef) -> str:
    """The part of an instance IRI after the instance base, or a readable stand-in for others."""
    text = str(iri)
    if text.startswith(str(ID)):
        return text[len(str(ID)) :]
    return "ext/" + "".join(ch if ch.isalnum() or ch in "-._" else "_" for ch in text)


def report_of(iri: str) -> str | None:
    """The slug of the report an instance IRI belongs to, by how IRIs are minted
    (id/<kind>/<report>/<name>, id/report/<report>, id/source/<report>, genid paths), or None
    for IRIs no report owns (gazetteer entities, vocabularies)."""
    if not iri.startswith(str(ID)):
        return None
    parts = iri[len(str(ID)) :].split("/")
    if parts[0] in ("report", "source") and len(parts) >= 2:
        return parts[1]
    if parts[0] == ".well-known" and len(parts) >= 3:
        return parts[2]
    return parts[1] if len(parts) >= 3 else None


def local_name(iri: URIRef) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


PREFIXES: dict[str, str] = {
    "ckg": str(CKG),
    "sem": str(SEM),
    "org": str(ORG),
    "prov": str(PROV),
    "time": str(TIME),
    "geo": str(GEO),
    "oa": str(OA),
    "schema": str(SCHEMA),
    "wd": str(WD),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "actor": str(ID["actor/"]),
    "place": str(ID["place/"]),
    "event": str(ID["event/"]),
    "situation": str(ID["situation/"]),
    "relation": str(ID["relation/"]),
    "claim": str(ID["claim/"]),
    "report": str(ID["report/"]),
    "source": str(ID["source/"]),
    "geom": str(ID["geometry/"]),
    "annotation": str(ID["annotation/"]),
}


@cache
def ox_iri(iri: str) -> ox.NamedNode:
    """The pyoxigraph term of an IRI (cached: the resolver asks for the same few often)."""
    return ox.NamedNode(str(iri))
