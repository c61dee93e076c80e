"""`conflictkg new-report`: a new report's text in the data's sources, and its file's header.

The text is copied byte for byte (the evidence offsets count into it) after checks: UTF-8,
not empty, Arabic, no control characters, not already in the sources under any name. The
report file gets its report node (agency, date, dateline when the text opens with a
gazetteer place and a colon, «بيروت:»), its source node with the text's SHA-256, and the
prefixes a report uses; the facts come from `conflictkg draft` or the analyst.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from ..rdfio import NOT_IN_XML
from .mentions import Lexicon

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ARABIC = re.compile(r"[\u0621-\u064A]")


@dataclass(frozen=True)
class Header:
    slug: str
    source_path: str  # relative to the project root
    sha256: str
    agency: str  # an IRI
    date: dt.date
    dateline: str | None  # a place IRI
    dateline_quote: str | None


def read_source(path: Path) -> str:
    """The text of a report to be, refused with the reason if it cannot be one."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the text: {exc.strerror or exc}", path) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"the text is not UTF-8 (byte {exc.start} is not valid)",
            path,
            hint="Save the report as UTF-8 and try again.",
        ) from None
    if not text.strip():
        raise InputError("the text is empty", path)
    bad = NOT_IN_XML.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        raise InputError(
            f"the text holds a control character (U+{ord(bad.group()):04X})", path, line
        )
    if len(ARABIC.findall(text)) < max(20, len(text.strip()) // 4):
        raise InputError("the text is not Arabic (a report's text is the Arabic original)", path)
    return text


def header_for(
    text: str, slug: str, source_path: str, agency: str, date: dt.date, lexicon: Lexicon
) -> Header:
    dateline = quote = None
    first = text.lstrip().split("\n", 1)[0]
    opening = re.match(r"^\s*([^:\n]{2,40}):", first)
    if opening is not None:
        places = []
        # (a name that is also an everyday word, read as a place after a preposition: «مسقط:»,
        # Muscat, and «مسقط رأسه», his birthplace)
        found = lexicon.find(opening.group(1)) or lexicon.find("في " + opening.group(1))
        for m in found:
            # (or a state named by its capital, the city named in full in the gazetteer:
            # «أنقرة:»)
            city = m.iri if m.kind == "place" else lexicon.city_a_state_is_named_by(m)
            if city is not None:
                places.append(replace(m, iri=city, kind="place", metonym=False))
        if len(places) == 1 and places[0].text == opening.group(1).strip():
            dateline, quote = places[0].iri, opening.group(1).strip() + ":"
            if dateline in lexicon.countries:
                # (a dateline is a city: a country's name there, «تونس:», «الكويت:», stands
                # for its capital, where the gazetteer has one)
                dateline = lexicon.seat_of(dateline) or dateline
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Header(slug, source_path, digest, agency, date, dateline, quote)


def check_slug(slug: str) -> None:
    if not SLUG.match(slug) or len(slug) > 80:
        raise InputError(
            f"«{slug}» is not a report name",
            hint="Use lower-case letters, digits and hyphens: agency-2017-11-19-place.",
        )


def new_report(
    source: Path,
    slug: str,
    root: Path,
    sources_dir: Path,
    reports_dir: Path,
    agency: str,
    date: dt.date,
    lexicon: Lexicon,
) -> tuple[Path, Path]:
    """Copy the text into `sources_dir` and write the report's header into `reports_dir`:
    (the text, the report file). Nothing is written when a check fails."""
    check_slug(slug)
    text = read_source(source)
    target_text = sources_dir / f"{slug}.ar.txt"
    target_report = reports_dir / f"{slug}.ttl"
    for target in (target_text, target_report):
        if target.exists():
            raise InputError(f"{target.name} exists already", target, hint="Choose another --slug.")
    data = text.encode("utf-8")
    for other in sorted(sources_dir.glob("*.txt")) if sources_dir.is_dir() else []:
        if other.read_bytes() == data:
            raise InputError("this text is in the sources already", other)
    relative = target_text.resolve().relative_to(root.resolve()).as_posix()
    header = header_for(text, slug, relative, agency, date, lexicon)
    sources_dir.mkdir(parents=True, exist_ok=True)
    reports_dir.mkdir(parents=True, exist_ok=True)
    target_text.write_bytes(data)
    try:
        target_report.write_text(render_header(header), encoding="utf-8")
    except OSError:
        target_text.unlink(missing_ok=True)
        raise
    return target_text, target_report


PREFIXES = """@prefix ckg:     <https://w3id.org/conflict-kg/ontology#> .
@prefix actor:   <https://w3id.org/conflict-kg/id/actor/> .
@prefix place:   <https://w3id.org/conflict-kg/id/place/> .
@prefix ra:      <https://w3id.org/conflict-kg/id/actor/{slug}/> .
@prefix rp:      <https://w3id.org/conflict-kg/id/place/{slug}/> .
@prefix ev:      <https://w3id.org/conflict-kg/id/event/{slug}/> .
@prefix sit:     <https://w3id.org/conflict-kg/id/situation/{slug}/> .
@prefix rel:     <https://w3id.org/conflict-kg/id/relation/{slug}/> .
@prefix claim:   <https://w3id.org/conflict-kg/id/claim/{slug}/> .
@prefix report:  <https://w3id.org/conflict-kg/id/report/> .
@prefix source:  <https://w3id.org/conflict-kg/id/source/> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
"""


def render_header(header: Header) -> str:
    """The report file's head: prefixes, the report node and the source node."""
    lines = [
        f"# Report {header.slug}. Source: {header.source_path} (kept byte for byte).",
        "# Facts below are the analyst's, or drafts (ckg:reviewStatus ckg:Draft) to review.",
        PREFIXES.format(slug=header.slug),
        f"report:{header.slug} a ckg:Report ;",
        '    dcterms:language "ar" ;',
        f"    prov:wasAttributedTo <{header.agency}> ;",
        f"    ckg:sourceText source:{header.slug} ;",
    ]
    if header.dateline is not None:
        lines.append(f"    ckg:dateline <{header.dateline}> ;")
    lines.append(f'    ckg:reportDate "{header.date.isoformat()}"^^xsd:date')
    if header.dateline_quote is not None:
        lines[-1] += " ;"
        lines.append(
            f"    ckg:evidence [ ckg:quote {_literal(header.dateline_quote)} ; ckg:attests ckg:dateline ]"
        )
    lines[-1] += " ."
    lines += [
        "",
        f"source:{header.slug} a ckg:SourceText ;",
        f"    ckg:sourcePath {_literal(header.source_path)} ;",
        f'    ckg:sha256 "{header.sha256}" .',
        "",
    ]
    return "\n".join(lines)


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'
