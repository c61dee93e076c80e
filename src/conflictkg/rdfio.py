"""Reading RDF files with errors that name the file and the line, and finding a node's line."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
from rdflib import Graph, Literal, URIRef

from .errors import InputError

# rdflib logs a traceback for every ill-typed literal; we report them ourselves.
logging.getLogger("rdflib.term").setLevel(logging.CRITICAL)

_OX_LINE = re.compile(r"line (\d+)")
_PREFIX = re.compile(r"^\s*@prefix\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.MULTILINE)


def read_text(path: Path) -> str:
    """The file's text as UTF-8, or an InputError saying what is wrong and where."""
    if not path.exists():
        raise InputError(
            "file not found", path, hint="Check the path, or run from the project root."
        )
    if not path.is_file():
        raise InputError("not a regular file", path)
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


def parse_turtle(path: Path, text: str | None = None) -> Graph:
    """Parse a Turtle file into an rdflib Graph; syntax errors and ill-typed literals are fatal."""
    if text is None:
        text = read_text(path)
    if not text.strip():
        raise InputError(
            "the file is empty", path, hint="A Turtle file must hold at least one triple."
        )
    try:
        # pyoxigraph's parser is fast and says exactly where a syntax error is.
        for _ in pyoxigraph.parse(
            text.encode("utf-8"),
            format=pyoxigraph.RdfFormat.TURTLE,
            base_iri=path.resolve().as_uri(),
        ):
            pass
    except SyntaxError as exc:
        message = str(exc).splitlines()[0]
        match = _OX_LINE.search(message)
        raise InputError(
            f"Turtle syntax error: {message}",
            path,
            int(match.group(1)) if match else None,
            hint="Fix the Turtle at that line (undeclared prefixes need an @prefix line).",
        ) from None
    graph = Graph()
    graph.parse(data=text, format="turtle", publicID=path.resolve().as_uri())
    if len(graph) == 0:
        raise InputError("the file holds no triples", path, hint="Add triples or remove the file.")
    locator = SourceLocator(path, text)
    for obj in graph.objects():
        if isinstance(obj, Literal) and obj.ill_typed:
            raise InputError(
                f'the literal "{obj}" is not a valid {obj.datatype}',
                path,
                locator.line_of_text(f'"{obj}"'),
                hint="Write the value in the datatype's lexical form (xsd:date is YYYY-MM-DD, "
                "xsd:gYearMonth YYYY-MM, xsd:gYear YYYY).",
            )
    return graph


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
