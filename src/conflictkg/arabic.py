"""Arabic name matching: fold the spelling variants the press mixes freely."""

from __future__ import annotations

import re
from functools import lru_cache

_FOLD = str.maketrans(
    {
        "\u0623": "\u0627",  # alef with hamza above -> alef
        "\u0625": "\u0627",  # alef with hamza below -> alef
        "\u0622": "\u0627",  # alef with madda -> alef
        "\u0671": "\u0627",  # alef wasla -> alef
        "\u0649": "\u064a",  # alef maqsura -> ya
        "\u0629": "\u0647",  # ta marbuta -> ha
        "\u0624": "\u0648",  # waw with hamza -> waw
        "\u0626": "\u064a",  # ya with hamza -> ya
    }
)
_DROP = re.compile("[\u0640\u064b-\u0652\u0670]")  # tatweel, harakat, superscript alef


def fold(text: str) -> str:
    """A lookup key for Arabic text: hamza forms, alef maqsura, ta marbuta, tatweel and
    diacritics folded, whitespace collapsed. Used for matching, never for display."""
    folded = _DROP.sub("", text).translate(_FOLD)
    return " ".join(folded.split())


@lru_cache(maxsize=4096)
def without_marks(text: str) -> tuple[str, tuple[int, ...]]:
    """`text` without diacritics and tatweel, folded letter for letter, and where each of
    its characters came from in `text` (one position more: the end), so that a match in
    the clean text is quoted from the text as written. Remembered: drafting asks it of the
    same sentence once for each way of referring it looks for."""
    kept = [(i, ch) for i, ch in enumerate(text) if not _DROP.match(ch)]
    clean = "".join(ch for _, ch in kept).translate(_FOLD)
    return clean, (*(i for i, _ in kept), len(text))
