"""Reading RDF files with errors that name the file and the line, and finding a node's line."""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .errors import InputError
from .sparqlcheck import shape
from .triples import Statement

# rdflib logs a traceback for every ill-typed literal; we report them ourselves.
logging.getLogger("rdflib.term").setLevel(logging.CRITICAL)

_OX_LINE = re.compile(r"line (\d+)")
# characters XML 1.0 cannot hold (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF)
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PREFIX = re.compile(r"^\s*@prefix\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.MULTILINE)


MAX_FILE_BYTES = 16 * 1024 * 1024  # a report, a source text, a query: far below this


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The file's text as UTF-8, or an InputError saying what is wrong and where. Files over
    `max_bytes` are refused before they are read (a hostile file must not fill memory)."""
    if not path.exists():
        raise InputError(
            "file not found", path, hint="Check the path, or run from the project root."
        )
    if not path.is_file():
        raise InputError("not a regular file", path)
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"the file is {size:,} bytes; at most {max_bytes:,} are read",
            path,
            hint="Split it (one report a file), or check that it is the file you meant.",
        )
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start})",
            path,
            line,
            hint="Save the file as UTF-8; Arabic text in Windows-1256 or ISO-8859-6 must be converted.",
        ) from None


def parse_triples(path: Path, text: str | None = None) -> list[Statement]:
    """Parse a Turtle file with pyoxigraph; syntax errors and ill-typed literals are fatal,
    reported with the file and line."""
    if text is None:
        text = read_text(path)
    if not text.strip():
        raise InputError(
            "the file is empty", path, hint="A Turtle file must hold at least one triple."
        )
    try:
        triples: list[Statement] = [
            (q.subject, q.predicate, q.object)
            for q in ox.parse(
                text.encode("utf-8"),
                format=ox.RdfFormat.TURTLE,
                base_iri=path.resolve().as_uri(),
            )
        ]
    except SyntaxError as exc:
        message = str(exc).splitlines()[0]
        match = _OX_LINE.search(message)
        raise InputError(
            f"Turtle syntax error: {message}",
            path,
            int(match.group(1)) if match else None,
            hint="Fix the Turtle at that line (undeclared prefixes need an @prefix line).",
        ) from None
    if not triples:
        raise InputError("the file holds no triples", path, hint="Add triples or remove the file.")
    for _s, _p, obj in triples:
        if isinstance(obj, ox.Literal) and (bad := NOT_IN_XML.search(obj.value)):
            raise InputError(
                f"a literal holds the control character U+{ord(bad.group()):04X}, which no "
                "RDF/XML or XML tool can read",
                path,
                SourceLocator(path, text).line_of_text(obj.value[:40]),
                hint="Remove it (only tab, line feed and carriage return are kept).",
            )
        if isinstance(obj, ox.Literal) and not well_formed(obj):
            raise InputError(
                f'the literal "{obj.value}" is not a valid {obj.datatype.value}',
                path,
                SourceLocator(path, text).line_of_text(f'"{obj.value}"'),
                hint="Write the value in the datatype's lexical form (xsd:date is YYYY-MM-DD, "
                "xsd:gYearMonth YYYY-MM, xsd:gYear YYYY).",
            )
    return triples


MAX_TURTLE_NESTING = 64  # rdflib's Turtle parser recurses, and fails between 100 and 200


def parse_turtle(path: Path, text: str | None = None) -> Graph:
    """Parse a (small) Turtle file into an rdflib Graph, with the checks of parse_triples.
    Brackets nested deeper than MAX_TURTLE_NESTING are refused (rdflib would overflow its
    stack; report files, read by pyoxigraph alone, have no such limit)."""
    if text is None:
        text = read_text(path)
    parse_triples(path, text)
    nesting = shape(text)
    if nesting.depth > MAX_TURTLE_NESTING:
        raise InputError(
            f"brackets ([ or ( ) nested {nesting.depth} deep; at most {MAX_TURTLE_NESTING} "
            "are read in this file",
            path,
            text.count("\n", 0, nesting.deepest_at) + 1,
            hint="Give the inner nodes IRIs, or flatten the nesting.",
        )
    graph = Graph()
    graph.parse(data=text, format="turtle", publicID=path.resolve().as_uri())
    return graph


# ------------------------------------------------------------------ XSD lexical forms
_TZ = r"(Z|[+-]\d{2}:\d{2})?"
_YEAR = r"-?(\d{4}|[1-9]\d{4,})"
_LEXICAL = {
    "date": re.compile(rf"^{_YEAR}-(\d{{2}})-(\d{{2}}){_TZ}$"),
    "dateTime": re.compile(
        rf"^{_YEAR}-(\d{{2}})-(\d{{2}})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?{_TZ}$"
    ),
    "gYear": re.compile(rf"^{_YEAR}{_TZ}$"),
    "gYearMonth": re.compile(rf"^{_YEAR}-(0[1-9]|1[0-2]){_TZ}$"),
    "decimal": re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$"),
    "double": re.compile(r"^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$"),
    "boolean": re.compile(r"^(true|false|1|0)$"),
}
_LEXICAL["float"] = _LEXICAL["double"]
_INTEGER = re.compile(r"^[+-]?\d+$")
INTEGER_RANGES: dict[str, tuple[int | None, int | None]] = {
    "integer": (None, None),
    "nonNegativeInteger": (0, None),
    "positiveInteger": (1, None),
    "nonPositiveInteger": (None, 0),
    "negativeInteger": (None, -1),
    "long": (-(2**63), 2**63 - 1),
    "int": (-(2**31), 2**31 - 1),
    "short": (-(2**15), 2**15 - 1),
    "byte": (-128, 127),
    "unsignedLong": (0, 2**64 - 1),
    "unsignedInt": (0, 2**32 - 1),
    "unsignedShort": (0, 2**16 - 1),
    "unsignedByte": (0, 255),
}
_XSD_NS = "http://www.w3.org/2001/XMLSchema#"


def well_formed(literal: ox.Literal) -> bool:
    """Whether a literal of a numeric, boolean or date/time XSD datatype is in that
    datatype's lexical space (a calendar date must exist). Other datatypes are not checked."""
    datatype = literal.datatype.value
    if not datatype.startswith(_XSD_NS):
        return True
    name, value = datatype[len(_XSD_NS) :], literal.value
    if name in INTEGER_RANGES:
        if not _INTEGER.match(value):
            return False
        low, high = INTEGER_RANGES[name]
        number = int(value)
        return (low is None or number >= low) and (high is None or number <= high)
    pattern = _LEXICAL.get(name)
    if pattern is None:
        return True
    match = pattern.match(value)
    if match is None:
        return False
    if name in ("date", "dateTime"):
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if not 1 <= month <= 12:
            return False
        days = 29 if month == 2 and calendar.isleap(year) else _DAYS_IN_MONTH[month - 1]
        return 1 <= day <= days
    return True


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass
class SourceLocator:
    """Finds the line of a Turtle file where a node or a piece of text is written."""

    path: Path
    text: str
    prefixes: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lines = self.text.splitlines()
        for prefix, ns in _PREFIX.findall(self.text):
            self.prefixes[prefix] = ns

    @classmethod
    def for_file(cls, path: Path) -> SourceLocator:
        return cls(path, read_text(path))

    def spellings(self, iri: URIRef) -> list[str]:
        """How the IRI may be written in this file: full, or prefixed by any declared prefix."""
        text = str(iri)
        forms = [f"<{text}>"]
        for prefix, ns in self.prefixes.items():
            if text.startswith(ns) and len(text) > len(ns):
                forms.append(f"{prefix}:{text[len(ns) :]}")
        return forms

    def line_of_node(self, iri: URIRef) -> int | None:
        """The line where the node is first written as a subject, else first mentioned."""
        forms = self.spellings(iri)
        for number, line in enumerate(self.lines, 1):
            stripped = line.lstrip()
            if any(stripped.startswith(form) and _ends_token(stripped, form) for form in forms):
                return number
        for number, line in enumerate(self.lines, 1):
            if any(_contains_token(line, form) for form in forms):
                return number
        return None

    def line_of_text(self, needle: str) -> int | None:
        for number, line in enumerate(self.lines, 1):
            if needle in line:
                return number
        return None


def _ends_token(line: str, form: str) -> bool:
    rest = line[len(form) :]
    return not rest or not (rest[0].isalnum() or rest[0] in "-_")


def _contains_token(line: str, form: str) -> bool:
    start = line.find(form)
    while start >= 0:
        before_ok = start == 0 or not (line[start - 1].isalnum() or line[start - 1] in "-_:")
        if before_ok and _ends_token(line[start:], form):
            return True
        start = line.find(form, start + 1)
    return False
