"""Installed as a user meets it (issue #21): the wheel built from this repository, installed
into a fresh virtual environment outside it, makes and works a project of its own."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from conflictkg.projects.shipped import ontology_version

from .conftest import ROOT

VERSION = ontology_version(ROOT / "ontology")  # the ontology the wheel carries

pytestmark = [pytest.mark.slow, pytest.mark.integration]

# A report written for this test: one sentence of our own on a fact of the public record
# (the SDF took Raqqa from ISIS on 17 October 2017).
SOURCE = "الرقة: سيطرت قوات سوريا الديموقراطية على مدينة الرقة في 17 تشرين الأول/اكتوبر 2017 بعد طرد تنظيم الدولة الإسلامية منها.\n"
REPORT = """\
# A constructed example for the installation test (not an agency's dispatch).
@prefix ckg:     <https://w3id.org/conflict-kg/ontology#> .
@prefix actor:   <https://w3id.org/conflict-kg/id/actor/> .
@prefix place:   <https://w3id.org/conflict-kg/id/place/> .
@prefix ev:      <https://w3id.org/conflict-kg/id/event/raqqa-example/> .
@prefix sit:     <https://w3id.org/conflict-kg/id/situation/raqqa-example/> .
@prefix report:  <https://w3id.org/conflict-kg/id/report/> .
@prefix source:  <https://w3id.org/conflict-kg/id/source/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .

report:raqqa-example a ckg:Report ;
    dcterms:title "The SDF take Raqqa"@en , "قوات سوريا الديموقراطية تسيطر على الرقة"@ar ;
    dcterms:language "ar" ;
    ckg:sourceText source:raqqa-example ;
    ckg:dateline place:raqqa ;
    ckg:reportDate "2017-10-17"^^xsd:date ;
    ckg:evidence [ ckg:quote "الرقة:" ; ckg:attests ckg:dateline ] .

source:raqqa-example a ckg:SourceText ;
    ckg:sourcePath "data/sources/raqqa-example.ar.txt" ;
    ckg:sha256 "{sha}" .

ev:capture-raqqa a ckg:Capture ;
    rdfs:label "The SDF take Raqqa from ISIS"@en ;
    ckg:agent actor:sdf ;
    ckg:opponent actor:isis ;
    ckg:place place:raqqa ;
    ckg:date "2017-10-17"^^xsd:date ;
    ckg:evidence [ ckg:quote "سيطرت قوات سوريا الديموقراطية على مدينة الرقة" ] ,
        [ ckg:quote "في 17 تشرين الأول/اكتوبر 2017" ; ckg:attests ckg:date ] .

sit:sdf-raqqa a ckg:ControlPeriod ;
    rdfs:label "The SDF hold Raqqa"@en ;
    ckg:controller actor:sdf ;
    ckg:controlledPlace place:raqqa ;
    ckg:extent ckg:FullControl ;
    ckg:startedBy ev:capture-raqqa ;
    ckg:beginDate "2017-10-17"^^xsd:date ;
    ckg:ongoing true ;
    ckg:evidence [ ckg:quote "سيطرت قوات سوريا الديموقراطية على مدينة الرقة" ] .
"""


def _wheel(tmp: Path) -> Path:
    """The wheel built from a clean copy of the sources: setuptools builds in place into
    build/lib, where the files of earlier builds linger (a query deleted since was shipped)."""
    sources = tmp / "sources"
    for name in ("src", "ontology", "queries", "data"):
        shutil.copytree(
            ROOT / name, sources / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
        )
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(ROOT / name, sources / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp), str(sources)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp.glob("conflictkg-*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def tool(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The `conflictkg` of a fresh virtual environment outside the repository, with the
    wheel and its dependencies from PyPI at the tested versions."""
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=True)
    pip = [str(home / "bin" / "python"), "-m", "pip", "install", "-q"]
    done = subprocess.run(
        [*pip, "-c", str(ROOT / ".ci" / "constraints.txt"), str(wheel)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.fail(f"pip install of the wheel failed:\n{done.stderr[-2000:]}")
    yield home / "bin" / "conflictkg"


def _run(tool: Path, *args: str, cwd: Path, code: int = 0) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(tool), *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=600
    )
    assert done.returncode == code, f"{args}: {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def test_the_wheel_carries_the_repository_files(wheel: Path) -> None:
    expected = {
        "ontology": [
            *sorted((ROOT / "ontology").rglob("*.ttl")),
            ROOT / "ontology" / "catalog-v001.xml",
        ],
        "queries": [
            *sorted((ROOT / "queries").rglob("*.rq")),
            *sorted((ROOT / "queries").glob("*.srj")),
            ROOT / "queries" / "manifest.ttl",
            *sorted((ROOT / "queries" / "corpus").glob("*.srj")),
            ROOT / "queries" / "corpus" / "manifest.ttl",
        ],
        "data": [
            *sorted((ROOT / "data" / "gazetteer").glob("*.ttl")),
            ROOT / "data" / "reports" / "afp-2017-isis-territory.ttl",
            ROOT / "data" / "sources" / "afp-2017-isis-territory.ar.txt",
        ],
    }
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for folder, files in expected.items():
            for path in files:
                inside = f"conflictkg/shipped/{folder}/{path.relative_to(ROOT / folder).as_posix()}"
                assert inside in names, inside
                assert archive.read(inside) == path.read_bytes(), inside
        shipped = {n for n in names if n.startswith("conflictkg/shipped/")}
    assert len(shipped) == sum(len(f) for f in expected.values())  # and nothing else


def test_init_build_query_export_in_a_project_of_ones_own(tool: Path, tmp_path: Path) -> None:
    assert _run(tool, "--version", cwd=tmp_path).stdout.startswith("conflictkg ")
    python = tool.with_name("python")
    version = subprocess.run(
        [str(python), "-m", "conflictkg", "--version"], capture_output=True, text=True, cwd=tmp_path
    )
    assert f"ontology {VERSION}" in version.stdout, version.stderr
    project = tmp_path / "my-analysis"
    _run(tool, "init", str(project), "--agency", "AFP", cwd=tmp_path)
    assert (project / "conflictkg.toml").is_file() and (project / ".gitignore").is_file()
    assert not list((project / "data" / "reports").iterdir())
    (project / "data" / "sources" / "raqqa-example.ar.txt").write_text(SOURCE, encoding="utf-8")
    sha = hashlib.sha256(SOURCE.encode("utf-8")).hexdigest()
    (project / "data" / "reports" / "raqqa-example.ttl").write_text(
        REPORT.replace("{sha}", sha), encoding="utf-8"
    )
    inside = project / "data"  # commands find the project from a folder inside it
    built = _run(tool, "build", "-q", cwd=inside)
    assert "1 of 1 reports resolved anew" in built.stdout
    _run(tool, "validate", cwd=inside)
    held = _run(tool, "query", "cq04", "--param", "date=2017-10-18", "--format", "csv", cwd=inside)
    assert "date=2017-10-18" in held.stderr
    # the report says nothing ISIS holds: the header alone
    assert len(held.stdout.strip().splitlines()) == 1
    control = _run(
        tool, "query", "cq16", "--param", "place=place:raqqa", "--format", "csv", cwd=inside
    )
    assert "Syrian Democratic Forces" in control.stdout and "2017-10-17" in control.stdout
    taken = _run(tool, "query", "cq03", "--format", "csv", cwd=inside).stdout
    assert "Raqqa" in taken and "الرقة" in taken
    mine = _run(tool, "query", "actors", "--format", "csv", cwd=inside).stdout
    assert "Syrian Democratic Forces" in mine
    out = tmp_path / "graph.ttl"
    _run(tool, "export", "--format", "ttl", "-o", str(out), cwd=inside)
    assert "raqqa-example" in out.read_text(encoding="utf-8")


def test_the_example_answers_every_question(tool: Path, tmp_path: Path) -> None:
    project = tmp_path / "example"
    _run(tool, "init", str(project), "--example", cwd=tmp_path)
    _run(tool, "build", "-q", cwd=project)
    answered = _run(tool, "answer", "-q", cwd=project)
    manifest = (ROOT / "queries" / "manifest.ttl").read_text(encoding="utf-8")
    entries = manifest.count("a mf:QueryEvaluationTest")
    assert answered.stdout.rstrip().endswith(f"{entries} passed, 0 failed")


def test_an_older_or_newer_project_is_told_what_to_do(tool: Path, tmp_path: Path) -> None:
    project = tmp_path / "older"
    _run(tool, "init", str(project), "--example", cwd=tmp_path)
    settings = project / "conflictkg.toml"
    text = settings.read_text(encoding="utf-8")
    made = f'ontology-version = "{VERSION}"'
    assert made in text
    settings.write_text(text.replace(made, 'ontology-version = "0.0.9"'))
    older = _run(tool, "build", "-q", cwd=project)
    assert f"made with ontology 0.0.9; the installed conflictkg carries {VERSION}" in older.stderr
    assert "0.1.0: the first published version." in older.stderr  # every version since
    assert "0.2.0: accounts across reports" in older.stderr
    assert f'set ontology-version = "{VERSION}"' in older.stderr
    settings.write_text(text.replace(made, 'ontology-version = "9.0"'))
    newer = _run(tool, "build", "-q", cwd=project, code=2)
    assert "Upgrade conflictkg" in newer.stderr


def test_init_refuses_a_folder_that_is_not_empty(tool: Path, tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    refused = _run(tool, "init", str(tmp_path / "full"), cwd=tmp_path, code=2)
    assert "not empty" in refused.stderr
    assert sorted(p.name for p in (tmp_path / "full").iterdir()) == ["notes.txt"]
