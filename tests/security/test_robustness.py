"""Robustness findings of issue #16: what used to end in a traceback or in silently wrong
output now ends in a clear message (exit 2) or in right output."""

from __future__ import annotations

import xml.dom.minidom
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictkg.build import BuildResult
from conflictkg.cli import main
from conflictkg.project import Project
from tests.test_errors import _assert_clean_failure, _edit, _run


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.slow
def test_the_full_owl_rl_closure_exports(project_copy_built: Path, tmp_path: Path) -> None:
    output = tmp_path / "closed.nt"
    code, _out, err = _invoke(
        "export", "--project", str(project_copy_built), "--inferred", "--engine", "owlrl",
        "--format", "nt", "-o", str(output),
    )  # fmt: skip
    assert code == 0, err
    rules = tmp_path / "rules.nt"
    code, _, err = _invoke(
        "export", "--project", str(project_copy_built), "--inferred", "--format", "nt",
        "-o", str(rules),
    )  # fmt: skip
    assert code == 0, err
    closed = set(output.read_text(encoding="utf-8").splitlines())
    assert not [line for line in closed if line.startswith('"')], "a literal as a subject"
    # the full closure holds at least what the fast rules entail about our own terms and
    # data (it leaves out what it says of W3C vocabularies themselves)
    fast = {
        line
        for line in rules.read_text(encoding="utf-8").splitlines()
        if not line.startswith("<http://www.w3.org/")
    }
    assert fast and fast <= closed


def test_reason_without_java_is_a_clear_error(
    project_copy_built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import owlready2

    monkeypatch.setattr(owlready2, "JAVA_EXE", "no-such-java-here")
    code, _out, err = _invoke("reason", "--project", str(project_copy_built))
    assert code == 2 and "HermiT needs Java" in err and "Traceback" not in err, err


@pytest.mark.parametrize("char", ["\\u0000", "\\u0001", "\\u001F"])
def test_a_control_character_in_a_literal_is_refused(project_copy: Project, char: str) -> None:
    _edit(
        project_copy,
        '"ISIS declares its caliphate in Syria and Iraq (2014)"@en',
        f'"ISIS declares its {char}caliphate"@en',
    )
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "control character U\\+00", None)


def test_a_control_character_in_the_source_text_is_refused(project_copy: Project) -> None:
    source = project_copy.root / "data" / "sources" / "afp-2017-isis-territory.ar.txt"
    source.write_bytes(source.read_bytes().replace("بيروت".encode(), "بيروت\x01".encode(), 1))
    _edit(project_copy, "ckg:sha256 ", "rdfs:comment ")
    code, err = _run(project_copy, "build")
    assert code == 2 and "afp-2017-isis-territory.ar.txt:1:" in err and "U+0001" in err, err


def test_the_xml_export_parses(project_copy_built: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.rdf"
    code, _out, err = _invoke(
        "export", "--project", str(project_copy_built), "--format", "xml", "-o", str(output)
    )
    assert code == 0, err
    xml.dom.minidom.parse(str(output))  # raises on anything an XML parser refuses


def test_a_full_disk_during_build_is_a_clear_error(
    project_copy: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Path.write_bytes

    def full(self: Path, data: bytes) -> int:
        if self.suffix == ".nt":
            raise OSError(28, "No space left on device", str(self))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", full)
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "writing the build failed: No space left", None)


def test_export_says_why_it_has_fewer_triples(
    project_copy_built: Path, built: BuildResult, tmp_path: Path
) -> None:
    code, out, _err = _invoke(
        "export",
        "--project",
        str(project_copy_built),
        "--format",
        "ttl",
        "-o",
        str(tmp_path / "x.ttl"),
    )
    total = sum(built.counts.values())
    assert code == 0
    written = int(out.split()[1])
    if written < total:  # the seed states one triple in the gazetteer and in the report
        assert f"({total} in the {len(built.counts)} named graphs" in out


def test_no_project_mentions_the_option(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["validate"], catch_exceptions=False, env={"PWD": str(tmp_path)}
    )
    del result
    code, _out, err = _invoke("validate", "--project", str(tmp_path))
    assert code == 2 and "--project DIR" in err and err.rstrip().endswith(".")
