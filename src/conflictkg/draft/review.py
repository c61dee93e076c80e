"""`conflictkg review`: accept or reject the drafted facts of a report file.

The file stays the analyst's readable Turtle: each drafted node is one block, as `draft`
writes it (its subject line, its properties, and the review marks at its end). Accepting a
node removes its marks (`ckg:reviewStatus`, `ckg:draftRule`, `ckg:confidence`): it is then
the analyst's. Rejecting it removes its block and the lines of other drafted blocks that
point at it (a claim's `ckg:claims`, a capture's `ckg:startsControl`, …); a drafted claim or
announcement left pointing at nothing goes too, and so does the control a rejected capture
started. Editing replaces the block with the analyst's text. Blocks the analyst wrote are
never touched. The file is parsed again before it is written; a change that would break it
is refused and the file left as it was.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..rdfio import parse_turtle

_MARKS = re.compile(r"^\s*ckg:reviewStatus ckg:Draft ; ckg:draftRule .*;\s*$")
_CONFIDENCE = re.compile(r'^\s*ckg:confidence "[0-9.]+"\^\^xsd:decimal \.\s*$')
_SUBJECT = re.compile(r"^(?P<term>(?:ev|sit|rel|claim):[A-Za-z0-9-]+) a ckg:(?P<cls>\w+) ;")
_LABEL = re.compile(r'rdfs:label "Draft: (?P<label>[^"]*)"@en')
_QUOTE = re.compile(r'ckg:evidence \[ ckg:quote "(?P<quote>(?:[^"\\]|\\.)*)"')
_POINTERS = ("ckg:claims", "ckg:announces", "ckg:startsControl", "ckg:startedBy")


@dataclass
class Block:
    term: str
    cls: str
    start: int  # line numbers in the file, [start, end)
    end: int
    label: str
    quote: str
    rule: str
    confidence: str


def drafted(lines: list[str]) -> list[Block]:
    """The drafted blocks of a report file, in file order."""
    blocks = []
    i = 0
    while i < len(lines):
        match = _SUBJECT.match(lines[i])
        if match is None:
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        body = lines[i:j]
        if any(_MARKS.match(line) for line in body):
            text = "\n".join(body)
            label = _LABEL.search(text)
            quote = _QUOTE.search(text)
            rule = re.search(r'ckg:draftRule "([^"]*)"', text)
            confidence = re.search(r'ckg:confidence "([0-9.]+)"', text)
            blocks.append(
                Block(
                    match.group("term"),
                    match.group("cls"),
                    i,
                    j,
                    label.group("label") if label else "",
                    quote.group("quote").replace('\\"', '"') if quote else "",
                    rule.group(1) if rule else "",
                    confidence.group(1) if confidence else "",
                )
            )
        i = j
    return blocks


def accept(lines: list[str], block: Block) -> list[str]:
    """The block without its review marks (its last property ends the statement), and its
    label without the «Draft:» it was given."""
    body = [
        line.replace('rdfs:label "Draft: ', 'rdfs:label "')
        for line in lines[block.start : block.end]
        if not _MARKS.match(line) and not _CONFIDENCE.match(line)
    ]
    body[-1] = re.sub(r"\s*;\s*$", " .", body[-1])
    return lines[: block.start] + body + lines[block.end :]


_CAPTURES = ("Capture", "Recapture", "Expulsion")


def reject(lines: list[str], block: Block) -> list[str]:
    """The file without the block, nor the drafted lines that point at it, nor what is left
    of no use: a drafted claim or announcement pointing at nothing, the control a rejected
    capture started."""
    started = (
        {
            found.group(1)
            for line in lines[block.start : block.end]
            if (found := re.match(r"^\s*ckg:startsControl (\S+) ;", line))
        }
        if block.cls in _CAPTURES
        else set()
    )
    out = lines[: block.start] + lines[block.end :]
    if (
        0 < block.start < len(out)
        and not out[block.start].strip()
        and not out[block.start - 1].strip()
    ):
        del out[block.start]  # no blank line left doubled
    pointer = re.compile(rf"^\s*(?:{'|'.join(_POINTERS)}) {re.escape(block.term)} ;\s*$")
    out = [line for line in out if not pointer.match(line)]
    while True:
        follower = next(
            (
                other
                for other in drafted(out)
                if other.term in started
                or (
                    other.cls in ("Claim", "Announcement")
                    and not re.search(
                        r"ckg:(?:claims|announces) ", "\n".join(out[other.start : other.end])
                    )
                )
            ),
            None,
        )
        if follower is None:
            return out
        started.discard(follower.term)
        out = reject(out, follower)


def replace(lines: list[str], block: Block, text: str) -> list[str]:
    """The file with the block's lines replaced by `text`, as the analyst edited it (a
    block left with its review marks stays a draft; without them it is the analyst's).
    Blank lines inside the edit are dropped: a blank line ends a block."""
    body = [line for line in text.rstrip("\n").split("\n") if line.strip()]
    return lines[: block.start] + body + lines[block.end :]


def save(path: Path, lines: list[str]) -> None:
    """Write the file if it still parses; else refuse, the file untouched."""
    text = "\n".join(lines) + "\n"
    tmp = path.with_name(f".{path.name}.review-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    try:
        parse_turtle(tmp)
    except InputError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(
            f"the review would break the file ({exc.message}); nothing written", path
        ) from None
    os.replace(tmp, path)


def read(path: Path) -> list[str]:
    if not path.is_file():
        raise InputError("no such report file", path)
    return path.read_text(encoding="utf-8").rstrip("\n").split("\n")
