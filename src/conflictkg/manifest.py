"""The query manifest (queries/manifest.ttl, W3C mf:QueryEvaluationTest style): each entry
names a query, its expected result (.srj), optional parameter values, and the paragraphs
of the report it covers. `check` runs every entry and compares the answers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from .errors import InputError
from .query import LibraryQuery, Results, read_query, read_srj, run
from .rdfio import parse_turtle

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
CKGT = Namespace("https://w3id.org/conflict-kg/test#")


@dataclass
class Entry:
    iri: URIRef
    name: str
    comment: str
    query: LibraryQuery
    expected_path: Path
    params: dict[str, str] = field(default_factory=dict)
    paragraphs: list[int] = field(default_factory=list)


@dataclass
class Outcome:
    entry: Entry
    expected: Results
    actual: Results

    @property
    def passed(self) -> bool:
        if self.entry.query.ordered:
            return self.expected.sequence() == self.actual.sequence()
        return self.expected.bag() == self.actual.bag()

    def diff(self) -> str:
        missing = self.expected.bag() - self.actual.bag()
        extra = self.actual.bag() - self.expected.bag()
        lines = [f"  missing: {dict(row)}" for row in missing] + [
            f"  unexpected: {dict(row)}" for row in extra
        ]
        if not lines:
            lines.append("  same rows, different order")
        return "\n".join(lines)


def read_manifest(path: Path) -> list[Entry]:
    graph: Graph = parse_turtle(path)
    manifests = list(graph.subjects(RDF.type, MF.Manifest))
    if len(manifests) != 1:
        raise InputError("the manifest must hold exactly one mf:Manifest", path)
    head = graph.value(manifests[0], MF.entries)
    entries: list[Entry] = []
    for iri in Collection(graph, head) if head is not None else []:
        action = graph.value(iri, MF.action)
        query_iri = graph.value(action, QT.query) if action is not None else None
        result_iri = graph.value(iri, MF.result)
        if query_iri is None or result_iri is None:
            raise InputError(f"manifest entry <{iri}> lacks mf:action/qt:query or mf:result", path)
        params = {
            str(graph.value(b, CKGT.name)): str(graph.value(b, CKGT.value))
            for b in graph.objects(iri, CKGT.binding)
        }
        entries.append(
            Entry(
                iri=iri,  # type: ignore[arg-type]
                name=str(graph.value(iri, MF.name)),
                comment=str(graph.value(iri, RDFS.comment) or ""),
                query=read_query(Path(str(query_iri).removeprefix("file://"))),
                expected_path=Path(str(result_iri).removeprefix("file://")),
                params=params,
                paragraphs=sorted(int(str(p)) for p in graph.objects(iri, CKGT.paragraph)),
            )
        )
    if not entries:
        raise InputError(
            "the manifest lists no entries", path, hint="A check must have something to check."
        )
    return entries


def read_dataset(path: Path) -> dict[str, str]:
    """The reports the expected answers were worked out on (ckgt:dataset on the manifest):
    report name -> SHA-256 of its file."""
    graph: Graph = parse_turtle(path)
    dataset: dict[str, str] = {}
    for manifest in graph.subjects(RDF.type, MF.Manifest):
        for node in graph.objects(manifest, CKGT.dataset):
            name, digest = graph.value(node, CKGT.report), graph.value(node, CKGT.sha256)
            if name is None or digest is None:
                raise InputError("a ckgt:dataset entry needs ckgt:report and ckgt:sha256", path)
            dataset[str(name)] = str(digest)
    return dataset


def report_digests(report_files: list[Path]) -> dict[str, str]:
    return {
        p.name.removesuffix(".ttl"): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in report_files
    }


def dataset_note(expected: dict[str, str], present: dict[str, str]) -> str | None:
    """What differs between the reports the expected answers belong to and the project's
    reports now, in words (None when they are the same): answers checked against the
    expectations of other data fail for that reason, not because a query is wrong."""
    if not expected or expected == present:
        return None
    added = sorted(set(present) - set(expected))
    removed = sorted(set(expected) - set(present))
    changed = sorted(r for r in set(expected) & set(present) if expected[r] != present[r])
    parts = [
        f"{label} {', '.join(names)}"
        for label, names in (("added:", added), ("removed:", removed), ("changed:", changed))
        if names
    ]
    return (
        f"the expected answers were worked out on {len(expected)} report(s) "
        f"({', '.join(sorted(expected))}); the project's reports differ ({'; '.join(parts)}). "
        "Answers that differ from the expectations may come from that, not from a wrong query."
    )


def manifests(queries_dir: Path) -> list[Path]:
    """Every manifest of a library of questions: queries/manifest.ttl (the seed's expected
    answers) and one a folder for other datasets (queries/corpus/manifest.ttl)."""
    found = [queries_dir / "manifest.ttl"] if (queries_dir / "manifest.ttl").is_file() else []
    return found + sorted(queries_dir.glob("*/manifest.ttl"))


def select_manifest(candidates: list[Path], present: dict[str, str]) -> tuple[Path, str | None]:
    """The manifest whose expected answers were worked out on the reports `present` (name ->
    SHA-256), and a note in words when none was worked out on exactly these: the one that
    shares the most reports is taken, and the note says which were added, removed or changed."""
    if not candidates:
        raise InputError("no manifest of competency questions (queries/manifest.ttl)")
    scored = []
    for path in candidates:
        expected = read_dataset(path)
        same_names = set(expected) == set(present)
        overlap = len(set(expected) & set(present)) - len(set(expected) ^ set(present))
        scored.append((expected == present, same_names, overlap, -candidates.index(path), path))
    *_, best = max(scored)
    return best, dataset_note(read_dataset(best), present)


def check(store: ox.Store, manifest: Path) -> list[Outcome]:
    """Run every manifest entry against the store."""
    return [
        Outcome(entry, read_srj(entry.expected_path), run(store, entry.query, entry.params))
        for entry in read_manifest(manifest)
    ]
