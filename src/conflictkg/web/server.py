"""`conflictkg serve`: a read-only SPARQL endpoint on 127.0.0.1, guarded.

A request is served only when
- its Host header names this server (127.0.0.1, localhost or [::1] with its port): a web
  page elsewhere cannot drive it through the browser (DNS rebinding, simple cross-origin
  requests);
- it reads: GET or POST to /query, GET to / and /store; any update or upload is answered
  405, the store is read-only;
- its query passes conflictkg.sparqlcheck (length, nesting, no SERVICE);
- a place is free: at most `workers` queries run at once, others wait a moment, then get 503.

The Oxigraph backend stops each query after `timeout` seconds, and an answer larger than
`max_bytes` is refused whole (413), never cut. The backend runs on the store that the build
folder holds now: a new `conflictkg build` is picked up at the next request.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from ..errors import ConflictKGError, InputError, StoreError
from ..sparqlcheck import MAX_QUERY_CHARS, check_query

MAX_BODY = 4 * MAX_QUERY_CHARS + 4096  # a form-encoded query of the longest accepted length
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
FORWARDED_HEADERS = ("Accept", "Content-Type")


@dataclass
class ServeSettings:
    store: Path  # the build's store folder (followed to each new build)
    binary: str  # the oxigraph server
    port: int = 7878
    timeout: float = 30.0  # seconds a query may run
    max_bytes: int = 64 * 1024 * 1024  # the largest answer sent
    workers: int = 4  # queries at once
    hosts: frozenset[str] = field(default_factory=frozenset)  # extra names to answer to

    def allowed_hosts(self) -> frozenset[str]:
        names = set(LOOPBACK_NAMES) | set(self.hosts)
        allowed = {f"{name}:{self.port}" for name in names}
        if self.port == 80:
            allowed |= names
        return frozenset(allowed)


def _store_identity(store: Path) -> tuple[str, int] | None:
    """Which build a store path shows now (its real folder and inode), or None when none."""
    try:
        real = os.path.realpath(store)
        if not os.path.exists(os.path.join(real, "CURRENT")):
            return None
        return real, os.stat(real).st_ino
    except OSError:
        return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Backend:
    """The Oxigraph server behind the front, started on the build served now."""

    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        self.lock = threading.Lock()
        self.process: subprocess.Popen[bytes] | None = None
        self.identity: tuple[str, int] | None = None
        self.port = 0

    def current(self) -> int:
        """The backend's port, after (re)starting it on a new build or after a crash."""
        identity = _store_identity(self.settings.store)
        if identity is None:
            raise StoreError(
                "no built store", self.settings.store, hint="Run `conflictkg build` first."
            )
        with self.lock:
            alive = self.process is not None and self.process.poll() is None
            if not alive or identity != self.identity:
                self._stop()
                self._start(identity)
            return self.port

    def _start(self, identity: tuple[str, int]) -> None:
        port = _free_port()
        command = [
            self.settings.binary,
            "serve-read-only",
            "--location",
            identity[0],
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
            "--timeout-s",
            str(max(1, round(self.settings.timeout))),
        ]
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                _out, err = process.communicate()
                lines = err.decode("utf-8", "replace").strip().splitlines()
                raise StoreError(
                    "the Oxigraph server did not start: " + (lines[0] if lines else "no reason"),
                    identity[0],
                )
            time.sleep(0.05)
        self.process, self.identity, self.port = process, identity, port

    def _stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            if self.process.stderr is not None:
                self.process.stderr.close()
        self.process = None

    def stop(self) -> None:
        with self.lock:
            self._stop()


class Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class Front(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, settings: ServeSettings, backend: Backend) -> None:
        self.settings, self.backend = settings, backend
        self.allowed = settings.allowed_hosts()
        self.places = threading.BoundedSemaphore(settings.workers)
        super().__init__(("127.0.0.1", settings.port), Handler)


class Handler(BaseHTTPRequestHandler):
    server: Front
    protocol_version = "HTTP/1.1"
    server_version = "conflict-kg"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the terminal shows the URL and errors only

    # every method goes through one gate
    def do_GET(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_OPTIONS(self) -> None:
        self._serve()

    def _serve(self) -> None:
        try:
            self._check_host()
            path, body = self._read_request()
            self._forward(path, body)
        except Refused as refused:
            self._answer(refused.status, refused.message)
        except ConflictKGError as exc:
            self._answer(503, str(exc))

    def _check_host(self) -> None:
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.server.allowed:
            raise Refused(
                403,
                f"this server answers only to {', '.join(sorted(self.server.allowed))}, "
                f"not to the host «{host[:100]}».",
            )

    def _read_request(self) -> tuple[str, bytes]:
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
        if url.path == "/query":
            self._check_query(url.query, body)
        return self.path, body

    def _check_query(self, query_string: str, body: bytes) -> None:
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            texts = parse_qs(query_string, errors="strict").get("query", [])
            if self.command == "POST" and kind == "application/sparql-query":
                texts.append(body.decode("utf-8"))
            elif self.command == "POST":
                texts += parse_qs(body.decode("ascii"), errors="strict").get("query", [])
        except (UnicodeDecodeError, ValueError):
            raise Refused(400, "the query is not valid UTF-8 / URL encoding.") from None
        if len(texts) != 1:
            raise Refused(400, "give exactly one query (a query parameter or the body).")
        try:
            check_query(texts[0], "the request")
        except InputError as exc:
            raise Refused(400, str(exc)) from None

    def _forward(self, path: str, body: bytes) -> None:
        settings = self.server.settings
        if not self.server.places.acquire(timeout=1.0):
            raise Refused(503, f"{settings.workers} queries are running; try again shortly.")
        try:
            port = self.server.backend.current()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=settings.timeout + 5)
            headers = {h: v for h in FORWARDED_HEADERS if (v := self.headers.get(h)) is not None}
            headers["Host"] = f"127.0.0.1:{port}"
            try:
                connection.request(self.command, path, body=body or None, headers=headers)
                response = connection.getresponse()
                data = response.read(settings.max_bytes + 1)
            except TimeoutError:
                raise Refused(504, f"no answer within {settings.timeout:g} s.") from None
            except (OSError, http.client.HTTPException) as exc:
                raise Refused(502, f"the query engine failed: {type(exc).__name__}.") from None
            finally:
                connection.close()
        finally:
            self.server.places.release()
        if len(data) > settings.max_bytes:
            raise Refused(
                413,
                f"the answer is larger than {settings.max_bytes // (1024 * 1024)} MB; "
                "add a LIMIT or narrow the query.",
            )
        self.send_response(response.status)
        for name in ("Content-Type", "Content-Disposition"):
            if (value := response.getheader(name)) is not None:
                self.send_header(name, value)
        self._common_headers(len(data))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _answer(self, status: int, message: str) -> None:
        data = (message.rstrip() + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        if status == 405:
            self.send_header("Allow", "GET, HEAD, POST")
        self._common_headers(len(data))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _common_headers(self, length: int) -> None:
        self.send_header("Content-Length", str(length))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")


def open_front(settings: ServeSettings) -> Front:
    """The listening front, or a clear error when its port cannot be had (nothing started)."""
    backend = Backend(settings)
    try:
        front = Front(settings, backend)
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
    try:
        backend.current()  # started on the build now, or an error now
    except BaseException:
        front.server_close()
        raise
    return front


def serve_forever(front: Front) -> None:
    """Answer requests until interrupted; the backend goes with the front."""
    try:
        front.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        front.server_close()
        front.backend.stop()
