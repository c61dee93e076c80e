"""Security of `conflictkg serve` (issue #16: items 2-5 and the server findings): a real
server started here on a free loopback port, sent what an attacker or a careless client
would send."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from conflictkg.build import BuildResult, build
from conflictkg.project import Project
from conflictkg.web.engine import STOPPING, Engine, Job, text_answer
from tests.test_remote import _free_port

pytestmark = pytest.mark.integration
CKG = [sys.executable, "-m", "conflictkg.cli"]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@contextlib.contextmanager
def serving(project: Path, *extra: str) -> Iterator[str]:
    """`conflictkg serve` on a free port; its pid is kept in SERVERS under its URL, and how
    it ended (exit code, stderr) in EXITS once it is stopped."""
    port = _free_port()
    process = subprocess.Popen(
        [*CKG, "serve", "--project", str(project), "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(requests.ConnectionError):
                requests.get(f"{url}/query", params={"query": "ASK {}"}, timeout=2)
                break
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(process.communicate()[1].decode())
            time.sleep(0.1)
        SERVERS[url] = process.pid
        yield url
    finally:
        process.terminate()
        _, err = process.communicate(timeout=30)
        EXITS[url] = (process.returncode, err.decode("utf-8", "replace"))


SERVERS: dict[str, int] = {}
EXITS: dict[str, tuple[int, str]] = {}


def _cpu_seconds_of_tree(root: int) -> float:
    """CPU time used so far by a process and all its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        grew = bool(more)
        tree |= more
    return sum(times.get(pid, 0.0) for pid in tree)


@pytest.fixture(scope="module")
def served_project(built: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("served")
    for name in ("ontology", "queries"):
        shutil.copytree(Path(__file__).resolve().parents[2] / name, root / name)
    shutil.copytree(built.out_dir, root / "build", symlinks=True)
    return root


@pytest.fixture(scope="module")
def server(served_project: Path) -> Iterator[str]:
    with serving(served_project, "--timeout", "2") as url:
        yield url


def _count(url: str, **kwargs: object) -> int:
    response = requests.post(
        f"{url}/query",
        data={"query": COUNT},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
        **kwargs,  # type: ignore[arg-type]
    )
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_answers_a_query(server: str, built: BuildResult) -> None:
    assert _count(server) == sum(built.counts.values())


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1.evil.example", ""])
def test_other_host_names_are_refused(server: str, host: str) -> None:
    response = requests.get(
        f"{server}/query", params={"query": COUNT}, headers={"Host": host}, timeout=10
    )
    assert response.status_code == 403
    assert "answers only to" in response.text


def test_loopback_names_are_served(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    for host in (f"localhost:{port}", f"127.0.0.1:{port}"):
        response = requests.get(
            f"{server}/query", params={"query": "ASK {}"}, headers={"Host": host}, timeout=10
        )
        assert response.status_code == 200, host


@pytest.mark.parametrize("method", ["GET", "POST-form", "POST-direct"])
def test_a_deep_query_is_refused_and_the_server_lives(server: str, method: str) -> None:
    deep = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    if method == "GET":
        response = requests.get(f"{server}/query", params={"query": deep}, timeout=10)
    elif method == "POST-form":
        response = requests.post(f"{server}/query", data={"query": deep}, timeout=10)
    else:
        response = requests.post(
            f"{server}/query",
            data=deep.encode(),
            headers={"Content-Type": "application/sparql-query"},
            timeout=10,
        )
    assert response.status_code == 400 and "nests brackets 3000 deep" in response.text
    assert _count(server) > 0  # still up


def test_service_is_not_followed(server: str) -> None:
    calls: list[bytes] = []
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(3)
        port = listener.getsockname()[1]

        def accept() -> None:
            with contextlib.suppress(OSError):
                conn, _ = listener.accept()
                calls.append(conn.recv(100))
                conn.close()

        thread = threading.Thread(target=accept)
        thread.start()
        query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
        response = requests.post(f"{server}/query", data={"query": query}, timeout=10)
        thread.join()
    assert response.status_code == 400 and "SERVICE" in response.text
    assert calls == [], "the server called the SERVICE endpoint"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/update"),
        ("PUT", "/store?default"),
        ("POST", "/store?default"),
        ("DELETE", "/store?default"),
    ],
)
def test_nothing_can_be_written(server: str, built: BuildResult, method: str, path: str) -> None:
    response = requests.request(
        method,
        f"{server}{path}",
        data=b"<urn:a> <urn:b> <urn:c> .",
        headers={"Content-Type": "application/n-triples"},
        timeout=10,
    )
    assert response.status_code == 405 and "read-only" in response.text
    assert _count(server) == sum(built.counts.values())


def test_a_server_stopped_while_it_warms_ends_cleanly(served_project: Path) -> None:
    """SIGTERM while the warmer asks the library's questions: the workers are stopped once,
    none is started after them (one that was kept the process from exiting), exit code 0."""
    for _ in range(3):
        with serving(served_project) as url:
            pass  # stopped as soon as it answers: the warmer has just begun
        code, err = EXITS[url]
        assert code == 0 and "Traceback" not in err and "warmer" not in err, err


def test_a_closed_engine_answers_503_and_starts_no_worker(built: BuildResult) -> None:
    engine = Engine(built.out_dir / "store", workers=1, timeout=30, limit=1 << 20)
    ask = Job(query="ASK {}", accept="application/sparql-results+json")
    assert engine.run(ask).status == 200
    (worker,) = engine.all
    engine.close()
    assert not worker.process.is_alive()
    assert engine.run(ask) == text_answer(503, STOPPING)
    engine._replace(worker)  # what a query that saw its worker die at that moment does
    assert engine.all == [] and engine.free.qsize() == 1  # only the stopped one, no new one


def test_a_runaway_query_is_stopped_and_abandoned_ones_do_not_pile_up(server: str) -> None:
    started = time.monotonic()
    response = requests.post(f"{server}/query", data={"query": PRODUCT}, timeout=60)
    assert response.status_code >= 400
    assert time.monotonic() - started < 20  # the 2 s timeout, not hours
    for _ in range(40):  # clients that give up at once
        with contextlib.suppress(requests.RequestException):
            requests.post(f"{server}/query", data={"query": PRODUCT}, timeout=0.05)
    deadline = time.monotonic() + 30
    while True:  # every abandoned query is stopped by the timeout: the server answers again
        response = requests.post(f"{server}/query", data={"query": "ASK {}"}, timeout=30)
        if response.status_code == 200:
            break
        assert response.status_code == 503, response.text
        assert time.monotonic() < deadline, "the server stopped answering"
        time.sleep(0.5)
    # and nothing keeps running: an engine that only timed out the answer (Oxigraph's
    # --timeout-s) kept both cores busy for good
    time.sleep(3)
    before = _cpu_seconds_of_tree(SERVERS[server])
    time.sleep(3)
    assert _cpu_seconds_of_tree(SERVERS[server]) - before < 1.0


def test_an_oversized_answer_is_refused_whole(served_project: Path) -> None:
    with serving(served_project, "--max-result-mb", "1") as url:
        response = requests.post(
            f"{url}/query",
            data={"query": "SELECT * WHERE { ?s ?p ?o }"},
            headers={"Accept": "application/sparql-results+json"},
            timeout=60,
        )
        assert response.status_code == 413 and "larger than 1 MB" in response.text
        assert _count(url) > 0


def test_oversized_and_chunked_bodies_are_refused(server: str) -> None:
    response = requests.post(f"{server}/query", data=b"query=" + b"a" * 1_000_000, timeout=10)
    assert response.status_code == 413

    def chunks() -> Iterator[bytes]:
        yield b"query=ASK%20%7B%7D"

    response = requests.post(f"{server}/query", data=chunks(), timeout=10)
    assert response.status_code == 411


def test_a_new_build_is_served(served_project: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    root = Path(__file__).resolve().parents[2]
    for name in ("ontology", "data", "queries"):
        shutil.copytree(root / name, project / name)
    build(Project(project))
    with serving(project) as url:
        before = _count(url)
        report = project / "data" / "reports" / "afp-2017-isis-territory.ttl"
        text = report.read_text(encoding="utf-8")
        report.write_text(text + '\nactor:isis skos:altLabel "داعش الجديد"@ar .\n', "utf-8")
        build(Project(project))
        assert _count(url) == before + 1


@pytest.mark.parametrize("port", ["99999", "0", "-1"])
def test_bad_ports_are_refused_before_anything_starts(served_project: Path, port: str) -> None:
    done = subprocess.run(
        [*CKG, "serve", "--project", str(served_project), "--port", port],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "--port" in done.stderr and "Traceback" not in done.stderr
    assert "SPARQL endpoint" not in done.stdout


def test_a_busy_port_is_a_clear_error(served_project: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        done = subprocess.run(
            [*CKG, "serve", "--project", str(served_project), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2, done.stderr
    assert f"port {port} on 127.0.0.1 cannot be used" in done.stderr
    assert "SPARQL endpoint" not in done.stdout and "panicked" not in done.stderr
