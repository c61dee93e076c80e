"""Where the installed package keeps the resources it ships (conflictkg/shipped/…, copied
from the repository's ontology/, queries/ and data/ when the wheel is built), and what
version of the ontology they are."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from pathlib import Path

from ..errors import InputError

_VERSION = re.compile(r'owl:versionInfo\s+"([^"]+)"')


def shipped_dir(name: str) -> Path | None:
    """The shipped folder `name` (ontology, queries, data), or None when this copy of the
    package has none (a checkout whose project holds its own)."""
    try:
        folder = Path(str(files("conflictkg").joinpath("shipped", name)))
    except (ModuleNotFoundError, TypeError):
        return None
    return folder if folder.is_dir() else None


def ontology_version(ontology_dir: Path) -> str:
    """The owl:versionInfo of an ontology's top file."""
    top = ontology_dir / "conflict-kg.ttl"
    try:
        match = _VERSION.search(top.read_text(encoding="utf-8"))
    except OSError:
        match = None
    if match is None:
        raise InputError("the ontology states no owl:versionInfo", top)
    return match.group(1)


@cache
def installed_ontology_version() -> str | None:
    """The version of the ontology this installation ships, if it ships one."""
    folder = shipped_dir("ontology")
    return None if folder is None else ontology_version(folder)
