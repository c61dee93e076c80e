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


# ------------------------------------------------------------------ incremental builds
def _graph_of(out: Path, slug: str) -> set[str]:
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(out / "store"))
    name = pyoxigraph.NamedNode(f"https://w3id.org/conflict-kg/id/graph/report/{slug}")
    return {str(q.triple) for q in store.quads_for_pattern(None, None, None, name)}


def _derived_of(out: Path) -> set[str]:
    """The derived graph as the store holds it, checked against its file."""
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(out / "store"))
    name = pyoxigraph.NamedNode("https://w3id.org/conflict-kg/id/graph/derived")
    held = {str(q.triple) for q in store.quads_for_pattern(None, None, None, name)}
    filed = pyoxigraph.parse(
        path=out / "graphs" / "derived.nt", format=pyoxigraph.RdfFormat.N_TRIPLES
    )
    assert held == {str(t) for t in filed}
    return held


def test_one_changed_report_updates_the_store_in_place(tmp_path: Path) -> None:
    project = _project(tmp_path, 75)
    out = tmp_path / "out"
    first = build(project, out)
    assert not first.incremental and first.resolved == 3
    before = {slug: _graph_of(out, slug) for slug in first.reports}
    changed = project.report_files[1]
    changed.write_text(
        changed.read_text(encoding="utf-8").replace('"capture 1.00"@en', '"capture one"@en'),
        encoding="utf-8",
    )
    second = build(project, out)
    assert second.incremental and second.resolved == 1 and second.conforms
    after = {slug: _graph_of(out, slug) for slug in second.reports}
    slug = changed.name.removesuffix(".ttl")
    assert {t for t in after[slug] if '"capture one"@en' in t}
    assert not {t for t in after[slug] if '"capture 1.00"@en' in t}
    assert all(after[s] == before[s] for s in before if s != slug)
    assert (out / "graphs" / "reports" / f"{slug}.nt").read_bytes().count(b'"capture one"@en') == 1


def test_an_update_in_place_derives_what_a_whole_build_derives(tmp_path: Path) -> None:
    project = _project(tmp_path, 75)
    out = tmp_path / "out"
    build(project, out)
    before = _derived_of(out)
    # the first capture of the second report now taken from the SDF: the holding derived
    # from it (who held the place until the capture) changes holder
    changed = project.report_files[1]
    text = changed.read_text(encoding="utf-8")
    first = text.index("ckg:opponent <") + len("ckg:opponent <")
    loser = text[first : text.index(">", first)]
    taker = text[text.index("ckg:agent <", first - 200) :].split("<", 1)[1].split(">", 1)[0]
    sdf = "https://w3id.org/conflict-kg/id/actor/sdf"
    new_loser = sdf if taker != sdf else "https://w3id.org/conflict-kg/id/actor/isis"
    assert new_loser != loser
    changed.write_text(text[:first] + new_loser + text[first + len(loser) :], encoding="utf-8")
    result = build(project, out)
    assert result.incremental and result.resolved == 1 and result.conforms
    after = _derived_of(out)
    holder = "<https://w3id.org/conflict-kg/ontology#controller>"
    assert (
        {t for t in after - before if holder in t}
        == {t for t in after - before if holder in t and f"<{new_loser}>" in t}
        != set()
    )
    assert {t for t in before - after if holder in t and f"<{loser}>" in t}
    # the same as a build from nothing (another folder, no cache)
    shutil.rmtree(project.cache_dir)
    whole = build(project, tmp_path / "whole", incremental=False)
    assert not whole.incremental and _derived_of(tmp_path / "whole") == after


def test_a_removed_report_leaves_the_store(tmp_path: Path) -> None:
    project = _project(tmp_path, 75)
    out = tmp_path / "out"
    build(project, out)
    gone = project.report_files[0]
    gone.unlink()
    result = build(project, out)
    slug = gone.name.removesuffix(".ttl")
    assert result.incremental and slug not in result.reports
    assert _graph_of(out, slug) == set()
    assert not (out / "graphs" / "reports" / f"{slug}.nt").exists()
    derived = _derived_of(out)
    assert derived and not [t for t in derived if f"/{slug}/" in t.split(" ", 1)[0]]


def test_a_changed_shape_checks_every_report_again(tmp_path: Path) -> None:
    project = _project(tmp_path, 50, violations=1)
    out = tmp_path / "out"
    assert build(project, out, allow_invalid=True).conforms is False
    shapes = project.shapes_dir / "data-shapes.ttl"
    text = shapes.read_text(encoding="utf-8")
    start = text.index("cks:TakerIsNotLoserShape a sh:NodeShape")
    shapes.write_text(
        text[:start]
        + text[start:].replace(
            "sh:targetClass ckg:Capture", "sh:deactivated true ; sh:targetClass ckg:Capture", 1
        ),
        encoding="utf-8",
    )
    result = build(project, out)  # the rule is off: the broken capture no longer counts
    assert not result.incremental and result.resolved == 0 and result.conforms


def test_a_damaged_cache_entry_is_resolved_again(tmp_path: Path) -> None:
    project = _project(tmp_path, 50)
    build(project, tmp_path / "out")
    entries = sorted((project.cache_dir / "reports").glob("*.json"))
    entry = next(e for e in entries if not e.name.endswith(".derived.json"))
    entry.write_text("{ not json", encoding="utf-8")
    result = build(project, tmp_path / "out")
    assert result.resolved == 1 and result.conforms


def test_an_unreadable_last_graph_reloads_the_derived_graph(tmp_path: Path) -> None:
    project = _project(tmp_path, 75)
    out = tmp_path / "out"
    build(project, out)
    before = _derived_of(out)
    gone = project.report_files[0]
    slug = gone.name.removesuffix(".ttl")
    (out / "graphs" / "reports" / f"{slug}.nt").unlink()  # the last build's copy of it
    gone.unlink()
    result = build(project, out)
    assert result.incremental
    after = _derived_of(out)
    assert after and after < before
    assert not [t for t in after if f"/{slug}/" in t.split(" ", 1)[0]]


def test_a_damaged_derived_part_is_derived_again(tmp_path: Path) -> None:
    project = _project(tmp_path, 50)
    out = tmp_path / "out"
    build(project, out)
    derived = _derived_of(out)
    parts = sorted((project.cache_dir / "reports").glob("*.derived.json"))
    assert len(parts) == 2
    parts[0].write_text('{"key": [], "ntriples": 3}', encoding="utf-8")
    shutil.rmtree(out)
    result = build(project, out)
    assert result.resolved == 0 and _derived_of(out) == derived
    assert parts[0].read_text(encoding="utf-8").startswith('{"key": [1,')
    # a part's triples cut short (its record whole) are derived again, not copied short
    triples = sorted((project.cache_dir / "reports").glob("*.derived.nt"))[1]
    triples.write_bytes(triples.read_bytes()[:100])
    changed = project.report_files[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = build(project, out)
    assert result.incremental and result.resolved == 1 and _derived_of(out) == derived


def test_a_failed_update_leaves_the_last_build(tmp_path: Path) -> None:
    from conflictkg.validate import NotConformingError

    project = _project(tmp_path, 50)
    out = tmp_path / "out"
    build(project, out)
    summary = (out / "summary.json").read_bytes()
    broken = project.report_files[0]
    text = broken.read_text(encoding="utf-8")
    taker = text.split("ckg:agent <", 1)[1].split(">", 1)[0]
    broken.write_text(
        text.replace("ckg:opponent <", f"ckg:opponent <{taker}> , <", 1), encoding="utf-8"
    )
    with pytest.raises(NotConformingError):
        build(project, out)
    assert (out / "summary.json").read_bytes() == summary
    assert not list(tmp_path.glob(".out.tmp-*"))


class _FailingLoads:
    """A store whose bulk loads fail (a full disk, say); everything else is the real store's."""

    def __init__(self, store: object) -> None:
        self._store = store

    def bulk_load(self, *_args: object, **_kwargs: object) -> None:
        raise OSError("No space left on device")

    def __getattr__(self, name: str) -> object:
        return getattr(self._store, name)


def test_a_failed_store_load_is_an_error_and_leaves_the_last_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import conflictkg.build as building
    from conflictkg.errors import StoreError

    project = _project(tmp_path, 50)
    out = tmp_path / "out"
    build(project, out)
    summary = (out / "summary.json").read_bytes()

    class Writer(building.StoreWriter):
        def __init__(self, store: object, bulk: bool) -> None:
            super().__init__(_FailingLoads(store), bulk)  # type: ignore[arg-type]

    monkeypatch.setattr(building, "StoreWriter", Writer)
    monkeypatch.setattr(building, "CHUNK_BYTES", 1)  # a chunk a report: the first load fails
    with pytest.raises(StoreError, match="No space left on device"):
        build(project, out, incremental=False)
    assert (out / "summary.json").read_bytes() == summary
    assert not list(tmp_path.glob(".out.tmp-*"))


def test_loading_in_many_chunks_stores_the_same_quads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyoxigraph as ox

    import conflictkg.build as building

    project = _project(tmp_path, 100)
    build(project, tmp_path / "one", incremental=False)
    monkeypatch.setattr(building, "CHUNK_BYTES", 1)  # every report a chunk of its own
    build(project, tmp_path / "many", incremental=False)

    def quads(out: Path) -> set[str]:
        return {str(q) for q in ox.Store.read_only(str(out / "store"))}

    one = quads(tmp_path / "one")
    assert len(one) > 4000 and quads(tmp_path / "many") == one
