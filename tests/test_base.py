"""The base (ontology + gazetteer) is read once and then taken from .conflictkg-cache/base.json
while every file it depends on is unchanged; any change, or a damaged entry, reads the files
again, with their checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictkg import base as base_module
from conflictkg import ontology as ontology_module
from conflictkg import sources as sources_module
from conflictkg.base import load_base
from conflictkg.errors import InputError
from conflictkg.namespaces import GRAPH_GAZETTEER
from conflictkg.project import Project


def _forbid_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a Turtle file was parsed")

    for module in (ontology_module, sources_module):
        monkeypatch.setattr(module, "parse_turtle", refuse)


def test_the_base_is_read_back_from_the_cache_without_parsing(
    project_copy: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_base(project_copy)
    assert (project_copy.cache_dir / "base.json").is_file()
    _forbid_parsing(monkeypatch)
    second = load_base(project_copy)
    assert second.digest == first.digest
    assert second.ntriples == first.ntriples
    assert second.subjects == first.subjects
    assert [(g.path, g.typed) for g in second.gazetteer] == [
        (g.path, g.typed) for g in first.gazetteer
    ]
    assert "https://w3id.org/conflict-kg/id/place/raqqa" in second.gazetteer[1].typed
    monkeypatch.undo()  # the rdflib graphs are still there for those who ask
    assert len(second.ontology) == len(first.ontology)
    assert len(second.gazetteer_graph) == len(first.gazetteer_graph)


def test_a_changed_gazetteer_is_read_again(project_copy: Project) -> None:
    load_base(project_copy)
    places = project_copy.root / "data" / "gazetteer" / "places.ttl"
    places.write_text(
        places.read_text(encoding="utf-8").replace('"Syria"@en', '"Syrian Arab Republic"@en'),
        encoding="utf-8",
    )
    changed = load_base(project_copy)
    assert b'"Syrian Arab Republic"@en' in changed.ntriples[GRAPH_GAZETTEER]
    assert b'"Syria"@en' not in changed.ntriples[GRAPH_GAZETTEER]


def test_a_broken_gazetteer_is_an_error_after_a_cached_build(project_copy: Project) -> None:
    load_base(project_copy)
    places = project_copy.root / "data" / "gazetteer" / "places.ttl"
    lines = places.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(i for i, text in enumerate(lines) if text.startswith("place:iraq a"))
    lines[line] = "place:iraq a ckg:Country ; a ;\n"  # a predicate without an object
    places.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_base(project_copy)
    assert caught.value.path == places
    assert caught.value.line == line + 1


def test_a_changed_ontology_module_changes_the_digest(project_copy: Project) -> None:
    before = load_base(project_copy)
    module = project_copy.root / "ontology" / "modules" / "events.ttl"
    module.write_text(module.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    after = load_base(project_copy)
    assert after.digest != before.digest
    assert after.ntriples == before.ntriples  # a comment is no triple


def test_a_damaged_cache_entry_is_ignored_and_replaced(
    project_copy: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_base(project_copy)
    entry = project_copy.cache_dir / "base.json"
    data = json.loads(entry.read_text(encoding="utf-8"))
    del data["graphs"][str(GRAPH_GAZETTEER)]
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert load_base(project_copy).ntriples == first.ntriples
    entry.write_text("{ not json", encoding="utf-8")
    assert load_base(project_copy).ntriples == first.ntriples
    _forbid_parsing(monkeypatch)  # the entry was written again, whole
    assert load_base(project_copy).ntriples == first.ntriples


def test_an_unwritable_cache_still_builds_the_base(
    project_copy: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_self: Path, *_args: object, **_kwargs: object) -> None:
        raise PermissionError("read-only file system")

    first = load_base(project_copy)
    (project_copy.cache_dir / "base.json").unlink()
    monkeypatch.setattr(base_module.Path, "mkdir", refuse)
    assert load_base(project_copy).ntriples == first.ntriples
    assert not (project_copy.cache_dir / "base.json").exists()


def test_a_failed_cache_write_leaves_no_partial_file(
    project_copy: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    import conflictkg.cache as cache_module

    def refuse(*_args: object) -> None:
        raise OSError("no space left on device")

    monkeypatch.setattr(cache_module.os, "replace", refuse)
    load_base(project_copy)  # builds all the same
    assert not list(project_copy.cache_dir.iterdir())
