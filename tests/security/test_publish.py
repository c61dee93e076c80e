"""Publishing a build is one atomic switch, under a lock (issue #16, robustness findings):
a crash leaves the last build or the new one, whole; two builds at once both succeed;
leftovers of killed builds are cleaned up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conflictkg import build as build_module
from conflictkg.build import build
from conflictkg.errors import StoreError
from conflictkg.project import Project
from conflictkg.store import open_store

CKG = [sys.executable, "-m", "conflictkg.cli"]


def _triples(project: Project) -> int:
    return len(open_store(project.build_dir / "store"))


def _dead_pid() -> int:
    """A process id that no process has now."""
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        pid += 1


def test_a_crash_at_the_switch_leaves_the_last_build(
    project_copy: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(project_copy)
    before = _triples(project_copy)
    summary = (project_copy.build_dir / "summary.json").read_text()
    report = project_copy.root / "data" / "reports" / "afp-2017-isis-territory.ttl"
    report.write_text(
        report.read_text(encoding="utf-8") + '\nactor:isis skos:altLabel "x"@ar .\n', "utf-8"
    )
    real_replace = os.replace

    def crash(src: object, dst: object) -> None:
        if str(dst).endswith("/current"):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(build_module.os, "replace", crash)
    with pytest.raises(StoreError, match="No space left on device"):
        build(project_copy, incremental=False)
    monkeypatch.undo()
    assert _triples(project_copy) == before
    assert (project_copy.build_dir / "summary.json").read_text() == summary
    build(project_copy)  # the next build publishes, and tidies the version left behind
    assert _triples(project_copy) == before + 1
    versions = list((project_copy.build_dir / ".versions").iterdir())
    assert len(versions) <= 2


def test_two_builds_at_once_both_succeed(project_copy: Project) -> None:
    command = [*CKG, "build", "--project", str(project_copy.root), "-q", "--rebuild"]
    first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    errors = [first.communicate(timeout=600)[1], second.communicate(timeout=600)[1]]
    assert first.returncode == 0 and second.returncode == 0, errors
    assert _triples(project_copy) > 4000


def test_leftovers_of_killed_builds_are_removed(project_copy: Project) -> None:
    dead = _dead_pid()
    left = project_copy.root / f".build.tmp-{dead}"
    (left / "store").mkdir(parents=True)
    build(project_copy)
    old = project_copy.build_dir / f".old-{dead}"
    old.mkdir()
    mine = project_copy.root / f".build.tmp-{os.getppid()}"  # a live process: kept
    mine.mkdir()
    build(project_copy)
    assert not left.exists() and not old.exists() and mine.exists()


def test_an_older_layout_is_taken_over(project_copy: Project) -> None:
    (project_copy.build_dir / "store").mkdir(parents=True)
    (project_copy.build_dir / "summary.json").write_text("{}")
    build(project_copy)
    assert (project_copy.build_dir / "store").is_symlink()
    assert _triples(project_copy) > 4000


def test_a_failed_build_writes_nothing(project_copy: Project) -> None:
    report = project_copy.root / "data" / "reports" / "afp-2017-isis-territory.ttl"
    report.write_text("this is not turtle", encoding="utf-8")
    done = subprocess.run(
        [*CKG, "build", "--project", str(project_copy.root)], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert not Path(project_copy.build_dir).exists()
    assert not list(project_copy.root.glob(".build.tmp-*"))
