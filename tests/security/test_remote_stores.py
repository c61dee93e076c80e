"""Security of talking to remote stores (issue #16, item 6, and the store findings): hostile
or broken servers, played here by small HTTP servers on 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictkg import remote
from conflictkg.build import BuildResult
from conflictkg.cli import main
from conflictkg.errors import StoreError
from tests.test_remote import built_project  # noqa: F401 (a fixture)

pytestmark = pytest.mark.integration
Behaviour = Callable[[BaseHTTPRequestHandler], None]


class Recorder(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.seen: list[tuple[str, str, str | None]] = []  # method, path, Authorization
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: Recorder

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.server.seen.append((self.command, self.path, self.headers.get("Authorization")))
        self.server.behaviour(self)

    do_GET = do_POST = do_PUT = do_DELETE = _any


@contextlib.contextmanager
def fake_store(behaviour: Behaviour) -> Iterator[Recorder]:
    server = Recorder(behaviour)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes, **headers: str) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@pytest.fixture
def secret(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CONFLICTKG_USER", "bob")
    monkeypatch.setenv("CONFLICTKG_PASSWORD", "s3cret-pw")
    monkeypatch.setattr(remote, "BACKOFF", 0.01)
    return "s3cret-pw"


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


def test_credentials_never_follow_a_redirect(
    secret: str,
    built_project: Path,  # noqa: F811
) -> None:
    with fake_store(lambda h: _send(h, 200, b"")) as elsewhere:

        def redirect(handler: BaseHTTPRequestHandler) -> None:
            _send(handler, 302, b"", Location=f"{elsewhere.url}{handler.path}")

        with fake_store(redirect) as store:
            code, err = _cli("load", "--endpoint", store.url, "--project", str(built_project), "-q")
            assert code == 2 and "redirect" in err and "follows no redirects" in err, err
            code, err = _cli(
                "query", "cq04", "--endpoint", f"{store.url}/query", "--project", str(built_project)
            )
            assert code == 2 and "redirect" in err, err
            assert store.seen, "the store was asked"
    assert elsewhere.seen == [], "a request (with credentials) followed the redirect"
    assert secret not in err


def test_credentials_in_the_url_are_refused_and_never_printed(
    built_project: Path,  # noqa: F811
) -> None:
    code, err = _cli(
        "load", "--endpoint", "http://bob:pw-in-url@127.0.0.1:9/", "--project", str(built_project)
    )
    assert code == 2 and "holds credentials" in err and "CONFLICTKG_USER" in err
    assert "pw-in-url" not in err


def test_an_error_page_that_echoes_headers_is_not_printed(secret: str) -> None:
    def echo(handler: BaseHTTPRequestHandler) -> None:
        body = f"Bad request. Authorization: {handler.headers.get('Authorization')}\n" * 50
        _send(handler, 400, body.encode())

    with fake_store(echo) as store:
        endpoint = remote.resolve_endpoint(store.url)
        with pytest.raises(StoreError) as caught:
            remote.update(endpoint, "DROP SILENT GRAPH <urn:x>", lambda _m: None)
    message = str(caught.value)
    assert "HTTP 400" in message and "left out" in message
    assert "Ym9i" not in message and len(message) < 400  # base64 of "bob…" never printed


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"<html>not json</html>", "not SPARQL JSON"),
        (b'{"head": {"vars": ["n"]}}', "no results.bindings"),
        (b'{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": 3}]}}', "without type"),
        (b'{"head": {"vars": ["n"], "results": ', "not SPARQL JSON"),
    ],
)
def test_bad_answers_are_clear_errors(body: bytes, says: str) -> None:
    with (
        fake_store(
            lambda h: _send(h, 200, body, Content_Type="application/sparql-results+json")
        ) as store,
        pytest.raises(StoreError, match=says),
    ):
        remote.graph_counts(remote.resolve_endpoint(store.url))


def test_an_answer_cut_short_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(remote, "BACKOFF", 0.01)
    whole = json.dumps({"head": {"vars": ["g", "n"]}, "results": {"bindings": []}}).encode()

    def cut(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/sparql-results+json")
        handler.send_header("Content-Length", str(len(whole) + 1000))
        handler.end_headers()
        handler.wfile.write(whole[:20])
        handler.wfile.flush()
        handler.close_connection = True

    with fake_store(cut) as store, pytest.raises(StoreError, match=r"cut short|failed after"):
        remote.graph_counts(remote.resolve_endpoint(store.url, timeout=5))


def test_a_count_without_a_number_is_a_clear_error() -> None:
    body = json.dumps(
        {
            "head": {"vars": ["g", "n"]},
            "results": {"bindings": [{"g": {"type": "uri", "value": "x"}}]},
        }
    ).encode()
    answer = fake_store(lambda h: _send(h, 200, body, Content_Type="application/json"))
    with answer as store, pytest.raises(StoreError, match="without a number"):
        remote.graph_counts(remote.resolve_endpoint(store.url))


def test_loading_into_conflictkg_serve_says_it_is_read_only(
    built: BuildResult,
    built_project: Path,  # noqa: F811
) -> None:
    from tests.security.test_serve import serving

    with serving(built_project) as url:
        code, err = _cli("load", "--endpoint", url, "--project", str(built_project), "-q")
    assert code == 2 and "read-only" in err and "credentials" not in err, err
