"""Security: a report may only publish a text kept in data/sources/ (issue #16, item 1)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conflictkg.project import Project
from tests.test_errors import REPORT, _assert_clean_failure, _edit, _line_of, _run

SOURCE_LINE = 'ckg:sourcePath "data/sources/afp-2017-isis-territory.ar.txt"'


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("../../../../../../../../etc/passwd", "leads outside data/sources/"),
        ("data/sources/../../pyproject.toml", "leads outside data/sources/"),
        ("/etc/passwd", "must be a relative path"),
        ("", "must be a relative path"),
        ("data/sources", "leads outside data/sources/"),
    ],
)
def test_source_path_outside_the_sources_folder(
    project_copy: Project, path: str, says: str
) -> None:
    _edit(project_copy, SOURCE_LINE, f'ckg:sourcePath "{path}"')
    code, err = _run(project_copy, "build")
    _assert_clean_failure(
        project_copy, code, err, says, _line_of(project_copy, "source:afp-2017-isis-territory a")
    )


def test_symbolic_link_out_of_the_sources_folder(project_copy: Project, tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("كلمة السر\n", encoding="utf-8")
    link = project_copy.root / "data" / "sources" / "leak.txt"
    os.symlink(outside, link)
    _edit(project_copy, SOURCE_LINE, 'ckg:sourcePath "data/sources/leak.txt"')
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "leads outside data/sources/", None)
    assert "كلمة السر" not in err


def test_a_link_inside_the_sources_folder_is_followed(project_copy: Project) -> None:
    sources = project_copy.root / "data" / "sources"
    os.replace(sources / "afp-2017-isis-territory.ar.txt", sources / "kept.txt")
    os.symlink("kept.txt", sources / "afp-2017-isis-territory.ar.txt")
    code, err = _run(project_copy, "validate")
    assert code == 0, err
    assert (project_copy.root / REPORT).is_file()
