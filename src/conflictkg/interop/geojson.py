"""GeoJSON (RFC 7946) of the built graph: every place with coordinates, and every event
located at its place(s), with the properties an analyst filters and labels by in QGIS or
Leaflet.

- A place: its geometry (a WKT point, line or polygon in the gazetteer, CRS84 lon/lat:
  GeoJSON's own order), kind,
  English and Arabic labels, the places it lies within.
- An event: a Point (or a MultiPoint when the report names several places) at its place's
  point, or the mean of a line's or polygon's vertices; `geo_precision` says which ("place",
  "place centroid": where the report puts it, never a measured spot);
  its kind, label, date or begin/end with their precision (day, month, year, as the report
  gives it), agents and opponents, the report, and the Arabic words that state it.

Events whose place has no coordinates are left out, and counted in the return value.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..errors import InputError
from ..namespaces import PREFIXES, report_of

_XSD = "http://www.w3.org/2001/XMLSchema#"
PRECISION = {f"{_XSD}date": "day", f"{_XSD}gYearMonth": "month", f"{_XSD}gYear": "year"}
_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

PLACES = (
    _PREFIXES
    + """
SELECT ?place ?kind ?wkt WHERE {
  ?place geo:hasGeometry/geo:asWKT ?wkt ; a ?kind .
  FILTER (STRSTARTS(STR(?kind), STR(ckg:)))
}"""
)
LABELS = _PREFIXES + "SELECT ?node ?label WHERE { ?node rdfs:label ?label }"
WITHIN = _PREFIXES + "SELECT ?place ?within WHERE { ?place ckg:within ?within }"
EVENTS = (
    _PREFIXES
    + """
SELECT ?event ?kind ?place WHERE {
  ?event ckg:place ?place ; a ?kind .
  ?kind rdfs:subClassOf* ckg:Event .
}"""
)
VALUES = (
    _PREFIXES
    + """
SELECT ?event ?property ?value WHERE {
  VALUES ?property { ckg:date ckg:beginDate ckg:endDate ckg:agent ckg:opponent }
  ?event ckg:place ?place ; ?property ?value .
}"""
)
QUOTES = (
    _PREFIXES
    + """
SELECT ?event ?quote ?start WHERE {
  ?event ckg:place ?place ; ckg:evidence ?annotation .
  ?annotation oa:hasTarget/oa:hasSelector ?byQuote , ?byPosition .
  ?byQuote oa:exact ?quote . ?byPosition oa:start ?start .
  FILTER NOT EXISTS { ?annotation ckg:attests ?property }
}"""
)


@dataclass
class Written:
    places: int
    events: int
    unplaced: int  # events whose places have no coordinates


def _rows(store: ox.Store, query: str) -> list[Any]:
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return list(result)


_WKT = re.compile(r"^\s*(?:<[^>]*>\s*)?(POINT|LINESTRING|POLYGON)\s*(\(.*\))\s*$", re.I | re.S)
_PAIR = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*$")


def geometry(wkt: str, place: str) -> dict[str, Any]:
    """A GeoJSON geometry from a WKT POINT, LINESTRING or POLYGON (CRS84: lon lat)."""
    match = _WKT.match(wkt)
    if match is None:
        raise InputError(f"<{place}> has a geometry that is not a WKT point, line or polygon")
    kind, body = match.group(1).upper(), match.group(2).strip()

    def positions(text: str) -> list[list[float]]:
        out = []
        for pair in text.strip().strip("()").split(","):
            found = _PAIR.match(pair)
            if found is None:
                raise InputError(f"<{place}> has a malformed WKT coordinate: {pair[:40]}")
            lon, lat = float(found.group(1)), float(found.group(2))
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                raise InputError(f"<{place}> has coordinates out of range: {pair[:40]}")
            out.append([lon, lat])
        return out

    if kind == "POINT":
        (point,) = positions(body)
        return {"type": "Point", "coordinates": point}
    if kind == "LINESTRING":
        return {"type": "LineString", "coordinates": positions(body)}
    rings = [positions(ring) for ring in re.findall(r"\([^()]*\)", body[1:-1])]
    return {"type": "Polygon", "coordinates": rings}


def representative_point(shape: dict[str, Any]) -> tuple[list[float], str]:
    """Where an event at this place is put on a map, and how precise that is: the point
    itself, or the mean of a line's or polygon's vertices."""
    if shape["type"] == "Point":
        return shape["coordinates"], "place"
    vertices = shape["coordinates"] if shape["type"] == "LineString" else shape["coordinates"][0]
    lon = sum(v[0] for v in vertices) / len(vertices)
    lat = sum(v[1] for v in vertices) / len(vertices)
    return [round(lon, 5), round(lat, 5)], "place centroid"


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def collection(store: ox.Store) -> tuple[dict[str, Any], Written]:
    """The GeoJSON FeatureCollection of the store's places and events."""
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _rows(store, LABELS):
        label = row["label"]
        if isinstance(label, ox.Literal) and label.language in ("en", "ar"):
            labels[row["node"].value].setdefault(label.language, label.value)
    within: dict[str, list[str]] = defaultdict(list)
    for row in _rows(store, WITHIN):
        within[row["place"].value].append(row["within"].value)
    shapes: dict[str, dict[str, Any]] = {}
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, PLACES):
        place = row["place"].value
        shapes[place] = geometry(row["wkt"].value, place)
        kinds[place].add(_local(row["kind"].value))
    features: list[dict[str, Any]] = [
        {
            "type": "Feature",
            "id": place,
            "geometry": shapes[place],
            "properties": {
                "feature": "place",
                "iri": place,
                "kind": ", ".join(sorted(kinds[place])),
                "label_en": labels[place].get("en"),
                "label_ar": labels[place].get("ar"),
                "within": sorted(within[place]),
                "geo_precision": "as in the gazetteer",
            },
        }
        for place in sorted(shapes)
    ]
    places: dict[str, set[str]] = defaultdict(set)
    event_kinds: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, EVENTS):
        places[row["event"].value].add(row["place"].value)
        event_kinds[row["event"].value].add(_local(row["kind"].value))
    values: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for row in _rows(store, VALUES):
        values[row["event"].value][_local(row["property"].value)].append(row["value"])
    quotes: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row in _rows(store, QUOTES):
        quotes[row["event"].value].append((int(row["start"].value), row["quote"].value))
    unplaced = 0
    events = 0
    for event in sorted(places):
        located = [representative_point(shapes[p]) for p in sorted(places[event]) if p in shapes]
        if not located:
            unplaced += 1
            continue
        events += 1
        shape: dict[str, Any] = (
            {"type": "Point", "coordinates": located[0][0]}
            if len(located) == 1
            else {"type": "MultiPoint", "coordinates": [point for point, _ in located]}
        )
        said = values[event]
        properties: dict[str, Any] = {
            "feature": "event",
            "iri": event,
            "kind": ", ".join(sorted(event_kinds[event])),
            "label_en": labels[event].get("en"),
            "places": sorted(places[event]),
            "geo_precision": ", ".join(sorted({how for _, how in located})),
            "agents": sorted(t.value for t in said["agent"]),
            "agents_en": sorted(labels[t.value].get("en") or t.value for t in said["agent"]),
            "opponents": sorted(t.value for t in said["opponent"]),
            "report": report_of(event),
            "quote_ar": min(quotes[event])[1] if quotes[event] else None,
        }
        for name in ("date", "beginDate", "endDate"):
            for term in said[name][:1]:
                key = {"date": "date", "beginDate": "begin", "endDate": "end"}[name]
                properties[key] = term.value
                if isinstance(term, ox.Literal):
                    properties[f"{key}_precision"] = PRECISION.get(term.datatype.value)
        features.append(
            {"type": "Feature", "id": event, "geometry": shape, "properties": properties}
        )
    document = {"type": "FeatureCollection", "features": features}
    return document, Written(len(shapes), events, unplaced)


def write_geojson(store: ox.Store, output: Path) -> Written:
    """Write the FeatureCollection to `output`, whole or not at all."""
    document, written = collection(store)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", "utf-8")
        os.replace(tmp, output)
    finally:
        tmp.unlink(missing_ok=True)
    return written
