"""Build: ontology + gazetteer + reports -> checked -> the embedded store (atomically).

Outputs, written to a temporary folder and published only when all are complete, by one
atomic switch of the link build/current to the new version (a failure or a crash leaves the
previous build untouched; one build of a project runs at a time):
  store/         the embedded pyoxigraph store: one named graph per source
  graphs/        each named graph's triples as validated (see conflictkg.built)
  summary.json   what was built: graphs, triple counts, validation status
  UNVALIDATED    only when published without passing validation
each a link through build/current into build/.versions/<version>/. Files in other formats
are written from graphs/ by `conflictkg export`.

How the work is spread:
- reports are resolved and checked in batches, in worker processes (one per core), and
  their triples reach the store as they come, through its bulk loader in chunks of about
  CHUNK_BYTES (the memory a load needs stays bounded whatever the corpus);
- a report whose file and source text are unchanged is taken from the cache
  (.conflictkg-cache/, see conflictkg.cache), with its check outcome when the base, shapes
  and QC queries are unchanged too;
- when the base is the one the last build used, the store is not rebuilt: a checkpoint of
  it (hard links) has the graphs of changed reports replaced, and is swapped in;
- each report's share of the derived graph (voice, as-of, derived holdings) is derived
  with it in the workers and cached beside it; in a checkpoint only the changed reports'
  shares are replaced. Identity links, across reports, are worked out at the end from
  every report's cached fact nodes (conflictkg.corpus.derive).
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import itertools
import json
import multiprocessing
import os
import shutil
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .base import Base, code_digest, load_base
from .built import GRAPHS, graph_path
from .cache import ReportCache, checked_record, checked_results, fingerprint, write_whole
from .corpus.derive import Context, Part, links, report_part
from .errors import ConflictKGError, InputError, StoreError
from .namespaces import CKG, GRAPH_DERIVED, GRAPH_IDENTITY, report_graph
from .progress import QUIET, Progress
from .project import Project
from .rdfio import read_text
from .sources import NODE_KINDS, LoadedReport, check_report, load_report
from .validate import Checked, Checker, NotConformingError, ValidationReport, report_of_checks

DERIVED, IDENTITY = str(GRAPH_DERIVED), str(GRAPH_IDENTITY)
BATCH = 16  # reports a worker task resolves and checks together (one in-memory store)
IN_FLIGHT = 4  # batches queued per worker: enough to keep workers busy, bounded memory
CHUNK_BYTES = 48 * 1024 * 1024  # N-Quads handed to the store's bulk loader at once


_DRAFT = str(CKG.Draft)


class DraftsError(InputError):
    """Reports hold drafted facts (ckg:reviewStatus ckg:Draft) and drafts are not allowed."""


class QualityError(ConflictKGError):
    """A quality-control query (queries/qc/*-violation.rq) returned rows."""


@dataclass
class Assembled:
    """A project's graphs, resolved, in memory: for small-scale tools and tests."""

    base: Base
    reports: list[LoadedReport]

    @property
    def ontology(self) -> Graph:
        return self.base.ontology

    @property
    def graphs(self) -> dict[URIRef, Graph]:
        graphs = dict(self.base.graphs)
        for report in self.reports:
            graphs[report.graph_iri] = report.resolved
        return graphs


def assemble(project: Project, report_paths: list[Path] | None = None) -> Assembled:
    """Load and resolve everything (no checks, no cache); raise a ConflictKGError naming
    file and line on bad input."""
    base = load_base(project)
    reports = [load_report(p, project.root) for p in _report_paths(project, report_paths)]
    for report in reports:
        check_report(report, base.gazetteer, base.subjects, base.vocabulary)
    return Assembled(base, reports)


def _report_paths(project: Project, given: list[Path] | None) -> list[Path]:
    paths = project.report_files if given is None else given
    if not paths:
        raise InputError(
            "no report files to build",
            project.dataset.folder / "reports",
            hint="Add a report as reports/<name>.ttl in the dataset folder (data/ by default).",
        )
    return paths


# ------------------------------------------------------------------ processing reports
@dataclass
class Processed:
    """One report after resolution and checks (`report.ntriples` is empty unless the job
    keeps triples for it)."""

    report: LoadedReport
    fingerprint: str
    checked: Checked | None
    resolved_now: bool
    part: Part | None = None  # its share of the derived graph (conflictkg.corpus.derive)


@dataclass
class Job:
    project: Project
    base: Base
    checker: Checker | None
    cache: ReportCache
    keep_triples: bool  # send each report's triples back (to load them into a store)
    stored: dict[str, str] | None = None  # report -> fingerprint a store already holds
    context: Context | None = None  # derive each report's part with this base's hierarchy

    def part(self, processed: Processed) -> Part | None:
        """The report's share of the derived graph: cached, or derived now and cached."""
        if self.context is None:
            return None
        slug, fp = processed.report.slug, processed.fingerprint
        part = self.cache.part(slug, fp, self.base.digest, with_triples=self.keeps(slug, fp))
        if part is None:
            ntriples = processed.report.ntriples or self.cache.triples_of(slug)
            part = report_part(ntriples, self.context)
            self.cache.put_part(slug, fp, self.base.digest, part)
        return part

    def keeps(self, slug: str, fp: str) -> bool:
        return self.keep_triples and (self.stored is None or self.stored.get(slug) != fp)

    def outcome(self, record: dict[str, Any] | None) -> Checked | None:
        """A cached check outcome, if it was made with this base and engine."""
        if (
            self.checker is None
            or record is None
            or record.get("digest") != self.base.digest
            or record.get("engine") != self.checker.engine
        ):
            return None
        return Checked(checked_results(record), record["qc"])


_JOB: Job | None = None  # what worker processes inherit when they are forked


def _work(paths: list[Path]) -> list[Processed]:
    """Resolve (or take from the cache) and check a batch of reports. The batch makes many
    objects and no reference cycles: the cyclic garbage collector waits until it is done
    (it took a fifth of the time, going through the base and the shapes again and again)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _work_on(paths)
    finally:
        if collecting:
            gc.enable()


def _work_on(paths: list[Path]) -> list[Processed]:
    job = _JOB
    assert job is not None
    root = job.project.root
    out: list[Processed] = []
    for path in paths:
        data = read_text(path).encode("utf-8")
        entry = job.cache.lookup(path, root, data)
        if entry is None:
            report = load_report(path, root)
            fp = fingerprint(data, report.source_path.read_bytes())
            out.append(Processed(report, fp, None, True))
        else:
            report = entry.report
            checked = job.outcome(entry.checked)
            needs_check = job.checker is not None and checked is None
            if needs_check or job.keeps(report.slug, entry.fingerprint):
                report.ntriples = job.cache.ntriples(entry)
            out.append(Processed(report, entry.fingerprint, checked, False))
    to_check = [i for i, p in enumerate(out) if job.checker is not None and p.checked is None]
    if job.checker is not None and to_check:
        batch = [out[i].report for i in to_check]
        for i, outcome in zip(to_check, job.checker.check(batch), strict=True):
            out[i].checked = outcome
    checked_now = set(to_check)
    for i, processed in enumerate(out):
        if processed.resolved_now or i in checked_now:
            record = None
            if processed.checked is not None and job.checker is not None:
                record = checked_record(
                    job.base.digest,
                    job.checker.engine,
                    processed.checked.results,
                    processed.checked.qc,
                )
            job.cache.put(
                processed.report, root, processed.fingerprint, record, processed.resolved_now
            )
        processed.part = job.part(processed)
        processed.report.statements = None  # not needed past the checks
        if not job.keeps(processed.report.slug, processed.fingerprint):
            processed.report.ntriples = b""
    return out


def process(
    job: Job, paths: list[Path], workers: int | None, progress: Progress
) -> Iterator[Processed]:
    """Every report, in order: in worker processes when there are several batches and the
    platform can fork (workers inherit the base and the compiled shapes), else here. At
    most IN_FLIGHT batches a worker are queued, so results waiting to be loaded stay few."""
    global _JOB
    batches = [paths[i : i + BATCH] for i in range(0, len(paths), BATCH)]
    count = min(workers or os.cpu_count() or 1, len(batches))
    _JOB = job
    try:
        with progress.bar(len(paths), "reports") as advance:
            if count <= 1 or "fork" not in multiprocessing.get_all_start_methods():
                for batch in batches:
                    done = _work(batch)
                    advance(len(done))
                    yield from done
                return
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
                queued = iter(batches)
                pending = [
                    pool.submit(_work, b) for b in itertools.islice(queued, count * IN_FLIGHT)
                ]
                while pending:
                    done = pending.pop(0).result()
                    pending.extend(pool.submit(_work, b) for b in itertools.islice(queued, 1))
                    advance(len(done))
                    yield from done
    finally:
        _JOB = None


# ------------------------------------------------------------------ the store
class StoreWriter:
    """Named graphs into a pyoxigraph store: N-Quads gathered into chunks for the bulk
    loader (fast, and memory bounded by the chunk), or, for a few graphs into an existing
    store, replaced one transaction each."""

    def __init__(self, store: ox.Store, bulk: bool) -> None:
        self.store = store
        self.bulk = bulk
        self.chunk: list[bytes] = []
        self.size = 0

    def put(self, graph: URIRef, ntriples: bytes) -> None:
        if not self.bulk:
            name = ox.NamedNode(str(graph))
            self.store.remove_graph(name)
            self.store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=name)
            return
        # N-Triples lines end in " .\n", never inside a literal (newlines are escaped)
        self.chunk.append(ntriples.replace(b" .\n", f" <{graph}> .\n".encode()))
        self.size += len(ntriples)
        if self.size >= CHUNK_BYTES:
            self.flush()

    def drop(self, graph: str) -> None:
        self.store.remove_graph(ox.NamedNode(graph))

    def add(self, graph: str, ntriples: bytes) -> None:
        """Triples added to a graph of an existing store (one transaction)."""
        self.store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))

    def remove(self, graph: str, ntriples: bytes) -> None:
        """Triples taken out of a graph of an existing store."""
        name = ox.NamedNode(graph)
        for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES):
            self.store.remove(ox.Quad(t.subject, t.predicate, t.object, name))

    def flush(self) -> None:
        if self.chunk:
            data = b"".join(self.chunk)
            self.chunk, self.size = [], 0
            try:
                # lenient: every IRI was checked when it was parsed, or minted from checked ones
                self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
            except OSError as error:  # a full disk, say: the build stops, the last one stays
                raise StoreError(f"loading the store failed: {error}") from error


class _Derived:
    """The derived graph, report by report: each report's part appended to its file, and,
    in the store, a changed report's old part (derived again from the last build's copy of
    its graph: same base and code, so the same triples) replaced by its new one. When that
    copy cannot be read, the whole graph is reloaded from the file at the end."""

    def __init__(self, writer: StoreWriter, path: Path, last: Path, context: Context | None):
        self.writer, self.path, self.last, self.context = writer, path, last, context
        self.file = path.open("wb")
        self.triples = 0
        self.reload = False

    def write(self, part: Part, cached: Path, report: Path) -> None:
        """Append a report's part: its triples, or, read without them, its cached file
        (derived again from the report's cached graph if that file is not whole)."""
        data = part.ntriples
        lines = None
        if not data and part.triples:
            data = cached.read_bytes() if cached.is_file() else b""
            lines = data.count(b"\n")
            if lines != part.triples and self.context is not None:
                data = report_part(report.read_bytes(), self.context).ntriples
                write_whole(cached, data)
                lines = None
        self.file.write(data)
        self.triples += data.count(b"\n") if lines is None else lines  # (counted once)

    def replace(self, slug: str, part: Part, stored: bool) -> None:
        if self.writer.bulk:
            self.writer.put(GRAPH_DERIVED, part.ntriples)
            return
        if stored:
            self.remove(slug)
        if not self.reload:
            self.writer.add(DERIVED, part.ntriples)

    def remove(self, slug: str) -> None:
        if self.reload or self.context is None:
            return
        try:
            old = graph_path(self.last, str(report_graph(slug))).read_bytes()
        except OSError:
            self.reload = True  # from the file, once every part is in it
            return
        self.writer.remove(DERIVED, report_part(old, self.context).ntriples)

    def close(self) -> None:
        self.file.close()
        if self.reload:
            self.writer.drop(DERIVED)
            self.writer.store.load(
                path=str(self.path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(DERIVED)
            )
        if not self.triples:  # an empty graph is no graph (no file, no count)
            self.path.unlink()


@dataclass
class BuildResult:
    out_dir: Path
    validated: bool
    conforms: bool | None
    counts: dict[str, int] = field(default_factory=dict)
    reports: list[str] = field(default_factory=list)
    resolved: int = 0  # reports resolved anew (not from the cache)
    incremental: bool = False  # the store was updated in place
    drafts: list[str] = field(default_factory=list)  # reports published with drafts


def _previous(out: Path, digest: str) -> dict[str, str] | None:
    """The fingerprints of the reports the last build stored, if its store can be updated
    in place (same base, shapes and code)."""
    try:
        summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if summary.get("digest") != digest or not (out / "store" / "CURRENT").exists():
        return None
    fingerprints = summary.get("fingerprints")
    return fingerprints if isinstance(fingerprints, dict) else None


def build(
    project: Project,
    out_dir: Path | None = None,
    *,
    validate: bool = True,
    allow_invalid: bool = False,
    allow_drafts: bool = False,
    progress: Progress = QUIET,
    workers: int | None = None,
    engine: str = "compiled",
    incremental: bool = True,
) -> BuildResult:
    """Resolve and check every report, load the store, and publish it with its summary.
    Refuses non-conforming data unless `allow_invalid`, and reports holding drafts not yet
    reviewed (`conflictkg draft`) unless `allow_drafts` (then the output is marked)."""
    out = out_dir or project.build_dir
    try:
        with build_lock(project, progress):
            return _build(
                project,
                out,
                validate,
                allow_invalid,
                progress,
                workers,
                engine,
                incremental,
                allow_drafts,
            )
    except OSError as exc:  # a full disk, a folder that cannot be written
        raise StoreError(
            f"writing the build failed: {exc.strerror or exc}"
            + (f" ({exc.filename})" if exc.filename else ""),
            out,
            hint="Free some space or fix the permissions, then build again; the last build "
            "is intact.",
        ) from None


@contextlib.contextmanager
def build_lock(project: Project, progress: Progress) -> Iterator[None]:
    """One build of a project at a time (they share the cache and, usually, build/): a
    second waits for the first. Folders left by killed builds are cleaned up here."""
    project.cache_dir.mkdir(parents=True, exist_ok=True)
    with open(project.cache_dir / "build.lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            progress.say("waiting for another build of this project to finish")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove_leftovers(out: Path) -> None:
    """Temporary folders of builds that were killed (their process is gone)."""
    for left in [*out.parent.glob(f".{out.name}.tmp-*"), *out.glob(".old-*")]:
        pid = left.name.rsplit("-", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(left, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _build(
    project: Project,
    out: Path,
    validate: bool,
    allow_invalid: bool,
    progress: Progress,
    workers: int | None,
    engine: str,
    incremental: bool,
    allow_drafts: bool = False,
) -> BuildResult:
    _remove_leftovers(out)
    progress.say("loading the ontology and the gazetteer")
    base = load_base(project)
    paths = _report_paths(project, None)
    checker = Checker(project, base, engine) if validate else None
    cache = ReportCache(project.cache_dir, code_digest())
    previous = _previous(out, base.digest) if incremental else None
    # beside out/, not in it: a failed build leaves no trace there
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        graphs = tmp / GRAPHS
        (graphs / "reports").mkdir(parents=True)
        for name, data in base.ntriples.items():
            graph_path(tmp, str(name)).write_bytes(data)
        if previous is None:
            store = ox.Store(str(tmp / "store"))
            store.bulk_extend(base.quads)
        else:
            progress.say("updating the last build's store")
            # a checkpoint (hard links); read-only, so that the last build stays untouched
            ox.Store.read_only(str(out / "store")).backup(str(tmp / "store"))
            store = ox.Store(str(tmp / "store"))
        writer = StoreWriter(store, bulk=previous is None)
        job = Job(
            project,
            base,
            checker,
            cache,
            keep_triples=True,
            stored=previous,
            context=Context.of(base.quads),
        )
        fingerprints: dict[str, str] = {}
        counts = {str(name): _count(data) for name, data in base.ntriples.items()}
        checks: dict[str, Checked] = {}
        nodes = dict.fromkeys(NODE_KINDS, 0)
        resolved = 0
        infos: dict[str, LoadedReport] = {}
        parts: dict[str, Part] = {}  # without their triples: what identity needs
        derived = _Derived(writer, graph_path(tmp, DERIVED), out, job.context)
        for processed in process(job, paths, workers, progress):
            report, part = processed.report, processed.part
            assert part is not None
            check_report(report, base.gazetteer, base.subjects, base.vocabulary)
            if job.keeps(report.slug, processed.fingerprint):  # not in the store yet
                writer.put(report.graph_iri, report.ntriples)
                derived.replace(report.slug, part, stored=report.slug in (previous or {}))
            derived.write(part, cache.part_path(report.slug), cache.triples_path(report.slug))
            report.ntriples = b""
            parts[report.slug] = Part(b"", part.facts, part.matchable, part.triples)
            _link(cache.triples_path(report.slug), graph_path(tmp, str(report.graph_iri)))
            fingerprints[report.slug] = processed.fingerprint
            counts[str(report.graph_iri)] = report.triples
            resolved += processed.resolved_now
            infos[report.slug] = report
            for kind, n in report.nodes.items():
                nodes[kind] += n
            if processed.checked is not None:
                checks[report.slug] = processed.checked
        drafted = sorted(slug for slug, r in infos.items() if _DRAFT in r.terms)
        if drafted and not allow_drafts:
            raise DraftsError(
                f"{len(drafted)} report(s) hold drafted facts not yet reviewed: "
                + ", ".join(drafted),
                project.dataset.folder / "reports",
                hint="Review them (`conflictkg review REPORT`), or build with --allow-drafts "
                "(the output is then marked).",
            )
        for slug in sorted(set(previous or {}) - set(fingerprints)):
            writer.drop(str(report_graph(slug)))
            derived.remove(slug)
        progress.say("linking the accounts of the same event across reports (identity)")
        derived.close()
        if derived.triples:
            counts[DERIVED] = derived.triples
        identity = links(parts, project.identity_files)
        writer.drop(IDENTITY)
        writer.flush()
        if identity:  # an empty graph is no graph (no file, no count)
            graph_path(tmp, IDENTITY).write_bytes(
                ox.serialize(identity, format=ox.RdfFormat.N_TRIPLES) or b""
            )
            graph = ox.NamedNode(IDENTITY)
            store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in identity)
            counts[IDENTITY] = len(identity)

        conforms: bool | None = None
        if checker is not None:
            outcome = report_of_checks(checks, infos, base, checker.program, cache.triples_of)
            conforms = outcome.conforms
            if not allow_invalid and outcome.violations:
                raise NotConformingError(outcome)
            if not allow_invalid and outcome.qc:
                raise QualityError(
                    f"quality-control queries found problems: {outcome.qc_summary()}",
                    project.queries_dir / "qc",
                )
        changed = None if previous is None else _changed(previous, fingerprints)
        _verify(store, counts, changed=None if changed is None else changed | {IDENTITY})
        if previous is None:
            progress.say("optimising the store")
            store.optimize()
        store.flush()
        del store, writer

        summary: dict[str, Any] = {
            "dataset": project.dataset_name,
            "reports": sorted(fingerprints),
            "validated": validate,
            "engine": engine if validate else None,
            "conforms": conforms,
            "nodes": nodes,
            "graphs": dict(sorted(counts.items())),
            "triples": sum(counts.values()),
            "digest": base.digest,
            "fingerprints": dict(sorted(fingerprints.items())),
        }
        if not validate or conforms is False:
            summary["warning"] = "UNVALIDATED: published without passing SHACL validation"
        if drafted:
            summary["drafts"] = drafted
            summary["warning"] = (
                summary.get("warning", "UNVALIDATED") + "; published with drafted facts not "
                "yet reviewed in " + ", ".join(drafted)
            )
        _publish(tmp, out, summary)
        return BuildResult(
            out,
            validate,
            conforms,
            counts,
            sorted(fingerprints),
            resolved,
            previous is not None,
            drafted,
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _count(ntriples: bytes) -> int:
    return ntriples.count(b"\n")


def _changed(previous: dict[str, str], now: dict[str, str]) -> set[str]:
    return {str(report_graph(s)) for s, fp in now.items() if previous.get(s) != fp}


def _verify(store: ox.Store, counts: dict[str, int], changed: set[str] | None) -> None:
    """The store holds what was built: as many quads in all, or, after an update in place,
    as many triples in each graph that changed."""
    for name in sorted(changed or ()):
        held = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(name)))
        if held != counts.get(name, 0):
            raise StoreError(
                f"the store holds {held} triples in <{name}>, {counts.get(name, 0)} were built"
            )
    total = len(store) if changed is None else None
    if total is not None and total != sum(counts.values()):
        raise StoreError(f"the store holds {total} quads but {sum(counts.values())} were built")


def _link(source: Path, target: Path) -> None:
    """A hard link (the cache's file is replaced, never changed, when a report changes),
    or a copy where the file system has none."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


PUBLISHED = ("store", GRAPHS, "summary.json")
VERSIONS = ".versions"


def _publish(tmp: Path, out: Path, summary: dict[str, Any]) -> None:
    """Write the summary next to the new store and graphs, then publish them in one atomic
    step: the folder becomes a version under out/.versions/, and the symbolic link
    out/current is switched to it with one rename. out/store, out/graphs, out/summary.json
    are fixed links through out/current; out/UNVALIDATED is a link too, present only while
    the build served is unvalidated (made before the switch, removed after it, so that it
    never names a validated build). A crash at any point leaves the last build or the new
    one, whole; the version before is kept for readers that still have it open."""
    (tmp / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
    if "warning" in summary:
        (tmp / "UNVALIDATED").write_text(summary["warning"] + "\n")
    versions = out / VERSIONS
    versions.mkdir(parents=True, exist_ok=True)
    name = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    os.rename(tmp, versions / name)
    switch = out / f".current-{os.getpid()}"
    switch.unlink(missing_ok=True)
    os.symlink(f"{VERSIONS}/{name}", switch)
    previous = os.readlink(out / "current") if (out / "current").is_symlink() else None
    unvalidated = (versions / name / "UNVALIDATED").exists()
    if unvalidated:
        _fixed_link(out / "UNVALIDATED", "current/UNVALIDATED")
    os.replace(switch, out / "current")  # the one atomic switch
    if not unvalidated:
        (out / "UNVALIDATED").unlink(missing_ok=True)
    for fixed in PUBLISHED:
        _fixed_link(out / fixed, f"current/{fixed}")
    keep = {name, *([previous.rsplit("/", 1)[-1]] if previous else [])}
    for old in versions.iterdir():
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)


def _fixed_link(path: Path, target: str) -> None:
    """`path` as a symbolic link to `target`, replacing what an older layout left there."""
    if path.is_symlink() and os.readlink(path) == target:
        return
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    link = path.with_name(f".{path.name}.link-{os.getpid()}")
    link.unlink(missing_ok=True)
    os.symlink(target, link)
    os.replace(link, path)


def check_reports(
    project: Project,
    report_paths: list[Path] | None = None,
    *,
    engine: str = "compiled",
    workers: int | None = None,
    progress: Progress = QUIET,
) -> ValidationReport:
    """Check report files (default: all of the project's) without building."""
    base = load_base(project)
    checker = Checker(project, base, engine)
    cache = ReportCache(project.cache_dir, code_digest())
    job = Job(project, base, checker, cache, keep_triples=False)
    checks: dict[str, Checked] = {}
    infos: dict[str, LoadedReport] = {}
    for processed in process(job, _report_paths(project, report_paths), workers, progress):
        check_report(processed.report, base.gazetteer, base.subjects, base.vocabulary)
        infos[processed.report.slug] = processed.report
        assert processed.checked is not None
        checks[processed.report.slug] = processed.checked
    return report_of_checks(checks, infos, base, checker.program, cache.triples_of)
