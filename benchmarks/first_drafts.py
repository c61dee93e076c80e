"""The rules' first drafts of every held-out batch, made again (issue #18): each batch's
reports drafted by the code of the commit that added them to data/heldout/reports/, as they
were first scored, before any rule was written from them.

    python benchmarks/first_drafts.py [--out build/first-drafts]

Each commit's tree is taken out with `git archive` into a scratch folder, and its own
`conflictkg draft` (its CLI, in a Python process of this environment) drafts the batch's
sources with that tree's gazetteer: one Turtle draft per report, `<out>/<slug>.ttl`. A batch
already drafted (every one of its files there) is not drafted again, so a run stopped part way
goes on where it stopped; a batch's files are written to a scratch folder and moved in once
all are written. `benchmarks/tagger.py --rules <out>` reads them: the held-out scores of the
rules as drafted then, beside the tagger's and the two together.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from tagger import HELDOUT, added_batches, fail  # noqa: E402

# what each batch's own code is run with: its CLI's draft command, report by report (the
# agency is a header's, which the scores do not read)
_DRAFT = """
import sys
tree, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, tree + "/src")
from conflictkg.cli import main
for told in sys.argv[3:]:
    slug, day = told.split("=")
    main(["draft", f"{tree}/data/heldout/sources/{slug}.ar.txt", "--project", tree,
          "--data", f"{tree}/data/heldout", "-o", f"{out}/{slug}.ttl",
          "--report-date", day, "--agency", "AFP"], standalone_mode=False)
"""
_REPORT_DATE = re.compile(r'ckg:reportDate\s+"(\d{4}-\d\d-\d\d)"')


def draft_batch(commit: str, slugs: list[str], out: Path, scratch: Path) -> None:
    """Draft the batch's reports with the commit's code into `out` (all or none)."""
    tree, made = scratch / "tree", scratch / "made"
    for folder in (tree, made):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", commit], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    told = []
    for slug in slugs:
        path = tree / HELDOUT / f"{slug}.ttl"
        if not path.is_file():
            fail(f"{commit[:7]} has no {HELDOUT}{slug}.ttl")
        day = _REPORT_DATE.search(path.read_text(encoding="utf-8"))
        if day is None:
            fail(f"{commit[:7]}: {HELDOUT}{slug}.ttl has no ckg:reportDate")
        told.append(f"{slug}={day.group(1)}")
    run = subprocess.run(
        [sys.executable, "-c", _DRAFT, str(tree), str(made), *told],
        capture_output=True,
        text=True,
        check=False,
    )
    missing = [s for s in slugs if not (made / f"{s}.ttl").is_file()]
    if run.returncode != 0 or missing:
        fail(f"{commit[:7]} did not draft {missing or slugs}: {run.stderr.strip()[-400:]}")
    for slug in slugs:
        shutil.move(made / f"{slug}.ttl", out / f"{slug}.ttl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "first-drafts")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    batches = added_batches()
    todo = [(c, b) for c, b in batches if not all((out / f"{s}.ttl").is_file() for s in b)]
    print(f"{len(batches)} batches, {len(todo)} to draft into {out}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as scratch:
        for i, (commit, slugs) in enumerate(todo, 1):
            draft_batch(commit, slugs, out, Path(scratch))
            if i % 25 == 0 or i == len(todo):
                print(
                    f"  {i} of {len(todo)} ({time.perf_counter() - began:.0f} s)", file=sys.stderr
                )
    print(f"{len(batches)} batches' first drafts in {out} ({time.perf_counter() - began:.0f} s)")


if __name__ == "__main__":
    main()
