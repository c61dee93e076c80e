"""Where things live in a conflict-kg project tree (see the README's layout)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .corpus.dataset import Dataset, read_dataset
from .errors import InputError
from .projects.config import CONFIG, Settings, read_settings
from .projects.shipped import shipped_dir


@dataclass(frozen=True)
class Project:
    """Paths of one project. All functions take a Project or explicit paths.

    A project is a folder with a conflictkg.toml (made by `conflictkg init`), or one that
    holds its own ontology/ (this repository). Its data (sources, reports, gazetteer) and
    its own questions are its own; the ontology, the shapes, the QC queries and the library
    of competency questions are its own if it has them, else the installed package's."""

    root: Path
    data: Path | None = None  # the dataset folder (default: data/, see conflictkg.corpus)

    @classmethod
    def find(cls, start: Path | None = None, data: Path | None = None) -> Project:
        """The project at `start` or the nearest folder above it, reading the dataset
        folder `data` (default: its data/)."""
        here = (start or Path.cwd()).resolve()
        for candidate in (here, *here.parents):
            if (candidate / CONFIG).is_file() or (
                candidate / "ontology" / "conflict-kg.ttl"
            ).is_file():
                return cls(candidate, data.resolve() if data is not None else None)
        raise InputError(
            f"no conflict-kg project found at or above {here}",
            hint="Run the command inside a project (a folder with conflictkg.toml, made by "
            "`conflictkg init DIR`), or name it with --project DIR.",
        )

    @property
    def settings(self) -> Settings | None:
        return read_settings(self.root)

    @property
    def ontology_dir(self) -> Path:
        return self._own_or_shipped("ontology", "conflict-kg.ttl")

    @property
    def ontology_file(self) -> Path:
        return self.ontology_dir / "conflict-kg.ttl"

    @property
    def catalog_file(self) -> Path:
        return self.ontology_dir / "catalog-v001.xml"

    @property
    def shapes_dir(self) -> Path:
        return self.ontology_dir / "shapes"

    @cached_property
    def dataset(self) -> Dataset:
        """The data a build reads: the folder selected and those it extends."""
        return read_dataset(self.data or self.root / "data")

    @property
    def dataset_name(self) -> str:
        """The dataset folder, relative to the project root where it lies inside it."""
        folder = self.dataset.folder
        return (
            str(folder.relative_to(self.root.resolve()))
            if folder.is_relative_to(self.root.resolve())
            else str(folder)
        )

    @property
    def gazetteer_files(self) -> list[Path]:
        return self.dataset.files("gazetteer")

    @property
    def report_files(self) -> list[Path]:
        return self.dataset.files("reports")

    @property
    def identity_files(self) -> list[Path]:
        """Links an analyst made between nodes of different reports."""
        return self.dataset.files("identity")

    @property
    def queries_dir(self) -> Path:
        """The library: competency questions with their manifest, and the QC queries."""
        return self._own_or_shipped("queries", "manifest.ttl")

    @property
    def own_queries_dir(self) -> Path:
        """The project's own questions (the library's, in this repository)."""
        return self.root / "queries"

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    @property
    def cache_dir(self) -> Path:
        """Resolved reports and their check outcomes, by content (see conflictkg.cache)."""
        return self.root / ".conflictkg-cache"

    def _own_or_shipped(self, folder: str, marker: str) -> Path:
        own = self.root / folder
        if (own / marker).is_file():
            return own
        shipped = shipped_dir(folder)
        if shipped is None:
            raise InputError(
                f"the project has no {folder}/{marker}, and this copy of conflictkg ships none",
                own,
                hint="Install conflictkg as a package (pip or pipx), or work in a checkout "
                "of its repository.",
            )
        return shipped
