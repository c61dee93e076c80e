"""Bad input: a clear one-paragraph error naming the file and line, exit code 2, no
traceback, and nothing written or half-written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.project import Project

REPORT = Path("data") / "reports" / "afp-2017-isis-territory.ttl"


def _run(project: Project, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--project", str(project.root)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


def _edit(project: Project, old: str, new: str, path: Path = REPORT) -> Path:
    file = project.root / path
    text = file.read_text(encoding="utf-8")
    assert old in text, old
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    return file


def _assert_clean_failure(
    project: Project, code: int, stderr: str, pattern: str, line: int | None
) -> None:
    assert code == 2, stderr
    assert "Traceback" not in stderr
    assert stderr.startswith("error: ") and stderr.count("\n") == 1, stderr  # one paragraph
    assert re.search(pattern, stderr), stderr
    if line is not None:
        assert f"afp-2017-isis-territory.ttl:{line}:" in stderr, stderr
    assert not project.build_dir.exists(), "nothing may be written on failure"


def _line_of(project: Project, needle: str, path: Path = REPORT) -> int:
    for number, text in enumerate(
        (project.root / path).read_text(encoding="utf-8").splitlines(), 1
    ):
        if needle in text:
            return number
    raise AssertionError(needle)


def test_malformed_turtle(project_copy: Project) -> None:
    _edit(
        project_copy,
        "ckg:agent actor:isis ;\n    ckg:place place:syria , place:iraq ;",
        "ckg:agent actor:isis\n    ckg:place place:syria , place:iraq ;",
    )
    line = _line_of(project_copy, "ckg:place place:syria , place:iraq ;")
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "Turtle syntax error", line)


def test_unknown_prefix(project_copy: Project) -> None:
    _edit(project_copy, "ckg:agent actor:isis ;", "ckg:agent actr:isis ;")
    line = _line_of(project_copy, "actr:isis")
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "actr", line)


def test_impossible_date(project_copy: Project) -> None:
    _edit(project_copy, 'ckg:date "2016-10-17"^^xsd:date', 'ckg:date "2017-13-45"^^xsd:date')
    line = _line_of(project_copy, "2017-13-45")
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, r"2017-13-45.*not a valid .*date", line)


def test_not_utf8(project_copy: Project) -> None:
    file = project_copy.root / REPORT
    text = file.read_text(encoding="utf-8")
    file.write_bytes(text.encode("cp1256", errors="replace"))
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "not valid UTF-8", None)
    assert re.search(r"afp-2017-isis-territory\.ttl:\d+:", err)


def test_empty_file(project_copy: Project) -> None:
    (project_copy.root / REPORT).write_text("", encoding="utf-8")
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "empty", None)


def test_missing_file(project_copy: Project) -> None:
    code, err = _run(
        project_copy, "validate", str(project_copy.root / "data" / "reports" / "nope.ttl")
    )
    _assert_clean_failure(project_copy, code, err, "nope.ttl: file not found", None)


def test_quote_not_in_text(project_copy: Project) -> None:
    _edit(project_copy, 'ckg:quote "وفق التحالف الدولي"', 'ckg:quote "وفق مصادر عسكرية"')
    line = _line_of(project_copy, "وفق مصادر عسكرية")
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "«وفق مصادر عسكرية».*does not occur", line)


def test_ambiguous_quote(project_copy: Project) -> None:
    _edit(project_copy, 'ckg:quote "وفق التحالف الدولي"', 'ckg:quote "التحالف الدولي"')
    line = _line_of(project_copy, 'ckg:quote "التحالف الدولي"')
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, r"occurs 2 times .*lines 27, 35", line)


def test_one_iri_for_two_entities(project_copy: Project) -> None:
    """The report redefines a gazetteer place as something else."""
    _edit(
        project_copy,
        "place:mosul ckg:within place:iraq ;",
        'place:mosul a ckg:Province ; rdfs:label "Nineveh"@en ; ckg:within place:iraq ;',
    )
    line = _line_of(project_copy, "place:mosul a ckg:Province")
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "defined .* in two files", line)


def test_two_labels_in_one_language(project_copy: Project) -> None:
    path = Path("data") / "gazetteer" / "places.ttl"
    _edit(
        project_copy,
        'rdfs:label "الموصل"@ar , "Mosul"@en ;',
        'rdfs:label "الموصل"@ar , "Mosul"@en , "Nineveh"@en ;',
        path,
    )
    code, err = _run(project_copy, "build")
    assert code == 2 and "2 different rdfs:label values in language 'en'" in err
    assert "places.ttl:" in err and not project_copy.build_dir.exists()


def test_no_reports_is_an_error_not_a_pass(project_copy: Project) -> None:
    (project_copy.root / REPORT).unlink()
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "no report files", None)


@pytest.mark.parametrize("bad", ["2017-02-30", "yesterday", '2017-11-09"^^<x> } DROP ALL {'])
def test_bad_parameter_values(project: Project, built: object, bad: str) -> None:
    result = CliRunner().invoke(
        main,
        [
            "query",
            "cq04",
            "--param",
            f"date={bad}",
            "--project",
            str(project.root),
            "--store",
            str(built.out_dir / "store"),
        ],
    )  # type: ignore[attr-defined]
    assert (
        result.exit_code == 2 and "is not a" in result.stderr and "Traceback" not in result.stderr
    )
