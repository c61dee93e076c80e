"""`conflictkg serve`: a read-only SPARQL endpoint on 127.0.0.1, guarded.

A request is served only when
- its Host header names this server (127.0.0.1, localhost or [::1] with its port): a web
  page elsewhere cannot drive it through the browser (DNS rebinding, simple cross-origin
  requests);
- it reads: GET or POST to /query, GET to / and /store; any update or upload is answered
  405, the store is read-only;
- its query passes conflictkg.sparqlcheck (length, nesting, no SERVICE);
- a place is free: at most `workers` queries run at once, others wait a moment, then get 503.

Queries run in worker processes (conflictkg.web.engine) that are killed when a query runs
past `timeout` seconds; an answer larger than `max_bytes` is refused whole (413), never cut.
Workers answer from the store that the build folder holds now: a new `conflictkg build` is
picked up at the next request.
"""

from __future__ import annotations

import signal
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from ..errors import InputError
from ..sparqlcheck import MAX_QUERY_CHARS, check_query
from .engine import Engine, Job, store_identity, text_answer
from .workspace import Workspace

MAX_BODY = 4 * MAX_QUERY_CHARS + 4096  # a form-encoded query of the longest accepted length
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


@dataclass
class ServeSettings:
    store: Path  # the build's store folder (followed to each new build)
    root: Path | None = None  # the project: its source texts and questions (the workspace)
    queries: Path | None = None  # the question library the workspace offers
    port: int = 7878
    timeout: float = 30.0  # seconds a query may run
    max_bytes: int = 64 * 1024 * 1024  # the largest answer sent
    workers: int = 4  # queries at once
    warm: bool = True  # answer the workspace's questions in the background after each build
    hosts: frozenset[str] = field(default_factory=frozenset)  # extra names to answer to

    def allowed_hosts(self) -> frozenset[str]:
        names = set(LOOPBACK_NAMES) | set(self.hosts)
        allowed = {f"{name}:{self.port}" for name in names}
        if self.port == 80:
            allowed |= names
        return frozenset(allowed)


class Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class Front(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        self.allowed = settings.allowed_hosts()
        super().__init__(("127.0.0.1", settings.port), Handler)
        self.engine: Engine | None = None
        self.workspace = (
            Workspace(settings.root, settings.store, settings.queries, lambda: self.engine)
            if settings.root is not None and settings.queries is not None
            else None
        )

    def start_engine(self) -> None:
        self.engine = Engine(
            self.settings.store,
            self.settings.workers,
            self.settings.timeout,
            self.settings.max_bytes,
        )
        if self.workspace is not None and self.settings.warm:
            self.workspace.start_warming()


class Handler(BaseHTTPRequestHandler):
    server: Front
    protocol_version = "HTTP/1.1"
    server_version = "conflict-kg"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the terminal shows the URL and errors only

    def _serve(self) -> None:
        try:
            self._check_host()
            url = urlsplit(self.path)
            if url.path not in ("/query", "/store", "/update") and self.server.workspace:
                if self.command not in ("GET", "HEAD"):
                    raise Refused(405, f"{self.command} is not served here (read-only).")
                reply = self.server.workspace.handle(url.path, url.query)
                self._send(reply.status, reply.content_type, reply.body)
                return
            job = self._read_request()
            if job is None:
                self._send(200, "text/plain; charset=utf-8", PAGE)
                return
            assert self.server.engine is not None
            reply = self.server.engine.run(job)
            self._send(reply.status, reply.content_type, reply.body)
        except Refused as refused:
            reply = text_answer(refused.status, refused.message)
            self._send(reply.status, reply.content_type, reply.body)

    # every method goes through one gate
    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _serve

    def _check_host(self) -> None:
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.server.allowed:
            raise Refused(
                403,
                f"this server answers only to {', '.join(sorted(self.server.allowed))}, "
                f"not to the host «{host[:100]}».",
            )

    def _read_request(self) -> Job | None:
        """The job a request asks for (None: the query page), or Refused."""
        url = urlsplit(self.path)
        reads = self.command in ("GET", "HEAD") or (self.command == "POST" and url.path == "/query")
        if url.path == "/update" or (url.path == "/store" and not reads):
            raise Refused(405, "this conflict-kg server is read-only: nothing can be written.")
        if url.path not in ("/", "/query", "/store"):
            raise Refused(404, f"nothing at {url.path[:200]}.")
        if not reads:
            raise Refused(405, f"{self.command} is not served here (read-only).")
        body = b""
        if self.command == "POST":
            if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                raise Refused(411, "send the query with a Content-Length.")
            try:
                length = int(self.headers.get("Content-Length") or "0")
            except ValueError:
                raise Refused(400, "a bad Content-Length.") from None
            if length < 0 or length > MAX_BODY:
                raise Refused(413, f"the request body is over {MAX_BODY:,} bytes.")
            body = self.rfile.read(length)
        params = self._params(url.query, body)
        accept = self.headers.get("Accept") or ""
        if url.path == "/":
            return None
        if url.path == "/store":
            graphs = params.get("graph", [])
            if "default" in params:
                return Job(accept=accept, graph="")
            if len(graphs) != 1 or not graphs[0].startswith(("http://", "https://", "urn:")):
                raise Refused(400, "name one graph: /store?graph=IRI or /store?default.")
            return Job(accept=accept, graph=graphs[0])
        texts = params.get("query", [])
        if len(texts) != 1:
            raise Refused(400, "give exactly one query (a query parameter or the body).")
        try:
            check_query(texts[0], "the request")
        except InputError as exc:
            raise Refused(400, str(exc)) from None
        return Job(
            query=texts[0],
            accept=accept,
            default_graphs=tuple(params.get("default-graph-uri", [])),
            named_graphs=tuple(params.get("named-graph-uri", [])),
        )

    def _params(self, query_string: str, body: bytes) -> dict[str, list[str]]:
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            params = parse_qs(query_string, errors="strict", max_num_fields=100)
            if self.command == "POST" and kind == "application/sparql-query":
                params.setdefault("query", []).append(body.decode("utf-8"))
            elif self.command == "POST" and body:
                for name, values in parse_qs(
                    body.decode("ascii"), errors="strict", max_num_fields=100
                ).items():
                    params.setdefault(name, []).extend(values)
        except (UnicodeDecodeError, ValueError):
            raise Refused(400, "the request is not valid UTF-8 / URL encoding.") from None
        for iri in [*params.get("default-graph-uri", []), *params.get("named-graph-uri", [])]:
            if not iri.startswith(("http://", "https://", "urn:")) or any(c in iri for c in "<> "):
                raise Refused(400, f"«{iri[:100]}» is not a graph IRI.")
        return params

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if status == 405:
            self.send_header("Allow", "GET, HEAD, POST")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def open_front(settings: ServeSettings) -> Front:
    """The listening front with its workers, or a clear error when its port cannot be had
    or there is no build to serve (nothing started then)."""
    if store_identity(settings.store) is None:
        raise InputError(
            "no built store here", settings.store, hint="Run `conflictkg build` first."
        )
    try:
        front = Front(settings)
    except PermissionError:
        raise InputError(
            f"port {settings.port} needs privileges this user does not have",
            hint="Choose a port from 1024 to 65535 with --port.",
        ) from None
    except OSError as exc:
        raise InputError(
            f"port {settings.port} on 127.0.0.1 cannot be used: {exc.strerror or exc}",
            hint="Another program (or another `conflictkg serve`) holds it; choose another "
            "with --port.",
        ) from None
    front.start_engine()
    return front


def serve_forever(front: Front) -> None:
    """Answer requests until interrupted (Ctrl-C or SIGTERM); the workers go with it."""

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        front.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        if front.workspace is not None:
            front.workspace.stop.set()
        front.server_close()
        if front.engine is not None:
            front.engine.close()


# The workspace's pages load scripts only from this server (no inline script); styles may
# be set inline (the map and timeline libraries position their elements so).
CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

PAGE = b"conflict-kg: a read-only SPARQL endpoint at /query (the workspace is served by `conflictkg serve`).\n"
