"""The build cache: each report's resolved triples and check outcome, kept by content.

    .conflictkg-cache/reports/<report>.nt    the report's named graph, sorted N-Triples
    .conflictkg-cache/reports/<report>.json  what identifies it, and its check outcome
    .conflictkg-cache/reports/<report>.derived.nt    its share of the derived graph
    .conflictkg-cache/reports/<report>.derived.json  what identifies that share, its fact nodes
    .conflictkg-cache/base.json              the ontology and gazetteer (conflictkg.base)

An entry's triples stand while the report file and its source text are byte for byte the
same (SHA-256 of both) and the code is the same; its check outcome and its share of the
derived graph stand while, in addition, the base, the shapes and the QC queries are
(Base.digest) and, for the outcome, the engine is. The
cache lives beside build/, not in it: a failed build writes nothing to build/, yet what it
resolved before failing is not lost. Entries are written whole (temporary file, then
rename); a damaged entry is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .corpus.derive import Part
from .shacl import Result
from .sources import LoadedReport

FORMAT = 1  # bump when the entry layout changes


@dataclass
class Entry:
    """A cached report: the resolved report without its triples, and how it was checked."""

    report: LoadedReport
    fingerprint: str  # of the report file and its source text
    code: str  # digest of the code that resolved it
    checked: dict[str, Any] | None  # {"digest", "engine", "results", "qc"}
    ntriples_path: Path


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(report_bytes: bytes, source_bytes: bytes) -> str:
    return sha256(sha256(report_bytes).encode() + sha256(source_bytes).encode())


def write_whole(path: Path, data: bytes) -> None:
    """Write a cache file whole, or not at all: a temporary file beside it, then a rename
    (readers never see part of it, and a failed write leaves no temporary file)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class ReportCache:
    def __init__(self, directory: Path, code: str) -> None:
        self.directory = directory / "reports"
        self.code = code

    def _paths(self, slug: str) -> tuple[Path, Path]:
        return self.directory / f"{slug}.json", self.directory / f"{slug}.nt"

    def lookup(self, path: Path, root: Path, report_bytes: bytes) -> Entry | None:
        """The entry of the report file `path` (whose bytes are given), if its file and
        source text are as they were when it was cached, with the present code."""
        slug = path.name.removesuffix(".ttl")
        meta_path, nt_path = self._paths(slug)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            source_path = root / meta["source"]
            if meta.get("format") != FORMAT or meta.get("code") != self.code:
                return None
            now = fingerprint(report_bytes, source_path.read_bytes())
            if meta.get("fingerprint") != now or not nt_path.is_file():
                return None
            report = LoadedReport(
                path=path,
                slug=slug,
                iri=meta["iri"],
                source_path=source_path,
                ntriples=b"",
                described=frozenset(meta["described"]),
                redefined=frozenset(meta["redefined"]),
                borrowed=frozenset(meta["borrowed"]),
                nodes=meta["nodes"],
                triples=meta["triples"],
                terms=frozenset(meta["terms"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent, damaged or stale: resolve the report again
        return Entry(report, now, self.code, meta.get("checked"), nt_path)

    def part_path(self, slug: str) -> Path:
        """Where a report's share of the derived graph is cached (N-Triples)."""
        return self.directory / f"{slug}.derived.nt"

    def part(
        self, slug: str, fingerprint_now: str, digest: str, with_triples: bool = True
    ) -> Part | None:
        """The report's share of the derived graph, if it was derived from this version of
        the report with this base (its triples read only when asked for)."""
        try:
            record = json.loads((self.directory / f"{slug}.derived.json").read_bytes())
            if record.get("key") != [FORMAT, self.code, fingerprint_now, digest]:
                return None
            path = self.part_path(slug)
            ntriples = path.read_bytes() if with_triples else b""
            if not path.is_file() or (with_triples and ntriples.count(b"\n") != record["triples"]):
                return None
            return Part.from_record(record, ntriples)
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None  # absent, damaged or stale: derive it again

    def put_part(self, slug: str, fingerprint_now: str, digest: str, part: Part) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        write_whole(self.part_path(slug), part.ntriples)
        record = {"key": [FORMAT, self.code, fingerprint_now, digest], **part.record()}
        write_whole(
            self.directory / f"{slug}.derived.json",
            json.dumps(record, ensure_ascii=False).encode("utf-8"),
        )

    def triples_path(self, slug: str) -> Path:
        """Where the triples of a report are cached (every resolved report has them)."""
        return self._paths(slug)[1]

    def triples_of(self, slug: str) -> bytes:
        return self.triples_path(slug).read_bytes()

    def ntriples(self, entry: Entry) -> bytes:
        return entry.ntriples_path.read_bytes()

    def put(
        self,
        report: LoadedReport,
        root: Path,
        fingerprint_now: str,
        checked: dict[str, Any] | None,
        write_triples: bool,
    ) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        meta_path, nt_path = self._paths(report.slug)
        if write_triples:
            write_whole(nt_path, report.ntriples)
        meta = {
            "format": FORMAT,
            "fingerprint": fingerprint_now,
            "code": self.code,
            "iri": report.iri,
            "source": str(report.source_path.relative_to(root)),
            "described": sorted(report.described),
            "redefined": sorted(report.redefined),
            "borrowed": sorted(report.borrowed),
            "nodes": report.nodes,
            "triples": report.triples,
            "terms": sorted(report.terms),
            "checked": checked,
        }
        write_whole(meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))


def checked_record(
    digest: str, engine: str, results: list[Result], qc: dict[str, Any]
) -> dict[str, Any]:
    return {
        "digest": digest,
        "engine": engine,
        "results": [r.__dict__ for r in results],
        "qc": qc,
    }


def checked_results(record: dict[str, Any]) -> list[Result]:
    return [Result(**r) for r in record["results"]]
