"""A project's settings: conflictkg.toml at its root.

    [project]
    name = "my-analysis"
    agency = "AFP"              # the agency new reports are attributed to by default
    ontology-version = "0.1.0"  # the ontology the project was made with

Only these keys are read; anything else is an error naming the file and the key, so that a
typo is not ignored.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

CONFIG = "conflictkg.toml"
_KEYS = {"name", "agency", "ontology-version"}
_VERSION = re.compile(r"^\d+(\.\d+)*$")


@dataclass(frozen=True)
class Settings:
    name: str
    agency: str | None
    ontology_version: str


def read_table(path: Path, table: str, keys: set[str]) -> dict[str, object]:
    """The one [table] of a settings file, with only the `keys` known: anything else (a
    typo, another table) is an error naming the file and the key, not ignored."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"not a valid TOML file: {exc}", path) from None
    found = data.get(table)
    if not isinstance(found, dict) or set(data) != {table}:
        raise InputError(f"the settings go in one [{table}] table", path)
    unknown = sorted(set(found) - keys)
    if unknown:
        raise InputError(
            f"unknown setting {', '.join(unknown)}",
            path,
            hint=f"The settings are {', '.join(sorted(keys))}.",
        )
    return found


def read_settings(root: Path) -> Settings | None:
    """The project's settings, or None when it has no conflictkg.toml (the toolkit's own
    repository, which carries its ontology)."""
    path = root / CONFIG
    if not path.is_file():
        return None
    project = read_table(path, "project", _KEYS)
    version = project.get("ontology-version")
    if not isinstance(version, str) or not _VERSION.match(version):
        raise InputError('ontology-version must be a version such as "0.1.0"', path)
    name = project.get("name")
    agency = project.get("agency")
    if not isinstance(name, str) or (agency is not None and not isinstance(agency, str)):
        raise InputError("name (and agency, if given) must be strings", path)
    return Settings(name, agency, version)


def write_settings(root: Path, settings: Settings) -> Path:
    path = root / CONFIG
    agency = f'agency = "{_escape(settings.agency)}"\n' if settings.agency else ""
    path.write_text(
        "# conflict-kg project settings (see `conflictkg init --help`)\n"
        "[project]\n"
        f'name = "{_escape(settings.name)}"\n'
        f"{agency}"
        "# the ontology this project was made with; `conflictkg build` says when the\n"
        "# installed one is newer\n"
        f'ontology-version = "{settings.ontology_version}"\n',
        encoding="utf-8",
    )
    return path


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def change_notes(ontology_file: Path) -> dict[str, str]:
    """The ontology's skos:changeNote values, "VERSION: what changed", by version."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import SKOS

    graph = Graph().parse(ontology_file, format="turtle")
    notes: dict[str, str] = {}
    top = URIRef("https://w3id.org/conflict-kg/ontology")
    for note in graph.objects(top, SKOS.changeNote):
        version, sep, text = str(note).partition(":")
        if sep and _VERSION.match(version.strip()):
            notes[version.strip()] = text.strip()
    return notes


def version_notice(settings: Settings, installed: str, ontology_file: Path) -> str | None:
    """What to tell the analyst when the installed ontology is not the one the project was
    made with (None when it is); an InputError when the project is newer than the tool."""
    made, now = version_key(settings.ontology_version), version_key(installed)
    if made == now:
        return None
    if made > now:
        raise InputError(
            f"this project was made with ontology {settings.ontology_version}, newer than "
            f"the {installed} this conflictkg carries",
            ontology_file.parent,
            hint="Upgrade conflictkg (pipx upgrade conflictkg, or pip install -U conflictkg).",
        )
    notes = change_notes(ontology_file)
    since = [
        f"{v}: {notes[v]}" for v in sorted(notes, key=version_key) if made < version_key(v) <= now
    ]
    changed = " ".join(since) if since else "no change notes were published."
    return (
        f"this project was made with ontology {settings.ontology_version}; the installed "
        f"conflictkg carries {installed}. What changed: {changed} What to do: run "
        f"`conflictkg validate` (reports that use changed terms are named, with their lines), "
        f'fix them, then set ontology-version = "{installed}" in {CONFIG}.'
    )
