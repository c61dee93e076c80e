"""The workspace (issue #19) without a browser: what its pages compute from the store and
what the server answers. tests/test_browser.py drives the same pages in Chromium."""

from __future__ import annotations

import csv
import io
import itertools
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from conflictkg.build import build
from conflictkg.errors import InputError
from conflictkg.project import Project
from conflictkg.query import find_query, run
from conflictkg.web import pages
from conflictkg.web.data import Snapshot, Snapshots, checked_iri, held_on
from conflictkg.web.engine import Answer, Job
from conflictkg.web.engine import answer as engine_answer

from .conftest import ROOT
from .security.test_serve import serving

PLACE = "https://w3id.org/conflict-kg/id/place/"
ISIS = "https://w3id.org/conflict-kg/id/actor/isis"


@pytest.fixture(scope="module")
def corpus_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with the constructed corpus built."""
    root = tmp_path_factory.mktemp("web")
    for name in ("ontology", "data", "queries"):
        shutil.copytree(ROOT / name, root / name)
    assert build(Project(root, root / "data" / "corpus")).conforms
    return root


@pytest.fixture(scope="module")
def snapshot(corpus_root: Path) -> Snapshot:
    found = Snapshots(corpus_root / "build" / "store", corpus_root).get()
    assert found is not None
    return found


@pytest.fixture(scope="module")
def url(corpus_root: Path) -> Iterator[str]:
    with serving(corpus_root) as served:
        yield served


@pytest.mark.parametrize("day", ["2016-01-01", "2017-11-09", "2017-11-12", "2018-06-01"])
def test_the_map_says_what_cq04_says_of_isis(
    snapshot: Snapshot, corpus_root: Path, day: str
) -> None:
    """The map colours places by the rule of cq04 applied to every controller: for ISIS it
    gives the rows cq04 gives (place, status, report), on days before, during and after
    the reports."""
    project = Project(corpus_root, corpus_root / "data" / "corpus")
    query = find_query(project.queries_dir, "cq04")
    store = ox.Store.read_only(str(corpus_root / "build" / "store"))
    results = run(store, query, {"date": day})
    expected = {(row["placeEn"][1], row["status"][1], row["report"][1]) for row in results.rows}
    accounts = snapshot.accounts
    found = set()
    for place in {p for a in accounts.accounts.values() for p in a.all("controlledPlace")}:
        for account, status, report in held_on(accounts, snapshot.spoken, place, day):
            if account.one("controller") == ISIS:
                found.add((snapshot.labels(place)[0], status, report))
    assert found == expected
    assert expected or day == "2018-06-01"


def test_who_held_albu_kamal_changes_with_the_day(snapshot: Snapshot) -> None:
    """Worked out from the corpus texts: the army announced the whole town on 9 November;
    the Observatory had ISIS back in about half of it on 10 November; the army held all of
    it again from 19 November (reported on the 20th)."""

    def held(day: str) -> tuple[str, bool]:
        (feature,) = [
            f
            for f in snapshot.map_on(day)["features"]
            if f["properties"]["iri"] == PLACE + "albu-kamal"
        ]
        return feature["properties"]["controllerEn"], feature["properties"]["disputed"]

    assert held("2017-11-09") == ("Syrian army", False)
    assert held("2017-11-10") == ("Islamic State (ISIS)", False)
    assert held("2017-11-20") == ("Syrian army", False)


def test_search_folds_arabic_spellings(snapshot: Snapshot) -> None:
    for text in ("البوكمال", "بوكمال", "البوكمال\u064e", "ALBU KAMAL"):
        assert PLACE + "albu-kamal" in [f["iri"] for f in snapshot.search(text)], text
    # hamza forms and ta marbuta: «الرقه» finds «الرقة»
    assert PLACE + "raqqa" in [f["iri"] for f in snapshot.search("الرقه")]
    assert snapshot.search("   ") == []


def test_a_facts_page_marks_its_quote_in_the_source_text(snapshot: Snapshot) -> None:
    node = "https://w3id.org/conflict-kg/id/event/wire-2017-11-19-albu-kamal/capture-albu-kamal"
    data = snapshot.entity(node)
    (evidence,) = data["evidence"]
    # the quote the report file gives for this capture, found at its offsets in the text
    assert evidence["quote"] == (
        "سيطر الجيش السوري وحلفاؤه الأحد على كامل مدينة البوكمال بعد طرد تنظيم الدولة الإسلامية منها"
    )
    assert evidence["exact"] == evidence["quote"] and not evidence["problem"]
    text = (ROOT / "data/corpus/sources/wire-2017-11-19-albu-kamal.ar.txt").read_text("utf-8")
    assert text[evidence["start"] : evidence["end"]] == evidence["quote"]
    assert evidence["before"] + evidence["quote"] + evidence["after"] in text
    assert evidence["voice"].endswith("#AttributedVoice")
    html = pages.entity(data).decode()
    assert f'<mark class="quote">{evidence["quote"]}</mark>' in html
    assert 'lang="ar" dir="rtl"' in html


def test_a_changed_source_text_is_said_not_shown(snapshot: Snapshot, tmp_path: Path) -> None:
    text, problem = snapshot.source_text(
        "data/corpus/sources/wire-2017-11-19-albu-kamal.ar.txt", "0" * 64
    )
    assert text is None and "changed since the build" in problem
    text, problem = snapshot.source_text("../../etc/passwd", "0" * 64)
    assert text is None and "not in this project" in problem


def test_markup_in_the_data_is_shown_as_text() -> None:
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    data = {
        "iri": "https://w3id.org/conflict-kg/id/actor/x",
        "en": hostile,
        "ar": hostile,
        "types": [],
        "out": [{"p": "http://p", "value": hostile, "node": "literal", "lang": "", "label": ""}],
        "in": [],
        "more": False,
        "page": 0,
        "evidence": [],
        "exists": True,
    }
    html = pages.entity(data).decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "value", ["javascript:alert(1)", "https://x/<script>", "https://x/ y", "place:raqqa", ""]
)
def test_request_iris_are_checked(value: str) -> None:
    with pytest.raises(InputError):
        checked_iri(value)


# ------------------------------------------------------------------ the server


@pytest.mark.integration
def test_every_page_is_served_and_loads_only_this_server(url: str) -> None:
    for path in (
        "/",
        "/map",
        "/timeline",
        "/network",
        "/questions",
        "/question?name=cq28",
        "/sparql",
        "/search?q=%D8%A7%D9%84%D8%B1%D9%82%D8%A9",
        f"/entity?iri={PLACE}albu-kamal",
    ):
        reply = requests.get(url + path, timeout=30)
        assert reply.status_code == 200, path
        assert reply.headers["Content-Type"].startswith("text/html")
        csp = reply.headers["Content-Security-Policy"]
        assert (
            "script-src 'self';" in csp
            and "unsafe-inline' ;" not in csp.split("script-src")[1][:30]
        )
        for ref in re.findall(r'(?:src|href)="([^"]*)"', reply.text):
            assert ref.startswith(("/", "#", "data:")), (path, ref)
        assert "<script>" not in reply.text  # no inline script: scripts come from /static/


def test_home_counts_each_reports_facts_by_voice(snapshot: Snapshot) -> None:
    reports = {r["iri"].rsplit("/", 1)[-1]: r for r in snapshot.reports()}
    seed = reports["afp-2017-isis-territory"]
    # the seed reports facts in its own voice, attributes the coalition's figure to the
    # coalition and tells announcements (al-Abadi's of Mosul, the army's of Albu Kamal)
    assert all(word in seed["voices"] for word in ("reporter", "attributed", "announced"))
    assert (
        seed["constructed"] == "" and reports["army-2017-11-09-albu-kamal"]["constructed"] == "yes"
    )
    assert len(reports) == 12
    counts = snapshot.entities()
    assert counts["actor"] >= 20 and counts["place"] >= 30


@pytest.mark.integration
def test_the_server_refuses_what_it_should(url: str) -> None:
    assert requests.post(url + "/map", timeout=10).status_code == 405
    assert requests.get(url + "/", headers={"Host": "evil.example"}, timeout=10).status_code == 403
    assert requests.get(url + "/vendor/../../etc/passwd", timeout=10).status_code == 404
    assert requests.get(url + "/static/x.js", timeout=10).status_code == 404
    assert requests.get(url + "/entity?iri=javascript:alert(1)", timeout=10).status_code == 400
    assert requests.get(url + "/api/map?day=yesterday", timeout=10).status_code == 400
    assert requests.get(url + "/question?name=../../x", timeout=10).status_code == 400
    bad = requests.get(url + "/question?name=cq28&date=2017-13-45", timeout=10)
    assert bad.status_code == 200 and "not a calendar date" in bad.text


@pytest.mark.integration
def test_a_question_answers_in_pages_and_downloads_whole(url: str) -> None:
    page = requests.get(url + "/question?name=cq28&date=2017-11-10", timeout=30).text
    rows = re.findall(r"<tr><td>", page)
    assert len(rows) == 3  # the army twice (seed, statement), ISIS's half (the Observatory)
    reply = requests.get(url + "/api/answer?name=cq28&date=2017-11-10&format=csv", timeout=30)
    assert reply.status_code == 200 and reply.headers["Content-Type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(reply.text)))
    assert [r["controllerEn"] for r in table] == [
        "Syrian army",
        "Syrian army",
        "Islamic State (ISIS)",
    ]
    assert {r["agencyEn"] for r in table} >= {"Agence France-Presse (AFP)"}


def test_the_wheel_carries_every_library_the_pages_load() -> None:
    """The browser libraries conflictkg.web.vendor serves are the files pyproject.toml puts
    in the wheel (so that a pipx install built after `make` serves a whole workspace)."""
    import tomllib

    from conflictkg.web.vendor import FILES

    shipped = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["conflictkg.web"]
    assert {f"assets/node_modules/{path}" for path, _ in FILES.values()} <= set(shipped)


def test_the_network_has_every_kind_of_relation_the_seed_states(snapshot: Snapshot) -> None:
    """From the seed's text: the coalition and Washington back forces (support), Jaysh Khalid
    bin al-Walid is loyal to ISIS (loyalty), Washington leads the coalition (leadership), the
    SDF and the PMF are made of factions (membership), the army fights with its allies
    (alliance)."""
    network = snapshot.network()
    kinds = {e["kind"] for e in network["edges"]}
    assert kinds >= {"SupportRelation", "Loyalty", "Leadership", "Membership", "Alignment"}
    loyal = [e for e in network["edges"] if e["kind"] == "Loyalty"]
    assert any(
        e["source"].endswith("/jaysh-khalid-bin-al-walid") and e["target"].endswith("/isis")
        for e in loyal
    )
    # a day before any relation began keeps none that began later
    early = snapshot.network("2014-01-01")
    assert len(early["edges"]) < len(network["edges"])


def test_a_timeline_comes_a_page_at_a_time(
    snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conflictkg.web import data

    about = "https://w3id.org/conflict-kg/id/actor/isis"
    whole = snapshot.timeline(about)
    assert whole["total"] == len(whole["items"]) > 10  # the corpus fits one page
    monkeypatch.setattr(data, "TIMELINE_PAGE", 10)
    first, second = snapshot.timeline(about, 0), snapshot.timeline(about, 1)
    assert len(first["items"]) == 10 and first["total"] == whole["total"]
    assert first["items"][-1]["start"] <= second["items"][0]["start"]  # from the earliest on
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}


def test_a_failure_is_a_500_and_bad_parameters_a_400(
    corpus_root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from conflictkg.web.data import Snapshot as Shot
    from conflictkg.web.workspace import Workspace

    workspace = Workspace(
        corpus_root, corpus_root / "build" / "store", corpus_root / "queries", lambda: None
    )
    many = "&".join(f"p{i}=1" for i in range(60))
    assert workspace.handle("/", many).status == 400
    assert workspace.handle("/search", "q=%FF%FE").status == 400  # not UTF-8

    def broken(self: Shot) -> list[dict[str, str]]:
        raise RuntimeError("a store gone wrong")

    monkeypatch.setattr(Shot, "reports", broken)
    answer = workspace.handle("/", "")
    assert answer.status == 500 and b"RuntimeError" not in answer.body
    assert "RuntimeError: a store gone wrong" in capsys.readouterr().err
    assert workspace.handle("/sparql", "").status == 200  # and it goes on


class _CountingEngine:
    """An engine that answers on the store in this process and counts the queries asked."""

    def __init__(self, store: Path, limit: int = 64 * 1024 * 1024) -> None:
        self.store, self.limit = ox.Store.read_only(str(store.resolve())), limit
        self.asked: list[str] = []

    def run(self, job: Job, wait: float = 1.0) -> Answer:
        self.asked.append(job.query)
        return engine_answer(self.store, job, self.limit)


def test_a_question_is_asked_once_a_build_and_paged_from_its_answer(
    corpus_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conflictkg.web import workspace as ws

    engine = _CountingEngine(corpus_root / "build" / "store")
    space = ws.Workspace(
        corpus_root, corpus_root / "build" / "store", corpus_root / "queries", lambda: engine
    )
    cq03 = find_query(corpus_root / "queries", "cq03")
    whole = run(Snapshots(corpus_root / "build" / "store", corpus_root).get().store, cq03)  # type: ignore[union-attr]
    assert len(whole.rows) > 10
    monkeypatch.setattr(ws, "PAGE", 5)
    first, error, more, total = space.answer_page(cq03, {}, 0)
    assert first is not None and not error and more and total == len(whole.rows)
    second, _, _, _ = space.answer_page(cq03, {}, 1)
    last, _, last_more, _ = space.answer_page(cq03, {}, (total - 1) // 5)
    assert second is not None and last is not None and not last_more
    assert len(engine.asked) == 1 and "LIMIT" not in engine.asked[0]  # asked whole, once
    # the pages are the answer's rows, in its order, none twice
    assert first.rows + second.rows == whole.rows[:10]
    assert len(last.rows) == total - 5 * ((total - 1) // 5)
    # another parameter is another question; the page shows how many rows there are in all
    page = space.handle("/question", "name=cq28&date=2017-11-10").body.decode()
    assert len(engine.asked) == 2 and "3 row(s) in all; page 1 of 1" in page


def test_an_answer_over_the_cap_is_asked_a_page_at_a_time(
    corpus_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conflictkg.web import workspace as ws

    store = corpus_root / "build" / "store"
    cq03 = find_query(corpus_root / "queries", "cq03")
    size = len(_CountingEngine(store).run(Job(cq03.text, "application/sparql-results+json")).body)
    engine = _CountingEngine(store, limit=size // 2)  # the whole is too large, a page is not
    space = ws.Workspace(corpus_root, store, corpus_root / "queries", lambda: engine)
    monkeypatch.setattr(ws, "PAGE", 2)
    rows, error, more, total = space.answer_page(cq03, {}, 0)
    # the whole answer is refused (413); its first page is asked with LIMIT, and not kept
    assert "LIMIT" not in engine.asked[0] and "LIMIT 3 OFFSET 0" in engine.asked[1]
    assert rows is not None and len(rows.rows) == 2 and more and total is None and not error
    space.answer_page(cq03, {}, 0)
    assert len(engine.asked) == 4


def test_kept_answers_stay_within_their_budget() -> None:
    from conflictkg.query import Results
    from conflictkg.web.answers import Kept, Whole

    kept = Kept(budget=100)
    small = Whole(Results(["x"], []), 40)
    kept.put("a", small)
    kept.put("b", small)
    assert kept.get("a") is small  # now the most recently used
    kept.put("c", small)  # 120 bytes: the oldest used, b, goes
    assert kept.get("b") is None and kept.get("a") is small and kept.get("c") is small
    kept.put("huge", Whole(Results(["x"], []), 101))
    assert kept.get("huge") is None and kept.used == 80


def test_the_warmer_answers_each_question_once_a_build() -> None:
    import threading

    from conflictkg.query import read_query
    from conflictkg.web.answers import Ask, warm

    builds = iter(["b1", "b1", "b1", "b2", "b2"])
    current = ["b1"]

    def build_id() -> str:
        current[0] = next(builds, current[0])
        return current[0]

    stop = threading.Event()
    answered: list[tuple[str, str]] = []
    loaded: list[str] = []
    query = read_query(ROOT / "queries" / "cq01-who-supported-whom.rq")
    asks = [Ask(query, {}), Ask(query, {"x": "1"})]

    def answer(ask: Ask) -> None:
        answered.append((current[0], str(ask.given)))
        if len(answered) == 4:
            stop.set()
        if not ask.given:  # one ask failing does not stop the others, nor the next build's
            raise InputError("a bad example")

    thread = threading.Thread(
        target=warm,
        args=(build_id, answer, lambda: loaded.append(current[0]), lambda: asks, stop),
        kwargs={"every": 0.01},
    )
    thread.start()
    thread.join(10)
    assert not thread.is_alive()
    assert answered == [("b1", "{}"), ("b1", "{'x': '1'}"), ("b2", "{}"), ("b2", "{'x': '1'}")]
    assert loaded == ["b1", "b2"]


def test_home_pages_its_reports() -> None:
    reports = [
        {
            "iri": f"https://w3id.org/conflict-kg/id/report/r{i:03}",
            "date": "",
            "agency": "",
            "title": "",
            "constructed": "",
            "facts": "1",
            "voices": "",
        }
        for i in range(250)
    ]
    second = pages.home(reports, {}, {}, page=1, size=100).decode()
    assert "r100" in second and "r199" in second and "r099<" not in second and "r200" not in second
    assert "Reports 101 to 200 of 250" in second and "page=0" in second and "page=2" in second
    assert "Next" not in pages.home(reports, {}, {}, page=2, size=100).decode()


def test_the_map_draws_the_latest_captures_up_to_its_day(
    snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conflictkg.web import data

    day = "2017-11-09"
    told = sorted(
        (a.one("earliestBegin") or a.one("latestEnd") or "")[:10]
        for a in snapshot.accounts.accounts.values()
        if a.kind == "capture" and (a.one("earliestBegin") or a.one("latestEnd"))
    )
    up_to = [d for d in told if d <= day]
    whole = snapshot.map_on(day)
    assert whole["capturesTotal"] == len(up_to) == len(whole["captures"]) > 3
    assert len(up_to) < len(told)  # later captures are not drawn yet
    monkeypatch.setattr(data, "MAP_CAPTURES", 3)
    latest = snapshot.map_of(day)  # (map_on keeps the day's map it made before)
    assert latest["capturesTotal"] == len(up_to) and len(latest["captures"]) == 3
    # the three whose first possible day is latest
    firsts = sorted((c["when"] for c in latest["captures"]), reverse=True)
    assert min(f[:10] for f in firsts) >= up_to[-3][:7]


def test_a_place_lists_its_surest_and_latest_accounts_first(
    snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conflictkg.web import data

    day = "2017-11-10"  # the army's announcement and ISIS's counter-attack both stand
    place = PLACE + "albu-kamal"
    every = next(f for f in snapshot.map_of(day)["features"] if f["properties"]["iri"] == place)
    holders = every["properties"]["holders"]
    assert every["properties"]["holdersTotal"] == len(holders) >= 3
    rank = {"held": 0, "last reported held": 1, "possibly held": 2}
    keys = [(rank[h["status"]], h["reportDate"]) for h in holders]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    for (r1, d1), (r2, d2) in itertools.pairwise(keys):
        assert r1 < r2 or d1 >= d2  # within a status, the latest report first
    monkeypatch.setattr(data, "MAP_HOLDERS", 2)
    two = next(f for f in snapshot.map_of(day)["features"] if f["properties"]["iri"] == place)
    assert two["properties"]["holders"] == holders[:2]
    assert two["properties"]["holdersTotal"] == len(holders)
    # the colour does not depend on how many are listed
    assert two["properties"]["controller"] == every["properties"]["controller"]
    assert snapshot.map_on(day) is snapshot.map_on(day)  # a day's map is kept


def test_search_gives_both_names_whichever_was_searched(snapshot: Snapshot) -> None:
    # searched in Arabic, Raqqa is shown with its English name too, and the other way round
    for text in ("الرقة", "Raqqa"):
        (raqqa,) = [f for f in snapshot.search(text) if f["iri"] == PLACE + "raqqa"]
        assert (raqqa["en"], raqqa["ar"]) == ("Raqqa", "الرقة"), text
    page = pages.search("الرقة", snapshot.search("الرقة")).decode("utf-8")
    assert ">Raqqa</a> <span lang=ar dir=rtl>الرقة</span>" in page
