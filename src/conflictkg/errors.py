"""Errors that users see: one paragraph naming the file, the line and what to do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class ConflictKGError(Exception):
    """A failure caused by input or environment, reported without a traceback (exit code 2)."""

    message: str
    path: Path | str | None = None
    line: int | None = None
    hint: str | None = None

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        # raised in worker processes: pickled with its fields, not Exception.args
        return (self.__class__, (self.message, self.path, self.line, self.hint))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}"
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        text = f"{where}{_sentence(self.message)}"
        if self.hint:
            text += f" {_sentence(self.hint)}"
        return text


def _sentence(text: str) -> str:
    """The text ending as a sentence does, so that a message and its hint read as two."""
    text = text.rstrip()
    return text if not text or text[-1] in ".!?" else text + "."


class InputError(ConflictKGError):
    """A data, ontology or query file is missing, unreadable or malformed."""


class EvidenceError(ConflictKGError):
    """An evidence quote cannot be found, or found only ambiguously, in its source text."""


class IdentityError(ConflictKGError):
    """One IRI is used for two different entities."""


class StoreError(ConflictKGError):
    """A triple store could not be reached, read or written."""
