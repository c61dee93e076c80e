"""Where things live in a conflict-kg project tree (see the README's layout)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError


@dataclass(frozen=True)
class Project:
    """Paths of one project checkout. All functions take a Project or explicit paths."""

    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The project whose root holds `ontology/conflict-kg.ttl`, from `start` upwards."""
        here = (start or Path.cwd()).resolve()
        for candidate in (here, *here.parents):
            if (candidate / "ontology" / "conflict-kg.ttl").is_file():
                return cls(candidate)
        raise InputError(
            f"no conflict-kg project found at or above {here}",
            hint="Run the command from the project root (the folder holding ontology/ and "
            "data/), or name it with --project DIR.",
        )

    @property
    def ontology_dir(self) -> Path:
        return self.root / "ontology"

    @property
    def ontology_file(self) -> Path:
        return self.ontology_dir / "conflict-kg.ttl"

    @property
    def catalog_file(self) -> Path:
        return self.ontology_dir / "catalog-v001.xml"

    @property
    def shapes_dir(self) -> Path:
        return self.ontology_dir / "shapes"

    @property
    def gazetteer_files(self) -> list[Path]:
        return sorted((self.root / "data" / "gazetteer").glob("*.ttl"))

    @property
    def report_files(self) -> list[Path]:
        return sorted((self.root / "data" / "reports").glob("*.ttl"))

    @property
    def queries_dir(self) -> Path:
        return self.root / "queries"

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    @property
    def cache_dir(self) -> Path:
        """Resolved reports and their check outcomes, by content (see conflictkg.cache)."""
        return self.root / ".conflictkg-cache"
