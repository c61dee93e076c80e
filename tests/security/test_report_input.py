"""Security and robustness of report input (issue #16: items 7 and 8): hostile shapes of
Turtle that must build in bounded memory or be refused with the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflictkg.build import build
from conflictkg.project import Project
from conflictkg.rdfio import MAX_FILE_BYTES
from tests.test_errors import REPORT, _assert_clean_failure, _edit, _line_of, _run

CAPTURE = "ev:caliphate-declaration a ckg:CaliphateDeclaration ;"


def _append(project: Project, text: str, path: Path = REPORT) -> None:
    file = project.root / path
    file.write_text(file.read_text(encoding="utf-8") + "\n" + text + "\n", encoding="utf-8")


# ------------------------------------------------------------------ blank nodes (item 7)
def _iris(project: Project) -> list[str]:
    out = project.root / "build" / "graphs" / "reports" / "afp-2017-isis-territory.nt"
    return [
        term
        for line in out.read_text(encoding="utf-8").splitlines()
        for term in line.split(" ")
        if term.startswith("<")
    ]


def test_a_long_rdf_list_gets_short_names(project_copy: Project) -> None:
    # 4,000 strings once took 4.9 GB, with IRIs of 196k characters
    items = " ".join(f'"item {i}"' for i in range(4000))
    _append(project_copy, f"actor:isis rdfs:comment ( {items} ) .")
    result = build(project_copy)
    before = 2615  # the seed report's triples (README), for scale
    assert (
        result.counts["https://w3id.org/conflict-kg/id/graph/report/afp-2017-isis-territory"]
        > before
    )
    longest = max(len(iri) for iri in _iris(project_copy))
    assert longest < 200, longest


def test_deeply_nested_blank_nodes_build(project_copy: Project) -> None:
    depth = 20_000  # a RecursionError before
    nested = "[ rdfs:seeAlso " * depth + '"bottom"' + " ]" * depth
    _append(project_copy, f"actor:isis rdfs:seeAlso {nested} .")
    build(project_copy)
    assert max(len(iri) for iri in _iris(project_copy)) < 200


def test_deep_nesting_in_the_gazetteer_is_refused_with_its_line(project_copy: Project) -> None:
    # the gazetteer is read with rdflib too, whose Turtle parser recursed past its limit
    gazetteer = Path("data") / "gazetteer" / "actors.ttl"
    depth = 20_000
    _append(
        project_copy,
        "actor:isis rdfs:seeAlso " + "[ rdfs:seeAlso " * depth + '"x"' + " ]" * depth + " .",
        gazetteer,
    )
    line = len((project_copy.root / gazetteer).read_text(encoding="utf-8").splitlines())
    code, err = _run(project_copy, "build")
    assert code == 2 and f"actors.ttl:{line}: brackets" in err and "20000 deep" in err, err
    assert "Traceback" not in err


def test_the_same_input_gets_the_same_names(project_copy: Project, tmp_path: Path) -> None:
    _append(project_copy, 'actor:isis rdfs:comment ( "a" [ rdfs:label "b" ] ( "c" ) ) .')
    build(project_copy)
    first = sorted(_iris(project_copy))
    build(project_copy, incremental=False)
    assert sorted(_iris(project_copy)) == first


def test_a_file_over_the_size_limit_is_refused_unread(project_copy: Project) -> None:
    file = project_copy.root / REPORT
    with file.open("a", encoding="utf-8") as handle:
        handle.write("#" + " " * (MAX_FILE_BYTES + 10) + "\n")
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, r"bytes; at most [\d,]+ are read", None)


# ------------------------------------------------------------------ closed vocabulary (item 8)
@pytest.mark.parametrize(
    ("old", "new", "term", "nearest"),
    [
        ("ckg:agent actor:isis ;", "ckg:agnet actor:isis ;", "ckg:agnet", "ckg:agent"),
        (CAPTURE, "ev:caliphate-declaration a ckg:NoSuchClass ;", "ckg:NoSuchClass", None),
        (
            CAPTURE,
            "ev:caliphate-declaration a ckg:CaliphateDeclaratoin ;",
            "ckg:CaliphateDeclaratoin",
            "ckg:CaliphateDeclaration",
        ),
    ],
)
def test_a_term_the_ontology_does_not_declare_is_refused(
    project_copy: Project, old: str, new: str, term: str, nearest: str | None
) -> None:
    _edit(project_copy, old, new)
    line = _line_of(project_copy, term.split(":")[1])
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, f"{term} is not a term of the ontology", line)
    if nearest:
        assert f"Did you mean {nearest}" in err


def test_a_misspelt_term_in_the_gazetteer_is_refused(project_copy: Project) -> None:
    gazetteer = Path("data") / "gazetteer" / "actors.ttl"
    text = (project_copy.root / gazetteer).read_text(encoding="utf-8")
    _append(project_copy, "actor:isis ckg:wikidataa wd:Q2429253 .", gazetteer)
    assert "@prefix wd:" in text
    code, err = _run(project_copy, "build")
    assert code == 2 and "actors.ttl" in err and "ckg:wikidataa is not a term" in err, err


def test_a_type_on_an_evidence_node_is_not_dropped(project_copy: Project) -> None:
    quote = "[ ckg:quote 'أعلن منها \"خلافته\" في سوريا والعراق في العام 2014' ]"
    _edit(
        project_copy,
        quote,
        "[ a ckg:Evidence ; ckg:quote 'أعلن منها \"خلافته\" في سوريا والعراق في العام 2014' ]",
    )
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "which evidence does not keep", None)


@pytest.mark.parametrize("predicate", ["owl:sameAs", "owl:differentFrom"])
def test_a_report_may_not_state_identity(project_copy: Project, predicate: str) -> None:
    _append(project_copy, "@prefix owl: <http://www.w3.org/2002/07/owl#> .")
    _append(project_copy, f"actor:isis {predicate} actor:sdf .")
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "not a report's to state", None)


def test_a_report_may_not_change_the_ontology(project_copy: Project) -> None:
    _append(project_copy, "ckg:Actor rdfs:subClassOf ckg:Place .")
    code, err = _run(project_copy, "build")
    _assert_clean_failure(project_copy, code, err, "a term of the ontology", None)
