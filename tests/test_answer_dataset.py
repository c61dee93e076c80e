"""`answer` knows which reports its expected answers belong to (a step of issue #17): when
the project's reports differ, it says which, instead of leaving a wall of failures."""

from __future__ import annotations

import hashlib

from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.manifest import dataset_note, read_dataset, report_digests
from conflictkg.project import Project

from .conftest import ROOT


def test_the_manifest_names_the_reports_it_was_worked_out_on(project: Project) -> None:
    dataset = read_dataset(ROOT / "queries" / "manifest.ttl")
    assert dataset == {
        p.name.removesuffix(".ttl"): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in project.report_files
    }, "a report changed: re-check the expected answers, then its ckgt:sha256 in the manifest"


def test_the_note_names_what_was_added_removed_and_changed() -> None:
    expected = {"a": "1", "b": "2", "c": "3"}
    assert dataset_note(expected, dict(expected)) is None
    note = dataset_note(expected, {"a": "1", "b": "9", "d": "4"})
    assert note is not None
    assert "added: d" in note and "removed: c" in note and "changed: b" in note
    assert "worked out on 3 report(s) (a, b, c)" in note


def test_answer_says_the_data_changed(project_copy: Project) -> None:
    report = project_copy.root / "data" / "reports" / "afp-2017-isis-territory.ttl"
    report.write_text(
        report.read_text(encoding="utf-8") + '\nactor:isis skos:altLabel "ISIS (variant)"@en .\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    built = runner.invoke(main, ["build", "-q", "--project", str(project_copy.root)])
    assert built.exit_code == 0, built.stderr
    answered = runner.invoke(main, ["answer", "-q", "--project", str(project_copy.root)])
    assert "changed: afp-2017-isis-territory" in answered.stderr
    assert report_digests(project_copy.report_files) != read_dataset(
        project_copy.queries_dir / "manifest.ttl"
    )


def test_answer_on_the_data_it_belongs_to_says_nothing(project_copy: Project) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["build", "-q", "--project", str(project_copy.root)]).exit_code == 0
    answered = runner.invoke(main, ["answer", "-q", "--project", str(project_copy.root)])
    assert answered.exit_code == 0 and "note:" not in answered.stderr
