"""What a SPARQL query must be before any engine sees it: short, shallow, and local.
(The same lexer measures how deep a Turtle file nests its brackets: see conflictkg.rdfio.)

Oxigraph parses and plans queries recursively: a query nested a few thousand brackets deep
overflows its stack and takes the whole process down (`serve` and `query` alike), and a
`SERVICE` clause makes the engine send HTTP requests to any address the query names. So every
query text that comes from outside (a file, a form, an HTTP request) is read here first, by a
small lexer that knows SPARQL's strings, IRIs and comments:

- at most MAX_QUERY_CHARS characters;
- brackets ({ ( [) nested at most MAX_DEPTH deep, and no run of more than MAX_UNARY unary
  operators (`!!!!…`), the two ways to make a parse tree deep;
- no SERVICE keyword (federation) unless the caller allows it.

These limits are far above what a hand-written question needs (the library's deepest is 6).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

MAX_QUERY_CHARS = 100_000
MAX_DEPTH = 64
MAX_UNARY = 16
_OPENERS, _CLOSERS = "{([", "})]"
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_NOT_IN_IRI = frozenset('<>"{}|^`\\ \t\r\n')


@dataclass(frozen=True)
class QueryShape:
    """What the lexer saw: the deepest nesting, the longest unary run, the keywords used."""

    depth: int
    unary: int
    keywords: frozenset[str]
    deepest_at: int = 0  # the index of the opening bracket that reached `depth`


def _iri_end(text: str, start: int) -> int | None:
    """The index after an IRI reference starting with `<` at `start`, or None when this `<`
    is the less-than operator."""
    end = start + 1
    while end < len(text) and text[end] not in _NOT_IN_IRI:
        end += 1
    return end + 1 if end < len(text) and text[end] == ">" else None


def _string_end(text: str, start: int) -> int:
    """The index after a string literal (any of SPARQL's four quotings) starting at `start`."""
    quote = text[start]
    long = text.startswith(quote * 3, start)
    delimiter = quote * 3 if long else quote
    index = start + len(delimiter)
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if text.startswith(delimiter, index):
            return index + len(delimiter)
        if not long and char in "\r\n":
            break
        index += 1
    return len(text)  # unterminated: the engine will say so


def shape(text: str) -> QueryShape:
    """Read the query's structure without parsing its grammar."""
    depth = deepest = deepest_at = run = longest = 0
    keywords: set[str] = set()
    index, size = 0, len(text)
    while index < size:
        char = text[index]
        if char == "#":
            newline = text.find("\n", index)
            index = size if newline < 0 else newline
            continue
        if char in "'\"":
            index = _string_end(text, index)
            run = 0
            continue
        if char == "<":
            end = _iri_end(text, index)
            if end is not None:
                index, run = end, 0
                continue
        if char in _OPENERS:
            depth += 1
            if depth > deepest:
                deepest, deepest_at = depth, index
        elif char in _CLOSERS:
            depth = max(depth - 1, 0)
        if char == "!":
            run += 1
            longest = max(longest, run)
        elif not char.isspace():
            run = 0
        if char in _WORD:
            end = index
            while end < size and text[end] in _WORD:
                end += 1
            # a variable (?x $x), a prefix (x:) or a local name (p:x, p:a-x) is no keyword;
            # anything else is taken as one (at worst a name is mistaken for a keyword)
            before = text[index - 1] if index else " "
            if before not in "?$:-" and not text.startswith(":", end):
                keywords.add(text[index:end].upper())
            index = end
            continue
        index += 1
    return QueryShape(deepest, longest, frozenset(keywords), deepest_at)


def check_query(
    text: str, source: Path | str | None = None, *, allow_service: bool = False
) -> None:
    """Refuse a query that is too long, too deeply nested or federated (see module doc),
    with an InputError naming `source` (a file, or where the query came from)."""
    if len(text) > MAX_QUERY_CHARS:
        raise InputError(
            f"the query is {len(text):,} characters long; at most {MAX_QUERY_CHARS:,} are accepted",
            source,
            hint="Split it into smaller queries.",
        )
    seen = shape(text)
    if seen.depth > MAX_DEPTH:
        raise InputError(
            f"the query nests brackets {seen.depth} deep; at most {MAX_DEPTH} are accepted",
            source,
            hint="Deeper nesting can crash the query engine; flatten the query.",
        )
    if seen.unary > MAX_UNARY:
        raise InputError(
            f"the query chains {seen.unary} unary operators; at most {MAX_UNARY} are accepted",
            source,
        )
    if not allow_service and "SERVICE" in seen.keywords:
        raise InputError(
            "the query uses SERVICE (federation), which is off: it would make this machine "
            "send requests to the addresses the query names",
            source,
            hint="Ask the remote endpoint directly, or pass --allow-service to `conflictkg query` "
            "if you trust the query.",
        )
