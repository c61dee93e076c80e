"""The `conflictkg` command: a thin layer over the package's functions.

Exit codes: 0 success; 1 data does not conform to the shapes, or a query gives a wrong
answer; 2 error (bad input, missing file, unreachable store, bad arguments).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import ConflictKGError, InputError
from .progress import Progress
from .project import Project

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn a ConflictKGError into one clear paragraph on stderr and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ConflictKGError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


store_option = click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The embedded store (default: build/store).",
)

data_option = click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The dataset folder to read (default: data/; the constructed corpus: data/corpus).",
)

project_option = click.option(
    "--project",
    "project_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Project root (default: the current folder or the nearest parent holding ontology/).",
)


def _versions() -> str:
    """The tool's version and the ontology's it ships (or, in a checkout, the project's)."""
    from .projects.shipped import installed_ontology_version, ontology_version

    ontology = installed_ontology_version()
    if ontology is None:
        try:
            ontology = ontology_version(Project.find().ontology_dir)
        except ConflictKGError:
            ontology = "none found"
    return f"conflictkg {__version__}, ontology {ontology}"


def _print_versions(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(_versions())
        ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_versions,
    help="Show the tool's and the ontology's versions and exit.",
)
def main() -> None:
    """conflict-kg: build, validate, query and export a knowledge graph of armed conflict."""


engine_option = click.option(
    "--engine",
    type=click.Choice(["compiled", "pyshacl"]),
    default="compiled",
    show_default=True,
    help="SHACL engine: compiled (fast) or pyshacl (the reference; same results, slower).",
)
quiet_option = click.option(
    "-q", "--quiet", is_flag=True, help="No progress (shown only on a terminal)."
)
workers_option = click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that resolve and check reports (default: one per core).",
)


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--example", is_flag=True, help="Add the seed report (AFP, November 2017).")
@click.option("--name", default=None, help="The project's name (default: the folder's).")
@click.option("--agency", default=None, help="The agency new reports come from by default.")
@reports_errors
def init(directory: Path, example: bool, name: str | None, agency: str | None) -> None:
    """Make a new analysis project in DIRECTORY (absent or empty): data/sources,
    data/reports, data/gazetteer (from the shipped one), queries/ for your own questions,
    conflictkg.toml, .gitignore and a README. The ontology, shapes and question library
    stay in the installed package."""
    from .projects.init import init_project

    for path in init_project(directory, name=name, agency=agency, example=example):
        click.echo(f"wrote {path}")
    click.echo(f"a new project in {directory}: `cd {directory}` and `conflictkg build`")


@main.command()
@project_option
@data_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Output folder (default: build/ in the project).",
)
@click.option(
    "--no-validate", is_flag=True, help="Skip SHACL validation (output marked UNVALIDATED)."
)
@click.option(
    "--allow-invalid",
    is_flag=True,
    help="Publish even if validation fails (output marked UNVALIDATED).",
)
@click.option(
    "--allow-drafts",
    is_flag=True,
    help="Publish reports holding drafted facts not yet reviewed (output marked).",
)
@click.option(
    "--rebuild",
    is_flag=True,
    help="Rebuild the store from scratch instead of updating the last build's in place.",
)
@engine_option
@workers_option
@quiet_option
@reports_errors
def build(
    project_dir: Path | None,
    data_dir: Path | None,
    out_dir: Path | None,
    no_validate: bool,
    allow_invalid: bool,
    allow_drafts: bool,
    rebuild: bool,
    engine: str,
    workers: int | None,
    quiet: bool,
) -> None:
    """Build the graph: ontology + gazetteer + reports -> checked -> the embedded store.

    Unchanged reports come from the cache (.conflictkg-cache/); when only reports changed,
    the last build's store is updated in place. Other formats: `conflictkg export`."""
    from .build import QualityError
    from .build import build as run_build
    from .validate import NotConformingError

    project = Project.find(project_dir, data_dir)
    _ontology_notice(project)
    try:
        result = run_build(
            project,
            out_dir,
            validate=not no_validate,
            allow_invalid=allow_invalid,
            allow_drafts=allow_drafts,
            progress=Progress.for_terminal(quiet),
            workers=workers,
            engine=engine,
            incremental=not rebuild,
        )
    except NotConformingError as exc:
        click.echo(exc.report.text(), err=True)
        click.echo(
            "error: the data does not conform to the shapes; nothing was written "
            "(use --allow-invalid to publish it marked UNVALIDATED)",
            err=True,
        )
        sys.exit(EXIT_FAIL)
    except QualityError as exc:
        click.echo(f"error: {exc} Nothing was written.", err=True)
        sys.exit(EXIT_FAIL)
    total = sum(result.counts.values())
    how = "updated in place" if result.incremental else "built"
    click.echo(
        f"{how}: {len(result.counts)} graphs, {total} triples -> {result.out_dir / 'store'} "
        f"({result.resolved} of {len(result.reports)} reports resolved anew)"
    )
    reports = {n: c for n, c in result.counts.items() if "/graph/report/" in n}
    shown = (
        sorted(result.counts.items())
        if len(reports) <= 10
        else sorted((n, c) for n, c in result.counts.items() if n not in reports)
    )
    for name, count in shown:
        click.echo(f"  {count:>7}  {name}")
    if len(reports) > 10:
        click.echo(f"  {sum(reports.values()):>7}  in {len(reports)} report graphs")
    if result.drafts:
        click.echo(
            "warning: drafted facts not yet reviewed in "
            + ", ".join(result.drafts)
            + "; the output is marked UNVALIDATED",
            err=True,
        )
    if result.conforms is None:
        click.echo("warning: not validated; the output is marked UNVALIDATED", err=True)
    elif not result.conforms:
        click.echo("warning: the data does NOT conform; the output is marked UNVALIDATED", err=True)
        sys.exit(EXIT_FAIL)


def _ontology_notice(project: Project) -> None:
    """Say, once a build, when the installed ontology is not the one the project was made
    with (a project newer than the tool is an error)."""
    from .projects.config import version_notice
    from .projects.shipped import ontology_version

    settings = project.settings
    if settings is None:
        return
    installed = ontology_version(project.ontology_dir)
    notice = version_notice(settings, installed, project.ontology_file)
    if notice:
        click.echo(f"note: {notice}", err=True)


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise click.BadParameter(f"«{item}»: write NAME=VALUE.", param_hint="--param")
        if name in params:
            raise click.BadParameter(
                f"{name} is given twice («{params[name]}» and «{value}»); give it once.",
                param_hint="--param",
            )
        params[name] = value
    return params


@main.command()
@project_option
@click.argument("name", required=False)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter, bound as a typed RDF term (repeatable).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
)
@click.option("--list", "list_queries", is_flag=True, help="List the library's questions.")
@store_option
@click.option(
    "--endpoint",
    default=None,
    metavar="URL",
    help="Ask a remote SPARQL 1.1 endpoint instead of the embedded store.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Stop the query after this many seconds (0: no limit).",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let the query call other endpoints with SERVICE (off: federation is refused).",
)
@reports_errors
def query(
    project_dir: Path | None,
    name: str | None,
    params: tuple[str, ...],
    fmt: str,
    list_queries: bool,
    store_dir: Path | None,
    endpoint: str | None,
    timeout: float,
    allow_service: bool,
) -> None:
    """Answer a competency question (NAME, e.g. cq04) or a query file (FILE.rq).

    Each parameter's value is printed on stderr, with those left to their defaults. Queries
    run in a child process stopped after --timeout seconds; SERVICE is refused unless
    --allow-service. An IRI parameter or a FROM graph that the store does not hold is
    named in a warning."""
    from .query import FORMATTERS, answer_from_store, bindings, find_query, library
    from .timelimit import call_with_time_limit

    project = Project.find(project_dir)
    own = project.own_queries_dir if project.own_queries_dir != project.queries_dir else None
    if list_queries:
        from .query import read_query

        mine = [read_query(p) for p in sorted(own.glob("*.rq"))] if own else []
        for q in [*library(project.queries_dir), *mine]:
            click.echo(f"{q.name}\n    {q.question}\n    {q.question_ar}")
            for p in q.params:
                click.echo(f"    --param {p.name}=<{p.kind}> (default {p.default}) {p.doc}")
        return
    if not name:
        raise click.UsageError("give a query NAME or FILE.rq, or --list")
    library_query = find_query(project.queries_dir, name, own)
    given = _parse_params(params)
    terms = bindings(library_query, given)  # refuses bad values before anything runs
    if terms:
        used = ", ".join(
            f"{var.value}={_shown(term)}" + ("" if var.value in given else " (default)")
            for var, term in terms.items()
        )
        click.echo(f"{library_query.name}: {used}", err=True)
    if endpoint:
        from .query import run_remote
        from .remote import resolve_endpoint

        target = resolve_endpoint(endpoint, timeout=timeout or 3600.0)
        results = run_remote(target, library_query, given, allow_service=allow_service)
        warnings: list[str] = []
    else:
        location = store_dir or project.build_dir / "store"
        results, warnings = call_with_time_limit(
            answer_from_store,
            (location, library_query, given, allow_service),
            timeout or None,
            f"the query {library_query.name}",
        )
    for warning in warnings:
        click.echo(f"warning: {warning}; the answer may be empty because of it", err=True)
    click.echo(FORMATTERS[fmt](results))


def _shown(term: Any) -> str:
    import pyoxigraph

    from .query import short_iri

    return short_iri(term.value) if isinstance(term, pyoxigraph.NamedNode) else str(term.value)


def _gazetteer(project: Project) -> Any:
    """The project's gazetteer, parsed once: the names `draft` finds and the agencies."""
    from rdflib import Graph

    from .rdfio import parse_turtle

    union = Graph()
    for path in project.gazetteer_files:
        union += parse_turtle(path)
    return union


def _agency(project: Project, given: str | None, gazetteer: Any) -> str:
    """The agency a report is attributed to: an actor of the gazetteer, named by IRI,
    prefixed name (actor:afp), slug (afp) or one of its labels; default: the project's."""
    from rdflib import RDFS, URIRef
    from rdflib.namespace import SKOS

    from .arabic import fold
    from .namespaces import ID

    name = given or (project.settings.agency if project.settings else None)
    if not name:
        raise InputError("say which agency the report is from (--agency)")
    wanted = name.strip()
    for subject in sorted(set(gazetteer.subjects()), key=str):
        iri = str(subject)
        if not iri.startswith(str(ID["actor/"])):
            continue
        slug = iri.rsplit("/", 1)[-1]
        labels = {
            fold(str(o)).casefold()
            for p in (RDFS.label, SKOS.altLabel)
            for o in gazetteer.objects(URIRef(iri), p)
        }
        if wanted in (iri, f"actor:{slug}", slug) or fold(wanted).casefold() in labels:
            return iri
    raise InputError(
        f"no actor «{wanted}» in the gazetteer",
        hint="Name an actor of data/gazetteer/ (actor:afp, afp or its label), or add the "
        "agency there first.",
    )


@main.command("import-acled")
@project_option
@data_option
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--slug", required=True, help="The report's name for the imported rows.")
@reports_errors
def import_acled_command(
    project_dir: Path | None, data_dir: Path | None, source: Path, slug: str
) -> None:
    """Import the rows of a CSV file in ACLED's layout as a report of their own (the coded
    dataset's voice), beside the news reports: each row checked (event type, date, time
    precision, coordinates, place, actors, fatalities), a bad row reported with its line and
    left out, the good ones kept. Exit 0 when every row was imported, 1 when some were
    refused."""
    _import_rows(project_dir, data_dir, source, slug, "acled")


@main.command("import-ucdp")
@project_option
@data_option
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--slug", required=True, help="The report's name for the imported rows.")
@reports_errors
def import_ucdp_command(
    project_dir: Path | None, data_dir: Path | None, source: Path, slug: str
) -> None:
    """Import the rows of a CSV file in UCDP GED's layout as a report of their own, like
    import-acled: battles between the two sides (state-based and non-state violence), their
    dates and deaths by side; a bad row reported with its line and left out (exit 1)."""
    _import_rows(project_dir, data_dir, source, slug, "ucdp")


def _import_rows(
    project_dir: Path | None, data_dir: Path | None, source: Path, slug: str, layout: str
) -> None:
    from .interop.imports import ACLED_LAYOUT, UCDP_LAYOUT, import_rows

    project = Project.find(project_dir, data_dir)
    done = import_rows(
        source,
        project.dataset.folder,
        project.root,
        project.gazetteer_files,
        slug,
        ACLED_LAYOUT if layout == "acled" else UCDP_LAYOUT,
    )
    for line, problem in done.problems:
        click.echo(f"{source}:{line}: {problem}", err=True)
    total = done.rows + len(done.problems)
    click.echo(f"imported {done.rows} of {total} rows into {done.report}")
    if done.problems:
        click.echo(
            f"  {len(done.problems)} row(s) refused, listed above; fix them and import again"
        )
        sys.exit(EXIT_FAIL)


@main.command("new-report")
@project_option
@data_option
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--slug", required=True, help="The report's name: agency-2017-11-19-place.")
@click.option("--agency", default=None, help="Who published it (default: the project's agency).")
@click.option("--date", "day", required=True, help="The report's date, YYYY-MM-DD.")
@reports_errors
def new_report(
    project_dir: Path | None,
    data_dir: Path | None,
    source: Path,
    slug: str,
    agency: str | None,
    day: str,
) -> None:
    """Copy a report's Arabic text into the data's sources, byte for byte, and write its
    report file's header (report, source with its SHA-256, dateline when found)."""
    from .draft.draft import read_date
    from .draft.mentions import Lexicon
    from .draft.newreport import new_report as make

    project = Project.find(project_dir, data_dir)
    gazetteer = _gazetteer(project)
    folder = project.dataset.folder
    text, report = make(
        source,
        slug,
        project.root,
        folder / "sources",
        folder / "reports",
        _agency(project, agency, gazetteer),
        read_date(day),
        Lexicon.from_graph(gazetteer),
    )
    click.echo(f"wrote {text}\nwrote {report}")
    click.echo(f"next: conflictkg draft {text} -o {report}")


@main.command("draft")
@project_option
@data_option
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The report file to write (data/reports/<slug>.ttl).",
)
@click.option("--report-date", "day", default=None, help="YYYY-MM-DD (default: the file's).")
@click.option(
    "--agency", default=None, help="Who published it (default: the file's, or the project's)."
)
@reports_errors
def draft_command(
    project_dir: Path | None,
    data_dir: Path | None,
    source: Path,
    output: Path,
    day: str | None,
    agency: str | None,
) -> None:
    """Draft every fact of a report's text, with its quote, for review: the report file
    gets the header and the proposals (ckg:reviewStatus ckg:Draft). A file that already
    holds facts is not overwritten."""
    from rdflib import RDF

    from .draft.draft import draft, read_date
    from .draft.mentions import Lexicon
    from .draft.newreport import header_for, read_source
    from .namespaces import CKG, PROV
    from .rdfio import parse_turtle
    from .sources import confined_source

    project = Project.find(project_dir, data_dir)
    relative = os.path.relpath(source.resolve(), project.root.resolve())
    confined_source(project.root, relative, source, None)
    text = read_source(source)
    existing_date = existing_agency = None
    if output.exists():
        graph = parse_turtle(output)
        facts = [
            s for s, o in graph.subject_objects(RDF.type) if o not in (CKG.Report, CKG.SourceText)
        ]
        if facts:
            raise InputError(
                f"the report file holds {len(facts)} node(s) already: not overwritten",
                output,
                hint="Draft into a new file, or remove the facts you do not want first.",
            )
        report = next(graph.subjects(RDF.type, CKG.Report), None)
        if report is not None:
            existing_date = graph.value(report, CKG.reportDate)
            existing_agency = graph.value(report, PROV.wasAttributedTo)
    when = day or (str(existing_date) if existing_date is not None else None)
    if when is None:
        raise InputError("say the report's date (--report-date YYYY-MM-DD)")
    gazetteer = _gazetteer(project)
    lexicon = Lexicon.from_graph(gazetteer)
    for label, iris, read_as in lexicon.shared:
        click.echo(
            f"warning: the gazetteer gives «{label}» to {len(iris)} entries "
            f"({', '.join(iris)}); drafts read it as {read_as}: keep one",
            err=True,
        )
    who = (
        _agency(project, agency, gazetteer)
        if agency or existing_agency is None
        else str(existing_agency)
    )
    header = header_for(
        text, output.name.removesuffix(".ttl"), relative, who, read_date(when), lexicon
    )
    result = draft(text, header, lexicon)
    tmp = output.with_name(f".{output.name}.tmp-{os.getpid()}")
    tmp.write_text(result.turtle(), encoding="utf-8")
    os.replace(tmp, output)
    kinds = Counter(p.cls for p in result.proposals)
    click.echo(f"wrote {output}: {len(result.proposals)} drafted fact(s) for review")
    for cls, n in sorted(kinds.items()):
        click.echo(f"  {n:3}  {cls}")
    if result.new_names:
        click.echo(
            f"  {len(result.new_names)} name(s) not in the gazetteer, proposed at the top of the file"
        )


@main.command("review")
@project_option
@data_option
@click.argument("report")
@click.option(
    "--accept",
    "accepted",
    multiple=True,
    help="Accept a drafted node (ev:capture-raqqa), or 'all'.",
)
@click.option(
    "--reject", "rejected", multiple=True, help="Reject a drafted node (and what depends on it)."
)
@click.option("--list", "listing", is_flag=True, help="List the drafted nodes and change nothing.")
@click.option(
    "--one-by-one",
    is_flag=True,
    help="Ask about each node even when the input is not a terminal (answers piped in).",
)
@reports_errors
def review(
    project_dir: Path | None,
    data_dir: Path | None,
    report: str,
    accepted: tuple[str, ...],
    rejected: tuple[str, ...],
    listing: bool,
    one_by_one: bool,
) -> None:
    """Review the drafted facts of REPORT (its name or its file): each with its Arabic
    sentence and the quote marked, accepted (the draft marks go), rejected (the node goes,
    and what points at it) or edited in $EDITOR (the file is checked before it is written).
    On a terminal without options, one by one."""
    from .draft import review as rv
    from .namespaces import CKG
    from .rdfio import parse_turtle

    project = Project.find(project_dir, data_dir)
    path = (
        Path(report)
        if report.endswith(".ttl")
        else project.dataset.folder / "reports" / f"{report}.ttl"
    )
    lines = rv.read(path)
    blocks = rv.drafted(lines)
    graph = parse_turtle(path)
    source = next(graph.objects(None, CKG.sourcePath), None)
    text = (project.root / str(source)).read_text(encoding="utf-8") if source is not None else ""
    if listing or not (accepted or rejected or one_by_one or sys.stdin.isatty()):
        for block in blocks:
            click.echo(
                f"{block.term}  {block.cls}  {block.confidence}  [{block.rule}]  {block.label}"
            )
            click.echo(f"    «{block.quote}»")
        click.echo(f"{len(blocks)} drafted node(s) in {path}")
        return
    if accepted or rejected:
        terms = {b.term for b in blocks}
        wanted = [t for t in (*accepted, *rejected) if t != "all"]
        unknown = [t for t in wanted if t not in terms]
        if unknown:
            raise InputError(
                f"no drafted node {', '.join(unknown)} in the file",
                path,
                hint="`conflictkg review REPORT --list` lists them.",
            )
        for term in rejected:
            gone = next((b for b in rv.drafted(lines) if b.term == term), None)
            if gone is not None:
                lines = rv.reject(lines, gone)
        for term in accepted:
            for name in [b.term for b in rv.drafted(lines) if term in ("all", b.term)]:
                lines = rv.accept(lines, next(b for b in rv.drafted(lines) if b.term == name))
        rv.save(path, lines)
        click.echo(f"{len(rv.drafted(lines))} drafted node(s) left in {path}")
        return
    for name in [b.term for b in blocks]:
        current = next((b for b in rv.drafted(lines) if b.term == name), None)
        if current is None:
            continue  # gone with a node rejected before
        at = text.find(current.quote)
        start = max(text.rfind("\n", 0, at), text.rfind(".", 0, at)) + 1 if at >= 0 else 0
        end = min(
            [e for e in (text.find("\n", at), text.find(".", at + len(current.quote))) if e >= 0]
            or [len(text)]
        )
        if at >= 0:
            click.echo(
                "\n"
                + text[start:at].strip()
                + " "
                + click.style(current.quote, bold=True, underline=True)
                + " "
                + text[at + len(current.quote) : end].strip()
            )
        click.echo(
            f"{current.term}  {current.cls}: {current.label}  (rule «{current.rule}», {current.confidence})"
        )
        choice = click.prompt(
            "accept, reject, edit, skip or quit",
            type=click.Choice(["a", "r", "e", "s", "q"]),
            default="s",
        )
        if choice == "q":
            break
        if choice == "a":
            lines = rv.accept(lines, current)
        elif choice == "r":
            lines = rv.reject(lines, current)
        elif choice == "e":
            edited = click.edit("\n".join(lines[current.start : current.end]), extension=".ttl")
            if edited is None:
                continue  # closed without saving: nothing changes
            changed = rv.replace(lines, current, edited)
            try:
                rv.save(path, changed)
            except InputError as exc:
                click.echo(f"not changed: {exc.message}", err=True)
                continue
            lines = changed
            continue
        rv.save(path, lines)
    click.echo(f"{len(rv.drafted(lines))} drafted node(s) left in {path}")


def _place_iri(raw: str, option: str) -> str:
    """A place given as an IRI, a prefixed name (place:albu-kamal) or a bare slug."""
    from .query import Param, to_term

    text = raw.strip()
    if ":" not in text:
        text = f"place:{text}"
    return to_term(Param(option, "iri", None), text).value


def _read_accounts(project_dir: Path | None, store_dir: Path | None) -> Any:
    from .corpus.accounts import load
    from .store import open_store

    project = Project.find(project_dir)
    return load(open_store(store_dir or project.build_dir / "store"))


format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)


@main.command()
@project_option
@store_option
@click.argument("place")
@format_option
@reports_errors
def timeline(project_dir: Path | None, store_dir: Path | None, place: str, fmt: str) -> None:
    """The control of PLACE over time across all reports (place:albu-kamal, albu-kamal or
    its IRI): each period or change with controller, extent, share, bounds, the report,
    its date and voice; accounts of the same event side by side, disagreements marked."""
    from .corpus import disagreements, timeline
    from .corpus.render import render

    accounts = _read_accounts(project_dir, store_dir)
    iri = _place_iri(place, "place")
    found = disagreements.find(accounts)
    rows = timeline.timeline(accounts, iri, found)
    click.echo(render(rows, timeline.COLUMNS, fmt))
    if fmt == "table":
        marked = sorted(
            {m for r in rows for m in r["disagreement"].split()}, key=lambda m: int(m[1:])
        )
        for mark in marked:
            d = found[int(mark[1:]) - 1]
            click.echo(f"{mark}: {d.kind}: {d.topic} ({d.says[0]} / {d.says[1]})")


@main.command()
@project_option
@store_option
@click.option(
    "--place", "place", default=None, help="Only disagreements about this place (or places in it)."
)
@click.option(
    "--since",
    "since",
    default=None,
    help="Only those told by a report dated on or after this day (YYYY-MM-DD).",
)
@format_option
@reports_errors
def disagreements(
    project_dir: Path | None, store_dir: Path | None, place: str | None, since: str | None, fmt: str
) -> None:
    """Every place, figure or date on which reports disagree, each side with its report,
    date and voice. Exit 0 whether or not there are any: disagreement is a result."""
    from .corpus import disagreements as found
    from .corpus.render import render
    from .query import Param, to_term

    accounts = _read_accounts(project_dir, store_dir)
    iri = _place_iri(place, "--place") if place is not None else None
    day = to_term(Param("--since", "xsd:date", None), since).value if since is not None else None
    chosen = found.select(accounts, found.find(accounts), iri, day)
    if fmt == "table" and not chosen:
        click.echo(f"no disagreements between the {len(accounts.reports)} report(s) built")
        return
    click.echo(render(found.rows(accounts, chosen), found.COLUMNS, fmt))
    if fmt == "table":
        click.echo(f"\n{len(chosen)} disagreement(s)")


@main.command()
@project_option
@store_option
@click.option("-q", "--quiet", is_flag=True, help="Only the pass/fail lines.")
@reports_errors
def answer(project_dir: Path | None, store_dir: Path | None, quiet: bool) -> None:
    """Answer every competency question of queries/manifest.ttl and check the expected answers."""
    from .built import built_dataset
    from .manifest import check, manifests, report_digests, select_manifest
    from .query import to_table
    from .store import open_store

    project = Project.find(project_dir)
    store = open_store(store_dir or project.build_dir / "store")
    if store_dir is None:
        project = Project.find(project_dir, built_dataset(project))
    manifest, note = select_manifest(
        manifests(project.queries_dir), report_digests(project.report_files)
    )
    if not quiet:
        click.echo(f"dataset {project.dataset_name}; expected answers: {manifest}")
    outcomes = check(store, manifest)
    failed = 0
    for outcome in outcomes:
        entry = outcome.entry
        status = "ok  " if outcome.passed else "FAIL"
        params = " ".join(f"{k}={v}" for k, v in sorted(entry.params.items()))
        click.echo(f"\n[{status}] {entry.name} {params}".rstrip())
        if not quiet:
            click.echo(f"  {entry.query.question}\n  {entry.query.question_ar}")
            click.echo("  " + to_table(outcome.actual).replace("\n", "\n  "))
        if not outcome.passed:
            failed += 1
            click.echo(outcome.diff())
    click.echo(f"\n{len(outcomes) - failed} passed, {failed} failed")
    if note:
        click.echo(f"note: {note}", err=True)
    sys.exit(EXIT_FAIL if failed else EXIT_OK)


@main.command()
@project_option
@data_option
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "ttl"]), default="text", show_default=True
)
@click.option(
    "--ontology",
    "check_ontology",
    is_flag=True,
    help="Also check the ontology itself (labels and definitions in both languages).",
)
@engine_option
@workers_option
@quiet_option
@reports_errors
def validate(
    project_dir: Path | None,
    data_dir: Path | None,
    files: tuple[Path, ...],
    fmt: str,
    check_ontology: bool,
    engine: str,
    workers: int | None,
    quiet: bool,
) -> None:
    """Check report FILES (default: all of the project's), each with the gazetteer, against
    the shapes and the quality-control queries."""
    from .build import check_reports
    from .validate import validate_ontology

    project = Project.find(project_dir, data_dir)
    report = check_reports(
        project,
        list(files) or None,
        engine=engine,
        workers=workers,
        progress=Progress.for_terminal(quiet),
    )
    if check_ontology:
        from .ontology import load_ontology

        onto = validate_ontology(project, load_ontology(project))
        report.conforms = report.conforms and onto.conforms
        report.violations += onto.violations
        report.results += onto.results
    output = {"text": report.text, "json": report.json, "ttl": report.turtle}[fmt]()
    click.echo(output)
    sys.exit(EXIT_OK if report.conforms else EXIT_FAIL)


@main.command()
@project_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(
        ["ttl", "nt", "xml", "trig", "nq", "jsonld", "geojson", "acled-csv", "ucdp-ged-csv"]
    ),
    default="ttl",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The file to write (written whole or not at all).",
)
@click.option("--inferred", is_flag=True, help="Add the inferred graph (OWL 2 RL entailments).")
@click.option(
    "--engine",
    type=click.Choice(["rules", "owlrl"]),
    default="rules",
    show_default=True,
    help="rules: SPARQL rules on Oxigraph (fast); owlrl: the full OWL 2 RL closure.",
)
@reports_errors
def export(project_dir: Path | None, fmt: str, output: Path, inferred: bool, engine: str) -> None:
    """Export the build in an RDF format (ttl, nt, xml: the union of the graphs; trig, nq,
    jsonld: with their named graphs), the triples exactly as they were validated; as
    GeoJSON (places and located events, for QGIS and Leaflet); or as CSV in the layouts of
    ACLED (acled-csv) and UCDP GED (ucdp-ged-csv), one row per event and place."""
    from .export import export_built

    project = Project.find(project_dir)
    if fmt in ("acled-csv", "ucdp-ged-csv"):
        from .interop.datasets import write_csv
        from .store import open_store

        layout = "acled" if fmt == "acled-csv" else "ucdp"
        done = write_csv(open_store(project.build_dir / "store"), layout, output)
        click.echo(f"wrote {done.rows} rows in the {fmt[:-4].upper()} layout to {output}")
        for why, count in sorted(done.left_out.items()):
            click.echo(f"  {count} event(s) left out: {why}")
        return
    if fmt == "geojson":
        from .interop.geojson import write_geojson
        from .store import open_store

        written = write_geojson(open_store(project.build_dir / "store"), output)
        click.echo(f"wrote {written.places} places and {written.events} events to {output}")
        if written.unplaced:
            click.echo(f"  ({written.unplaced} events whose places have no coordinates left out)")
        return
    count = export_built(project, fmt, output, inferred=inferred, engine=engine)
    click.echo(f"wrote {count} triples to {output}")
    if fmt in ("ttl", "nt", "xml"):
        import json

        built = json.loads((project.build_dir / "summary.json").read_text(encoding="utf-8"))
        if not inferred and built.get("triples", count) > count:
            click.echo(
                f"  ({built['triples']} in the {len(built['graphs'])} named graphs of the build: "
                f"a triple stated in more than one graph is written once in {fmt})"
            )


@main.command()
@project_option
@reports_errors
def reason(project_dir: Path | None) -> None:
    """Run HermiT over the built graph: consistency, unsatisfiable classes, inferred types."""
    from .built import read_built
    from .reason import run_hermit
    from .serialize import union

    project = Project.find(project_dir)
    built = read_built(project)
    result = run_hermit(union(built))
    if not result.consistent:
        click.echo(f"INCONSISTENT: {result.message}")
        sys.exit(EXIT_FAIL)
    from .query import short_iri

    click.echo("consistent (HermiT)")
    if result.unsatisfiable:
        from rdflib import URIRef

        from .namespaces import GRAPH_ONTOLOGY
        from .reason import class_axioms

        ontology = built[GRAPH_ONTOLOGY]
        for cls in result.unsatisfiable:
            click.echo(f"UNSATISFIABLE: {short_iri(cls)}")
            for axiom in class_axioms(ontology, URIRef(cls)):
                click.echo(f"    {axiom}")
    else:
        click.echo("no unsatisfiable classes")
    inferred = sorted(result.inferred_types.items())
    click.echo(f"{len(inferred)} nodes with inferred types" + (":" if inferred else ""))
    for node, classes in inferred:
        shown = ", ".join(sorted(short_iri(c) for c in classes))
        click.echo(f"  {short_iri(node)}\n      inferred: {shown}")
    sys.exit(EXIT_FAIL if result.unsatisfiable else EXIT_OK)


@main.command()
@project_option
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="The store: its base URL or its query URL (Oxigraph, Fuseki, Virtuoso layouts).",
)
@click.option(
    "--graph",
    "graphs",
    multiple=True,
    metavar="IRI",
    help="Load only this named graph (repeatable; default: every graph built).",
)
@click.option(
    "--replace/--append",
    default=True,
    show_default=True,
    help="Replace each named graph whole, or add to it.",
)
@click.option("--update-url", default=None, help="SPARQL Update URL, if not the usual one.")
@click.option("--store-url", default=None, help="Graph Store Protocol URL, if not the usual one.")
@click.option("--timeout", default=60.0, show_default=True, help="Seconds per request.")
@quiet_option
@reports_errors
def load(
    project_dir: Path | None,
    endpoint: str,
    graphs: tuple[str, ...],
    replace: bool,
    update_url: str | None,
    store_url: str | None,
    timeout: float,
    quiet: bool,
) -> None:
    """Load the built graph into a remote SPARQL 1.1 store, one named graph at a time.

    Credentials come from CONFLICTKG_USER / CONFLICTKG_PASSWORD or ~/.netrc, never from
    the command line."""
    from .built import graph_files, write_nquads
    from .remote import load_dataset, load_graph, read_nquads_by_graph, resolve_endpoint

    project = Project.find(project_dir)
    graph_files(project.build_dir)  # nothing built: say so before reaching the store
    target = resolve_endpoint(endpoint, update_url=update_url, store_url=store_url, timeout=timeout)
    progress = Progress.for_terminal(quiet)
    say = progress.say
    nquads = project.build_dir / f".load-{os.getpid()}.nq"
    try:
        say("gathering the built graphs for upload")
        write_nquads(project.build_dir, nquads)
        if target.flavour == "oxigraph":
            reports = load_dataset(
                target, nquads, graphs=set(graphs) or None, append=not replace, progress=progress
            )
            missing = sorted(set(graphs) - {r.graph for r in reports})
            if missing:
                raise InputError(f"no built graph named {', '.join(missing)}", project.build_dir)
        else:
            by_graph = read_nquads_by_graph(nquads)
            unknown = sorted(set(graphs) - set(by_graph))
            if unknown:
                raise InputError(f"no built graph named {', '.join(unknown)}", project.build_dir)
            reports = [
                load_graph(target, name, by_graph[name], append=not replace, say=say)
                for name in graphs or sorted(by_graph)
            ]
    finally:
        nquads.unlink(missing_ok=True)
    for report in reports:
        click.echo(
            f"{report.stored:>8} triples  {report.graph}  ({report.sent} sent, via {report.via})"
        )


@main.command()
@project_option
@store_option
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=30.0,
    show_default=True,
    help="Seconds a query may run before it is stopped.",
)
@click.option(
    "--max-result-mb",
    type=click.IntRange(min=1),
    default=64,
    show_default=True,
    help="The largest answer sent; a larger one is refused (413), never cut.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1, max=64),
    default=4,
    show_default=True,
    help="Worker processes: queries answered at once; more wait, then get 503.",
)
@click.option(
    "--host-name",
    "host_names",
    multiple=True,
    metavar="NAME",
    help="Also answer requests sent to this host name (default: 127.0.0.1, localhost, [::1]).",
)
@click.option(
    "--warm/--no-warm",
    default=True,
    show_default=True,
    help="After each build, answer every question in the background (one worker at a time), "
    "so that the workspace shows them at once.",
)
@reports_errors
def serve(
    project_dir: Path | None,
    store_dir: Path | None,
    port: int,
    timeout: float,
    max_result_mb: int,
    workers: int,
    host_names: tuple[str, ...],
    warm: bool,
) -> None:
    """Serve the built store read-only on 127.0.0.1: the workspace (map, timeline, actor
    network, entity pages with their Arabic evidence, question forms, a SPARQL editor) and a
    SPARQL endpoint.

    Requests must name this server in their Host header; updates are refused; queries are
    checked (length, nesting, no SERVICE), stopped after --timeout (their worker process is
    killed) and their answers capped. A new `conflictkg build` is served from the next
    request on."""
    from .web.server import ServeSettings, open_front, serve_forever

    project = Project.find(project_dir)
    settings = ServeSettings(
        store=store_dir or project.build_dir / "store",
        root=project.root,
        queries=project.queries_dir,
        port=port,
        timeout=timeout,
        max_bytes=max_result_mb * 1024 * 1024,
        workers=workers,
        hosts=frozenset(name.lower() for name in host_names),
        warm=warm,
    )
    front = open_front(settings)  # the port is ours before the URL is printed
    click.echo(
        f"Workspace: http://127.0.0.1:{port}/  SPARQL endpoint: http://127.0.0.1:{port}/query"
        "  Ctrl-C stops it."
    )
    serve_forever(front)


@main.command()
@project_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Output folder (default: build/docs).",
)
@reports_errors
def docs(project_dir: Path | None, out_dir: Path | None) -> None:
    """Write the ontology reference: HTML (pyLODE), RDF/XML for Protégé, Graphviz pictures."""
    from .built import GRAPHS, read_built
    from .docs import make_docs
    from .serialize import union

    project = Project.find(project_dir)
    built = (project.build_dir / GRAPHS).is_dir()
    data = union(read_built(project)) if built else None
    for path in make_docs(project, out_dir or project.build_dir / "docs", data):
        click.echo(f"wrote {path}")


if __name__ == "__main__":
    main()
