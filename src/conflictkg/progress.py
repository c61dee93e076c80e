"""Progress on long work, on stderr: a line per step, and a bar over reports, graphs or bytes.

Shown only when stderr is a terminal and -q was not given, so that logs and pipes get the
results alone; library callers get silence unless they ask (Progress(True))."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Progress:
    def __init__(self, enabled: bool = False) -> None:
        self.enabled = enabled

    @classmethod
    def for_terminal(cls, quiet: bool) -> Progress:
        return cls(not quiet and sys.stderr.isatty())

    def say(self, message: str) -> None:
        if self.enabled:
            print(f"… {message}", file=sys.stderr, flush=True)

    @contextmanager
    def bar(self, total: int, what: str, unit: str = "report") -> Iterator[Callable[[int], None]]:
        """A bar over `total` items (bytes when `unit` is "B", shown scaled: kB, MB);
        yields the function that advances it."""
        if not self.enabled:
            yield lambda _n: None
            return
        from tqdm import tqdm

        with tqdm(
            total=total,
            desc=what,
            unit=unit,
            unit_scale=unit == "B",
            file=sys.stderr,
            leave=False,
        ) as bar:
            yield bar.update


QUIET = Progress(False)
