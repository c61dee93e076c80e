"""Names of the gazetteer's actors and places found in Arabic text.

Every Arabic label of an actor or a place (rdfs:label, skos:altLabel; skos:hiddenLabel for
the metonyms a state is named by, «واشنطن») is a name. A name is found in a sentence word
by word on folded text (hamza forms, alef maqsura, ta marbuta, diacritics, tatweel:
conflictkg.arabic.fold), with the clitics Arabic writes on the first word taken off (و ف,
then ب ل ك, and «لل» for ل + the article) and the article optional; spacing slips inside a
name («الولاياتالمتحدة») are caught by also trying the name's words run together. The
longest name wins where names overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from ..arabic import fold
from ..namespaces import CKG

_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u0640\u064B-\u0652\w]+")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    iri: str
    kind: str  # actor | place
    metonym: bool  # named by a metonym («واشنطن» for the United States)
    broad: bool = False  # a country or a river: what a pronoun hardly refers to


def forms(word: str) -> set[str]:
    """The folded forms a written word may stand for, its clitics taken off."""
    out = {word}
    stems = {word}
    if len(word) > 3 and word[0] in "وف":
        stems.add(word[1:])
    for stem in list(stems):
        if len(stem) > 3 and stem.startswith("لل"):
            stems.add("ال" + stem[2:])
        if len(stem) > 3 and stem[0] in "بلك":
            stems.add(stem[1:])
    for stem in stems:
        out.add(stem)
        if stem.startswith("ال") and len(stem) > 4:
            out.add(stem[2:])
    return out


@dataclass
class Lexicon:
    names: dict[tuple[str, ...], tuple[str, str, bool]]  # folded words -> (iri, kind, metonym)
    longest: int
    broad: frozenset[str] = frozenset()  # countries and rivers

    @classmethod
    def from_graph(cls, gazetteer: Graph) -> Lexicon:
        names: dict[tuple[str, ...], tuple[str, str, bool]] = {}
        for subject in set(gazetteer.subjects(RDF.type, None)):
            if not isinstance(subject, URIRef):
                continue
            iri = str(subject)
            kind = "actor" if "/id/actor/" in iri else "place" if "/id/place/" in iri else ""
            if not kind:
                continue
            for prop, metonym in (
                (RDFS.label, False),
                (SKOS.altLabel, False),
                (SKOS.hiddenLabel, True),
            ):
                for label in gazetteer.objects(subject, prop):
                    if isinstance(label, Literal) and label.language == "ar":
                        cls._add(names, str(label), (iri, kind, metonym))
        broad = frozenset(
            str(s) for kind in (CKG.Country, CKG.River) for s in gazetteer.subjects(RDF.type, kind)
        )
        return cls(names, max((len(k) for k in names), default=1), broad)

    @staticmethod
    def _add(
        names: dict[tuple[str, ...], tuple[str, str, bool]],
        label: str,
        entry: tuple[str, str, bool],
    ) -> None:
        words = tuple(fold(label).split())
        if not words:
            return
        variants = {words}
        if words[0].startswith("ال") and len(words[0]) > 4:
            variants.add((words[0][2:], *words[1:]))
        if len(words) > 1:
            variants.add(("".join(words),))  # a spacing slip
        for variant in variants:
            names.setdefault(variant, entry)

    def find(self, text: str) -> list[Mention]:
        """Every name in `text`, longest first where they overlap, in text order."""
        words = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
        found: list[Mention] = []
        i = 0
        while i < len(words):
            match = self._match_at(words, i)
            if match is None:
                i += 1
                continue
            length, (iri, kind, metonym) = match
            start, end = words[i][0], words[i + length - 1][1]
            found.append(
                Mention(start, end, text[start:end], iri, kind, metonym, iri in self.broad)
            )
            i += length
        return found

    def _match_at(
        self, words: list[tuple[int, int, str]], i: int
    ) -> tuple[int, tuple[str, str, bool]] | None:
        for length in range(min(self.longest, len(words) - i), 0, -1):
            rest = tuple(w for _, _, w in words[i + 1 : i + length])
            for first in forms(words[i][2]):
                entry = self.names.get((first, *rest))
                if entry is not None:
                    return length, entry
        return None


def lexicon_of(graphs: Iterable[Graph]) -> Lexicon:
    union = Graph()
    for graph in graphs:
        union += graph
    return Lexicon.from_graph(union)


def unknown_names(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Capitalised-name stand-ins Arabic does not have: runs after «مدينة», «بلدة», «قضاء»,
    «محافظة» that no gazetteer name covers, proposed as new places for review."""
    covered = [(m.start, m.end) for m in lexicon.find(text)]
    out = []
    for match in re.finditer(
        r"(?:مدينة|بلدة|قضاء|محافظة|حقل)\s+([\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?)", text
    ):
        start, end = match.span(1)
        if not any(s < end and start < e for s, e in covered):
            out.append((start, end, match.group(1)))
    return out
