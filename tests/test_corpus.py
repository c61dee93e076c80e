"""The constructed corpus end to end (issue #17): it builds, every report valid and marked
as a constructed example; `timeline`, `disagreements` and `answer` on it; datasets chosen
with --data; the seed still built alone by default."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import Graph, Literal, URIRef

from conflictkg.build import BuildResult, build
from conflictkg.cli import main
from conflictkg.corpus.dataset import read_dataset
from conflictkg.errors import InputError
from conflictkg.manifest import manifests, read_manifest, report_digests, select_manifest
from conflictkg.manifest import read_dataset as read_manifest_dataset
from conflictkg.namespaces import CKG, GRAPH_IDENTITY, ID, report_graph
from conflictkg.project import Project

from .conftest import ROOT

CORPUS = ROOT / "data" / "corpus"
TUNING = ROOT / "data" / "tuning"  # constructed too, the drafter was tuned on them
HELDOUT = ROOT / "data" / "heldout"  # constructed too, held out from the drafter's rules
MORE = (CORPUS, TUNING, HELDOUT)


@pytest.fixture(scope="module")
def corpus_built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    """The project with the corpus built into its own build folder (a copy of the inputs)."""
    root = tmp_path_factory.mktemp("corpus")
    for name in ("ontology", "data", "queries"):
        shutil.copytree(ROOT / name, root / name)
    project = Project(root, root / "data" / "corpus")
    return root, build(project)


def cli(root: Path, *args: str) -> Result:
    return CliRunner().invoke(main, [*args, "--project", str(root)])


def test_the_corpus_builds_valid_with_its_identity_graph(
    corpus_built: tuple[Path, BuildResult],
) -> None:
    _, result = corpus_built
    assert result.conforms is True
    reports = sorted(p.stem for p in (CORPUS / "reports").glob("*.ttl"))
    assert len(reports) >= 10
    assert result.reports == sorted(["afp-2017-isis-territory", *reports])
    assert result.counts[str(GRAPH_IDENTITY)] > 0


def test_every_constructed_report_says_so_in_its_graph_and_its_file() -> None:
    for path in sorted(p for folder in MORE for p in (folder / "reports").glob("*.ttl")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# A CONSTRUCTED EXAMPLE"), path
        graph = Graph().parse(path, format="turtle")
        report = URIRef(ID[f"report/{path.stem}"])
        assert graph.value(report, CKG.constructedExample) == Literal(True), path
        comment = str(graph.value(report, URIRef("http://www.w3.org/2000/01/rdf-schema#comment")))
        assert comment.startswith("Constructed example") and "Rests on:" in comment, path
    seed = Graph().parse(ROOT / "data" / "reports" / "afp-2017-isis-territory.ttl")
    assert (None, CKG.constructedExample, None) not in seed


def test_the_corpus_texts_are_not_the_seeds_and_are_unique() -> None:
    seed = (ROOT / "data" / "sources" / "afp-2017-isis-territory.ar.txt").read_text(
        encoding="utf-8"
    )
    seed_sentences = {s.strip() for s in re.split(r"[.\n]", seed) if len(s.strip()) > 30}
    digests = set()
    texts = sorted(p for folder in MORE for p in (folder / "sources").glob("*.txt"))
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert not any(s in text for s in seed_sentences), f"{path} repeats the seed"
        digests.add(hashlib.sha256(text.encode()).hexdigest())
    assert len(digests) == len(texts)


def test_the_drafting_reports_build_valid_beside_the_corpus(tmp_path: Path) -> None:
    """data/heldout extends data/tuning, which extends the corpus: all build and conform."""
    root = tmp_path
    for name in ("ontology", "data", "queries"):
        shutil.copytree(ROOT / name, root / name)
    result = build(Project(root, root / "data" / "heldout"))
    assert result.conforms is True
    extra = [p.stem for folder in (TUNING, HELDOUT) for p in (folder / "reports").glob("*.ttl")]
    assert len(extra) == 1316 and set(extra) <= set(result.reports)
    assert len(result.reports) == len(extra) + 1 + len(list((CORPUS / "reports").glob("*.ttl")))


def test_the_default_build_is_still_the_seed_alone(project: Project) -> None:
    assert [p.name for p in project.report_files] == ["afp-2017-isis-territory.ttl"]
    assert project.identity_files == []


def test_timeline_of_albu_kamal_shows_each_account_with_its_source(
    corpus_built: tuple[Path, BuildResult],
) -> None:
    root, _ = corpus_built
    result = cli(root, "timeline", "place:albu-kamal", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)

    def find(**wanted: str) -> list[dict[str, str]]:
        return [r for r in rows if all(r[k] == v for k, v in wanted.items())]

    # the army's announcement of 9 November, told by five reports, side by side
    announced = find(kind="announcement", begin="2017-11-09")
    assert {r["report"] for r in announced} == {
        "afp-2017-isis-territory",
        "army-2017-11-09-albu-kamal",
        "daily-2017-11-10-albu-kamal",
        "wire-2017-11-11-albu-kamal",
        "wire-2017-11-19-albu-kamal",
    }
    assert {r["same_as"] for r in announced} == {"army-announcement-albu-kamal"}
    # the monitor's claim of ISIS holding about half, on 10 November
    half = find(share="about 50%")
    assert len(half) == 1
    assert half[0]["voice"] == "an attributed claim"
    assert half[0]["according_to"] == "Syrian Observatory for Human Rights (SOHR)"
    assert half[0]["begin"] == "2017-11-10" and half[0]["as_of"] == "2017-11-10"
    assert half[0]["disagreement"], "the figure and the control are disputed"
    # the later recapture of 19 November, with its sources
    taken = find(kind="capture", begin="2017-11-19")
    assert {(r["report"], r["voice"]) for r in taken} == {
        ("wire-2017-11-19-albu-kamal", "an attributed claim"),
        ("sohr-2017-11-19-albu-kamal", "the reporter's own statement"),
        ("daily-2017-11-20-albu-kamal-update", "an attributed claim"),
    }
    order = [rows.index(r) for r in (announced[0], half[0], taken[0])]
    assert order == sorted(order), "in the order of time"


def test_timeline_as_a_table_names_the_disagreements(
    corpus_built: tuple[Path, BuildResult],
) -> None:
    root, _ = corpus_built
    result = cli(root, "timeline", "albu-kamal")
    assert result.exit_code == 0
    assert re.search(
        r"^D\d+: figure: share: ISIS's hold on part of Albu Kamal", result.output, re.M
    )


def test_timeline_refuses_an_unknown_place(corpus_built: tuple[Path, BuildResult]) -> None:
    root, _ = corpus_built
    result = cli(root, "timeline", "place:atlantis")
    assert result.exit_code == 2
    assert "no place" in result.output + result.stderr


def test_disagreements_list_albu_kamal_the_euphrates_and_the_caliphate(
    corpus_built: tuple[Path, BuildResult],
) -> None:
    root, _ = corpus_built
    result = cli(root, "disagreements", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    kinds = {(r["kind"], r["topic"]) for r in rows}
    assert ("control", "does Islamic State (ISIS) still hold Albu Kamal?") in kinds
    assert ("figure", "share: ISIS's hold on part of Albu Kamal, 10 to 19 November") in kinds
    assert ("date", "when: ISIS's proclamation of its caliphate") in kinds
    assert (
        "control",
        "does Islamic State (ISIS) still hold East of the Euphrates in Deir ez-Zor province?",
    ) in kinds
    # each side with its report, date and voice
    figure = [r for r in rows if r["kind"] == "figure"]
    assert {(r["side"], r["says"], r["report"], r["voice"]) for r in figure} == {
        ("A", "about 50%", "daily-2017-11-10-albu-kamal", "an attributed claim"),
        ("B", "more than 40%", "wire-2017-11-11-albu-kamal", "an attributed claim"),
    }
    euphrates = [r for r in rows if "Euphrates" in r["topic"]]
    assert {(r["side"], r["according_to"]) for r in euphrates} == {
        ("A", "Vladimir Putin"),
        ("B", "International coalition against ISIS"),
    }


def test_disagreements_by_place_and_date(corpus_built: tuple[Path, BuildResult]) -> None:
    root, _ = corpus_built
    here = json.loads(
        cli(root, "disagreements", "--place", "albu-kamal", "--format", "json").output
    )
    assert {r["kind"] for r in here} == {"control", "figure"}
    late = json.loads(
        cli(root, "disagreements", "--since", "2017-12-01", "--format", "json").output
    )
    assert {r["topic"] for r in late} == {
        "when: ISIS's proclamation of its caliphate",
        "does Islamic State (ISIS) still hold East of the Euphrates in Deir ez-Zor province?",
    }
    assert cli(root, "disagreements", "--since", "tomorrow").exit_code == 2


def test_disagreements_exit_zero_when_there_are_none(project_copy_built: Path) -> None:
    result = cli(project_copy_built, "disagreements")
    assert result.exit_code == 0
    assert "no disagreements" in result.output


def test_answer_checks_the_corpus_expectations_on_the_corpus(
    corpus_built: tuple[Path, BuildResult],
) -> None:
    root, _ = corpus_built
    result = cli(root, "answer", "-q")
    assert result.exit_code == 0, result.output
    entries = len(read_manifest(ROOT / "queries" / "corpus" / "manifest.ttl"))
    assert entries >= 15
    assert re.search(rf"^{entries} passed, 0 failed$", result.output, re.M)
    assert "note:" not in result.stderr


def test_answer_picks_the_manifest_of_the_data_built(project: Project) -> None:
    found = manifests(ROOT / "queries")
    assert found == [
        ROOT / "queries" / "manifest.ttl",
        ROOT / "queries" / "corpus" / "manifest.ttl",
    ]
    corpus = Project(ROOT, CORPUS)
    chosen, note = select_manifest(found, report_digests(corpus.report_files))
    assert chosen == found[1] and note is None
    chosen, note = select_manifest(found, report_digests(project.report_files))
    assert chosen == found[0] and note is None
    # one corpus report changed: the corpus's expectations, and a note naming the report
    digests = report_digests(corpus.report_files)
    digests["wire-2017-11-17-rawa"] = "0" * 64
    chosen, note = select_manifest(found, digests)
    assert chosen == found[1]
    assert note is not None and "changed: wire-2017-11-17-rawa" in note


def test_every_corpus_expectation_has_rows() -> None:
    from conflictkg.manifest import read_manifest
    from conflictkg.query import read_srj

    for entry in read_manifest(ROOT / "queries" / "corpus" / "manifest.ttl"):
        assert read_srj(entry.expected_path).rows, f"{entry.name}: no rows checks nothing"


def test_the_corpus_manifest_names_the_corpus_reports() -> None:
    dataset = read_manifest_dataset(ROOT / "queries" / "corpus" / "manifest.ttl")
    assert dataset == report_digests(Project(ROOT, CORPUS).report_files), (
        "a corpus report changed: re-check the corpus's expected answers, then its ckgt:sha256"
    )


def test_the_seed_can_be_built_alone_after_the_corpus(
    corpus_built: tuple[Path, BuildResult],
) -> None:
    root, _ = corpus_built
    assert cli(root, "build", "-q").exit_code == 0
    summary = json.loads((root / "build" / "summary.json").read_text(encoding="utf-8"))
    assert summary["dataset"] == "data" and summary["reports"] == ["afp-2017-isis-territory"]
    assert str(report_graph("afp-2017-isis-territory")) in summary["graphs"]
    answered = cli(root, "answer", "-q")
    assert answered.exit_code == 0 and "note:" not in answered.stderr
    assert cli(root, "build", "-q", "--data", str(root / "data" / "corpus")).exit_code == 0


# ------------------------------------------------------------------ datasets
def test_a_dataset_extends_others(tmp_path: Path) -> None:
    (tmp_path / "base" / "reports").mkdir(parents=True)
    (tmp_path / "base" / "reports" / "a.ttl").write_text("", encoding="utf-8")
    more = tmp_path / "base" / "more"
    (more / "reports").mkdir(parents=True)
    (more / "reports" / "b.ttl").write_text("", encoding="utf-8")
    (more / "dataset.toml").write_text('[dataset]\ntitle = "More"\nextends = [".."]\n')
    dataset = read_dataset(more)
    assert dataset.title == "More"
    assert [p.name for p in dataset.files("reports")] == ["a.ttl", "b.ttl"]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ('[dataset]\nextends = ["."]\n', "extends itself"),
        ('[dataset]\nextend = [".."]\n', "unknown setting extend"),
        ('[dataset]\nextends = "..\n', "not a valid TOML file"),
        ("[dataset]\nextends = [1]\n", "a list of folder paths"),
        ('[dataset]\nextends = ["nowhere"]\n', "no such dataset folder"),
        ('[other]\ntitle = "x"\n', "one [dataset] table"),
    ],
)
def test_bad_dataset_settings_are_refused(tmp_path: Path, settings: str, message: str) -> None:
    (tmp_path / "dataset.toml").write_text(settings, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)):
        read_dataset(tmp_path)


def test_two_reports_of_one_name_are_refused(tmp_path: Path) -> None:
    for folder in ("reports", "more/reports"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "a.ttl").write_text("", encoding="utf-8")
    (tmp_path / "more" / "dataset.toml").write_text('[dataset]\nextends = [".."]\n')
    with pytest.raises(InputError, match=re.escape("two reports are named a.ttl")):
        read_dataset(tmp_path / "more").files("reports")


def test_build_reads_the_dataset_it_is_given(project_copy: Project) -> None:
    root = project_copy.root
    result = CliRunner().invoke(main, ["build", "-q", "--project", str(root), "--data", "nowhere"])
    assert result.exit_code == 2
    assert "no such dataset folder" in result.stderr


def test_no_two_gazetteer_entries_of_a_kind_share_a_name() -> None:
    """Every dataset's gazetteer, with those it extends: an Arabic name (folded) is one
    actor's or one place's, so a draft cannot read it as the wrong one of two."""
    from conflictkg.draft.mentions import lexicon_of
    from conflictkg.rdfio import parse_turtle

    for folder in (ROOT / "data", *MORE):
        project = Project(ROOT, folder)
        lexicon = lexicon_of(parse_turtle(p) for p in project.gazetteer_files)
        assert lexicon.shared == [], folder
