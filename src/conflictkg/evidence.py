"""Evidence: resolve each quote an encoder wrote to a Web Annotation with offsets.

Offsets count Unicode code points (Python string indices) into the source text, which is
kept byte for byte; UTF-16 or byte offsets would differ on Arabic. The Web Annotation
model leaves "character" loosely defined, so we say which one we use.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, URIRef
from rdflib.namespace import XSD

from .arabic import fold
from .errors import EvidenceError
from .namespaces import CKG, OA, annotation_iri, ox_iri
from .rdfio import SourceLocator
from .triples import Statement, Term, TripleIndex

CONTEXT = 32  # code points of prefix and suffix kept with each quote

_EVIDENCE, _QUOTE, _OCCURRENCE, _ATTESTS = (
    ox_iri(CKG.evidence),
    ox_iri(CKG.quote),
    ox_iri(CKG.occurrence),
    ox_iri(CKG.attests),
)
_COUNT = f"^^<{XSD.nonNegativeInteger}>"
_COUNT_TYPE = ox_iri(XSD.nonNegativeInteger)
_TYPE = ox_iri(RDF.type)
_EVIDENCE_PROPERTIES = frozenset(t.value for t in (_QUOTE, _OCCURRENCE, _ATTESTS))
_EVIDENCE_CLASS, _ANNOTATION_CLASS, _SPECIFIC, _BY_QUOTE, _BY_POSITION = (
    ox_iri(CKG.Evidence),
    ox_iri(OA.Annotation),
    ox_iri(OA.SpecificResource),
    ox_iri(OA.TextQuoteSelector),
    ox_iri(OA.TextPositionSelector),
)
_HAS_BODY, _HAS_TARGET, _HAS_SOURCE, _HAS_SELECTOR = (
    ox_iri(OA.hasBody),
    ox_iri(OA.hasTarget),
    ox_iri(OA.hasSource),
    ox_iri(OA.hasSelector),
)
_EXACT, _PREFIX, _SUFFIX, _START, _END = (
    ox_iri(OA.exact),
    ox_iri(OA.prefix),
    ox_iri(OA.suffix),
    ox_iri(OA.start),
    ox_iri(OA.end),
)
# The annotation's triples, as N-Triples lines with its IRI, the subject and the literals
# filled in ({ann} without angle brackets).
_ANNOTATION_LINES = (
    f"{{subject}} <{CKG.evidence}> <{{ann}}> .\n"
    f"<{{ann}}> <{RDF.type}> <{CKG.Evidence}> .\n"
    f"<{{ann}}> <{RDF.type}> <{OA.Annotation}> .\n"
    f"<{{ann}}> <{OA.hasBody}> {{subject}} .\n"
    f"<{{ann}}> <{OA.hasTarget}> <{{ann}}/target> .\n"
    f"<{{ann}}/target> <{RDF.type}> <{OA.SpecificResource}> .\n"
    f"<{{ann}}/target> <{OA.hasSource}> {{source}} .\n"
    f"<{{ann}}/target> <{OA.hasSelector}> <{{ann}}/quote> .\n"
    f"<{{ann}}/target> <{OA.hasSelector}> <{{ann}}/position> .\n"
    f"<{{ann}}/quote> <{RDF.type}> <{OA.TextQuoteSelector}> .\n"
    f"<{{ann}}/quote> <{OA.exact}> {{exact}} .\n"
    f"<{{ann}}/quote> <{OA.prefix}> {{prefix}} .\n"
    f"<{{ann}}/quote> <{OA.suffix}> {{suffix}} .\n"
    f"<{{ann}}/position> <{RDF.type}> <{OA.TextPositionSelector}> .\n"
    f'<{{ann}}/position> <{OA.start}> "{{start}}"{_COUNT} .\n'
    f'<{{ann}}/position> <{OA.end}> "{{end}}"{_COUNT} .\n'
)


def nt_string(value: str) -> str:
    """A plain string literal in N-Triples syntax."""
    if "\\" in value or '"' in value or "\n" in value or "\r" in value:
        value = (
            value.replace("\\", "\\\\")
            .replace('"', '\\"')
            .replace("\n", "\\n")
            .replace("\r", "\\r")
        )
    return f'"{value}"'


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def find_quote(text: str, quote: str) -> list[Span]:
    """Every place the quote occurs in the text (overlapping occurrences included)."""
    spans: list[Span] = []
    start = text.find(quote)
    while start >= 0:
        spans.append(Span(start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spans


def source_line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _near_match(text: str, quote: str) -> str:
    """A hint when a quote only matches after folding hamza, ta marbuta and the like."""
    folded_quote = fold(quote)
    if not folded_quote:
        return ""
    for number, line in enumerate(text.splitlines(), 1):
        folded = fold(line)
        if folded_quote in folded:
            return (
                f" The source has it at line {number} with other spellings (hamza, alef maqsura, "
                "ta marbuta or diacritics); copy the words exactly as printed."
            )
    return ""


def _node_line(locator: SourceLocator, node: ox.NamedNode) -> int | None:
    """Where a node is written (looked up only to report an error: it scans the file)."""
    return locator.line_of_node(URIRef(node.value))


def _quote_line(locator: SourceLocator, quote: str, node: ox.NamedNode) -> int | None:
    return (
        locator.line_of_text(f'"{quote}"')
        or locator.line_of_text(f"'{quote}'")
        or _node_line(locator, node)
    )


def resolve_evidence(
    triples: TripleIndex,
    *,
    report_slug: str,
    source: ox.NamedNode,
    text: str,
    locator: SourceLocator,
    source_name: str,
) -> tuple[list[Statement], dict[str, Annotation]]:
    """Every `ckg:evidence [ ckg:quote ... ]` turned into an annotation IRI with a
    TextQuoteSelector and a TextPositionSelector on `source`: (the statements other than the
    evidence nodes as written, each annotation by its IRI)."""
    pairs = triples.subject_objects(_EVIDENCE)
    evidence_nodes = {node for _, node in pairs}
    kept = [t for t in triples if t[0] not in evidence_nodes and t[1] != _EVIDENCE]
    annotations: dict[str, Annotation] = {}

    for subject, node in sorted(pairs, key=lambda t: t[0].value):
        if not isinstance(subject, ox.NamedNode):
            raise EvidenceError(
                "evidence is attached to a blank node",
                locator.path,
                None,
                hint="Give the node an IRI: evidence must point at something others can cite.",
            )
        if not isinstance(node, ox.BlankNode):
            raise EvidenceError(
                f'the evidence of <{subject.value}> must be written as [ ckg:quote "…" ]',
                locator.path,
                _node_line(locator, subject),
            )
        extra = sorted({p.value for p, _ in triples.predicate_objects(node)} - _EVIDENCE_PROPERTIES)
        if extra:
            raise EvidenceError(
                f"an evidence of <{subject.value}> states {', '.join(f'<{p}>' for p in extra)}, "
                "which evidence does not keep",
                locator.path,
                _node_line(locator, subject),
                hint="An evidence [ … ] holds ckg:quote, and ckg:occurrence or ckg:attests if "
                "needed; state anything else on the fact itself.",
            )
        quotes = triples.objects(node, _QUOTE)
        if len(quotes) != 1 or not quotes[0].value.strip():
            raise EvidenceError(
                f"an evidence of <{subject.value}> has {len(quotes)} ckg:quote values, not one non-empty quote",
                locator.path,
                _node_line(locator, subject),
                hint="Each [ … ] evidence holds exactly one quote; add more [ … ] for more quotes.",
            )
        quote = quotes[0].value
        spans = find_quote(text, quote)
        if not spans:
            raise EvidenceError(
                f"the quote «{quote}» of <{subject.value}> does not occur in {source_name}."
                + _near_match(text, quote),
                locator.path,
                _quote_line(locator, quote, subject),
                hint="Evidence must be the exact words of the source text.",
            )
        occurrence = triples.value(node, _OCCURRENCE)
        if occurrence is None:
            if len(spans) > 1:
                where = ", ".join(str(source_line(text, s.start)) for s in spans)
                raise EvidenceError(
                    f"the quote «{quote}» of <{subject.value}> occurs {len(spans)} times in "
                    f"{source_name} (lines {where})",
                    locator.path,
                    _quote_line(locator, quote, subject),
                    hint="Lengthen the quote until it is unique, or add ckg:occurrence N.",
                )
            span = spans[0]
        else:
            index = int(occurrence.value)
            if not 1 <= index <= len(spans):
                raise EvidenceError(
                    f"ckg:occurrence {index} of the quote «{quote}» of <{subject.value}>, but it "
                    f"occurs {len(spans)} time(s)",
                    locator.path,
                    _quote_line(locator, quote, subject),
                )
            span = spans[index - 1]
        attests = triples.objects(node, _ATTESTS)
        ann = annotation_iri(report_slug, URIRef(subject.value), span.start, span.end)
        if ann in annotations:  # the same words again: only what else they attest is new
            annotations[ann].attest(attests)
        else:
            annotations[ann] = Annotation(ann, subject, source, text, quote, span, attests)
    return kept, annotations


class Annotation:
    """The Web Annotation of one quote (the annotation, its target and its two selectors),
    as N-Triples text for the store and as statements for the checks. Thousands a report:
    the text is filled into a template, the terms are made once an annotation."""

    def __init__(
        self,
        iri: str,
        subject: ox.NamedNode,
        source: ox.NamedNode,
        text: str,
        quote: str,
        span: Span,
        attests: list[Term],
    ) -> None:
        prefix, suffix = (
            text[max(0, span.start - CONTEXT) : span.start],
            text[span.end : span.end + CONTEXT],
        )
        self.text = _ANNOTATION_LINES.format(
            subject=f"<{subject.value}>",
            ann=iri,
            source=f"<{source.value}>",
            exact=nt_string(quote),
            prefix=nt_string(prefix),
            suffix=nt_string(suffix),
            start=span.start,
            end=span.end,
        )
        self.iri = ann = ox.NamedNode(iri)
        target = ox.NamedNode(f"{iri}/target")
        by_quote = ox.NamedNode(f"{iri}/quote")
        by_position = ox.NamedNode(f"{iri}/position")
        start = ox.Literal(str(span.start), datatype=_COUNT_TYPE)
        end = ox.Literal(str(span.end), datatype=_COUNT_TYPE)
        self.statements: list[Statement] = [
            (subject, _EVIDENCE, ann),
            (ann, _TYPE, _EVIDENCE_CLASS),
            (ann, _TYPE, _ANNOTATION_CLASS),
            (ann, _HAS_BODY, subject),
            (ann, _HAS_TARGET, target),
            (target, _TYPE, _SPECIFIC),
            (target, _HAS_SOURCE, source),
            (target, _HAS_SELECTOR, by_quote),
            (target, _HAS_SELECTOR, by_position),
            (by_quote, _TYPE, _BY_QUOTE),
            (by_quote, _EXACT, ox.Literal(quote)),
            (by_quote, _PREFIX, ox.Literal(prefix)),
            (by_quote, _SUFFIX, ox.Literal(suffix)),
            (by_position, _TYPE, _BY_POSITION),
            (by_position, _START, start),
            (by_position, _END, end),
        ]
        self.attests: list[Term] = []
        self.attest(attests)

    def attest(self, attests: list[Term]) -> None:
        for attested in attests:
            if attested not in self.attests:
                self.attests.append(attested)
                self.text += f"<{self.iri.value}> <{CKG.attests}> {attested} .\n"
                self.statements.append((self.iri, _ATTESTS, attested))
