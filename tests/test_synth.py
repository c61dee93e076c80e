"""The synthetic corpus (benchmarks/synth.py): its reports go through the whole pipeline and
conform, and --violations K gives exactly K violations of the rule it breaks."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from conflictkg.build import build, check_reports
from conflictkg.project import Project

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth


def _project(tmp: Path, events: int, violations: int = 0) -> Project:
    for name in ("ontology", "queries"):
        shutil.copytree(ROOT / name, tmp / name)
    shutil.copytree(ROOT / "data" / "gazetteer", tmp / "data" / "gazetteer")
    synth.write_reports(events, 7, tmp, violations)
    return Project(tmp)


def test_synthetic_reports_conform_and_build(tmp_path: Path) -> None:
    project = _project(tmp_path, 50)
    assert len(project.report_files) == 2
    report = check_reports(project)
    assert report.conforms, report.text()
    result = build(project, tmp_path / "out")
    assert result.conforms and len(result.reports) == 2


def test_known_violations(tmp_path: Path) -> None:
    project = _project(tmp_path, 50, violations=3)
    report = check_reports(project)
    assert not report.conforms
    assert len(report.violations) == 3
    assert {v.shape for v in report.violations} == {
        "https://w3id.org/conflict-kg/shapes#TakerIsNotLoserShape"
    }
    assert all("/capture-" in v.focus for v in report.violations)


def test_generation_is_deterministic(tmp_path: Path) -> None:
    synth.write_reports(50, 7, tmp_path / "a")
    synth.write_reports(50, 7, tmp_path / "b")
    for path in sorted((tmp_path / "a").rglob("*.*")):
        assert path.read_bytes() == (tmp_path / "b" / path.relative_to(tmp_path / "a")).read_bytes()


@pytest.mark.parametrize("engine", ["compiled", "pyshacl"])
def test_workers_give_the_same_report(tmp_path: Path, engine: str) -> None:
    project = _project(tmp_path, 75, violations=4)
    one = check_reports(project, engine=engine, workers=1)
    shutil.rmtree(project.cache_dir)  # check again, not from the cache
    two = check_reports(project, engine=engine, workers=2)
    assert not one.conforms and not two.conforms
    assert [(v.focus, v.shape, v.file, v.line) for v in one.violations] == [
        (v.focus, v.shape, v.file, v.line) for v in two.violations
    ]
    assert len(one.violations) == 4
