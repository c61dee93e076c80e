"""`conflictkg init DIR`: a new analysis project, made from what the package ships.

    DIR/
      conflictkg.toml      name, default agency, the ontology version it was made with
      README.md            how to work in it
      .gitignore           build output and the cache
      data/sources/        the report texts, byte for byte
      data/reports/        one Turtle file a report
      data/gazetteer/      the shared actors and places, starting from the shipped ones
      queries/             the project's own questions (the shipped library stays available)

`--example` adds the seed report (AFP, November 2017) and its text.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from ..errors import InputError
from .config import Settings, write_settings
from .shipped import ontology_version, shipped_dir

EXAMPLE = "afp-2017-isis-territory"
_NAME = re.compile(r"^[\w][\w .-]*$")

GITIGNORE = """\
/build/
/.conflictkg-cache/
"""

EXAMPLE_QUERY = """\
# question: Which actors does the graph hold, with their labels?
# question@ar: ما الفاعلون في الرسم البياني مع تسمياتهم؟
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?actor ?label WHERE {
  ?actor a/rdfs:subClassOf* ckg:Actor ; rdfs:label ?label .
}
ORDER BY ?actor ?label
"""

README = """\
# {name}

A conflict-kg analysis project. The ontology, the shapes that check reports, the
quality-control queries and the library of competency questions come with the installed
`conflictkg` (ontology {version}); this folder holds your own data:

- `data/sources/`: each report's text, byte for byte (UTF-8);
- `data/reports/`: one Turtle file a report, `<name>.ttl`, its facts tied to the text's words;
- `data/gazetteer/`: actors and places shared by your reports (it starts as the toolkit's;
  extend it);
- `queries/`: your own questions, `<name>.rq` (`conflictkg query queries/<name>.rq`);
  `conflictkg query --list` shows the shipped library.

Commands (each takes `--project DIR`, or finds this folder from anywhere inside it):

    conflictkg build              # check every report and build the store (build/)
    conflictkg validate           # check without building
    conflictkg query cq04 --param date=2017-11-09
    conflictkg export --format ttl -o graph.ttl
    conflictkg serve              # a read-only SPARQL endpoint on 127.0.0.1

Licences: the ontology and the shipped gazetteer are CC BY 4.0 (conflict-kg); your reports
are yours. {example}
"""

EXAMPLE_NOTE = (
    "The example report (data/reports/afp-2017-isis-territory.ttl) encodes an AFP dispatch "
    "(Beirut, November 2017) whose Arabic text is in data/sources/; the text is AFP's, kept "
    "as the source the encoding quotes, and is not covered by conflict-kg's licence."
)


def init_project(
    root: Path, *, name: str | None = None, agency: str | None = None, example: bool = False
) -> list[Path]:
    """Lay out a new project in `root` (absent or empty); returns the files written. Nothing
    is written when `root` is not empty or the package ships no resources."""
    ontology = shipped_dir("ontology")
    data = shipped_dir("data")
    if ontology is None or data is None:
        raise InputError(
            "this copy of conflictkg ships no ontology or gazetteer",
            hint="Install the package (pip install conflictkg, or pipx); a checkout of the "
            "repository is a project already.",
        )
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise InputError(
            "the folder is not empty", root, hint="Choose a new folder, or an empty one."
        )
    title = name or root.resolve().name
    if not _NAME.match(title):
        raise InputError(
            f"«{title}» is not a usable project name", hint="Use letters, digits, - _ . or spaces."
        )
    written: list[Path] = []
    root.mkdir(parents=True, exist_ok=True)
    for folder in ("data/sources", "data/reports", "data/gazetteer", "queries"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for gazetteer in sorted((data / "gazetteer").glob("*.ttl")):
        written.append(
            Path(shutil.copyfile(gazetteer, root / "data" / "gazetteer" / gazetteer.name))
        )
    if example:
        written.append(
            Path(
                shutil.copyfile(
                    data / "reports" / f"{EXAMPLE}.ttl",
                    root / "data" / "reports" / f"{EXAMPLE}.ttl",
                )
            )
        )
        written.append(
            Path(
                shutil.copyfile(
                    data / "sources" / f"{EXAMPLE}.ar.txt",
                    root / "data" / "sources" / f"{EXAMPLE}.ar.txt",
                )
            )
        )
    version = ontology_version(ontology)
    written.append(write_settings(root, Settings(title, agency, version)))
    for path, text in (
        (root / ".gitignore", GITIGNORE),
        (root / "queries" / "actors.rq", EXAMPLE_QUERY),
        (
            root / "README.md",
            README.format(name=title, version=version, example=EXAMPLE_NOTE if example else ""),
        ),
    ):
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
