"""Time bounds: every stated time stamp also gets earliest/latest xsd:date bounds.

A stamp keeps its precision in its datatype (a month stays an xsd:gYearMonth). Its bounds
are the first and last day it covers, so that queries can compare any two times as dates.
Bounds the encoder wrote (for «بداية تشرين الثاني», «صيف العام 2014») are kept as written.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from .namespaces import CKG

_STAMP = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:Z|[+-]\d{2}:\d{2})?$")

PRECISION = {XSD.date: "day", XSD.gYearMonth: "month", XSD.gYear: "year"}


def stamp_span(value: Literal) -> tuple[dt.date, dt.date]:
    """The first and last day a date, month or year stamp covers."""
    match = _STAMP.match(str(value))
    if match is None or value.datatype not in PRECISION:
        raise ValueError(f"not a time stamp: {value!r}")
    year = int(match.group(1))
    if value.datatype == XSD.gYear:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(match.group(2))
    if value.datatype == XSD.gYearMonth:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date(year, month, int(match.group(3)))
    return day, day


# stamp property -> the bound properties it determines: (bound, first-or-last day)
_RULES: dict[URIRef, list[tuple[URIRef, int]]] = {
    CKG.date: [
        (CKG.earliestBegin, 0),
        (CKG.latestBegin, 1),
        (CKG.earliestEnd, 0),
        (CKG.latestEnd, 1),
    ],
    CKG.beginDate: [(CKG.earliestBegin, 0), (CKG.latestBegin, 1)],
    CKG.endDate: [(CKG.earliestEnd, 0), (CKG.latestEnd, 1)],
}


def derive_time_bounds(graph: Graph) -> Graph:
    """The bounds each stamp implies and that the graph does not already state."""
    derived = Graph()
    for stamp_property, bounds in _RULES.items():
        for subject, value in graph.subject_objects(stamp_property):
            if not isinstance(value, Literal) or value.datatype not in PRECISION:
                continue  # SHACL reports the wrong datatype; nothing to derive from it
            span = stamp_span(value)
            for bound, which in bounds:
                if graph.value(subject, bound) is None and derived.value(subject, bound) is None:
                    derived.add((subject, bound, Literal(span[which], datatype=XSD.date)))
    return derived
