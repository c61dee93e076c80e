"""A dataset: the folder of data a build reads (default: data/).

A dataset folder holds gazetteer/*.ttl, reports/*.ttl, sources/*.txt and identity/*.ttl
(links an analyst makes between reports' nodes), each optional. A folder may build on
others, named in its dataset.toml:

    [dataset]
    title = "Constructed corpus, Syria and Iraq, October-December 2017"
    extends = [".."]   # folders whose data comes first, relative to this one

so that data/corpus/ is the seed's data plus its own reports, while data/ alone stays the
seed. Only these keys are read; anything else is an error naming the file and the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..projects.config import read_table

DATASET = "dataset.toml"
_KEYS = {"title", "extends"}


@dataclass(frozen=True)
class Dataset:
    folder: Path  # the folder selected
    folders: tuple[Path, ...]  # every folder read, the extended ones first
    title: str

    def files(self, kind: str, pattern: str = "*.ttl") -> list[Path]:
        """The files of one kind (gazetteer, reports, identity) of every folder, the
        extended folders' first. Two reports of one name are refused: the name is the
        report's identity."""
        found: list[Path] = []
        names: dict[str, Path] = {}
        for folder in self.folders:
            for path in sorted((folder / kind).glob(pattern)):
                if kind == "reports" and path.name in names:
                    raise InputError(
                        f"two reports are named {path.name} (the other: {names[path.name]})",
                        path,
                        hint="A report's name is its identity: rename one of them.",
                    )
                names[path.name] = path
                found.append(path)
        return found


def read_dataset(folder: Path) -> Dataset:
    """The dataset whose folder is `folder`, with the folders it extends (cycles refused)."""
    folders: list[Path] = []
    title = _collect(folder.resolve(), folders, ())
    return Dataset(folder.resolve(), tuple(folders), title)


def _collect(folder: Path, folders: list[Path], chain: tuple[Path, ...]) -> str:
    if folder in chain:
        raise InputError(
            "the dataset extends itself: " + " -> ".join(str(f) for f in (*chain, folder)),
            folder / DATASET,
        )
    if not folder.is_dir():
        raise InputError(
            "no such dataset folder",
            folder,
            hint="A dataset is a folder with reports/ (and gazetteer/, sources/, identity/).",
        )
    title, extends = _settings(folder)
    for parent in extends:
        _collect((folder / parent).resolve(), folders, (*chain, folder))
    if folder not in folders:
        folders.append(folder)
    return title


def _settings(folder: Path) -> tuple[str, list[str]]:
    path = folder / DATASET
    if not path.is_file():
        return folder.name, []
    table = read_table(path, "dataset", _KEYS)
    title = table.get("title", folder.name)
    extends = table.get("extends", [])
    if not isinstance(title, str) or not (
        isinstance(extends, list) and all(isinstance(e, str) and e for e in extends)
    ):
        raise InputError("title must be a string and extends a list of folder paths", path)
    return title, extends
