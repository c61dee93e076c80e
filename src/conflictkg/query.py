"""The query library: competency questions as .rq files, parameters bound as RDF terms.

A query file starts with comment lines that describe it:

    # question: Which places did ISIS hold on a given date?
    # question@ar: ما الأماكن التي كان تنظيم الدولة الإسلامية يسيطر عليها في تاريخ معيّن؟
    # param: date xsd:date 2017-11-09 -- the day to look at

Parameters are bound as typed RDF terms: each value is checked against its declared type,
turned into an RDF term by pyoxigraph, and that term (serialised by pyoxigraph, with its
escaping) is bound by an inline VALUES block at the start of the WHERE group, where the
query's FILTERs see it. The user's text is never spliced into the query; anything that is
not a valid term of the declared type is refused. (Oxigraph's own pre-binding,
`substitutions`, only binds projected variables, and the same VALUES block works on any
SPARQL 1.1 endpoint.)
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import InputError, StoreError
from .namespaces import PREFIXES
from .rdfio import read_text
from .sparqlcheck import check_query

_HEADER = re.compile(r"^#\s*(question(?:@ar)?|param|paragraphs)\s*:\s*(.*)$")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_DATE = re.compile(r"^-?\d{4}-\d{2}-\d{2}$")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_IRI_SAFE = re.compile(r"^[^\s<>\"{}|^`\\]+$")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # xsd:date | xsd:decimal | xsd:integer | iri
    default: str | None
    doc: str = ""


@dataclass
class LibraryQuery:
    name: str
    path: Path
    text: str
    question: str = ""
    question_ar: str = ""
    params: list[Param] = field(default_factory=list)

    @property
    def ordered(self) -> bool:
        return bool(re.search(r"\bORDER\s+BY\b", _strip_comments(self.text), re.IGNORECASE))


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def read_query(path: Path) -> LibraryQuery:
    """A query file: UTF-8 (a leading byte-order mark, as some editors write, is dropped),
    refused with the file and line when it is not."""
    if not path.is_file():
        raise InputError("no such query file" if not path.exists() else "not a file", path)
    text = read_text(path).removeprefix("\ufeff")
    query = LibraryQuery(name=path.stem, path=path, text=text)
    for number, line in enumerate(text.splitlines(), 1):
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.groups()
        if key == "question":
            query.question = value
        elif key == "question@ar":
            query.question_ar = value
        elif key == "param":
            spec, _, doc = value.partition("--")
            parts = spec.split()
            if len(parts) not in (2, 3) or parts[1] not in (
                "xsd:date",
                "xsd:decimal",
                "xsd:integer",
                "iri",
            ):
                raise InputError(
                    f"bad parameter declaration «{value}»",
                    path,
                    number,
                    hint="Write: # param: NAME xsd:date|xsd:decimal|xsd:integer|iri [DEFAULT] -- what it is",
                )
            query.params.append(
                Param(parts[0], parts[1], parts[2] if len(parts) == 3 else None, doc.strip())
            )
    return query


def library(queries_dir: Path) -> list[LibraryQuery]:
    """Every competency question of the library (queries/cqNN-*.rq), in name order."""
    paths = sorted(queries_dir.glob("cq*.rq"))
    if not paths:
        raise InputError("no competency questions found (cqNN-name.rq)", queries_dir)
    return [read_query(p) for p in paths]


def find_query(queries_dir: Path, name_or_path: str, own_dir: Path | None = None) -> LibraryQuery:
    """A query by file path (x.rq), by the name of one of the project's own questions
    (`own_dir`/NAME.rq), or a library question by name (cq04, cq04-isis-held-on-date)."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" or "/" in name_or_path:
        return read_query(candidate)
    if own_dir is not None and (own_dir / f"{name_or_path}.rq").is_file():
        return read_query(own_dir / f"{name_or_path}.rq")
    matches = [
        q
        for q in library(queries_dir)
        if q.name == name_or_path or q.name.split("-")[0] == name_or_path
    ]
    if len(matches) != 1:
        raise InputError(
            f"no query named «{name_or_path}» in the library",
            queries_dir,
            hint="List them with `conflictkg query --list`.",
        )
    return matches[0]


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_bindings(query: LibraryQuery, terms: dict[ox.Variable, ox.NamedNode | ox.Literal]) -> str:
    """The query text with an inline VALUES block binding `terms` at the start of WHERE."""
    if not terms:
        return query.text
    lines = query.text.splitlines(keepends=True)
    offset = 0
    for line in lines:
        if not line.lstrip().startswith("#"):
            match = _WHERE.search(line)
            if match:
                cut = offset + match.end()
                names = " ".join(str(v) for v in terms)
                values = " ".join(str(t) for t in terms.values())
                block = f"\n  VALUES ({names}) {{ ({values}) }}\n"
                return query.text[:cut] + block + query.text[cut:]
        offset += len(line)
    raise InputError(
        "a query with parameters needs a WHERE { … } group to bind them in",
        query.path,
    )


# Arabic-Indic (U+0660-U+0669) and Eastern Arabic-Indic (U+06F0-U+06F9) digits read as 0-9
_DIGITS = str.maketrans(
    "".join(chr(0x660 + d) + chr(0x6F0 + d) for d in range(10)),
    "".join(str(d) * 2 for d in range(10)),
)
_ASCII_DIGITS = re.compile(r"^[\x20-\x7e]*$")
MAX_INTEGER = 2**63 - 1  # what every store handles as an xsd:integer


def to_term(param: Param, raw: str) -> ox.NamedNode | ox.Literal:
    """The RDF term a parameter value stands for; refuses anything not of the declared type.
    Numbers and dates may be written with Arabic-Indic digits; integers must fit 64 bits."""
    value = raw.strip()
    if param.kind != "iri":
        value = value.translate(_DIGITS)
        if not _ASCII_DIGITS.match(value):
            raise InputError(
                f"--param {param.name}: «{raw}» is not a valid {param.kind} "
                "(Western or Arabic-Indic digits, no other characters)"
            )
    if param.kind == "iri":
        prefix, sep, local = value.partition(":")
        if sep and prefix in PREFIXES and not local.startswith("//"):
            value = PREFIXES[prefix] + local
        if not value.startswith(("http://", "https://")) or not _IRI_SAFE.match(value):
            raise InputError(
                f"--param {param.name}: «{raw}» is not an IRI or a known prefixed name"
            )
        try:
            return ox.NamedNode(value)
        except ValueError as exc:
            raise InputError(f"--param {param.name}: «{raw}» is not a valid IRI ({exc})") from None
    checks = {"xsd:date": _DATE, "xsd:decimal": _DECIMAL, "xsd:integer": _INTEGER}
    if not checks[param.kind].match(value):
        raise InputError(f"--param {param.name}: «{raw}» is not a valid {param.kind}")
    if param.kind == "xsd:integer" and abs(int(value)) > MAX_INTEGER:
        raise InputError(f"--param {param.name}: «{raw}» is out of range (at most 2^63 - 1)")
    if param.kind == "xsd:decimal" and len(value) > 40:
        raise InputError(f"--param {param.name}: «{raw}» has more than 40 characters")
    if param.kind == "xsd:date":
        import datetime as dt

        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise InputError(f"--param {param.name}: «{raw}» is not a calendar date") from None
    return ox.Literal(value, datatype=ox.NamedNode(_XSD + param.kind.split(":")[1]))


def bindings(
    query: LibraryQuery, given: dict[str, str]
) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """Typed terms for every parameter: given values, else the declared defaults."""
    known = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise InputError(
            f"{query.name} has no parameter {', '.join(unknown)}",
            query.path,
            hint="Its parameters: " + (", ".join(known) or "none") + ".",
        )
    out: dict[ox.Variable, ox.NamedNode | ox.Literal] = {}
    for param in query.params:
        raw = given.get(param.name, param.default)
        if raw is None:
            raise InputError(f"{query.name} needs --param {param.name}=…", query.path)
        out[ox.Variable(param.name)] = to_term(param, raw)
    return out


# ------------------------------------------------------------------ results
Term = tuple[str, str, str | None, str | None]  # (kind, value, datatype, language)


@dataclass
class Results:
    variables: list[str]
    rows: list[dict[str, Term]]

    def bag(self) -> Counter[tuple[tuple[str, Term], ...]]:
        return Counter(self.sequence())

    def sequence(self) -> list[tuple[tuple[str, Term], ...]]:
        """Rows as sorted (variable, term) pairs, literals in canonical form."""
        return [tuple(sorted((k, canonical(v)) for k, v in row.items())) for row in self.rows]


_INTEGER_TYPES = {
    _XSD + t
    for t in (
        "integer",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "long",
        "int",
        "short",
        "byte",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}


def canonical(term: Term) -> Term:
    """Literals compared by value across stores: Virtuoso writes xsd:boolean as "1"/"0" and
    keeps xsd:nonNegativeInteger, where Oxigraph writes "true" and canonicalises every
    integer type to xsd:integer. Both are right about the value."""
    kind, value, datatype, lang = term
    if kind != "literal" or datatype is None:
        return term
    if datatype == _XSD + "boolean":
        return (kind, "true" if value.strip() in ("1", "true") else "false", datatype, lang)
    if datatype in _INTEGER_TYPES:
        try:
            return (kind, str(int(value)), _XSD + "integer", lang)
        except ValueError:
            return term
    return term


def _term(term: Any) -> Term:
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value, None, None)
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value, None, None)
    if isinstance(term, ox.Literal):
        if term.language:
            return ("literal", term.value, None, term.language)
        datatype = term.datatype.value
        return ("literal", term.value, None if datatype == _XSD + "string" else datatype, None)
    raise TypeError(f"unexpected term {term!r}")


def run(
    store: ox.Store,
    query: LibraryQuery,
    given: dict[str, str] | None = None,
    default_graph: Sequence[ox.NamedNode] | None = None,
    *,
    allow_service: bool = False,
) -> Results:
    """Run a SELECT query over the union of all named graphs of the store, or of the
    graphs in `default_graph`, or of the graphs its own FROM clauses name. The query is
    checked first (conflictkg.sparqlcheck): no SERVICE unless `allow_service`."""
    check_query(query.text, query.path, allow_service=allow_service)
    text = with_bindings(query, bindings(query, given or {}))
    try:
        return _solve(store, query, text, default_graph)
    except SyntaxError as exc:
        raise InputError(f"SPARQL syntax error: {str(exc).splitlines()[0]}", query.path) from None
    except OSError as exc:  # a SERVICE that did not answer, or the store could not be read
        raise StoreError(f"the query failed: {str(exc).splitlines()[0]}", query.path) from None


def _solve(
    store: ox.Store, query: LibraryQuery, text: str, default_graph: Sequence[ox.NamedNode] | None
) -> Results:
    """The solutions of a SELECT query, read whole (SERVICE calls fail while they are read)."""
    if default_graph is not None:
        graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = list(default_graph)
        solutions = store.query(text, default_graph=graphs)
    elif from_graphs(query.text):
        solutions = store.query(text)  # its FROM clauses make the dataset
    else:
        solutions = store.query(text, use_default_graph_as_union=True)
    if not isinstance(solutions, ox.QuerySolutions):
        raise InputError("only SELECT queries are in the library", query.path)
    variables = [v.value for v in solutions.variables]
    rows = []
    for solution in solutions:
        row = {}
        for name in variables:
            value = solution[name]
            if value is not None:
                row[name] = _term(value)
        rows.append(row)
    return Results(variables, rows)


_FROM = re.compile(r"\bFROM\s+(?:NAMED\s+)?<([^>\s]*)>", re.IGNORECASE)


def from_graphs(text: str) -> list[str]:
    """The graphs a query's FROM and FROM NAMED clauses name (comments left out)."""
    return _FROM.findall(_strip_comments(text))


def unknown_names(
    store: ox.Store, query: LibraryQuery, terms: dict[ox.Variable, ox.NamedNode | ox.Literal]
) -> list[str]:
    """What a query names that the store does not hold: IRI parameters that occur in no
    triple, and graphs of its FROM clauses that are not in the store. A question about
    them answers nothing; the caller says why."""
    missing = [
        f"--param {var.value}=<{term.value}> names nothing in the store"
        for var, term in terms.items()
        if isinstance(term, ox.NamedNode)
        and next(store.quads_for_pattern(term, None, None), None) is None
        and next(store.quads_for_pattern(None, None, term), None) is None
    ]
    missing += [
        f"FROM <{graph}> is not a graph of the store"
        for graph in from_graphs(query.text)
        if not store.contains_named_graph(ox.NamedNode(graph))
    ]
    return missing


def read_srj(path: Path) -> Results:
    """Expected results in SPARQL 1.1 Query Results JSON (.srj)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read expected results: {exc}", path) from None
    return from_json(data)


def from_json(data: Any) -> Results:
    """Results from a SPARQL 1.1 JSON results document."""
    rows = []
    for binding in data["results"]["bindings"]:
        row: dict[str, Term] = {}
        for name, cell in binding.items():
            kind = "literal" if cell["type"] in ("literal", "typed-literal") else cell["type"]
            datatype = cell.get("datatype")
            if datatype == _XSD + "string":
                datatype = None
            row[name] = (kind, cell["value"], datatype, cell.get("xml:lang"))
        rows.append(row)
    return Results(list(data["head"]["vars"]), rows)


def to_json(results: Results) -> str:
    bindings_out = []
    for row in results.rows:
        cells: dict[str, dict[str, str]] = {}
        for name, (kind, value, datatype, lang) in row.items():
            cell = {"type": kind, "value": value}
            if datatype:
                cell["datatype"] = datatype
            if lang:
                cell["xml:lang"] = lang
            cells[name] = cell
        bindings_out.append(cells)
    return json.dumps(
        {"head": {"vars": results.variables}, "results": {"bindings": bindings_out}},
        ensure_ascii=False,
        indent=2,
    )


def _plain(term: Term | None) -> str:
    return "" if term is None else term[1]


_LONGEST_FIRST = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))  # (sorted once)


def short_iri(value: str) -> str:
    for prefix, ns in _LONGEST_FIRST:
        if value.startswith(ns):
            return f"{prefix}:{value[len(ns) :]}"
    return value


def to_delimited(results: Results, delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(results.variables)
    for row in results.rows:
        writer.writerow([_plain(row.get(v)) for v in results.variables])
    return out.getvalue()


def to_table(results: Results) -> str:
    """A plain table: IRIs shortened, Arabic and English labels side by side as columns."""
    cells = [
        [
            short_iri(_plain(row.get(v))) if row.get(v, ("",))[0] == "uri" else _plain(row.get(v))
            for v in results.variables
        ]
        for row in results.rows
    ]
    widths = [max([len(v), *(len(r[i]) for r in cells)]) for i, v in enumerate(results.variables)]
    line = " | ".join(v.ljust(w) for v, w in zip(results.variables, widths, strict=True))
    rule = "-+-".join("-" * w for w in widths)
    body = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join([line, rule, *body, f"({len(cells)} row{'s' if len(cells) != 1 else ''})"])


FORMATTERS = {
    "table": to_table,
    "csv": lambda r: to_delimited(r, ","),
    "tsv": lambda r: to_delimited(r, "\t"),
    "json": to_json,
}


def qc_library(qc_dir: Path) -> list[LibraryQuery]:
    """The data-quality queries (queries/qc/*-violation.rq): each must return no rows.
    None at all is an error, not a pass."""
    paths = sorted(qc_dir.glob("*-violation.rq"))
    if not paths:
        raise InputError("no quality-control queries (*-violation.rq) found", qc_dir)
    return [read_query(p) for p in paths]


def run_qc(
    store: ox.Store,
    queries: list[LibraryQuery],
    default_graph: Sequence[ox.NamedNode] | None = None,
) -> dict[str, Results]:
    """The data-quality queries that return rows, with their rows (over the union of the
    store's graphs, or of `default_graph`)."""
    failures = {}
    for query in queries:
        results = run(store, query, default_graph=default_graph)
        if results.rows:
            failures[query.name] = results
    return failures


def run_remote(
    endpoint: Any,
    query: LibraryQuery,
    given: dict[str, str] | None = None,
    *,
    allow_service: bool = False,
) -> Results:
    """Run a library query at a remote SPARQL 1.1 endpoint (SPARQLWrapper), same bindings."""
    from .remote import conflict_kg_graphs, select

    check_query(query.text, query.path, allow_service=allow_service)
    text = with_bindings(query, bindings(query, given or {}))
    # Virtuoso's default graph is already the union of all its graphs, and Virtuoso 7.2 drops
    # rows from FILTER EXISTS with a property path when the dataset is given explicitly.
    graphs = None if endpoint.flavour == "virtuoso" else conflict_kg_graphs(endpoint)
    return from_json(select(endpoint, text, default_graphs=graphs))


def answer_from_store(
    store_dir: Path, query: LibraryQuery, given: dict[str, str], allow_service: bool = False
) -> tuple[Results, list[str]]:
    """Open the built store read-only and answer a query, with what it names that the
    store does not hold (see unknown_names). Meant to run in a child process
    (conflictkg.timelimit), so that it can be stopped."""
    from .store import open_store

    store = open_store(store_dir)
    results = run(store, query, given, allow_service=allow_service)
    return results, unknown_names(store, query, bindings(query, given))
