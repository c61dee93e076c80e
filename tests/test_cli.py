"""The CLI's contract: exit codes 0 (ok), 1 (does not conform), 2 (error); reports in text,
JSON and Turtle; `build` never publishes non-conforming data silently."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph, Namespace

from conflictkg.cli import main
from conflictkg.project import Project

SH = Namespace("http://www.w3.org/ns/shacl#")
REPORT = Path("data") / "reports" / "afp-2017-isis-territory.ttl"


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _break(project: Project) -> None:
    """A capture with two taking actors: well-formed Turtle, but it does not conform."""
    file = project.root / REPORT
    text = file.read_text(encoding="utf-8")
    old = "ckg:agent actor:sdf ;\n    ckg:opponent actor:isis ;\n    ckg:place place:raqqa ;"
    assert old in text
    file.write_text(
        text.replace(
            old, old.replace("ckg:agent actor:sdf ;", "ckg:agent actor:sdf , actor:syrian-army ;")
        ),
        encoding="utf-8",
    )


def test_validate_conforming_data(project: Project) -> None:
    code, out, _ = _invoke("validate", "--ontology", "--project", str(project.root))
    assert code == 0 and out.startswith("conforms")


def test_validate_reports_violations_by_node_with_file_line_and_quote(
    project_copy: Project,
) -> None:
    _break(project_copy)
    code, out, _ = _invoke("validate", "--project", str(project_copy.root))
    assert code == 1
    assert "does not conform: 1 violation(s)" in out
    assert (
        "afp-2017-isis-territory.ttl:" in out
        and "event/afp-2017-isis-territory/expulsion-raqqa" in out
    )
    assert "«طردت تنظيم الدولة الاسلامية من مدينة الرقة»" in out
    assert "exactly one taking actor" in out


def test_validate_json_and_turtle_reports(project_copy: Project) -> None:
    _break(project_copy)
    code, out, _ = _invoke("validate", "--format", "json", "--project", str(project_copy.root))
    data = json.loads(out)
    assert code == 1 and data["conforms"] is False and len(data["violations"]) == 1
    assert data["violations"][0]["path"].endswith("#agent") and data["violations"][0]["line"] > 0
    code, out, _ = _invoke("validate", "--format", "ttl", "--project", str(project_copy.root))
    graph = Graph().parse(data=out, format="turtle")
    assert code == 1 and len(list(graph.objects(None, SH.result))) == 1


def test_build_refuses_non_conforming_data(project_copy: Project) -> None:
    _break(project_copy)
    code, _, err = _invoke("build", "--project", str(project_copy.root))
    assert code == 1 and "nothing was written" in err
    assert not project_copy.build_dir.exists()


def test_build_can_publish_marked_unvalidated(project_copy: Project) -> None:
    _break(project_copy)
    code, _, err = _invoke("build", "--allow-invalid", "--project", str(project_copy.root))
    assert code == 1 and "UNVALIDATED" in err
    out = project_copy.build_dir
    assert (out / "store" / "CURRENT").exists() and (out / "UNVALIDATED").exists()
    assert json.loads((out / "summary.json").read_text())["conforms"] is False
    # fixing the data and building again removes the mark
    (project_copy.root / REPORT).write_text(
        (Path(__file__).parents[1] / REPORT).read_text(encoding="utf-8"), encoding="utf-8"
    )
    code, _, _ = _invoke("build", "--project", str(project_copy.root))
    assert code == 0 and not (out / "UNVALIDATED").exists()


def test_usage_errors_exit_2(project: Project) -> None:
    code, _, _ = _invoke("query", "--project", str(project.root))
    assert code == 2
    code, _, err = _invoke("query", "cq99", "--project", str(project.root))
    assert code == 2 and "no query named" in err
