"""Answering queries in worker processes that can be stopped.

Oxigraph cannot cancel a query: its server's `--timeout-s` did not stop a COUNT over a
cartesian product (measured: still running after 10 minutes, one core each), and abandoned
queries piled up until the server answered nothing. Here each query runs in one of a few
worker processes (forked, each with the store open read-only); a query that overruns is
stopped by killing its worker, and a new worker takes its place. A worker reopens the store
when a new build has been published.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import queue
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any, cast

import pyoxigraph as ox

# result formats by media type: (pyoxigraph format, the Content-Type sent)
RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPHS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}


@dataclass(frozen=True)
class Job:
    """A query (or a graph to read whole, when `graph` is set) and how to answer it."""

    query: str = ""
    accept: str = ""
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    graph: str | None = None  # Graph Store Protocol GET: an IRI, or "" for the default graph


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: bytes


class TooLarge(Exception):
    pass


class _Capped(io.RawIOBase):
    """A byte sink that refuses to grow past `limit` (the answer is refused, never cut)."""

    def __init__(self, limit: int) -> None:
        self.limit, self.parts, self.size = limit, [], 0  # type: ignore[var-annotated]

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.size += len(chunk)
        if self.size > self.limit:
            raise TooLarge
        self.parts.append(chunk)
        return len(chunk)

    def value(self) -> bytes:
        return b"".join(self.parts)


def _choose(accept: str, offered: dict[str, Any], default: str) -> tuple[str, Any] | None:
    """The first media type of an Accept header that is offered (q-values ignored)."""
    for item in accept.split(","):
        media = item.split(";")[0].strip().lower()
        if media in offered:
            return media, offered[media]
        if media in ("*/*", "", "application/*", "text/*"):
            return default, offered[default]
    return None


STOPPING = "the server is stopping."


def text_answer(status: int, message: str) -> Answer:
    """A plain-text answer: an error or a refusal, in one sentence."""
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode())


def answer(store: ox.Store, job: Job, limit: int) -> Answer:
    """Run one job on the store, serialised in the format asked for, at most `limit` bytes."""
    capped = _Capped(limit)
    sink = cast(IO[bytes], capped)
    try:
        if job.graph is not None:
            chosen = _choose(job.accept, GRAPHS, "application/n-triples")
            if chosen is None or chosen[1] in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
                return text_answer(
                    406, "graphs are served as N-Triples, Turtle, RDF/XML or JSON-LD."
                )
            name = ox.NamedNode(job.graph) if job.graph else ox.DefaultGraph()
            triples = (
                ox.Triple(q.subject, q.predicate, q.object)
                for q in store.quads_for_pattern(None, None, None, name)
            )
            ox.serialize(triples, sink, chosen[1])
            return Answer(200, chosen[0] + "; charset=utf-8", capped.value())
        options: dict[str, Any] = {}
        if job.default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        elif not _has_from(job.query):
            options["use_default_graph_as_union"] = True
        if job.named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
        result = store.query(job.query, **options)
        if isinstance(result, ox.QueryTriples):
            chosen = _choose(job.accept, GRAPHS, "application/n-triples")
            if chosen is None or chosen[1] in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
                return text_answer(406, "graph results are N-Triples, Turtle, RDF/XML or JSON-LD.")
            result.serialize(sink, chosen[1])
        else:
            chosen = _choose(job.accept, RESULTS, "application/sparql-results+json")
            if chosen is None:
                return text_answer(406, "results are SPARQL JSON, XML, CSV or TSV.")
            result.serialize(sink, chosen[1])
        return Answer(200, chosen[0] + "; charset=utf-8", capped.value())
    except TooLarge:
        return text_answer(
            413, f"the answer is larger than {limit // (1024 * 1024)} MB; add a LIMIT or narrow it."
        )
    except SyntaxError as exc:
        return text_answer(400, f"SPARQL syntax error: {str(exc).splitlines()[0]}")
    except (OSError, ValueError) as exc:
        return text_answer(
            500, f"the query failed: {str(exc).splitlines()[0] if str(exc) else exc}"
        )


def _has_from(query: str) -> bool:
    from ..query import from_graphs

    return bool(from_graphs(query))


def store_identity(store: Path) -> tuple[str, int] | None:
    """Which build a store path shows now (its real folder and inode), or None when none."""
    try:
        real = os.path.realpath(store)
        if not os.path.exists(os.path.join(real, "CURRENT")):
            return None
        return real, os.stat(real).st_ino
    except OSError:
        return None


def _serve_jobs(conn: Connection, store_path: Path, limit: int) -> None:
    """A worker: answer jobs from the pipe until it closes, on the build published now."""
    opened: tuple[tuple[str, int], ox.Store] | None = None
    while True:
        try:
            job: Job = conn.recv()
        except EOFError:
            return
        identity = store_identity(store_path)
        if identity is None:
            conn.send(text_answer(503, "no built store: run `conflictkg build`."))
            continue
        if opened is None or opened[0] != identity:
            opened = (identity, ox.Store.read_only(identity[0]))
        conn.send(answer(opened[1], job, limit))


def _context() -> Any:
    """Workers are started from a server thread: through a fork server where there is one
    (a fork from a threaded process can inherit a lock held by another thread)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class Worker:
    def __init__(self, store: Path, limit: int) -> None:
        context = _context()
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve_jobs, args=(child, store, limit), daemon=True)
        self.process.start()
        child.close()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class Engine:
    """A pool of workers; `run` gives a job to a free one and waits at most `timeout`."""

    def __init__(self, store: Path, workers: int, timeout: float, limit: int) -> None:
        self.store, self.timeout, self.limit = store, timeout, limit
        self.free: queue.Queue[Worker] = queue.Queue()
        self.lock = threading.Lock()  # guards `all` and `closed`
        self.all: list[Worker] = []
        self.closed = False
        for _ in range(workers):
            self._add()

    def _add(self) -> None:
        """A new worker, unless the engine is closed: started under the lock, so that `close`
        stops every worker there will be (a worker started after it would keep the process
        from exiting, its pipe held open)."""
        with self.lock:
            if self.closed:
                return
            worker = Worker(self.store, self.limit)
            self.all.append(worker)
        self.free.put(worker)

    def _replace(self, worker: Worker) -> None:
        """Stop a worker that timed out or died and start another. Whoever takes a worker
        out of `all` stops it: here, or `close` when it came first."""
        with self.lock:
            mine = worker in self.all
            if mine:
                self.all.remove(worker)
        if mine:
            worker.stop()
            self._add()

    def run(self, job: Job, wait: float = 1.0) -> Answer:
        if self.closed:
            return text_answer(503, STOPPING)
        try:
            worker = self.free.get(timeout=wait)
        except queue.Empty:
            return text_answer(503, f"{len(self.all)} queries are running; try again shortly.")
        if self.closed:  # a worker `close` has stopped
            return text_answer(503, STOPPING)
        try:
            worker.conn.send(job)
            if not worker.conn.poll(self.timeout):
                self._replace(worker)
                return text_answer(503, f"the query was stopped after {self.timeout:g} s.")
            reply: Answer = worker.conn.recv()
        except (EOFError, OSError):  # the worker died (a crash in the engine), or was stopped
            self._replace(worker)
            if self.closed:
                return text_answer(503, STOPPING)
            return text_answer(502, "the query engine failed on this query.")
        self.free.put(worker)
        return reply

    def close(self) -> None:
        """Stop every worker; from now on `run` answers 503 and no worker is started."""
        with self.lock:
            self.closed = True
            workers, self.all = self.all, []
        for worker in workers:
            worker.stop()
