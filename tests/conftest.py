"""Shared fixtures: the real project, built once per session into a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

from conflictkg.build import Assembled, BuildResult, assemble, build
from conflictkg.corpus.derive import graphs as derive_graphs
from conflictkg.export import write
from conflictkg.project import Project

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "sources" / "afp-2017-isis-territory.ar.txt"
REPORT = ROOT / "data" / "reports" / "afp-2017-isis-territory.ttl"


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(ROOT)


@pytest.fixture(scope="session")
def assembled(project: Project) -> Assembled:
    return assemble(project)


@pytest.fixture(scope="session")
def built(project: Project, tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The real project built, with its exports beside the store (as `make run` does)."""
    result = build(project, tmp_path_factory.mktemp("build"))
    export_all(result.out_dir)
    return result


def export_all(out: Path) -> None:
    for fmt in ("ttl", "trig", "nq"):
        write(out, fmt, out / f"conflict-kg.{fmt}")


@pytest.fixture(scope="session")
def store(built: BuildResult) -> pyoxigraph.Store:
    return pyoxigraph.Store.read_only(str(built.out_dir / "store"))


@pytest.fixture(scope="session")
def source_text() -> str:
    return SOURCE.read_text(encoding="utf-8")


@pytest.fixture
def project_copy(tmp_path: Path) -> Project:
    """A throwaway copy of the project's inputs, to break on purpose."""
    for name in ("ontology", "data", "queries"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return Project(tmp_path)


@pytest.fixture
def project_copy_built(built: BuildResult, tmp_path: Path) -> Path:
    """A project folder whose build/ is a copy of the session's build."""
    for name in ("ontology", "queries"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copytree(built.out_dir, tmp_path / "build")
    return tmp_path


def derived_of(assembled: Assembled, identity_files: tuple[Path, ...] = ()) -> Graph:
    """What the build derives (conflictkg.corpus.derive) from the assembled graphs, worked
    out on a store of their own: the reference for the derived and identity graphs."""
    store = pyoxigraph.Store()
    for name, graph in assembled.graphs.items():
        data = graph.serialize(format="nt", encoding="utf-8")
        store.load(
            data, format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.NamedNode(str(name))
        )
    out = Graph()
    for triples in derive_graphs(store, identity_files).values():
        out.parse(
            data=pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES), format="nt"
        )
    return out
