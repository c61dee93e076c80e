"""Remote stores: a real Oxigraph server (from PyPI), started here on 127.0.0.1 with a free
port, and a fault-injecting proxy in front of it. Loads are whole or not at all, reloads are
idempotent, and every competency question gets the same answer as on the embedded store."""

from __future__ import annotations

import contextlib
import shutil
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph
import pytest
import requests
from click.testing import CliRunner

from conflictkg import remote
from conflictkg.build import BuildResult
from conflictkg.cli import main
from conflictkg.errors import StoreError
from conflictkg.manifest import read_manifest
from conflictkg.query import run, run_remote

from .conftest import ROOT

pytestmark = pytest.mark.integration


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _oxigraph_binary() -> str:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.skip(
            "SKIPPED LOUDLY: the oxigraph server is not installed (pip install '.[server]')"
        )
    return binary


@contextlib.contextmanager
def running(
    command: list[str], probe: str, *, seconds: float = 30, cwd: Path | None = None
) -> Iterator[None]:
    """Start a server process, wait until `probe` (a SPARQL query URL) answers, stop it after."""
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + seconds
        while True:
            with contextlib.suppress(requests.ConnectionError):
                if requests.get(probe, params={"query": "ASK {}"}, timeout=1).ok:
                    break
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(f"{command[0]} did not start")
            time.sleep(0.1)
        yield
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextlib.contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    url = f"http://127.0.0.1:{_free_port()}"
    command = [
        _oxigraph_binary(),
        "serve",
        "--location",
        str(location),
        "--bind",
        url.removeprefix("http://"),
    ]
    with running(command, f"{url}/query"):
        yield url


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    with oxigraph_server(tmp_path / "oxigraph") as url:
        yield url


@pytest.fixture
def built_project(built: BuildResult, tmp_path: Path) -> Path:
    """A project folder whose build/ is the session's build."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "ontology", root / "ontology")
    shutil.copytree(ROOT / "queries", root / "queries")
    shutil.copytree(built.out_dir, root / "build")
    return root


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(remote, "BACKOFF", 0.01)


def _load(project: Path, url: str, *extra: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        main, ["load", "--endpoint", url, "--project", str(project), "-q", *extra]
    )
    return result.exit_code, result.stdout, result.stderr


def _counts(url: str) -> dict[str, int]:
    return remote.graph_counts(remote.resolve_endpoint(url))


def _all_graphs(url: str) -> set[str]:
    rows = remote.select(
        remote.resolve_endpoint(url), "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    )
    return {b["g"]["value"] for b in rows["results"]["bindings"]}


def test_load_every_graph_and_reload_idempotently(
    built: BuildResult, built_project: Path, server: str
) -> None:
    code, _out, err = _load(built_project, server)
    assert code == 0, err
    assert _counts(server) == built.counts
    code, _, err = _load(built_project, f"{server}/query")  # the query URL works as well
    assert code == 0, err
    assert _counts(server) == built.counts
    assert _all_graphs(server) == set(built.counts), "no staging graph is left behind"


def test_one_graph_and_append(built: BuildResult, built_project: Path, server: str) -> None:
    gazetteer = "https://w3id.org/conflict-kg/id/graph/gazetteer"
    code, _, err = _load(built_project, server, "--graph", gazetteer)
    assert code == 0, err
    assert _counts(server) == {gazetteer: built.counts[gazetteer]}
    code, _, err = _load(built_project, server, "--graph", gazetteer, "--append")
    assert code == 0, err
    assert _counts(server) == {gazetteer: built.counts[gazetteer]}  # a set: nothing doubled


def test_same_answers_as_the_embedded_store(
    built_project: Path, server: str, store: pyoxigraph.Store
) -> None:
    assert _load(built_project, server)[0] == 0
    endpoint = remote.resolve_endpoint(server)
    entries = read_manifest(ROOT / "queries" / "manifest.ttl")
    for entry in entries:
        embedded = run(store, entry.query, entry.params)
        at_server = run_remote(endpoint, entry.query, entry.params)
        assert at_server.bag() == embedded.bag(), entry.name


# ------------------------------------------------------------------ fault injection
class FaultyProxy(ThreadingHTTPServer):
    """Forwards HTTP to the store, except that requests to /store fail as told:
    'reset' drops the connection mid-request, '500-once' answers one HTTP 500 first,
    'hang' never answers."""

    def __init__(self, upstream: str, mode: str) -> None:
        self.upstream, self.mode, self.failures = upstream, mode, 0
        super().__init__(("127.0.0.1", 0), _ProxyHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _ProxyHandler(BaseHTTPRequestHandler):
    server: FaultyProxy

    def log_message(self, *args: object) -> None:
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        proxy = self.server
        if self.path.startswith("/store"):
            if proxy.mode == "reset":
                self.rfile.read(length // 2)  # half the body, then a reset
                proxy.failures += 1
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.connection.close()
                return
            if proxy.mode == "hang":
                proxy.failures += 1
                time.sleep(3)
                self.connection.close()
                return
            if proxy.mode == "500-once" and proxy.failures == 0:
                self.rfile.read(length)
                proxy.failures += 1
                self.send_response(500)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
        body = self.rfile.read(length)
        headers = {
            k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")
        }
        response = requests.request(
            self.command, proxy.upstream + self.path, data=body, headers=headers, timeout=30
        )
        self.send_response(response.status_code)
        for key, value in response.headers.items():
            if key.lower() not in ("transfer-encoding", "content-length", "connection"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(response.content)))
        self.end_headers()
        self.wfile.write(response.content)

    do_GET = do_POST = do_PUT = _handle


@contextlib.contextmanager
def proxy(upstream: str, mode: str) -> Iterator[FaultyProxy]:
    server = FaultyProxy(upstream, mode)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _report_triples(built: BuildResult) -> tuple[str, bytes]:
    graph = "https://w3id.org/conflict-kg/id/graph/report/afp-2017-isis-territory"
    return graph, remote.read_nquads_by_graph(built.out_dir / "conflict-kg.nq")[graph]


def test_connection_reset_midway_leaves_the_old_graph_whole(
    built: BuildResult, server: str
) -> None:
    graph, triples = _report_triples(built)
    old = b'<https://w3id.org/conflict-kg/id/x> <https://w3id.org/conflict-kg/id/p> "old" .\n'
    remote.load_graph(remote.resolve_endpoint(server), graph, old)
    with proxy(server, "reset") as faulty:
        endpoint = remote.resolve_endpoint(faulty.url)
        with pytest.raises(StoreError, match=r"failed after 4 attempts.*connection"):
            remote.load_graph(endpoint, graph, triples)
        assert faulty.failures == remote.RETRIES
    assert _counts(server) == {graph: 1}  # the old graph, whole
    assert _all_graphs(server) == {graph}  # the staging graph was dropped


def test_a_transient_500_is_retried(built: BuildResult, server: str) -> None:
    graph, triples = _report_triples(built)
    with proxy(server, "500-once") as faulty:
        report = remote.load_graph(remote.resolve_endpoint(faulty.url), graph, triples)
        assert faulty.failures == 1
    assert report.stored == report.sent == built.counts[graph]


def test_a_hanging_store_times_out_clearly(
    built: BuildResult, server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(remote, "RETRIES", 2)
    graph, triples = _report_triples(built)
    with proxy(server, "hang") as faulty:
        endpoint = remote.resolve_endpoint(faulty.url, timeout=0.5)
        started = time.monotonic()
        with pytest.raises(StoreError, match=r"timed out|connection"):
            remote.load_graph(endpoint, graph, triples)
        assert time.monotonic() - started < 10
    assert _all_graphs(server) == set()


def test_unreachable_endpoint(built_project: Path) -> None:
    started = time.monotonic()
    code, _, err = _load(built_project, f"http://127.0.0.1:{_free_port()}", "--timeout", "1")
    assert code == 2 and "failed after" in err and "Traceback" not in err
    assert time.monotonic() - started < 15


def test_no_graph_store_protocol_falls_back_to_update(built: BuildResult, server: str) -> None:
    graph, triples = _report_triples(built)
    endpoint = remote.resolve_endpoint(server, store_url=f"{server}/no-such-service")
    report = remote.load_graph(endpoint, graph, triples)
    assert report.via == "update" and report.stored == built.counts[graph]


def test_endpoint_layouts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONFLICTKG_USER", raising=False)
    ox = remote.resolve_endpoint("http://h:7878/query")
    assert (ox.query_url, ox.update_url, ox.store_url) == (
        "http://h:7878/query",
        "http://h:7878/update",
        "http://h:7878/store",
    )
    fu = remote.resolve_endpoint("http://h:3030/ds/sparql")
    assert (fu.query_url, fu.update_url, fu.store_url) == (
        "http://h:3030/ds/sparql",
        "http://h:3030/ds/update",
        "http://h:3030/ds/data",
    )
    assert remote.resolve_endpoint("http://h:3030/ds").store_url == "http://h:3030/ds/data"
    vi = remote.resolve_endpoint("http://h:8890/sparql")
    assert (vi.update_url, vi.store_url) == (
        "http://h:8890/sparql",
        "http://h:8890/sparql-graph-crud",
    )
    monkeypatch.setenv("CONFLICTKG_USER", "dba")
    monkeypatch.setenv("CONFLICTKG_PASSWORD", "secret")
    vi = remote.resolve_endpoint("http://h:8890/sparql", store_url="http://h:8890/crud")
    assert vi.update_url.endswith("/sparql-auth") and vi.store_url == "http://h:8890/crud"
    assert "secret" not in repr(vi)


def test_credentials_are_never_options() -> None:
    help_text = CliRunner().invoke(main, ["load", "--help"]).output
    assert "--password" not in help_text and "--user" not in help_text
    assert "CONFLICTKG_USER" in help_text


# ------------------------------------------------------------------ a second real store
VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{isql}
DirsAllowed = ., {dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 5
MaxClientConnections = 5
[SPARQL]
ResultSetMaxRows = 500000
MaxQueryExecutionTime = 120
"""

# Virtuoso 7.2.5 returns no rows when a transitive path (rdfs:subClassOf*) meets later
# filters in these queries; tried here: sequence path, two-step join, subquery, bounded
# path, with and without an explicit dataset. Oxigraph answers them as the text says.
# (cq06 left the list when its days were filtered in a subquery before the path.)
VIRTUOSO_PATH_BUG = {
    "cq03-captures",
    "cq05-changed-hands-in-range",
    "cq05-changed-hands-in-range-2016-2017",
    "cq17-isis-losses-in-syria",
}


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip(
            "SKIPPED LOUDLY: virtuoso-t is not installed (make test installs it where it can)"
        )
    folder = tmp_path_factory.mktemp("virtuoso")
    http = _free_port()
    (folder / "virtuoso.ini").write_text(
        VIRTUOSO_INI.format(dir=folder, isql=_free_port(), http=http)
    )
    url = f"http://127.0.0.1:{http}/sparql"
    with running(
        [binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
        url,
        seconds=60,
        cwd=folder,
    ):
        yield url


@pytest.fixture
def dba(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFLICTKG_USER", "dba")
    monkeypatch.setenv("CONFLICTKG_PASSWORD", "dba")  # a fresh database's default


ENTRY_NAMES = [e.name for e in read_manifest(ROOT / "queries" / "manifest.ttl")]


@pytest.fixture(scope="module")
def virtuoso_loaded(
    virtuoso: str, built: BuildResult, tmp_path_factory: pytest.TempPathFactory
) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CONFLICTKG_USER", "dba")
        patch.setenv("CONFLICTKG_PASSWORD", "dba")
        endpoint = remote.resolve_endpoint(virtuoso)
        for graph, triples in remote.read_nquads_by_graph(built.out_dir / "conflict-kg.nq").items():
            remote.load_graph(endpoint, graph, triples)
            remote.load_graph(endpoint, graph, triples)  # twice: idempotent
        assert remote.graph_counts(endpoint) == built.counts
    return virtuoso


# Two more answers Virtuoso 7.2.5 gets wrong, seen when the voice columns came (#17):
# cq06 keeps one of three events once a subquery's rows are joined with the derived graph's
# voice; cq16 drops ?from/?until built with nested IF and CONCAT. Oxigraph's answers are the
# hand-worked ones of the manifest.
VIRTUOSO_OTHER = {
    "cq06-events-on-17-october": "Virtuoso 7.2.5 loses rows joining a subquery with the derived graph",
    "cq16-control-of-place-mosul": "Virtuoso 7.2.5 drops values built by nested IF and CONCAT",
}

VIRTUOSO_CASES = [
    pytest.param(
        name,
        marks=pytest.mark.xfail(
            strict=True,
            reason="Virtuoso 7.2.5: transitive path + later filters return no rows (VIRTUOSO_PATH_BUG)",
        ),
    )
    if name in VIRTUOSO_PATH_BUG
    else pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=VIRTUOSO_OTHER[name]))
    if name in VIRTUOSO_OTHER
    else name
    for name in ENTRY_NAMES
]


@pytest.mark.parametrize("name", VIRTUOSO_CASES)
def test_virtuoso_gives_the_same_answers(
    name: str, virtuoso_loaded: str, store: pyoxigraph.Store, dba: None
) -> None:
    entry = next(e for e in read_manifest(ROOT / "queries" / "manifest.ttl") if e.name == name)
    endpoint = remote.resolve_endpoint(virtuoso_loaded)
    assert (
        run_remote(endpoint, entry.query, entry.params).bag()
        == run(store, entry.query, entry.params).bag()
    )


def test_virtuoso_refuses_wrong_credentials(
    virtuoso: str, built: BuildResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONFLICTKG_USER", "dba")
    monkeypatch.setenv("CONFLICTKG_PASSWORD", "wrong")
    graph, triples = _report_triples(built)
    with pytest.raises(StoreError, match="refused the credentials"):
        remote.load_graph(remote.resolve_endpoint(virtuoso), graph, triples)


def test_serve_gives_a_read_only_endpoint(built_project: Path, store: pyoxigraph.Store) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "conflictkg.cli",
        "serve",
        "--port",
        str(port),
        "--project",
        str(built_project),
    ]
    with running(command, f"{url}/query"):
        endpoint = remote.resolve_endpoint(url)
        entry = read_manifest(ROOT / "queries" / "manifest.ttl")[0]
        assert run_remote(endpoint, entry.query).bag() == run(store, entry.query).bag()
        refused = requests.post(
            f"{url}/update",
            data="DROP ALL",
            headers={"Content-Type": "application/sparql-update"},
            timeout=5,
        )
        assert not refused.ok  # read-only
        assert requests.get(url, timeout=5).ok  # the query page


def test_bulk_load_failure_restores_the_store(
    built: BuildResult, built_project: Path, server: str
) -> None:
    """The dataset path: new graphs are dropped again, existing graphs keep their content."""
    with proxy(server, "reset") as faulty:
        code, _, err = _load(built_project, faulty.url, "--timeout", "5")
        assert code == 2 and "failed after" in err
    assert _all_graphs(server) == set()  # a fresh store stays empty
    assert _load(built_project, server)[0] == 0
    with proxy(server, "reset") as faulty:
        code, _, _ = _load(built_project, faulty.url, "--timeout", "5")
        assert code == 2
    assert _counts(server) == built.counts  # every graph old and whole


def test_load_shows_its_progress_only_when_asked(
    built: BuildResult, server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bar over the bytes uploaded, then (on a reload) one over the graphs replaced; the
    library default is silence (the CLI asks for bars on a terminal only)."""
    from conflictkg.built import write_nquads
    from conflictkg.progress import Progress

    nquads = tmp_path / "all.nq"
    write_nquads(built.out_dir, nquads)
    endpoint = remote.resolve_endpoint(server)
    remote.load_dataset(endpoint, nquads)
    assert capsys.readouterr().err == ""
    remote.load_dataset(endpoint, nquads, progress=Progress(True))  # every graph is there now
    shown = capsys.readouterr().err
    # what tqdm always draws: the start of each bar (it skips redraws within 0.1 s)
    assert "uploading:" in shown and "B/s" in shown
    assert f"replacing graphs:   0%|          | 0/{len(built.counts)} " in shown
    assert _counts(server) == built.counts
