"""An in-memory index over the statements of one file, for the resolver.

Resolving a report is a few lookups per node (its evidence, its stamps, its value nodes);
an index from subject and from predicate answers them without an RDF library's graph
machinery, which cost more than the resolution itself. Statements are plain tuples of
pyoxigraph terms: reading a term off a pyoxigraph Triple builds a new object each time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Subject = ox.NamedNode | ox.BlankNode
Statement = tuple[Subject, ox.NamedNode, Term]


class TripleIndex:
    """Statements by subject and by predicate, each once, in the order they were added."""

    def __init__(self, statements: Iterable[Statement] = (), *, unique: bool = False) -> None:
        """`unique`: the statements are known to hold no duplicates (sorted N-Triples lines),
        so none is looked for."""
        self._statements: dict[Statement, None] = {}  # insertion-ordered set
        self._by_subject: dict[Term, dict[ox.NamedNode, list[Term]]] = {}
        self._by_predicate: dict[ox.NamedNode, list[tuple[Subject, Term]]] = {}
        self._by_predicate_object: dict[tuple[ox.NamedNode, Term], list[Subject]] = {}
        for statement in statements:
            if unique:
                self._statements[statement] = None
                self._index(statement)
            else:
                self.add(statement)

    def add(self, statement: Statement) -> None:
        if statement in self._statements:
            return
        self._statements[statement] = None
        self._index(statement)

    def _index(self, statement: Statement) -> None:
        s, p, o = statement
        by_predicate = self._by_subject.get(s)
        if by_predicate is None:
            self._by_subject[s] = {p: [o]}
        elif p in by_predicate:
            by_predicate[p].append(o)
        else:
            by_predicate[p] = [o]
        pairs = self._by_predicate.get(p)
        if pairs is None:
            self._by_predicate[p] = [(s, o)]
        else:
            pairs.append((s, o))
        subjects = self._by_predicate_object.get((p, o))
        if subjects is None:
            self._by_predicate_object[(p, o)] = [s]
        else:
            subjects.append(s)

    def __iter__(self) -> Iterator[Statement]:
        return iter(self._statements)

    def __len__(self) -> int:
        return len(self._statements)

    def describes(self, subject: Term) -> bool:
        return subject in self._by_subject

    def described(self) -> set[Term]:
        return set(self._by_subject)

    def objects(self, subject: Term, predicate: ox.NamedNode) -> list[Term]:
        by_predicate = self._by_subject.get(subject)
        return list(by_predicate.get(predicate, ())) if by_predicate else []

    def value(self, subject: Term, predicate: ox.NamedNode) -> Term | None:
        by_predicate = self._by_subject.get(subject)
        found = by_predicate.get(predicate) if by_predicate else None
        return found[0] if found else None

    def predicate_objects(self, subject: Term) -> Iterator[tuple[ox.NamedNode, Term]]:
        for predicate, objects in self._by_subject.get(subject, {}).items():
            for obj in objects:
                yield predicate, obj

    def subject_objects(self, predicate: ox.NamedNode) -> list[tuple[Subject, Term]]:
        return list(self._by_predicate.get(predicate, ()))

    def subjects(self, predicate: ox.NamedNode, obj: Term | None = None) -> list[Subject]:
        if obj is None:
            return [s for s, _ in self._by_predicate.get(predicate, ())]
        return list(self._by_predicate_object.get((predicate, obj), ()))

    def holders(self, obj: Term) -> list[Subject]:
        """The subjects that have `obj` as a value (a scan: for reporting, not for loops)."""
        return [s for s, _, o in self._statements if o == obj]


class Layered:
    """One index read over another (a report over the gazetteer and the ontology): the
    lower one is looked at only for the nodes it describes."""

    def __init__(self, top: TripleIndex, under: TripleIndex) -> None:
        self.top, self.under = top, under

    def objects(self, subject: Term, predicate: ox.NamedNode) -> list[Term]:
        found = self.top.objects(subject, predicate)
        if self.under.describes(subject):
            found += [o for o in self.under.objects(subject, predicate) if o not in found]
        return found

    def subjects(self, predicate: ox.NamedNode, obj: Term) -> list[Subject]:
        found = self.top.subjects(predicate, obj)
        return found + [s for s in self.under.subjects(predicate, obj) if s not in found]

    def subject_objects(self, predicate: ox.NamedNode) -> list[tuple[Subject, Term]]:
        found = self.top.subject_objects(predicate)
        seen = set(found)
        return found + [pair for pair in self.under.subject_objects(predicate) if pair not in seen]
