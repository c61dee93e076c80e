"""Time bounds: every stated time stamp also gets earliest/latest xsd:date bounds.

A stamp keeps its precision in its datatype (a month stays an xsd:gYearMonth). Its bounds
are the first and last day it covers, so that queries can compare any two times as dates.
Bounds the encoder wrote (for «بداية تشرين الثاني», «صيف العام 2014») are kept as written.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

import pyoxigraph as ox
from rdflib.namespace import XSD

from .namespaces import CKG, ox_iri
from .triples import Statement, Subject, TripleIndex

_STAMP = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:Z|[+-]\d{2}:\d{2})?$")

PRECISION = {str(XSD.date): "day", str(XSD.gYearMonth): "month", str(XSD.gYear): "year"}


def stamp_span(value: ox.Literal) -> tuple[dt.date, dt.date]:
    """The first and last day a date, month or year stamp covers."""
    match = _STAMP.match(value.value)
    datatype = value.datatype.value
    if match is None or datatype not in PRECISION:
        raise ValueError(f"not a time stamp: {value!r}")
    year = int(match.group(1))
    if datatype == str(XSD.gYear):
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(match.group(2))
    if datatype == str(XSD.gYearMonth):
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date(year, month, int(match.group(3)))
    return day, day


# stamp property -> the bound properties it determines: (bound, first-or-last day)
_RULES = [
    (
        ox_iri(stamp),
        [(ox_iri(bound), which) for bound, which in bounds],
    )
    for stamp, bounds in (
        (
            CKG.date,
            [
                (CKG.earliestBegin, 0),
                (CKG.latestBegin, 1),
                (CKG.earliestEnd, 0),
                (CKG.latestEnd, 1),
            ],
        ),
        (CKG.beginDate, [(CKG.earliestBegin, 0), (CKG.latestBegin, 1)]),
        (CKG.endDate, [(CKG.earliestEnd, 0), (CKG.latestEnd, 1)]),
    )
]
_DATE = ox_iri(XSD.date)


def derive_time_bounds(triples: TripleIndex) -> list[Statement]:
    """The bounds each stamp implies and that the triples do not already state."""
    derived: dict[tuple[Subject, ox.NamedNode], Statement] = {}
    for stamp_property, bounds in _RULES:
        for subject, value in triples.subject_objects(stamp_property):
            if not isinstance(value, ox.Literal) or value.datatype.value not in PRECISION:
                continue  # SHACL reports the wrong datatype; nothing to derive from it
            span = stamp_span(value)
            for bound, which in bounds:
                if triples.value(subject, bound) is None and (subject, bound) not in derived:
                    day = ox.Literal(span[which].isoformat(), datatype=_DATE)
                    derived[(subject, bound)] = (subject, bound, day)
    return list(derived.values())
