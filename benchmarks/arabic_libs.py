"""What PyPI's offline Arabic libraries would add to `conflictkg draft` (issue #18).

    python3 -m venv /tmp/libs && /tmp/libs/bin/pip install pyarabic qalsadi tashaphyne rapidfuzz
    PYTHONPATH=$(echo .venv/lib/python3*/site-packages) /tmp/libs/bin/python benchmarks/arabic_libs.py

(a scratch venv: the libraries are measured, not the project's dependencies.)

The drafter matches its trigger words with its own rules (conflictkg.arabic.fold and the
clitic and ending rules of conflictkg.draft.draft). This script measures, on the words the
seed and the corpus use, what each library gives instead: whether qalsadi's lemmatiser and
tashaphyne's stemmer bring an inflected verb («واستعادت») back to the form triggers.tsv
lists (استعاد), pyarabic's normalisation against fold(), and rapidfuzz's best gazetteer name
for near-miss spellings, with the time each takes. A library that is not installed is
skipped and said so. Figures are printed, nothing is asserted.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from conflictkg.arabic import fold  # noqa: E402

# Inflected forms from the seed and corpus texts, and the trigger each should reach.
VERBS = [
    ("واستعادت", "استعاد"),
    ("استعادت", "استعاد"),
    ("سيطرت", "سيطر"),
    ("وسيطرت", "سيطر"),
    ("طردت", "طرد"),
    ("انسحبوا", "انسحب"),
    ("أطلقت", "أطلق"),
    ("خسر", "خسر"),
    ("انكفأ", "انكفأ"),
    ("تمكنت", "تمكن"),
    ("يسيطر", "سيطر"),
    ("أعلنت", "أعلن"),
]
# Near-miss spellings seen in the press, and the gazetteer name meant.
NAMES = [
    ("الولاياتالمتحدة", "الولايات المتحدة"),
    ("البوكمل", "البوكمال"),
    ("ديرالزور", "دير الزور"),
    ("الموصل", "الموصل"),
    ("قوات سوريا الديمقراطية", "قوات سوريا الديموقراطية"),
    ("الحشد الشعبى", "الحشد الشعبي"),
]
GAZETTEER = [
    "الولايات المتحدة",
    "البوكمال",
    "دير الزور",
    "الموصل",
    "الرقة",
    "راوة",
    "قوات سوريا الديموقراطية",
    "الحشد الشعبي",
    "تنظيم الدولة الإسلامية",
    "الجيش السوري",
]


def timed(fn: Callable[[str], str], words: list[str]) -> tuple[list[str], float]:
    start = time.perf_counter()
    out = [fn(w) for w in words]
    return out, (time.perf_counter() - start) * 1000 / len(words)


def verbs() -> None:
    words = [w for w, _ in VERBS]
    wanted = [fold(t) for _, t in VERBS]
    candidates: list[tuple[str, Callable[[], Callable[[str], str]]]] = [
        ("conflictkg's trigger rules", _ours),
        ("qalsadi lemmatizer", _qalsadi),
        ("tashaphyne light stemmer", _tashaphyne),
    ]
    print(f"verbs: {len(words)} inflected forms, reached = the trigger's base form")
    for name, make in candidates:
        try:
            fn = make()
        except ImportError:
            print(f"  {name:28} not installed: skipped")
            continue
        out, ms = timed(fn, words)
        reached = sum(fold(o) == w for o, w in zip(out, wanted, strict=True))
        print(f"  {name:28} reached {reached}/{len(words)}  {ms:.2f} ms a word")
        for word, got, want in zip(words, out, wanted, strict=True):
            if fold(got) != want:
                print(f"      {word} -> {got}")


def _ours() -> Callable[[str], str]:
    """The base form of the trigger whose first word's pattern matches the word."""
    import re

    from conflictkg.draft.draft import load_triggers

    firsts = {t.words[0]: t.pattern.pattern.split(_GAP_MARK)[0] for t in load_triggers()}
    firsts.update({fold(base): "" for _, base in VERBS if fold(base) not in firsts})

    def base(word: str) -> str:
        for first, pattern in firsts.items():
            if pattern and re.fullmatch(pattern, fold(word)):
                return first
        return word

    return base


_GAP_MARK = "(?:\\s+\\S+)"


def _qalsadi() -> Callable[[str], str]:
    import qalsadi.lemmatizer

    lemmatizer = qalsadi.lemmatizer.Lemmatizer()
    return lambda w: str(lemmatizer.lemmatize(w))


def _tashaphyne() -> Callable[[str], str]:
    from tashaphyne.stemming import ArabicLightStemmer

    stemmer = ArabicLightStemmer()

    def stem(word: str) -> str:
        stemmer.light_stem(word)
        return str(stemmer.get_stem())

    return stem


def normalisation() -> None:
    try:
        import pyarabic.araby as araby
    except ImportError:
        print("pyarabic: not installed: skipped")
        return
    samples = ["أُعلِنَت", "إلى", "مدينةِ", "الرقّة", "ـــداعش", "المؤسسة", "رئيس"]

    def theirs(w: str) -> str:
        return str(araby.normalize_hamza(araby.strip_tashkeel(araby.strip_tatweel(w))))

    same = sum(fold(theirs(w)) == fold(w) for w in samples)
    print(f"pyarabic normalisation then fold() equals fold() alone on {same}/{len(samples)}")


def near_misses() -> None:
    try:
        from rapidfuzz import fuzz, process
    except ImportError:
        print("rapidfuzz: not installed: skipped")
        return
    folded = [fold(g) for g in GAZETTEER]
    print("rapidfuzz: the best gazetteer name for a near-miss (score 0-100)")
    start = time.perf_counter()
    for written, meant in NAMES:
        best = process.extractOne(fold(written), folded, scorer=fuzz.ratio)
        assert best is not None
        mark = "right" if best[0] == fold(meant) else "WRONG"
        print(f"  {written:26} -> {GAZETTEER[best[2]]:26} {best[1]:5.1f}  {mark}")
    took = (time.perf_counter() - start) * 1000 / len(NAMES)
    # a wrong name scoring as high as the right ones is what makes fuzzy matching unsafe
    for other in ("الرطبة", "الرمادي", "الميادين"):  # places the list does not have
        decoy = process.extractOne(fold(other), folded, scorer=fuzz.ratio)
        assert decoy is not None
        print(
            f"  «{other}», not in the list, scores {decoy[1]:.1f} against «{GAZETTEER[decoy[2]]}»"
        )
    print(f"  {took:.3f} ms a name")


if __name__ == "__main__":
    verbs()
    normalisation()
    near_misses()
