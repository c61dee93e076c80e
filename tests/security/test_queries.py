"""Security and robustness of `conflictkg query`: hostile query files and parameters
(issue #16: items 2, 3 and 4, and the parameter and file findings)."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictkg.build import BuildResult
from conflictkg.cli import main
from conflictkg.errors import InputError
from conflictkg.project import Project
from conflictkg.query import read_query, run
from conflictkg.sparqlcheck import MAX_DEPTH, check_query, shape


def _query(project: Project, built: BuildResult, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        main,
        ["query", *args, "--project", str(project.root), "--store", str(built.out_dir / "store")],
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _file(tmp_path: Path, text: str, name: str = "q.rq") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# ------------------------------------------------------------------ the query text
def test_a_query_nested_thousands_deep_is_refused_not_run(
    project: Project, built: BuildResult, tmp_path: Path
) -> None:
    # 3,000 braces overflowed Oxigraph's stack: `query` died with SIGSEGV (exit 139)
    deep = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    code, _out, err = _query(project, built, _file(tmp_path, deep))
    assert code == 2, err
    assert "nests brackets 3000 deep" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("text", "depth", "unary"),
    [
        ('SELECT * WHERE { ?s ?p "{{{{" FILTER(?o < 3) } # {{{{', 2, 0),
        ("SELECT * WHERE { ?s <urn:a> '''(((\n[[[''' }", 1, 0),
        ("SELECT * WHERE { FILTER(!!!!true) }", 2, 4),
        ("ASK { { { } } }", 3, 0),
    ],
)
def test_the_lexer_skips_strings_iris_and_comments(text: str, depth: int, unary: int) -> None:
    seen = shape(text)
    assert (seen.depth, seen.unary) == (depth, unary)


def test_limits_are_the_edges(tmp_path: Path) -> None:
    at_limit = "ASK " + "{" * MAX_DEPTH + "}" * MAX_DEPTH
    check_query(at_limit)
    with pytest.raises(InputError, match="nests brackets"):
        check_query("ASK " + "{" * (MAX_DEPTH + 1) + "}" * (MAX_DEPTH + 1))
    with pytest.raises(InputError, match="unary operators"):
        check_query("ASK { FILTER(" + "!" * 40 + "true) }")
    with pytest.raises(InputError, match="characters long"):
        check_query("ASK {}" + " " * 200_000)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9999/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o.service <http://127.0.0.1:9999/> { } }",
        "SELECT * WHERE { SERVICE SILENT ?endpoint { ?s ?p ?o } }",
    ],
)
def test_service_is_refused(
    project: Project, built: BuildResult, tmp_path: Path, text: str
) -> None:
    code, _out, err = _query(project, built, _file(tmp_path, text))
    assert code == 2 and "SERVICE (federation), which is off" in err, err


def test_service_words_that_are_names_are_not_refused() -> None:
    check_query("SELECT ?service WHERE { ?service ex:SERVICE ex:a-service . ?s ?p 'SERVICE' }")


def test_an_allowed_service_that_fails_is_a_clear_error(
    project: Project, built: BuildResult, tmp_path: Path
) -> None:
    with socket.socket() as sock:  # a port that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    code, _out, err = _query(project, built, _file(tmp_path, text), "--allow-service")
    assert code == 2 and "the query failed" in err and "Traceback" not in err, err


def test_a_runaway_query_is_stopped(project: Project, built: BuildResult, tmp_path: Path) -> None:
    product = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    code, out, err = _query(project, built, _file(tmp_path, product), "--timeout", "1")
    assert code == 2 and "ran longer than 1 s and was stopped" in err, err
    assert out == ""
    assert time.monotonic() - started < 30  # stopped, not run to the end (hours)


def test_a_query_in_time_answers_as_before(project: Project, built: BuildResult) -> None:
    code, out, _err = _query(project, built, "cq08", "--timeout", "30", "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("backerEn,")
    assert len(out.splitlines()) > 1


# ------------------------------------------------------------------ query files
def test_no_such_query_file(project: Project, built: BuildResult, tmp_path: Path) -> None:
    code, _out, err = _query(project, built, str(tmp_path / "nonexistent.rq"))
    assert code == 2 and "no such query file" in err and "in the library" not in err, err


def test_a_query_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bom.rq"
    path.write_bytes(b"\xef\xbb\xbf# question: with a BOM\nSELECT * WHERE { ?s ?p ?o } LIMIT 1\n")
    query = read_query(path)
    assert query.question == "with a BOM" and query.text.startswith("#")


def test_a_query_file_that_is_not_utf8(
    project: Project, built: BuildResult, tmp_path: Path
) -> None:
    path = tmp_path / "latin.rq"
    path.write_bytes(b"SELECT * WHERE {\n ?s ?p 'caf\xe9' }\n")
    code, _out, err = _query(project, built, str(path))
    assert code == 2 and "latin.rq:2: not valid UTF-8" in err, err


def test_a_store_error_is_not_a_traceback(tmp_path: Path) -> None:
    import pyoxigraph

    path = Path(_file(tmp_path, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }"))
    with pytest.raises(Exception) as caught:
        run(pyoxigraph.Store(), read_query(path), allow_service=True)
    assert caught.type.__name__ == "StoreError"


# ------------------------------------------------------------------ parameters
ARABIC_100 = "\u0661\u0660\u0660"  # 100 in Arabic-Indic digits
ARABIC_DATE = "\u0662\u0660\u0661\u0666-\u0660\u0661-\u0660\u0661"  # 2016-01-01
INTEGER_QUERY = "# param: n xsd:integer 1 -- a number\nSELECT ?n WHERE { }\n"


def test_arabic_indic_digits_are_read_as_digits(
    project: Project, built: BuildResult, tmp_path: Path
) -> None:
    code, out, err = _query(
        project,
        built,
        _file(tmp_path, INTEGER_QUERY),
        "--param",
        "n=" + ARABIC_100,
        "--format",
        "csv",
    )
    assert code == 0, err
    assert out.split() == ["n", "100"]
    code, out, err = _query(
        project, built, "cq04", "--param", "date=" + ARABIC_DATE, "--format", "csv"
    )
    assert code == 0 and "date=2016-01-01" in err
    assert len(out.splitlines()) > 1


def test_an_integer_beyond_64_bits_is_refused(
    project: Project, built: BuildResult, tmp_path: Path
) -> None:
    code, _out, err = _query(
        project, built, _file(tmp_path, INTEGER_QUERY), "--param", "n=" + "9" * 40
    )
    assert code == 2 and "out of range" in err, err


def test_a_parameter_given_twice_is_refused(project: Project, built: BuildResult) -> None:
    code, _out, err = _query(
        project, built, "cq04", "--param", "date=2016-01-01", "--param", "date=2017-01-01"
    )
    assert code == 2 and "given twice" in err, err


def test_the_values_used_are_printed(project: Project, built: BuildResult) -> None:
    code, _out, err = _query(project, built, "cq04")
    assert code == 0 and "cq04-isis-held-on-date: date=2017-11-09 (default)" in err, err


def test_an_iri_that_names_nothing_is_said(project: Project, built: BuildResult) -> None:
    code, out, err = _query(project, built, "cq10", "--param", "node=place:nowhere")
    assert code == 0 and "(0 rows)" in out
    assert (
        "place:nowhere> names nothing in the store" in err or "place/nowhere> names nothing" in err
    )


def test_from_clauses_make_the_dataset(
    project: Project, built: BuildResult, tmp_path: Path
) -> None:
    text = "SELECT (COUNT(*) AS ?n) FROM <{g}> WHERE {{ ?s ?p ?o }}"
    gazetteer = "https://w3id.org/conflict-kg/id/graph/gazetteer"
    code, out, err = _query(
        project, built, _file(tmp_path, text.format(g=gazetteer)), "--format", "csv"
    )
    held = (built.out_dir / "graphs" / "gazetteer.nt").read_bytes().count(b"\n")
    assert code == 0 and out.splitlines()[1] == str(held), err
    code, out, err = _query(
        project, built, _file(tmp_path, text.format(g="urn:nonexistent")), "--format", "csv"
    )
    assert code == 0 and out.splitlines()[1] == "0"
    assert "FROM <urn:nonexistent> is not a graph of the store" in err
