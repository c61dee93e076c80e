"""Whole answers of the workspace's questions: asked once per build, then cut into pages.

A page of a question used to be its query with LIMIT and OFFSET: every page ran the query
again, and an ordered question sorted all its rows before keeping a hundred (cq03, the
captures, took 10 s a page at 100k events). A question with its parameters is now answered
whole, once per build, in the engine's workers (their time limit and answer cap stand), and
kept with the build's snapshot; its pages are slices of it. An answer larger than the
engine's cap is not kept: its pages are asked one by one, as before.

`warm` answers, in the background, every question of the library with its form's
defaults and every example of the manifest, each time a build is published, and loads the
accounts the map and the timelines read: what an analyst opens first is answered before they
ask. Kept answers are bounded in memory (BUDGET bytes of JSON a build, oldest dropped first).
"""

from __future__ import annotations

import json
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConflictKGError
from ..manifest import read_manifest
from ..query import LibraryQuery, Results, from_json, library

BUDGET = 512 * 1024 * 1024


@dataclass(frozen=True)
class Whole:
    """A question's whole answer, as the engine gave it."""

    results: Results
    size: int  # bytes of its JSON: what the budget counts

    @classmethod
    def of(cls, body: bytes) -> Whole:
        return cls(from_json(json.loads(body)), len(body))

    def page(self, number: int, size: int) -> tuple[Results, bool]:
        """Rows of one page, and whether another follows."""
        rows = self.results.rows[number * size : (number + 1) * size]
        more = len(self.results.rows) > (number + 1) * size
        return Results(self.results.variables, rows), more


class Kept:
    """The whole answers of one build, by query text, at most `budget` bytes."""

    def __init__(self, budget: int = BUDGET) -> None:
        self.budget = budget
        self.used = 0
        self.answers: OrderedDict[str, Whole] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, text: str) -> Whole | None:
        with self.lock:
            whole = self.answers.get(text)
            if whole is not None:
                self.answers.move_to_end(text)
            return whole

    def put(self, text: str, whole: Whole) -> None:
        if whole.size > self.budget:
            return
        with self.lock:
            if text in self.answers:
                return
            self.answers[text] = whole
            self.used += whole.size
            while self.used > self.budget:
                _, dropped = self.answers.popitem(last=False)
                self.used -= dropped.size


@dataclass(frozen=True)
class Ask:
    """A question and the parameters given to it (none: its form's defaults)."""

    query: LibraryQuery
    given: dict[str, str]


def to_warm(queries_dir: Path) -> list[Ask]:
    """Every question with its form's defaults, then every example of the manifest."""
    asks = [Ask(q, {}) for q in library(queries_dir)]
    manifest = queries_dir / "manifest.ttl"
    if manifest.is_file():
        asks += [Ask(e.query, e.params) for e in read_manifest(manifest) if e.params]
    return asks


def warm(
    build_id: Callable[[], object | None],
    answer: Callable[[Ask], None],
    before: Callable[[], None],
    asks: Callable[[], list[Ask]],
    stop: threading.Event,
    every: float = 2.0,
) -> None:
    """Each time the build published changes: `before()` (what pages read first), then
    `answer` each ask, one at a time (the others' queries go on in the other workers)."""
    warmed: object | None = None
    while not stop.is_set():
        now = build_id()
        if now is not None and now != warmed:
            try:
                before()
                todo = asks()
            except ConflictKGError:
                warmed, todo = now, []  # a library that cannot be read: the pages say so
            for ask in todo:
                if stop.is_set() or build_id() != now:
                    break
                try:
                    answer(ask)
                except (ConflictKGError, OSError, ValueError) as exc:  # the others go on
                    print(f"conflict-kg warmer: {ask.query.name}: {exc}", file=sys.stderr)
            else:
                warmed = now
        stop.wait(every)
