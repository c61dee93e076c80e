"""Running a piece of work in a child process that is killed when it overruns.

Neither pyoxigraph nor the other engines can cancel a query, and a query that overflows the
engine's stack ends the process it runs in. A forked child runs the call and sends its result
(or its ConflictKGError) back through a pipe; the parent waits at most `seconds`, then kills
it. Where the platform cannot fork, the call runs here, without a time limit.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from .errors import ConflictKGError, InputError

T = TypeVar("T")


class TimeLimitError(ConflictKGError):
    """The work ran longer than it was allowed to, and was stopped."""


def _child(conn: Connection, call: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        outcome: tuple[str, Any] = ("ok", call(*args))
    except ConflictKGError as exc:
        outcome = ("error", exc)
    except Exception as exc:  # sent back whole: the parent reports it as an error
        outcome = ("crash", f"{type(exc).__name__}: {exc}")
    conn.send(outcome)
    conn.close()


def call_with_time_limit(
    call: Callable[..., T], args: tuple[Any, ...], seconds: float | None, what: str
) -> T:
    """`call(*args)` in a child process, stopped after `seconds` (None: no limit, but still
    in a child, so that a crash of the engine is an error here, not the end of this process).
    `call` and its result must be picklable; a ConflictKGError it raises is raised here."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return call(*args)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, call, args), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise TimeLimitError(
                f"{what} ran longer than {seconds:g} s and was stopped",
                hint="Narrow it (a LIMIT, a more selective pattern first), or allow more time "
                "with --timeout SECONDS (0: no limit).",
            )
        try:
            status, value = receiver.recv()
        except EOFError:
            child.join()
            code = child.exitcode or 0
            cause = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit code {code}"
            raise InputError(
                f"{what} made the query engine crash ({cause}); nothing was answered",
                hint="Simplify the query; please report it if it is an ordinary one.",
            ) from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if status == "error":
        raise value
    if status == "crash":
        raise InputError(f"{what} failed: {value}")
    return value  # type: ignore[no-any-return]
