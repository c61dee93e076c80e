"""The workspace's HTML pages, written on the server with every value escaped.

No page carries a script of its own: behaviour is in conflictkg/web/static/*.js, loaded from
this server, and the data the scripts draw (map, timeline, network) comes from the /api/
routes as JSON. Arabic text is marked lang="ar" dir="rtl"; any other text dir="auto".
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import urlencode

from ..query import LibraryQuery, Results, short_iri
from .data import MAP_CAPTURES, MAP_HOLDERS, PAGE

NAV = [
    ("/", "Home"),
    ("/map", "Map"),
    ("/timeline", "Timeline"),
    ("/network", "Actor network"),
    ("/questions", "Questions"),
    ("/sparql", "SPARQL"),
]


def h(value: object) -> str:
    """Text as HTML: every markup character escaped, quotes too."""
    return escape(str(value), quote=True)


def layout(
    title: str,
    body: str,
    here: str = "",
    scripts: tuple[str, ...] = (),
    styles: tuple[str, ...] = (),
) -> bytes:
    nav = "".join(
        f'<a href="{h(path)}"{" class=here" if path == here else ""}>{h(name)}</a>'
        for path, name in NAV
    )
    tags = "".join(f'<script src="{h(src)}"></script>' for src in ("/static/common.js", *scripts))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h(title)} · conflict-kg</title><link rel="icon" href="data:,">
{"".join(f'<link rel="stylesheet" href="{h(s)}">' for s in styles)}
<link rel="stylesheet" href="/static/app.css">
</head><body>
<header><b>conflict-kg</b> <nav>{nav}</nav>
<form action="/search" class="search"><input name="q" placeholder="Search: البوكمال, Raqqa…"
 aria-label="Search by name in Arabic or English"><button>Search</button></form></header>
<main>{body}</main>{tags}</body></html>""".encode()


def ar(text: str) -> str:
    return f'<span lang="ar" dir="rtl">{h(text)}</span>' if text else ""


def link(iri: str, label: str = "") -> str:
    text = label or short_iri(iri)
    return f'<a href="/entity?{urlencode({"iri": iri})}" dir="auto">{h(text)}</a>'


def error_page(status: int, message: str) -> bytes:
    return layout(
        "Not found" if status == 404 else "Error",
        f'<h1>{h(status)}</h1><p class="error">{h(message)}</p>',
    )


def home(
    reports: list[dict[str, str]],
    summary: dict[str, Any],
    entities: dict[str, int],
    page: int = 0,
    size: int = 100,
) -> bytes:
    shown = reports[page * size : (page + 1) * size]
    pages = ""
    if page > 0:
        pages += f'<a href="/?{urlencode({"page": page - 1})}">Previous</a> '
    if len(reports) > (page + 1) * size:
        pages += f'<a href="/?{urlencode({"page": page + 1})}">Next</a>'
    if pages:
        last = min(len(reports), (page + 1) * size)
        pages = f"<p>Reports {h(page * size + 1)} to {h(last)} of {h(len(reports))}: {pages}</p>"
    rows = "".join(
        f"<tr><td>{link(r['iri'], r['iri'].rsplit('/', 1)[-1])}</td><td>{h(r['date'])}</td>"
        f"<td>{h(r['agency'])}</td><td dir=auto>{h(r['title'])}</td>"
        f"<td>{h(r['constructed'])}</td><td class=num>{h(r['facts'])}</td>"
        f"<td>{h(r['voices'])}</td></tr>"
        for r in shown
    )
    status = summary.get("conforms")
    valid = (
        '<span class="ok">valid (conforms to the shapes)</span>'
        if status is True
        else '<span class="error">not validated: published with --allow-invalid or '
        "--allow-drafts</span>"
    )
    graphs = summary.get("graphs", {})
    return layout(
        "Workspace",
        f"""<h1>The workspace</h1>
<p>Dataset <b>{h(summary.get("dataset", "data"))}</b>: {h(len(reports))} report(s),
{h(sum(int(v) for v in graphs.values()))} triples in {h(len(graphs))} graphs;
{h(entities.get("actor", 0))} actors and {h(entities.get("place", 0))} places in the gazetteer;
{valid}.</p>
<p class=hint>Who held a place on a day, according to whom, and where is it written? Open the
<a href="/map">map</a>, move the day, click a place; or ask question
<a href="/question?name=cq28">cq28</a>.</p>
<h2>Reports</h2>
<table><thead><tr><th>Report</th><th>Date</th><th>Agency</th><th>Title</th>
<th>Constructed example</th><th>Facts</th><th>Facts by voice</th></tr></thead><tbody>{rows}</tbody></table>
{pages}""",
        "/",
    )


def search(query: str, found: list[dict[str, str]]) -> bytes:
    def names(f: dict[str, str]) -> str:
        """The English name as the link, the Arabic beside it (the one found if it has no
        other)."""
        first = f.get("en") or f["label"]
        other = f.get("ar", "") if f.get("ar", "") != first else ""
        return link(f["iri"], first) + (
            f" <span lang=ar dir=rtl>{h(other)}</span>" if other else ""
        )

    items = "".join(f"<li>{names(f)} <small>{h(f['kind'])}</small></li>" for f in found)
    return layout(
        f"Search: {query}",
        f"<h1>Search: <span dir=auto>{h(query)}</span></h1>"
        + (f"<ul class=found>{items}</ul>" if found else "<p>Nothing has that name.</p>"),
    )


def entity(data: dict[str, Any]) -> bytes:
    iri = data["iri"]
    types = ", ".join(h(t.rsplit("#", 1)[-1]) for t in data["types"]) or "—"

    def value(row: dict[str, str]) -> str:
        if row["node"] == "iri":
            return link(row["value"], row["label"])
        lang = row["lang"]
        if lang == "ar":
            return ar(row["value"])
        return f"<span dir=auto>{h(row['value'])}</span>"

    out_rows = "".join(
        f"<tr><td>{h(short_iri(r['p']))}</td><td>{value(r)}</td></tr>" for r in data["out"]
    )
    in_rows = "".join(
        f"<tr><td>{link(r['value'], r['label'])}</td><td>{h(short_iri(r['p']))}</td></tr>"
        for r in data["in"]
    )
    evidence = "".join(_evidence(e) for e in data["evidence"])
    more = ""
    if data["more"]:
        more = (
            f'<p><a href="/entity?{urlencode({"iri": iri, "page": data["page"] + 1})}">'
            "More links…</a></p>"
        )
    title = data["en"] or short_iri(iri)
    return layout(
        title,
        f"""<h1 dir=auto>{h(title)}</h1>
<p class=labels>{ar(data["ar"])}</p>
<p><code>{h(iri)}</code> · {types}
 · <a href="/timeline?{urlencode({"about": iri})}">timeline</a></p>
{"<h2>Evidence</h2>" + evidence if evidence else ""}
<h2>Links out</h2><table class=links><tbody>{out_rows or "<tr><td>none</td></tr>"}</tbody></table>
<h2>Links in</h2><table class=links><tbody>{in_rows or "<tr><td>none</td></tr>"}</tbody></table>
{more}""",
    )


def _evidence(e: dict[str, Any]) -> str:
    where = " · ".join(
        part
        for part in (
            link(e["report"], e["report"].rsplit("/", 1)[-1]) if e["report"] else "",
            h(short_iri(e["voice"])) if e["voice"] else "",
            f"attests {h(short_iri(e['attests']))}" if e["attests"] else "",
            f"characters {h(e['start'])} to {h(e['end'])}",
        )
        if part
    )
    if e["problem"]:
        text = f"<p class=error>{h(e['problem'])}</p><blockquote lang=ar dir=rtl>{h(e['exact'])}</blockquote>"
    else:
        text = (
            f'<blockquote class=source lang="ar" dir="rtl">{h(e["before"])}'
            f'<mark class="quote">{h(e["quote"])}</mark>{h(e["after"])}</blockquote>'
        )
    return f'<div class="evidence"><p class=where>{where}</p>{text}</div>'


def map_page(day: str) -> bytes:
    return layout(
        "Map",
        f"""<h1>Map: who held what, day by day</h1>
<div class=controls><label>Day <input type=range id=day-slider min=0 max=0 value=0></label>
<input type=date id=day value="{h(day)}"> <span id=day-label></span></div>
<div id=map></div><div id=legend></div><div id=details></div>
<p class=hint>A place's colour is the controller the reports say surely held it that day
(held, or last reported held: the rule of question cq04); white with a dashed edge when they
disagree; grey when no report says.
Captures up to the day are dots (the latest {MAP_CAPTURES}). Click a place for its accounts
and their reports (the {MAP_HOLDERS} surest and latest; its timeline has them all).</p>""",
        "/map",
        ("/vendor/leaflet.js", "/vendor/topojson-client.js", "/static/map.js"),
        ("/vendor/leaflet.css",),
    )


def timeline_page(about: str, label: str) -> bytes:
    return layout(
        "Timeline",
        f"""<h1>Timeline: <span dir=auto>{h(label)}</span></h1>
<form class=controls action="/timeline"><input name=about value="{h(about)}" size=60
 aria-label="A place or an actor (IRI)"><button>Show</button></form>
<div id=timeline data-about="{h(about)}"></div>
<p class=hint>Events are points, spans are bands (a month told as a month is a band, not a
day); a faded end is a bound, not a date. Click an item for its page.</p>""",
        "/timeline",
        ("/vendor/vis-timeline.js", "/static/timeline.js"),
        ("/vendor/vis-timeline.css",),
    )


def network_page(day: str) -> bytes:
    return layout(
        "Actor network",
        f"""<h1>Actor network</h1>
<div class=controls><label>On <input type=date id=day value="{h(day)}"></label>
<label><input type=checkbox id=all checked> every day</label></div>
<div id=network></div><div id=details></div>
<p class=hint>Arrows go from supporter to supported, loyal to leader, member to organisation.
Click an edge or an actor for its page.</p>""",
        "/network",
        ("/vendor/cytoscape.js", "/static/network.js"),
    )


def questions(library: list[LibraryQuery]) -> bytes:
    rows = "".join(
        f'<tr><td><a href="/question?{urlencode({"name": q.name})}">{h(q.name.split("-")[0])}</a></td>'
        f"<td dir=auto>{h(q.question)}<br>{ar(q.question_ar)}</td>"
        f"<td>{h(', '.join(p.name for p in q.params))}</td></tr>"
        for q in library
    )
    return layout(
        "Questions",
        f"<h1>Competency questions</h1><table><tbody>{rows}</tbody></table>",
        "/questions",
    )


_INPUT = {"xsd:date": "date", "xsd:decimal": "number", "xsd:integer": "number", "iri": "text"}


def question(
    query: LibraryQuery,
    given: dict[str, str],
    results: Results | None,
    error: str,
    page: int,
    more: bool,
    total: int | None = None,
) -> bytes:
    fields = "".join(
        f'<label>{h(p.name)} <small>{h(p.doc)}</small> <input name="{h(p.name)}" '
        f'type="{_INPUT[p.kind]}" value="{h(given.get(p.name, p.default or ""))}"'
        f"{' step=any' if p.kind == 'xsd:decimal' else ''}"
        f"{' list=entities size=50' if p.kind == 'iri' else ''}></label> "
        for p in query.params
    )
    params = {"name": query.name, **given}
    downloads = " ".join(
        f'<a href="/api/answer?{urlencode({**params, "format": f})}" download>{f.upper()}</a>'
        for f in ("csv", "json")
    )
    table = ""
    if results is not None:
        head = "".join(f"<th>{h(v)}</th>" for v in results.variables)
        body = "".join(
            "<tr>" + "".join(f"<td>{_cell(row.get(v))}</td>" for v in results.variables) + "</tr>"
            for row in results.rows
        )
        pages = ""
        if page > 0:
            pages += f'<a href="/question?{urlencode({**params, "page": page - 1})}">Previous</a> '
        if more:
            pages += f'<a href="/question?{urlencode({**params, "page": page + 1})}">Next</a>'
        count = f"{h(len(results.rows))} row(s) on page {h(page + 1)}"
        if total is not None:
            last = -(-total // PAGE) if total else 1
            count = f"{h(total)} row(s) in all; page {h(page + 1)} of {h(last)}"
        table = (
            f"<p>{count} · download all: {downloads}</p>"
            f"<table class=answer><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            f"<p>{pages}</p>"
        )
    return layout(
        query.name,
        f"""<h1>{h(query.name.split("-")[0])}: <span dir=auto>{h(query.question)}</span></h1>
<p>{ar(query.question_ar)}</p>
<form action="/question" class=controls><input type=hidden name=name value="{h(query.name)}">
{fields}<button>Answer</button></form>
{f"<p class=error>{h(error)}</p>" if error else ""}{table}
<details><summary>The SPARQL</summary><pre>{h(query.text)}</pre></details>""",
        "/questions",
    )


def _cell(term: tuple[str, str, str | None, str | None] | None) -> str:
    if term is None:
        return ""
    kind, value, _datatype, lang = term
    if kind == "uri":
        return link(value)
    if lang == "ar":
        return ar(value)
    return f"<span dir=auto>{h(value)}</span>"


def sparql_page(prefixes: str, examples: list[tuple[str, str]]) -> bytes:
    options = "".join(f'<option value="{h(text)}">{h(name)}</option>' for name, text in examples)
    first = examples[0][1] if examples else prefixes
    return layout(
        "SPARQL",
        f"""<h1>SPARQL (read-only)</h1>
<p>The default graph is the union of the build's named graphs; the project's prefixes are
declared below. Queries stop after the server's time limit; large answers are refused, not
cut.</p>
<label>Example <select id=examples>{options}</select></label>
<form id=sparql><textarea id=query name=query spellcheck=false>{h(first)}</textarea>
<button>Run</button></form><div id=out></div>""",
        "/sparql",
        ("/static/sparql.js",),
    )
