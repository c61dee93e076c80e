"""Remote SPARQL 1.1 stores: load named graphs, query with SPARQLWrapper.

Every named graph a load touches ends up old or new, whole, whatever fails:
- load_dataset (stores whose Graph Store endpoint takes whole datasets: Oxigraph) bulk-loads
  the graphs the store does not hold yet under their own names, dropping them again if the
  load fails, and replaces the graphs it holds with one transactional PUT each;
- load_graph (any store, and graphs too large for one request) uploads a graph to a staging
  graph (Graph Store Protocol in chunks, or INSERT DATA batches through SPARQL Update where a
  store has no GSP) and swaps it in with one MOVE (ADD when appending).
Transient failures (connection refused or reset, timeout, HTTP 5xx) of requests and queries
are retried with bounded exponential backoff (_retrying); after a load the triple count of
every graph is checked against what was sent.

Credentials come only from the environment (CONFLICTKG_USER, CONFLICTKG_PASSWORD) or a
~/.netrc entry for the endpoint's host; they are never taken from the command line and
never printed.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from .errors import StoreError
from .progress import QUIET, Progress

CHUNK_LINES = 200_000  # N-Triples lines a request (well under Oxigraph's 128 MB body limit)
UPDATE_BATCH = 5_000  # triples an INSERT DATA (Virtuoso refuses very large updates)
RETRIES = 4
VIRTUOSO_ROW_CAPS = {10_000, 100_000, 1_000_000}  # ResultSetMaxRows values seen in the wild
BACKOFF = 0.5  # seconds, doubled each retry


@dataclass
class Endpoint:
    query_url: str
    update_url: str
    store_url: str | None
    timeout: float = 30.0
    auth: AuthBase | None = field(default=None, repr=False)
    flavour: str = "generic"


def _with_path(url: str, path: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def resolve_endpoint(
    url: str,
    *,
    update_url: str | None = None,
    store_url: str | None = None,
    timeout: float = 30.0,
) -> Endpoint:
    """Recognise the usual layouts from a base URL or a query URL.

    Oxigraph  http://h:p[/query]              -> /query /update /store
    Fuseki    http://h:p/DATASET[/sparql|/query] -> /DATASET/sparql /DATASET/update /DATASET/data
    Virtuoso  http://h:p/sparql               -> /sparql, /sparql-auth, /sparql-graph-crud-auth
    Explicit update_url / store_url win."""
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None:
        raise StoreError(
            f"the endpoint URL holds credentials ({_without_credentials(url)} with a user "
            "name or password before the host); they are refused there",
            hint="Set CONFLICTKG_USER and CONFLICTKG_PASSWORD, or a ~/.netrc entry for the host, "
            "and give the URL without them.",
        )
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"not an HTTP(S) endpoint URL: {url[:200]}")
    path = parts.path.rstrip("/")
    auth = credentials(parts.hostname or "")
    if path in ("", "/query"):
        flavour, query, update, store = "oxigraph", "/query", "/update", "/store"
    elif path == "/sparql":
        flavour = "virtuoso"
        query = "/sparql"
        update = "/sparql-auth" if auth else "/sparql"
        store = "/sparql-graph-crud-auth" if auth else "/sparql-graph-crud"
        if isinstance(auth, HTTPBasicAuth):  # Virtuoso's /sparql-auth speaks digest
            auth = HTTPDigestAuth(auth.username, auth.password)
    else:
        base = path.rsplit("/", 1)[0] if path.endswith(("/sparql", "/query")) else path
        flavour, query, update, store = "fuseki", f"{base}/sparql", f"{base}/update", f"{base}/data"
    return Endpoint(
        query_url=_with_path(url, query),
        update_url=update_url or _with_path(url, update),
        store_url=store_url or _with_path(url, store),
        timeout=timeout,
        auth=auth,
        flavour=flavour,
    )


def _without_credentials(url: str) -> str:
    """The URL with any user name and password before its host left out."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def excerpt(body: str | bytes) -> str:
    """A few words of what a server said, safe to print: its first line, at most 120
    printable characters (an error page can echo the request's headers, credentials
    included; only a short first line is shown)."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = "".join(ch if ch.isprintable() else " " for ch in line)
    if re.search(r"authori[sz]ation|password|cookie", line, re.IGNORECASE):
        return "(the server's message is left out: it repeats credentials)"
    return line if len(line) <= 120 else line[:117] + "…"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """urllib (under SPARQLWrapper) would follow a redirect to any host with the
    Authorization header; conflict-kg follows none."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _redirect_error(status: int, location: str | None, url: str) -> StoreError:
    target = _without_credentials(location) if location else "another address"
    return StoreError(
        f"{_without_credentials(url)} answered HTTP {status}, a redirect to {target}; "
        "conflict-kg follows no redirects, so that credentials never go to another address",
        hint="Give the address the store really answers at as --endpoint (and --update-url, "
        "--store-url).",
    )


def credentials(host: str) -> AuthBase | None:
    """From CONFLICTKG_USER/CONFLICTKG_PASSWORD, else None (requests then reads ~/.netrc)."""
    user, password = os.environ.get("CONFLICTKG_USER"), os.environ.get("CONFLICTKG_PASSWORD")
    if user and password:
        return HTTPBasicAuth(user, password)
    return None


class _Transient(Exception):
    pass


T = TypeVar("T")


def _retrying(
    what: str,
    call: Callable[[], T],
    transient: tuple[type[BaseException], ...],
    say: Callable[[str], None],
    hint: str,
) -> T:
    """Run `call`, retrying transient failures with bounded exponential backoff."""
    delay = BACKOFF
    for attempt in range(1, RETRIES + 1):
        try:
            return call()
        except transient as exc:
            reason = _describe(exc)
            if attempt == RETRIES:
                raise StoreError(
                    f"{what} failed after {RETRIES} attempts: {reason}", hint=hint
                ) from None
            say(f"{what}: {reason}; retrying in {delay:.1f} s")
            time.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")


def _request(
    endpoint: Endpoint, method: str, url: str, *, say: Callable[[str], None], **kwargs: object
) -> requests.Response:
    """One HTTP request, retried on connection failures, timeouts and HTTP 5xx."""

    def call() -> requests.Response:
        response = requests.request(
            method,
            url,
            timeout=endpoint.timeout,
            auth=endpoint.auth,
            allow_redirects=False,
            **kwargs,  # type: ignore[arg-type]
        )
        if response.is_redirect or 300 <= response.status_code < 400:
            raise _redirect_error(response.status_code, response.headers.get("Location"), url)
        if response.status_code >= 500:
            raise _Transient(f"HTTP {response.status_code}: {excerpt(response.content)}")
        return response

    return _retrying(
        f"{method} {url}",
        call,
        (requests.ConnectionError, requests.Timeout, _Transient),
        say,
        hint="Check that the store is running and reachable; the previous graph is intact.",
    )


def _describe(exc: BaseException) -> str:
    """Why a request failed, in a few words (requests' and urllib's exceptions alike)."""
    if isinstance(exc, requests.Timeout):
        return "timed out"
    if isinstance(exc, requests.ConnectionError):
        return "connection failed or was reset"
    text = str(getattr(exc, "reason", "") or exc)
    if "refused" in text:
        return "connection refused"
    if "timed out" in text:
        return "timed out"
    return _first_line(exc)


def _check(response: requests.Response, what: str) -> None:
    said = excerpt(response.content)
    if response.status_code == 405 or "read-only" in said:
        raise StoreError(
            f"{what}: the store does not take writes here (HTTP {response.status_code}: {said})",
            hint="It is read-only (a `conflictkg serve` is); load into a writable store, or "
            "name its update and Graph Store URLs with --update-url / --store-url.",
        )
    if response.status_code in (401, 403):
        sent = (
            "refused the credentials"
            if response.request.headers.get("Authorization")
            else ("needs credentials, or is read-only")
        )
        raise StoreError(
            f"{what}: the store {sent} (HTTP {response.status_code})",
            hint="Set CONFLICTKG_USER and CONFLICTKG_PASSWORD, or a ~/.netrc entry for the host.",
        )
    if not response.ok:
        raise StoreError(f"{what}: HTTP {response.status_code}: {said}")


def update(endpoint: Endpoint, text: str, say: Callable[[str], None]) -> None:
    response = _request(
        endpoint,
        "POST",
        endpoint.update_url,
        data=text.encode("utf-8"),
        headers={"Content-Type": "application/sparql-update"},
        say=say,
    )
    _check(response, "SPARQL update")


def count(endpoint: Endpoint, graph: str) -> int:
    """Triples in a named graph, through SPARQLWrapper."""
    rows = select(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    counted = _integers(endpoint, rows, "n")
    return counted[0][1] if counted else 0


def _integers(endpoint: Endpoint, rows: dict[str, Any], name: str) -> list[tuple[str, int]]:
    """(graph, count) pairs of a counting query's rows; an answer without them is an error."""
    out = []
    for row in rows["results"]["bindings"]:
        try:
            out.append((row.get("g", {}).get("value", ""), int(row[name]["value"])))
        except (KeyError, ValueError):
            raise StoreError(
                f"{endpoint.query_url} answered a count without a number: {excerpt(str(row))}"
            ) from None
    return out


GRAPH_PREFIX = "https://w3id.org/conflict-kg/id/graph/"


def conflict_kg_graphs(endpoint: Endpoint) -> list[str]:
    """The conflict-kg named graphs a store holds."""
    return sorted(graph_counts(endpoint))


def select(
    endpoint: Endpoint, query: str, default_graphs: list[str] | None = None
) -> dict[str, Any]:
    """A SELECT query through SPARQLWrapper, as SPARQL 1.1 JSON results. `default_graphs`
    become the query's default graph (SPARQL protocol default-graph-uri), so that a
    store's own default-graph setting does not matter."""
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, SPARQLWrapperException

    wrapper = SPARQLWrapper(endpoint.query_url)
    wrapper.setQuery(query)
    wrapper.setMethod(POST)
    wrapper.setReturnFormat(JSON)
    wrapper.setTimeout(int(endpoint.timeout))
    for graph in default_graphs or []:
        wrapper.addDefaultGraph(graph)
    if endpoint.auth is not None and isinstance(endpoint.auth, HTTPBasicAuth | HTTPDigestAuth):
        wrapper.setCredentials(str(endpoint.auth.username), str(endpoint.auth.password))
    urllib.request.install_opener(urllib.request.build_opener(_NoRedirects()))

    def ask() -> Any:
        try:
            return wrapper.queryAndConvert()
        except urllib.error.HTTPError as exc:
            if 300 <= exc.code < 400:
                location = exc.headers.get("Location")
                raise _redirect_error(exc.code, location, endpoint.query_url) from None
            if exc.code >= 500:
                raise  # transient: retried
            raise StoreError(f"query at {endpoint.query_url}: HTTP {exc.code}") from None

    try:
        # 5xx (EndPointInternalError) and refused, reset or timed-out connections (OSError)
        result = _retrying(
            f"query at {endpoint.query_url}",
            ask,
            (EndPointInternalError, OSError),
            lambda _m: None,
            hint="Check that the store is running and reachable.",
        )
    except SPARQLWrapperException as exc:
        said = excerpt(_first_line(exc))
        raise StoreError(f"query at {endpoint.query_url} failed: {said}") from None
    except (ValueError, http.client.HTTPException) as exc:  # cut short, or not JSON at all
        raise StoreError(
            f"{endpoint.query_url} sent an answer that is cut short or not SPARQL JSON "
            f"({type(exc).__name__})",
            hint="Check the endpoint URL, and that the store is well.",
        ) from None
    problem = _not_sparql_json(result)
    if problem:
        raise StoreError(f"{endpoint.query_url} did not answer with SPARQL JSON results: {problem}")
    assert isinstance(result, dict)
    rows = len(result["results"]["bindings"])
    if endpoint.flavour == "virtuoso" and rows in VIRTUOSO_ROW_CAPS:
        raise StoreError(
            f"Virtuoso returned exactly {rows} rows: its ResultSetMaxRows has probably cut the answer",
            hint="Raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini.",
        )
    return result


def _not_sparql_json(result: object) -> str | None:
    """What is wrong with a SPARQL 1.1 JSON results document, or None."""
    if not isinstance(result, dict):
        return "not a JSON object"
    head, body = result.get("head"), result.get("results")
    if not isinstance(head, dict) or not isinstance(head.get("vars"), list):
        return "no head.vars"
    if not isinstance(body, dict) or not isinstance(body.get("bindings"), list):
        return "no results.bindings"
    for row in body["bindings"]:
        if not isinstance(row, dict):
            return "a row is not an object"
        for cell in row.values():
            if not (
                isinstance(cell, dict)
                and isinstance(cell.get("type"), str)
                and isinstance(cell.get("value"), str)
            ):
                return "a value without type and value"
    return None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _chunks(lines: list[bytes], size: int) -> Iterator[bytes]:
    for start in range(0, len(lines), size):
        yield b"".join(lines[start : start + size])


@dataclass
class LoadReport:
    graph: str
    sent: int
    stored: int
    via: str


def load_graph(
    endpoint: Endpoint,
    graph: str,
    ntriples: bytes,
    *,
    append: bool = False,
    say: Callable[[str], None] = lambda _m: None,
) -> LoadReport:
    """Replace (or append to) one named graph with the given N-Triples, all or nothing."""
    lines = [line + b"\n" for line in ntriples.splitlines() if line.strip()]
    unique = len(set(lines))
    staging = f"urn:conflict-kg:staging:{uuid.uuid4()}"
    via = "gsp"
    try:
        update(endpoint, f"DROP SILENT GRAPH <{staging}>", say)
        via = _upload(endpoint, staging, lines, say)
        before = count(endpoint, staging)
        if before != unique:
            raise StoreError(f"staged {before} triples of {unique} sent to <{graph}>")
        verb = "ADD" if append else "MOVE"
        update(endpoint, f"{verb} SILENT GRAPH <{staging}> TO GRAPH <{graph}>", say)
    except BaseException:
        # if the store is gone, its staging graph holds nothing anyone reads
        with contextlib.suppress(StoreError):
            update(endpoint, f"DROP SILENT GRAPH <{staging}>", say)
        raise
    else:
        if append:
            update(endpoint, f"DROP SILENT GRAPH <{staging}>", say)
    stored = count(endpoint, graph)
    if not append and stored != unique:
        raise StoreError(f"<{graph}> holds {stored} triples after the load, {unique} were sent")
    return LoadReport(graph, unique, stored, via)


_BNODE = re.compile(rb"(^|\s)_:")


def _upload(
    endpoint: Endpoint, staging: str, lines: list[bytes], say: Callable[[str], None]
) -> str:
    """Put the lines into the staging graph: GSP if the store has it, else INSERT DATA.

    Blank-node labels are scoped to one request, so a graph that has blank nodes (only the
    ontology's lists and restrictions; report graphs have none) is sent whole."""
    has_bnodes = any(_BNODE.search(line) for line in lines)
    chunk = max(len(lines), 1) if has_bnodes else CHUNK_LINES
    batch = max(len(lines), 1) if has_bnodes else UPDATE_BATCH
    if endpoint.store_url:
        total = (len(lines) + chunk - 1) // chunk or 1
        for index, body in enumerate(_chunks(lines, chunk) if lines else [b""], 1):
            say(f"uploading chunk {index}/{total}")
            params: dict[str, str] = {"graph": staging}
            if endpoint.flavour == "oxigraph":
                params["no_transaction"] = ""  # bulk loader: the staging graph needs no transaction
            response = _request(
                endpoint,
                "POST",
                endpoint.store_url,
                params=params,
                data=body,
                headers={"Content-Type": "application/n-triples"},
                say=say,
            )
            if response.status_code in (404, 405, 501):
                say("no Graph Store Protocol here: falling back to SPARQL Update")
                update(endpoint, f"DROP SILENT GRAPH <{staging}>", say)
                break
            _check(response, f"upload to <{staging}>")
        else:
            return "gsp"
    for start in range(0, len(lines), batch):
        triples = b"".join(lines[start : start + batch]).decode("utf-8")
        update(endpoint, f"INSERT DATA {{ GRAPH <{staging}> {{\n{triples}}} }}", say)
    return "update"


def read_nquads_by_graph(path: Path) -> dict[str, bytes]:
    """The N-Triples of each named graph of an N-Quads file (as written by `build`)."""
    import pyoxigraph

    graphs: dict[str, list[str]] = {}
    for quad in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS):
        name = quad.graph_name
        if not isinstance(name, pyoxigraph.NamedNode):
            raise StoreError("the file holds triples outside a named graph", path)
        graphs.setdefault(name.value, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    return {name: ("\n".join(lines) + "\n").encode("utf-8") for name, lines in graphs.items()}


DATASET_CHUNK_BYTES = 64 * 1024 * 1024  # under Oxigraph's 128 MB request body limit
UPLOAD_WORKERS = 2  # chunks in flight at once
MOVE_BATCH = 200  # graphs per DROP request when undoing a failed bulk load


def load_dataset(
    endpoint: Endpoint,
    nquads: Path,
    *,
    graphs: set[str] | None = None,
    append: bool = False,
    progress: Progress = QUIET,
) -> list[LoadReport]:
    """Load the named graphs of an N-Quads file, for stores whose Graph Store endpoint takes
    whole datasets (Oxigraph). Every graph ends up old or new, whole:

    - graphs the store does not hold yet are bulk-loaded under their own names in a few
      large requests (Oxigraph's bulk loader); if the load fails they are dropped again, so
      the store is as it was;
    - graphs it already holds are replaced one transactional request each (GSP PUT), or
      through a staging graph and MOVE when too large for one request (see load_graph).

    Blank-node labels are scoped to one request, so lines with blank nodes (the ontology's
    lists and restrictions) travel together in one request.

    Progress: a bar over the bytes of the file read and handed to the uploads (at most
    UPLOAD_WORKERS requests are under way, so reading keeps pace with the store), then one
    over the graphs replaced."""
    say = progress.say
    existing = set(graph_counts(endpoint))
    new_lines: list[bytes] = []
    bnode_lines: list[bytes] = []
    old_graphs: dict[str, list[bytes]] = {}
    sent: dict[str, int] = {}
    created: set[str] = set()
    size = 0
    chunks = 0
    # Reading the next chunk overlaps with the store loading the previous one.
    pool = ThreadPoolExecutor(max_workers=UPLOAD_WORKERS)
    pending: list[Future[None]] = []

    def upload(body: bytes, number: int) -> None:
        say(f"bulk-loading chunk {number} ({len(body) // 1_000_000} MB)")
        response = _request(
            endpoint,
            "POST",
            str(endpoint.store_url),
            params={"no_transaction": ""},
            data=body,
            headers={"Content-Type": "application/n-quads"},
            say=say,
        )
        _check(response, "bulk load")

    def flush(lines: list[bytes]) -> None:
        nonlocal chunks
        if not lines:
            return
        chunks += 1
        while len([f for f in pending if not f.done()]) >= UPLOAD_WORKERS:
            wait(pending, return_when=FIRST_COMPLETED)
        for done in [f for f in pending if f.done()]:
            done.result()  # raise the first failure now
        pending.append(pool.submit(upload, b"".join(lines), chunks))

    try:
        with (
            nquads.open("rb") as handle,
            progress.bar(nquads.stat().st_size, "uploading", unit="B") as advance,
        ):
            unreported = 0  # bytes read since the bar last moved (it moves a MB at a time)
            for raw in handle:
                unreported += len(raw)
                if unreported >= 1 << 20:
                    advance(unreported)
                    unreported = 0
                line = raw.strip()
                if not line:
                    continue
                head, graph_term, dot = line.rsplit(b" ", 2)
                if dot != b"." or not graph_term.startswith(b"<"):
                    raise StoreError("a line is not a quad in a named graph", nquads)
                graph = graph_term[1:-1].decode("utf-8")
                if graphs is not None and graph not in graphs:
                    continue
                sent[graph] = sent.get(graph, 0) + 1
                if graph in existing:
                    old_graphs.setdefault(graph, []).append(head + b" .\n")
                    continue
                created.add(graph)
                target = bnode_lines if _BNODE.search(head) else new_lines
                target.append(line + b"\n")
                size += len(line) + 1
                if size >= DATASET_CHUNK_BYTES and target is new_lines:
                    flush(new_lines)
                    new_lines, size = [], 0
            advance(unreported)  # the last part of a MB: the bar ends at the file's size
        flush(bnode_lines)
        flush(new_lines)
        for future in pending:
            future.result()
    except BaseException:
        for future in pending:
            future.cancel()
        wait(pending)
        names = sorted(created)
        for start in range(0, len(names), MOVE_BATCH):  # back to how the store was
            with contextlib.suppress(StoreError):
                update(
                    endpoint,
                    " ;\n".join(
                        f"DROP SILENT GRAPH <{g}>" for g in names[start : start + MOVE_BATCH]
                    ),
                    say,
                )
        raise
    finally:
        pool.shutdown(wait=True)
    with progress.bar(len(old_graphs), "replacing graphs", unit="graph") as advance:
        for graph, lines in sorted(old_graphs.items()):
            body = b"".join(lines)
            if len(body) >= DATASET_CHUNK_BYTES:
                load_graph(endpoint, graph, body, append=append, say=say)
            else:
                response = _request(
                    endpoint,
                    "POST" if append else "PUT",
                    str(endpoint.store_url),
                    params={"graph": graph},
                    data=body,
                    headers={"Content-Type": "application/n-triples"},
                    say=say,
                )
                _check(response, f"{'append to' if append else 'replace'} <{graph}>")
            advance(1)
    stored = graph_counts(endpoint)
    reports = []
    for graph, count in sorted(sent.items()):
        have = stored.get(graph, 0)
        if not append and have != count:
            raise StoreError(f"<{graph}> holds {have} triples after the load, {count} were sent")
        reports.append(
            LoadReport(graph, count, have, "gsp-bulk" if graph in created else "gsp-put")
        )
    return reports


def graph_counts(endpoint: Endpoint) -> dict[str, int]:
    """Triples per conflict-kg named graph, in one query. The graph names are filtered here,
    not in SPARQL: a STRSTARTS filter on ?g costs a string per quad (2.3M quads: 14 s
    against 1.4 s)."""
    rows = select(
        endpoint, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    )
    return {g: n for g, n in _integers(endpoint, rows, "n") if g.startswith(GRAPH_PREFIX)}
