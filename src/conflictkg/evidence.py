"""Evidence: resolve each quote an encoder wrote to a Web Annotation with offsets.

Offsets count Unicode code points (Python string indices) into the source text, which is
kept byte for byte; UTF-16 or byte offsets would differ on Arabic. The Web Annotation
model leaves "character" loosely defined, so we say which one we use.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from .arabic import fold
from .errors import EvidenceError
from .namespaces import CKG, OA, annotation_iri
from .rdfio import SourceLocator

CONTEXT = 32  # code points of prefix and suffix kept with each quote


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


def resolve_evidence(
    graph: Graph,
    *,
    report_slug: str,
    source: URIRef,
    text: str,
    locator: SourceLocator,
    source_name: str,
) -> Graph:
    """A copy of `graph` in which every `ckg:evidence [ ckg:quote ... ]` is an annotation IRI
    with a TextQuoteSelector and a TextPositionSelector on `source`."""
    evidence_nodes = set(graph.objects(None, CKG.evidence))
    out = Graph()
    for triple in graph:
        if triple[0] in evidence_nodes or (triple[1] == CKG.evidence):
            continue
        out.add(triple)

    for subject, node in sorted(graph.subject_objects(CKG.evidence), key=lambda t: str(t[0])):
        line = locator.line_of_node(subject) if isinstance(subject, URIRef) else None
        if not isinstance(subject, URIRef):
            raise EvidenceError(
                "evidence is attached to a blank node",
                locator.path,
                None,
                hint="Give the node an IRI: evidence must point at something others can cite.",
            )
        if not isinstance(node, BNode):
            raise EvidenceError(
                f'the evidence of <{subject}> must be written as [ ckg:quote "…" ]',
                locator.path,
                line,
            )
        quotes = list(graph.objects(node, CKG.quote))
        if len(quotes) != 1 or not str(quotes[0]).strip():
            raise EvidenceError(
                f"an evidence of <{subject}> has {len(quotes)} ckg:quote values, not one non-empty quote",
                locator.path,
                line,
                hint="Each [ … ] evidence holds exactly one quote; add more [ … ] for more quotes.",
            )
        quote = str(quotes[0])
        quote_line = (
            locator.line_of_text(f'"{quote}"') or locator.line_of_text(f"'{quote}'") or line
        )
        spans = find_quote(text, quote)
        if not spans:
            raise EvidenceError(
                f"the quote «{quote}» of <{subject}> does not occur in {source_name}."
                + _near_match(text, quote),
                locator.path,
                quote_line,
                hint="Evidence must be the exact words of the source text.",
            )
        occurrence = graph.value(node, CKG.occurrence)
        if occurrence is None:
            if len(spans) > 1:
                where = ", ".join(str(source_line(text, s.start)) for s in spans)
                raise EvidenceError(
                    f"the quote «{quote}» of <{subject}> occurs {len(spans)} times in "
                    f"{source_name} (lines {where})",
                    locator.path,
                    quote_line,
                    hint="Lengthen the quote until it is unique, or add ckg:occurrence N.",
                )
            span = spans[0]
        else:
            index = int(str(occurrence))
            if not 1 <= index <= len(spans):
                raise EvidenceError(
                    f"ckg:occurrence {index} of the quote «{quote}» of <{subject}>, but it occurs "
                    f"{len(spans)} time(s)",
                    locator.path,
                    quote_line,
                )
            span = spans[index - 1]

        ann = annotation_iri(report_slug, subject, span.start, span.end)
        target = URIRef(f"{ann}/target")
        by_quote = URIRef(f"{ann}/quote")
        by_position = URIRef(f"{ann}/position")
        out.add((subject, CKG.evidence, ann))
        out.add((ann, RDF.type, CKG.Evidence))
        out.add((ann, RDF.type, OA.Annotation))
        out.add((ann, OA.hasBody, subject))
        out.add((ann, OA.hasTarget, target))
        for attested in graph.objects(node, CKG.attests):
            out.add((ann, CKG.attests, attested))
        out.add((target, RDF.type, OA.SpecificResource))
        out.add((target, OA.hasSource, source))
        out.add((target, OA.hasSelector, by_quote))
        out.add((target, OA.hasSelector, by_position))
        out.add((by_quote, RDF.type, OA.TextQuoteSelector))
        out.add((by_quote, OA.exact, Literal(quote)))
        out.add((by_quote, OA.prefix, Literal(text[max(0, span.start - CONTEXT) : span.start])))
        out.add((by_quote, OA.suffix, Literal(text[span.end : span.end + CONTEXT])))
        out.add((by_position, RDF.type, OA.TextPositionSelector))
        out.add((by_position, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
        out.add((by_position, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))
    return out
