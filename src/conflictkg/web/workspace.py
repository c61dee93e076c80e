"""The workspace's routes: pages, their data as JSON, the scripts and libraries they load.

`Workspace.handle` turns a GET (or HEAD) on any path other than the SPARQL protocol's
(/query, /store) into an Answer. Request values are checked before use: IRIs and days by
conflictkg.web.data, question parameters by conflictkg.query (typed RDF terms, never text
spliced into a query). Questions run in the worker pool, with its time limit and answer cap,
answered whole once per build and paged from there (conflictkg.web.answers); a page of a
question's answer is at most 100 rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sys
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from ..errors import InputError
from ..namespaces import PREFIXES
from ..query import (
    LibraryQuery,
    Results,
    bindings,
    from_json,
    library,
    read_query,
    with_bindings,
)
from . import pages
from .answers import Ask, Whole, to_warm, warm
from .data import PAGE, Snapshot, Snapshots, checked_day, checked_iri
from .engine import Answer, Engine, Job, store_identity, text_answer
from .vendor import MISSING, vendor_file

STATIC = {
    "app.css": "text/css",
    "common.js": "text/javascript",
    "map.js": "text/javascript",
    "timeline.js": "text/javascript",
    "network.js": "text/javascript",
    "sparql.js": "text/javascript",
}
HTML = "text/html; charset=utf-8"
JSON = "application/json; charset=utf-8"
_LIMIT = re.compile(r"\bLIMIT\s+\d+", re.IGNORECASE)


class Workspace:
    def __init__(
        self,
        root: Path,
        store: Path,
        queries_dir: Path,
        engine: Callable[[], Engine | None],
    ) -> None:
        self.root, self.store, self.queries_dir = root, store, queries_dir
        self.snapshots = Snapshots(store, root)
        self.engine = engine
        self.stop = threading.Event()

    def start_warming(self) -> threading.Thread:
        """Answer the library's questions and load the accounts in the background, each
        time a build is published (conflictkg.web.answers.warm)."""

        def before() -> None:
            snapshot = self.snapshots.get()
            if snapshot is not None:  # each read once, kept by the snapshot
                snapshot.reports()
                snapshot.relations()
                snapshot.spoken  # noqa: B018
                snapshot.indexed  # noqa: B018 (and the accounts it indexes)

        def answer(ask: Ask) -> None:
            self.answer_page(ask.query, ask.given, 0, wait=60.0)

        thread = threading.Thread(
            target=warm,
            args=(
                lambda: store_identity(self.store),
                answer,
                before,
                lambda: to_warm(self.queries_dir),
                self.stop,
            ),
            name="conflict-kg warmer",
            daemon=True,
        )
        thread.start()
        return thread

    def answer_page(
        self, query: LibraryQuery, given: dict[str, str], page: int, wait: float = 1.0
    ) -> tuple[Results | None, str, bool, int | None]:
        """One page of a question's answer: (rows, error, whether more follow, how many rows
        in all when the answer is whole). Answered whole once per build and kept; an answer
        over the engine's cap is asked a page at a time."""
        snapshot: Snapshot = self._snapshot()
        text = with_bindings(query, bindings(query, given))
        whole = snapshot.answers.get(text)
        if whole is None:
            answer = self._run(Job(query=text, accept="application/sparql-results+json"), wait)
            if answer.status == 413:
                return self._live_page(query, given, page, wait)
            if answer.status != 200:
                return None, answer.body.decode("utf-8", "replace"), False, None
            whole = Whole.of(answer.body)
            if store_identity(self.store) == snapshot.identity:  # not a newer build's answer
                snapshot.answers.put(text, whole)
        rows, more = whole.page(page, PAGE)
        return rows, "", more, len(whole.results.rows)

    def _live_page(
        self, query: LibraryQuery, given: dict[str, str], page: int, wait: float
    ) -> tuple[Results | None, str, bool, int | None]:
        answer = self._run(
            Job(query=page_query(query, given, page), accept="application/sparql-results+json"),
            wait,
        )
        if answer.status != 200:
            return None, answer.body.decode("utf-8", "replace"), False, None
        results = from_json(json.loads(answer.body))
        more = len(results.rows) > PAGE
        results.rows = results.rows[:PAGE]
        return results, "", more, None

    def handle(self, path: str, query_string: str) -> Answer:
        """The answer to a GET of `path`: a request it cannot read is a 400, a failure of
        its own a 500 with one line on stderr, never a traceback sent or a dropped
        connection."""
        try:
            params = {
                k: v[0]
                for k, v in parse_qs(query_string, max_num_fields=50, errors="strict").items()
                if v
            }
        except (ValueError, UnicodeDecodeError):
            return text_answer(
                400, "the request's parameters are not valid URL encoding (at most 50)."
            )
        try:
            return self._handle(path, params)
        except Exception as exc:  # the workspace's own failure: said, the server goes on
            print(
                f"conflict-kg workspace: {path[:200]}: {type(exc).__name__}: {exc}", file=sys.stderr
            )
            return Answer(500, HTML, pages.error_page(500, "the workspace failed on this request."))

    def _handle(self, path: str, params: dict[str, str]) -> Answer:
        try:
            if path.startswith("/static/"):
                return self._static(path[len("/static/") :])
            if path.startswith("/vendor/"):
                found = vendor_file(path[len("/vendor/") :])
                if found is None:
                    return text_answer(404, MISSING if path.endswith(".js") else "no such file.")
                return Answer(200, found[1], found[0])
            route = ROUTES.get(path)
            if route is None:
                return Answer(404, HTML, pages.error_page(404, f"nothing at {path[:200]}."))
            return route(self, params)
        except InputError as exc:
            if path.startswith("/api/"):
                return text_answer(400, exc.message)
            return Answer(400, HTML, pages.error_page(400, exc.message))

    def _static(self, name: str) -> Answer:
        if name not in STATIC:
            return text_answer(404, "no such file.")
        data = resources.files(__package__).joinpath("static", name).read_bytes()
        return Answer(200, STATIC[name] + "; charset=utf-8", data)

    def _snapshot(self) -> Any:
        snapshot = self.snapshots.get()
        if snapshot is None:
            raise InputError("no built store: run `conflictkg build`")
        return snapshot

    # ------------------------------------------------------------ pages
    def home(self, params: dict[str, str]) -> Answer:
        snapshot = self._snapshot()
        summary: dict[str, Any] = {}
        with contextlib.suppress(OSError, ValueError):  # a build without its summary
            summary = json.loads((self.store.parent / "summary.json").read_text("utf-8"))
        return Answer(
            200,
            HTML,
            pages.home(snapshot.reports(), summary, snapshot.entities(), _page(params), PAGE),
        )

    def search(self, params: dict[str, str]) -> Answer:
        text = params.get("q", "")[:200]
        return Answer(200, HTML, pages.search(text, self._snapshot().search(text)))

    def entity(self, params: dict[str, str]) -> Answer:
        page = _page(params)
        data = self._snapshot().entity(params.get("iri", ""), page)
        if not data["exists"]:
            return Answer(404, HTML, pages.error_page(404, f"nothing is said of {data['iri']}."))
        return Answer(200, HTML, pages.entity(data))

    def map(self, params: dict[str, str]) -> Answer:
        day = checked_day(params["day"]) if "day" in params else self._latest_day()
        return Answer(200, HTML, pages.map_page(day))

    def timeline(self, params: dict[str, str]) -> Answer:
        about = checked_iri(params.get("about") or _PLACE + "albu-kamal")
        en, _ = self._snapshot().labels(about)
        return Answer(200, HTML, pages.timeline_page(about, en or about))

    def network(self, params: dict[str, str]) -> Answer:
        day = checked_day(params["day"]) if "day" in params else self._latest_day()
        return Answer(200, HTML, pages.network_page(day))

    def questions(self, params: dict[str, str]) -> Answer:
        return Answer(200, HTML, pages.questions(library(self.queries_dir)))

    def question(self, params: dict[str, str]) -> Answer:
        query = self._question(params.get("name", ""))
        given = {p.name: params[p.name] for p in query.params if params.get(p.name)}
        page = _page(params)
        results, error, more, total = None, "", False, None
        try:
            results, error, more, total = self.answer_page(query, given, page)
        except InputError as exc:
            error = exc.message
        return Answer(200, HTML, pages.question(query, given, results, error, page, more, total))

    def sparql(self, params: dict[str, str]) -> Answer:
        prefixes = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in sorted(PREFIXES.items()))
        examples = [
            (
                "Actors, with their kind",
                prefixes
                + "\nSELECT ?actor ?label ?kind WHERE {\n  ?actor a ?kind ; rdfs:label ?label .\n"
                "  ?kind rdfs:subClassOf* ckg:Actor .\n"
                '  FILTER (LANGMATCHES(LANG(?label), "en"))\n} ORDER BY ?label LIMIT 100',
            ),
            (
                "Captures with their place and date",
                prefixes
                + "\nSELECT ?capture ?place ?date WHERE {\n  ?capture a ckg:Capture ; ckg:place ?place .\n"
                "  OPTIONAL { ?capture ckg:date ?date }\n} ORDER BY ?date LIMIT 100",
            ),
            (
                "Who says what: claims and their claimant",
                prefixes
                + "\nSELECT ?claim ?claimant ?what WHERE {\n  ?claim a ckg:Claim ; ckg:claimant ?claimant ;"
                " ckg:claims ?what .\n} LIMIT 100",
            ),
        ]
        return Answer(200, HTML, pages.sparql_page(prefixes, examples))

    # ------------------------------------------------------------ data
    def api_map(self, params: dict[str, str]) -> Answer:
        day = checked_day(params.get("day") or self._latest_day())
        return _json(self._snapshot().map_on(day))

    def api_days(self, params: dict[str, str]) -> Answer:
        snapshot = self._snapshot()
        days: set[str] = set()
        for account in snapshot.accounts.accounts.values():
            for prop in (
                "date",
                "earliestBegin",
                "latestBegin",
                "earliestEnd",
                "latestEnd",
                "asOf",
            ):
                value = account.one(prop)
                if value and re.match(r"^\d{4}-\d{2}-\d{2}$", value):
                    days.add(value)
        days |= {r.date[:10] for r in snapshot.accounts.reports.values() if r.date}
        return _json(sorted(days))

    def api_timeline(self, params: dict[str, str]) -> Answer:
        return _json(self._snapshot().timeline(params.get("about", ""), _page(params)))

    def api_network(self, params: dict[str, str]) -> Answer:
        return _json(self._snapshot().network(params.get("day")))

    def api_answer(self, params: dict[str, str]) -> Answer:
        """A question's whole answer as CSV or SPARQL JSON, for pandas, R or a spreadsheet."""
        query = self._question(params.get("name", ""))
        given = {p.name: params[p.name] for p in query.params if params.get(p.name)}
        kind = params.get("format", "csv")
        accept = {"csv": "text/csv", "json": "application/sparql-results+json"}.get(kind)
        if accept is None:
            raise InputError("format is csv or json")
        answer = self._run(Job(query=with_bindings(query, bindings(query, given)), accept=accept))
        return answer

    # ------------------------------------------------------------ helpers
    def _question(self, name: str) -> LibraryQuery:
        if not re.match(r"^cq\d{2}[a-z0-9-]*$", name):
            raise InputError(f"«{name[:60]}» is not a question's name (cq01 … )")
        for path in sorted(self.queries_dir.glob("cq*.rq")):
            if path.stem == name or path.stem.split("-")[0] == name:
                return read_query(path)
        raise InputError(f"no question named «{name}»")

    def _run(self, job: Job, wait: float = 1.0) -> Answer:
        engine = self.engine()
        if engine is None:
            return text_answer(503, "the query engine is not running.")
        return engine.run(job, wait)

    def _latest_day(self) -> str:
        dates = [r.date[:10] for r in self._snapshot().accounts.reports.values() if r.date]
        return max(dates) if dates else dt.date.today().isoformat()


_PLACE = "https://w3id.org/conflict-kg/id/place/"


def page_query(query: LibraryQuery, given: dict[str, str], page: int) -> str:
    """A question with its parameters bound, asking for one page of its answer (and one row
    more, to tell whether there is a next page); a question with a LIMIT of its own is
    asked as it is."""
    text = with_bindings(query, bindings(query, given))
    if not _LIMIT.search(text):
        text += f"\nLIMIT {PAGE + 1} OFFSET {page * PAGE}"
    return text


def _page(params: dict[str, str]) -> int:
    raw = params.get("page", "0")
    if not raw.isdigit() or len(raw) > 6:
        raise InputError("page is a number")
    return int(raw)


def _json(data: Any) -> Answer:
    return Answer(200, JSON, json.dumps(data, ensure_ascii=False).encode())


ROUTES: dict[str, Callable[[Workspace, dict[str, str]], Answer]] = {
    "/": Workspace.home,
    "/search": Workspace.search,
    "/entity": Workspace.entity,
    "/map": Workspace.map,
    "/timeline": Workspace.timeline,
    "/network": Workspace.network,
    "/questions": Workspace.questions,
    "/question": Workspace.question,
    "/sparql": Workspace.sparql,
    "/api/map": Workspace.api_map,
    "/api/days": Workspace.api_days,
    "/api/timeline": Workspace.api_timeline,
    "/api/network": Workspace.api_network,
    "/api/answer": Workspace.api_answer,
}
