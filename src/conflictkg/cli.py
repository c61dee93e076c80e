"""The `conflictkg` command: a thin layer over the package's functions.

Exit codes: 0 success; 1 data does not conform to the shapes, or a query gives a wrong
answer; 2 error (bad input, missing file, unreachable store, bad arguments).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import ConflictKGError
from .project import Project

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn a ConflictKGError into one clear paragraph on stderr and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ConflictKGError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


def progress_printer(quiet: bool) -> Callable[[str], None]:
    """Progress lines on stderr when it is a terminal (or asked for), silent otherwise."""
    show = not quiet and sys.stderr.isatty()

    def say(message: str) -> None:
        if show:
            click.echo(f"… {message}", err=True)

    return say


project_option = click.option(
    "--project",
    "project_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Project root (default: the current folder or the nearest parent holding ontology/).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="conflictkg")
def main() -> None:
    """conflict-kg: build, validate, query and export a knowledge graph of armed conflict."""


@main.command()
@project_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Output folder (default: build/ in the project).")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation (output marked UNVALIDATED).")
@click.option("--allow-invalid", is_flag=True,
              help="Publish even if validation fails (output marked UNVALIDATED).")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines.")
@reports_errors
def build(project_dir: Path | None, out_dir: Path | None, no_validate: bool,
          allow_invalid: bool, quiet: bool) -> None:
    """Build the graph: ontology + gazetteer + reports -> build/ (TriG, N-Quads, Turtle, store)."""
    from .build import build as run_build
    from .validate import NotConformingError

    project = Project.find(project_dir)
    try:
        result = run_build(project, out_dir, validate=not no_validate,
                           allow_invalid=allow_invalid, progress=progress_printer(quiet))
    except NotConformingError as exc:
        click.echo(exc.report.text(), err=True)
        click.echo("error: the data does not conform to the shapes; nothing was written "
                   "(use --allow-invalid to publish it marked UNVALIDATED)", err=True)
        sys.exit(EXIT_FAIL)
    total = sum(result.counts.values())
    click.echo(f"built {len(result.counts)} graphs, {total} triples -> {result.out_dir}")
    for name, count in sorted(result.counts.items()):
        click.echo(f"  {count:>7}  {name}")
    if result.conforms is None:
        click.echo("warning: not validated; the output is marked UNVALIDATED", err=True)
    elif not result.conforms:
        click.echo("warning: the data does NOT conform; the output is marked UNVALIDATED", err=True)
        sys.exit(EXIT_FAIL)
