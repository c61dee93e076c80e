"""`conflictkg draft`: a first encoding of an Arabic report, for an analyst to review.

Sentence by sentence: the gazetteer's actors and places (conflictkg.draft.mentions), the
actors the words stand for without naming them (conflictkg.draft.referents), the times
(conflictkg.draft.dates) and the words that state facts (triggers.tsv) give proposed
events and situations, each with its agent, opponent, place and time, and the exact words
that state it as its evidence quote. An attribution in the sentence («وفق», «بحسب», «قال»,
«أفاد») makes a claim of what the sentence proposes, an «أعلن» an announcement: never the
reporter's voice; an accusation («اتهم», «حمّل … مسؤولية») is the accuser's claim that the one
accused did it. Every proposal is marked `ckg:reviewStatus ckg:Draft` with the rule that
made it and a confidence; `build` refuses drafts unless `--allow-drafts`. Inferred values
(a weekday, a year from the report's date, a bound from the report's date) are marked as the
hand encodings mark them. Deterministic and offline: rules and dictionaries only.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ..arabic import fold, without_marks
from ..errors import InputError
from .dates import WEEKDAYS, TimeMention, find_times
from .mentions import ADJECTIVE, Lexicon, Mention, NewName, unknown_names
from .newreport import Header, _literal, render_header
from .referents import (
    AIRCRAFT_AND,
    BACKING_WORDS,
    OF_DOING,
    SEAT_OF_AN_ACTOR,
    SET_OFF,
    aimed_at_a_country,
    aircraft_of,
    bare_heads,
    capital_cities,
    capital_of_the_dateline,
    capitals_that_speak,
    country_by_adjective,
    country_mention,
    described,
    fighters_named,
    first_word_again,
    forces_of,
    forces_of_a_leader,
    head_noun_again,
    his_government,
    is_group,
    is_its_site,
    its_fighters,
    its_sites,
    joined_forces,
    land_of,
    lands,
    leaders_forces,
    loyal_to_it,
    loyal_to_named,
    mission_in_the_country,
    named_entry,
    nationals,
    opening_words_again,
    own_air_defences,
    placed_entries,
    referring,
    shortened_names,
    sites_of_the_city,
    some_factions,
    state_media,
    supporters_of,
    surnames_again,
    the_capital,
    the_islamists,
    the_militants,
    the_world_body,
    those_fighters,
    towns_of_a_country,
    tribal_fighters,
    unnamed,
    unnamed_ministers,
)

_SENTENCE = re.compile(r"[^.!؟\n]+")
# words a verb and its preposition may have between them; an apposition or a backing between
# commas («قوات سوريا الديموقراطية، وهي تحالف من فصائل كردية وعربية، الجمعة على», «بدء هذه
# القوات، بدعم من التحالف الدولي، هجوما») counts as one; the words of actors' names are not
# counted (`_too_far_apart`), so that the pattern allows more
_GAP = (
    r"(?:\s+(?:[^\s،]+،\s+(?:وه[وي]|بدعم|بمسانده|بغطاء)\s[^،.]{1,80}?،"
    r"|\S+)){0,%d}?"
)
# at most this many words between a trigger's words, an actor's name counting as none
# («سيطر متمردو الطوارق في الحركة الوطنية لتحرير أزواد ومقاتلو جماعة أنصار الدين الإسلامية
# الأحد على»: the subject's names are long, the words around them few)
_MOST_BETWEEN = 10


def _begun_again(rule: Trigger, matched: str) -> bool:
    """The words' first word comes again after a comma inside the match («بعد انسحاب مقاتلي
    حركة طالبان منها، بعد يومين من سيطرتها على»): the match from the second is the one."""
    first = rule.words[0]
    return re.search(rf"،\s+[وف]?{re.escape(first)}(?!\w)", matched) is not None


def _too_far_apart(
    text: str, start: int, end: int, matched: str, rule: Trigger, mentions: list[Mention]
) -> bool:
    """More than `_MOST_BETWEEN` words between the words of `rule` matched (`matched`, at
    start:end), not counting those of the actors named there where no comma parts them (a
    clause beyond a comma is another's: «مدعومة بفصائل الحشد الشعبي، أحكمت … بعد أكثر
    من»)."""
    # (a relative clause set off by commas, «قوات سوريا الديموقراطية، التي تشكل وحدات حماية
    # الشعب الكردية عمودها الفقري، الاثنين على …», tells of the name before it: its words and
    # commas are not counted)
    aside = _RELATIVE_ASIDE.sub(" ", matched)
    if _WHILE.search(aside):
        # (a clause «، فيما …» is another fact's: «بعد معارك ليلية مع القوات الأرجنتينية،
        # فيما سيطرت وحدات بريطانية أخرى على …» tells no «بعد سيطرتها على»)
        return True
    between = len(aside.split()) - len(rule.words)
    if between <= _MOST_BETWEEN or re.fullmatch(rule.near, matched):
        return False
    if "\u060c" in aside:
        return True
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    named = sum(len(text[m.start : m.end].split()) for m in inside if fold(m.text) in aside)
    # (nor the words of a day told there: «أرغمت مقاتلات أميركية ليل الخميس الجمعة طائرة …»)
    days = len(aside.split()) - len(_DAY_TOLD.sub(" ", aside).split())
    return between - named - days > _MOST_BETWEEN


# «، فيما» (while) opening a clause of its own (folded)
_WHILE = re.compile(r"\u060c\s*فيما(?!\w)")
# a part of the day before its day: «مساء الأربعاء», «فجر الخميس» (folded)
_TIME_OF_DAY = r"(?:مساء|صباح|فجر|ليل|بعد\s+ظهر)"
# a day told, with its time of day: «ليل الخميس الجمعة», «مساء الأحد» (folded)
_DAY_TOLD = re.compile(rf"(?<!\w)(?:{_TIME_OF_DAY}\s+)?(?:{'|'.join(WEEKDAYS)})(?!\w)")
# a relative clause set off by commas: «، التي تشكل … عمودها الفقري،» (folded)
# (and those named among them: «مقاتلون معارضون، بينهم عناصر من جبهة النصرة،»; what a group
# is made of: «مجموعة «…»، المؤلفة من روس يقاتلون إلى جانب القوات الأوكرانية،»)
_ASIDE_WORDS = "التي|الذي|الذين|بينهم|بينها|بينهما|المولفه"
_RELATIVE_ASIDE = re.compile(rf"\u060c\s*(?:{_ASIDE_WORDS})\s[^\u060c.]{{1,80}}?\u060c")
# the opening of one, up to an actor named in it (folded)
_ASIDE_OPENS = re.compile(rf"\u060c\s*(?:{_ASIDE_WORDS})\s[^\u060c.]{{0,60}}$")


def _in_a_relative_aside(text: str, m: Mention) -> bool:
    """The actor is named inside a relative clause set off by commas («، التي تشكل وحدات
    حماية الشعب الكردية عمودها الفقري،»)."""
    opens = _ASIDE_OPENS.search(fold(text[max(0, m.start - 60) : m.start]))
    return opens is not None and "\u060c" in text[m.end : m.end + 80].split(".")[0]


# the endings a written word may carry beyond the form listed: a verb's feminine and plural,
# a noun's pronoun («هجومها», «استعادتها»), a verb's ending with its object («أطلقتها»)
_ENDING = (
    "(?:\u062a\u0627|\u062a|\u0648\u0627|\u0648\u0646|\u064a\u0646|\u0627\u062a|\u0646|\u0627|\u0647|\u0647\u0627|\u0647\u0645\u0627|\u0647\u0645"
    "|(?:\u062a|\u0648)(?:\u0647|\u0647\u0627|\u0647\u0645\u0627|\u0647\u0645))?"
)


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]
    cls: str
    agent: str
    target: str
    opponent: str
    extent: str
    ongoing: bool
    pattern: re.Pattern[str]  # (its words up to twice `_MOST_BETWEEN` apart)
    near: str  # (its words up to `_MOST_BETWEEN` apart: compiled only where needed)


def load_triggers(path: Path | None = None) -> list[Trigger]:
    """The trigger dictionary (triggers.tsv beside this module, or `path`); the one beside
    this module is read and compiled once a process (its five hundred patterns are more than
    the `re` module keeps compiled, so each draft would compile them again)."""
    if path is None:
        return list(_shipped_triggers())
    return _read_triggers(path.read_text(encoding="utf-8"), path)


@functools.cache
def _shipped_triggers() -> tuple[Trigger, ...]:
    text = resources.files(__package__).joinpath("triggers.tsv").read_text(encoding="utf-8")
    return tuple(_read_triggers(text, Path("triggers.tsv")))


def _read_triggers(text: str, where: Path) -> list[Trigger]:
    """The triggers of a dictionary's text (`where` names it in errors)."""
    triggers = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 7:
            raise InputError(
                f"a trigger line has 7 tab-separated cells, not {len(cells)}", where, number
            )
        words, cls, agent, target, opponent, extent, ongoing = cells
        # («كان_في_يد»: words joined by «_» follow each other with no word between)
        folded = fold(words.replace("_", " ")).split()
        adjacent = [False] + [
            bool(re.match(r"_", rest)) for rest in re.split(r"(?<=\S)(?=[\s_])", words)[1:]
        ]
        article = "" if folded[0].startswith("ال") else "(?:ال)?"  # «المدعومة من»
        first = rf"(?<!\w)[وف]?{article}{re.escape(folded[0])}{_ENDING}(?!\w)"
        rest = [  # (a word in quotation marks: «النصر» على)
            "".join(
                rf"[\"»]?{'' if joined else _GAP % gap}\s+[\"«]?[وفبل]?{re.escape(w)}{_ENDING}(?!\w)"
                for w, joined in zip(folded[1:], adjacent[1:], strict=True)
            )
            for gap in (2 * _MOST_BETWEEN, _MOST_BETWEEN)
        ]
        triggers.append(
            Trigger(
                tuple(folded),
                cls,
                agent,
                target,
                opponent,
                extent,
                ongoing == "yes",
                re.compile(first + rest[0]),
                first + rest[1],
            )
        )
    return triggers


@dataclass(eq=False)  # a proposal is itself: compared by identity
class Proposal:
    cls: str
    slug: str
    rule: str
    start: int  # the quote's span in the text
    end: int
    agent: Mention | None = None
    opponent: Mention | None = None
    # more opponents, coordinated with the first («ضد التنظيم والمقاتلين الأكراد»)
    others: tuple[Mention, ...] = ()
    # more actors who act with the first («القوات العراقية وفصائل الحشد الشعبي»), written
    # for the facts that may have several (not a capture's taker nor a hold's controller)
    allies: tuple[Mention, ...] = ()
    place: Mention | None = None
    time: TimeMention | None = None
    extent: str | None = None
    share: tuple[str, str] | None = None  # (property, number): value / minValue
    ongoing: bool = False
    covers: list[Proposal] = field(default_factory=list)  # what a claim or announcement covers
    starts: Proposal | None = None  # the control a capture starts
    confidence: float = 0.5
    referred: bool = False  # the place is what a pronoun or «المدينة» refers back to
    group_referred: bool = False  # the actor is what «التنظيم» refers back to
    group_word: str = "التنظيم"  # the word that referred to it («الجهاديين»)
    agent_referred: bool = False  # the actor is an earlier sentence's (subject not repeated)
    opponent_referred: bool = False  # the opponent is read from a pronoun («على مواقعها»)
    # doers the text gives no name for («سيطر مسلحون مجهولون على …»): the words, drafted as
    # a group of the report's own (ckg:UnnamedGroup) for the analyst to name or keep
    unnamed: str = ""
    since: bool = False  # its time follows «منذ»: when it began
    # told after «بعد أن» / «بعد» the sentence's main fact: over by that fact's day («، بعد
    # أن غادرها المقاتلون»), its own not told
    before: TimeMention | None = None
    covers_all: bool = False  # an attribution by «وفق», «بحسب»: the whole sentence
    ends_with: Proposal | None = None  # a battle: the capture it led to (an occupation: the
    # pull-out that ended it)
    launches: Proposal | None = None  # an offensive's launch: the offensive
    breaks: Proposal | None = None  # a siege break: the siege it ends
    also: Mention | None = None  # «البلدتين»: the second of two places referred back to
    contested: bool = False  # a hold of a place others hold too in the draft
    # allies said to take part in another sentence («وتشارك في العملية X»), quoted apart
    taking_part: tuple[Mention, ...] = ()
    # a withdrawal's place it leaves, when its destination is the place («من مدينة داريا
    # باتجاه محافظة إدلب»)
    origin: Mention | None = None
    # a second place the same bombings struck, told after the first («تفجيرين في مطار بروكسل
    # الدولي وثالث في محطة مترو مالبيك»)
    elsewhere: Mention | None = None
    # a battle's or a siege's time is when it began, from how long it lasted («بعد معارك
    # استمرت نحو عشرة أشهر»), back from the day it came before
    lasted: bool = False
    # an operation whose end is told («أعلن الجيش … الثلاثاء انتهاء عملية عسكرية»): the day
    # it is over by (its time then is when it began, when how long it lasted is told)
    ended: TimeMention | None = None
    # where the sentence tells the same fact again («…، وأعلن X أن هذه القوات هاجمت
    # العاصمة»): what an attribution before that says covers it
    again: tuple[int, ...] = ()
    # a launch told where the sentence's taking is («بعد عملية بدأها … ضد …»): placed there
    at_the_taking: bool = False

    @property
    def prefix(self) -> str:
        if self.cls == "Claim":
            return "claim"
        if self.cls in ("ControlPeriod", "RemainingObjective", "Presence"):
            return "sit"
        if self.cls == "SupportRelation":
            return "rel"
        return "ev"


@dataclass
class Draft:
    header: Header
    text: str
    proposals: list[Proposal]
    new_names: list[NewName]
    english: dict[str, str] = field(default_factory=dict)  # the gazetteer's English labels

    def turtle(self) -> str:
        return render(self)


CAPTURES = ("Capture", "Recapture", "Expulsion")


def draft(
    text: str, header: Header, lexicon: Lexicon, triggers: list[Trigger] | None = None
) -> Draft:
    """Propose the facts of a report's text."""
    rules = triggers if triggers is not None else load_triggers()
    lexicon = lexicon.as_of(header.date)  # (a state's army, forces, government of its day)
    proposals: list[Proposal] = []
    slugs: dict[str, int] = {}
    context = Context(report=header.date)
    context.country = country_mention(
        lexicon, header.dateline
    )  # «البلاد»: the dateline's, at first
    heads: dict[str, Mention] = {}  # «الجيش»: the last force named with that word
    government = forces_of(lexicon, header.dateline)  # «القوات الحكومية», none named before
    country = lexicon.country_of.get(header.dateline or "")
    dateline_city = header.dateline if header.dateline in lexicon.cities else None
    capital = capital_of_the_dateline(header.dateline, lexicon)  # («مرفأ العاصمة»)
    bodies = (
        ("الجيش", lexicon.armies),
        ("الحكومه", lexicon.governments),
        ("الشرطه", lexicon.police),
    )
    for word, state in bodies:
        if country in state:  # none named yet: the army (government, police) of the dateline's
            iri, label = state[country]
            heads[word] = Mention(0, 0, label, iri, "actor", False, by_dateline=True)
    if "الشرطه" not in heads and country in lexicon.states:
        # «قبل أن تقتله الشرطة» in a report datelined Vienna, the gazetteer giving Austria no
        # police: the state does it, as the hand encodings read it
        iri = lexicon.states[country]
        label = lexicon.arabic.get(iri, "")  # (a user's gazetteer may give it no Arabic label)
        heads["الشرطه"] = Mention(0, 0, label, iri, "actor", False, by_dateline=True)
    seen: list[Mention] = []  # the actors named so far, in order
    militants: list[tuple[str, Mention]] = []  # groups named as «مسلحي X»: «المسلحون» after
    later = fighters_named(text, lexicon)  # and anywhere: «المسلحين» told before them
    participants: list[Mention] = []  # «وتشارك في العملية X»: who carries out the operation
    said_to_take_part: list[tuple[Proposal, Mention]] = []  # and whose word that is
    commanders: dict[str, Mention] = {}  # «رئيس الوزراء العراقي حيدر العبادي»: his state's forces
    for sentence in _SENTENCE.finditer(text):
        offset, body = sentence.start(), sentence.group()
        named = [
            m
            for m in (_shift(m, offset) for m in lexicon.find(body))
            if not land_of(text, m)
            and not _in_a_name_given(text, m)
            and not (
                m.kind == "place" and _A_COMPANY.search(fold(text[max(0, m.start - 12) : m.start]))
            )
        ]
        named = lands(body, offset, named, lexicon)  # («الأراضي اللبنانية»: Lebanon, a place)
        # (the dateline's army only in a sentence about its country: «بيروت:» heads reports
        # about Syria and Iraq)
        dateline_end = len(header.dateline_quote or "") if offset == 0 else 0
        about = _country_here([m for m in named if m.start >= dateline_end], context)
        mentions = bare_heads(body, offset, named, heads, about in (None, country))
        mentions = described(body, offset, mentions, seen, lexicon, government, about)
        mentions = loyal_to_it(body, offset, mentions, seen, lexicon)
        mentions = loyal_to_named(text, mentions, lexicon)
        mentions = supporters_of(text, mentions, lexicon)
        mentions = forces_of_a_leader(text, mentions, lexicon)
        mentions = those_fighters(body, offset, mentions, seen)
        mentions = shortened_names(body, offset, mentions, seen, lexicon, country)
        mentions = opening_words_again(body, offset, mentions, seen)
        mentions = surnames_again(body, offset, mentions, seen)
        mentions = head_noun_again(body, offset, mentions, seen)
        mentions = first_word_again(body, offset, mentions, [*seen, *mentions], "actor")
        mentions = its_fighters(body, offset, mentions, context.group)
        mentions = the_islamists(body, offset, mentions, seen)
        mentions = nationals(body, offset, mentions, lexicon)
        mentions = tribal_fighters(body, offset, mentions, lexicon, about)
        mentions = some_factions(body, offset, mentions, lexicon)
        mentions = the_world_body(body, offset, mentions, lexicon)
        mentions = mission_in_the_country(body, offset, mentions, lexicon, about or country)
        mentions = aimed_at_a_country(body, offset, mentions, lexicon)
        mentions = towns_of_a_country(body, offset, mentions, lexicon)
        mentions = unnamed_ministers(body, offset, mentions, lexicon)
        mentions = his_government(body, offset, mentions, lexicon)
        mentions = state_media(body, offset, mentions, lexicon, about or country, about is None)
        mentions = own_air_defences(body, offset, mentions, lexicon, about or country)
        mentions = its_sites(body, offset, mentions, lexicon)
        mentions = sites_of_the_city(
            body,
            offset,
            mentions,
            lexicon,
            context.city.iri if context.city is not None else dateline_city,
            capital,
            context.places,
        )
        mentions = joined_forces(body, offset, mentions, lexicon)
        mentions = placed_entries(body, offset, mentions, lexicon)
        mentions = the_militants(
            body, offset, mentions, militants, seen, later, lexicon.armed_groups
        )
        mentions = capitals_that_speak(body, offset, mentions, lexicon)
        mentions = capital_cities(body, offset, mentions, lexicon)  # («في أنقرة»: the city)
        mentions = aircraft_of(body, offset, mentions, lexicon)
        names = _operation_names(body, offset)
        mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in names)]
        # (a canal's bank is no territory of that name: «إلى الضفة الغربية لقناة السويس», not
        # the West Bank)
        mentions = [
            m
            for m in mentions
            if not (
                fold(m.text).split()[:1] == ["الضفه"]
                and _OF_A_WATERWAY.match(fold(body[m.end - offset : m.end - offset + 12]))
            )
            # (nor is the sea a fleet is named for where it is: «مقر قيادة أسطول البحر
            # الأسود الروسي في مدينة سيفاستوبول»)
            and not (
                m.kind == "place"
                and fold(body[max(0, m.start - offset - 8) : m.start - offset]).split()[-1:]
                == ["اسطول"]
            )
        ]
        if (
            offset == 0
            and header.dateline_quote
            and mentions
            and mentions[0].kind == "place"
            and body.lstrip().startswith(header.dateline_quote)
        ):
            if dateline_city is not None:
                context.dateline_city = replace(mentions[0], city=True)
            mentions = mentions[1:]  # «بغداد:» is where the report was written, not a referent
        mentions = the_capital(body, offset, mentions, context.places, lexicon, header.dateline)
        if "العاصمه" in fold(body):
            # (a description with the capital «العاصمة» read: «القصر الجمهوري في وسط العاصمة»)
            mentions = placed_entries(body, offset, mentions, lexicon)
        mentions = _named_with_the_city(body, offset, mentions, context, lexicon)
        mentions = _parts_of_it(body, offset, mentions, context, lexicon)
        mentions = _its_centre(body, offset, mentions, context, lexicon)
        mentions = _a_country_where(body, offset, mentions, lexicon)
        mentions = _the_strip(body, offset, mentions, context, lexicon)
        mentions = _the_building(body, offset, mentions)
        mentions = _said_in_full_before(body, offset, mentions, text, lexicon)
        mentions = first_word_again(body, offset, mentions, [*context.places, *mentions])
        mentions = _named_by_a_dual(body, offset, mentions, lexicon)
        mentions = _two_named_by_a_dual(body, offset, mentions, lexicon)
        mentions = _buildings_by_a_dual(body, offset, mentions, lexicon)
        mentions = _adjectives_sharing_a_noun(body, offset, mentions, lexicon)
        taking_part = _taking_part(text, body, offset, mentions)
        participants += taking_part
        commanders.update(_titled(text, offset, mentions, lexicon))
        mentions = _his_forces(body, offset, mentions, commanders)
        mentions = _a_governments_forces(body, offset, mentions, lexicon)
        seen += [m for m in mentions if m.kind == "actor"]
        # (not a date inside a name: «حركة 23 مارس», the M23, is no 23 March)
        times = [
            time
            for time in (_shift_time(t, offset) for t in find_times(body, header.date))
            if not any(m.start < time.end and time.start < m.end for m in named)
            # (nor the time a superlative is measured from: «أكبر هجوم لهم منذ بدء الحرب قبل
            # تسع سنوات» tells no fact of nine years before)
            and not _SINCE_THE_GREATEST.search(
                fold(text[max(offset, time.start - 60) : time.start])
            )
        ]
        folded, origin = without_marks(body)
        taken: list[tuple[int, int]] = []
        # words passed over (triggers.tsv's «-»): no fact's words begin in them, but a fact's
        # words may go round them («أعلن جيش التحرير الوطني، … الاثنين مسؤوليته»)
        passed: list[tuple[int, int]] = []
        taking_words: set[tuple[int, int]] = set()  # (the words of the takings among them)
        here: list[Proposal] = []
        context.here = here
        attributions: list[Proposal] = []
        for rule in rules:
            at = 0
            while (match := rule.pattern.search(folded, at)) is not None:
                at = match.end()
                start = origin[match.start()] + offset
                end = origin[match.end() - 1] + 1 + offset
                # (a backing «بدعم من …», an accusation, may sit inside a fact's words; so may
                # the fighting a taking came after inside the taking's, «وسيطرت بعد معارك على»,
                # its words one after the other)
                inside_ok = rule.cls == "SupportRelation" or rule.words[0] in _ACCUSE
                if rule.cls == "Battle" and rule.agent == "event":
                    inside_ok = len(match.group().split()) == len(rule.words) and all(
                        (s, e) in taking_words for s, e in taken if s < end and start < e
                    )
                first_end = start + len(text[start:end].split(maxsplit=1)[0])
                last_start = end - len(text[start:end].rsplit(maxsplit=1)[-1])
                if (
                    (not inside_ok and any(s < end and start < e for s, e in taken))
                    or any(s < first_end and start < e for s, e in passed)
                    # (nor end in them: «قاذفة ليبية حاولت قصف …» is no bomber's strike)
                    or any(s <= last_start < e for s, e in passed)
                    or _too_far_apart(text, start, end, match.group(), rule, mentions)
                    or _begun_again(rule, match.group())
                ):
                    # (a match set aside does not hide a shorter one after its first word)
                    at = match.start() + 1
                    continue
                if any(m.start <= start and first_end <= m.end for m in named if m.start < m.end):
                    # inside a name: «هيئة تحرير الشام» tells no «تحرير»; nor does one begun
                    # in it: «جبهة النصرة … على» no «النصر على»
                    continue
                if rule.cls == "-":  # words passed over (a purpose, a plan)
                    passed.append((start, end))
                    continue
                proposal = _propose(rule, start, end, offset, mentions, times, text, slugs, context)
                if proposal is None:
                    continue
                taken.append((start, end))
                if proposal.cls in CAPTURES:
                    taking_words.add((start, end))
                (attributions if proposal.cls in ("Claim", "Announcement") else here).append(
                    proposal
                )
        here.sort(key=lambda p: p.start)
        here += _coordinated_places(here, mentions, times, text, slugs)
        for fact in here:  # «باتت مدينة X السبت تحت سيطرة Y»: come into Y's hands that day
            if _came_under_on_a_day(fact, text, offset):
                fact.cls, fact.ongoing = "Capture", False
                fact.slug = _slug(slugs, "capture", fact.place)
        # «تتقاسم X وY السيطرة على المدينة»: a part each, shared (and a hold told of two
        # named together: «أن قواتها والانفصاليين الموالين لها باتوا يسيطرون على …»; the
        # holds captures start come later, with no allies)
        here += _one_for_each_ally(
            here, "ControlPeriod", "control", slugs, placed=True, contested=True
        )
        # «دعما من روسيا وإيران»: a backing each
        here += _one_for_each_ally(here, "SupportRelation", "support", slugs)
        for f in here:
            if f.cls == "SupportRelation":
                f.allies = ()
        here += [  # «سيطروا على البلدتين»: the same fact of the second town
            replace(f, slug=_slug(slugs, f.slug.split("-")[0], f.also), place=f.also, also=None)
            for f in here
            if f.also is not None
        ]
        for fact in list(here):  # what a fact entails, proposed with it
            if fact.cls in CAPTURES:  # a capture starts a control
                # (what was taken: «على مناطق واسعة في البلاد», «على معظم أنحاء بغداد» is
                # large parts of it)
                wide = _most_of(fold(text[fact.start : fact.end]))
                fact.starts = _entailed(
                    fact,
                    "ControlPeriod",
                    "control",
                    slugs,
                    extent=fact.extent or ("LargeParts" if wide else "FullControl"),
                )
                here.append(fact.starts)
            elif fact.cls == "OffensiveLaunch":  # a launch starts an offensive
                fact.launches = _entailed(
                    fact,
                    "Offensive",
                    "offensive",
                    slugs,
                    opponent=fact.opponent,
                    others=fact.others,
                    allies=fact.allies,
                    since=True,
                )
                here.append(fact.launches)
            elif fact.cls == "SiegeBreak":  # a break ends a siege, whose besieger it names
                if fact.opponent is None:
                    # («بعد حصار فرضته عليها … وكانت القوات السوفياتية قد فكت الحصار عن
                    # خوست»: the siege of the place told before, none named here)
                    told = _siege_of(proposals, fact.place)
                    if told is None:
                        here.remove(fact)
                    else:
                        fact.opponent, fact.breaks = told.agent, told
                    continue
                fact.breaks = _entailed(
                    fact,
                    "Siege",
                    "siege",
                    slugs,
                    agent=fact.opponent,
                    opponent=_besieged(text, fact, mentions),
                )
                here.append(fact.breaks)
            elif fact.cls == "TerritorialLoss" and fact.rule in ("سلم", "تسلم"):
                # «سلمت حركة طالبان … مدينة قندهار … إلى زعماء قبائل»: held by whom it was
                # handed to, from then; «تسلمت قوات … مطار سراييفو من القوات الصربية
                # البوسنية»: taken over from those named after «من», who lose it, and held
                # by those who take it over
                if fact.rule == "سلم":
                    holder = _handed_to(text, fact, mentions)
                else:
                    holder, fact.agent = fact.agent, _taken_over_from(text, fact, mentions)
                    if fact.agent is None:
                        here.remove(fact)
                    else:  # (quoted up to them)
                        fact.end = max(fact.end, fact.agent.end)
                if holder is not None:
                    here.append(
                        _entailed(
                            fact,
                            "ControlPeriod",
                            "control",
                            slugs,
                            agent=holder,
                            extent="FullControl",
                        )
                    )
            elif fact.rule == "تبادل القصف" and fact.opponent is not None:
                # «تبادلت وحدات الجيش … والقوات السورية القصف المدفعي»: a shelling each way
                # (the second side the first's foe, not its ally)
                fact.allies = tuple(m for m in fact.allies if m is not fact.opponent)
                here.append(
                    _entailed(
                        fact,
                        "Shelling",
                        "shelling",
                        slugs,
                        agent=fact.opponent,
                        opponent=fact.agent,
                        agent_referred=False,
                    )
                )
            elif fact.cls == "TerritorialLoss" and _a_town_surrendered_to(text, fact):
                # «أن مدينة الرملة استسلمت لقواته الاثنين»: a town that surrendered to those
                # after «ل», taken by them and held (who gave it up not said)
                assert fact.place is not None  # (the town, right before the verb)
                fact.cls, fact.slug = "Capture", _slug(slugs, "capture", fact.place)
                fact.start = min(fact.start, fact.place.start)  # (quoted from it)
                fact.starts = _entailed(
                    fact, "ControlPeriod", "control", slugs, extent="FullControl"
                )
                here.append(fact.starts)
            elif fact.cls == "TerritorialLoss" and fact.rule == "استسلم":
                # «استسلمت القوات الأرجنتينية في بورت ستانلي الاثنين للقوات البريطانية»:
                # the place taken by those the surrender was made to, and held by them
                taker = _surrendered_to(text, fact, mentions)
                if taker is not None:
                    taking = _entailed(
                        fact, "Capture", "capture", slugs, agent=taker, opponent=fact.agent
                    )
                    taking.end = max(fact.end, taker.end)  # (quoted up to them)
                    taking.starts = _entailed(
                        taking, "ControlPeriod", "control", slugs, extent="FullControl"
                    )
                    here += [taking, taking.starts]
        here = _once(here)
        _entries_that_hold(here, slugs)
        _battles_where_the_sentence_says(here)
        _attacks_on_those_who_repelled_them(here)
        _occupations_a_pull_out_ended(here)
        _strongholds_a_taking_ended(here, text)
        _sieges_a_capture_ended(here)
        _attacks_are_the_takers(here, slugs)
        _backed_is_who_acts(here, text)
        here = _arrivals_that_are_no_operation(here)
        # («وفق ما أفاد المرصد … والتلفزيون الرسمي السوري»: a word each)
        attributions += _one_for_each_ally(attributions, "Claim", "claim", slugs)
        for a in attributions:
            a.allies = ()
        _cover(attributions, here, text)
        _told_before(attributions, [*proposals, *here], text, offset + len(body))
        _accused(attributions, here, mentions, text, slugs, lexicon, proposals)
        _said_to_be_behind_it(attributions, here, mentions, text, slugs)
        _claimed_as_well(attributions, here, slugs)
        _what_a_ministry_does(here, lexicon)
        here = _strikes_told_again(here, attributions, proposals, text)
        here = _told_twice_here(here, attributions, lexicon)
        proposals.extend(p for p in attributions if p.covers and p.agent is not None)
        said_to_take_part += [  # «وتشارك في العملية X، بحسب بيان لـ Y»: Y's word on who
            (p, taking_part[0])
            for p in attributions
            if not p.covers and p.covers_all and p.agent is not None and taking_part
        ]
        proposals.extend(here)
        context.after_sentence(mentions, here, text)
        # «البلاد» (the country): the one the last place named lies in, or the last named
        for m in mentions:
            if m.kind == "place":
                context.country = country_mention(lexicon, m.iri) or context.country
    _entries_told_again(proposals)
    _speakers_are_not_forces(proposals, participants, commanders)
    _those_taking_part(proposals, participants, text)
    for attribution, participant in said_to_take_part:
        offensive = _joined_offensive(proposals, participant, text)
        if offensive is not None:
            attribution.covers = [offensive]
            proposals.append(attribution)
    _shared_holds(proposals)
    return Draft(header, text, proposals, unknown_names(text, lexicon), lexicon.english)


@dataclass
class Context:
    """What a sentence may refer back to in the sentences before it."""

    place: Mention | None = None  # what a pronoun refers back to (not a country or river)
    city: Mention | None = None  # what «المدينة» (the city) refers back to
    # the dateline's city, what «المدينة» after a fact's words stands for where no city was
    # named before it («لواندا: هاجم … سجنا ومركزا للشرطة في المدينة»)
    dateline_city: Mention | None = None
    report: dt.date | None = None  # the report's date, what a span before is counted from
    group: Mention | None = None  # what «التنظيم» (the organisation) refers back to
    agent: Mention | None = None  # the last fact's actor: an unrepeated subject, «هذه القوات»
    places: list[Mention] = field(default_factory=list)  # every place named, in order
    # the facts proposed so far from the sentence being read (an offensive told before
    # «ولا تزال المعارك مستمرة» in the same sentence is whose fighting it is)
    here: list[Proposal] = field(default_factory=list)
    day: TimeMention | None = None  # the day of the sentence before's main fact, if told
    country: Mention | None = None  # what «البلاد» (the country) stands for
    striker: Mention | None = None  # whose strikes were told last: what «الغارات» refers to
    # the last actor named by its head noun («وحدات» for «وحدات حماية الشعب»): what «هذه
    # الوحدات» stands for, rather than the last fact's actor
    by_head: dict[str, Mention] = field(default_factory=dict)
    head: Mention | None = None  # the head of the last chain of places («سد تشرين في ريف حلب»)
    # the last offensive told with its actor: the sides of fighting told with none named
    # («ولا تزال المعارك مستمرة في محيط مدينة …»)
    offensive: Proposal | None = None
    fight: Proposal | None = None  # the last battle told with its sides
    taking: Proposal | None = None  # the last capture told with its taker

    def these(
        self, said: str, before: list[Mention] | None = None, text: str = ""
    ) -> Mention | None:
        """What «هذه القوات/الوحدات/الفصائل» in `said` (folded) stands for: the last actor
        named with that head noun (or right after it in `text`: «قوات الجيش الوطني
        الليبي»), in the sentence (`before`) or earlier, else the last fact's actor."""
        found = _THESE_FORCES.search(said)
        if found is None:
            return self.agent
        noun = found.group("noun")
        here = [
            m
            for m in before or []
            if _head_noun(m) in (noun, "ال" + noun) or (text and _head_before(text, m) == noun)
        ]
        return here[-1] if here else self.by_head.get(noun) or self.agent

    def after_sentence(self, mentions: list[Mention], facts: list[Proposal], text: str) -> None:
        places = [m for m in mentions if m.kind == "place" and not m.broad]
        self.places += places
        for m in mentions:
            words = fold(m.text).split()
            head = re.sub("^\u0627\u0644", "", words[0]) if words else ""
            if m.kind == "actor" and len(words) > 1 and head in _FORCE_HEADS:
                # («القوات الموالية للقذافي»: «هذه القوات» after; the word as written, so a
                # clitic on it, «ووحدات …», keeps a name out)
                self.by_head[head] = m
            elif m.kind == "actor" and (written_before := _head_before(text, m)):
                self.by_head[written_before] = m  # («قوات الجيش الوطني الليبي»)
            joined = _AND_OTHERS.match(fold(text[m.end : m.end + 30]))
            if m.kind == "actor" and joined is not None:
                # «مقاتلي جبهة النصرة وفصائل معارضة أخرى»: «هذه الفصائل» after stands for them
                # with the group named, who leads
                self.by_head[joined.group("noun")] = m
        if places:
            self.place = places[-1]
            self.head = _head_of_chain(places, text)
        # (not a city named in a description of another place: «مدينة معرة النعمان الواقعة
        # على الطريق السريع بين دمشق وحلب»: «المدينة» after is Maarat al-Numan)
        cities = _cities([m for m in mentions if not _LYING_ON.search(_clause_before(text, m))])
        if cities:
            self.city = cities[-1]
        groups = [m for m in mentions if is_group(m, text)]
        if groups:
            self.group = groups[-1]
        agents = [
            f.agent
            for f in facts
            if f.agent is not None and not f.agent.person and f.cls != "SupportRelation"
        ]
        offensives = [f for f in facts if f.cls == "Offensive" and f.agent is not None]
        if offensives:
            self.offensive = offensives[-1]
        fights = [f for f in facts if f.cls == "Battle" and f.agent is not None]
        if fights:
            self.fight = fights[-1]
        takings = [f for f in facts if f.cls in CAPTURES and f.agent is not None]
        if takings:
            self.taking = takings[-1]
        strikers = [f.agent for f in facts if f.cls in ("AirStrike", "Shelling") and f.agent]
        if strikers:
            self.striker = strikers[-1]
        days = [f.time for f in facts if f.time is not None and f.time.datatype == "date"]
        self.day = days[0] if days else None
        if agents:  # the sentence's first fact is its main clause's
            self.agent = agents[0]
            return
        subjects = [
            m
            for m in mentions
            if m.kind == "actor" and not m.person and not m.broad and not m.metonym
        ]
        if subjects:  # no fact found: the sentence's first actor is who it is about
            self.agent = subjects[0]


def _country_here(mentions: list[Mention], context: Context) -> str | None:
    """The country the sentence's places lie in (the first town's or area's, else the first
    country named: «فر … إلى جمهورية الدومينيكان، بعد سيطرة … على مدينة سانتا كلارا» is about
    Cuba), else the one the report was last about (`Context.country`)."""
    placed = [(m, m.in_country[0]) for m in mentions if m.kind == "place" and m.in_country]
    found = next((country for m, country in placed if not m.broad), None)
    found = found or next((country for _, country in placed), None)
    return found or (context.country.iri if context.country is not None else None)


def _head_before(text: str, m: Mention) -> str:
    """The head noun written right before a name, folded, without its article: «قوات» in
    «قوات الجيش الوطني الليبي»; "" where there is none."""
    before = fold(text[max(0, m.start - 8) : m.start]).split()[-1:]
    word = re.sub("^ال", "", before[0]) if before else ""
    return word if word in _FORCE_HEADS else ""


def _head_noun(m: Mention) -> str:
    """The first word of a mention as written, folded, a clitic off («للقوات الحكومية»:
    «القوات»)."""
    words = fold(m.text).split()
    return re.sub("^[وفب]", "", re.sub("^لل", "ال", words[0])) if words else ""


# «عملية «درع الفرات»», «حملة «غضب الفرات»»: an operation's name, in quotation marks
_NAMED = re.compile(r"(?:عمليه|حمله|معركه)\s*«[^»]*»")
# an operation, named or not, just before «التي»: «عملية «درع الفرات» التي», «الحملة التي»
_OPERATION_BEFORE = re.compile(
    r"(?:عمليه|حمله|معركه|هجوم|العمليات)(?:\s*«[^»]*»)?\s+(?:التي|الذي)(?:\s+\S*)?$"
)


def _operation_names(body: str, offset: int) -> list[tuple[int, int]]:
    """Where operations' names are («عملية «قادمون يا نينوى»»): a place or an actor in one
    is not what the operation is about."""
    folded, origin = without_marks(body)
    return [
        (offset + origin[found.start()], offset + origin[found.end() - 1] + 1)
        for found in _NAMED.finditer(folded)
    ]


def _cities(mentions: list[Mention]) -> list[Mention]:
    """The cities the mentions name, in order: a city, or the city a place lies in
    («مطار الموصل»: Mosul), what «المدينة» refers back to."""
    out = []
    for m in mentions:
        if m.city:
            out.append(m)
        elif m.kind == "place" and m.in_city is not None:
            iri, label = m.in_city
            out.append(replace(m, iri=iri, text=label, city=True, in_city=None))
    return out


# «في المحافظة», «الإقليم»: the province referred back to (with the article: not «محافظة حلب»)
# (matched on folded text, where «على» is «علي»)
_THE_PROVINCE = re.compile(
    r"^\s*(?:(?:\S+\s+){0,2}?(?:في|علي|من|داخل)\s+)?(?:المحافظه|الولايه|الاقليم)(?!\w)"
)  # («هجوم جورجي على الإقليم الانفصالي»: the words' own «على»)
_THE_CITY = re.compile(r"(?<!\w)(?:[وب]?ال|لل)مدينه(?!\w)")
_THE_PROVINCE_IN_A_NAME = re.compile(r"(?<=\S\s)المحافظه(?!\w)")  # «مبنى المحافظة»


def _named_with_the_city(
    body: str, offset: int, mentions: list[Mention], context: Context, lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with a name that holds «المدينة» for the city referred
    back to («الجانب الغربي من المدينة» after «مطار الموصل»: west Mosul, a name of the
    gazetteer with «الموصل» in it) or «المحافظة» for its province («مبنى المحافظة» after
    «مدينة كركوك»: «مبنى محافظة كركوك»), marked as said so."""
    folded, origin = without_marks(body)
    found = list(mentions)
    for match in [*_THE_CITY.finditer(folded), *_THE_PROVINCE_IN_A_NAME.finditer(folded)]:
        a, b = origin[match.start()], origin[match.end() - 1] + 1
        if match.re is _THE_CITY:
            # the last city named in the sentence, else before it (a name just before
            # «من المدينة» may be a part of another city's: «الأحياء الشرقية»)
            before = _cities([m for m in mentions if m.end <= offset + a])
            labels = [m.text for m in before[-1:]] + ([context.city.text] if context.city else [])
        else:  # «ومبنى المحافظة فيها» after «مدينة كركوك»: its province's name
            held = [m.in_province for m in [*context.places, *mentions] if m.end <= offset + a]
            labels = [next((p[1] for p in reversed(held) if p is not None), "")]
        for label in [each for each in dict.fromkeys(labels) if each]:
            if _named_as(body, offset, a, b, label, found, lexicon):
                break
    return sorted(found, key=lambda m: m.start)


# «في القطاع», «بالقطاع» (folded): the Strip referred back to
_THE_STRIP = re.compile(r"(?<!\w)[وف]?(?:[بل]?ال|لل)قطاع(?!\w)")


def _the_strip(
    body: str, offset: int, mentions: list[Mention], context: Context, lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with «القطاع» (the Strip) read as the strip the place named
    last is or lies in («أكملت تطويق مدينة غزة … عملياته البرية في القطاع»: the Gaza
    Strip), marked as said so."""
    folded, origin = without_marks(body)
    found = list(mentions)
    for match in _THE_STRIP.finditer(folded):
        a, b = offset + origin[match.start()], offset + origin[match.end() - 1] + 1
        if any(m.start <= a < m.end for m in found):
            continue  # (a name: «قطاع غزة»)
        before = [m for m in [*context.places, *found] if m.kind == "place" and m.end <= a]
        strip = next(
            (lexicon.in_strip[m.iri] for m in reversed(before) if m.iri in lexicon.in_strip), None
        )
        if strip is not None:
            iri, label = strip
            said = body[a - offset : b - offset]
            found.append(
                Mention(a, b, label, iri, "place", False, said=said, area=iri in lexicon.areas)
            )
    return sorted(found, key=lambda m: m.start)


# «المبنى» ending a clause (folded, «المبنى» is «المبني»): the building referred back to
_THE_BUILDING = re.compile(r"(?<!\w)[وف]?(?:[بل]?ال|لل)مبني(?=\s*(?:[،.]|$))")


def _the_building(body: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions, with «المبنى» (the building) ending a clause read as the last
    site the sentence named, an area of the gazetteer, past the town it lies in («… السفارة
    الليبية في ساحة سانت جيمس في وسط لندن …، وطوقت الشرطة البريطانية المبنى»: the embassy,
    at the square), marked as said so; none where the sentence named no such site."""
    folded, origin = without_marks(body)
    found = list(mentions)
    for match in _THE_BUILDING.finditer(folded):
        a, b = offset + origin[match.start()], offset + origin[match.end() - 1] + 1
        sites = [m for m in found if m.kind == "place" and m.end <= a and m.area]
        if sites:
            site, said = sites[-1], body[a - offset : b - offset]
            found.append(Mention(a, b, site.text, site.iri, "place", False, said=said, area=True))
    return sorted(found, key=lambda m: m.start)


def _said_in_full_before(
    body: str, offset: int, mentions: list[Mention], text: str, lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with a place's name told again without where it is
    («البلدة القديمة» after «… في البلدة القديمة من القدس») read as the place whose whole
    name the report said before, marked as said so; one that begins the names of two places
    said before stays unread."""
    folded, origin = without_marks(body)
    heads = [(head, wholes) for head, wholes in lexicon.shortened.items() if head[0] in folded]
    said = fold(text[:offset]) if heads else ""  # (the report before, folded only if needed)
    found = list(mentions)
    for head, wholes in heads:
        told = {lexicon.names[whole][0]: whole for whole in wholes if " ".join(whole) in said}
        if len(told) != 1:
            continue
        whole = " ".join(*told.values())
        entry = named_entry(lexicon, whole, "place")
        if entry is None:
            continue
        as_said = _as_written(text[:offset], whole)  # (the whole name as the report wrote it)
        words = r"\s+".join(map(re.escape, head))
        for match in re.finditer(rf"(?<!\w)[وفبل]?({words})(?!\w)", folded):
            a = offset + origin[match.start(1)]
            b = offset + origin[match.end(1) - 1] + 1
            if _room_for(found, a, b):
                said_here = body[a - offset : b - offset]
                found.append(replace(entry, start=a, end=b, text=as_said, said=said_here))
    return sorted(found, key=lambda m: m.start)


def _named_as(
    body: str, offset: int, a: int, b: int, label: str, found: list[Mention], lexicon: Lexicon
) -> bool:
    """Whether the sentence with [a, b) written `label` names a place of the gazetteer
    around it, which is then added to `found`, marked as said so."""
    changed = body[:a] + label + body[b:]
    shift = len(label) - (b - a)
    for m in lexicon.find(changed):
        if m.kind != "place" or not (m.start < a and m.end >= a + len(label)):
            continue
        start, end = offset + m.start, offset + m.end - shift
        if not _room_for(found, start, end):
            continue
        said = body[m.start : m.end - shift]
        found.append(replace(m, start=start, end=end, text=said, said=said))
        return True
    return False


def _room_for(found: list[Mention], start: int, end: int) -> bool:
    """Whether a place read at [start, end) may stand: no place overlaps it but names
    inside it, which it replaces in `found` (the longest name wins: «الأحياء الشرقية من
    المدينة» is the eastern districts of the city said before, not «الأحياء الشرقية» of
    the gazetteer's Deir ez-Zor)."""
    places = [o for o in found if o.kind == "place" and o.start < end and start < o.end]
    if any(
        not (start <= o.start and o.end <= end) or o.end - o.start == end - start for o in places
    ):
        return False
    found[:] = [o for o in found if all(o is not p for p in places)]
    return True


# a part of a place named by a noun with the pronoun suffix "its" and an adjective:
# «أحيائها الشرقية» (its eastern districts), «جانبها الغربي» (folded)
_ITS_PART = re.compile(r"(?<!\w)[وفبل]?(?P<noun>\w+?)\u0647\u0627\s+(?P<adjective>ال\w+)(?!\w)")


def _parts_of_it(
    body: str, offset: int, mentions: list[Mention], context: Context, lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with «أحيائها الشرقية» (its eastern districts) read as the
    gazetteer's «الأحياء الشرقية من X» for X the last city named, marked as said so."""
    folded, origin = without_marks(body)
    found = list(mentions)
    for match in _ITS_PART.finditer(folded):
        a, b = origin[match.start("noun")], origin[match.end() - 1] + 1
        cities = _cities([m for m in mentions if m.end <= offset + a])
        city = cities[-1] if cities else context.city
        if city is None:
            continue
        noun = match.group("noun")
        # (a hamza carried by «ي» before a suffix sits alone at a word's end: «أحيائها»)
        nouns = {noun, noun[:-1] + "\u0621"} if noun.endswith("\u064a") else {noun}
        for each in sorted(nouns):
            name = f"\u0627\u0644{each} {match.group('adjective')} \u0645\u0646 {city.text}"
            named = [m for m in lexicon.find(name) if m.kind == "place" and m.start == 0]
            if named and named[0].end == len(name) and _room_for(found, offset + a, offset + b):
                said = body[a:b]
                found.append(
                    replace(named[0], start=offset + a, end=offset + b, text=said, said=said)
                )
                break
    return sorted(found, key=lambda m: m.start)


# «مركزها», «مركزه»: its centre, a district's seat (folded)
_ITS_CENTRE = re.compile(r"(?<!\w)[وبل]?(?P<noun>مركزها|مركزه)(?!\w)")


# «في», «في صحراء», «في شمال شرق» right before a country's name: the land, not the state
# (folded)
_IN_THE_LAND_OF = re.compile(
    r"(?<!\w)في(?:\s+صحراء|\s+(?:شمال|جنوب|شرق|غرب|وسط)(?:\s+(?:شرق|غرب))?)?\s*$"
)


# missiles or shells fired «على» (at) right before a country's name: «أطلق عشرات الصواريخ
# البالستية على إسرائيل», the land they fell on (folded)
_FIRED_AT_THE_LAND = re.compile(r"(?<!\w)(?:صواريخ|الصواريخ|صاروخا|قذايف)(?:\s+\w+)?\s+علي\s*$")


def _a_country_where(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with a country's name the gazetteer reads as its state told as
    where something is («في صحراء إيران», «في شمال شرق الأردن») or what missiles were fired
    at («أطلق صواريخ على إسرائيل») read as the country, a place."""
    found: list[Mention] = []
    for m in mentions:
        # (the country whose state the name is, told by the country's own name)
        country = lexicon.country_of_state.get(m.iri) if m.kind == "actor" else None
        named = country is not None and fold(lexicon.countries[country]) == fold(m.text)
        # (the words before it read only for such a name: this runs on every mention)
        place = (
            country_mention(lexicon, country)
            if named
            and (
                _IN_THE_LAND_OF.search(fold(body[max(0, m.start - offset - 14) : m.start - offset]))
                or _FIRED_AT_THE_LAND.search(
                    fold(body[max(0, m.start - offset - 40) : m.start - offset])
                )
            )
            else None
        )
        found.append(replace(place, start=m.start, end=m.end) if place is not None else m)
    return found


def _its_centre(
    body: str, offset: int, mentions: list[Mention], context: Context, lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with «مركزها» (its centre) after a district named read as
    the one town the gazetteer places in it («منطقة سانغين … تسيطر على مركزها»: Sangin),
    marked as said so."""
    folded, origin = without_marks(body)
    found = list(mentions)
    for match in _ITS_CENTRE.finditer(folded):
        a, b = origin[match.start("noun")], origin[match.end("noun") - 1] + 1
        before = [m for m in [*context.places, *mentions] if m.kind == "place"]
        districts = [m for m in before if m.end <= offset + a and m.iri in lexicon.seats]
        if not districts or not _room_for(found, offset + a, offset + b):
            continue
        _, label = lexicon.seats[districts[-1].iri]
        named = [m for m in lexicon.find(label) if m.kind == "place" and m.start == 0]
        if named:
            said = body[a:b]
            found.append(replace(named[0], start=offset + a, end=offset + b, text=said, said=said))
    return sorted(found, key=lambda m: m.start)


# a head noun in the dual and its singular: «قضاءي القائم وراوة» are «قضاء القائم» and
# «قضاء راوة» (folded)
_DUALS = {
    fold(d): s
    for d, s in (
        ("قضاءي", "قضاء"),
        ("مدينتي", "مدينة"),
        ("بلدتي", "بلدة"),
        ("محافظتي", "محافظة"),
        ("مخيمي", "مخيم"),  # («مخيمي صبرا وشاتيلا»)
    )
}


def _named_by_a_dual(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The two places after a head noun in the dual, each read with the head in the
    singular («قضاءي القائم وراوة»: the districts, not the town of Rawa)."""
    found = list(mentions)
    places = [m for m in mentions if m.kind == "place"]
    for i, first in enumerate(places[:-1]):
        head = re.findall(
            r"\w+", fold(body[max(0, first.start - offset - 10) : first.start - offset])
        )[-1:]
        if not head or head[0] not in _DUALS:
            continue
        second = places[i + 1]
        if not _joined(
            body,
            replace(first, end=first.end - offset),
            replace(second, start=second.start - offset),
        ):
            continue
        for m in (first, second):
            name = re.sub(r"^و", "", m.text)
            named = [n for n in lexicon.find(f"{_DUALS[head[0]]} {name}") if n.kind == "place"]
            if len(named) == 1 and named[0].iri != m.iri:
                found[found.index(m)] = replace(
                    m, iri=named[0].iri, city=named[0].city, in_city=named[0].in_city
                )
    return found


# a head noun in the dual and two words after it no place on their own: «مخيمي صبرا وشاتيلا»
# (folded)
_DUAL_OF_TWO = re.compile(
    rf"(?<!\w)(?P<head>{'|'.join(_DUALS)})\s+(?P<first>\w+)\s+\u0648(?P<second>\w+)(?!\w)"
)


def _two_named_by_a_dual(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with the two words after a head noun in the dual read as
    the gazetteer's places with the head in the singular («مخيمي صبرا وشاتيلا»: the Sabra
    camp and the Shatila camp), where each is one and no place is named there."""
    folded, origin = without_marks(body)
    found = list(mentions)
    for match in _DUAL_OF_TWO.finditer(folded):
        spans = [
            (offset + origin[match.start(g)], offset + origin[match.end(g) - 1] + 1)
            for g in ("first", "second")
        ]
        singular = _DUALS[match.group("head")]
        named = [
            [
                n
                for n in lexicon.find(f"{singular} {body[a - offset : b - offset]}")
                if n.kind == "place"
            ]
            for a, b in spans
        ]
        if any(len(n) != 1 for n in named) or any(
            m.start < spans[1][1] and spans[0][0] < m.end for m in found
        ):
            continue
        for (a, b), (place,) in zip(spans, named, strict=True):
            found.append(replace(place, start=a, end=b, text=body[a - offset : b - offset]))
    return sorted(found, key=lambda m: m.start)


# a building's head noun in the dual and the two it is of: «مبنيي البرلمان والحكومة» (folded)
_TWO_BUILDINGS = re.compile(
    r"(?<!\w)(?P<head>مبنيي|مقري)\s+(?P<first>ال\w+)\s+(?P<second>وال\w+)(?!\w)"
)
_BUILDING_HEADS = {"مبنيي": "مبني", "مقري": "مقر"}


def _buildings_by_a_dual(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The two buildings a head noun in the dual names («مبنيي البرلمان والحكومة في
    سيمفيروبول»), each read with the head in the singular as the gazetteer's entry that
    description and a place the sentence names give («مبنى البرلمان في سيمفيروبول»);
    nothing where it has no such entry for both."""
    found = list(mentions)
    here = {m.iri for m in mentions if m.kind == "place"}
    folded, origin = without_marks(body)
    for match in _TWO_BUILDINGS.finditer(folded):
        head = _BUILDING_HEADS[match["head"]]
        read = []
        # (the first read from the head noun on, the second past its «و»)
        for group, word, at in (
            ("first", match["first"], match.start("head")),
            ("second", match["second"][1:], match.start("second") + 1),
        ):
            entries = [e for e in lexicon.placed.get((head, word), []) if e[1] in here]
            entry = named_entry(lexicon, entries[0][2], "place") if len(entries) == 1 else None
            start = offset + origin[at]
            end = offset + origin[match.end(group) - 1] + 1
            if entry is not None:
                # (named here, not referred back to: the text as written)
                read.append(
                    replace(entry, start=start, end=end, text=body[start - offset : end - offset])
                )
        if len(read) == 2:  # (over what the bare words were read as: «الحكومة» alone)
            found = [m for m in found if not (read[0].start <= m.start and m.end <= read[1].end)]
            found += read
    return sorted(found, key=lambda m: m.start)


_SHARED_NOUN = re.compile(
    r"(?<!\w)(?P<noun>(?:ال)?قوات)\s+\S+\s+و(?P<adjective>(?:ال)?\w+يه"
    r"(?:\s+(?:ال)?(?:جنوبيه|شماليه))?)(?!\w)"
)  # (the second maybe with a side's: «القوات الأميركية والكورية الجنوبية»)
# and the third of three: «القوات الأميركية والبريطانية والأفغانية» (folded)
_THIRD_SHARING = re.compile(
    r"(?<!\w)(?P<noun>(?:ال)?قوات)\s+\S+\s+و(?:ال)?\w+يه\s+و(?P<adjective>(?:ال)?\w+يه)(?!\w)"
)


def _adjectives_sharing_a_noun(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The second of two adjectives sharing one noun («القوات الكردية والعراقية»: the Kurdish
    forces and the Iraqi forces), or the third of three, read as the noun with it when the
    gazetteer names that."""
    found = list(mentions)
    shared = [
        each
        for pattern in (_SHARED_NOUN, _THIRD_SHARING)
        for each in unnamed(body, offset, pattern, "adjective", mentions)
    ]
    for match, start, end in shared:
        name = "القوات " + " ".join(
            word if word.startswith("ال") else "ال" + word
            for word in match.group("adjective").split()
        )
        named = [m for m in lexicon.find(name) if m.kind == "actor" and m.end == len(name)]
        if len(named) == 1:
            found.append(
                replace(named[0], start=start, end=end, text=body[start - offset : end - offset])
            )
    return sorted(found, key=lambda m: m.start)


def _one_for_each_ally(
    facts: list[Proposal],
    cls: str,
    kind: str,
    slugs: dict[str, int],
    placed: bool = False,
    **changes: Any,
) -> list[Proposal]:
    """The facts of `cls` told of several actors together, once more for each ally as
    its actor (named by `kind`, and by the place where `placed`)."""
    return [
        replace(
            fact,
            slug=_slug(slugs, kind, fact.place if placed else None),
            agent=ally,
            allies=(),
            **changes,
        )
        for fact in facts
        if fact.cls == cls
        for ally in fact.allies
    ]


def _siege_of(told: list[Proposal], place: Mention | None) -> Proposal | None:
    """The last siege of the place told before, with its besieger, if any."""
    return next(
        (
            p
            for p in reversed(told)
            if p.cls == "Siege"
            and p.agent is not None
            and place is not None
            and p.place is not None
            and p.place.iri == place.iri
        ),
        None,
    )


def _coordinated_places(
    facts: list[Proposal],
    mentions: list[Mention],
    times: list[TimeMention],
    text: str,
    slugs: dict[str, int],
) -> list[Proposal]:
    """The same capture, hold or loss of each place coordinated with the one it names («سيطرت
    … على مدينة الطبقة وسد الفرات»: the dam too; «… في محافظة حمص، فضلا عن حي الحجر
    الأسود وجزء من مخيم اليرموك»: the district, and part of the camp), quoted up to it;
    after «ثم» with the day between («… على مدينة زرنج، عاصمة ولاية نيمروز، ثم السبت على
    مدينة شبرغان»), of that day, past the first place's apposition."""
    places = [m for m in mentions if m.kind == "place"]
    more: list[Proposal] = []
    for fact in facts:
        # («كسر الحصار عن بلدتي نبل والزهراء», «انسحبت … من مدينتي تل أبيض ورأس العين»,
        # «غارات … في شمال سوريا والعراق»)
        kinds = (
            *CAPTURES,
            "ControlPeriod",
            "SiegeBreak",
            "TerritorialLoss",
            "AirStrike",
            "Shelling",
            "Presence",  # («قواتها المنتشرة في منطقتي بالاكليا وإيزيوم»)
            "Offensive",  # («هجمات … على مواقعها في منطقتي داشكسان وكلبجار»)
            "MilitaryOperation",  # («تفجيري سفارتيها في نيروبي ودار السلام»)
        )
        if fact.cls not in kinds or fact.place is None:
            continue
        if fact.referred and not is_its_site(fact.place.said):
            continue  # (but «سيطرت على مطارها ومينائها»: its airport and its port)
        last = fact.place
        for other in places:
            if other.start < last.end:
                continue
            link = _place_link(text, last, other)
            if link is None and _where_it_lies(text, last, other):
                last = other  # «على بلدة باغا في شمال شرق نيجيريا وعلى …»: past its country
                continue
            if link is None and _APPOSED.fullmatch(fold(text[last.end : other.start]).strip()):
                last = other  # «زرنج، عاصمة ولاية نيمروز الحدودية مع إيران»: what it is
                continue
            if link is None:
                break
            extent = "PartialControl" if link == "part" and fact.extent else fact.extent
            # («ومعسكرات تدريب لتنظيم القاعدة قرب مدينة خوست»: whose the targets are)
            owner = next(
                (m for m in mentions if m.kind == "actor" and last.end <= m.start < other.start),
                None,
            )
            kind = fact.slug.split("-")[0]
            own_day = (  # («ثم السبت على …»: the day between)
                next((t for t in times if last.end <= t.start and t.end <= other.start), None)
                if link == "then"
                else None
            )
            more.append(
                replace(
                    fact,
                    slug=_slug(slugs, kind, other),
                    place=other,
                    # (quoted from «ثم»: «ثم السبت على مدينة شبرغان»)
                    start=text.rfind("ثم", last.end, other.start) if link == "then" else fact.start,
                    end=max(fact.end, other.end),
                    extent=extent,
                    confidence=round(fact.confidence - 0.1, 2),
                    time=own_day or fact.time,
                    opponent=owner if link == "targets" and owner else fact.opponent,
                )
            )
            last = other
    return more


# what a place is, apposed to it before the next («، عاصمة ولاية نيمروز», «الحدودية مع»)
# (folded)
_APPOSED = re.compile(
    r"،\s*(?:عاصمه|مركز|(?:(?:ثاني|ثالث)\u0647?\s+)?كبري\s+مدن)(?:\s+(?:ولايه|محافظه|اقليم))?"
    r"|الحدودي\u0647?\s+مع"  # («بواكيه، ثانية كبرى مدن ساحل العاج، وعلى …»: its rank)
    # (whose stronghold it is: «كيندو، آخر أبرز معاقل الرئيس … في شرق الكونغو الديموقراطية،
    # وعلى مطارها»)
    r"|،[^،]*(?<!\w)معا?قل[^،]*"
)
# «و», «ومدينة», «فضلا عن», «وكذلك», the preposition again («وعلى», «ومن») (folded: ta
# marbuta as heh) before the next place
_ALSO = re.compile(
    r"(?:^|\s)(?:و|وعلي|ومن|فضلا عن|وكذلك)\s*(?:مدينه|بلده|قضاء|حي|مخيم|منطقه|شمال|جنوب|شرق|غرب|وسط)?$"
)  # («في غرب العراق وشرق سوريا»: the country after a side of it)


# more targets struck, and their place: «ومعسكرات تدريب لتنظيم القاعدة قرب مدينة», «ومواقع
# للتنظيم في بلدة» (folded)
_MORE_TARGETS = re.compile(r"و(?:معسكرات|مواقع)(?:\s+\S+){0,4}?\s+(?:في|قرب)(?:\s+(?:مدينه|بلده))?")


def _place_link(text: str, first: Mention, second: Mention) -> str | None:
    """How a place is joined to the one named before it: "and" («وسد الفرات», «فضلا عن
    حي …», after a place's own «في وسط البلاد»), "part" («وجزء من مخيم …»), "targets" (more
    targets struck there: «ومعسكرات تدريب لتنظيم القاعدة قرب مدينة …»), or None."""
    between = fold(text[first.end : second.start]).replace("،", " ").strip()
    between = re.sub(r"^في\s+\S+(?:\s+\S+)?\s+(?=فضلا عن)", "", between)  # «في وسط البلاد»
    if re.fullmatch(r"و?جزء من", between):
        return "part"
    if _MORE_TARGETS.fullmatch(between):
        return "targets"  # «… في الخرطوم ومعسكرات تدريب لتنظيم القاعدة قرب مدينة خوست»
    if re.fullmatch(
        r"(?:الحدودي\u0647?\s+مع\s+\S+\s+)?ثم\s+(?:\S+\s+)?علي(?:\s+(?:مدينه|بلده))?", between
    ):
        return "then"  # «… على مدينة زرنج، ثم السبت على مدينة شبرغان»: the next, its own day
    if (between == "" and text[second.start] == "\u0648") or _ALSO.search(" " + between):
        return "and" if len(between.split()) <= 3 else None
    return None


def _taken_over_from(text: str, fact: Proposal, mentions: list[Mention]) -> Mention | None:
    """The actor a place was taken over from: named right after «من» past the place, in
    the clause («تسلمت قوات … الاثنين مطار سراييفو من القوات الصربية البوسنية»)."""
    past = fact.place.end if fact.place is not None else fact.end
    return _actor_after(text, past, mentions, lambda gap: fold(gap).split() == ["من"])


def _actor_after(
    text: str, past: int, mentions: list[Mention], gap_fits: Callable[[str], bool]
) -> Mention | None:
    """The first actor named from `past` on whose words between (`text[past:start]`) fit."""
    return next(
        (
            m
            for m in mentions
            if m.kind == "actor" and m.start >= past and gap_fits(text[past : m.start])
        ),
        None,
    )


def _a_town_surrendered_to(text: str, fact: Proposal) -> bool:
    """A surrender whose subject is the place, named right before the verb, and whose actor
    is the one it was made to, right after it under «ل» («مدينة الرملة استسلمت لقواته»)."""
    agent, place = fact.agent, fact.place
    return (
        fact.rule == "استسلم"
        and agent is not None
        and place is not None
        and text[place.end : fact.start].isspace()
        and fold(text[fact.start : agent.start]).split()[1:] == ["\u0644"]
    )


def _surrendered_to(text: str, fact: Proposal, mentions: list[Mention]) -> Mention | None:
    """The actor a surrender was made to: named right after «لـ» past the place and the
    day, in the clause («… في بورت ستانلي الاثنين للقوات البريطانية»)."""
    past = max(fact.end, fact.place.end if fact.place is not None else fact.end)
    for m in mentions:
        if m.kind != "actor" or m.start < past or m is fact.agent:
            continue
        between = text[past : m.start]
        words = fold(between).split()
        # («للجيش الهندي» its mention; «للقوات البريطانية», the adjective its mention)
        to_it = (not words and fold(m.text)[:1] == "\u0644") or (
            len(words) == 1 and words[0] in ("للقوات", "للجيش", "لقوات")
        )
        return m if to_it and "\u060c" not in between else None
    return None


def _besieged(text: str, fact: Proposal, mentions: list[Mention]) -> Mention | None:
    """Whom a broken siege was laid on: the actor right after «على» in the clause past the
    break's words («منهية الحصار الذي تفرضه القوات الفيتنامية الشمالية منذ 77 يوما على مشاة
    البحرية الأميركية في القاعدة»)."""
    return _actor_after(
        text,
        fact.end,
        [m for m in mentions if m is not fact.opponent],
        lambda gap: _ON_WHOM.search(fold(gap)) is not None,
    )


# the words between a siege's words and whom it was laid on: «منذ 77 يوما على» (folded)
_ON_WHOM = re.compile(r"^[^،.]{0,40}(?<!\w)علي\s*$")


def _handed_to(text: str, fact: Proposal, mentions: list[Mention]) -> Mention | None:
    """The actor a place was handed over to: named right after «إلى» later in the handover's
    sentence («… مدينة قندهار، آخر معاقلها …، إلى زعماء قبائل من البشتون»), past the place
    (inside the quote where it runs on to a day told after: «… إلى القوات الأفغانية، بحسب
    ما أعلن … الجمعة»)."""
    after = fact.place.end if fact.place is not None else fact.end
    return next(
        (
            m
            for m in mentions
            if m.kind == "actor"
            and m.start >= after
            and fold(text[max(0, m.start - 6) : m.start]).split()[-1:] == ["الي"]
            and "." not in text[after : m.start]
        ),
        None,
    )


def _entailed(
    fact: Proposal, cls: str, kind: str, slugs: dict[str, int], **changes: Any
) -> Proposal:
    """A proposal the fact entails: its place, time, words and actor unless changed."""
    made = Proposal(
        cls,
        _slug(slugs, kind, fact.place),
        fact.rule,
        fact.start,
        fact.end,
        agent=fact.agent,
        place=fact.place,
        time=fact.time,
        confidence=fact.confidence,
        referred=fact.referred,
        agent_referred=fact.agent_referred,
        unnamed=fact.unnamed,
    )
    return replace(made, **changes)


def _once(facts: list[Proposal]) -> list[Proposal]:
    """One proposal for one fact of a sentence: two triggers over the same words
    («استعاد السيطرة الكاملة على المدينة») give the same class, actor and place once; not
    two facts each of a day of its own («في تفجير انتحاري … الاثنين، غداة تفجير انتحاري آخر
    …»)."""

    def day(fact: Proposal) -> str | None:
        return fact.time.value if fact.time is not None and fact.time.datatype == "date" else None

    def key(fact: Proposal) -> tuple[str, str | None, str | None]:
        return (
            "Capture" if fact.cls in CAPTURES else fact.cls,
            fact.agent.iri if fact.agent else None,
            fact.place.iri if fact.place else None,
        )

    def held(fact: Proposal) -> Proposal | None:
        """The fact kept that `fact` tells again: same class, actor and place, no other day."""
        return next(
            (
                k
                for k in kept
                if key(k) == key(fact)
                and (day(k) is None or day(fact) is None or day(k) == day(fact))
            ),
            None,
        )

    kept: list[Proposal] = []
    for fact in facts:
        told = held(fact)
        if told is None:
            kept.append(fact)
        elif fact.start > told.start:
            told.again += (fact.start,)
    for fact in kept:
        if fact.starts is not None:
            fact.starts = held(fact.starts) or fact.starts
        if fact.launches is not None:
            fact.launches = held(fact.launches) or fact.launches
    return kept


def _cover(attributions: list[Proposal], facts: list[Proposal], text: str = "") -> None:
    """What each attribution of a sentence covers. «أعلن X أن …», «قال X إن …» cover the
    facts told after them; «وفق …», «بحسب …» the whole sentence, except what another
    attribution in it covers (they cover that attribution instead: «بعد إعلان الجيش …»). A
    backing is covered only where it is what is said: «تقول نيودلهي إنهم مدعومون من …»."""
    backings = [p for p in facts if p.cls == "SupportRelation"]
    facts = [p for p in facts if p.cls != "SupportRelation"]
    narrow = [a for a in attributions if not a.covers_all]
    for attribution in narrow:  # (not a stronghold told beside: the reporter's description)
        # (up to the next one's words: «أعلن بوتين بدء عملية …، فيما أفادت السلطات
        # الأوكرانية عن ضربات …» leaves the strikes to the second)
        upto = min((a.start for a in narrow if a.start > attribution.start), default=None)
        attribution.covers = [
            p
            for p in facts
            if any(
                at >= attribution.start and (upto is None or at < upto)
                for at in (p.start, *p.again)
            )
            and not _timeless(p.rule.split(), p.cls)
        ] + [p for p in backings if _says_it(attribution, p, text)]
    # (an announcement is an event one may claim; a claim is not: «اتهمت موسكو إسرائيل بشن
    # ضربة …، بحسب المرصد» is the Observatory's word on the strike itself)
    told = [a for a in narrow if a.cls == "Announcement" and a.covers and a.agent is not None]
    inner = {id(p) for a in told for p in a.covers}
    for attribution in attributions:
        if attribution.covers_all:
            attribution.covers = [p for p in facts if id(p) not in inner] + told


# what an attribution tells of an event told before: «قتل في الضربة نفسها», «إن الهجوم جاء
# ردا على …», «أقر الجيش بسقوط القاعدة», «بتكبده خسائر كبيرة في تلك المعارك» (folded), and
# the events each word may stand for
_THE_SAME = re.compile(
    r"(?<!\w)[وفبل]?(?P<word>الضربه|الضربات|الغاره|الغارات|الهجوم|القصف|المعارك|الاشتباكات"
    r"|(?:انطلاق|بدء)\s+العمليه|العمليه|سقوط(?=\s+ال)|مقتله|اسقاط)"
    r"(?:\s+(?:نفسها|نفسه|ذاتها|ذاته))?(?!\w)"
)
_STANDS_FOR = {
    "الضربه": ("AirStrike", "Shelling"),
    "الضربات": ("AirStrike", "Shelling"),
    "الغاره": ("AirStrike",),
    "الغارات": ("AirStrike",),
    "القصف": ("Shelling", "AirStrike"),
    "الهجوم": ("Shelling", "AirStrike", "MilitaryOperation", "Offensive"),
    # («أعلن X انطلاق العملية»: its launch; «قتلوا في العملية»: the operation told, or the
    # taking it was)
    "انطلاق العمليه": ("OffensiveLaunch",),
    "بدء العمليه": ("OffensiveLaunch",),
    "العمليه": ("MilitaryOperation", "Offensive", "OffensiveLaunch", *CAPTURES),
    "سقوط": CAPTURES,  # («بسقوط القاعدة»: the taking told before)
    "اسقاط": ("MilitaryOperation",),  # («أكد الجيش الأميركي إسقاط الطائرة»: the downing told)
    # («فيما أكد الحزب مقتله»: the death of one killed in the strike told before, or in the
    # clash: «في اشتباك مع قواته …، فيما أكد القيادي في الحركة … مقتله»)
    "مقتله": ("AirStrike", "Shelling", "MilitaryOperation", "Offensive", "Battle"),
    "الاغتيال": ("AirStrike", "Shelling", "MilitaryOperation"),  # (the killing told before)
    "المعارك": ("Battle",),
    "الاشتباكات": ("Battle",),
    # («فيما وصفت الحكومة اليمنية ما جرى بأنه انقلاب»: what happened, the taking told before)
    "جري": CAPTURES,
}


# «بأن عناصر منه» right after the one admitting, past a day maybe (folded): its own men did it
_ITS_OWN_MEN_DID = re.compile(r"^\s*(?:\S+\s+)?بان\s+عناصر\s+من\u0647(?!\w)")


# «وهو ما», «وهذا ما» right before an attribution's words: it speaks of the fact told just
# before (folded)
_WHICH_IS_WHAT = re.compile(r"(?<!\w)و?(?:هو|هي|هذا)\s+ما\s*$")
# the facts a «وهو ما أكده X» may speak of
_EVENTS_TOLD = (
    *CAPTURES,
    "AirStrike",
    "Shelling",
    "Offensive",
    "OffensiveLaunch",
    "Battle",
    "Siege",
    "SiegeBreak",
    "TerritorialLoss",
    "Withdrawal",
    "ControlPeriod",
    "MilitaryOperation",
)


def _last_told(
    facts: list[Proposal], kinds: tuple[str, ...], before: int, whoever: bool = False
) -> list[Proposal]:
    """The last of the facts of one of `kinds` told before `before` with a doer (`whoever`:
    with one or none), as a list of it or none, with the same fact at each place coordinated
    with its own («هجمات … استهدفت منشأتين نفطيتين في بقيق وخريص»: at both)."""
    last = [
        f
        for f in facts
        if f.cls in kinds and (whoever or f.agent or f.unnamed) and f.start < before
    ][-1:]
    return [
        f
        for f in facts
        for one in last
        if f is one or (f.cls == one.cls and f.rule == one.rule and f.start == one.start)
    ]


# the words of saying that may stand alone before «إنه»: «قال», «تقول», «يقول» (folded)
_SAID_ALONE = ("قال", "تقول", "يقول")


def _told_before(
    attributions: list[Proposal], earlier: list[Proposal], text: str, sentence_end: int
) -> None:
    """An attribution that covers nothing in its sentence but speaks of an event with the
    article («وأعلن الحشد الشعبي أن … قتل في الضربة نفسها», «وقال الحرس الثوري إن الهجوم
    جاء ردا على …», «… هجوما على كركوك، وتبنى التنظيم الهجوم») covers the last event of
    that kind told before it, in its sentence or earlier, when there is one; a saying not one
    its teller's announcement or claim covers already («أعلن الحوثيون أنهم أصابوا بصواريخ
    سفينة …، وقالوا إنها معرضة للغرق»: more of that, no claim of its own)."""
    for attribution in attributions:
        if attribution.covers or attribution.covers_all:
            continue
        saying = attribution.rule.split()[0] in _SAID_ALONE
        attribution.covers = covered = [
            fact
            for fact in _told_before_it(attribution, earlier, text, sentence_end)
            # (a saying, not a charge: «بحسب ما أعلنت السلطات …، التي حملت حركة الشباب
            # مسؤولية الهجوم» is a claim of its own, on who did it)
            if not saying
            # (another attribution of the same teller: its own covers are not set yet)
            or not any(
                other.agent is not None
                and attribution.agent is not None
                and other.agent.iri == attribution.agent.iri
                and any(c is fact for c in other.covers)
                for other in attributions
            )
        ]
        if attribution.agent is not None and (
            attribution.rule in _CLAIMS_IT
            or _ITS_OWN_MEN_DID.match(
                fold(text[attribution.agent.end : attribution.agent.end + 40])
            )
        ):
            # «… شنها مسلحون … في مدينة داماتورو. وتبنت جماعة بوكو حرام الهجمات»: an attack
            # whose doer is not named, told in a sentence before, its claimant's by its word;
            # so an admission that its own men did it («وأقر الجيش الجمهوري الإيرلندي الأحد
            # بأن عناصر منه زرعوا القنبلة»)
            for fact in covered:
                if fact.agent is None:
                    fact.agent, fact.unnamed = attribution.agent, ""


def _told_before_it(
    attribution: Proposal, earlier: list[Proposal], text: str, sentence_end: int
) -> list[Proposal]:
    """What an attribution that covers nothing in its sentence covers, told before it
    (`_told_before`)."""
    if attribution.rule in _CLAIMS_IT:
        # «في هجوم تبناه التنظيم»: the attack it claims, told before it (or «… أعلنت فيه
        # مسؤوليتها عن الهجمات»); not one another side named did («… قبل أن تقتحم قوات
        # الأمن العراقية الكنيسة، وتبنت دولة العراق الإسلامية الهجوم»: the attack)
        claimant = attribution.agent
        its_own = [
            f
            for f in earlier
            if claimant is None
            or f.agent is None
            or f.agent.iri == claimant.iri
            # (a person claims what his men did: «أسقط مقاتلون من جيش زيمبابوي الثوري الشعبي
            # … طائرة ركاب …، وتبنى جوشوا نكومو إسقاط الطائرة», the leader of their movement)
            or claimant.person
        ]
        return _last_told(its_own, _ATTACKS, attribution.start)
    if _WHICH_IS_WHAT.search(fold(text[max(0, attribution.start - 12) : attribution.start])):
        # «…، وهو ما أكده الحزب في بيان»: the fact told right before, confirmed
        return _last_told(earlier, _EVENTS_TOLD, attribution.start)
    said_of_it = _THAT_IT.match(fold(text[attribution.end : attribution.end + 12]))
    told_after = fold(text[attribution.end : sentence_end])
    if (
        attribution.rule.split()[0] in _SAID_ALONE
        and said_of_it is not None
        and said_of_it.group("pronoun")
        # (not what a thing is, one word: «سفينة شحن … قالوا إنها إسرائيلية»)
        and len(re.split(r"[،.]", told_after)[0].split()) > 2
        # (nor what they were about to do: «… وقالت الحكومة البريطانية إنهم كانوا يعدون
        # لتفجير سيارة مفخخة», a plan, no fact)
        and not _A_PLAN.match(told_after)
    ):
        # «غارات … تقول موسكو إنها تستهدف …», «في عملية واسعة قالت إنها تستهدف …»: the
        # pronoun stands for the attack told right before
        return _last_told(earlier, _ATTACKS, attribution.start)
    teller = attribution.agent
    dead = _THE_DEAD.match(fold(text[teller.end : sentence_end])) if teller is not None else None
    if teller is not None and dead is not None:
        # «هاجم مسلحون … قاعدة ماندا باي …، فيما أعلنت القيادة … مقتل جندي أميركي»: the
        # dead of the attack told before it in its sentence
        told = _last_told(earlier, _ATTACKS, attribution.start)
        here = [f for f in told if "." not in text[f.start : attribution.start]]
        whose = fold(text[teller.end : sentence_end])[dead.end() :].split()[:1]
        # (or in a sentence before, the person it was done to, named again by his last
        # name: «اغتيل الرئيس المصري أنور السادات … . وأعلن نائب الرئيس حسني مبارك وفاة
        # السادات»)
        return here or [
            f
            for f in told
            if f.opponent is not None
            and fold(text[f.opponent.start : f.opponent.end]).split()[-1:] == whose
        ]
    said = _THE_SAME.search(told_after)
    named = attribution.rule.split()[-1]  # («وصفت موسكو الاغتيال بأنه …»: in its words)
    if said is not None or named in _STANDS_FOR:
        # («قتل … في غارة جوية أصابت سوقا …، فيما قال الجيش الإثيوبي إن الغارة استهدفت …»: the
        # strike told, whoever its doer)
        word = named if said is None else " ".join(said.group("word").split())
        return _last_told(earlier, _STANDS_FOR[word], attribution.start, whoever=True)
    if _HIT_OR_MISTAKEN.search(told_after):
        # «قصفت طائرات الحلف … السفارة …، فيما قال الحلف إن السفارة أصيبت عن طريق
        # الخطأ»: what was hit, the attack told before; so «… قالت واشنطن إن طاقم الطراد
        # ظن أن الطائرة مقاتلة»: the mistake of the one who shot
        return _last_told(earlier, _ATTACKS, attribution.start)
    return []


def _strikes_told_again(
    facts: list[Proposal], attributions: list[Proposal], earlier: list[Proposal], text: str
) -> list[Proposal]:
    """A strike a claim tells with no time of its own, by the same actor on the same place
    as one told in a sentence before («… بشن ضربة جوية على مطار التيفور. وقالت وزارة الدفاع
    الروسية إن طائرتين إسرائيليتين أطلقتا صواريخ على المطار»), is that strike told again:
    the claim covers the one told before, and no second strike is proposed. So is an
    interception a claim tells of a strike told before («… شنت الولايات المتحدة ضربات …. وقالت
    وزارة الدفاع الروسية إن الدفاعات الجوية السورية اعترضت 71 صاروخا»): its account of it;
    so, in its own sentence, is the interception of «الصواريخ» fired before it («أطلقت إيران
    … صواريخ على قاعدة العديد …، فيما أعلنت الدوحة أن دفاعاتها الجوية اعترضت الصواريخ»)."""
    kept: list[Proposal] = []
    for fact in facts:
        if fact.rule == "اعترض" and _THE_MISSILES.match(fold(text[fact.end : fact.end + 20])):
            fired = [f for f in facts if f.cls == "Shelling" and f.end <= fact.start]
            if fired:
                _kept_or_told_again(
                    fact, fired[-1], [a for a in attributions if fact in a.covers], kept
                )
                continue
        intercepted = fact.rule == "اعترض" and fact.time is None
        before = next(
            (
                e
                for e in reversed(earlier)
                if e.cls in ("AirStrike", "Shelling")
                and (
                    intercepted
                    or (
                        fact.cls == e.cls
                        and fact.time is None
                        and e.agent is not None
                        and fact.agent is not None
                        and e.agent.iri == fact.agent.iri
                        and e.place is not None
                        and fact.place is not None
                        and e.place.iri == fact.place.iri
                    )
                )
            ),
            None,
        )
        _kept_or_told_again(fact, before, [a for a in attributions if fact in a.covers], kept)
    return kept


# the dead an announcement tells, right after its teller, with no day of its own: «مقتل»,
# «وفاة», «سقوط قتلى»; or the death of the one told before, a pronoun: «وفاتها» (folded)
_THE_DEAD = re.compile(r"\s*(?:مقتل|وفاه|وفاته|وفاتها|سقوط\s+قتلي)(?!\w)")
# «مقتل» (the death of) anywhere in the words it is searched in (folded)
_A_DEATH = re.compile(r"(?<!\w)مقتل(?!\w)")


# «الصواريخ» right after the words: the missiles told before (folded)
_THE_MISSILES = re.compile(r"^\s*الصواريخ(?!\w)")


def _kept_or_told_again(
    fact: Proposal, same: Proposal | None, claimed: list[Proposal], kept: list[Proposal]
) -> None:
    """`fact` kept, or, where it is `same` told again by the attributions that cover it
    (`claimed`), those attributions made to cover `same` instead."""
    if same is None or not claimed:
        kept.append(fact)
        return
    for attribution in claimed:
        attribution.covers = [same if c is fact else c for c in attribution.covers]


def _told_twice_here(
    facts: list[Proposal], attributions: list[Proposal], lexicon: Lexicon
) -> list[Proposal]:
    """An operation (or an air strike) a claim tells in the same sentence as another of the
    same kind, at the same place on the same day, by the same actor or its state («أعلن الجيش
    الإسرائيلي أن قواته تنفذ عملية … داخل مجمع الشفاء …، فيما قالت وزارة الصحة … إن دبابات
    إسرائيلية اقتحمت المجمع»; «… في غارة إسرائيلية على مدينة رفح، وقال الجيش الإسرائيلي إن
    الغارة استهدفت …»; «… غارة جوية شنها الجيش البورمي …، وأقر المجلس العسكري البورمي بشن
    الغارة», two bodies of a state), is that fact told again by another source: the claim
    covers the one told first, and no second one is proposed."""

    def same_side(first: Mention | None, second: Mention | None) -> bool:
        if first is None or second is None:
            return False
        one, other = first.iri, second.iri
        state = lexicon.state_of.get(one)
        return (
            one == other
            or lexicon.part_of.get(one) == other
            or lexicon.part_of.get(other) == one
            # (or both its state's: «غارة جوية شنها الجيش البورمي …، وأقر المجلس العسكري
            # البورمي بشن الغارة», the army's and the junta's)
            or (state is not None and lexicon.state_of.get(other) == state)
        )

    kept: list[Proposal] = []
    for fact in facts:
        claimed = [a for a in attributions if fact in a.covers and a.cls == "Claim"]
        first = next(
            (
                e
                for e in kept
                if e.cls == fact.cls
                and fact.cls in ("MilitaryOperation", "AirStrike")
                and same_side(e.agent, fact.agent)
                and e.place is not None
                and fact.place is not None
                and e.place.iri == fact.place.iri
                and e.time is not None
                and fact.time is not None
                and (e.time.earliest, e.time.latest) == (fact.time.earliest, fact.time.latest)
            ),
            None,
        )
        _kept_or_told_again(fact, first, claimed, kept)
    return kept


# «اسم «…»», «عملية «…»»: a name given to an operation, opened right before (folded); not
# the name a group gives itself («جماعة … تطلق على نفسها اسم «…»»)
_NAME_GIVEN = re.compile(r"(?<!\w)(?:(?<!نفسها\s)(?<!نفسه\s)اسم|عمليه|عمليات|معركه)\s*«[^»]*$")


# «شركة» right before a place's name: a company's, not the place («طائرة تابعة لشركة مصر
# للطيران»: EgyptAir, not Egypt; an actor stays, «شركة فاغنر») (folded)
_A_COMPANY = re.compile(r"(?<!\w)[لب]?(?:ال)?شركه\s*$")


def _in_a_name_given(text: str, m: Mention) -> bool:
    """Whether a name lies inside the quoted name of an operation («في عملية أطلق عليها اسم
    «عاصفة الحزم»»: no town of al-Hazm)."""
    return _NAME_GIVEN.search(fold(text[max(0, m.start - 40) : m.start])) is not None


def _what_a_ministry_does(facts: list[Proposal], lexicon: Lexicon) -> None:
    """A ministry does not strike: its aircraft («أعلنت وزارة الدفاع التركية أن طائراتها شنت
    غارات») are the state's it is part of (ckg:partOf), which strikes. Nor does it take a
    place, pull out of one or launch an operation: «أعلنت وزارة الدفاع الروسية «التحرير
    الكامل» لمصنع …» is the taking by its state's army (of the state it is part of, or of
    the country it is ckg:stateOf), where the gazetteer has one."""
    for fact in facts:
        agent = fact.agent
        # (nor does it withdraw: «سحب قواتها منها» are its state's army's)
        taking = fact.cls in (
            *CAPTURES,
            "ControlPeriod",
            "TerritorialLoss",
            "Withdrawal",
            "OffensiveLaunch",  # (nor launch an operation: «أعلنت وزارة الدفاع بدء عمليات»)
            "Offensive",
            "Presence",  # (nor is it deployed: «قواتها المنتشرة في …» are its army's)
            "SiegeBreak",  # (nor break a siege: «أن قواتها كسرت الحصار»)
        )
        if not (taking or fact.cls in ("AirStrike", "Shelling")) or agent is None:
            continue
        head = fold(agent.text).split()[:1]
        state = lexicon.part_of.get(agent.iri)
        if head == ["القياده"] and taking and state is not None:
            # «أعلنت القيادة العسكرية الإيرانية أن قواتها كسرت الحصار»: a command's forces are
            # those it is part of (ckg:partOf)
            iri: str | None = state
        elif head == ["وزاره"]:
            # (a ministry part of its state, or one of a country: ckg:stateOf)
            country = lexicon.state_of.get(agent.iri) or lexicon.country_of_state.get(state or "")
            # (its army, else its forces taken together: «القوات الأوكرانية»)
            army = (
                lexicon.armies.get(country or "") or lexicon.forces.get(country or "")
                if taking
                else None
            )
            iri = army[0] if army is not None else state
        elif agent.metonym and fact.cls in (*CAPTURES, "ControlPeriod"):
            # «بعد يومين من إعلان موسكو استعادة المنطقة»: a state named by its capital takes
            # a place by its army (else its forces taken together), where the gazetteer has one
            country = lexicon.country_of_state.get(agent.iri)
            army = lexicon.armies.get(country or "") or lexicon.forces.get(country or "")
            iri = army[0] if army is not None else None
        else:
            continue
        if iri is None:
            continue
        label = lexicon.english.get(iri, iri.rsplit("/", 1)[-1])
        # (the ministry's strikes are its state's; what it announces taken, its army's)
        fact.agent = Mention(
            0,
            0,
            label,
            iri,
            "actor",
            False,
            said=agent.text,
            title=agent.text if taking else "",
            state_body="" if taking else agent.text,
        )
        fact.agent_referred = False


# an attack attributed to a side: «نسبته الحكومة إلى …», «نسبه مسؤولون محليون إلى …» (folded)
_ATTRIBUTING = ("نسبته", "نسبه")
_ACCUSE = ("اتهم", "تتهم", "يتهم", "حمل", "متهما", *_ATTRIBUTING)
# an accusation told by its participle after what its speaker says, the speaker before it:
# «بحسب ما أعلن حاكم الولاية باباغانا زولوم الأربعاء، متهما جماعة بوكو حرام بتنفيذه» (folded)
_ACCUSING_AS_IT_SAYS = ("متهما",)
# «بتنفيذها», «بشنه»: the doing of a fact told before, by its pronoun (folded)
# the doing of a fact one is accused of: «بتنفيذ», «بشن», «بارتكاب», «بالوقوف وراء» (being
# behind it), folded
_DOING = r"ب(?:تنفيذ|شن|ارتكاب)|بالوقوف\s+وراء"
_ITS_DOING = re.compile(rf"(?<!\w)(?:{_DOING}|بتدمير)\u0647\u0627?(?!\w)")  # («بتدميره»)
_ATTACKS = ("AirStrike", "Shelling", "Offensive", "MilitaryOperation")


# a title set off by commas right after a name: «، رئيس مجلس الدولة الجورجي،»
_SET_OFF = re.compile(rf"\s*{SET_OFF}")
# a relative clause set off by commas after those it tells of: «، اللتين تنشطان انطلاقا من
# باكستان،»
_AN_ASIDE = re.compile(r"\s*،\s*(?:التي|اللتين)\s[^،.]*،")


def _accused(
    attributions: list[Proposal],
    facts: list[Proposal],
    mentions: list[Mention],
    text: str,
    slugs: dict[str, int],
    lexicon: Lexicon,
    earlier: list[Proposal],
) -> None:
    """An accusation («هجوم كيميائي اتهمت واشنطن النظام السوري بشنه», «اتهمت أنقرة الوحدات
    الكردية بتنفيذ الهجوم», «حملت أنقرة قوات النظام مسؤولية الهجوم») is its accuser's claim
    that the one accused, named right after the accuser, did the fact the words are in or
    tell of after them in the clause, or the attack told before that they name («نسبته»: the
    last told, in `earlier` sentences too). Accusers joined by «و» («اتهمت موسكو ودمشق
    إسرائيل») each make that claim."""
    for attribution in list(attributions):
        if attribution.rule.split()[0] not in _ACCUSE or attribution.agent is None:
            continue
        participle = attribution.rule.split()[0] in _ACCUSING_AS_IT_SAYS
        if participle:
            # the accuser is the speaker of what the sentence said before the participle
            speaker = next(
                (
                    a.agent
                    for a in reversed(attributions)
                    if a is not attribution and a.agent is not None and a.end <= attribution.start
                ),
                None,
            )
            if speaker is None:
                continue
            attribution.agent = speaker
        accusers = [attribution.agent]
        actors = [m for m in mentions if m.kind == "actor"]
        first = next(
            (
                m
                for m in actors
                if m.start >= attribution.end and not text[attribution.end : m.start].strip()
            ),
            None,
        )
        if (
            first is not None
            and attribution.agent.end <= attribution.start  # (the accuser told before)
            and _accused_with_no_accuser(text, attribution.start, attribution.end, first, actors)
        ):
            # «واتهمت هندوراس ونيكاراغوا بدعم الهجوم»: the names right after the verb are
            # those accused, each of the backing it tells
            accused_together = _joined_chain(text, first, actors)
            attribution.covers = [
                f
                for f in facts
                if f.cls == "SupportRelation"
                and any(f.agent is m for m in accused_together)
                and f.end > attribution.end
            ]
            continue
        if attribution.agent.end <= attribution.start and _accusing_the_group(
            text, attribution.start, attribution.end
        ):
            # «تفجيري سفارتيها …، اللذين اتهمت التنظيم بتنفيذهما»: the attacks the clause is
            # of, the organisation their doer already (held responsible by it)
            attribution.covers = _last_told(facts, _ATTACKS, attribution.start)
            continue
        for m in mentions:  # («موسكو ودمشق»: the second accuses with the first)
            if (
                m.kind == "actor"
                and m.start >= accusers[-1].end
                and not text[accusers[-1].end : m.start].strip()
                and _with_and(m, lexicon)
            ):
                accusers.append(m)
        accuser = accusers[-1]
        # (past the accuser's title set off by commas: «اتهم إدوارد شيفرنادزه، رئيس مجلس الدولة
        # الجورجي، روسيا بدعم …»)
        titled = _SET_OFF.match(text, accuser.end)
        after = titled.end() if titled is not None else accuser.end
        if participle:
            # (the speaker before, the one accused right after the participle)
            after = attribution.start + len(text[attribution.start : attribution.end].split()[0])
        accused = next(
            (
                m
                for m in mentions
                if m.kind == "actor"
                and m.start >= after
                and m.start - after <= 30
                and not re.search(r"[،.]", text[after : m.start])
            ),
            None,
        )
        if accused is None or _MEN_HELD.match(fold(_in_sentence(text, after, after + 120))):
            # (men of no name held responsible, an actor named in what they are said to be:
            # «جماعات مسلحة مدعومة من إيران … مسؤولية»: not the one accused)
            continue
        # (those accused joined by «و», each a doer: «جماعتي عسكر طيبة وجيش محمد»; past an
        # aside on them set off by commas: «، اللتين تنشطان انطلاقا من باكستان، بالوقوف وراء
        # الهجوم»)
        accused_together = _joined_chain(text, accused, actors)
        aside = _AN_ASIDE.match(text, accused_together[-1].end)
        clause_end = _clause_end(text, aside.end() if aside else max(attribution.end, after))
        told = [
            f
            for f in facts
            if (
                f.cls not in ("SupportRelation", "ControlPeriod")
                # («بدعم المتمردين»: the backing the accused is said to give)
                or (f.cls == "SupportRelation" and f.agent is not None and f.agent is accused)
            )
            and f.end > attribution.start  # (the words in it, or after it in the clause)
            and f.start < clause_end
        ]
        said = _THE_SAME.search(fold(text[attribution.end : clause_end]))
        if not told and said is not None:  # «… مسؤولية الهجوم»: the attack told before it
            told = _last_told(
                facts, _STANDS_FOR[" ".join(said.group("word").split())], attribution.start
            )
        clean, origin = without_marks(text[attribution.end : clause_end])
        doing = _ITS_DOING.search(clean)
        if not told and attribution.rule in _ATTRIBUTING:
            # «… مقديشو. ولم تتبن أي جهة التفجير، لكن الحكومة الصومالية نسبته إلى حركة
            # الشباب»: the attack told last before, in this sentence or one before, whoever
            # its doer
            told = _last_told([*earlier, *facts], _ATTACKS, attribution.start, whoever=True)
        if not told and doing is not None:
            # «اتهمت طهران إسرائيل بتنفيذها»: the attack told before, by its pronoun
            told = _last_told(facts, _ATTACKS, attribution.start)
        covered = []
        for fact in told:
            if fact.cls == "SupportRelation":  # (its supporter is the one accused already)
                covered.append(fact)
                continue
            if (
                doing is not None
                and fact.end <= attribution.start
                and fact.agent is not None
                and not (fact.agent_referred or fact.group_referred)
                and fact.agent.iri != accused.iri
            ):
                # «فجر التنظيم الجامع، … فيما اتهمت أعماق طائرات أميركية بتدميره»: the
                # reporter's account names another doer; the accuser's is an event of its own
                done = attribution.end + origin[doing.end() - 1] + 1
                other = _another_account(fact, accused, done, text, slugs)
                other.rule = attribution.rule
                facts.append(other)
                covered.append(other)
                continue
            fact.agent, fact.agent_referred = accused, False
            fact.allies = tuple(accused_together[1:])
            if fact.starts is not None:
                fact.starts.agent = accused
            covered.append(fact)
        attribution.covers = covered
        attributions += [
            replace(attribution, slug=_slug(slugs, "claim", None), agent=other, end=other.end)
            for other in accusers[1:]
        ]


# «إن شبكات سياسية محلية تقف وراءه»: men of no name said to stand behind the fact told
# before, by its pronoun (folded)
_UNNAMED_BEHIND_IT = re.compile(
    r"^[^،.]*?(?<!\w)ان\s+(?P<men>\S+(?:\s+\S+){0,3}?)\s+تقف\s+وراءها?(?!\w)"
)


def _said_to_be_behind_it(
    attributions: list[Proposal],
    facts: list[Proposal],
    mentions: list[Mention],
    text: str,
    slugs: dict[str, int],
) -> None:
    """A saying of who did the attack told before it, men of no name said to stand behind it
    («…، فيما قال الرئيس الكيني أوهورو كينياتا الثلاثاء إن شبكات سياسية محلية تقف وراءه») or
    a group its attackers are said to belong to («فيما قال … إن المهاجمين ينتمون إلى جماعة
    عسكر جنقوي العالمي»), is the sayer's claim that they did it: the attack by them, an
    event of its own where the report gives it another doer (a second account, listed beside
    the first), else that attack."""
    for attribution in attributions:
        # (matched clean, quoted as written: «تقف ورَاءه» with its marks)
        clean, origin = without_marks(text[attribution.end : _clause_end(text, attribution.end)])
        behind = _UNNAMED_BEHIND_IT.match(clean)
        belong = _SAID_THEY_BELONG.match(clean) if behind is None else None
        doer: Mention | None = None
        if behind is not None:
            at = attribution.end + origin[behind.start("men")]
            men = text[at : attribution.end + origin[behind.end("men") - 1] + 1]
            if any(m.kind == "actor" and at <= m.start < at + len(men) for m in mentions):
                continue  # (a side named: «إن حركة الشباب تقف وراءه» is no men of no name)
            end = attribution.end + origin[behind.end() - 1] + 1
        elif belong is not None:
            doer = _they_belong_to(
                text, attribution.end, [m for m in mentions if m.kind == "actor"]
            )
            if doer is None:
                continue
            men, at, end = "", attribution.end + origin[belong.start("them")], doer.end
        else:
            continue
        covered = []
        for fact in _last_told(facts, _ATTACKS, attribution.start):
            if fact.agent is None:  # (told with no doer: theirs)
                fact.agent, fact.unnamed = doer, men
                covered.append(fact)
                continue
            if doer is not None and fact.agent.iri == doer.iri:
                covered.append(fact)  # (told as theirs already)
                continue
            other = _told_by_another(fact, fact.cls, at, end, doer, men, slugs)
            other.rule = attribution.rule
            facts.append(other)
            covered.append(other)
        attribution.covers = covered
        if covered and attribution.cls == "Announcement":
            # («أعلن رئيس الوزراء … أن الانتحاري عضو في تنظيم الدولة الإسلامية»: who did it,
            # by his word, is his claim)
            attribution.cls, attribution.slug = "Claim", _slug(slugs, "claim", None)


def _claimed_as_well(
    attributions: list[Proposal], facts: list[Proposal], slugs: dict[str, int]
) -> None:
    """A side claiming an attack told before it as another's, by the report's word or by a
    claim before («وتبنت جماعة أنصار الدين الهجوم، فيما تبنته أيضا جماعة جديدة …»; «في هجوم
    شنته جماعة بوكو حرام …، فيما تبنى تنظيم الدولة الإسلامية الهجوم»): the same attack by the
    claimant, an event of its own (a second account, listed beside the first), quoted as the
    claim is, on the same side."""
    for attribution in attributions:
        claimant = attribution.agent
        if attribution.rule not in _CLAIMS_IT or attribution.covers or claimant is None:
            continue
        others = [
            replace(
                _told_by_another(
                    fact, fact.cls, attribution.start, attribution.end, claimant, "", slugs
                ),
                opponent=fact.opponent,
                rule=attribution.rule,
            )
            for fact in _last_told(facts, _ATTACKS, attribution.start)
        ]
        facts += others
        attribution.covers = others


def _with_and(m: Mention, lexicon: Lexicon) -> bool:
    """The mention is a name with «و» (and) before it («ودمشق»), not a name that begins
    with that letter («وحدات حماية الشعب»)."""
    rest = m.text[1:]
    return m.text.startswith("\u0648") and any(
        named_entry(lexicon, rest, kind) is not None for kind in ("actor", "place")
    )


# a side's own arms, its pronoun on them, right after the words: «دباباتهم», «مدفعيتها» (folded)
_ITS_ARMS_AFTER = re.compile(r"^\s*(?:دبابات|مدفعيت)\u0647[\u0627\u0645](?!\w)")
# «طائراته الحربية», «مقاتلاتها» right before the words (folded): the subject's own aircraft
_ITS_AIRCRAFT = re.compile(
    r"(?<!\w)(?:طايرات|مقاتلات)(?:\u0647|\u0647\u0627)(?:\s+(?:ال)?حربي\S*)?\s*$"
)


def _of_aircraft(text: str, m: Mention) -> bool:
    """The actor is named by its aircraft's adjective («طائرات أميركية», «طائرتين حربيتين
    إسرائيليتين»): a noun of aircraft, maybe with «حربية», right before it, or first in the
    words read as it («الطائرات العراقية» read as Iraq's forces)."""
    said = fold(m.said).split()[:1]
    if said and re.sub(r"^[وب]?(?:ال)?", "", said[0]) in _AIRCRAFT_NOUNS:
        return True
    words = fold(text[max(0, m.start - 24) : m.start]).split()[-2:]
    if words[-1:] and re.sub(r"^ال", "", words[-1]).startswith("حربي"):
        words = words[:-1]
    return bool(words) and re.sub(r"^[وب]?(?:ال)?", "", words[-1]) in _AIRCRAFT_NOUNS


def _another_account(
    fact: Proposal, accused: Mention, done: int, text: str, slugs: dict[str, int]
) -> Proposal:
    """The accuser's account of a fact the report tells with another doer: the same fact
    by the one accused, from the accused to the words of the doing («طائرات أميركية
    بتدميره»); a strike when the accused are aircraft."""
    before = text[max(0, accused.start - 14) : accused.start].split()[-1:]
    aircraft = _of_aircraft(text, accused)  # («طائرات أميركية»: a strike)
    start = text.rindex(before[0], 0, accused.start) if aircraft and before else accused.start
    cls = "AirStrike" if aircraft else fact.cls
    return replace(
        _told_by_another(fact, cls, start, done, accused, fact.unnamed, slugs),
        referred=True,
        confidence=0.6,
    )


def _told_by_another(
    fact: Proposal,
    cls: str,
    start: int,
    end: int,
    agent: Mention | None,
    unnamed: str,
    slugs: dict[str, int],
) -> Proposal:
    """The same fact in another's account, done by `agent` (or men of no name, `unnamed`),
    quoted from `start` to `end`: its place and time, no side or backing of the first."""
    return replace(
        fact,
        cls=cls,
        slug=_slug(slugs, cls.lower(), fact.place),
        start=start,
        end=end,
        agent=agent,
        unnamed=unnamed,
        agent_referred=False,
        allies=(),
        opponent=None,
        others=(),
        starts=None,
        covers=[],
    )


def _entries_that_hold(facts: list[Proposal], slugs: dict[str, int]) -> None:
    """«بات التنظيم يسيطر على مدينة تكريت بعدما دخلها مسلحوه»: an entry into a place the
    sentence says the same actor now holds is the capture that began the hold."""
    for entry in [p for p in facts if p.cls == "MilitaryOperation" and p.rule == "دخل"]:
        hold = next(
            (
                p
                for p in facts
                if p.cls == "ControlPeriod"
                and p.ongoing
                and not _timeless(p.rule.split(), p.cls)
                and _same_actor_and_place(p, entry)
            ),
            None,
        )
        if hold is not None:
            entry.cls, entry.starts = "Capture", hold
            entry.slug = _slug(slugs, "capture", entry.place)
            if hold.time is None:
                hold.time, hold.since = entry.time, entry.time is not None


def _entries_told_again(proposals: list[Proposal]) -> None:
    """«سيطر الجيش على بلدة السخنة. وتمكنت القوات الحكومية من دخول البلدة بعد أيام من
    المعارك»: an entry with no time of its own into a place a capture before it says the
    same actor took is that capture told again, not an operation of its own."""
    for entry in [p for p in proposals if p.cls == "MilitaryOperation" and p.rule in _ENTRY]:
        capture = next(
            (
                p
                for p in proposals
                if p.cls in CAPTURES
                and p.start < entry.start
                and entry.time is None
                and _same_actor_and_place(p, entry)
            ),
            None,
        )
        if capture is not None:
            proposals.remove(entry)
            for other in proposals:
                other.covers = [c for c in other.covers if c is not entry]
                if other.ends_with is entry:  # a battle that led to it led to the capture
                    other.ends_with = capture


_ENTRY = ("دخل", "دخول")
_CROSSINGS = ("عبرت", "عبروا", "عبور")  # (the words of a crossing, folded)
_STORMING = ("اقتحم", "اقتحام")  # (which ends a siege too: «اقتحم … بعد حصار استمر أسبوعا»)


def _same_actor_and_place(first: Proposal, second: Proposal) -> bool:
    """Whether two facts have the same actor and the same place, both said."""
    return (
        first.agent is not None
        and second.agent is not None
        and first.agent.iri == second.agent.iri
        and first.place is not None
        and second.place is not None
        and first.place.iri == second.place.iri
    )


# what one is accused of, after a verb of accusing, the day told before being the accusation's
# (a rule's words, folded): «اتهم X السبت Y بقتل …», «… الثلاثاء بتفجير سد كاخوفكا»
_ACCUSED_OF = (("بقتل",), ("بتفجير",))
# the attackers killed, an operation that ends a siege of them (as a proposal's rule)
_ATTACKERS_KILLED = ("قتل المهاجمين", "تقتل المهاجمين", "تقتل منهم")
# the words of facts told with no doer, proposed all the same (a rule's first two words)
_TOLD_WITH_NO_DOER = (
    ("انفجار", "سياره"),
    ("انفجار", "سيارتين"),
    ("انفجر", "سيارتان"),
    ("انفجر", "لغم"),  # («انفجر لغم أرضي لدى مرور حافلة ركاب»)
    ("انفجر", "قنبله"),  # («انفجرت قنبلة على متن طائرة ركاب …»)
    ("انفجر", "سياره"),
    ("انفجر", "شاحنه"),  # («انفجرت شاحنة مفخخة الاثنين أمام السفارة …»)
    ("اطلقت", "النار"),  # («أطلقت النار من داخل السفارة …», the passive)
    ("انفجار", "شاحنه"),
    ("انفجار", "حافله"),
    ("انفجار", "قنبله"),
    ("انفجار", "قنبلتين"),
    ("هجمات", "انتحاريه"),
    ("هجمات", "متزامنه"),
    ("هجوم", "انتحاري"),
    ("تفجير", "انتحاري"),
    ("تفجير",),
    ("هجوم", "استهدف"),
    ("هجوم", "صاروخي"),  # («في هجوم صاروخي استهدف مطار أربيل»)
    ("انفجار", "استهدف"),
    ("انفجار", "هز"),  # («في سلسلة انفجارات هزت مساء الجمعة أحياء في مدينة جوس»)
    ("انفجار", "داخل"),  # («في انفجار داخل قطار لمترو الأنفاق في مدينة سان بطرسبورغ»)
    ("فجر", "نفسه"),
    ("اقتحم", "شاحنه"),
    ("صاروخ", "اصاب"),  # («أن صاروخين … أصابا الطراد الروسي»: whose, not said)
    ("غاره", "اصاب"),  # («في غارة جوية أصابت سوقا في بلدة توغوغا»)
    ("فرق", "احتجاجا"),  # («فرقت قوات الأمن احتجاجا»: the forces bare, none in the gazetteer)
)
# the attackers killed, told by their pronoun (a rule's first word, folded)
_KILLING_THEM = ("تقتلهم", "تقتله")


def _sieges_a_capture_ended(facts: list[Proposal]) -> None:
    """A siege «بعد حصار استمر أسابيع» with no side named is the sentence's taker's, of the place
    it took, and ends with the taking (or the entry: «دخلت القوات … بعد أسبوعين من
    محاصرتها», or the storming: «اقتحم الجيش … المسجد … بعد حصار», or the attackers killed:
    «قبل أن تقتل القوات الخاصة المهاجمين بعد حصار استمر ساعات»); with no taking in the
    sentence, the holder's of the last hold told before it («غداة إعلان X سيطرتها على مقر …
    بعد حصار»), of the city when that hold is of a site in one; with neither, none."""
    for siege in [p for p in facts if p.cls == "Siege" and p.agent is None]:
        taking = next(
            (
                p
                for p in facts
                if (
                    p.cls in CAPTURES
                    or (
                        p.cls == "MilitaryOperation"
                        and p.rule in (*_ENTRY, *_STORMING, *_ATTACKERS_KILLED)
                    )
                )
                and p.agent is not None
            ),
            None,
        )
        holds = [
            p
            for p in facts
            if p.cls == "ControlPeriod" and p.agent is not None and p.start < siege.start
        ]
        lead = taking or (holds[-1] if holds else None)
        if lead is None:
            facts.remove(siege)
            continue
        siege.agent, siege.opponent, siege.agent_referred = lead.agent, lead.opponent, True
        siege.place, siege.referred = lead.place, True
        # (a site taken was besieged itself: «معسكر أمشاش … إثر حصار»; one only held after
        # the siege lies in the besieged city: «مقر الفرقة … في المدينة، بعد حصار»)
        if taking is None and lead.place is not None and lead.place.in_city is not None:
            iri, label = lead.place.in_city  # («مقر الفرقة السادسة في المدينة»: the city)
            siege.place = replace(lead.place, iri=iri, text=label, in_city=None)
        if siege.lasted:  # («استمر أسابيع»: its time is when it began; over by the taking)
            siege.before = lead.time
        elif not siege.since:  # («منذ نحو أسبوعين»: since then)
            siege.time = lead.time


_STRIKES = ("Shelling", "AirStrike")  # (what a side fought «مع» another may have struck)


def _attacks_on_those_who_repelled_them(facts: list[Proposal]) -> None:
    """The attacks a side repelled («أن قواته صدت آخر هجمات القوات الصينية على تلة …»), told
    with no side struck, were on the side that repelled them."""
    for repulse in facts:
        if repulse.rule != "صد" or repulse.agent is None or repulse.opponent is None:
            continue
        for attack in facts:
            if (
                attack.cls == "Offensive"
                and attack.start >= repulse.start  # (told with it, not before: «صدت الهجوم»)
                and attack.opponent is None
                and attack.agent is not None
                and attack.agent.iri == repulse.opponent.iri
            ):
                attack.opponent = repulse.agent


def _battles_where_the_sentence_says(facts: list[Proposal]) -> None:
    """A battle «بعد معارك مع …» is fought where the sentence's capture, control or break
    of a siege is, and over by its time; «بعد أيام من المعارك», its sides not named, between
    the capture's.
    With neither, where the operation its side carried out is («وصلت القوات إلى الحدود
    … بعد معارك مع التنظيم في المنطقة»), or where its side pulled out of («انسحاب القوات
    الأوكرانية من مدينة ديبالتسيفي … بعد أيام من المعارك مع الانفصاليين»), or what its side
    shelled or struck («قصفت القوات الفيتنامية الشمالية قاعدة خي سانه … بعد معارك مع وحدات من
    المارينز»), else the siege the sentence lays; with none of these, one whose side is named
    where that side's attack is, and no more («هاجم مقاتلون من منظمة الإرغون … سجن عكا …، وقتل
    عدد من المهاجمين في اشتباكات مع القوات البريطانية»)."""
    for battle in [p for p in facts if p.cls == "Battle"]:
        # (or a siege broken: «فكت القوات … الحصار …، بعد معارك عنيفة»)
        lead = next((p for p in facts if p.cls in (*CAPTURES, "ControlPeriod", "SiegeBreak")), None)
        lead = lead or next(
            (
                p
                for kinds in (("MilitaryOperation",), _PULL_OUTS, _STRIKES)
                for p in facts
                if p.cls in kinds
                # (a strike only for fighting «مع» a side: not «في أعنف مواجهات بين الطرفين»,
                # the shelling told itself)
                and (kinds is not _STRIKES or battle.rule.split()[-1] == "مع")
                # (or men of no name: «أن آخر المسلحين … استسلموا، بعد معارك …»)
                and (p.agent is not None or (bool(p.unnamed) and battle.agent is None))
                and (
                    battle.agent is None
                    or p.agent is None
                    or battle.agent.iri == p.agent.iri
                    # (or the side it was fought with, both named: «اقتحم الجيش … بعد أيام من
                    # المواجهات بين عناصر الجماعة وقوات الأمن», the army one of its sides)
                    or (
                        battle.rule.split()[-1] == "بين"
                        and battle.opponent is not None
                        and battle.opponent.iri == p.agent.iri
                    )
                )
                # (not a crossing: «عبرت نهر الأردن … بعد معارك» was fought past the river)
                and p.rule not in _CROSSINGS
            ),
            None,
        )
        # (else a siege laid after it: «فرضت القوات السورية … حصارا على مدينة زحلة، بعد معارك
        # مع …»)
        lead = lead or next((p for p in facts if p.cls == "Siege" and p.place is not None), None)
        if lead is not None:
            if battle.place is None:  # (not one the words name: «في أحياء من المدينة»)
                battle.place, battle.referred = lead.place, False
            battle.ends_with = lead
            if battle.agent is None:  # its sides not named: the capture's
                battle.agent, battle.opponent = lead.agent, lead.opponent
                battle.unnamed = battle.unnamed or lead.unnamed
                battle.agent_referred = True
        if lead is None and battle.place is None and battle.agent is not None:
            # (no more than its place: it is fought where its side's attack is, the day the
            # words say)
            side = battle.agent.iri
            attack = next(
                (
                    p
                    for p in facts
                    if p.cls == "Offensive"
                    and p.place is not None
                    and p.agent is not None
                    and p.agent.iri == side
                ),
                None,
            )
            if attack is not None:
                battle.place, battle.referred = attack.place, True
        if battle.place is None or (battle.agent is None and not battle.unnamed):
            facts.remove(battle)


def _occupations_a_pull_out_ended(facts: list[Proposal]) -> None:
    """An occupation «بعد احتلال استمر 22 عاما» is the hold of the side the sentence's
    pull-out is by, of the place it left, ended by the pull-out; with none, not proposed."""
    for held in [p for p in facts if p.cls == "ControlPeriod" and p.rule == "احتلال"]:
        lead = next((p for p in facts if p.cls in _PULL_OUTS and p.agent is not None), None)
        if lead is None or lead.place is None:
            facts.remove(held)
            continue
        held.agent, held.place, held.ends_with = lead.agent, lead.place, lead
        held.agent_referred = True  # (how much of it is not said: the default, all of it)


def _strongholds_a_taking_ended(facts: list[Proposal], text: str) -> None:
    """A stronghold told of a place the sentence tells taken by another («سيطرت X على مدينة
    Y، آخر معقل لـ Z») was held until that taking: ended by it; so was a site told in the
    present by its pronoun, where the taking was («سيطر الجيش على مجمع يتحصن فيه X»)."""
    for held in [p for p in facts if p.cls == "ControlPeriod" and p.rule in _STRONGHOLDS]:
        if held.ongoing and not _ENTRENCHED_IN_IT.search(fold(text[held.start : held.end])):
            continue
        held.ends_with = held.ends_with or next(
            (
                p
                for p in facts
                if p.cls in CAPTURES
                and p.place is not None
                and held.place is not None
                and p.place.iri == held.place.iri
                and p.agent is not None
                and (held.agent is not None or held.unnamed)
                and (held.agent is None or p.agent.iri != held.agent.iri)
            ),
            None,
        )
        if held.ends_with is not None and not held.since:
            held.time = None  # (held before the taking; not since the time the sentence tells)
        if held.ends_with is not None:
            held.ongoing = False  # («يتحصن فيه»: held out in it until it was taken)
        if held.ends_with is not None and held.ends_with.opponent is None and held.agent:
            # («سيطرت X على بلدة Y، التي كانت Z تسيطر عليها منذ …»: taken from its holder)
            held.ends_with.opponent = held.agent


# «يتحصن فيه», «يتحصنون فيها»: holding out in a site told before, by its pronoun (folded)
_ENTRENCHED_IN_IT = re.compile(r"(?<!\w)[يت]تحصن(?:ون)?\s+في(?:\u0647|\u0647\u0627)(?!\w)")
# the words of a stronghold, a last pocket or position of a side, its largest base, a hold
# told in a relative clause (as a proposal's rule)
_STRONGHOLDS = (
    *("معقل", "معاقل", "جيب لفصيل", "جيب لتنظيم", "جيب للتنظيم", "اخر موقع", "اكبر قواعد"),
    *("يسيطر عليها", "تسيطر عليها"),  # (a hold told past in a relative clause)
    # («مسلحين سيخ كانوا يتحصنون فيه»: entrenched there until it was taken; «القوات … التي
    # كانت تتحصن فيها», a force)
    *("يتحصن في", "تتحصن في"),
    "حي تخسره",  # («حي مساكن هنانو …، أول حي تخسره الفصائل»: held until it was lost)
)
_PULL_OUTS = ("TerritorialLoss", "Withdrawal")
# forces, units, rebels, an alliance: words before a side's name that the name leaves out
# (folded): «مع المتمردين الحوثيين», «مع تحالف زعماء الحرب»
_FORCES_WORDS = ("قوات", "وحدات", "القوات", "المتمردين", "المسلحين", "المقاتلين", "تحالف")
# a side's men before its name («مع مقاتلي الفصائل», «ضد متمردي حركة 23 مارس») (folded)
_MEN_OF = ("مقاتلي", "عناصر", "مسلحي", "متمردي")
# a verb of saying or denying in the clause before «، مؤكدا أن» (folded): «نفت», «أكد», «قال»,
# «أعلن», «اتهم»
_SAYING = re.compile(r"(?<!\w)[وف]?(?P<verb>نف[يت]|اكد|قال|اعلن|اتهم|حمل|رفض|اعتبر)\w*")


def _attacks_are_the_takers(facts: list[Proposal], slugs: dict[str, int]) -> None:
    """An attack told beside a capture is the taker's; one with no place, that the
    sentence's capture or pull-out came weeks after, is on its place."""
    # «استعادت القوات العراقية مطار الموصل من تنظيم الدولة، في اليوم الخامس من هجومها على
    # …»: an attack is not the one the sentence's capture was taken from, but the taker's
    for attack in [p for p in facts if p.cls == "Offensive" and p.agent is not None]:
        taker = next(
            (
                p
                for p in facts
                if p.cls in CAPTURES
                and p.opponent is not None
                and attack.agent is not None
                and p.opponent.iri == attack.agent.iri
                # (not an attack whose doer is named after its verb: «هاجم مسلحون من جماعة
                # بوكو حرام بلدة فوتوكول، بعد يوم من … طرد الجماعة من بلدة غامبورو»)
                and attack.agent.start <= attack.start
            ),
            None,
        )
        if taker is not None and taker.agent is not None:
            attack.agent, attack.agent_referred = taker.agent, True
    # «استعادت قواته … مدينة هيت … بعد نحو ثلاثة أسابيع من بدء الهجوم عليها»: the attack
    # on the place the sentence's capture took, by its taker
    # (not one by men of no name: «هاجمت عصابات مسلحة … السجن الوطني», theirs)
    # (nor one told with no doer, «هجمات انتحارية», the analyst's to name one for)
    for attack in [
        p
        for p in facts
        if p.cls == "Offensive"
        and p.agent is None
        and not p.unnamed
        and tuple(p.rule.split()[:2]) not in _TOLD_WITH_NO_DOER
    ]:
        lead = next((p for p in facts if p.cls in CAPTURES), None)
        if lead is None:
            facts.remove(attack)
            continue
        attack.agent, attack.opponent, attack.place = lead.agent, lead.opponent, lead.place
        attack.agent_referred = attack.referred = True
    # «انسحب المسلحون من المدينتين بعد أسابيع من هجوم واسع شنه الجيش»: on where the capture
    # was, or where those who pulled out left (against them)
    launched = [p.launches for p in facts if p.launches is not None]
    for attack in [p for p in facts if p.cls == "Offensive" and p.place is None]:
        if any(attack is o for o in launched):
            continue  # (a launch's, where it says: «أطلقت عملية … ضد X» leaves it unsaid)
        lead = next((p for p in facts if p.cls in CAPTURES and p.place is not None), None)
        lead = lead or next(  # (a pull-out by another than the attacker: the one attacked)
            (
                p
                for p in facts
                if p.cls in _PULL_OUTS
                and p.place is not None
                and p.agent is not None
                and attack.agent is not None
                and p.agent.iri != attack.agent.iri
            ),
            None,
        )
        if lead is None:
            facts.remove(attack)
            continue
        attack.place, attack.referred = lead.place, True
        attack.slug = _slug(slugs, "offensive", attack.place)
        if lead.cls in _PULL_OUTS and attack.opponent is None:
            attack.opponent = lead.agent
    # «أكمل الجيش سيطرته على منطقة …، بعد عملية بدأها الثلاثاء الماضي ضد …»: a launch told
    # where the taking is, with no place, by the taker, is of the operation whose taking the
    # sentence tells, there
    for launch in [p for p in facts if p.at_the_taking and p.place is None]:
        taking = next(
            (
                p
                for p in facts
                if p.cls in CAPTURES
                and p.place is not None
                and p.agent is not None
                and launch.agent is not None
                and p.agent.iri == launch.agent.iri
            ),
            None,
        )
        if taking is None:
            continue
        for fact in (launch, launch.launches):
            if fact is not None and fact.place is None:
                fact.place, fact.referred = taking.place, True
                fact.slug = _slug(slugs, fact.cls.lower(), fact.place)


_ALONGSIDE = ("بدعم", "بغطاء جوي", "بمسانده")  # a backing told beside what is done («… بدعم من X»)


def _arrivals_that_are_no_operation(facts: list[Proposal]) -> list[Proposal]:
    """The sentence's facts without an arrival («وصل إلى») that is no operation of its own:
    a person's («وصل الرئيس اليمني … إلى الرياض»: a journey, not his state's forces'
    operation), or one that breaks a siege of the place it reaches, by the same side
    («وصلت وحدات من فرقة الفرسان الأولى … إلى قاعدة خي سانه، منهية الحصار»: the break)."""
    return [
        p
        for p in facts
        if not (
            p.rule == "وصل الي"
            and p.agent is not None
            and (
                p.agent.person
                or any(
                    b.cls == "SiegeBreak"
                    and b.agent is not None
                    and b.agent.iri == p.agent.iri
                    and b.place is not None
                    and p.place is not None
                    and b.place.iri == p.place.iri
                    for b in facts
                )
            )
        )
    ]


def _backed_is_who_acts(facts: list[Proposal], text: str) -> None:
    """«أعلنت X بدء معركة السيطرة على الرقة، أبرز معاقل التنظيم، بدعم من التحالف»: the
    one backed is who acts in the sentence (X), not the actor named last before «بدعم»
    when that one does nothing in it (the stronghold's owner, the one fought)."""
    acting = [
        f
        for f in facts
        if f.agent is not None
        # (a hold is no action one is backed in: «… التي لا يزال التنظيم يسيطر عليها، جهاز
        # مكافحة الإرهاب بدعم من التحالف»)
        and f.cls not in ("SupportRelation", "Claim", "Announcement", "ControlPeriod")
        and not _timeless(f.rule.split(), f.cls)
    ]
    for support in [f for f in facts if f.cls == "SupportRelation" and f.rule in _ALONGSIDE]:
        backed, backer = support.opponent, support.agent
        if backed is None or backer is None:
            continue
        if any(f.agent is not None and f.agent.iri == backed.iri for f in acting):
            continue
        earlier = [f for f in acting if f.start < backer.start]
        if earlier:
            support.opponent = max(earlier, key=lambda f: f.start).agent
            at = text.rfind(support.rule.split()[0], support.start, backer.start)
            support.start = at if at >= 0 else support.start  # quoted from «بدعم»


# «شاركت فيها», «شارك فيه»: took part in it, the fight told right before (folded)
_TOOK_PART_IN_IT = r"[وف]?شاركت?\s+(?:فيها|فيه)"
_TAKING_PART = re.compile(
    r"(?<!\w)[وف]?[يت]?شارك\s+في\s+(?:ال)?(?:عمليه|هجوم|معركه|معارك)(?!\w)"
    rf"|(?<!\w){_TOOK_PART_IN_IT}(?!\w)"  # («معارك مع X شاركت فيها Y»: in the fight)
)
# between a fight and those who took part in it: «شاركت فيها وحدات من» (folded)
_TAKING_PART_IN_IT = re.compile(rf"\s*{_TOOK_PART_IN_IT}(?:\s+[^\s،.]+){{0,2}}\s*")


def _taking_part(text: str, body: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """The actors said to take part in the operation («وتشارك في العملية القوات العراقية
    وفصائل الحشد الشعبي»), in order: the first named after the words, and those joined to
    it by «و»."""
    folded, origin = without_marks(body)
    out: list[Mention] = []
    for match in _TAKING_PART.finditer(folded):
        at = offset + origin[match.end() - 1] + 1
        # the first actor named after the words in their clause («قوات الجيش والشرطة …»)
        first = next(
            (
                m
                for m in mentions
                if m.kind == "actor"
                and m.start >= at
                and not re.search(r"[،.]", body[at - offset : m.start - offset])
                and m.start - at <= 20
            ),
            None,
        )
        if first is not None:
            out.append(first)
            for m in mentions:  # «قوات من الجيش والشرطة الاتحادية والحشد الشعبي»
                if m.kind == "actor" and m.start > out[-1].start and _joined(text, out[-1], m):
                    out.append(m)
    return out


def _joined_offensive(
    proposals: list[Proposal], taking_part: Mention, text: str
) -> Proposal | None:
    """The offensive one said to take part joins: the last told before the words; or the
    fight told right before them («بعد معارك مع القوات الإسرائيلية شاركت فيها وحدات من X»)."""
    return next(
        (
            p
            for p in reversed(proposals)
            if p.agent is not None
            and p.start < taking_part.start
            and (
                p.cls == "Offensive"
                or (
                    p.cls == "Battle"
                    and _TAKING_PART_IN_IT.fullmatch(fold(text[p.end : taking_part.start]))
                )
            )
        ),
        None,
    )


def _those_taking_part(proposals: list[Proposal], participants: list[Mention], text: str) -> None:
    """Those said to take part in the operation («وشارك في العملية مقاتلون من أبناء
    العشائر») are agents of the offensive told last before the words, beside its own; those
    said to take part in a fight told right before («شاركت فيها وحدات من X») are its sides."""
    for taking_part in participants:
        offensive = _joined_offensive(proposals, taking_part, text)
        if offensive is None or offensive.agent is None:
            continue
        if all(taking_part.iri != m.iri for m in (offensive.agent, *offensive.allies)):
            offensive.allies = (*offensive.allies, taking_part)
            offensive.taking_part = (*offensive.taking_part, taking_part)


# a title before a person's name with the adjective of a state: «الرئيس التركي», «رئيس
# الوزراء العراقي», «وزير الدفاع الأميركي» (folded)
_TITLE = re.compile(
    r"(?<!\w)(?P<title>(?:ال)?(?:رييس(?:\s+الوزراء|\s+الحكومه)?|وزير\s+ال\w+"
    r"|قايد(?:\s+العام)?\s+(?:ال|لل)\w+)"  # («القائد العام للجيش الأوكراني»)
    r"\s+(?P<adjective>ال\w+ي))\s*$"
)
# «القائد العام» or «قائد» right before the force he commands: «القائد العام للقوات
# المسلحة الأوكرانية فاليري زالوجني» (folded)
_COMMANDER_OF = re.compile(r"(?<!\w)(?P<title>(?:ال)?قايد(?:\s+العام)?)\s*$")
# «قواته» (his forces), with a clitic
# («قواتهم»: theirs; «قوات خاصة», special forces no nation is given for, in what he says)
_HIS = re.compile(r"(?<!\w)[وفبل]?(?P<word>قواته(?:م)?|قوات\s+خاصه(?!\s+\w+يه))(?!\w)")
# «المتحدث العسكري باسم X» right before a person: X's spokesman (folded)
_SPOKESMAN_OF = re.compile(r"(?:متحدث|ناطق)\s+(?:ال\S+\s+)?باسم\s*$")


def _titled(
    text: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> dict[str, Mention]:
    """The persons named after a title with a state's adjective, each to that state's
    forces (`Lexicon.forces`, a country's by its adjective: «العراقي», the Iraqi forces) or
    to the state the adjective is a name of («التركي»: Turkey); a spokesman to the actor he
    speaks for («المتحدث العسكري باسم الحوثيين»); else a leader to the gazetteer's forces
    named after him («قوات حفتر»); each as a mention at no span."""
    found: dict[str, Mention] = {}
    for person in [m for m in mentions if m.person]:
        force = _commanded(text, offset, person, mentions)
        if force is not None:
            found[person.iri] = force
            continue
        window = text[max(offset, person.start - 40) : person.start]
        said, origin = without_marks(window)
        match = _TITLE.search(said)
        state = _titled_by_country(text, person, mentions, lexicon)
        if match is None and state is not None:  # «رئيس جنوب السودان سلفا كير»
            found[person.iri] = state
            continue
        if match is None:
            # «المتحدث العسكري باسم الحوثيين يحيى سريع»: the Houthis; «المشير خليفة حفتر»:
            # «قوات حفتر»
            commands = _speaks_for(text, offset, person, mentions) or leaders_forces(
                lexicon, person
            )
            if commands is not None:
                found[person.iri] = replace(commands, start=0, end=0, said="", title="")
            continue
        title = window[origin[match.start("title")] : origin[match.end("title") - 1] + 1]
        named = next(  # the adjective itself a name of the state: «التركي»
            (
                m
                for m in mentions
                if m.kind == "actor"
                and not m.person
                and m.end <= person.start
                and fold(m.text) in (match.group("adjective"), match.group("adjective")[2:])
            ),
            None,
        )
        if named is not None:
            found[person.iri] = replace(
                named, start=0, end=0, metonym=False, said=title, title=title
            )
            continue
        country = country_by_adjective(match.group("adjective"), lexicon)  # «العراقي»: Iraq
        if country is not None and country in lexicon.forces:
            iri, name = lexicon.forces[country]
            found[person.iri] = Mention(0, 0, name, iri, "actor", False, said=title, title=title)
    return found


# a title right before a country's name, itself right before a person's: «رئيس جنوب السودان
# سلفا كير», «وزير دفاع أوكرانيا» (folded)
_TITLE_BEFORE_A_COUNTRY = re.compile(r"(?<!\w)(?:رييس|وزير\s+\w+)\s*$")


def _titled_by_country(
    text: str, person: Mention, mentions: list[Mention], lexicon: Lexicon
) -> Mention | None:
    """The forces of the country whose name follows a person's title, right before the
    person («رئيس جنوب السودان سلفا كير»: South Sudan's), as a mention at no span."""
    country = next(
        (
            m
            for m in mentions
            if m.kind == "place"
            and m.iri in lexicon.countries
            and m.end <= person.start
            and not text[m.end : person.start].strip()
        ),
        None,
    )
    if country is None or country.iri not in lexicon.forces:
        return None
    window = text[max(0, country.start - 16) : country.start]
    folded, origin = without_marks(window)
    title = _TITLE_BEFORE_A_COUNTRY.search(folded)
    if title is None:
        return None
    # (the title and the country as written: «رئيس جنوب السودان»)
    said = text[country.start - len(window) + origin[title.start()] : country.end]
    iri, name = lexicon.forces[country.iri]
    return Mention(0, 0, name, iri, "actor", False, said=said, title=said)


def _commanded(text: str, offset: int, person: Mention, mentions: list[Mention]) -> Mention | None:
    """The force a commander named right after it commands, as a mention at no span:
    «القائد العام للقوات المسلحة الأوكرانية فاليري زالوجني» (Ukraine's armed forces)."""
    force = next(
        (
            m
            for m in mentions
            if m.kind == "actor"
            and not m.person
            and m.end <= person.start
            and not text[m.end : person.start].strip()
        ),
        None,
    )
    if force is None:
        return None
    window = text[max(offset, force.start - 20) : force.start]
    said, origin = without_marks(window)
    match = _COMMANDER_OF.search(said)
    if match is None:
        return None
    title = window[origin[match.start("title")] :] + text[force.start : force.end]
    name = re.sub(r"^\u0644\u0644", "\u0627\u0644", force.text)  # («للقوات»: «القوات»)
    return replace(force, start=0, end=0, text=name, metonym=False, said=title, title=title)


def _speaks_for(text: str, offset: int, person: Mention, mentions: list[Mention]) -> Mention | None:
    """The actor a spokesman named right after «المتحدث (العسكري) باسم X» speaks for: X."""
    return next(
        (
            m
            for m in mentions
            if m.kind == "actor"
            and not m.person
            and 0 <= person.start - m.end <= 2
            and _SPOKESMAN_OF.search(fold(text[max(offset, m.start - 40) : m.start]))
        ),
        None,
    )


def _his_forces(
    body: str, offset: int, mentions: list[Mention], commanders: dict[str, Mention]
) -> list[Mention]:
    """«قواته» (his forces), or «قوات خاصة» (special forces), after a person of a state's
    title in the sentence: that state's forces, where it is written."""
    found = list(mentions)
    for _, start, end in unnamed(body, offset, _HIS, "word", mentions):
        persons = [m for m in mentions if m.person and m.end <= start and m.iri in commanders]
        # (not where another actor says «أن قواته»: «أعلن الرئيس البيروفي …، فيما أكد الجيش
        # الإكوادوري أن قواته», that actor's)
        last = [m for m in mentions if m.kind == "actor" and m.end <= start][-1:]
        theirs = (
            last != persons[-1:]
            and bool(last)
            and re.fullmatch(r"\s*[اإأ]ن\s*", body[last[0].end - offset : start - offset])
        )
        if persons and not theirs:
            said = body[start - offset : end - offset]
            found.append(replace(commanders[persons[-1].iri], start=start, end=end, said=said))
    return sorted(found, key=lambda m: m.start)


# «قواتها», «قواته» (its forces), «دفاعاتها الجوية» (its air defences: a ministry's, a
# government's), with a clitic, not «من قواتها» (folded)
_ITS_FORCES = re.compile(
    r"(?<!\w)(?<!من\s)[وفبل]?(?P<word>قوات\u0647\u0627?|دفاعات\u0647\u0627\s+الجويه)(?!\w)"
)


def _a_governments_forces(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """«أعلنت الحكومة الإثيوبية أن قواتها استعادت …», «أكدت موسكو سيطرة قواتها»: «قواتها»
    (its forces) right after a government or a state (the last actor named before them is
    one the gazetteer has as a country's government, or the state a country stands for)
    are the army of its country, else its forces taken together, where the gazetteer has
    them; after a part of a government or a state (a ministry: «أعلنت وزارة الدفاع الروسية
    أن قواتها») its state's, after a part of a state's force (its command: «هيئة الأركان
    العامة الأوكرانية … قواتها») that force, and after forces named as such («قيادة قوات
    الأمم المتحدة في الكونغو») those forces; marked as said so."""
    said_so = list(unnamed(body, offset, _ITS_FORCES, "word", mentions))
    if not said_so:
        return mentions  # (most sentences: the states' map below is not built for them)
    governments = {iri: country for country, (iri, _) in lexicon.governments.items()}
    for country in lexicon.countries:
        state = lexicon.state_named(country)
        if state is not None:
            governments.setdefault(state[0], country)
    found = list(mentions)
    for _, start, end in said_so:
        before = [m for m in mentions if m.kind == "actor" and m.end <= start]
        last = before[-1].iri if before else ""
        whole = lexicon.part_of.get(last, "")
        army: tuple[str, str] | None = None
        if last in governments or whole in governments:
            country = governments.get(last) or governments[whole]
            army = lexicon.armies.get(country) or lexicon.forces.get(country)
        elif last in lexicon.state_of and last not in lexicon.state_forces:
            # («قالت وزارة الدفاع الأذربيجانية إن قواتها»: a ministry of the state, given as
            # ckg:stateOf its country, not as part of its state actor)
            country = lexicon.state_of[last]
            army = lexicon.armies.get(country) or lexicon.forces.get(country)
        elif last and not whole:
            # («أعلن المجلس الوطني الانتقالي أن قواته»: the entry named «قوات» and its name,
            # «قوات المجلس الوطني الانتقالي», the Libyan rebels)
            army = next(
                (
                    (entry[0], "قوات " + before[-1].text)
                    for name in lexicon.names_of(last)
                    if (entry := lexicon.names.get(("قوات", *name.split()))) is not None
                    and entry[1] == "actor"
                    and entry[0] != last
                ),
                None,
            )
        elif whole in lexicon.state_forces and last not in lexicon.state_forces:
            # (not a force's own: «أعلن الجيش العراقي أن قواته» are the army's)
            army = next(
                (f for f in (*lexicon.armies.values(), *lexicon.forces.values()) if f[0] == whole),
                (whole, lexicon.english.get(whole, whole.rsplit("/", 1)[-1])),
            )
        if army is None and last in lexicon.state_forces:
            # «أعلن الجيش الأوكراني الأربعاء انسحاب قواته»: a state's force's own forces are
            # that force
            army = (last, before[-1].text)
        if army is None and last and fold(before[-1].text).split()[:1] == ["قوات"]:
            # «أعلنت قيادة قوات الأمم المتحدة في الكونغو أن قواتها»: so are those of forces
            # named as such, of no state
            army = (last, before[-1].text)
        if army is not None:
            iri, label = army
            said = body[start - offset : end - offset]
            found.append(
                Mention(start, end, label, iri, "actor", False, said=said, title=before[-1].text)
            )
    return sorted(found, key=lambda m: m.start)


# what a person does himself (a rule's words, joined): a side facing another («لدعم الرئيس
# فييرا في مواجهة …»), fire opened («أطلق المستوطن … باروخ غولدشتاين النار عليهم»)
_A_PERSON_DOES = ("في مواجهه", "اطلق النار علي", "فتح النار علي")


def _speakers_are_not_forces(
    proposals: list[Proposal], participants: list[Mention], commanders: dict[str, Mention]
) -> None:
    """A person does not take a town: in «أعلن العبادي استعادة الحويجة» the taker is not
    the speaker. The fact takes the actor of an offensive or operation on the same place
    told in the report, else of a capture of it, else (an operation the speaker announces)
    the first actor said to take part in it («وتشارك في العملية القوات العراقية»), else
    the forces of the state the speaker's title names («أعلن الرئيس التركي … بدء عملية»:
    Turkey), marked as a coreference; with none, it is dropped, and so are the control it
    started and an attribution left covering nothing."""
    operations = [  # then the taker of a capture of it («بدء عملية استعادة الفلوجة»)
        p
        for kinds in (("Offensive", "OffensiveLaunch", "MilitaryOperation", "Battle"), CAPTURES)
        for p in proposals
        if p.cls in kinds and p.agent is not None and not p.agent.person
    ]
    # (not a person an accusation says did it: «اتهم ريغان العقيد معمر القذافي بالوقوف وراء
    # تفجير …», the accuser's account; nor one who claims it: «وتبنى القيادي في حركة طالبان
    # باكستان عمر منصور الهجوم», his men's, by his word)
    accused = [
        fact
        for p in proposals
        if p.cls == "Claim" and (p.rule.split()[0] in _ACCUSE or p.rule in _CLAIMS_IT)
        for fact in p.covers
    ]
    speakers = [
        p
        for p in proposals
        if p.agent is not None and p.agent.person and all(p is not f for f in accused)
    ]
    # (a battle that led to a capture after the capture: its sides are the capture's)
    speakers.sort(key=lambda p: p.ends_with is not None)
    for fact in speakers:
        if all(fact is not p for p in proposals):
            continue  # gone with its capture
        if fact.rule in _A_PERSON_DOES:
            continue
        led_to = fact.ends_with
        if (
            led_to is not None
            and led_to.agent is not None
            and not led_to.agent.person
            and any(led_to is p for p in proposals)
        ):
            fact.agent, fact.opponent = led_to.agent, led_to.opponent
            continue
        if fact.cls in ("Claim", "Announcement", "SupportRelation", "CaliphateDeclaration"):
            continue
        if fact.cls == "Flight" or (fact.cls == "TerritorialLoss" and fact.rule == "فرار"):
            # (a person flees: «فرار الرئيس موبوتو سيسي سيكو منها إلى …», «بعد فرار زعيم
            # الحرب محمد ديري منها»)
            continue
        if fact.cls == "ControlPeriod" and any(p.starts is fact for p in proposals):
            continue  # follows its capture
        operation = next(
            (
                o
                for o in operations
                if fact.place is not None
                and o.place is not None
                and o.place.iri == fact.place.iri
                # (a capture over before it is not its doer: not ISIS's of 2014 for a launch
                # of 2016)
                and not (o.cls in CAPTURES and _before(o, fact))
            ),
            None,
        )
        taking_part = fact.cls in ("Offensive", "OffensiveLaunch", "MilitaryOperation")
        if operation is None and taking_part and participants:
            fact.agent, fact.agent_referred = participants[0], True
            continue
        # (a hold told by itself: «أعلنت نائبة وزير الدفاع الأوكراني … أن المنطقة باتت
        # محررة», the forces of the state her title names hold it)
        announced = taking_part or fact.cls in (*CAPTURES, "ControlPeriod")
        if operation is None and announced and fact.agent and fact.agent.iri in commanders:
            # («أعلن الرئيس الفيليبيني … تحرير مدينة مراوي»: his state's forces took it)
            fact.agent = commanders[fact.agent.iri]
            if fact.starts is not None:
                fact.starts.agent = fact.agent
            continue
        if operation is not None:
            fact.agent, fact.agent_referred = operation.agent, True
            if fact.starts is not None:
                fact.starts.agent, fact.starts.agent_referred = operation.agent, True
            continue
        _drop(proposals, [fact] + ([fact.starts] if fact.starts is not None else []))
    # (an attribution left covering nothing goes, and so does its place in another's covers:
    # «أعلن ضباط … قيام الجمهورية، بعد أن قصفت دباباتهم قصر الإمام …، وفق ما أفادت إذاعة
    # صنعاء», the radio's account of an announcement gone with the shelling it covered)
    while gone := [p for p in proposals if p.cls in ("Claim", "Announcement") and not p.covers]:
        _drop(proposals, gone)


def _drop(proposals: list[Proposal], gone: list[Proposal]) -> None:
    """`gone` taken out of the proposals and out of what every other one covers."""
    proposals[:] = [p for p in proposals if all(p is not g for g in gone)]
    for other in proposals:
        other.covers = [c for c in other.covers if all(c is not g for g in gone)]


def _shared_holds(proposals: list[Proposal]) -> None:
    """A hold of part of a place that others hold too in the draft («تتقاسم قوات النظام
    ووحدات حماية الشعب السيطرة على المدينة», two districts taken from one of them) is
    marked contested: shared or fought over, which the shapes ask of holds that overlap; the
    analyst decides. Whole holds by different actors are told at different times, and are
    left as they are."""
    holders: dict[str, set[str]] = {}
    for p in proposals:
        if p.cls == "ControlPeriod" and p.place is not None and p.agent is not None:
            holders.setdefault(p.place.iri, set()).add(p.agent.iri)
    for p in proposals:
        if p.cls == "ControlPeriod" and p.place is not None and p.extent != "FullControl":
            p.contested = len(holders.get(p.place.iri, ())) > 1


def _before(first: Proposal, second: Proposal) -> bool:
    """The first fact is over before the second begins, as far as their times say."""
    return (
        first.time is not None
        and second.time is not None
        and first.time.latest < second.time.earliest
    )


def _shift(m: Mention, offset: int) -> Mention:
    return replace(m, start=m.start + offset, end=m.end + offset)


def _shift_time(t: TimeMention, offset: int) -> TimeMention:
    return replace(t, start=t.start + offset, end=t.end + offset)


def _slug(slugs: dict[str, int], kind: str, place: Mention | None) -> str:
    base = f"{kind}-{place.iri.rsplit('/', 1)[-1]}" if place is not None else kind
    slugs[base] = slugs.get(base, 0) + 1
    return base if slugs[base] == 1 else f"{base}-{slugs[base]}"


def _object_of_support(text: str, m: Mention) -> bool:
    """The actor is the backer in a support phrase («مدعومة من واشنطن», «بدعم جوي روسي»,
    «بقيادة واشنطن») or one taking part beside the subject («القوات العراقية، بمشاركة فصائل
    الحشد الشعبي، استعادت»), not the one who acts."""
    # within its phrase: «مدعومة من طهران، الجيش العراقي» does not make the army a backer
    before = fold(text[max(0, m.start - 30) : m.start]).split("،")[-1].split()[-3:]
    if (
        before[-2:-1]
        and (
            before[-2] in (*_FIGHTERS, *_PART, "قوه", "قوات", "وحده", "وحدات", "جنودا")
            or before[-2].startswith(("حراس", "لقافله"))
        )
        and before[-1] == "من"
    ):
        # «مسلحون من التنظيم», «قوة من البشمركة», «قناصة من البحرية», «جنودا من الجيش»: its men, not
        # its backing; «الجزء الأكبر من القوات الروسية»: a part of them; «على حراسهم من
        # قوات تحالف الشمال»: their guards, its men; «كمين … لقافلة من قوات …»: its convoy
        return False
    if (
        len(before) == 3
        and before[0] in ("قوات", "قوه", "وحدات", "رتل", "رتلا")
        and before[2] == "من"
    ):
        # «قوات مظلية من جنوب أفريقيا»: forces of a kind, its men (not «بدعم جوي من X», nor
        # «قوات مشتركة بقيادة X»); «رتلا مدرعا من الجيش الفيتنامي الجنوبي»: a column of them
        return False
    return bool(before) and (
        before[-1] in ("من", "بقياده")
        or _BACKS_IT.fullmatch(before[-1]) is not None  # «فصائل تدعمها أنقرة»
        # («ألوية العمالقة الموالية للحكومة اليمنية»: whom they are loyal to)
        or before[-1].startswith(("الموالي", "موالي"))
        or any(
            w.startswith(("بدعم", "مدعوم", "وبدعم", "بغطاء", "بمشاركه", "باسناد")) for w in before
        )
    )


# (folded) «لمساندة Y», «لمساعدة Y»: to back or help Y, the one before backing; «دعما لـ Y»:
# in backing of Y
_TO_BACK = ("لمسانده", "لمساعده", "لدعم", "دعما")
_FIGHTERS = (
    *("مسلحون", "مسلحين", "مسلحو", "مقاتلون", "مقاتلين", "مقاتلو", "عناصر", "مرتزقه"),
    *("متمردون", "قناصه"),
)
_PART = ("الاكبر", "جزء", "بعض", "عدد")  # (folded) a part of: «الجزء الأكبر من»
# «تدعمها», «يدعمه», «تدعمهم»: a verb of backing whose object is the one named before it
_BACKS_IT = re.compile("[وف]?[تي](?:دعم|ساند)(?:\u0647|\u0647\u0627|\u0647\u0645)")


# a stronghold («الرقة، معقله الأبرز»): a hold the sentence names, not dated by its times
# the words of a stronghold, a pocket, a last position: a hold described, not dated by the
# sentence's times
_TIMELESS = ("معقل", "معاقل", "جيب", "اخر", "العاصمه", "المقر")


def _timeless(words: Sequence[str], cls: str) -> bool:
    """Whether a rule's words (or a fact's, drafted by them) tell a hold described, of no
    time of its own: a stronghold, a pocket, a last position; not the last of a side's forces
    leaving («أن آخر القوات الأميركية غادرت الأحد ميناء هونغنام»), a loss of its day."""
    return words[0] in _TIMELESS and cls != "TerritorialLoss"


# «في أحياء من المدينة», «داخل المدينة»: where the fighting is, the city referred back to
_IN_THE_CITY = re.compile(
    r"^\s*(?:في|داخل)\s+(?:(?:احياء|اجزاء|وسط|شوارع|محيط)\s+(?:من\s+)?)?(?:ال)?مدينه(?!\w)"
)
# («المدينة», «البلدة», «القرية» right after the words: the town named with that word, else the
# last town named; «الجيب», the enclave: the last town named)
_REFERRING = re.compile(r"^\s*(?:\S+\s+){0,3}?[وبل]?(?:ال)?(?:مدينه|بلده|قريه|جيب)(?!\w)")
# «على يد X», «من قبل X» right before an actor after the words: X is who acted
_BY_HAND = re.compile(r"(?:علي\s+(?:يد|ايدي)(?:\s+عناصر\s+من)?|من\s+قبل)\s*$")
# a fact negated: «لم»/«لن» up to five words before the words, in their clause; «نفى»
# earlier in the clause
_NEGATED = re.compile(r"(?<!\w)[وف]?(?:لم|لن)(?:\s+[^\s،]+){0,5}\s*$")
_DENIED = re.compile(r"(?<!\w)[وف]?(?:نفي|نفت|ينفي|تنفي|نفوا)(?!\w)")


def _denied(before: str) -> bool:
    """Whether the words before a fact (folded) deny it: «نفت … أن يكون التنظيم سيطر على …»;
    not a denial of another's announcement of it, which is still that one's account to
    propose («نفى الجيش الأوكراني إعلان وزارة الدفاع الروسية سيطرة قواتها على …»)."""
    denials = list(_DENIED.finditer(before))
    return bool(denials) and not re.search(r"(?<!\w)اعلان(?!\w)", before[denials[-1].end() :])


# «في إطار هجوم واسع», «ضمن حملة شاملة» right before the words: the broad campaign something
# is part of (folded)
_WITHIN_FRAME = re.compile(
    r"(?<!\w)(?:في\s+اطار|ضمن)\s+(?:ال)?(?:هجوم|حمله|عمليه)\s+(?:ال)?(?:واسع|شامل)\S*\s*$"
)  # (a broad one: not «في إطار العملية التي أطلقتها الحكومة لاستعادة المدينة», the city's)
# «في إطار», «ضمن» right before the words, which name a broad offensive or a counter-offensive
# (folded; «في إطار هجوم مضاد سريع تشنه … في المنطقة» before other words is the area's)
_FRAME_BEFORE = re.compile(r"(?<!\w)(?:في\s+اطار|ضمن)\s*$")
_IN_THE_AREA = re.compile(r"(?<!\w)في\s+ال(?:منطقه|مدينه|محافظه|ولايه)(?!\w)")
_A_CAMPAIGN = re.compile(
    r"^(?:ال)?(?:هجوم|حمله|عمليه)\s+(?:(?:ال)?(?:واسع|شامل|مضاد)|(?:الذي|التي)\s+[يت]شن)"
)  # (and one waged: «في إطار الهجوم الذي يشنه منذ مطلع الشهر على قوات …»)
# «لتجنب», «تفاديا لـ» right before the words: something avoided (folded)
_AVOIDED = re.compile(r"(?<!\w)(?:لتجنب|لتفادي|تجنبا\s+ل|تفاديا\s+ل)\s*$")
# an aim, not a fact: «تسعى إلى», «تهدف إلى», «بهدف», «من أجل», «محاولة», «تحاول», «تعتزم»
_PURPOSE = re.compile(
    r"(?<!\w)(?:[وف]?(?:تسعي|يسعي|تهدف|يهدف)(?:\s+[^\s،]+){0,4}\s+الي|بهدف|من\s+اجل|محاوله"
    r"|تحاول|يحاول|تعتزم|يعتزم)\s*$"
)
# helping someone do it, right before the words: «لمساندة الجيش الزائيري في», an aim (folded)
_HELPING_IN = re.compile(r"(?<!\w)(?:لمسانده|لمساعده|لدعم)\s+(?:[^\s،]+\s+){1,3}(?:في|علي)\s*$")
# a demand or call right before the words, its subject between: «طالب المسلحون بانسحاب»,
# «دعت الحكومة إلى انسحاب» (folded)
_DEMANDED = re.compile(
    r"(?<!\w)[وف]?(?:[يت]?طالب(?:ت|وا|ون)?|دعا|دعت|دعوا|[يت]دعو)(?:\s+[^\s،.]+){0,3}?"
    r"(?P<to>\s+الي)?$"
)


def _demanded(text: str, start: int, offset: int) -> bool:
    """The words are what is asked for, not what is done: «طالب المسلحون بانسحاب …» (the
    «ب» the words are written with), «دعت الحكومة إلى انسحاب …»."""
    asked = _DEMANDED.search(fold(text[max(offset, start - 40) : start]))
    return asked is not None and (asked.group("to") is not None or text[start : start + 1] == "ب")


# an attempt under way, its subject and time between it and the taking it tries (folded)
_TRYING = re.compile(r"(?<!\w)[وف]?(?:تحاول|يحاولون|يحاول)(?:\s+[^\s،]+){0,5}\s*$")
# an envoy's title (folded): «السفير», «القنصل», «القائم بالأعمال»
_ENVOY = r"(?:ال)?(?:سفير|قنصل|قايم\s+بالاعمال)"
# an envoy's title, a day maybe before it, right before the adjective of the state he serves:
# «الجمعة السفير»; right before it alone; another's joined by «و» after it, in its clause
_AN_ENVOY = re.compile(rf"\s*(?:\S+\s+)?{_ENVOY}\s*")
_ENVOY_RIGHT_BEFORE = re.compile(rf"(?<!\w){_ENVOY}\s*$")
_AND_AN_ENVOY = re.compile(rf"^[^،.]*?(?<!\w)و{_ENVOY}\s*$")
# an envoy and the state he serves, right before the country he serves in: «السفير الأميركي
# في», «القائم بالأعمال البلجيكي لدى»
_AN_ENVOYS_POST = re.compile(rf"(?<!\w){_ENVOY}(?:\s+\S+){{0,2}}\s+(?:في|لدي)\s*$")
# «معها», «معه», «معهم» (with it, him, them) among a fight's words: the side named before
_WITH_THEM = frozenset(("معها", "معه", "معهم"))
# «في معارك لا تزال مستمرة» right after the words: fighting still going on (folded)
_STILL_GOING_ON = re.compile(
    r"\s*(?:في\s+)?معارك\s+(?:لا\s+تزال|ما\s+زالت)\s+(?:مستمره|دايره)(?!\w)"
)
# an attack waged by the actor right after: «الأحد هجوما مدرعا شنته» (a day, «هجوما», a word
# that says what kind, «شنه» / «شنته» / «شنوه»), attacks too: «هجمات شنتها»; or its attacks,
# the actor's name right after the word: «آخر هجمات القوات الصينية» (folded)
_AN_ATTACK_WAGED_BY = re.compile(
    r"\s*(?:[^\s،.]+\s+)?(?:هجوما?|هجمات)(?:\s+[^\s،.]+)?\s+(?:شنته|شنه|شنوه|شنتها)\s*"
    r"|\s*(?:اخر\s+)?(?:هجوم|هجمات)\s*"
)
# «القوات المهاجمة», «القوة المهاجمة», «المهاجمون» right after the words: the attackers
# (folded)
_THE_ATTACKING_FORCES = re.compile(r"^\s*(?:(?:القوات|القوه)\s+المهاجمه|المهاجمون)(?!\w)")
# «خلال الإخلاء», «أثناء الانسحاب»: during the pull-out told before (folded)
_DURING_THE_PULL_OUT = re.compile(r"(?<!\w)(?:خلال|اثناء)\s+(?:عمليه\s+)?ال(?:اخلاء|انسحاب)(?!\w)")
# «أطلقت عليها اسم»: a name given (to an operation), after a verb that may also launch one
_NAMING = re.compile(r"^\s*علي(?:\u0647|\u0647\u0627)\s+اسم(?!\w)")
# an operation that is not an attack, right after «عملية»: an evacuation, an exchange
_NOT_AN_ATTACK = re.compile(r"^\s*(?:اجلاء|تبادل|اغاثه)(?!\w)")
# an operation, a battle, a campaign right before a capture's noun: what it is for
_AIM_OF = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:عمليه|عمليات|معركه|حمله|هجوم)\s*$")
# «المتحدث باسم X», «الناطق الرسمي باسم X»: a spokesman, named after X; «مدير X», «رئيس X»,
# «قائد X»: its head, named after it (folded)
_SPOKESMAN = re.compile(
    r"(?<!\w)(?:ال)?(?:(?:متحدث|ناطق)\s+(?:الرسمي\s+)?باسم|مدير|رييس|قايد|سفير|وزير)(?!\w)"
)


def _spokesman_first(between: str) -> bool:
    """A spokesman's or a head's title opens the words after the verb (a time word or two
    before it at most): «أعلن مدير المرصد»; not a person the announcement tells of further on
    («أعلنت الفصائل … سقوط حكم الرئيس بشار الأسد»)."""
    title = _SPOKESMAN.search(between)
    return title is not None and len(between[: title.start()].split()) <= 2


# «البلدتين», «المدينتين» (the two towns) right after the words: the last two places named
_THE_TWO = re.compile(r"^\s*[وبل]?ال(?:بلدتين|مدينتين|قريتين|بلدتان|مدينتان)(?!\w)")
# «على مواقع لـ», «مواقع تابعة لـ» right before an actor: whose positions are struck (matched
# on folded text, which has no space at its end)
_POSITIONS_OF = re.compile(
    r"(?<!\w)(?:مقرات\s+و)?"
    r"(?:مواقع|مقار|مقرات|مقرا?|منشات|(?:معسكرات|معسكرا?)(?:\s+تدريب)?|مراكز(?:\s+للشرطه)?|مركزا"
    r"|نقطه\s+تفتيش|قاعده|معسكرين|ثكنات)"
    r"(?:\s+(?:امنيه|عسكريه))?(?:\s+تابعه)?(?:\s+ل)?\s*$"
)  # («مواقع لـ», «معسكر تدريب لـ», «خمس منشآت لـ», «مقر لـ», «مقار أمنية تابعة لـ»; «مراكز
# للشرطة والجيش الفرنسي», the posts of the police and of that army; the second of two: «مقرات
# ومواقع لـ»; barracks, «ثكنات للقوات الفيتنامية الشمالية»)
# a place struck that a side uses, right before the side: «مركز للشرطة يستخدمه» (folded; not
# one it runs, «مستشفى تديره المنظمة», «مدرسة يديرها الجيش»: those in it are struck, not a side)
_USED_BY = re.compile(r"(?<!\w)[يت]ستخدم\u0647\u0627?\s*$")
# a side's headquarters struck, right before it: «على مقر قيادة منظمة التحرير» (folded)
_HEADQUARTERS_STRUCK = re.compile(r"(?<!\w)علي\s+مقر\s+قياده\s*$")
# another of the bombings told, then where it struck, between two places (folded): «في مطار
# بروكسل الدولي وثالث في», «في وسط العاصمة والآخر مركزا للشرطة في حي», «في فندق هيلتون طابا
# وانفجارين آخرين في»
_ANOTHER_THERE = re.compile(
    r"^\s*و(?:ثالث|الاخر|قرب|انفجار\S*\s+اخر\S*)(?:\s+[^\s،.]+){0,3}?\s+في(?:\s+(?:حي|ضاحيه))?\s*$"
)
# a second place struck named right after the first, joined by «و» alone: «فندقي «جي دبليو
# ماريوت» و«ريتز كارلتون»» (folded)
_AND_ONE_MORE_PLACE = re.compile(r"^\s*»?\s*و\s*«?\s*$")
# a warship or a patrol right before a state's adjective: «المدمرة الأميركية», «دورية
# إسرائيلية», «الطراد الأرجنتيني», «سفينتي إنزال بريطانيتين» (folded)
_SHIP_OR_PATROL = re.compile(
    r"(?<!\w)(?:ال)?(?:مدمره|فرقاطه|بارجه|طراد|دوريه|(?:سفينه|سفينتي|سفن)\s+انزال"
    r"|سفينه\s+(?:الاستخبارات|التجسس|الابحاث))\s*$"
)  # (a spy ship: «سفينة الاستخبارات الأميركية»; a research ship, «سفينة الأبحاث الأميركية»)
# an aircraft or an airliner right before a state's adjective, among the words that tell it
# was brought down: «طائرة ركاب روسية تحطمت» (folded)
_AN_AIRCRAFT_OF = re.compile(r"(?<!\w)طايره(?:\s+ركاب)?\s*$")
# aircraft destroyed by a verb joined by «و» after the words, in their clause, right before
# their state's adjective: «… ودمرت طائرات حربية ليبية»; or, told as «a number of» them (the
# thing destroyed, not the doer: «ودمرت طائرات ليبية مواقع» would be their deed), opening the
# next clause too: «…، ودمرت عددا من الطائرات الهندية» (the aircraft words may be the
# mention's own, `referents.aircraft_of`'s) (folded)
_AND_DESTROYED_AIRCRAFT = re.compile(
    r"^[^\u060c.]*?(?:(?<!\w)ودمر\S*\s+طايرات(?:\s+حربيه)?"
    r"|(?:\u060c\s*)?(?<!\w)ودمر\S*\s+عددا\s+من(?:\s+الطايرات(?:\s+الحربيه)?)?)\s*$"
)
# a side's positions aimed at, right before it, the aim opening a clause of its own: «،
# استهدف خصوصا مواقع للجيش» (not another's saying: «وأعلنت الوزارة أن طائراتها استهدفت
# مواقع لـ») (folded)
_AIMED_AT_POSITIONS = re.compile(r"،\s*استهدف\S*\s+(?:خصوصا\s+)?مواقع\s*$")
# a side's headquarters aimed at, right before it: «استهدف مقر الأمم المتحدة» (folded)
_HEADQUARTERS_AIMED_AT = re.compile(r"(?<!\w)استهدف\S*\s+مقر\s*$")
# the seat of a side where the deed was done, right before it, a few words between: «،
# حيث مقر سلطات الانتداب البريطاني» (folded)
_WHERE_THE_SEAT_OF = re.compile(r"(?<!\w)حيث\s+(?:كان\s+|يقع\s+)?مقر(?:\s+\S+){0,3}\s*$")
# holding people or holding out in a place (hers), right after those who do (folded):
# «يحتجزون فيها», «يتحصنون فيها»
_HOLDING_IN_IT = re.compile(r"^\s*[يت](?:حتجز|تحصن)\S*\s+فيها(?!\w)")
# a convoy right after the words, his or a person's (folded): «استهدف موكبه», «استهدف موكب»
_CONVOY = re.compile(r"^\s*موكب(?P<his>\u0647)?(?!\w)")
# an attack on an aircraft, right before its state's adjective: «على طائرة» (folded)
_ON_AN_AIRCRAFT_OF = re.compile(r"(?<!\w)علي\s+طايره(?:\s+ركاب)?\s*$")
# on board an aircraft, after the words, right before its state's adjective: «انفجار قنبلة على
# متن طائرة ركاب أميركية» (folded)
_ON_BOARD_AN_AIRCRAFT_OF = re.compile(r"(?<!\w)علي\s+متن\s+طايره(?:\s+ركاب)?\s*$")
# a state's embassy or consulate struck, right before its adjective: «على القنصلية», «على
# مبنى السفارة» (folded)
_MISSION_STRUCK = re.compile(r"(?<!\w)علي\s+(?:مبني\s+)?ال(?:سفاره|قنصليه)\s*$")
# «على موقع لـ», «وعلى موقعين لـ» right before an actor (folded): whose post is attacked, not
# the doer («هجوم شنه مسلحون على موقع للجيش»; not «آخر موقع لقوات النظام», whose post it is:
# held); a base, «قاعدة لـ», is one of `_POSITIONS_OF`, with «على» or not
_A_POST_OF = re.compile(r"(?<!\w)و?علي\s+(?:موقعا?|موقعين)(?:\s+ل)?\s*$")
# positions, camps or bases right before an actor, after a taking's words (folded): whose
# they were («على آخر مواقع تنظيم القاعدة», «وعلى معسكرات للقوات الحكومية», «على آخر قواعد
# الفدائيين»; not «مقار الحكومة», its offices)
_POSITIONS_TAKEN = re.compile(r"(?<!\w)(?:مواقع|معسكرات|قواعد)(?:\s+ل)?\s*$")
# the positions of the organisation named before, a few words after the words (folded)
_POSITIONS_OF_GROUP = re.compile(r"^\s*(?:\S+\s+){0,4}?علي\s+مواقع\s+(?:ل)?(?:ال)?تنظيم(?!\w)")
# «منهما» (from the two of them) in the clause after the words: the last two places named
_FROM_THEM = re.compile(
    r"^[^\u060c.]{0,50}?(?<!\w)(?:منهما|من\s+ال(?:مدينتين|بلدتين|قريتين))(?!\w)"
)  # («انسحاب الجيش من المدينتين»)
# «الناحية» (the district), «المنطقة» (the area), «الوادي» (the valley) right after the
# words: the place named last
_THE_AREA = re.compile(
    r"^\s*(?:(?:\S+\s+){0,3}?(?:في|علي|من)\s+)?[وبل]?ال(?:ناحيه|منطقه|وادي)(?!\w)"
    r"|^\s*(?:\S+\s+){0,3}?هذه\s+الاحياء(?!\w)"  # («تحاصر القوات هذه الأحياء»: those named)
)
# «عدد من أحيائها», «أجزاء منها», «حيين في جنوبها», «مواقع في جنوبها الغربي» (some of its
# districts, parts of it, two districts in its south, positions in its south-west) right
# after the words
_ITS_DISTRICTS = re.compile(
    r"^\s*(?:(?:عدد|بعض)\s+من\s+)?(?:(?:احياي|اجزاي)(?:\u0647|\u0647\u0627)"
    r"|(?:احياء|اجزاء|حيين|حي|مواقع)(?:\s+(?:واسعه|كبيره))?\s+(?:من|في)"
    r"(?:\s+(?:جنوب|شمال|شرق|غرب|وسط)(?:ي)?)?(?:\u0647|\u0647\u0627)"
    r"(?:\s+ال(?:شرقي|غربي))?)(?!\w)"
)
# a side of a country or place, as «شمال» in «شمال البلاد», «شمال شرق سوريا» (folded)
_A_SIDE = r"(?:شمال|جنوب|شرق|غرب|وسط)(?:\s+(?:شرق|غرب))?"
# «البلاد», «المملكة» (not a kingdom's name: «المملكة المتحدة»), the country referred back to
# (folded)
_COUNTRY_WORD = r"(?:البلاد|هذا\s+البلد|المملكه(?!\s+(?:المتحده|العربيه|الاردنيه|المغربيه)))"
# «في البلاد» (in the country), «على شمال البلاد» (its north), «على مناطق مختلفة من البلاد» a
# few words after the words, in their clause («على معظم أنحاء البلاد»: most of it)
_THE_COUNTRY = re.compile(
    r"^(?:[^،.]{0,30}?(?<!\w)(?=(?:في|علي|من)\s)|\s*)"
    r"(?P<told>(?:(?:في|علي|من)\s+)?(?:(?:معظم|كامل|اغلب)\s+)?(?:انحاء\s+)?"
    rf"(?:{_A_SIDE}\s+)?{_COUNTRY_WORD})(?!\w)"
)  # (the words that tell it, `told`, from the preposition: not the words before it)
# «الحدود مع», «المعابر الحدودية مع»: a border with another country, in the clause after the
# words (folded)
_ON_A_BORDER_WITH = re.compile(r"^[^،.]*?(?<!\w)(?:الحدود|الحدوديه)\s+مع(?!\w)")
# a hijacking's words: «خطف», «خطفه» (and «خطفها» its ending)
_HIJACKED = ("خطف", "خطفه")
# «بعد إقلاعها من», «بعد إقلاع الطائرة من» right before a place: where an aircraft took off
# from (folded)
_TOOK_OFF_FROM = re.compile(r"(?<!\w)اقلاع\S*(?:\s+\S+)?\s+من(?:\s+مطار)?\s*$")
# «خارج البلاد», «خارج الحدود» (abroad), in the clause after the words (folded)
_ABROAD = re.compile(r"^[^،.]*?(?<!\w)خارج\s+(?:البلاد|الحدود)(?!\w)")
# «لاستعادتها», «لتحريرها» (to retake it) a word or two after the words: the place named last
_TO_TAKE_IT = re.compile(
    r"^\s*(?:\S+\s+){0,2}?ل(?:استعاد|تحرير)(?:ت)?(?:\u0647|\u0647\u0627)(?!\w)"
)
# with no place named in the clause: «أطلقت في 31 أيار هجوما لطرد التنظيم من المدينة»
# (also after a purpose: «لاستعادة المدينة»)
_REFERRING_FAR = re.compile(
    r"^[^،]*?(?<!\w)(?:من|علي|في|فوق|الى|لاستعاده|لتحرير)\s+"
    r"(?:(?:محيط|داخل|وسط|اطراف|ضواحي)\s+)?(?:ال)?(?:مدينه|بلده)(?!\w)"
)  # («في محيط المدينة»: around the city)
# the words that stand for the armed group named before (`Context.group`)
_GROUP = ("التنظيم", "الجهاديين", "الجهاديون")
_GROUP_WORD = re.compile(rf"(?<!\w)[وف]?(?P<word>{'|'.join(_GROUP)})(?!\w)")
_OBJECT_MARK = ("مع", "ضد")  # an actor after these is fought, not the one who acts
# unnamed others of a head noun joined to an actor: «وفصائل معارضة أخرى» (folded)
_AND_OTHERS = re.compile(r"^\s*و(?P<noun>قوات|فصايل|وحدات)\s+\S+\s+اخري(?!\w)")
# a verb of saying joined by «و», its subject unsaid, then «إنه» right before the words
# (folded): «وقال إنه»
# «أنه», «أنها», «أنهم» right before the words (folded)
_IT_RIGHT_BEFORE = re.compile(r"(?<!\w)ان(?:\u0647|\u0647\u0627|\u0647م)\s*$")
_SAID_OF_ITSELF = re.compile(
    r"(?<!\w)و(?:قال|اعلن|اكد|افاد|ذكر)(?:ت)?\s+[اإأ]ن(?:\u0647|\u0647\u0627|\u0647م)\s*$"
)
# the words' own verb of carrying out right after them, then their time (folded): «غارة
# جوية نفذها مساء الجمعة»
_CARRIED_OUT_THEN = re.compile(
    r"^\s*(?:\S+\s+)?(?:نفذ|شن)(?:ت)?(?:\u0647\u0627|\u0647)(?:\s+(?:مساء|صباح|فجر|ليل|ظهر))?\s*$"
)
# «، بينها X» (among them X) right before an actor (folded): one of the doers, not fought
_AMONG_THEM = re.compile(r"،\s*(?:بينها|بينهم|منها|منهم|ومنها)\s*$")
# «عبرت» (crossed) right before a place (folded)
_CROSSED = re.compile(r"(?<!\w)[وف]?عبر(?:ت|وا)?\s*$")
# «انطلاقا من», «من قواعدهم في» right before a place (folded): where something was launched
# from; «من جهة» (from the side of): where it came from («اخترقت … الأجواء السورية من جهة
# البحر المتوسط»)
_LAUNCHED_FROM = re.compile(r"(?<!\w)(?:انطلاقا\s+من|من\s+(?:قواعد|قاعد)\w*\s+في|من\s+جهه)\s*$")
# positions not named right after a capture's words (folded): «على عدد من المواقع العسكرية»
_POSITIONS = re.compile(r"^\s*(?:عدد\s+من\s+|بعض\s+)?(?:ال)?مواقع(?!\w)")
# the head nouns «هذه» refers back with: «هذه القوات», «هذه الفصائل», «هذه الوحدات», «هذه
# الفرق» (divisions) (folded, without the article)
_FORCE_HEADS = ("قوات", "فصايل", "وحدات", "فرق")
_THESE_FORCES = re.compile(r"(?<!\w)[وف]?هذه\s+ال(?P<noun>" + "|".join(_FORCE_HEADS) + r")(?!\w)")
# the country itself, or a side or most of it, right after the words: «معظم شمال البلاد», «نحو
# شمال البلاد» (folded)
_OF_THE_COUNTRY = re.compile(
    rf"\s*(?:(?:كامل|معظم|اغلب)\s+|اجزاء\s+(?:واسعه\s+)?من\s+)?(?:{_A_SIDE}\s+)?{_COUNTRY_WORD}(?!\w)"
)
# «القوات المشتركة» (the joint forces), named by no name (folded)
_JOINT_FORCES = re.compile(r"(?<!\w)[وف]?ال(?:قوات|وحدات)\s+المشترك\u0647(?!\w)")
# aircraft of «هذه القوات» right before a strike's words (folded): «طائرات حربية تابعة لهذه
# القوات»
_THESE_AIRCRAFT = re.compile(
    r"(?<!\w)(?:طايرات|طايره|مقاتلات)\s+(?:\S+\s+){0,2}?ل?(?P<these>هذه\s+ال(?:قوات|فصايل|وحدات))"
    r"\s*$"
)


# the head nouns of places' names, written apart from them («مدينة عانة»), folded
_PLACE_HEADS = ("مدينه", "بلده", "قريه", "مطار", "قاعده", "حي", "ناحيه", "قضاء", "محافظه", "منطقه")
# the sides of a place («تقدمت القوات شرق المدينة»), folded
_SIDES = ("شرق", "غرب", "شمال", "جنوب")


def _subject_then_side(text: str, start: int, end: int, actors: list[Mention]) -> bool:
    """Between the verb and the side of a place («وتقدمت قوات البشمركة الكردية شرق المدينة»)
    only its subject, an actor and adjectives after it («الكردية»), or nothing."""
    verb_end = start + len(text[start:end].split()[0])
    side = end - len(text[start:end].split()[-1])
    rest = text[verb_end:side]
    for m in actors:
        if verb_end <= m.start and m.end <= side:
            rest = rest.replace(text[m.start : m.end], " ")
    return all(w.startswith("ال") and w not in ("التي", "الذي", "الي") for w in fold(rest).split())


# words that are a verb only with its subject right after them: «فجر» is also «dawn»
_DAWN_OR_VERB = (("فجر",),)

# the attack a deed was done in, further on in its clause (folded): «… جنديا في هجوم على»
_IN_AN_ATTACK = re.compile(r"(?<!\w)في\s+هجوم(?!\w)")


# a border crossed from a country, in the verb's clause (past its doer, its day): «عبرت
# الجمعة الحدود من هندوراس» (folded)
_ACROSS_FROM = re.compile(r"^[^\u060c.]*?(?<!\w)الحدود\s+من(?!\w)")
# «الحدود مع», «الحدود الدولية مع» right before a country (folded): the border crossed into it
_BORDER_WITH = re.compile(r"(?<!\w)الحدود(?:\s+الدوليه)?\s+مع\s*$")
# a backing set off by commas: «، بدعم من القوات الكوبية،» (folded)
_BACKED_APART = re.compile(r"\u060c\s*(?:بدعم|بمسانده|باسناد|بغطاء)\s[^\u060c.]*\u060c")
# «في» right before the words (folded)
_IN_BEFORE = re.compile(r"(?<!\w)في\s*$")
# a verb of being killed or wounded (folded): its subject is no doer
_HARMED = ("قتل", "اصيب", "جرح", "لقي")


def _subject_of_the_opening_verb(
    actors: list[Mention], offset: int, start: int, text: str
) -> Mention | None:
    """The actor right after the verb the sentence opens with (past its dateline, maybe
    past «قوات» and the like), its subject, before `start`; None where the sentence does
    not open so, or with a verb of being killed («قتل 24 جنديا …»; but «قتل مسلحو X نحو
    ثلاثين شخصا …», «قتل متمردو X …»: killed by them, men named in the nominative right after
    the verb)."""
    opening = re.sub(r"^[^\s:]+:\s*", "", text[offset:start])
    at = start - len(opening)
    words = fold(opening).split()
    if not words or (words[0] in _HARMED and words[1:2] not in (["مسلحو"], ["متمردو"])):
        return None
    return next(
        (
            m
            for m in actors
            if at <= m.start < start
            and (
                len(fold(text[at : m.start]).split()) in (1, 2)
                # (past men of it: «أسر مقاتلون من حزب الله …»)
                or (
                    fold(text[at : m.start]).split()[1:2] in ([w] for w in _FIGHTERS)
                    and fold(text[at : m.start]).split()[2:] == ["من"]
                )
            )
            and not _object(text, m)
        ),
        None,
    )


def _done_to_in_it(actors: list[Mention], agent: Mention, start: int, text: str) -> Mention | None:
    """The side the deed was done to, named right before «في» and the attack that was its
    means, after the doer («أسر مقاتلو حزب الله … جنديين إسرائيليين في هجوم على دورية»:
    the soldiers' army was attacked)."""
    return next(
        (
            m
            for m in actors
            if agent.end <= m.start and m.iri != agent.iri and fold(text[m.end : start]) == "في"
        ),
        None,
    )


def _verb_with_its_subject(text: str, start: int, end: int, actors: list[Mention]) -> bool:
    """The words are a verb («فجر», «وفجر», «فجرت»: no article) with an actor right after
    them, its subject, or men of no name («فجر انتحاريان زورقا»)."""
    word = fold(text[start:end])
    return re.fullmatch(r"[وف]?فجر(?:ت|وا)?", word) is not None and (
        any(m.start >= end and not text[end : m.start].strip() for m in actors)
        or _UNKNOWN_MEN.match(fold(text[end : end + 40])) is not None
    )


# «في شمال شرق سوريا، قرب بلدة الدرباسية»: a comma before words that place it nearer
# (or names some of where, «في أفغانستان، بينها أهداف في كابول»)
_NEAR_IT = re.compile(r"،\s*(?:و)?(?:قرب|بالقرب من|على مقربة من|على بعد|بينها\s+اهداف\s+في)(?!\w)")


# a verb of taking (or deploying), joined by «و» or in a clause of its own (folded): a fact
# of its own, whose place is not the one of the words before it («نزلت في جزر فوكلاند وسيطرت
# على بورت ستانلي», «دخلت … الأراضي اللبنانية وانتشرت في سهل البقاع», «دخلت قوات سنغالية
# غامبيا لمواجهة متمردين … سيطروا الخميس على العاصمة بانجول»)
_AND_TOOK = re.compile(r"(?<!\w)و?(?:سيطر|استول|استعاد|احتل|دخل|اقتحم|انتزع|انتشر)\w*(?!\w)")


def _near_it(between: str) -> str:
    """The words between a country and a place in it, without a comma that opens a nearer
    placing («، قرب بلدة …», «، بينها أهداف في …»): such a comma does not part them."""
    return _NEAR_IT.sub(" ", without_marks(between)[0])


# «في», «في شمال» alone between a side and a place (folded)
_RIGHT_IN = re.compile(r"\s*في(?:\s+(?:جنوب|شمال|شرق|غرب|وسط))?\s*")
# «مع», «ضد», and a word for a side's men, before it (folded)
_WITH_THE_SIDE = re.compile(rf"\s*(?:مع|ضد)(?:\s+(?:{'|'.join(_MEN_OF)}|قوات|وحدات))?\s*")
# a doer's arms or men, a word before its name (folded): «دبابات الجيش», «سفن البحرية»
_ARMS_OF = re.compile(r"\s*(?:دبابات|مدرعات|طايرات|مقاتلات|سفن|زوارق|جنود|عناصر)\s*")


def _past_the_side_fought(
    text: str, end: int, actors: list[Mention], places: list[Mention], context: Context
) -> tuple[Mention | None, bool]:
    """Where fighting is, told past the side fought right after its words («المواجهات مع
    مقاتلي X في محيط المدينة»: the city named before; «… مع X في بلدة Y»: Y), and whether
    it is referred back to; (None, False) where nothing is said there."""
    side = next(
        (
            m
            for m in actors
            if m.start >= end and _WITH_THE_SIDE.fullmatch(fold(text[end : m.start]))
        ),
        None,
    )
    if side is None:
        return None, False
    named = next(
        (
            m
            for m in places
            if m.start >= side.end
            and (words := fold(text[side.end : m.start]).split())[:1] == ["في"]
            and words[1:] in ([], *([w] for w in _PLACE_HEADS))
        ),
        None,
    )
    if named is None and _IN_THE_CITY.match(fold(text[side.end : side.end + 40])):
        cities = _cities([m for m in places if m.end <= end])
        return (cities[-1], True) if cities else (context.city, context.city is not None)
    return named, False


# what a doer struck, then «في» and maybe a side of the place («على دورياتهم في جنوب»), or
# «قرب»; or «على» the town itself; then maybe the town's word before its name («قرب بلدة خيم
# كاران», «على مدينة سكيكدة») (folded)
_STRUCK_IN = re.compile(
    r"\s*(?:(?:علي\s+[^\s،.]+\s+)?(?:في(?:\s+(?:جنوب|شمال|شرق|غرب|وسط))?|قرب)|علي)"
    r"(?:\s+(?:بلده|مدينه))?\s*"
)
# men of a side, «من» right before its name: «مسلحون من» (folded)
_MEN_OF_A_SIDE = re.compile(r"\s*(?:مسلحون|مسلحين|مقاتلون|مقاتلين|عناصر)\s+من\s*")


def _past_its_doer(
    text: str, end: int, actors: list[Mention], places: list[Mention]
) -> Mention | None:
    """The place an attack was in, told past its doer named right after its words and what
    it struck («هجمات شنها مسلحون … على دورياتهم في جنوب العاصمة»), or None; past men of no
    name, their time and all it struck, up to the clause's end («هجمات شنها مسلحون مساء
    الأربعاء على فندقين فخمين ومحطة قطارات ومواقع أخرى في مومباي»)."""
    # (or men of a side, named right after «من»: «شنها مسلحون من جبهة التحرير الوطني
    # الجزائرية على مدينة سكيكدة»)
    doer = next(
        (
            m
            for m in actors
            if m.start >= end
            and (
                not text[end : m.start].strip()
                or _MEN_OF_A_SIDE.fullmatch(fold(text[end : m.start]))
            )
        ),
        None,
    )
    men = _UNKNOWN_MEN.match(fold(text[end : end + 40])) if doer is None else None
    told = _as_written(text[end : end + 40], men.group("men")) if men else ""
    past = doer.end if doer else (text.find(told, end) + len(told) if told else -1)
    struck = _STRUCK_IN if doer else _STRUCK_PAST_THE_MEN
    return next(
        (
            m
            for m in places
            if past >= 0 and m.start >= past and struck.fullmatch(fold(text[past : m.start]))
        ),
        None,
    )


# the time, «على» and what was struck, then «في», past men of no name, in one clause (folded)
_STRUCK_PAST_THE_MEN = re.compile(
    rf"\s*(?:{_TIME_OF_DAY}\s+)?"
    rf"(?:(?:{'|'.join(WEEKDAYS)})\s+)?علي\s+[^،.]+?\s+في(?:\s+(?:جنوب|شمال|شرق|غرب|وسط))?"
    r"(?:\s+(?:مدينه|بلده))?\s*"  # («… في مدينة الكرك»: the city's word before its name)
)


# a place named as a region of a federal state: «إقليم تيغراي», «في إقليم …» (folded)
_A_REGION = re.compile(r"(?:.*\s)?اقليم\s")


# «على المنطقة», «في المنطقة» (on, in the area) right after the words (folded)
_ON_THE_AREA = re.compile(r"^\S*\s*(?:علي|في)\s+المنطقه(?!\w)")


def _in_the_country(
    start: int,
    end: int,
    places: list[Mention],
    text: str,
    context: Context,
    campaign: bool = False,
) -> tuple[Mention | None, bool]:
    """Where a war or a broad campaign is («تخوض X حربا مع Y», «في إطار هجوم واسع»): a
    place named after the words in their clause («منذ بدء هجومها على مدينة …»), else (a
    campaign) a region named before, else the country «البلاد» stands for, else that of the
    last place named in one (referred)."""
    after = [m for m in places if m.start >= end and not re.search("[،.]", text[end : m.start])]
    if after:
        return after[0], False
    areas = [m for m in places if m.end <= start and m.area]
    if areas and _ON_THE_AREA.match(fold(text[end : end + 30])):
        return areas[-1], True  # «إطلاقها هجوما على المنطقة التي …»: the area named before
    # «سيطر على مدينتي X وY في إقليم تيغراي، في إطار الهجوم الذي يشنه …»: a campaign is in
    # the region the sentence named before (one of a federal state, not a town or a province;
    # a war's fighting stays the country's)
    region = [
        m
        for m in places
        if campaign and m.end <= start and _A_REGION.match(fold(text[max(0, m.start - 6) : m.end]))
    ]
    if region:
        return region[-1], True
    return context.country or _country_lying([*context.places, *places], start, end), True


def _country_lying(places: list[Mention], start: int, end: int) -> Mention | None:
    """The country the last place named before `start` lies in (or is), as a mention at
    `end`; None where none was named."""
    lying = [m for m in places if m.end <= start and m.in_country is not None]
    if not lying or lying[-1].in_country is None:
        return None
    iri, label = lying[-1].in_country
    return Mention(end, end, label, iri, "place", False)


def _propose(
    rule: Trigger,
    start: int,
    end: int,
    offset: int,
    mentions: list[Mention],
    times: list[TimeMention],
    text: str,
    slugs: dict[str, int],
    context: Context,
) -> Proposal | None:
    if rule.words == ("علي", "مشارف") and any(
        m.kind == "place" and m.end <= start and not text[m.end : start].strip() for m in mentions
    ):
        return None  # «بلدة دوغراي على مشارف لاهور»: where the place named lies, no fact
    if rule.words == ("مسووليه", "اغتيال") and any(p.cls in _ATTACKS for p in context.here):
        # «قتل … إسماعيل هنية … في هجوم استهدف مقر إقامته …، فيما حمّلت الحركة إسرائيل
        # مسؤولية اغتياله»: the attack the sentence tells, not a killing of its own
        return None
    if (
        rule.cls == "ControlPeriod"
        and rule.words[0] == "يتحصن"
        and any(m.person and 0 <= m.start - end <= 2 for m in mentions)
    ):
        # «مخبأ في حي القصبة … كان يتحصن فيه علي لابوانت»: a man holding out in a hideout,
        # no hold of territory
        return None
    if rule.agent == "event":  # «بعد أيام من المعارك»: sides, place, end from the capture
        made = Proposal(
            rule.cls, _slug(slugs, rule.cls.lower(), None), " ".join(rule.words), start, end
        )
        if _IN_THE_CITY.match(fold(text[end : end + 40])):
            # «استمرار المعارك في أحياء من المدينة»: in the city referred back to
            before = _cities([m for m in mentions if m.kind == "place" and m.end <= start])
            made.place = before[-1] if before else context.city
            made.referred = made.place is not None
        if rule.cls in ("Battle", "Siege") or rule.words in (("احتلال",), ("بعد", "هجوم", "استمر")):
            # «بعد معارك استمرت نحو عشرة أشهر»: begun that long before the sentence's day
            day = _nearest([t for t in times if t.datatype == "date"], start, text)
            # (else the month or year the sentence told before: «سيطرت على المدينة في تشرين
            # الأول/أكتوبر 1980، بعد أسابيع من المعارك»)
            month = [t for t in times if t.end <= start and t.datatype in ("gYearMonth", "gYear")]
            back_from = day or (month[-1] if month else None) or context.day
            made.time = _how_long(text, start, end, back_from, context.report)
            # (the words' own «من» ends the span: «بعد أسبوعين من_محاصرتها»)
            lead = text[max(offset, start - 40) : start + 2 * (rule.words[0] == "من")]
            span = _SPAN_BEFORE.search(fold(lead))
            if made.time is None and span is not None:
                # «بعد أيام من المعارك», «بعد أسبوعين من محاصرتها»: begun that long before
                said = _as_written(lead, span.group().strip())
                made.time = _span_before(span, back_from, context.report, said)
            made.lasted = made.time is not None
            anchor = day or context.day
            nth = (
                _nth_of(text, offset, start, anchor.earliest)
                if made.time is None and anchor is not None
                else None
            )
            if nth is not None:  # «في اليوم الثالث من المعارك»: going on, begun that long before
                made.time, made.since, made.ongoing = nth, True, True
            told = next((t for t in times if t.start >= end), None)
            if made.time is None and told is not None and _since_right_after(text, end, told):
                made.time, made.since = told, True  # «المحاصرين فيها منذ نحو أسبوعين»
        since_it_began = _SINCE_THE_FIGHTING.search(fold(text[max(offset, start - 30) : start]))
        if rule.words in (("الحرب",), ("للحرب",)) and not since_it_began:
            return None  # («الحرب» alone is no fighting told: only since its start)
        if rule.cls == "Battle" and (
            (rule.words[0] == "اندلاع" and rule.words[-1] != "بين") or since_it_began
        ):
            # «منذ اندلاع الحرب في نيسان/أبريل 2023», «منذ بدء المعارك»: the war's fighting,
            # in the country, going on from the time told after the words in their clause
            places = [m for m in mentions if m.kind == "place"]
            made.place, made.referred = _in_the_country(start, end, places, text, context)
            told = next(
                (t for t in times if t.start >= end and not re.search("[،.]", text[end : t.start])),
                None,
            )
            made.time, made.since, made.ongoing, made.lasted = told, told is not None, True, False
        return made
    actors = [m for m in mentions if m.kind == "actor"]
    # (not the country an envoy serves in: «السفير الأميركي في السودان»)
    places = [
        m
        for m in mentions
        if m.kind == "place"
        and not _AN_ENVOYS_POST.search(fold(text[max(0, m.start - 40) : m.start]))
    ]
    if (
        rule.target == "pronoun"
        and rule.words[-1].endswith("\u0647\u0627")
        and any(
            m.start >= end
            and fold(text[end : m.start]).split() in ([], *([w] for w in _PLACE_HEADS))
            for m in places
        )
    ):
        # «بعد يومين من استعادتها مطار طرابلس الدولي»: a place right after the verbal noun is
        # what it takes; its pronoun is then its doer, the sentence's subject
        rule = replace(rule, agent="subject", target="after")
    its_doer = False  # the words' pronoun is their doer, not their object
    if (
        rule.words == ("استعاد",)
        and re.fullmatch(r"[وف]?استعادت(?:\u0647|\u0647\u0627|\u0647م)", fold(text[start:end]))
        and re.search(r"(?<!\w)(?:من|بعد|اثر|عقب)\s*$", fold(text[max(offset, start - 6) : start]))
    ):
        # «بعد نحو ثلاثة أسابيع من استعادته كيلينوتشي»: after «من» the verbal noun, not the
        # verb (she retook it); its pronoun is its doer, the sentence's subject
        rule, its_doer = replace(rule, agent="subject", target="after"), True
    if (
        len(rule.words) == 1
        and rule.agent == "before"
        and fold(text[start:end])
        in (rule.words[0] + "\u0647\u0645", "و" + rule.words[0] + "\u0647\u0645")
        and re.search(r"(?<!\w)(?:من|بعد|اثر|عقب)\s*$", fold(text[max(offset, start - 6) : start]))
        and any(0 < m.start - end <= 2 for m in places)
    ):
        # «قتل مسلحون من X … القائم بالأعمال البلجيكي، بعد يوم من اقتحامهم السفارة»: the
        # verbal noun's «هم», a place right after it its object, is its doer, the sentence's
        # subject, not the actor named last (not «من صدهم», them repelled)
        rule = replace(rule, agent="subject")
    if rule.words == ("علي", "مشارف") and _FIGHTING_RIGHT_BEFORE.search(
        fold(text[max(offset, start - 30) : start])
    ):
        return None  # «بعد معارك استمرت أياما على مشارفها»: where the fighting was
    if rule.words == ("انزال", "في") and not any(
        m.start >= start and not fold(text[start : m.start]).split()[1:] for m in actors
    ):
        return None  # («إنزال X في …»: X right after the noun, not «إنزال جوي»: no doer told)
    if rule.words[0] == "فرار" and _CIVILIANS_FLED.match(fold(text[end : end + 40])):
        return None  # «بعد أيام من فرار آلاف من سكانها إلى تركيا»: civilians, no side's loss
    if (
        rule.cls == "MilitaryOperation"
        and rule.words[0] in ("نزل", "هبط")
        and _how_the_doer_came(text, start, context)
    ):
        return None  # («… عندما هاجمتهم وحدة كوماندوس إسرائيلية نزلت من البحر»: part of it)
    if rule.words[0] == "العاصمه" and any(
        0 <= m.start - end <= 2 for m in places if m.start >= end
    ):
        return None  # «العاصمة السياسية لساحل العاج»: a country's capital, not a group's
    if rule.words[0] in ("عبرت", "عبروا") and _ACROSS_FROM.match(fold(text[end : end + 60])):
        return None  # «عبرت الجمعة الحدود من هندوراس ودخلت …»: where to, the next verb tells
    if rule.words == ("خطف",) and _IN_AN_ATTACK.search(fold(text[end : end + 80])):
        return None  # «خطف مقاتلون من X جنديا في هجوم على دورية»: the attack's, told there
    if rule.words == ("قتل", "مسلحين") and not _gunmen_killed(text, start, end):
        return None  # «قتل أكثر من عشرة أشخاص … في هجوم بسيارة مفخخة ومسلحين»: not those killed
    if rule.words in _DAWN_OR_VERB and not _verb_with_its_subject(text, start, end, actors):
        return None  # «فجر الاثنين» (at dawn on Monday), not «فجر التنظيم» (blew up)
    if rule.words[-1] in _SIDES and not _subject_then_side(text, start, end, actors):
        # «تقدم الجيش في حي … في جنوب دمشق»: a side in a place's phrase, not where; «تقدم
        # المجموعات … التي تسيطر على شمال البلاد»: another clause's
        return None
    if rule.cls in ("AirStrike", "Shelling") and set(
        re.findall(r"\w+", fold(text[max(offset, start - 12) : start]))[-2:]
    ) & {"بدعم", "بغطاء", "دعم", "دعما", "بمسانده", "باسناد", "مسانده"}:
        # «بدعم من غارات التحالف», «تلقت دعما من غارات جوية أميركية»: the means of a
        # backing, told by the backing
        return None
    place = (
        next(
            (
                m
                for m in places
                if m.start >= end
                and not _object(text, m)
                # («انسحاب قوات حفتر منها، في أبرز تقدم … على العاصمة»: the place before,
                # not one past a comma)
                and not (
                    rule.target == "previous"
                    # (past a backing set off by commas: «صدت الأربعاء، بدعم من القوات
                    # الكوبية، هجوما … على بلدة كويتو كوانافالي»)
                    and "\u060c" in _BACKED_APART.sub(" ", fold(text[end : m.start]))
                    # («غارات على عدد من المطارات الإيرانية، بينها مطار مهرآباد»: one of them)
                    and not _AMONG_THEM.search(fold(text[max(0, m.start - 20) : m.start]))
                )
                # (nor one it was launched from: «هجوما على إسرائيل انطلاقا من قطاع غزة»)
                and not _came_from(text, m)
                # (nor where those it was for were held: «عملية … لتحرير الرهائن المحتجزين في
                # طهران، بعد … في صحراء إيران»)
                and not _HELD_THERE.search(fold(text[max(0, m.start - 20) : m.start]))
                # (nor, for a fight, a line its foe crossed: «تصدوا لقوات إسرائيلية عبرت نهر
                # الأردن … وهاجمت بلدة الكرامة»)
                and not (
                    rule.cls == "Battle"
                    and _CROSSED.search(fold(text[max(0, m.start - 8) : m.start]))
                )
            ),
            None,
        )
        if rule.target in ("after", "previous")
        else None
    )
    if rule.cls in ("Shelling", "AirStrike") and place is not None:
        # «أطلقه الحوثيون من اليمن باتجاه مطار الملك خالد»: fired from one place at another,
        # where it was aimed
        aimed = next(
            (
                m
                for m in places
                if m.start > place.end
                and re.search(r"(?:^|\s)من\s*$", fold(text[max(0, place.start - 5) : place.start]))
                and re.search(
                    r"(?:^|\s)(?:باتجاه|نحو)(?:\s+\S+)?\s*$", fold(text[m.start - 20 : m.start])
                )
                and not re.search(r"[،.]", text[place.end : m.start])
            ),
            None,
        )
        place = aimed or place
    if place is not None and place.broad:
        # «غاراتها في سوريا على معسكر … قرب مدينة دير الزور»: a place in that country named
        # further on in the clause says where
        place = next(
            (
                m
                for m in places
                if m.start > place.end
                and not m.broad
                and m.in_country is not None
                and m.in_country[0] == place.iri
                and m.start - place.end <= 80
                and not re.search(r"[،.]", _near_it(text[place.end : m.start]))
                and not _AND_TOOK.search(fold(text[place.end : m.start]))
                # (not the seat of a side backed: «بدأوا الانتشار في ليبيا لدعم حكومة الوفاق
                # الوطني في طرابلس»)
                and not _seat_of_a_side(text, m, actors)
            ),
            place,
        )
    if place is not None and place.broad and rule.cls == "Offensive":
        # «هجوم … على حافلة تقل لاعبي منتخب سريلانكا … في لاهور»: a country in what was
        # struck gives way to the place the clause says it was in
        place = _in_past_the_country(text, place, places) or place
    relative_subject: Mention | None = None
    relative = placed_after = False
    inside: Mention | None = next((m for m in places if start < m.start and m.end <= end), None)
    if rule.words[-1] == "بين" and inside is not None:
        place = inside  # «معارك … في الخرطوم بين X وY»: where the words say, not a place after
    if (
        (
            rule.target in ("after", "previous")
            and inside is None
            and not its_doer
            # (nor a deed's pronoun, the deed's noun the words open with: «مجزرة ارتكبها»)
            and rule.words[0] != "مجزره"
            # (nor what was hijacked: «كان مسلحون قد خطفوها»: the airliner, no place)
            and rule.words[0] not in _HIJACKED
            and _pronoun_object(text, end, rule)
            # (not a verbal noun with its object named right after it: «بعد أيام من
            # استعادته القصر الجمهوري»: its pronoun is the doer)
            and not (place is not None and not text[end : place.start].strip())
            # (nor «هم», people, with where right after: «أطلق … النار عليهم في الحرم
            # الإبراهيمي»)
            and not (
                place is not None
                and fold(text[end - 2 : end]) == "\u0647\u0645"
                and fold(text[end : place.start]).split() == ["في"]
            )
            # (nor fire opened on one with where told after: «أصيبت الناشطة … ملالا يوسفزاي
            # … عندما أطلق مسلح النار عليها في حافلة مدرسية في مدينة مينغورا», the girl)
            and not ("النار" in rule.words and place is not None)
        )
        or (rule.target == "pronoun" and rule.words[-1].endswith("\u0647\u0627"))
        or (  # «آخر المناطق التي لا تزال بيد التنظيم»
            rule.target == "pronoun"
            and re.findall(r"\w+", fold(text[max(offset, start - 10) : start]))[-1:]
            in (["التي"], ["الذي"])
        )
        # «آخر بلدة كبيرة كانت في يد التنظيم»: a relative clause with no «التي», after an
        # indefinite noun, opened by «كان»
        or (rule.target == "pronoun" and rule.words[0] == "كان")
    ):
        # «يسيطر عليها»: the place is one named before, never one after
        verb = start + len(text[start:end].split()[0]) if rule.words[0] == "كان" else start
        relative, antecedent = _relative_antecedent(text, verb, offset, places, context)
        if relative and antecedent is None and rule.cls == "OffensiveLaunch":
            # «عملية «درع الفرات» التي أطلقتها أنقرة في شمال سوريا»: the pronoun is the
            # operation; the launch is where the words after it say
            if not _OPERATION_BEFORE.search(fold(text[max(offset, start - 40) : start])):
                return None
            relative, placed_after = False, True
        elif (
            relative
            and antecedent is None
            and rule.cls in ("Offensive", "MilitaryOperation")
            and _doers_named_right_after(text, end, actors)
        ):
            # «قطار «جعفر إكسبرس» الذي هاجمه الثلاثاء مسلحون من X في إقليم Y»: what the
            # pronoun stands for is no place; the clause tells who attacked it (its doer, the
            # first actor after the words), and where
            relative, placed_after = False, True
        elif relative and antecedent is None:
            # «تحت سيطرة القوات التركية، التي دخلتها الأحد»: a clause about an actor, who
            # acts; its pronoun is the place named before («المواقع التي أخلتها ميليشيا X»:
            # a subject right after a verb of leaving leaves; «الأراضي التي سيطر عليها X» is
            # a description)
            right_after = next(  # (its men named: «التي أخلاها مسلحو التنظيم»)
                (
                    m
                    for m in actors
                    if 0 <= m.start - end <= 12
                    and fold(text[end : m.start]).split() in ([], ["مسلحو"], ["مقاتلو"])
                ),
                None,
            )
            relative_subject = (
                right_after if rule.cls == "TerritorialLoss" else None
            ) or _actor_before_relative(text, start, offset, actors)
            if relative_subject is None:
                return None  # «المناطق التي سيطر عليها»: a description, not a fact
            relative = False
        if not placed_after:  # (an operation's launch, a thing attacked: where the words say)
            before = _not_where_it_went([m for m in places if m.end <= start and not m.broad], text)
            # («كانوا يتحصنون فيه» after «المعبد الذهبي في مدينة أمريتسار»: «فيه», masculine,
            # is the temple, not the city)
            last = fold(text[start:end]).split()[-1]
            pronoun = last if last in _PRONOUNS else _pronoun_after(text, end)
            before = _of_the_pronouns_gender(before, pronoun, text) or before
            before = _the_archipelago(places, start, text) or before
            place = antecedent or (_head_of_chain(before, text) if before else context.place)
            if antecedent is None:
                # «على مجمع يتحصن فيه أنصار X في بلدة عبرا»: a site no name is given for,
                # in the place named right past those who hold out in it
                place = _past_its_holder(text, end, actors, places) or place
        if relative:  # «آخر بلدة كان يسيطر عليها تنظيم الدولة»: its subject comes after,
            # not past a comma; or between the pronoun and the verb («التي لا يزال تنظيم
            # الدولة الإسلامية يسيطر عليها»)
            relative_subject = next(
                (
                    m
                    for m in reversed(actors)
                    if m.end <= start
                    and re.search(
                        r"(?<!\w)(?:التي|الذي)(?!\w)",
                        fold(text[max(offset, m.start - 25) : m.start]),
                    )
                    and not re.search(r"[،.]", text[m.end : start])
                ),
                None,
            ) or next(
                (
                    m
                    for m in actors
                    if m.start >= end
                    and len(text[end : m.start].split()) <= 1
                    and "\u060c" not in text[end : m.start]
                ),
                None,
            )
    about_an_actor = False  # a relative clause about an actor: its time is its own
    those_who = _WHO_WAS.search(fold(text[max(offset, start - 30) : start]))
    if relative_subject is None and (
        rule.agent == "before"
        or rule.cls in ("claim", "announcement")
        # («المسلحين الذين كانوا يتحصنون فيه»: «الذين» stands for people, the clause's
        # subject, whatever the words' own role)
        or (those_who is not None and those_who.group("who") == "الذين")
        # («مع القوات الحكومية، التي انسحبت نحو جيسيني»: a verb of going takes no object,
        # its doer is whom «التي» stands for)
        or (those_who is not None and rule.cls in ("Withdrawal", "Flight"))
    ):
        # «مع تنظيم الدولة الإسلامية الذي كان يسيطر على المدينة»: the clause's subject is
        # the actor it is about
        relative_subject = _actor_right_before_relative(text, start, offset, actors)
        about_an_actor = relative_subject is not None
    elif (
        relative_subject is None
        and those_who is not None
        and not _doers_named_right_after(text, end, actors)
    ):
        # «مع القوات الفيتنامية الشمالية التي دخلت المدينة إثر الانسحاب»: no doer named
        # after the words, «التي» stands for it (the time the sentence's still; not looked
        # for again where the branch above found none)
        relative_subject = _actor_right_before_relative(text, start, offset, actors)
    # (the doer right after the words: «طوقت قوات الأمن السعودية المسجد», the place past it,
    # or past its arms or men: «حاصرت دبابات الجيش التشيلي القصر»)
    doer_end = next(
        (
            m.end
            for m in actors
            if 0 <= m.start - end <= 2
            or (m.start > end and _ARMS_OF.fullmatch(fold(text[end : m.start])))
        ),
        end,
    )
    # (the places actors are named for: «قوات ولاية حيدر آباد … في الولاية»)
    in_names = [m.named_place for m in actors if m.named_place is not None]
    place, referred = _resolved_place(
        rule, start, end, offset, place, places, inside, text, context, doer_end, in_names
    )
    during_pull_out = _DURING_THE_PULL_OUT.search(fold(_in_sentence(text, start, end + 60)))
    if place is None and during_pull_out:
        # «وأسقطت القوات المهاجمة خلال الإخلاء طائرة …»: where the evacuation told before was
        # (and on its day, below)
        place, referred = context.place, True
    if rule.cls == "ControlPeriod" and _LAST_TOWN_HELD.search(
        fold(text[max(offset, start - 30) : start])
    ):
        # «مدينة ليسيتشانسك، آخر مدينة كبرى كانت لا تزال في أيدي X في منطقة Y»: the town the
        # apposition is of, not where it lies
        towns = _cities([m for m in places if m.end <= start])
        if towns and (place is None or place.iri != towns[-1].iri):
            place, referred = towns[-1], True
    # «في إطار هجوم واسع أطلقته الحكومة»: the campaign a fact is part of, not the town
    campaign = (
        rule.cls in ("OffensiveLaunch", "Offensive")
        and (
            _WITHIN_FRAME.search(fold(text[max(offset, start - 30) : start]))
            # («في إطار الهجوم المضاد الذي بدأته …»: the words are the campaign's own)
            or (
                _FRAME_BEFORE.search(fold(text[max(offset, start - 12) : start]))
                and _A_CAMPAIGN.match(fold(text[start : end + 12]))
                # (not one told where: «… تشنه منذ أيام … في المنطقة», the area named before)
                and not _IN_THE_AREA.search(fold(re.split(r"[،.]", text[end:])[0]))
            )
        )
    )
    # «عملية «العاصفة» التي أطلقتها الجمعة لاستعادة المناطق التي يسيطر عليها X»: areas not
    # named one by one, in the country
    campaign = campaign or (
        rule.cls in ("OffensiveLaunch", "Offensive")
        and _AREAS_TO_RETAKE.search(fold(re.split(r"[،.]", text[end:])[0])) is not None
        and not any(m.start >= end and "\u060c" not in text[end : m.start] for m in places)
    )
    # («في أكبر تقدم لها منذ استئناف المعارك مع X»: the war's fighting, in the country)
    war = rule.cls == "Battle" and _SINCE_THE_FIGHTING.search(
        fold(text[max(offset, start - 20) : start])
    )
    # «على المناطق الخاضعة لسيطرة X»: areas not named one by one, part of the country
    areas = (
        rule.cls == "ControlPeriod"
        and (
            _AREAS_BEFORE.search(fold(text[max(offset, start - 12) : start]))
            # («يسيطرون على معظم شمال البلاد»: part of the country, by no place's name)
            or _OF_THE_COUNTRY.match(fold(text[end : end + 40]))
        )
    )
    if (rule.target == "country" and place is None) or campaign or war or areas:
        place, referred = _in_the_country(start, end, places, text, context, bool(campaign))
    if rule.target == "event" and place is None and _IN_THE_CITY.match(fold(text[end : end + 40])):
        # «بعد أشهر من الاشتباكات في المدينة»: in the city named before, not the site in it
        # the sentence's taking or hold is of
        cities = _cities([m for m in places if m.end <= start])
        place, referred = (cities[-1], True) if cities else (None, False)
    if rule.target == "event" and place is None and rule.words[-1] in ("مع", "ضد"):
        # «في ثالث أسابيع المعارك مع القوات الأرمينية في إقليم ناغورني قره باغ»: where the
        # words say right after the side fought, not where the sentence's capture is
        side = next((m for m in actors if 0 <= m.start - end <= 2), None)
        place = next(
            (
                m
                for m in places
                if side is not None
                and m.start >= side.end
                and _RIGHT_IN.fullmatch(fold(text[side.end : m.start]))
            ),
            None,
        )
        # («في معارك في مقديشو مع مسلحين …»: where the words say between their own)
        first = start + len(text[start:end].split(maxsplit=1)[0])
        place = place or next(
            (
                m
                for m in places
                if first <= m.start
                and m.end <= end
                and _RIGHT_IN.fullmatch(fold(text[first : m.start]))
            ),
            None,
        )
    if rule.target == "event" and place is None and rule.words[-1] not in ("مع", "ضد"):
        # «بعد أكثر من أسبوع من المواجهات مع مقاتلي جيش التحرير … في محيط المدينة»: where
        # the words say past the side fought (its men), not where the sentence's fact is
        place, referred = _past_the_side_fought(text, end, actors, places, context)
    if rule.target == "event" and place is None and rule.agent == "after":
        # «في هجمات شنها مسلحون … على دورياتهم في جنوب العاصمة»: where the words say past
        # their doer, named right after them, and whom it struck
        place = _past_its_doer(text, end, actors, places)
    also: Mention | None = None
    if place is None and (
        (
            rule.target in ("after", "previous")
            and (
                _THE_TWO.match(fold(text[end : end + 30]))
                or (rule.target == "previous" and _FROM_THEM.match(fold(text[end : end + 60])))
            )
        )
        or (rule.target == "pronoun" and rule.words[0].endswith("\u0647\u0645\u0627"))
    ):
        # «سيطروا على البلدتين», «انسحاب … منهما», «سقوطهما في أيدي»: the last two places
        # named, not a country, a river or a province they lie in
        named: list[Mention] = []
        for m in reversed([*context.places, *[m for m in places if m.end <= start]]):
            province = m.in_province is not None and m.in_province[0] == m.iri
            if (
                not m.broad
                and not province
                and not _landmark(text, m)
                and all(m.iri != n.iri for n in named)
            ):
                named.append(m)
        if len(named) >= 2:
            place, also, referred = named[1], named[0], True
    # «من طرد قوات النظام له منها»: a verbal noun, its doer after it, its object a pronoun
    doer = next(  # (not past a comma: «يسيطر عليها، جهاز مكافحة الإرهاب» begins another)
        (
            m
            for m in actors
            if (0 <= m.start - end <= 2 and "\u060c" not in text[end : m.start])
            # (or past its men: «بعد أيام من دخول متمردي نمور التاميل إليها»)
            or (
                0 <= m.start - end <= 12
                and fold(text[end : m.start]).split() in ([w] for w in _MEN_OF)
            )
            # (or past «جوية»: «في غارة جوية إسرائيلية استهدفت سيارته»)
            or (
                rule.cls == "AirStrike"
                and 0 <= m.start - end <= 8
                and fold(text[end : m.start]).split() == ["جويه"]
            )
        ),
        None,
    )
    verbal_noun = (
        doer is not None
        and rule.agent == "before"
        and rule.opponent == "after"
        and re.findall(r"\w+", fold(text[doer.end : doer.end + 8]))[:1]
        in (["له"], ["لها"], ["لهم"])
    )
    if verbal_noun and doer is not None and place is None:
        place = _where_it_refers(text, start, doer.end, offset, places, context)
        referred = place is not None
    # «بعد نحو شهر من استعادة قواته الجانب الشرقي»: a verbal noun whose object is not an
    # actor, its doer right after it
    possessive = doer is not None and rule.agent == "before" and rule.opponent == "none"
    if (
        possessive
        and doer is not None
        and place is None
        and _INTO_IT.match(text[doer.end : doer.end + 12])
    ):
        # «بعد أيام من دخول متمردي نمور التاميل إليها»: into the place named last before
        before = [m for m in places if m.end <= start and not m.broad]
        place, referred = (before[-1] if before else context.place), True
    found = _agent_of(
        rule,
        start,
        end,
        offset,
        # («بعد هجوم واسع شنوه» after «قاعدة الجيش السريلانكي في موليتيفو»: not an actor
        # named inside a place's name)
        [m for m in actors if not _in_a_place_name(m, places)]
        if rule.agent == "before"
        else actors,
        place,
        doer if verbal_noun or possessive else relative_subject,
        text,
        context,
    )
    fired = rule.cls == "Shelling" and rule.words[0] == "اطلق"  # «أطلقت … صواريخ»
    if found is None and fired:
        # «طائرتين حربيتين إسرائيليتين أطلقتا صواريخ»: aircraft named right before the verb
        found = _Agent(
            next(
                (
                    m
                    for m in actors
                    if m.end <= start and not text[m.end : start].strip() and _of_aircraft(text, m)
                ),
                None,
            )
        )
    if found is None:
        return None
    agent, agent_referred = found.mention, found.referred
    group_referred, group_word = found.group, found.group_word
    if agent is not None and agent.person_iri and _WHO_HE.match(text[agent.end : start]):
        # «القوات الموالية للرئيس جواو برناردو فييرا، الذي لجأ إلى …»: «الذي» (he who) is
        # the person, not the forces loyal to him (nor those named after him: «قوات حاكمها
        # إسماعيل خان الذي لجأ إلى إيران»)
        him = agent.loyal_to or agent.led_by
        agent = Mention(
            agent.end - len(him),
            agent.end,
            him,
            agent.person_iri,
            "actor",
            False,
            person=True,
        )
    # («اتهمت إيران الطائرات العراقية بقصف …»: shelling by aircraft is an air strike)
    by_aircraft = (
        (fired or rule.cls == "Shelling") and agent is not None and _of_aircraft(text, agent)
    )
    # (the pronoun of «مناطق يسيطر عليها الحوثيون» stands for those areas, in the country,
    # not a place named before them)
    if (rule.target == "pronoun" and not relative and also is None and not areas) or (
        place is None and rule.target == "previous"
    ):
        # «آخر مدينة», «كانت المدينة», «المدينة الساحلية الخاضعة لسيطرة»: the city named before
        if {"مدينه", "المدينه", "البلده"} & set(rule.words) or _THE_CITY_BEFORE.search(
            fold(text[max(offset, start - 30) : start])
        ):
            before = _cities([m for m in places if m.end <= start])
            place = before[-1] if before else context.city
        elif _timeless(rule.words, rule.cls):  # «بلدة الشدادي في محافظة الحسكة، أحد أبرز معاقل»
            before = [m for m in places if m.end <= start and not m.broad]
            place = _head_of_chain(before, text) if before else context.place
            if (
                before
                and _landmark(text, before[-1])
                and text[before[-1].end : start].strip() == "،"
            ):
                # «مستودع للذخيرة قرب بالي، معقل صرب البوسنة»: the place near which, the
                # stronghold the words tell it is (not the place before it)
                place = before[-1]
        else:  # (not a landmark: «مدينة بيجي شمال بغداد، … عليها» is Baiji; a seat's
            # city, not its province: «مدينة الرمادي، كبرى مدن محافظة الأنبار، … تطويقها»)
            # the head of a chain: «مدينة خان شيخون في ريف إدلب … منها» is the town
            before = [
                m
                for m in places
                if m.end <= start
                and not m.broad
                and not _landmark(text, m)
                and not _where_the_speaker_is(text, m)
                # (not the land across a border: «بلدة تاوانغ قرب الحدود مع التبت»)
                and not _BORDER_WITH.search(fold(text[max(0, m.start - 24) : m.start]))
                # (nor a backed side's seat: «لدعم حكومة الوفاق الوطني في طرابلس في مواجهة …»)
                and not _seat_of_a_side(text, m, actors)
                # (nor where they came from: «اخترقت … الأجواء السورية من جهة البحر المتوسط»)
                and not _came_from(text, m)
            ]
            # («عليه» a masculine place: the airport, not the province after it; «المتحصنين
            # فيه» after the words: the works, not the city)
            pronoun = (
                rule.words[-1]
                if rule.words[-1] in _PRONOUNS and not _confronted(rule)
                else _pronoun_after(text, end)
            )
            before = _of_the_pronouns_gender(before, pronoun, text) or before
            # (none named but a country, in the sentence, and no pronoun of a place in the
            # words: that country, «الأجواء السورية … بعد أن تصدت لها الدفاعات الجوية»)
            countries = (
                []
                if pronoun
                else [m for m in places if offset <= m.start and m.end <= start and m.broad]
            )
            place = (
                _head_of_chain(before, text)
                if before
                else countries[-1]
                if countries
                else context.place
            )
            fell = [m for m in before if m.start >= offset]
            if fell and _UNDER.search(fold(text[max(offset, start - 8) : start])):
                # «انهار الجسر القديم في مدينة موستار، …، الثلاثاء تحت قصف …»: what fell
                # under the shelling, the sentence's subject, first of its places
                place = fell[0]
        referred = True
    if (
        rule.words[0] == "معقل"
        and place is not None
        and place.in_city is not None
        and fold(place.text).split()[:1] in (["مطار"], ["قاعده"])
    ):
        # «مطار كيدال …، آخر معقل كبير للمجموعات»: a group's stronghold is the town the
        # airport or base named lies in, not the site (a district may be one: «المدينة
        # القديمة في غرب الموصل، آخر معقل»)
        place, referred = _cities([place])[0], True
    if place is not None and place.said:  # «الجانب الغربي من المدينة»: the city said before
        referred = True
    if rule.words in (("قبل", "ان", "تنسحب"), ("انسحب", "بعد")) and referred:
        # «هاجمت … موقعا … في الجزيرة الخضراء في خليج السويس، ودمرت منشآته قبل أن تنسحب»:
        # out of where the attack drafted last from the sentence was, not the last place named
        # (or the fight: «اشتبكت قوة … قرب بلدة أوسان جنوب سيول، وانسحبت بعد ساعات من القتال»)
        attack = next((p for p in reversed(context.here) if p.cls in (*_ATTACKS, "Battle")), None)
        if attack is not None and attack.place is not None:
            place, referred = attack.place, True
    opponent: Mention | None
    besieger = _besieger_joined_by_and(rule, start, end, agent, text, context)
    if besieger is not None:
        # «شنت القوات الصينية … هجوما …، وطوقت وحدات أميركية في المنطقة»: the actor right
        # after the verb is what it encircled, the doer of the fact told before the besieger
        agent, agent_referred, opponent = besieger, True, agent
    elif (around := _besieged_before_it(rule, start, offset, actors, text)) is not None:
        (agent, opponent), agent_referred = around, False
    else:
        opponent = _opponent(rule, actors, agent, start, end, text, context)
    if opponent is None and rule.cls == "Offensive" and agent is not None:
        opponent = _done_to_in_it(actors, agent, start, text)
    repelled = [p for p in _offensives_before(context, start) if p.agent is not None]
    if (
        opponent is None
        and rule.cls == "Battle"
        and repelled
        and _THE_ATTACK.match(fold(text[end : end + 12]))
    ):
        # «… إن قواته صدت الهجوم»: the attack told before, its doer the side repelled
        opponent = repelled[-1].agent
    if opponent is None and rule.words[-1] == "المهاجمين" and repelled:
        # «… قبل أن تقتل قوات الأمن المهاجمين», «تخوض معارك عنيفة مع المهاجمين»: the doers of
        # the attack told before
        opponent = repelled[-1].agent
    held = rule.words == ("تقتحم",) and bool(context.here)
    if held:
        # «هجوم شنه مسلحون … على مقهى …، قبل أن تقتحم وحدات من الجيش البنغلادشي المقهى»:
        # the place stormed is held by the doers of the fact told before in the sentence
        # (its words may run past these, to the one who claims it: not quoted)
        opponent = context.here[-1].agent
    if rule.words[0] == "تعرض":
        # «وكانت قافلة للجيش السوداني … قد تعرضت … لهجوم», «تعرضت دورية لقوات … لهجوم»: the
        # side attacked, the subject (after the verb, or before it)
        opponent = next(
            (m for m in actors if start < m.start and m.end <= end),
            None,
        ) or _subject_before(actors, start, text, offset)
    if (
        opponent is None
        and rule.cls in ("Offensive", "Shelling")
        and len(rule.words) == 1
        and agent is not None
        and agent.end <= start
    ):
        # «نزلت قوات إريترية … وهاجمت الحامية اليمنية فيها»: the verb's subject told before
        # it, the actor right after it is its object, the side attacked
        opponent = next(
            (
                m
                for m in actors
                if m.iri != agent.iri and m.start >= end and _object_right_after(text, end, m)
            ),
            None,
        )
    if opponent is None and rule.cls in _ATTACKS and agent is not None:
        # «نفذت قوات خاصة أميركية … عملية في بلدة براوة … استهدفت قياديا في حركة الشباب»:
        # aimed at one of a side's, named after the words; so strikes told again, by the
        # article («… في غارات إسرائيلية على مخيم جباليا، فيما أعلن الجيش أن الغارات
        # استهدفت قياديا في حركة حماس»)
        opponent = next(
            (
                m
                for m in actors
                if m.start >= end
                and m.iri != agent.iri
                and (
                    _AIMED_AT_ONE_OF.search(fold(text[end : m.start]))
                    or (
                        rule.cls == "AirStrike"
                        and _STRIKES_AIMED_AT.search(fold(text[end : m.start]))
                    )
                )
            ),
            None,
        )
    if (opponent is None or opponent.person) and rule.cls in _ATTACKS:
        # «فجر مظليون فرنسيون … مخبأ … كان يتحصن فيه علي لابوانت، أحد قادة جبهة التحرير
        # الوطني الجزائرية، فقتل …»: the side a person named after the words leads, told in an
        # aside, where the sentence says he was killed
        opponent = (
            next(
                (
                    m
                    for m in actors
                    if m.start >= end
                    and not m.person
                    and any(
                        p.person
                        and p.end <= m.start
                        and _ONE_OF_ITS_LEADERS.fullmatch(fold(text[p.end : m.start]))
                        for p in actors
                    )
                    and _THEN_KILLED.match(fold(text[m.end : m.end + 60]))
                ),
                None,
            )
            or opponent
        )
    if (opponent is None or opponent.person) and rule.cls in _ATTACKS:
        # «أعلن الجيش الإسرائيلي أنه قتل القيادي في حركة فتح … في ضربة بطائرة مسيرة»: the
        # side whose member the strike killed (not the person: «قتلت زعيم تنظيم القاعدة
        # أسامة بن لادن في هجوم على مجمع …»)
        opponent = _side_killed_before(actors, offset, start, text, _KILLED_ONE_OF) or opponent
    if rule.cls in _ATTACKS:
        # «اغتيل الرئيس المصري أنور السادات الثلاثاء عندما فتح عسكريون النار على …»: the
        # person the sentence says was assassinated, the one the deed after «عندما» is done to
        # (not one named in a clause after it: «… النار عليها في …، وأعلنت الحكومة X وفاتها»)
        opponent = _assassinated_when(actors, offset, start, text) or opponent
    if opponent is None and rule.cls in _ATTACKS:
        # «قتل المندوب السامي البريطاني … السير هنري غورني السبت في كمين نصبه …»: the side of
        # the person the sentence opens by saying was killed, in the deed told after «في»
        opponent = _killed_in_it(actors, offset, start, text)
    if opponent is None and rule.cls in _ATTACKS:
        # «هاجمت وحدات من الجيش قصر الرحاب حيث قتل الملك فيصل الثاني»: the person the
        # sentence says was killed where the attack was, in its clause
        opponent = _killed_where(actors, end, text)
    if opponent is None and rule.cls in _ATTACKS:
        # «هجوم شنه فلسطينيون على طائرة إسرائيلية في أثينا»: the state whose aircraft the
        # attack was on, by its adjective right after the word
        opponent = next(
            (
                m
                for m in actors
                if m.metonym
                and 0 <= m.start - end <= 80
                and _ON_AN_AIRCRAFT_OF.search(fold(text[max(0, m.start - 20) : m.start]))
            ),
            None,
        )
    if opponent is None and rule.cls in _ATTACKS and rule.words[0] == "قتل":
        # «قتل مسلحون من X الجمعة السفير الأميركي …»: the state the envoy killed serves, named
        # by its adjective right after his title, past the doer (and a day)
        past = agent.end if agent is not None and agent.start >= end else end
        opponent = next(
            (
                m
                for m in actors
                if m.start > past and _AN_ENVOY.fullmatch(fold(text[past : m.start]))
            ),
            None,
        )
    if (
        opponent is None
        and (
            # «إن الشرطة قتلت عشرات من مقاتلي جيش تحرير كوسوفو خلال عملية»: the side whose men
            # the deed done in the operation killed
            rule.words == ("خلال", "عمليه")
            # «قتل جنود بريطانيون الثلاثاء في انفجار سيارة مفخخة …»: the side whose soldiers the
            # sentence opens by saying were killed in it; none named in the words' clause, nor
            # what it struck («… في تفجير شاحنة مفخخة استهدف مقر مشاة البحرية الأميركية», whose
            # the target is)
            or (
                rule.cls in _ATTACKS
                and not any(
                    m.start >= start and not re.search("[،.]", text[start : m.start])
                    for m in actors
                )
                and "استهدف" not in fold(re.split("[،.]", text[start:])[0])
            )
        )
    ):
        opponent = _side_killed_before(actors, offset, start, text, _KILLED)
    if opponent is None and rule.cls in _ATTACKS:
        # «هاجمت … جزيرة شدوان …، وأسرت عشرات الجنود المصريين»: the side of the men the
        # attackers went on to capture, told right after in the sentence
        opponent = _captured_after(actors, end, text)
    opponent_referred = held  # (read from a pronoun, or the attack told before: not quoted)
    if opponent is None and _confronted(rule):
        # «قصف مقاتلو جبهة البوليساريو … نواكشوط، قبل أن تتصدى لهم القوات الموريتانية»:
        # «هم», those named last before the words, are the side confronted (so is the
        # aircraft «لها» stands for: «بعد أن تصدت لها الدفاعات الجوية»)
        opponent = _named_last_before(actors, offset, start)
        opponent_referred = opponent is not None
    if (
        rule.words[0] == "تصد"
        and agent is not None
        and agent.start >= end
        and text[agent.start - 1] == "\u0644"
        and not text[end : agent.start - 1].strip()
    ):
        # «أن قواته … تصدوا لقوات إسرائيلية»: the side after «ل» is the one stood against;
        # the subject told before the verb stands against it
        stood_by = _subject_of_that(actors, start, text, offset) or _subject_before(
            [m for m in actors if m.end <= start], start, text, offset
        )
        if stood_by is not None:
            agent, opponent = stood_by, agent
    if opponent is None and rule.cls in ("OffensiveLaunch", "Offensive"):
        opponent = _driven_out(text, end, actors, context)
    if verbal_noun:  # «له»: the one the sentence is about, named before the words
        subject = [m for m in actors if m.end <= start and not _object_of_support(text, m)]
        opponent = subject[0] if subject else context.group
    if rule.cls == "Battle" and agent and opponent and agent.iri == opponent.iri:
        # «بلدة غوزا، التي كانت جماعة بوكو حرام قد أعلنتها …، بعد معارك مع مسلحي الجماعة»:
        # not one side fighting itself; the sentence's subject fights it
        agent = _subject_before([m for m in actors if m.iri != opponent.iri], start, text)
    whom = _relative_object(rule, start, offset, actors, text)
    if whom is not None and rule.cls != "ControlPeriod":
        # «الحامية الفرنسية التي حاصرتها منذ …»: «التي» is the verb's object (the pronoun
        # it ends with), no doer after it: the doer is the sentence's subject
        sentence_subject = _subject_before(
            [m for m in actors if m.iri != whom.iri], start, text, offset
        )
        if sentence_subject is not None:
            agent, opponent, agent_referred = sentence_subject, whom, True
    if (
        opponent is None
        and rule.cls == "Battle"
        and (
            _WITH_THEM & set(rule.words)
            or (rule.words[-1] == "مع" and fold(text[start:end]).split()[-1] in _WITH_THEM)
        )
    ):
        # «قوة إسرائيلية هاجمت …، وإن القوات الأردنية خاضت معها معارك»: «معها» (with it),
        # the last other side named before the one that fights (before the words, where
        # that one is read from before: «هاجم مقاتلون من X … مواقع للقوات Y …، واشتبكوا
        # معها»)
        named_here = agent is not None and agent.end <= start and not agent_referred
        fought = [
            m
            for m in actors
            if m.end <= (agent.start if agent is not None and named_here else start)
            and (agent is None or m.iri != agent.iri)
            and not m.person
        ]
        opponent = fought[-1] if fought else None
    if opponent is None and rule.cls == "Battle" and rule.words == ("صد",):
        # «صدت هجوما مدرعا شنته القوات الباكستانية»: those whose attack was repelled
        opponent = next(
            (
                m
                for m in actors
                if 0 <= m.start - end <= 60
                and _AN_ATTACK_WAGED_BY.fullmatch(fold(text[end : m.start]))
            ),
            None,
        )
    others = _coordinated_opponents(opponent, rule, actors, start, end, text)
    if opponent is None and rule.cls in CAPTURES and place is not None:
        opponent = _taken_from(actors, place, agent, text)
    if opponent is None and rule.cls in CAPTURES:
        # «سيطر … على مدينة الضالع … بعد طرد المتمردين الحوثيين منها»: taken from those driven
        # out of it
        opponent = _driven_out_of_it(text, end, actors)
    if opponent is None and rule.cls in CAPTURES:
        # «سيطرت قوات إسرائيلية … على قرية أم الرشراش، بعد انسحاب قوة من الفيلق العربي
        # منها»: taken from those who pulled out of it
        opponent = _pulled_out_of_it(text, end, actors)
    if opponent is None and rule.cls in CAPTURES:
        # «سيطروا على آخر مواقع تنظيم القاعدة في منطقة تورا بورا»: whose positions are taken
        opponent = next(
            (
                m
                for m in actors
                if 0 <= m.start - end <= 40
                and m is not agent
                and _POSITIONS_TAKEN.search(fold(text[end : m.start]))
            ),
            None,
        )
    if opponent is None and rule.cls in _ATTACKS:
        # «فجر انتحاريان زورقا … إلى جانب المدمرة الأميركية», «في هجوم على دورية إسرائيلية»:
        # the state whose warship or patrol is struck, by its adjective (or whose aircraft
        # is, among the words: «طائرة ركاب روسية تحطمت», or after them, a bomb on board:
        # «انفجار قنبلة على متن طائرة ركاب أميركية»; or whose headquarters it aimed at:
        # «تفجير انتحاري بسيارة مفخخة استهدف مقر الأمم المتحدة»)
        opponent = next(
            (
                m
                for m in actors
                if m is not agent
                and (
                    (
                        0 <= m.start - end <= 80
                        and _SHIP_OR_PATROL.search(fold(text[max(0, m.start - 24) : m.start]))
                    )
                    or (
                        start <= m.start < end
                        and _AN_AIRCRAFT_OF.search(fold(text[max(0, m.start - 16) : m.start]))
                    )
                    or (
                        0 <= m.start - end <= 80
                        and _ON_BOARD_AN_AIRCRAFT_OF.search(
                            fold(text[max(0, m.start - 28) : m.start])
                        )
                    )
                    or (
                        0 <= m.start - end <= 80
                        and _HEADQUARTERS_AIMED_AT.search(
                            fold(text[max(0, m.start - 16) : m.start])
                        )
                    )
                    # (or whose seat the place was: «تفجير دمر جناحا من فندق الملك داود في
                    # القدس، حيث مقر سلطات الانتداب البريطاني»)
                    or (
                        start <= m.start
                        and m.start - start <= 200
                        and _WHERE_THE_SEAT_OF.search(fold(text[max(0, m.start - 40) : m.start]))
                    )
                    # (or whose aircraft a verb joined by «و» says it destroyed: «هاجمت …
                    # قاعدة معطن السارة الجوية … ودمرت طائرات حربية ليبية فيها»)
                    or (
                        0 <= m.start - end <= 80
                        and _AND_DESTROYED_AIRCRAFT.match(fold(text[end : m.start]))
                    )
                )
            ),
            None,
        )
    if opponent is None and rule.cls in _ATTACKS:
        # «اقتحمت قوات إسرائيلية مدرسة … كان ثلاثة مسلحين من الجبهة الديموقراطية لتحرير
        # فلسطين يحتجزون فيها عشرات الطلاب»: those holding the place stormed
        opponent = next(
            (
                m
                for m in actors
                if 0 <= m.start - end <= 120
                and m is not agent
                and _HOLDING_IN_IT.match(fold(text[m.end : m.end + 24]))
            ),
            None,
        )
    convoy = _CONVOY.match(fold(text[end : end + 16])) if rule.cls in _ATTACKS else None
    if opponent is None and convoy is not None:
        # «انفجار ضخم استهدف موكبه»: aimed at the convoy of the person named last before, in
        # the sentence; «استهدف موكب X»: of X
        opponent = (
            next(
                (m for m in reversed(actors) if m.person and offset <= m.start and m.end <= start),
                None,
            )
            if convoy.group("his")
            else next((m for m in actors if m.person and 0 <= m.start - end <= 12), None)
        )
        opponent_referred = opponent is not None and bool(convoy.group("his"))
    opens = _clause_start(text, offset, start)  # (where the words' clause opens)
    if opponent is None and rule.cls in ("AirStrike", "Shelling", "Offensive", "OffensiveLaunch"):
        # «غارات على مواقع لتنظيم الدولة الإسلامية», «هجوم … على مواقع التنظيم»: whose
        # positions are struck; «غارات على قوات موالية للنظام»: who is (past the doer named
        # after the words and those joined to it: «غارات شنتها مروحيات فرنسية وأخرى تابعة
        # للأمم المتحدة على مواقع …»)
        # (not a doer named further on, past the target: «… على مراكز للشرطة والجيش الفرنسي
        # …، فيما وزعت جبهة التحرير بيانا أعلنت فيه مسؤوليتها»)
        past = end
        if (
            agent is not None
            and agent.start >= end
            and "علي" not in fold(text[end : agent.start]).split()
            and "\u060c" not in text[end : agent.start]  # (not one claiming it, past a comma)
        ):
            past = max(m.end for m in (agent, *_allies(agent, actors, text)))
        opponent = next(
            (
                m
                for m in actors
                if 0 <= m.start - past <= 40
                and m is not agent
                and (
                    _POSITIONS_OF.search(fold(text[past : m.start]))
                    # (or a post of it: «هجوم شنه … على موقع للجيش في …»)
                    or _A_POST_OF.search(fold(text[past : m.start]))
                    # («مواقع لمقاتلي الحزب …»: past a word for its men)
                    or _POSITIONS_OF_MEN.search(fold(text[past : m.start]))
                    # (or its headquarters: «غارة … على مقر قيادة منظمة التحرير الفلسطينية»)
                    or _HEADQUARTERS_STRUCK.search(fold(text[past : m.start]))
                    # (or its embassy: «هجوم شنه مسلحون على القنصلية الأميركية في بنغازي»)
                    or _MISSION_STRUCK.search(fold(text[past : m.start]))
                    # (or a place it uses: «هجوم … على مركز للشرطة يستخدمه الجيش»)
                    or _USED_BY.search(fold(text[past : m.start]))
                    or (
                        rule.cls in ("AirStrike", "Shelling")
                        and fold(text[past : m.start]).split() == ["علي"]
                    )
                    # («هجوم على القوات الحكومية»: the words end with «على»)
                    or (rule.words[-1] == "علي" and not fold(text[past : m.start]).split())
                )
            ),
            None,
        )
        if opponent is None:
            # «هجوما واسعا على مدينة جيبو …، استهدف خصوصا مواقع للجيش فيها»: the side whose
            # positions the attack aimed at, told further on in its sentence
            opponent = next(
                (
                    m
                    for m in actors
                    if 0 <= m.start - past <= 120
                    and _AIMED_AT_POSITIONS.search(fold(text[past : m.start]))
                ),
                None,
            )
        if opponent is not None:
            # «استهدفت مقرات ومواقع للجيش والشرطة»: the positions of each side joined to the
            # first by «و»
            others = tuple(_joined_chain(text, opponent, actors)[1:])
        positions = _POSITIONS_OF_GROUP.match(fold(text[end : end + 60]))
        if opponent is None and positions is not None:  # «على مواقع التنظيم»
            opponent = context.group
        its = _ON_ITS_POSITIONS.match(fold(text[past : past + 20]))
        if its is None and rule.words[-2:] == ("علي", "مواقع"):
            # «هجمات شنتها القوات الصينية على مواقعها»: the pronoun on the words' own last word
            its = _ON_ITS_POSITIONS.search(fold(text[start:end]))
        if opponent is None and its is not None:
            # «بعد انسحاب القوات العراقية منها إثر أيام من الغارات الأميركية على مواقعها»:
            # the positions of the actor named last before the words whom the pronoun can
            # stand for («مواقعهم»: men, «مقاتلي الحركة»; «مواقعها»: not «زعماء قبائل»)
            opponent = next(
                (
                    m
                    for m in reversed(actors)
                    if m.end <= start
                    and (agent is None or m.iri != agent.iri)
                    and (its["pronoun"] == "\u0647\u0645") == _named_as_men(text, m)
                ),
                None,
            )
            opponent_referred = opponent is not None
        if opponent is None:
            # «هجوم شنته … على المدينة التي كانت تدافع عنها قوات من الجيش الفيتنامي الجنوبي»:
            # those who defended the place attacked, in the clause
            opponent = next(
                (
                    m
                    for m in actors
                    if m.start >= end
                    and m is not agent
                    and not re.search(r"[،.]", text[end : m.start])
                    and _DEFENDED_BY.search(fold(text[max(end, m.start - 40) : m.start]))
                ),
                None,
            )
        if opponent is None:
            # «قتل ثمانية جنود أميركيين السبت في هجوم …»: the side of the soldiers the attack
            # killed, told before it in its clause (not civilians, whose side is no opponent)
            opponent = next(
                (
                    m
                    for m in actors
                    if opens <= m.start
                    and m.end <= start
                    and m is not agent
                    and (killed := _KILLED.search(fold(text[max(0, m.start - 30) : m.start])))
                    and "مدني" not in killed.group()
                ),
                None,
            )
    if (
        rule.cls == "claim"
        and rule.words[0] in _ACCUSE
        and (
            (agent is not None and _accused_with_no_accuser(text, start, end, agent, actors))
            # («تفجيري سفارتيها …، اللذين اتهمت التنظيم بتنفيذهما»: in a clause of what was
            # done, «التنظيم» the one accused)
            or _accusing_the_group(text, start, end)
        )
    ):
        # «قالت حكومة غواتيمالا إن …، واتهمت هندوراس ونيكاراغوا بدعم الهجوم»: the verb
        # joined to the sentence's, its subject not repeated; the names after it are those
        # accused, the accuser the sentence's first actor
        agent = next((m for m in actors if offset <= m.start and m.end <= start), None)
        agent_referred = True
    if (
        rule.cls == "claim"
        and rule.words[0] in _ACCUSE
        and agent is not None
        and _ATTRIBUTED_TO.search(fold(text[end : agent.start]))
    ):
        # «لكن الحكومة الصومالية نسبته إلى حركة الشباب»: the one after «إلى» is the one it is
        # attributed to; the one attributing it, the last named before the verb
        agent = next((m for m in reversed(actors) if offset <= m.start and m.end <= start), None)
    said_from = max(end, agent.end) if agent is not None else end
    saying = _said_by_it(fold(text[said_from : said_from + 20])) if rule.cls == "claim" else None
    if saying is not None and _NOT_RIGHT_AFTER.match(saying.string, saying.end()):
        # «فيما قالت باكستان إنها لم تبلغ بالعملية مسبقا»: what it says is what did not
        # happen, no account of a fact told
        return None
    if rule.cls == "claim" and _ONE_WORD_THEN_NOT.match(fold(text[end : end + 30])):
        # «مؤكدا أن قيادته لم تأمر بالعملية»: the same, a subject named first
        return None
    if rule.cls in ("claim", "announcement"):
        return _attribution(
            rule,
            start,
            end,
            offset,
            agent,
            actors,
            times,
            text,
            slugs,
            context,
            (group_referred, agent_referred),
        )
    if rule.cls == "SupportRelation":
        return _support(
            rule, start, end, offset, agent, opponent, actors, text, slugs, context.here
        )
    if agent is None and rule.agent != "none":
        # «تمت استعادة المدينة على يد القوات العراقية», «من قبل …»: the doer named after
        agent = _by_hand(actors, end, text)
    if _NEGATED.search(fold(text[max(offset, start - 40) : start])) or _denied(
        fold(text[max(offset, start - 60) : start]).split("،")[-1]
    ):
        return None  # «لم تتمكن القوات من السيطرة على …», «نفت … أن يكون التنظيم سيطر على …»
    # «وتحاول القوات الأفغانية الثلاثاء استعادة المدينة»: an attempt under way is an
    # offensive going on, not a capture
    trying = rule.cls in CAPTURES and _TRYING.search(fold(text[max(offset, start - 50) : start]))
    if (
        rule.cls in (*CAPTURES, "OffensiveLaunch")
        and not trying
        and _PURPOSE.search(fold(text[max(offset, start - 50) : start]))
    ):
        return None  # «تسعى إلى السيطرة على …», «بهدف استعادة …»: an aim, not a fact
    if _HELPING_IN.search(fold(text[max(offset, start - 50) : start])):
        return None  # «قوات مغربية لمساندة الجيش الزائيري في صد المتمردين»: what it is sent for
    if rule.words[0] in _CROSSINGS:
        # «عبرت القوات الهندية … الحدود الدولية مع باكستان»: into the country across it
        across = next(
            (
                m
                for m in places
                if m.start >= end
                and m.in_country is not None
                and m.in_country[0] == m.iri
                and _BORDER_WITH.search(fold(text[end : m.start]))
                and not re.search("[\u060c.]", text[end : m.start])
            ),
            None,
        )
        if across is not None:
            place, referred = across, False
    if _demanded(text, start, offset):
        return None  # «فيما طالب المسلحون بانسحاب القوات الروسية من الشيشان»: asked, not done
    if rule.agent == "inside" and place is None and agent is not None and not group_referred:
        # «سيطر التنظيم على حقل الشاعر … بعد هجوم على القوات التي كانت تحرسه»: where the
        # sentence's fact is, the head of the chain of places before
        before = [m for m in places if m.end <= start and not m.broad]
        place, referred = (_head_of_chain(before, text) if before else None), True
    named_before = [m for m in places if m.end <= start and m.start >= offset and not m.broad]
    if (
        place is None
        and named_before
        and (
            # «قتل 44 عنصرا … في اشتباكات … في بلدة ماماسابانو …، خلال عملية لاعتقال …»: the
            # operation the fact told before in the sentence came during
            rule.words == ("خلال", "عمليه")
            # «اندلع حريق في مستودع … في مدينة جدة الجمعة إثر هجوم شنه المتمردون الحوثيون»:
            # what it caused, no fact of its own (after a fact, the fact's own words tell:
            # «يسيطر على … من مدينة البوكمال، إثر هجوم مضاد شنه على …»); «قتل … في مطار كراتشي
            # عندما فتح أربعة مسلحين … النار»: when it happened there
            or (
                not context.here
                and fold(text[max(offset, start - 8) : start]).split()[-1:]
                in (["اثر"], ["عقب"], ["عندما"])
            )
        )
    ):
        # where the sentence named before the words: there
        place, referred = _head_of_chain(named_before, text), True
    if (
        rule.cls in CAPTURES
        and place is None
        and named_before
        and _POSITIONS.match(fold(text[end : end + 30]))
    ):
        # «وقال إنه سيطر على عدد من المواقع العسكرية»: positions not named, in the place the
        # sentence named before them («هجوما … على مواقع الجيش في ولاية شان»)
        place, referred = named_before[-1], True
    if place is None and (
        (
            rule.cls == "Offensive"
            and rule.words[-1] == "علي"
            and any(0 <= m.start - end <= 2 for m in actors)
        )
        or (
            rule.cls == "OffensiveLaunch"
            and any(_on_a_side(text[end : m.start]) for m in actors if m.start >= end)
        )
    ):
        # «في اليوم السابع من هجومها الواسع على القوات الإريترية»: an attack on a side, not a
        # place: in the country the sentence's last place lies in («مدينة بارنتو في غرب
        # إريتريا»), else the country the report is about («بعد أسبوعين من بدء هجومهم على
        # قوات الخمير الحمر»: begun on them)
        lying = _country_lying(places, start, end)
        place, referred = (
            (lying, True)
            if lying is not None
            else _in_the_country(start, end, places, text, context)
        )
    if (
        place is None
        and rule.words[0] in ("استسلم", "استسلام")
        and agent is not None
        and agent.named_place is not None
    ):
        # «أن قوات ولاية حيدر آباد استسلمت الجمعة للجيش الهندي»: where not said, the place
        # the forces are named for
        place, referred = agent.named_place, True
    if place is None and rule.words[0] in _KILLING_THEM:
        # «في هجوم … على فندق … قرب مدينة سوسة، قبل أن تقتله الشرطة»: the attacker killed
        # where the attack told before in the sentence was (near a town: at it)
        attack = next((p for p in reversed(context.here) if p.cls in _ATTACKS and p.place), None)
        place, referred = (attack.place, True) if attack is not None else (None, referred)
    if (
        place is not None
        and place.start >= end
        and rule.words[0] in _HIJACKED
        and _TOOK_OFF_FROM.search(fold(text[end : place.start]))
    ):
        # «خطفها مسلحون بعد إقلاعها من أثينا»: where it took off from, not where it was seized
        place = None
    if (
        rule.target in ("after", "previous", "pronoun")
        and place is None
        # (a launch against a named side may leave where unsaid: «أطلقت أنقرة عملية … ضد X»)
        # (an airliner hijacked in the air: «طائرة ركاب … خطفها مسلحون», «خطف مسلحون طائرة»,
        # «كان مسلحون قد خطفوها»)
        and not (
            rule.words[0] in _HIJACKED
            and (
                re.search(r"(?<!\w)طايره(?!\w)", fold(text[max(offset, start - 60) : end + 40]))
                or _pronoun_object(text, end, rule)
            )
        )
        and not (rule.cls == "OffensiveLaunch" and opponent is not None)
        # (an operation abroad, where not said: «في عملية نفذها جهاز المخابرات خارج البلاد»)
        and not (rule.cls == "MilitaryOperation" and _ABROAD.search(fold(text[end : end + 60])))
        # (fighting between two sides the sentence's fact came days after, «اقتحم الجيش … مقر
        # الجماعة في مدينة …، بعد أربعة أيام من المواجهات بين عناصر الجماعة وقوات الأمن»:
        # where that fact is, found once the sentence is read)
        and not (
            rule.cls == "Battle"
            and rule.words[-1] == "بين"
            and _SPAN_BEFORE.search(fold(text[max(offset, start - 40) : start]))
        )
        # (an attack the sentence's fact came weeks after, «انسحبوا من المدينتين بعد أسابيع
        # من هجوم واسع شنه الجيش»: where that fact is, found once the sentence is read)
        and not (
            rule.cls == "Offensive"
            and (
                _SPAN_BEFORE.search(fold(text[max(offset, start - 40) : start]))
                # («سيطر … على مدينة ميتو إثر هجوم واسع شنوه الأحد», «بعد هجوم …»: right after
                # the fact, by its doers)
                or (
                    rule.agent == "before"
                    and fold(text[max(offset, start - 8) : start]).split()[-1:]
                    in (["اثر"], ["عقب"], ["بعد"])
                )
            )
        )
    ):
        return None
    if _AVOIDED.search(fold(text[max(offset, start - 14) : start])):
        return None  # «لتجنب تطويقها»: what is avoided, not a fact
    if (
        rule.cls == "Withdrawal"
        and place is not None
        and place.broad
        and _OF_THE_COUNTRY.match(fold(text[end : end + 24]))
    ):
        # «التي انسحبت نحو شمال البلاد»: no place to go to named, the loss of the place
        # left, the one named before
        left = [m for m in places if m.end <= start and not m.broad]
        if not left:
            return None
        rule, place, referred = (
            replace(rule, cls="TerritorialLoss"),
            _head_of_chain(left, text),
            True,
        )
    if rule.cls == "OffensiveLaunch" and _NOT_AN_ATTACK.match(fold(text[end : end + 12])):
        return None  # «بدأت عملية إجلاء»: an evacuation, not an operation against anyone
    if _NAMING.match(fold(text[end : end + 20])):
        return None  # «عملية أطلقت عليها اسم «غصن الزيتون»»: naming it, not launching it
    if (
        rule.words[0].startswith("دخول")
        and fold(text[max(offset, start - 6) : start]).split()[-1:] == ["قبل"]
        and any(p.cls in CAPTURES for p in context.here)
    ):
        # «سيطرت القوات … على بلدة أبيي …، فيما قال … إن القوات قصفت البلدة قبل دخولها»: the
        # taking told in the sentence, as a time, not an entry of its own
        return None
    if rule.words == ("بقتل",) and not _ACCUSING.search(fold(text[offset:start])):
        return None  # (a killing told as what one is accused of only: «اتهم X Y بقتل …»)
    if rule.words == ("اخترق",) and _THEN_STRUCK.match(fold(text[end : end + 120])):
        # «اخترقت … الأجواء السورية … وألقت ذخائر في …»: how the strike told next was made,
        # not a fact of its own
        return None
    if rule.cls in CAPTURES and _AIM_OF.search(fold(text[max(offset, start - 12) : start])):
        return None  # «عملية استعادة الموصل», «معركة تحرير»: an operation's aim, not a fact
    this_sentence = [p for p in context.here if p.cls == "Offensive" and p.end <= start]
    fought_before = (this_sentence[-1] if this_sentence else None) or (
        context.offensive or context.fight
    )
    if fought_before is None and (taken := context.taking) is not None:
        # (none told: a taking of the same place, «قال … إن قواتهم سيطرت على مدينة ملكال …
        # إن المعارك لا تزال مستمرة في المدينة», whose taker still fights there)
        same = place is not None and taken.place is not None and taken.place.iri == place.iri
        fought_before = taken if same else None
    if (
        agent is None
        and rule.cls == "Battle"
        and rule.agent == "none"
        and fought_before is not None
    ):
        # fighting told with its sides not named: those of the offensive told before, else
        # of the fight («بعد معارك استمرت أسابيع … أن المعارك لا تزال مستمرة في البلدة»)
        # (the side the words name after «مع» stays: «وتدور معارك عنيفة مع وحدات …»)
        agent, opponent = fought_before.agent, opponent or fought_before.opponent
        agent_referred = True
    if agent is not None and opponent is not None and agent.iri == opponent.iri:
        # «قتل رئيس بعثة الأمم المتحدة … في تفجير شاحنة مفخخة استهدف مقر المنظمة الدولية»:
        # the one struck did not strike itself (the doer read before was in a victim's
        # title, or the victims: «قتل سبعة أميركيين … في هجوم انتحاري على قاعدة أميركية»):
        # the one the sentence holds responsible or who claims it («وتبنت حركة طالبان
        # الهجوم»), else no doer, a bombing told so (a fact that needs one is not proposed)
        agent = _doer_by_its_word(text, end, actors)
    if agent is None and not found.unnamed and rule.words[:2] not in _TOLD_WITH_NO_DOER:
        # every fact the drafter proposes has its actor (named, or of no name); but a blast
        # («انفجار شاحنة مفخخة أمام …») or suicide attacks («هجمات انتحارية»), told with no
        # doer, are facts the analyst may name one for
        return None
    if agent is not None and _whose_not_named(start, end, agent, actors, text):
        return None
    time = _time_of(rule, start, end, offset, times, text, relative or about_an_actor, context)
    if time is None and during_pull_out:
        time = context.day
    if time is not None and _of_a_clause_about_an_actor(time, end, actors, text):
        # «بعد استسلام الحامية الفرنسية التي حاصرتها منذ 13 آذار/مارس»: the time of a
        # relative clause about the actor right after the words is that clause's
        time = _nearest([t for t in times if t is not time], start, text, end)
    comma = text.find("\u060c", offset, start)
    first_comma = comma if comma >= 0 else start  # (where the main clause ends)
    meanwhile = (
        time is not None
        and time.datatype == "date"
        and first_comma < time.start < opens
        and fold(text[opens:start]).split()[:1] == ["فيما"]
    )
    if meanwhile or found.means:
        # «اجتاح X الثلاثاء القصر …، إثر اشتباكات … بدأت الاثنين، فيما حاصروا …»: meanwhile,
        # the main clause's day, not the day of a clause between; so is the day of the deed
        # the words tell the means of («حررت قوات … الأحد جنودا كانت تحتجزهم … منذ نحو
        # أسبوعين، في هجوم على …»)
        main = [t for t in times if offset <= t.start < first_comma and t.datatype == "date"]
        time = main[0] if main else time
    main_time = _main_fact_time(time, start, offset, text)
    if (
        main_time is None
        and time is not None
        and time.end <= start
        and rule.cls not in (*CAPTURES, "Siege")
        and _AFTER_RIGHT_BEFORE.search(fold(text[opens:start]))
    ):
        # «انسحبت الجمعة من بلدة والونغ … بعد هجوم واسع شنته …»: «بعد» right before the
        # words, no comma before it, after the day told: what came before the main fact
        # (not a taking's nor a siege's, whose day what follows them is read from)
        main_time = time
    if (
        main_time is None
        and time is not None
        and time.end <= start
        and rule.words in _ACCUSED_OF
        and _ACCUSING.search(fold(text[offset:start]))
    ):
        # «اتهم … السبت قوات الأمن الصربية بقتل …»: the day told before is the accusation's;
        # the killing was done by then
        main_time = time
    if main_time is not None:
        time = None
    # («بعد حصار استمر نحو عام»: when it began, that long before the day it came before)
    lasted = rule.cls in ("Battle", "Siege") and _LASTED.match(fold(text[start : end + 40]))
    if lasted:
        # (that long before a day: not before the span of another fact told before it,
        # «بعد أشهر من الحصار ومعارك استمرت أياما», but before the sentence's day)
        dated = [t for t in times if t.datatype == "date"]
        if time is not None and time.datatype != "date":
            time = _nearest(dated, start, text)
        main_day = [t for t in dated if offset <= t.start < opens]
        if main_time is None and main_day and _AFTER_IT.search(fold(text[opens:start])):
            # «…، بعد معارك استمرت ثلاثة أيام مع قوة … نزلت فيها الاثنين»: over by the main
            # fact's day, told before the clause, not a day told after the words
            main_time = main_day[-1]
        time = _how_long(text, start, end, main_time or time or context.day, context.report)
    elif rule.cls in ("Battle", "Offensive") and time is not None and time.datatype == "range":
        # «بعد أربعة أيام من المعارك مع …»: that many days of fighting, begun that long before
        # («بعد أسابيع من هجوم واسع شنه الجيش»: an attack's too)
        lasted = _SPAN_BEFORE.search(fold(text[max(offset, start - 40) : start]))
    # «في اليوم الخامس من الهجوم», «في ثالث أسابيع المعارك»: going on, begun that long
    # before the sentence's day
    told_day = time if time is not None and time.datatype == "date" else context.day
    that_day = told_day.earliest if told_day is not None else context.report
    nth = (
        _nth_of(text, offset, start, that_day)
        if rule.cls in ("Battle", "Offensive") and not lasted and that_day is not None
        else None
    )
    going = nth is not None
    if nth is not None:
        time = nth
    # «أعلن الجيش مساء الثلاثاء انتهاء عملية عسكرية استمرت يومين»: over by the day told,
    # begun as long before as it lasted
    ended = (
        time if rule.words[0] == "انتهاء" and time is not None and time.datatype == "date" else None
    )
    if ended is not None:
        time = _how_long(text, start, end, ended, context.report)
    # «أعلن الجيش أن طائراته الحربية قصفت مواقع …»: its own aircraft shelling, strikes
    its_aircraft = rule.cls == "Shelling" and _ITS_AIRCRAFT.search(
        fold(text[max(offset, start - 30) : start])
    )
    cls = "AirStrike" if by_aircraft or its_aircraft else "Offensive" if trying else rule.cls
    # «اجتاحت القوات … جنوب لبنان في عملية واسعة»: an invasion, no hold; its time is when
    # it began
    invaded = (
        rule.words == ("اجتاح",)
        and place is not None
        and (
            bool(_IN_AN_OPERATION.match(fold(text[place.end : place.end + 20])))
            # («اجتاحت القوات العراقية الأراضي الإيرانية»: into its land, not all of it taken)
            or fold(place.said).startswith("الاراضي")
        )
    )
    if invaded:
        cls = "Offensive"
    since = (
        time is not None
        and time.start >= 0
        and (
            fold(time.text).startswith("منذ")
            or fold(text[max(0, time.start - 6) : time.start]).strip().endswith("منذ")
        )
    ) or going
    # «واشتبكوا معها في معارك لا تزال مستمرة»: a fight still going on, begun at the time told
    still = rule.cls == "Battle" and _STILL_GOING_ON.match(fold(text[end : end + 40])) is not None
    since = since or (still and time is not None)
    if (
        since
        and time is not None
        and time.start < opens
        and cls in ("TerritorialLoss", "Withdrawal", *CAPTURES)
    ):
        # «معقل المتمردين منذ 2012، فيما قال التحالف إنه انسحب منها»: a clause's «منذ» before
        # it is another hold's beginning, not when it left (nor when a place was taken:
        # «الحصار الذي تفرضه … منذ أسابيع …، بعد سيطرتها على»)
        time, since = None, False
    if (
        since
        and time is not None
        and cls == "TerritorialLoss"
        and _BESIEGED.search(fold(text[end : time.start]))
    ):
        # «استسلام مقاتلي الحركة المحاصرين فيها منذ نحو أسبوعين»: how long they were
        # besieged, not when they gave up
        time, since = None, False
    if cls in CAPTURES and since:
        cls = "ControlPeriod"  # «سيطر … منذ صيف 2014 على»: a hold since then, not a capture
    if cls == "Flight" and rule.words[0] == "غادر" and agent is not None and not agent.person:
        cls = "Withdrawal"  # («غادر مقاتلوها … إلى»: forces leaving, not a person's flight)
    origin = None
    if cls in ("Withdrawal", "Flight"):  # «من داريا باتجاه إدلب»: where from, where to
        cities = _cities([m for m in places if m.end <= start])
        if referred and _FROM_IT.match(fold(text[end : end + 20])):
            origin, place = place, None  # «بدأت الانسحاب من المنطقة»: where it leaves
        else:
            origin, place = _from_and_to(
                text, start, places, place, cities[-1] if cities else context.city
            )
            left_from = next(
                (m for m in places if m.start >= end and fold(text[end : m.start]) == "من"), None
            )
            if (
                origin is None
                and left_from is not None
                and (
                    place is None
                    or not _TOWARDS.search(fold(text[max(0, place.start - 20) : place.start]))
                )
            ):
                # «بدأت الانسحاب من فيتنام بعد أن سيطرت على مدينة لانغ سون»: where it leaves,
                # right after «من» (a country too); a place further on not told as where it
                # goes is not its destination
                origin, place = left_from, None
            if (
                rule.words[0] == "غادر"
                and origin is None
                and place is not None
                and not _TOWARDS.search(fold(text[max(0, place.start - 20) : place.start]))
            ):
                # «وغادرت أول قافلة منها مدينة جلال آباد متجهة إلى الحدود»: the place «غادر»
                # takes is where it leaves
                origin, place = place, None
        if place is None and origin is not None and cls == "Withdrawal":
            # «بدأت الانسحاب من المنطقة», no destination said: the loss of where it leaves
            cls, place, origin = "TerritorialLoss", origin, None
        if place is None:
            return None  # (a withdrawal is to somewhere: with none said, not proposed)
    told_before = (
        next((p.time for p in context.here if p.time is not None and p.end <= start), None)
        if time is not None and fold(time.text).startswith("قبل")
        else None
    )
    if time is not None and told_before is not None and context.report is not None:
        # «حررت … ليل الاثنين الثلاثاء … ركاب طائرة … خطفها مسلحون قبل خمسة أيام» in a paper
        # of the day after: five days before the report's day, or before the sentence's fact
        # the clause hangs on; both, as bounds
        earliest = time.earliest - max(context.report - told_before.latest, dt.timedelta(0))
        time = replace(
            time,
            datatype="range",
            earliest=earliest,
            value=f"{earliest.isoformat()}/{time.latest.isoformat()}",
            inference="ContextualBound",
            note=f"«{time.text}» counted from the report's date {context.report.isoformat()}"
            f" or from the day of the fact told before it in the sentence"
            f" ({told_before.latest.isoformat()}): between"
            f" {earliest.isoformat()} and {time.latest.isoformat()}.",
        )
    extent, share = _extent(text, start, place, rule, cls)
    if areas:
        extent = "PartialControl"
    districts = _ITS_DISTRICTS.match(fold(text[end : end + 30]))
    if cls in (*CAPTURES, "ControlPeriod") and districts:  # (a hold of part of the place)
        extent = "LargeParts" if re.search("واسعه|كبيره", districts.group()) else "PartialControl"
    if (
        cls in (*CAPTURES, "ControlPeriod")
        and place is not None
        and _SOME_OF.search(fold(text[start : place.end]))
    ):
        extent = "PartialControl"  # «على عدد من القرى في منطقة بوتليخ»: some of its villages
    elsewhere = (
        next(
            (
                m
                for m in places
                if place.end < m.start <= place.end + 60
                and (
                    _ANOTHER_THERE.search(fold(text[place.end : m.start]))
                    or _AND_ONE_MORE_PLACE.match(fold(text[place.end : m.start]))
                )
            ),
            None,
        )
        if cls in _ATTACKS and place is not None
        else None
    )
    lost = [
        p
        for p in (context.here if cls == "Siege" else ())
        if p.cls == "TerritorialLoss"
        and p.place is not None
        and p.agent is not None
        and p.end <= start  # (told before the siege: not «… منذ انسحاب القوات السوفياتية»)
    ]
    if (
        lost
        and rule.target == "pronoun"
        and _AFTER_RIGHT_BEFORE.search(fold(text[max(offset, start - 8) : start]))
    ):
        # «استسلمت الأحد في بلدة جادوفيل … سرية من الجنود …، بعد حصار دام أياما فرضته عليها
        # قوات الدرك الكاتانغي»: the siege the surrender told before came after, its pronoun
        # the ones who surrendered, besieged where they surrendered
        place, referred = lost[-1].place, True
        if opponent is None or opponent.iri == (agent.iri if agent else ""):
            opponent, opponent_referred = lost[-1].agent, True
    pieces = [
        m
        for m in (agent, opponent, place if not referred else None, time, elsewhere)
        if m is not None
    ]
    pieces = [  # the quote stays in its sentence: what is referred back to is not quoted
        m
        for m in pieces
        if m.start >= offset
        and not (m is agent and (group_referred or agent_referred))
        and not (m is opponent and opponent_referred)
    ]
    quote_start = min([start, *(m.start for m in pieces if m.start >= start - 40)])
    quote_end = max([end, *(m.end for m in pieces)])
    men_at = (
        text.find(found.unnamed, max(offset, start - 40), end + 40)
        if agent is None and found.unnamed
        else -1
    )
    if men_at >= 0:  # («طائرة … خطفها مسلحون»: the men of no name who did it, quoted)
        quote_start = min(quote_start, men_at)
        quote_end = max(quote_end, men_at + len(found.unnamed))
    kind = {"Capture": "capture", "Recapture": "recapture", "Expulsion": "expulsion"}.get(
        cls, cls.lower()
    )
    confidence = 0.5 + 0.1 * sum(m is not None for m in (agent, place, time or ended))
    referred_by = (0.1 if referred else 0) + (0.1 if group_referred or agent_referred else 0)
    return Proposal(
        cls,
        _slug(slugs, kind, place),
        " ".join(rule.words),
        quote_start,
        quote_end,
        agent=agent,
        opponent=opponent,
        others=others,
        allies=(
            _allies(agent, actors, text)
            if agent is not None and not (group_referred or agent_referred)
            else ()
        )
        + _together_with(rule, end, agent, actors, text)
        + _set_off_with(start, end, agent, actors, text)
        + _landed_by_it(rule, start, end, agent, actors)
        + _fled_with(cls, place, agent, actors, text),
        place=place,
        time=time,
        extent=extent,
        share=share,
        ongoing=(rule.ongoing or bool(trying) or going or still or (since and cls == "Battle"))
        and not _told_as_past(text, start, offset),
        since=since,
        before=main_time,
        lasted=(bool(lasted) or invaded) and time is not None,
        ended=ended,
        at_the_taking=rule.target == "event" and cls == "OffensiveLaunch",
        confidence=round(confidence - referred_by, 2),
        referred=referred,
        group_referred=group_referred,
        group_word=group_word,
        agent_referred=agent_referred,
        opponent_referred=opponent_referred,
        unnamed=found.unnamed if agent is None else "",
        also=also,
        origin=origin,
        elsewhere=elsewhere,
    )


@dataclass
class _Agent:
    """Who does a fact, and how the words were read to find them."""

    mention: Mention | None
    referred: bool = False  # not named here: read from before («هذه القوات», a verb opening)
    group: bool = False  # «التنظيم» (the organisation) read as the one named before
    group_word: str = "التنظيم"  # the word that stood for it («الجهاديين»)
    unnamed: str = ""  # men of no name right after the verb («مسلحون مجهولون»), as written
    means: bool = False  # the words tell how the deed the sentence opens with was done


# a present verb with the pronoun of what it is done to («يرتادهما», «يرتادها»), then one
# word, right before an actor: the subject of a clause describing a place (folded)
_WHO_FREQUENT = re.compile(r"(?<!\w)[يت]\w+(?:\u0647\u0645\u0627|\u0647\u0627)\s+\S+\s*$")
# «كان/كانت … قد» right before the words: the subject between the two (folded)
_QAD = re.compile(r"(?<!\w)[وف]?كان(?:ت|وا)?\s+[^،.]{2,60}?\s+قد\s*$")
# «كان مسلحون قد» right before the words: gunmen of no name, its subject; or «المسلحون»,
# maybe with an aside between commas: «وكان المسلحون، الذين يطالبون …، قد» (folded)
_QAD_MEN = re.compile(r"(?<!\w)[وف]?كان(?:ت|وا)?\s+(?P<men>(?:ال)?مسلحون)(?:\s*،[^،.]*،)?\s+قد\s*$")
_KANA = re.compile(r"(?<!\w)[وف]?كان(?:ت|وا)?\s*$")  # «كان» right before a name (folded)
# «وتمكن من» / «وتمكنت من» right before the words: a verb joined to the sentence's (folded)
_ABLE_TO = re.compile(r"(?<!\w)و(?:تمكن|تمكنت|استطاع|استطاعت)\s+من\s*$")


# how many men, before them: «عشرات», «مئات من», «آلاف» (folded)
_HOW_MANY = r"(?:عشرات|ميات|الاف|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)\s+(?:من\s+)?"
# men of no name, then «الذين» (and «كانوا»), right before a verb (folded): «المسلحين الذين
# كانوا»
_HELD_BY_MEN = re.compile(
    rf"(?<!\w)(?P<men>(?:{_HOW_MANY})?"
    r"(?:ال)?(?:مسلحين|مسلحون|مقاتلين|مقاتلون|متمردين|متمردون|جنود))\s+الذين"
    r"(?:\s+[وف]?كانوا)?\s*$"
)  # («عشرات الجنود الذين»: how many of them too)
# men of no name, not made definite (past an adjective), right before «كانوا» and the words:
# «مسلحين سيخ كانوا» (folded)
_MEN_WERE = re.compile(
    r"(?<!\w)(?P<men>(?:مسلحين|مسلحون|مقاتلين|مقاتلون|متمردين|متمردون)(?:\s+(?!ال)\S+)?)"
    r"\s+كانوا\s*$"
)
# men of no name in a side's uniform, right after the words: «رجال يرتدون زي» (folded)
_DRESSED_AS = re.compile(r"^\s*(?P<men>رجال|مسلحين)\s+يرتدون\s+زي(?!\w)")
# men of no name the clause of «إن» / «أن» opens with, and up to four words describing them, right
# before the verb: «إن مسلحين موالين لعائلة أمباتوان النافذة» (folded)
_THAT_MEN = re.compile(r"(?<!\w)ان\s+(?P<men>(?:مسلحين|مقاتلين)(?:\s+\S+){0,4})\s*$")
# men of no name, not made definite, right before the verb in the plural (an indefinite
# noun's relative clause, no «الذين»): «ثمانية مسلحين هاجموا» (folded)
_MEN_WHO_DID = re.compile(r"(?<!\w)(?P<men>مسلحين|مقاتلين|متمردين)\s*$")
# men of a unit serving with a force named right after, in the clause after a verb: «سرية من
# الجنود الإيرلنديين التابعين لـ», «جنود تابعون لـ» (folded)
_MEN_SERVING_WITH = re.compile(
    r"^[^\u060c.]*?(?<!\w)(?:سريه|كتيبه|وحده|جنود|عناصر)(?:\s+[^\s\u060c.]+){0,3}?"
    r"\s+(?:ال)?(?:تابعين|تابعون|تابعه)(?:\s+ل)?\s*$"
)
# men right after a verb whose subject follows it, of a side not named (folded): «عناصر
# ميليشيا محلية», «مسلحون مجهولون»
_MEN_UNNAMED = re.compile(r"^\s*(?:عناصر|مقاتلو|مسلحو|جنود|افراد|مسلحون|مقاتلون)\s+(?!ال)\S+")
# the defenders of a place, right after the verb, before «عن» and the place: «المدافعون
# اليهود عن», «المدافعون عن» (folded)
_DEFENDERS = re.compile(r"^\s*(?P<men>(?:ال)?مدافع(?:ون|ين)(?:\s+(?!عن)\S+)?)\s+عن(?!\w)")
# men of no name right after the verb (past the day told there), told as unknown («مسلحون
# مجهولون», «مسلحون ملثمون»), by what they are, an indefinite plural («مسلحين قبليين»), or by
# how many («عشرات الجنود») (folded)
_UNKNOWN_MEN = re.compile(
    rf"^\s*(?:(?:{'|'.join(WEEKDAYS)})\s+)?"
    r"(?P<men>(?:مسلحون|مسلحين|مقاتلون|مقاتلين|قراصنه)\s+(?!ال)\S+(?:ون|ين)"
    r"|مسلحان\s+(?!ال)\S+ان"
    rf"|{_HOW_MANY}(?:ال)?(?:جنود|مقاتلين|مسلحين|عناصر|جهاديين)"
    r"|عصابات\s+مسلحه"
    r"|انتحاري(?:ان|ون)|امراتان"
    r"|(?:مسلح(?:ون)?|عسكريون)(?=\s+(?:النار|قنبله)(?!\w))"
    r"|(?:اثنان\s+من\s+|احد\s+)(?:حراسه|حراسها)(?:\s+الشخصيين)?(?=\s+النار(?!\w))"
    r"|شرطي\s+\S+\s+خارج\s+الخدمه"
    rf"|(?:مسلحون|مسلحين|(?!ال)\w{{2,}}يون)(?=\s+(?:{_TIME_OF_DAY}\s+)?"
    rf"(?:{'|'.join(WEEKDAYS)}|علي|في|بعد|ل(?:دوريه|قافله)|سجن|قريه)(?!\w)))(?!\w)"
)  # («هاجمت عصابات مسلحة ليل السبت الأحد السجن الوطني»: armed gangs; «هجوم شنه مسلحون
# الثلاثاء على معسكر …», «هجمات شنها مسلحون مساء الأربعاء على فندقين», «هجوم شنه جهاديون
# على بلدة …», «كمين نصبه مسلحون لدورية مشتركة», «هجوم شنه فلسطينيون على طائرة»: gunmen,
# or men by a plural in «ـيون», no article (jihadists, a nation's), no word after them but
# the day, its time, «على», the patrol or convoy ambushed, or the prison stormed or the
# village attacked («اقتحم مسلحون سجن المدينة», «هاجم مسلحون قرية الرايس»); suicide
# bombers, «فجر انتحاريان زورقا»; a man of a state's off duty, who acts for no one: «برصاص
# شرطي تركي خارج الخدمة»; one's guards who fired: «أطلق اثنان من حراسها الشخصيين النار»)


# a retaking opening a sentence, past its dateline (folded): «استعادت القوات …»
_RETAKEN = re.compile(r"^\s*(?:[^:،.]{1,30}:\s*)?[وف]?استعاد(?:ت|وا)?(?!\w)")
# «من» right before those a place was retaken from, in the retaking's clause, as a name or as
# men of no name (folded): «من المسلحين القبليين»
_FROM_RIGHT_BEFORE = re.compile(r"(?<!\w)من\s*$")
_FROM_MEN = re.compile(
    r"(?<!\w)من\s+(?P<men>(?:ال)?(?:مسلح|مقاتل|متمرد)(?:ين|ون)(?:\s+ال\S+)?)(?!\w)"
)


def _those_it_was_retaken_from(
    actors: list[Mention], text: str, offset: int, start: int, end: int
) -> _Agent | None:
    """Whose a taking is, told by a noun with a pronoun after the retaking the sentence
    opens with, of the place retaken, referred back to: those it was retaken from («استعادت
    القوات الهندية السبت بلدة بارامولا من المسلحين القبليين …، بعد نحو أسبوعين من سيطرتهم
    عليها»), by name or as men of no name."""
    if fold(text[start:end]).split()[-1:] not in (["عليها"], ["عليه"]):
        return None  # («غداة سيطرتها على بلدة كفرنبودة»: another place, the subject's taking)
    if not _RETAKEN.match(fold(text[offset:start])):
        return None
    clause = offset + max(0, text[offset:start].find("\u060c"))  # (the retaking's, to its comma)
    named = next(
        (
            m
            for m in actors
            if offset <= m.start
            and m.end <= clause
            and _FROM_RIGHT_BEFORE.search(fold(text[max(offset, m.start - 6) : m.start]))
        ),
        None,
    )
    if named is not None:
        return _Agent(named, referred=True)
    men = _FROM_MEN.search(fold(text[offset:clause]))
    if men is None:
        return None
    return _Agent(None, unnamed=_as_written(text[offset:clause], men.group("men")))


def _past_unknown_men(words: str) -> str:
    """The words past the men of no name they open with (`_UNKNOWN_MEN`); none: ""."""
    men = _UNKNOWN_MEN.match(words)
    return "" if men is None else words[men.end() :]


def _off_duty(men: str) -> bool:
    """The men told are one of a state's off duty («شرطي تركي خارج الخدمة»), who acts for
    no one."""
    return re.search(r"^\s*\S+\s+\S+\s+خارج\s+الخدمه(?!\w)", men) is not None


# men of no name «الذين» stands for, right before the words: «المهاجمين الذين» (folded)
_MEN_WHO = re.compile(r"(?<!\w)(?P<men>المهاجمين)\s+الذين\s*$")


# «، بعد يومين من» right before the words: a clause telling of a fact before the
# sentence's (folded)
_AN_EARLIER_FACT = re.compile(r"،\s*بعد\s+(?:\S+\s+){0,2}?من\s*$")


def _came_from(text: str, m: Mention) -> bool:
    """The place is where those who acted came from, not where they acted («انطلاقا من قطاع
    غزة», «من قواعدها في …», «من جهة البحر المتوسط»)."""
    return _LAUNCHED_FROM.search(fold(text[max(0, m.start - 24) : m.start])) is not None


def _by_hand(actors: list[Mention], end: int, text: str) -> Mention | None:
    """The actor named after the words as the one by whose hand it was done («تمت استعادة
    المدينة على يد القوات العراقية», «على أيدي عناصر من X», «من قبل X»), in their clause."""
    return next(
        (
            m
            for m in actors
            if m.start >= end
            and m.start - end <= 80
            and _BY_HAND.search(fold(text[end : m.start]))
            and not re.search(r"[،.]", text[end : m.start])
        ),
        None,
    )


def _unnamed_after(text: str, end: int, actors: list[Mention]) -> bool:
    """The words are followed by men of a side no name is given for («استسلم عناصر ميليشيا
    محلية»): no actor starts within their first two words."""
    found = _MEN_UNNAMED.match(fold(text[end : end + 40]))
    if found is None:
        return False
    span = len(_as_written(text[end : end + 40], found.group().strip())) + 2
    return not any(end <= m.start <= end + span for m in actors)


def _seat_of_a_side(text: str, m: Mention, actors: list[Mention]) -> bool:
    """The place is named right after a side backed and «في», as where that side sits
    («لدعم حكومة الوفاق الوطني في طرابلس»), not where the fact told is."""
    return any(
        a.end <= m.start
        and fold(text[a.end : m.start]) == "في"
        and fold(text[max(0, a.start - 6) : a.start]).endswith("لدعم")
        for a in actors
    )


def _in_a_place_name(m: Mention, places: list[Mention]) -> bool:
    """The actor is named inside a place's name («الجيش السريلانكي» in «قاعدة الجيش
    السريلانكي في موليتيفو»)."""
    return any(p.start <= m.start and m.end <= p.end for p in places)


def _agent_of(
    rule: Trigger,
    start: int,
    end: int,
    offset: int,
    actors: list[Mention],
    place: Mention | None,
    named: Mention | None,
    text: str,
    context: Context,
) -> _Agent | None:
    """Who does the fact of the words, by the rule's agent role (triggers.tsv), in order:
    `named` (a relative clause's subject, a verbal noun's doer), the actor before «كان»
    just before the words, «هذه القوات» in them, the one «التي» and its verb right before
    them stand for, whose strikes, a verb joined by «و» to the clause before, the actor a
    few words after (end), between the words (inside: None when there is none), the
    sentence's subject (or the subject of the «أن» clause the words are in), after, men of
    no name right after the verb (a group of the report's own: `unnamed`), the one an
    accusation names, whose (owner), before; then «التنظيم» where it is the subject, then
    the actor the sentence before was about; last, «هذه القوات» right between the actor
    found and the words stands for the forces named before that actor."""
    agent: Mention | None = named
    agent_referred = False  # the actor is not named here, but read from before
    if (
        agent is None
        and rule.cls == "claim"
        and rule.agent == "after"
        and _said_by_it(fold(text[end : end + 8])) is not None
    ):
        # «اتهم الائتلاف … قوات النظام بشن هجوم … قال إنه أسفر عن مقتل المئات»: a saying with
        # no subject after it, «إنه» right after the verb, is the sentence's subject's
        agent = _subject_before(actors, start, text, offset)
        agent_referred = agent is not None
    if rule.words[0] == "تعرض":
        # «تعرضت قافلة للجيش … لهجوم شنه مسلحون»: the attack's doer is told after «شنه»
        # (the subject is the side attacked), an actor or men of no name; none else
        done_by = _DONE_BY.match(fold(text[end : end + 40]))
        if done_by is None:
            # («تعرض فجر الاثنين لهجوم بمسيرتين بحريتين أوكرانيتين»: by the side whose drones
            # the words name right after «ب»)
            by = next(
                (m for m in actors if m.start > end and _BY_ITS_DRONES.match(text[end : m.start])),
                None,
            )
            return _Agent(by) if by is not None else None
        at = end + len(text[end:]) - len(text[end:].lstrip()) + len(done_by["verb"]) + 1
        by = next((m for m in actors if 0 <= m.start - at <= 2), None)
        if by is not None:
            return _Agent(by)
        men = done_by["men"]
        return _Agent(None, unnamed=_as_written(text[end : end + 40], men)) if men else None
    if (
        agent is None
        and rule.agent == "after"
        and _THE_ATTACKING_FORCES.match(fold(text[end : end + 24]))
        # (the attack drafted so far from the sentence, its words earlier in the file of
        # triggers, wherever they are in it; else the one of the sentences before it)
        and (
            attack := next(
                (p for p in reversed(context.here) if p.cls == "Offensive" and p.agent is not None),
                context.offensive,
            )
        )
        is not None
    ):
        # «وأسقطت القوات المهاجمة …»: the attacking forces, the doer of the attack told before
        # («قوة إسرائيلية هاجمت … قبل أن تنسحب القوة المهاجمة»: in the same sentence too)
        return _Agent(attack.agent, referred=True)
    words_before = text[max(offset, start - 40) : start]
    folded_before = fold(words_before)
    held_by = _HELD_BY_MEN.search(folded_before)
    if (
        agent is None
        and rule.cls == "ControlPeriod"
        and rule.words[-1] == "عليها"
        and held_by is not None
        and not any(start - len(words_before) <= m.start and m.end <= start for m in actors)
    ):
        # «على المسلحين الذين كانوا يسيطرون عليها»: men of no name the relative clause is
        # about hold it, a group of the report's own
        return _Agent(None, unnamed=_as_written(words_before, held_by.group("men")))
    if (
        agent is None
        and rule.cls in CAPTURES
        and held_by is not None
        and not any(start - len(words_before) <= m.start and m.end <= start for m in actors)
    ):
        # «استسلم السبت عشرات الجنود الذين سيطروا ليلا على جسر البوسفور»: they took it, the
        # men of no name the relative clause is about
        return _Agent(None, unnamed=_as_written(words_before, held_by.group("men")))
    were = _MEN_WERE.search(folded_before)
    if (
        agent is None
        and rule.cls == "ControlPeriod"
        and were is not None
        and not any(start - len(words_before) <= m.start and m.end <= start for m in actors)
    ):
        # «بعد معارك مع مسلحين سيخ كانوا يتحصنون فيه»: men of no name, told right before
        # «كانوا» (an indefinite noun's relative clause, no «الذين»), hold it
        return _Agent(None, unnamed=_as_written(words_before, were.group("men")))
    window = text[max(offset, start - 60) : start]
    said_men = _THAT_MEN.search(fold(window)) if agent is None else None
    if said_men is not None:
        # «إن مسلحين موالين لعائلة أمباتوان النافذة قتلوا …»: men of no name the clause of «إن»
        # opens with, described by a few words naming no side, right before the verb
        written = _as_written(window, said_men.group("men"))
        if not any(start - len(written) - 2 <= m.start < start for m in actors):
            return _Agent(None, unnamed=written)
    did = _MEN_WHO_DID.search(folded_before)
    if agent is None and rule.cls == "Offensive" and did is not None:
        # «قتلت الأربعاء ثمانية مسلحين هاجموا مجمع …», «إن مسلحين هاجموا …»: the men of no
        # name right before the verb did it, not the sentence's subject
        return _Agent(None, unnamed=_as_written(words_before, did.group("men")))
    begun = _BEGUN_BY_IT.search(fold(text[start:end]))
    if (
        agent is None
        and rule.agent == "after"
        and begun is not None
        and not any(0 <= m.start - end <= 2 for m in actors)
        # («عملية «العاصفة» التي أطلقتها الجمعة»: launched, a day right after; not
        # «صاروخا أطلقه المتمردون الحوثيون», its subject a few words on)
        and (
            begun["verb"] == "بدا"
            or _A_DAY_NEXT.match(fold(text[end : end + 20]))
            # («غارات جوية مكثفة شنها على مناطق …»: waged, «على» right after, no doer)
            or (begun["verb"] == "شن" and fold(text[end : end + 8]).split()[:1] == ["علي"])
        )
    ):
        # «بعد هجوم بدأته الثلاثاء»: begun by the sentence's subject, the pronoun its object
        # (not «الهجوم الذي بدأته القوات العراقية»: its subject right after it)
        # («أعلنت الحكومة أن قواتها استعادت …، بعد هجوم بدأته»: begun by the subject of the
        # clause «أن» opens, the forces, not the government that says so)
        agent = _subject_of_that(actors, start, text, offset) or _subject_before(
            actors, start, text, offset
        )
        agent_referred = True
    if agent is None and rule.agent == "before":
        # «مع مسلحين متسللين تقول نيودلهي إنهم مدعومون من …»: «إنهم» after the one who says
        # it stands for those named right before the saying, whoever they are
        agent = _they_said_of(actors, start, text)
    if agent is None and rule.agent == "before" and _WAGED_BY.search(fold(text[start:end])):
        # «الهجوم الذي تشنه أنقرة على …»: the relative clause's subject right after its verb
        # (none there, «الهجوم الذي يشنه منذ مطلع الشهر»: the actor named before)
        agent = next(
            (m for m in actors if 0 <= m.start - end <= 2 and "\u060c" not in text[end : m.start]),
            None,
        )
    if (
        agent is None
        and rule.words[0] == "سيطر"
        and re.fullmatch(r"سيطرت(?:\u0647|\u0647\u0627|\u0647م)", fold(text[start:end]).split()[0])
    ):
        # «أعلن جيش أراكان الأحد سيطرته على آخر موقع … للجيش البورمي»: the noun with its
        # owner's pronoun («سيطر» takes «على», so «سيطرته» is no verb): the subject's, named
        # in the sentence
        agent = _subject_before(actors, start, text, offset)
    if agent is None and rule.words[:2] in (("لا", "يزال"), ("لا", "تزال")):
        # «التي لا يزال تنظيم الدولة الإسلامية يسيطر عليها»: the subject between the
        # auxiliary and the verb
        agent = next((m for m in actors if start < m.start and m.end < end), None)
    if agent is None and rule.words[-1] == "بين":
        # «اندلعت معارك عنيفة السبت في الخرطوم بين X وY»: the first side right after «بين»,
        # past the time and the place told between the words (and a head word its name
        # leaves out: «بين قوات الجيش والمتمردين»; or a state's forces by its adjective: «بين
        # القوات الأميركية ومسلحي …»)
        agent = next(
            (
                m
                for m in actors
                if 0 <= m.start - end <= 10
                and fold(text[end : m.start]).split()
                in ([], ["قوات"], ["القوات"], ["مقاتلي"], ["عناصر"], ["عناصر", "من"])
            ),
            None,
        )
    if agent is None and rule.agent == "after" and _QAD.search(fold(text[offset:start])):
        # «وكانت وزارة الدفاع الأميركية قد أعلنت»: the subject between «كان» and «قد»
        # (the first of them: «وكانت القوات العراقية وقوات الحشد الشعبي قد أطلقت»)
        at = offset + len(text[offset:start].rstrip()) - 2
        agent = next(
            (
                m
                for m in actors
                if offset <= m.start
                and m.end <= at
                and not _object(text, m)
                # (right after «كان»: not an actor of a clause before it, «دخلت القوات …،
                # إذ كان المسلحون قد انسحبوا»)
                and _KANA.search(fold(text[max(offset, m.start - 12) : m.start]))
            ),
            None,
        )
    gunmen_then = _QAD_MEN.search(fold(text[offset:start]))
    if agent is None and rule.agent == "after" and gunmen_then is not None:
        # «، كان مسلحون قد خطفوها السبت»: men of no name between «كان» and «قد», a group of
        # the report's own
        return _Agent(None, unnamed=_as_written(text[offset:start], gunmen_then.group("men")))
    if agent is None and _ABLE_TO.search(fold(text[max(offset, start - 16) : start])):
        # «شن التنظيم هجوما …، وتمكن من السيطرة على …»: «تمكن» joined by «و», its
        # subject the sentence's
        agent = _subject_before(actors, start, text, offset)
    if agent is None and rule.agent in ("after", "before"):
        # «قوات موالية للنظام كانت تتقدم نحو …»: a clause with no «التي» after an actor
        # not made definite, opened by «كان»: that actor is its subject
        agent = _subject_of_kana(text, start, offset, actors)
    these_inside = (
        agent is None
        and context.agent is not None
        and rule.agent in ("after", "before", "receiver")
        and (
            _THESE_FORCES.search(fold(text[start:end])) is not None
            # («وتلقت القوات المشتركة دعما»: the forces that acted together last)
            or _JOINT_FORCES.search(fold(text[start:end])) is not None
        )
    )
    if these_inside:  # «المدينة التي تخوض فيها هذه القوات معارك»: the subject in the words
        agent = context.these(fold(text[start:end]))
    if (
        agent is None
        and rule.agent == "before"
        and rule.cls not in ("SupportRelation", "claim", "announcement")
        and _WHO_DID.search(fold(text[max(offset, start - 30) : start]))
    ):
        # «مقار أمنية تابعة لحركة حماس، التي ردت بإطلاق صواريخ»: the one «التي» stands for,
        # named right before it, whose verb the words follow (not the aircraft before it)
        agent = _actor_before_relative(text, start, offset, actors)
    if (
        agent is None
        and rule.agent == "after"
        and rule.cls in _ATTACKS
        and len(rule.words) == 1
        and _AN_EARLIER_FACT.search(fold(text[offset:start]))
    ):
        # «، بعد يومين من خطفها في مطار الجزائر على أيدي عناصر من X»: an attack before the
        # sentence's fact, by the hand of those named after it
        by_hand = _by_hand(actors, end, text)
        if by_hand is not None:
            return _Agent(by_hand)
        if _verb_later(text, end, _RESPONSIBLE) is None:
            # «شنت طائرات الحلف غارات على مواقع لقوات …، بعد يومين من قصف استهدف سوقا»: its
            # doer named nowhere after it: not told (not the sentence's subject, nor the side
            # it struck)
            return None
    if agent is None and rule.cls in ("AirStrike", "Shelling"):
        agent = _striker(actors, start, end, text)
        these_aircraft = _THESE_AIRCRAFT.search(fold(text[max(offset, start - 50) : start]))
        if agent is None and these_aircraft is not None:
            # «وشنت طائرات حربية تابعة لهذه القوات غارات»: the forces named before
            agent, agent_referred = context.these(these_aircraft.group("these")), True
        if agent is None and fold(text[start:end]).startswith("ال") and context.striker:
            # «الغارات التي طالت محافظة حمص»: the strikes told before, whoever tells of them
            agent, agent_referred = context.striker, True
    said_itself = _SAID_OF_ITSELF.search(fold(text[offset:start]))
    if agent is None and rule.agent == "after" and said_itself is not None:
        # «…، وقال إنه سيطر على …»: «إنه» after a verb of saying with no subject of its own
        # is the sentence's subject, who says it did it
        agent = _subject_before(actors, offset + said_itself.start(), text, offset)
    if (
        agent is None
        and rule.cls == "claim"
        and text[start] == "\u0648"
        and re.match(r"\s*[اإأ]ن", text[end : end + 4])
    ):
        # «شن X … هجوما …، وقال إنه سيطر على …»: a verb of saying joined by «و», no subject
        # of its own before «إن»: the sentence's subject says it
        agent = _subject_before(actors, start, text, offset, persons=True)
    coordinated_verb = False
    # the words' clause (to the next comma or stop), and whether its verb has no subject of
    # its own: a preposition right after it (not «وسيطر مظليون سوفيات على …»)
    clause_end = _clause_end(text, start)
    next_word = fold(text[start:clause_end]).split()[1:2]
    # (or «معها», «معهم»: «، واشتبكوا معها في معارك»)
    subjectless = bool(next_word) and (
        _PREPOSITION.match(next_word[0]) is not None or next_word[0] in _WITH_THEM
    )
    if agent is None and text[start] == "\u0648" and rule.agent in ("after", "before"):
        # «هجوم شنه تنظيم الدولة الإسلامية وسيطر خلاله على البلدة»: a verb joined by «و»
        # to the clause before shares its subject
        # (past a description set off by commas, whose actor is not the subject: «هاجمت
        # قوات الشرطة الصربية … بلدة بريكاز …، أحد معاقل جيش تحرير كوسوفو، وقصفت …»)
        apposed = [
            (offset + a.start(), offset + a.end())
            for a in _ONE_OF_ITS_STRONGHOLDS.finditer(text[offset:start])
            if rule.cls not in ("claim", "announcement")  # («، وفق ما أعلنت …»: a source)
        ]
        earlier = [
            m
            for m in actors
            if m.end <= start
            and not any(a <= m.start < b for a, b in apposed)
            and "،" not in _cut(text, m.end, start, apposed)
        ]
        if (
            not earlier
            and subjectless
            and re.search(r"\u060c\s*$", text[offset:start])
            and not any(start <= m.start < clause_end for m in actors)
        ):
            # «شنت X … هجوما على مدينة … التي تسيطر عليها Y، وسيطرت عليها ساعات»: right
            # after a comma, no subject in its clause: the sentence's subject's
            earlier = [m for m in [_subject_before(actors, start, text, offset)] if m]
        # (in a clause «أن» opens, its subject, not a state's adjective describing the first
        # verb's object: «أن سفنا حربية أميركية دمرت … منصتين نفطيتين إيرانيتين … وأغرقت»;
        # those before a comma are not in `earlier`; looked for only past such an adjective)
        that = (
            _subject_of_that(actors, start, text, offset)
            if earlier and earlier[-1].metonym
            else None
        )
        if that is not None:
            earlier = [m for m in earlier if m.end <= that.end]
        if earlier and not _object_of_support(text, earlier[-1]):
            agent, coordinated_verb = earlier[-1], True
            # («دخلت القوات التنزانية ومقاتلو المعارضة الأوغندية … وسيطروا عليها»: the first
            # of the subjects joined by «و», the others its allies)
            while (
                first := next((m for m in earlier if _joined(text, m, agent)), None)
            ) is not None:
                agent = first
    opens_at = _clause_start(text, offset, start)
    if (
        agent is None
        and subjectless
        and rule.agent in ("after", "before")
        and _BEFORE_THAT.search(fold(text[offset:start]))
        and not any(opens_at <= m.start < clause_end for m in actors)
    ):
        # «… وسيطرت عليها ساعات قبل أن تنسحب منها»: a verb after «قبل أن» with no subject in
        # its clause: the sentence's subject's (or the subject of the «أن» clause before
        # «قبل أن»: «أعلنت الحكومة التشادية أن قواتها هاجمت … قبل أن تنسحب منها», its forces)
        folded, origin = without_marks(text[offset:start])
        words = _BEFORE_THAT.search(folded)
        agent = (
            _subject_of_that(actors, origin[words.start()] + offset, text, offset)
            if words is not None
            else None
        )
        agent = agent or _subject_before(actors, start, text, offset)
        coordinated_verb = True
    dressed = (
        _DRESSED_AS.match(fold(text[end : end + 40]))
        if agent is None and rule.agent == "end"
        else None
    )
    if dressed is not None:
        # «على أيدي رجال يرتدون زي الجيش البوركيني»: men of no name, in the uniform of a side
        # the words do not say they are of
        return _Agent(None, unnamed=_as_written(text[end : end + 40], dressed.group("men")))
    if agent is None and rule.agent == "end":  # «عادت المدينة إلى سيطرة القوات العراقية»,
        # «انسحاب آخر مقاتلي التنظيم»: the actor a few words after, in the clause
        agent = next(
            (
                m
                for m in actors
                if 0 <= m.start - end <= 25 and not re.search(r"[\u060c.]", text[end : m.start])
            ),
            None,
        )
        if agent is None and _ITS_MEN.match(fold(text[end : end + 12])):
            # «بعد انهيار دفاعات الجيش الفيتنامي الجنوبي وانسحاب جنوده»: its men, the actor
            # named last before the words, in the sentence
            agent = _named_last_before(actors, offset, start)
            agent_referred = agent is not None
        if agent is None and _THE_SOLDIERS_FROM_IT.match(fold(text[end : end + 20])):
            # «سيطرت جبهة النصرة … على معسكر وادي الضيف، أكبر قواعد قوات النظام …، بعد
            # انسحاب الجنود منه»: the soldiers of the side named last before, not the taker's
            last = _named_last_before(actors, offset, start)
            takers = {p.agent.iri for p in context.here if p.cls in CAPTURES and p.agent}
            if last is not None and last.iri not in takers:
                agent, agent_referred = last, True
    means = False
    if rule.agent == "inside":  # «هجوم التنظيم على …»: the actor between the words
        agent = next((m for m in actors if start < m.start and m.end <= end), None)
        if rule.words == ("هجمات", "علي") and (
            agent is None or len(fold(text[start : agent.start]).split()) != 1
        ):
            return None  # (attacks whose doer's name is right after them: «هجمات القوات …»)
        attacked = next((m for m in actors if 0 <= m.start - end <= 2), None)
        after_a_fact = fold(text[max(offset, start - 8) : start]).split()[-1:] in (
            ["بعد"],
            ["اثر"],
        )
        if agent is None and attacked is not None and after_a_fact:
            # «سيطر التنظيم على الحقل بعد هجوم على القوات الحكومية»: the subject's attack
            # on those named after it
            agent = next(
                (
                    m
                    for m in actors
                    if m.end <= start and not _object(text, m) and m is not attacked
                ),
                None,
            )
        elif agent is None and _IN_BEFORE.search(fold(text[max(offset, start - 6) : start])):
            # «حررت قوات بريطانية … جنودا …، في هجوم على قاعدة للميليشيا»: the means of the
            # deed of the subject right after the sentence's verb; with none («قتل 53 جنديا
            # … في هجوم على موقع للجيش المالي …، وتبنى تنظيم الدولة الإسلامية الهجوم»), the
            # one who claims it, or is held responsible or accused («…، فيما اتهم حاكم
            # الولاية … جماعة بوكو حرام بتنفيذه»)
            agent = _subject_of_the_opening_verb(actors, offset, start, text) or _doer_by_its_word(
                text, end, actors
            )
            if agent is None:
                return None
            means = True
        elif agent is None and (joined := _joined_to_an_attack(context.here, text, start)):
            # «شنت القوات الماليزية غارات جوية وهجوما بريا على …»: a second thing waged,
            # joined by «و» to the attack told right before it: that attack's doer
            agent, agent_referred = joined.agent, True
        elif (
            agent is None
            and rule.words == ("قتل", "منهم")
            and (subject := _subject_of_the_opening_verb(actors, offset, start, text))
        ):
            # «أعلن الجيش الكيني أن قواته صدت … هجوما شنه مقاتلو حركة الشباب …، وقتلت 57
            # منهم»: a verb joined to what the sentence's subject did, of those it fought
            agent, agent_referred = subject, True
        elif agent is None and not _GROUP_WORD.search(fold(text[start:end])):
            return None  # («أطلقت القوات هجوما على …»: the launch's offensive)
    if agent is None and rule.agent == "subject" and rule.cls == "Capture":
        retaken_from = _those_it_was_retaken_from(actors, text, offset, start, end)
        if retaken_from is not None:
            return retaken_from
    if agent is None and rule.agent == "subject":
        # «أعلنت X … القضاء على Y، بعد سيطرتها على …»: the sentence's subject's; a participle
        # after a comma («فيما نفت وزارة الدفاع الأرمينية ذلك، مؤكدة أن»): its clause's
        said_before = text[offset:start].rstrip()
        if said_before.endswith("\u060c"):
            opens = offset + said_before[:-1].rfind("\u060c") + 1
            verb = _SAYING.search(fold(text[opens:start]))
            if verb is not None and verb.group("verb") == "اعلن" and rule.cls == "claim":
                # «أعلن العبادي انتهاء الحرب …، مؤكدا أن …»: more of his announcement, not
                # a claim of its own
                return None
            if verb is not None:  # «فيما نفت X ذلك، مؤكدة أن …»: the denier's (a person too)
                agent = _subject_before(actors, start, text, opens, persons=True)
        # (a place said freed, «أعلنت نائبة وزير الدفاع الأوكراني … أن المنطقة باتت محررة»:
        # a person's too, whose title's state holds it)
        that = _subject_of_that(actors, start, text, offset)
        if agent is None and that is not None and not re.search("[،.]", text[that.end : start]):
            # «فيما قال متحدث باسم الجيش الإسرائيلي إن قواته تتصدى للهجوم»: the subject of
            # the clause «إن» opens, the words in it
            agent = that
        agent = agent or _subject_before(actors, start, text, persons=rule.cls == "ControlPeriod")
        done = [
            p
            for p in context.here
            if p.agent is not None and p.cls not in ("claim", "announcement") and p.end <= start
        ]
        if (
            agent is not None
            and done
            and _THAT.search(fold(text[agent.end : start]))
            and all(p.agent is not None and p.agent.iri != agent.iri for p in done)
        ):
            # «أعلنت وزارة الدفاع السوفياتية أن آخر وحدات الجيش السوفياتي أنجزت انسحابها …،
            # بعد … من دخولها البلاد»: the one that said it tells another's deed; the pronoun
            # is that doer's, the last fact's before the words
            agent = max(done, key=lambda p: p.end).agent
    men_who = (
        _MEN_WHO.search(fold(text[max(offset, start - 30) : start])) if agent is None else None
    )
    if men_who is not None:
        # «قتلت جميع المهاجمين الذين اقتحموا الثلاثاء مجمع …، في هجوم … وتبنته حركة الشباب»:
        # the men «الذين» stands for, no name given them, the claimant's (else a group of the
        # report's own); not the subject of the «أن» clause
        claimant = _claimed_by(text, end, actors)
        told = _as_written(text[max(offset, start - 30) : start], men_who.group("men"))
        return _Agent(claimant) if claimant else _Agent(None, unnamed=told)
    that = _subject_of_that(actors, start, text, offset) if rule.agent == "after" else None
    if (
        agent is None
        and that is not None
        and rule.cls not in ("claim", "announcement")
        and not text[that.end : start].strip()
        # (not a verb whose object follows with «ل», read below: «أن قواته تصدت لقوات …»)
        and not any(
            0 <= m.start - end <= 3 and "\u0644" in (text[m.start], text[m.start - 1])
            for m in actors
        )
    ):
        # «إن زوارق طوربيد فيتنامية شمالية هاجمت … المدمرة الأميركية»: the actor the clause of
        # «إن» opens with, right before the verb, is its subject (the one after, its object)
        agent = that
    if (
        agent is None
        and rule.cls in ("Shelling", "AirStrike")
        and _ITS_ARMS_AFTER.match(fold(text[end : end + 16]))
    ):
        # «أعلن ضباط في الجيش اليمني …، بعد أن قصفت دباباتهم قصر الإمام»: their own tanks,
        # of the sentence's subject told before (not the one whose palace is struck)
        agent, agent_referred = _subject_before(actors, start, text, offset), True
    if agent is None and rule.words[-1] == "بين" and fold(text[start:end]).split()[-1] == "بينها":
        # «سيطرت على …، مع اندلاع معارك بينها وبين الجيش»: «بينها» names a side, the
        # sentence's subject, the one after «وبين» the other
        agent, agent_referred = _subject_before(actors, start, text, offset), True
    if agent is None and rule.words[-1] == "بصاروخ":
        # «إصابة ناقلة نفط كويتية ترفع العلم الأميركي بصاروخ إيراني»: whose the missile is, by
        # its adjective right after it (not the flag's state told before)
        agent = next((m for m in actors if 0 <= m.start - end <= 1), None)
    if agent is None and rule.agent in ("after", "receiver"):
        hands = rule.cls in (*CAPTURES, "TerritorialLoss")
        agent = _subject_after(actors, start, place, text, hands)
        if (
            (
                agent is not None
                and rule.cls in ("claim", "announcement")
                and _THAT.search(fold(text[end : agent.start]))
            )
            or (
                # («هجوم شنه مسلحون على القنصلية الأميركية», «أطلق مسلحون صاروخين على طائرة ركاب
                # إسرائيلية»: the one whose building or aircraft is struck, past «على», not the doer)
                agent is not None
                and rule.cls in _ATTACKS
                and "علي" in fold(text[start : agent.start]).split()[1:]
            )
            or (
                # («برصاص شرطي تركي خارج الخدمة»: a man of the state's, off duty, not the state)
                agent is not None and _off_duty(fold(text[end : agent.end + 20]))
            )
            or (
                # («في انفجار قنبلتين في حانتين يرتادهما جنود بريطانيون»: those who frequent the
                # place struck, in a clause describing it, not the doer)
                agent is not None
                and rule.cls in _ATTACKS
                and _WHO_FREQUENT.search(fold(text[max(0, agent.start - 24) : agent.start]))
                is not None
            )
            or (
                # («هاجم عشرات الجهاديين فجر الاثنين ثكنة للجيش …»: men of no name right after
                # the verb are its doers; the army named words after them owns what they
                # attack; not one right after them, theirs: «مسلحون مرتبطون بتنظيم …»)
                agent is not None
                and len(_past_unknown_men(fold(text[end : agent.start])).split()) > 1
            )
            or (
                # («أعلن الحرس الثوري الإيراني … أنه احتجز ناقلة النفط البريطانية»: «أنه» right
                # before the verb is its doer, who says it; not a side named after it)
                agent is not None
                and _IT_RIGHT_BEFORE.search(fold(text[max(offset, start - 8) : start])) is not None
            )
        ):
            # («غير أن متحدثا باسم طالبان قال إن مقاتلي الحركة انسحبوا»: after «إن» is
            # what is said, not who says it; the one who does is named before the verb)
            agent = None
    if agent is None and rule.agent == "owner":  # «الجيش العراقي في عملياته»: whose they are
        # (not one fought or named as a border: «الحدودية مع تركيا»)
        agent = next((m for m in reversed(actors) if m.end <= start and not _object(text, m)), None)
    if agent is None and rule.agent == "before" and len(rule.words) > 1:
        # «بدء قواته هجوما عليها»: a verbal noun's doer right after it, between the words
        first_end = start + len(text[start:end].split(maxsplit=1)[0])
        agent = next(
            (
                m
                for m in actors
                if 0 < m.start - first_end <= 2
                and m.end < end
                and not _object(text, m)
                and not _object_of_support(text, m)
            ),
            None,
        )
    if agent is None and rule.agent == "before" and len(fold(text[offset:start]).split()) <= 1:
        # a sentence that opens with the verb, its subject after it («طردت وحدات … التنظيم»)
        agent = _subject_after(actors, start, place, text)
    if agent is None and rule.cls == "Presence" and rule.words[0].startswith("\u0627\u0644"):
        # «مع وحدات الجيش اليمني المنتشرة فيها»: the participle describes the name right
        # before it, whoever fights it
        agent = next((m for m in reversed(actors) if 0 <= start - m.end <= 2), None)
    if (
        agent is None
        and rule.agent in ("before", "after", "end")
        and _possessive_on_the_words(rule, fold(text[start:end]).split())
    ):
        # «أعلن الجيش … أن قواته استعادت … من X، بعد … من بدء هجومه على المسلحين»: «his
        # offensive» is the sentence's subject's, not the one named last (who was fought); so
        # is «فيما واصلت تقدمها نحو العاصمة», its advance
        agent = _subject_before(actors, start, text, offset)
        agent_referred = agent is not None
    verb_end = start + len(text[start:end].split(maxsplit=1)[0])
    if agent is None and rule.agent == "after" and _SOME_OF_THEM.match(fold(text[verb_end:end])):
        # «إذ غادر نحو 400 منهم المرفأ»: some of those named before, by number
        agent, agent_referred = _subject_before(actors, start, text, offset), True
    if agent is None and rule.agent == "after" and rule.cls == "Flight":
        # («المدنيين الإيزيديين الذين لجأوا إلى الجبل»: who flees is named after the verb,
        # else not an actor; not the one named before)
        return None
    verb_end = start + len(text[start:end].split(maxsplit=1)[0])
    for after in (verb_end, end) if agent is None and rule.agent == "after" else ():
        # «سيطر مسلحون مجهولون فجر الخميس على …»: men told as unknown right after the verb
        # (between the words, or after them), no actor named there: a group of the
        # report's own
        # (or the defenders of a place: «استسلم المدافعون اليهود عن الحي اليهودي»; an actor
        # named among the words is theirs, not a group of the report's own)
        for men_of_no_name in (_UNKNOWN_MEN, _DEFENDERS):
            men = men_of_no_name.match(fold(text[after : after + 40]))
            if men and after < end and men.group("men").split()[0] in rule.words[1:]:
                # («تحاصر مسلحين متحصنين في الفندقين»: the men the words name, besieged)
                continue
            told = _as_written(text[after : after + 40], men.group("men")) if men else ""
            at = text.find(told, after) if told else -1
            if at >= 0 and (
                not any(at <= m.start < at + len(told) + 2 for m in actors)
                or _off_duty(fold(told))  # (his state's adjective: not his state's deed)
            ):
                # (an attack the sentence says a side claims: that side's men, «هجوم شنه
                # مسلحون على الفندق …، فيما تبنت جماعة المرابطون الهجوم»)
                # (or holds responsible for it: «… حملت السلطات الكينية حركة الشباب مسؤولية
                # الهجوم»; others of no name: «فيما حملت السلطات الصينية انفصاليين من منطقة
                # شينجيانغ مسؤولية الهجوم», those others)
                # (or is said to be of: «فيما قال الجيش الهندي إن المهاجمين … ينتمون إلى
                # جماعة جيش محمد»)
                claimant = (
                    _claimed_by(text, end, actors)
                    or _held_responsible(text, end, actors)
                    or _said_behind_it(text, end, actors)
                    if rule.cls in _ATTACKS
                    else None
                )
                accused = (
                    _held_responsible_unnamed(text, end, actors) if rule.cls in _ATTACKS else ""
                )
                return _Agent(claimant) if claimant else _Agent(None, unnamed=accused or told)
    if agent is None and rule.agent == "after":
        # «استسلمت الأحد في بلدة جادوفيل … سرية من الجنود الإيرلنديين التابعين لقوات الأمم
        # المتحدة في الكونغو»: men of a unit told after the verb, serving with the force named
        # right after them, in its clause: that force's
        agent = next(
            (
                m
                for m in actors
                if 0 <= m.start - end <= 120 and _MEN_SERVING_WITH.search(fold(text[end : m.start]))
            ),
            None,
        )
    if agent is None and rule.agent == "after" and _unnamed_after(text, end, actors):
        # «بعد أن استسلم عناصر ميليشيا محلية كانت تسيطر عليها»: its doers are right after
        # it, named by no one's name; not the actor named before
        return None
    if (
        agent is None
        and rule.agent == "after"
        and rule.cls not in ("claim", "announcement")
        and _ACCUSING.search(fold(text[max(offset, start - 90) : start]))
        and not any(m.start >= end and not re.search("[،.]", text[end : m.start]) for m in actors)
    ):
        # «اتهم ريغان العقيد معمر القذافي بالوقوف وراء تفجير …»: the one accused, named last
        # before the words, none after them (the accusation makes it the accuser's account)
        agent = _named_last_before(actors, offset, start)
    that_lead = text[max(offset, start - 40) : start]
    unnamed_forces = _FORCES_THAT.search(fold(that_lead))
    said = _as_written(that_lead, unnamed_forces.group()) if unnamed_forces is not None else ""
    if (
        agent is None
        and rule.cls not in ("claim", "announcement")
        and said
        and not any(start - len(said) <= m.start < start for m in actors)
    ):
        # «قال الجيش الشعبي إن القوات الشمالية قصفت البلدة»: forces no name is given for
        # do it, the subject of the clause «إن» opens; not the one who says so; those who
        # took the place, where the words say it came before their entering it («… قبل
        # دخولها», a taking told in the sentence)
        taken = [p for p in context.here if p.cls in CAPTURES and p.agent is not None]
        if taken and _BEFORE_TAKING_IT.match(fold(re.split(r"[،.]", text[end : end + 60])[0])):
            return _Agent(taken[-1].agent, referred=True)
        return None
    if agent is None and rule.words == ("في", "مواجهه"):
        # «لدعم الرئيس جواو برناردو فييرا في مواجهة الجنود المتمردين»: the one named right
        # before faces them, whoever it is (a person too, one backed too)
        agent = next((m for m in actors if 0 <= start - m.end <= 2), None)
    clause = fold(text[offset:start]) if rule.cls not in ("claim", "announcement") else ""
    men_that = _MEN_THAT.search(clause) if agent is None and rule.agent == "after" else None
    if men_that is not None:
        # «أعلن الجيش الإسرائيلي أن آخر المسلحين الفلسطينيين المتحصنين في مخيم جنين …
        # استسلموا»: men of no name, the subject of the clause «أن» opens, before its verb, a
        # group of the report's own; not the one who says so
        return _Agent(None, unnamed=_as_written(text[offset:start], men_that.group("men")))
    police_at = (
        text.rfind("الشرطة", offset, start) if agent is None and _POLICE_THAT.search(clause) else -1
    )
    # (not «الشرطة» read as a police force named before: then it is a mention)
    if police_at >= 0 and not any(m.start <= police_at < m.end for m in actors):
        # «قالت السلطات الصربية إن الشرطة قتلت عشرات من مقاتلي X خلال عملية»: the police,
        # of no name the gazetteer gives, do it (a group of the report's own, for the analyst
        # to name); not the one who says so, nor those killed
        return _Agent(None, unnamed=text[police_at : police_at + 6])
    if agent is None and rule.agent in ("after", "receiver", "before", "owner"):
        of_men = fold(text[start:end]).split()[0].endswith("\u0648\u0627")
        before = [
            m
            for m in actors
            if m.end <= start
            and not _object_of_support(text, m)
            and not _object(text, m)
            # («النصر على التنظيم»: the one beaten)
            and fold(text[max(0, m.start - 6) : m.start]).split()[-1:] != ["علي"]
            # («قتل 33 جنديا تركيا … في غارة»: those killed, not who struck)
            and not _KILLED.search(fold(text[max(0, m.start - 30) : m.start]))
            # («قتل 38 سائحا معظمهم بريطانيون … في هجوم», «معظمهم من السياح الإسرائيليين»:
            # among those killed)
            and not _MOST_OF_THEM.search(fold(text[max(0, m.start - 30) : m.start]))
            # («على مقار الحكومة وقيادة الجيش»: whose headquarters are taken)
            and fold(text[max(0, m.start - 8) : m.start]).split()[-1:] not in SEAT_OF_AN_ACTOR
            # («في مدينة فولغوغراد جنوب روسيا»: a country named as where, not who did it)
            and (fold(text[max(0, m.start - 8) : m.start]).split() or [""])[-1] not in _SIDES
            # («قصفت سفن … مواقع لمقاتلي الحزب …، دعما للجيش»: whose positions are struck)
            and not _POSITIONS_OF_MEN.search(fold(text[max(0, m.start - 20) : m.start]))
            # («قوات سوريا الديموقراطية، التي تشكل وحدات حماية الشعب … عمودها الفقري،»: an
            # actor told of in a relative clause set off by commas, not the clause's subject)
            and not _in_a_relative_aside(text, m)
            # («نقلتهم طائرات أميركية، وسيطروا عليه»: a verb of men, «ـوا», is not said of
            # aircraft named by their state's adjective)
            and not (of_men and _of_aircraft(text, m))
            # («أعلن حزب الله مقتل قائده العسكري … في انفجار سيارة مفخخة»: the teller of the
            # dead a blast killed, not its doer)
            and not (rule.words[0] == "انفجار" and _A_DEATH.search(fold(text[m.end : start])))
            # («أن قواته التي حاصرتها القوات الإسرائيلية … غادرت البلدة»: the subject of a
            # relative clause, right after its verb, is not the main verb's, unless the words
            # are joined to that verb by «و»)
            and not (
                _WHO_DID.search(fold(text[max(offset, m.start - 30) : m.start]))
                and not fold(text[start:end]).startswith("\u0648")
            )
        ]
        within = [
            m
            for m in actors
            if start <= m.start and m.end <= end and not _object_of_support(text, m)
        ]
        if rule.cls not in ("claim", "announcement"):  # (a person takes no town, nor
            # does the office in his title: «رئيس الحكومة العراقية حيدر العبادي»)
            titled = [
                m for m in before if any(p.person and 0 <= p.start - m.end <= 2 for p in actors)
            ]
            not_persons = [m for m in before if not m.person and m not in titled]
            # (nor does one killed in an attack carry it out: «قتل وزير الدفاع … في تفجير»)
            before = not_persons or ([] if rule.cls in _ATTACKS else before)
        agent = _coordinated_first(before, text) if before else within[0] if within else None
    if agent is None and rule.cls in _ATTACKS:
        # an attack with no doer named, its sentence holding someone responsible («فيما حملت
        # أنقرة قوات النظام السوري مسؤولية الهجوم»): the one held responsible; or claiming
        # it («في هجوم تبناه تنظيم الدولة الإسلامية»): the one who claims it
        agent = _doer_by_its_word(text, end, actors)
    # (or men of no name held responsible: «في هجوم بطائرة مسيرة على قاعدة …، فيما حمّل
    # الرئيس الأميركي جو بايدن جماعات مسلحة مدعومة من إيران … مسؤولية الهجوم»)
    held_unnamed = (
        _held_responsible_unnamed(text, end, actors)
        if agent is None and rule.agent in ("none", "after") and rule.cls in _ATTACKS
        else ""
    )
    group_referred = False
    agent_referred = agent_referred or these_inside or coordinated_verb
    group_word = "التنظيم"
    # the organisation «التنظيم» stands for: one named before in the sentence, else before it
    named_groups = [m for m in actors if m.end <= start and is_group(m, text)]
    group = named_groups[-1] if named_groups else context.group
    if rule.agent != "none" and group is not None:
        # «التنظيم» as the subject: before the words, nearer than the actor found, or the
        # first word after a verb («خسر التنظيم»)
        lead = max(offset, start - 40)
        before_words = list(_GROUP_WORD.finditer(fold(text[lead:end])))
        raw_after = re.findall(r"\w+", fold(text[end : end + 30]))[:2]  # («للتنظيم»)
        after_words = [_without_lam(w) for w in raw_after]
        timeless = _timeless(rule.words, rule.cls)
        if timeless:  # «أكبر معقل متبق للتنظيم»: whose, past an adjective
            after_words = [w for w in after_words if w in _GROUP][:1] or after_words
        if (
            before_words
            and (agent is None or agent.end <= lead + before_words[-1].start())
            and fold(text[lead:start])[: before_words[-1].start()].split()[-1:]
            not in ([w] for w in _OBJECT_MARK)
        ) or (
            after_words[:1]
            and after_words[0] in _GROUP
            and rule.words[-1] not in _OBJECT_MARK  # «معارك مع التنظيم»: the one fought
            and not (rule.agent == "before" and rule.opponent == "after")  # «طرد التنظيم»
            and (agent is None or (rule.agent == "after" and agent.end <= start) or timeless)
        ):
            agent, group_referred = group, True
            # (the word as written: «للتنظيم», not «التنظيم»)
            group_word = (
                _as_written(text[lead:end], before_words[-1].group("word"))
                if before_words
                else _as_written(
                    text[end : end + 30],
                    next(w for w in raw_after if _without_lam(w) == after_words[0]),
                )
            )
    if agent is None and rule.agent != "none" and context.agent is not None:
        # «وسيطر في …»: a sentence opening with its verb, the subject not said again
        verb_end = start + len(text[start:].split(maxsplit=1)[0])
        opening = (
            len(fold(text[offset:start]).split()) <= 1
            and fold(text[start : start + 2]) != "ال"  # a noun («وتأتي السيطرة على …»)
            and _unsaid_subject(text, verb_end)
        )
        # «وجاء ذلك بعد نحو أسبوع من طرد الجهاديين من مدينة تدمر»: a verbal noun whose
        # doer is not said, after a preposition, in a sentence naming no actor before it
        unsaid = (
            rule.agent == "before"
            and fold(text[max(offset, start - 8) : start]).split()[-1:] in (["من"], ["بعد"])
            and not any(m.end <= start for m in actors)
        )
        if opening or unsaid or _THESE_FORCES.search(fold(text[offset : end + 30])):
            agent, agent_referred = context.these(fold(text[offset : end + 30])), True
    if agent is None and not held_unnamed and fold(text[start:end]).split()[-1:] == ["مسلحون"]:
        # «قتل مسلحون من جماعة بوكو حرام 97 شخصا»: the group named right after them
        agent = next((m for m in actors if fold(text[end : m.start]).split() == ["من"]), None)
        if agent is None:
            # «قتل مسلحون 137 شخصا الأحد في هجمات متزامنة على قرى …»: the men the words name,
            # no one held responsible: a group of the report's own
            held_unnamed = text[start:end].split()[-1]
    if (
        agent is not None
        and 0 <= start - agent.end <= 20
        and (these := _THESE_FORCES.fullmatch(fold(text[agent.end : start]))) is not None
    ):
        # «وحمل الجيش السوداني هذه القوات مسؤولية اغتياله»: «هذه القوات» between the one named
        # before and the words, the forces named before it (not the one who holds them to it)
        named_before = [m for m in actors if m.end <= agent.start]
        meant = context.these(these.group(), named_before, text)
        if meant is not None and meant is not agent:
            agent, agent_referred = meant, True
    return _Agent(
        agent, agent_referred, group_referred, group_word, unnamed=held_unnamed, means=means
    )


# a place described between commas as one of an actor's strongholds: «، أحد معاقل جيش تحرير
# كوسوفو،» (as written)
_ONE_OF_ITS_STRONGHOLDS = re.compile(
    r"\u060c\s*(?:[أا]حد|آخر|[أا]برز|[أا]كبر|[أا]هم)\s+معا?قل[^\u060c.]*\u060c"
)


def _cut(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The text from start to end without the spans inside it."""
    kept, at = [], start
    for a, b in sorted(spans):
        if start <= a and b <= end:
            kept.append(text[at:a])
            at = b
    return "".join(kept) + text[at:end]


_WHICH = re.compile(r"(?<!\w)(?:التي|الذي|الذين)(?!\w)")  # a relative pronoun (folded)
_AREAS_BEFORE = re.compile(r"(?<!\w)(?:ال)?(?:مناطق|اراضي)\s*$")  # «المناطق» before the words


def _they_said_of(actors: list[Mention], start: int, text: str) -> Mention | None:
    """The actor named right before «تقول X إنهم» just before the words, which «إنهم» stands
    for; None where the words do not follow a speaker and «إنهم»."""
    speaker = next(
        (
            m
            for m in reversed(actors)
            if m.end <= start and _THEY_ARE.fullmatch(fold(text[m.end : start]))
        ),
        None,
    )
    if speaker is None:
        return None
    lead = text[max(0, speaker.start - 10) : speaker.start]
    if not lead.split() or _SAID_RIGHT_BEFORE.search(fold(lead)) is None:
        return None
    verb_at = text.rfind(lead.split()[-1], 0, speaker.start)  # (where «تقول» begins)
    return next(
        (m for m in reversed(actors) if m.end <= verb_at and not text[m.end : verb_at].strip()),
        None,
    )


# a verb of saying right before a name (folded): «تقول», «قالت», «أكد»
_SAID_RIGHT_BEFORE = re.compile(r"(?<!\w)[وف]?(?:[تي]قول|قال\w*|اكد\w*|اعلن\w*)\s*$")


def _says_it(attribution: Proposal, backing: Proposal, text: str) -> bool:
    """Whether a backing is what the attribution says, told right after its «إنهم»: «تقول
    نيودلهي إنهم مدعومون من الجيش الباكستاني»; or in the clause its «أن» opens, sent to
    back («أن القوات أرسلت لدعم …») or its predicate: «وتقول كينشاسا وخبراء في الأمم المتحدة
    إن الحركة مدعومة من الجيش الرواندي»."""
    if backing.end <= attribution.end:
        return False
    if _THEY_ARE.match(fold(text[attribution.end : attribution.end + 8])):
        return True
    if backing.rule.split()[0] in _TO_BACK and _THAT_OPENS.match(
        fold(text[attribution.end : backing.end])
    ):
        # «أعلن أيزنهاور أن القوات أرسلت لدعم الحكومة اللبنانية»: sent to back, in the clause
        # «أن» opens
        return True
    return backing.rule.split()[0] == "مدعوم" and bool(
        _THAT_ENDS.search(fold(text[attribution.end : backing.start]))
    )


# «أن …» opening the words after an attribution (past its day: «الجمعة أن»), to a backing's
# end, in one clause (folded)
_THAT_OPENS = re.compile(r"^\s*(?:[^\s.\u060c]+\s+){0,2}?[اإأ]ن\s[^.\u060c]{0,80}$")
# «… إن» right before the one backed, a few words after the one who says it (folded)
_THAT_ENDS = re.compile(r"^[^.\u060c]{0,60}(?<!\w)[اإأ]ن\s*$")


_THEY_ARE = re.compile(r"\s*[اإأ]ن(?:\u0647|\u0647\u0627|\u0647م)\s*")  # «إنهم» (folded)
_CAUSE_BEFORE = re.compile(r"(?<!\w)(?:اثر|عقب)\s*$")  # «إثر», «عقب» right before the words


def _time_of(
    rule: Trigger,
    start: int,
    end: int,
    offset: int,
    times: list[TimeMention],
    text: str,
    relative: bool,
    context: Context,
) -> TimeMention | None:
    """When the fact of the words is: the time nearest them in their clause; a stronghold's
    and a relative clause's hold are not dated by the sentence's other times (a relative
    clause's own time is its own); «غداة …» the day before the sentence's day; «بعد نحو
    تسعة أشهر من …» that long before the sentence's day, else the day of the sentence
    before, else the report's date."""
    timeless = _timeless(rule.words, rule.cls)
    if rule.cls == "SiegeBreak":  # «كاسرة حصارا فرضه التنظيم منذ 2015»: the siege's time
        times = [t for t in times if not _since(t, text)]
    time = None if timeless or relative else _nearest(times, start, text, end)
    carried_out = next((t for t in times if t.start >= end), None)
    if (
        not timeless
        and carried_out is not None
        and _CARRIED_OUT_THEN.match(fold(text[end : carried_out.start]))
    ):
        # «غارة جوية نفذها مساء الجمعة»: the day it was carried out, told right after
        time = carried_out
    if relative and not timeless:  # a time in the relative clause itself
        time = next((t for t in times if t.start >= end and "،" not in text[end : t.start]), None)
    right_before = fold(text[max(offset, start - 12) : start])
    if (
        time is not None
        and time.end <= start
        and not relative
        and _RELATIVE_VERB_THEN.search(fold(text[max(offset, time.start - 30) : time.start]))
        and not re.search("[،.]", text[time.end : start])
        and not fold(text[start:end]).startswith("\u0648")
        # (not what the relative clause's fact came after, in it: «التي دخلتها الأحد إثر
        # انسحاب المقاتلين الأكراد منها»)
        and not _CAUSE_BEFORE.search(right_before)
        and not _AFTER_RIGHT_BEFORE.search(right_before)
    ):
        # «أن قواته التي سيطرت الاثنين على قرية العوجة … توغلت في شبه جزيرة سيناء»: the day
        # of a relative clause about the subject, right after its verb, is not the main verb's
        time = None
    if (
        time is not None
        and time.end <= start
        and not timeless
        and not relative
        and _CAUSE_BEFORE.search(right_before)
    ):
        # «في اليوم الثالث من المعارك التي اندلعت إثر هجوم جورجي على …»: what set off a fact
        # told in a relative clause after the time came before it, on a day not told
        pronouns = list(_WHICH.finditer(fold(text[time.end : start])))
        if pronouns and "،" not in fold(text[time.end : start])[pronouns[-1].end() :]:
            time = None
    opens = _clause_start(text, offset, start)
    if _PAST_PERFECT.search(fold(text[opens:start])) and (time is None or time.start < opens):
        # «والتي كانت قوات حفتر قد اتخذتها قاعدة»: a clause of its own time, which it does not
        # tell, not the day of the sentence's main fact
        return None
    day = _nearest([t for t in times if t.datatype == "date"], start, text)  # its day, if told
    if _the_day_before(text, offset, start) or rule.words[0] == "غداه":
        time = _day_before(day) if day is not None else None
    span_before = _SPAN_BEFORE.search(fold(text[max(offset, start - 40) : start]))
    if span_before is None and rule.words[0] == "بعد":
        # «بعد أكثر من ثمانية أشهر من سيطرتها على»: the span inside the words
        span_before = _SPAN_IN_CLAUSE.match(fold(text[start:end]) + " ")
    if span_before is None:  # «بعد ثلاثة أسابيع من هجوم مباغت شنه التنظيم وسيطر خلاله …»
        clause = fold(text[max(offset, start - 80) : start])
        spans = list(_SPAN_IN_CLAUSE.finditer(clause))
        # (not past a relative pronoun: «بعد أكثر من شهر من المعارك مع كتائب الزنتان التي
        # كانت تسيطر عليه منذ عام 2011» is the clause's own time)
        if spans and not re.search(
            r"[،.]|(?<!\w)(?:التي|الذي|الذين)(?!\w)", clause[spans[-1].end() :]
        ):
            span_before = spans[-1]
    # (its own day told after the words wins: «بعد أيام من بدء توغلها … في السادس من الشهر
    # نفسه»)
    own_day = (
        time is not None
        and time.start >= end
        and time.datatype == "date"
        and not re.search("[،.]", text[end : time.start])  # (in its clause)
    )
    if (
        span_before is not None
        and not timeless
        and not (relative and time is not None)
        and not own_day
    ):
        # (a relative clause's own time stays its own: «بعد نحو سبعة أشهر من المعارك مع
        # التنظيم الذي كان يسيطر على المدينة منذ 2015»)
        # (from the sentence's day, else its month or year: «ظهر في تموز/يوليو 2014 … بعد
        # أيام من إعلان …», else the day of the sentence before)
        told = [t for t in times if t.start < start and t.datatype in ("gYearMonth", "gYear")]
        anchor = day or (told[-1] if told else None) or context.day
        said = _as_written(text[max(offset, start - 80) : end], span_before.group().strip())
        time = _span_before(span_before, anchor, context.report, said)
    if not timeless and _SAME_TIME.search(fold(text[offset : end + 30].split("،")[0])):
        # «وفي الوقت نفسه، أعلن حزب الله بدء هجوم»: the day told before (earlier in the
        # sentence: «أعلن X السبت …، فيما أكدت موسكو في اليوم نفسه …»)
        time = time or _the_day_told_before(times, start, context)
    if not timeless and time is None and _HOURS_LATER.search(fold(text[opens : end + 30])):
        # «وشنت طائرات أميركية بعد ساعات غارات على …»: hours after what was told before, its
        # day (read as that day), said from where the words' clause opens
        time = _the_day_told_before(times, start, context)
    if time is None and "المهاجمين" in rule.words[1:]:
        # «وقال الجيش الباكستاني إن قواته قتلت المهاجمين الأربعة داخل الجامعة»: the attackers
        # killed on the day of the attack told before, by then
        time = _the_day_told_before(times, start, context)
    return time


def _possessive_on_the_words(rule: Trigger, said: list[str]) -> bool:
    """The words' offensive or advance carries a possessive pronoun as written («هجومه»,
    «تقدمها»): its owner is the sentence's subject."""
    return any(
        # («بعد أكثر من عام من خروجهم من المدينة»: their leaving)
        word in (*_OPERATION_NOUNS, "تقدم", "خروج", "انسحاب")
        and re.fullmatch(word + "(?:\u0647|\u0647\u0627|\u0647\u0645)", written) is not None
        for word, written in ((rule.words[-1], said[-1]), (rule.words[0], said[0]))
    )


def _clause_start(text: str, offset: int, start: int) -> int:
    """Where the clause of the words at `start` opens: after the last comma before them in
    the sentence at `offset`, else at the sentence's start."""
    return offset + text[offset:start].rfind("\u060c") + 1


# where a pull-out goes, right before the place (past its head noun): «باتجاه مدينة» (folded)
_WENT_TO = re.compile(r"(?<!\w)(?:باتجاه|نحو)(?:\s+\S+)?\s*$")


def _not_where_it_went(before: list[Mention], text: str) -> list[Mention]:
    """The places a pronoun may stand for, less those a pull-out went to («انسحبوا من
    المدينة باتجاه مدينة دونيتسك، بعد … من سيطرتهم عليها»: the town they left, named
    before or referred back to)."""
    return [m for m in before if not _WENT_TO.search(fold(text[max(0, m.start - 14) : m.start]))]


# the words that give a source right before its name: «وفق ما أعلنت», «بحسب» (folded)
_A_SOURCE_BEFORE = re.compile(r"(?<!\w)(?:وفق|بحسب|حسب|حسبما)(?:\s+ما\s+\S+)?\s*$")
# a claim's verb right before its claimant: «وتبنى», «فيما تبنت» (folded)
_CLAIMING_BEFORE = re.compile(r"(?<!\w)[وف]?(?:تبني|تبنت)\s*$")
# «باتت», «أصبحت», «أضحت» opening a clause, past a dateline («كييف:») (folded)
_BECAME = re.compile(r"^(?:[^:،.]*:)?\s*[وف]?(?:بات|اصبح|اضح[يا])(?:ت|وا)?(?!\w)")


def _came_under_on_a_day(fact: Proposal, text: str, offset: int) -> bool:
    """A hold told as a place come «تحت سيطرة» someone on a day named in its clause
    («باتت مدينة سيفيرودونيتسك … السبت تحت سيطرة القوات الروسية»): taken that day."""
    time = fact.time
    if fact.cls != "ControlPeriod" or fact.rule != "تحت سيطره" or time is None or fact.since:
        return False
    opens = _clause_start(text, offset, time.start)
    return time.datatype == "date" and _BECAME.match(fold(text[opens : time.start])) is not None


def _main_fact_time(
    time: TimeMention | None, start: int, offset: int, text: str
) -> TimeMention | None:
    """The time found for words whose clause opens with «بعد أن», «بعدما» or «بعد», when it
    is told before that clause: the main fact's («دخلت القوات … الاثنين مدينة تمبكتو، بعد أن
    غادرها المقاتلون», «…، بعد انسحاب الجيش الكونغولي منها»), which what came before it is
    over by, not dated by; so is a time told before a «الذين» right before the words."""
    opens = _clause_start(text, offset, start)
    if time is not None and time.start < opens and _AFTER_IT.search(fold(text[opens:start])):
        return time
    who = _WHO_RIGHT_BEFORE.search(text, offset, start)
    if time is not None and who is not None and time.end <= who.start():
        # «استسلم السبت عشرات الجنود الذين سيطروا ليلا على …»: what men the main fact tells
        # of had done, right after «الذين», is over by its day
        return time
    return None


# a relative pronoun and its verb right before a time (folded): «التي سيطرت الاثنين»
_RELATIVE_VERB_THEN = re.compile(r"(?<!\w)(?:التي|الذي|الذين)\s+\S+\s*$")
# «الذين» right before the words (as written)
_WHO_RIGHT_BEFORE = re.compile(r"(?<!\w)\u0627\u0644\u0630\u064a\u0646\s*$")
# «بعد أن» / «بعدما» / «بعد» opening the words' clause (folded)
_AFTER_IT = re.compile(r"^\s*(?:بعد\s+ان|بعدما|بعد)(?:\s+\S+)?\s*$")
# «بعد» right before the words, in the clause (folded)
_AFTER_RIGHT_BEFORE = re.compile(r"(?<!\w)بعد\s*$")
# «في الوقت نفسه/ذاته», «في اليوم نفسه»: at the time of the sentence before (folded)
_SAME_TIME = re.compile(r"(?<!\w)[وف]?في\s+(?:الوقت|اليوم)\s+(?:نفسه|ذاته)(?!\w)")
# «بعد ساعات» (hours later), after nothing named (folded; not «بعد ساعات من بدء التحالف …»,
# hours after what it names)
_HOURS_LATER = re.compile(r"(?<!\w)بعد\s+ساعات(?!\w)(?!\s+من(?!\w))")


def _the_day_told_before(
    times: list[TimeMention], start: int, context: Context
) -> TimeMention | None:
    """What «في اليوم نفسه» / «في الوقت نفسه» stands for: the last day named before the
    words in the sentence, else the day of the sentence before."""
    earlier = [t for t in times if t.datatype == "date" and t.end <= start]
    return earlier[-1] if earlier else context.day


def _support(
    rule: Trigger,
    start: int,
    end: int,
    offset: int,
    agent: Mention | None,
    opponent: Mention | None,
    actors: list[Mention],
    text: str,
    slugs: dict[str, int],
    told: list[Proposal],
) -> Proposal | None:
    """A backing, from the actors found for its words: «بدعم من X», «مدعوم من X» (X backs
    the actor before), «يدعم X Y» (X backs Y), «تلقت X … دعما من Y» (Y backs X), «فصائل …
    تدعمها أنقرة» (the backer after the verb, the backed before it); one accused of backing
    an attack told before in the sentence (`told`) backs its doer."""
    if rule.words[0] == "مدعوم" and _ARMED_GROUPS_BEFORE.search(
        fold(text[max(offset, start - 20) : start])
    ):
        return None  # «جماعات مسلحة مدعومة من إيران»: those backed are given no name
    accused = _accused_of_backing(rule, start, end, text)
    doer: Mention | None = None  # (the one backed, told before: an attack's doer, «هم»)
    after = fold(text[end : end + 12])
    the_attack = (
        (_THE_ATTACK.match(after) or _THE_ATTACKERS.match(after)) if opponent is None else None
    )
    if accused and the_attack is not None:
        # «واتهمت هندوراس ونيكاراغوا بدعم الهجوم»: the doer of the attack told before (the
        # words quoted up to «الهجوم», not back to it)
        # (or the taking it was: «… سيطروا على مدينة غوما، واتهمت رواندا وأوغندا بدعم الهجوم»)
        # (the attackers, «بدعم المهاجمين», an attack's only: not Tunisia's retaking of Gafsa
        # told first, «استعادت القوات التونسية السيطرة على مدينة قفصة، إثر هجوم شنه مسلحون»)
        attackers = fold(the_attack.group()).strip() == "المهاجمين"
        attacks = _last_told(told, _ATTACKS if attackers else (*_ATTACKS, *CAPTURES), start)
        opponent = doer = attacks[0].agent if attacks else None
        end += len(_as_written(text[end : end + 12], the_attack.group().strip())) + 1
    if accused and opponent is None and agent is not None and _pronoun_object(text, end, rule):
        # «اتهم الرئيس المولدافي … الجيش الروسي الرابع عشر بدعمهم»: those the pronoun stands
        # for, the last named before the accusing verb (not the accuser after it; not quoted)
        opponent = doer = next(
            (
                m
                for m in reversed(actors)
                if m.end <= agent.start and _ACCUSING.search(fold(text[m.end : agent.start]))
            ),
            None,
        )
    if (
        rule.words == ("دعما",)
        and opponent is not None
        and not fold(text[end : opponent.start + 1]).strip().startswith("ل")
    ):
        return None  # («دعما» given to the one right after «ل»; «دعما من» is a backer's)
    if rule.agent == "after" and _pronoun_object(text, end, rule):
        backed = [m for m in actors if m.end <= start and not _object_of_support(text, m)]
        backer = next(
            (m for m in actors if m.start >= end and len(text[end : m.start].split()) <= 1), None
        )
        agent, opponent = backer, backed[-1] if backed else None
    if rule.words[0] in _TO_BACK and agent is not None and _pronoun_object(text, end, rule):
        # «والقوات الليبية التي أرسلت لدعمه»: the one backed, named before the backer
        backed = [m for m in actors if m.end <= agent.start and not _object_of_support(text, m)]
        opponent = backed[-1] if backed else None
    if agent is None or opponent is None:
        return None
    if rule.agent == "before" and re.search("[\u060c.]", text[end : opponent.start]):
        # «بدعم من الطائرات والسفن الحربية، بعد أن رفض المقاتلون …»: the backer after the
        # words is named in their clause, not in the next one (where the backer comes first,
        # the one backed may follow an aside: «وتدعم قوات الحشد الشعبي، فصائل …، الجيش»)
        return None
    supporter, supported = (agent, opponent) if rule.agent == "after" else (opponent, agent)
    if rule.words[0] in _TO_BACK or accused:
        # «دخلت قوة من X … لمساندة Y»: X goes to back Y; «تتهم كينشاسا رواندا بدعم
        # المتمردين»: X accused of backing Y
        supporter, supported = agent, opponent
    # «دعما من روسيا وإيران»: backers coordinated with the first, each a backing of its own
    also: list[Mention] = []
    for m in actors:
        last = also[-1] if also else supporter
        if m.start >= last.end and m is not supported and _joined(text, last, m):
            also.append(m)
    return Proposal(
        "SupportRelation",
        _slug(slugs, "support", None),
        " ".join(rule.words),
        # from the first of the words and the actors in its sentence (not a doer told
        # before: «بدعم الهجوم»)
        min([start, *(m.start for m in (agent, opponent) if m.start >= offset and m is not doer)]),
        max(end, agent.end, opponent.end, *(m.end for m in also)),
        agent=supporter,
        opponent=supported,
        allies=tuple(also),
        confidence=0.6,
    )


# «قادة المحاكم», «زعماء الحركة» right after a verb of saying: an actor's leaders, by a word
# of its name (folded)
_LEADERS_OF = re.compile(r"^\s*(?P<said>(?:قاده|زعماء)\s+(?P<word>ال[^\s،.]+))")


# «التنظيم بتنفيذهما»: the organisation named before, accused of the doing (folded)
_THE_GROUP_OF_IT = re.compile(rf"^\s*التنظيم\s+(?:{_DOING})")
# «الذي», «اللذين»: a relative pronoun right before the words (folded)
_WHICH_BEFORE = re.compile(r"(?<!\w)(?:الذي|التي|اللذين)\s*$")


def _accusing_the_group(text: str, start: int, end: int) -> bool:
    """The words accuse in a clause of what was done, «التنظيم» and the doing right after
    them («تفجيري سفارتيها …، اللذين اتهمت التنظيم بتنفيذهما»): the accuser not named there."""
    return bool(
        _WHICH_BEFORE.search(fold(text[max(0, start - 10) : start]))
        and _THE_GROUP_OF_IT.match(fold(text[end : end + 30]))
    )


def _accused_with_no_accuser(
    text: str, start: int, end: int, first: Mention, actors: list[Mention]
) -> bool:
    """A verb of accusing joined by «و» to the sentence before it, right before the name of
    the one accused (or names joined by «و») and what it is accused of («واتهمت هندوراس
    ونيكاراغوا بدعم الهجوم»): no accuser named after the verb."""
    if not fold(text[start:end]).startswith("و") or text[end : first.start].strip():
        return False
    last = _joined_chain(text, first, actors)[-1]
    return OF_DOING.match(fold(text[last.end : last.end + 12])) is not None


def _joined_chain(text: str, first: Mention, actors: list[Mention]) -> list[Mention]:
    """The actor and those joined to it by «و», one after the other («هندوراس ونيكاراغوا»)."""
    chain = [first]
    for m in actors:
        if m.start >= chain[-1].end and _joined(text, chain[-1], m):
            chain.append(m)
    return chain


# «الهجوم», «العملية», «للهجوم»: the attack told before, right after the words (folded)
_THE_ATTACK = re.compile(r"^\s*(?:ال|لل)(?:هجوم|عمليه|غزو)(?!\w)")
# «المهاجمين»: the doers of the attack told before, right after the words (folded)
_THE_ATTACKERS = re.compile(r"^\s*المهاجمين(?!\w)")


def _accused_of_backing(rule: Trigger, start: int, end: int, text: str) -> bool:
    """«بدعم» with no «من» after it, in a clause that accuses («تتهم كينشاسا رواندا بدعم
    المتمردين»): of backing, the one before backs the one after."""
    return (
        rule.words == ("بدعم",)
        and fold(text[end : end + 6]).split()[:1] != ["من"]
        and bool(_ACCUSING.search(fold(text[max(0, start - 60) : start])))
    )


# a verb of accusing before the words, in their clause (folded)
# (past the accuser's title set off by commas: «واتهم إدوارد شيفرنادزه، رئيس مجلس الدولة
# الجورجي، روسيا بدعم …»)
_ACCUSING = re.compile(rf"(?<!\w)[وف]?(?:اتهم|تتهم|يتهم)ت?\s+(?:[^،.]*{SET_OFF})?[^،.]*$")


_SINCE = re.compile(r"(?<!\w)منذ\s*$")  # «منذ» just before a time


def _since(time: TimeMention, text: str) -> bool:
    """Whether a time is since when something is so («منذ آب/أغسطس»), not when a thing
    happened."""
    return fold(time.text).startswith("منذ") or bool(
        _SINCE.search(fold(text[max(0, time.start - 8) : time.start]))
    )


# a statement carried by a channel: «بيان بثه/نشره/أذاعه/تلاه …» (folded)
_BROADCAST = re.compile(r"\s*(?:ما\s+(?:جاء|ورد)\s+في\s+)?بيان\s+(?:بثه|نشره|اذاعه|تلاه)(?!\w)")


# «أفاد مسؤول عسكري أميركي», «مصادر أمنية عراقية»: one not named, of a state (folded)
_OFFICIAL = re.compile(r"\s*(?:ما\s+\w+\s+)?(?:مسوول|مسوولون|مسوولين|مصدر|مصادر|ضابط)(?!\w)")


def _unnamed_official(text: str, end: int, agent: Mention) -> bool:
    """Whether the one saying is an official or a source not named, told by his state's
    adjective right after the words («وفق ما أفاد مسؤول عسكري أميركي»): no claimant the
    graph can name (the state is not the speaker)."""
    return (
        agent.metonym
        and end <= agent.start <= end + 40
        and _OFFICIAL.match(fold(text[end : agent.start])) is not None
        and not re.search(r"[،.]|(?<!\w)باسم(?!\w)", fold(text[end : agent.start]))
    )


def _attribution(
    rule: Trigger,
    start: int,
    end: int,
    offset: int,
    agent: Mention | None,
    actors: list[Mention],
    times: list[TimeMention],
    text: str,
    slugs: dict[str, int],
    context: Context,
    referred: tuple[bool, bool],
) -> Proposal | None:
    """A claim or an announcement by who says it: a spokesman named after «المتحدث باسم X»
    or a head after «مدير X» («بحسب ما قال مدير المرصد … رامي عبد الرحمن»),
    the forces «متحدث باسم هذه القوات» stands for, never a source before the words when they
    read «بحسب ما أفاد مسؤول» (the source after, unnamed). `referred`: whether the actor
    found is the organisation «التنظيم» or one the words do not name (not quoted then)."""
    group_referred, agent_referred = referred
    if re.search(r"(?<!\w)(?:لم|دون\s+ان)\s*$", fold(text[max(offset, start - 10) : start])):
        # «فيما لم تؤكد كييف ذلك», «فيما لم يؤكد الجيش سقوط المدينة»: a saying not made, no
        # one's word; nor «من دون أن تتبنى أي جهة الهجوم»
        return None
    # «وفق ما أعلن المتحدث باسم جهاز مكافحة الإرهاب صباح النعمان»: the spokesman named
    spokesman = next(
        (
            m
            for m in actors
            if m.person
            and end <= m.start <= end + 90
            and _spokesman_first(fold(text[end : m.start]))
            and (
                not re.search(r"[،.]", text[end : m.start])
                # «أكد رئيس بلدية مدينة X …، أولكسندر سفيدلو، الأحد أن»: the name set off
                # by commas after the title
                or re.match(r"\s*،", text[m.end :]) is not None
            )
            # (not a person the words tell of: «أعلن … أن نائب رئيس هيئته X قتل»)
            and not re.search(r"(?<!\w)ان(?!\w)", fold(text[end : m.start]))
        ),
        None,
    )
    agent = spokesman or agent
    according = rule.words[0] in ("وفق", "بحسب", "حسب", "حسبما") or re.search(
        r"(?:بحسب|وفق|حسب)\s+ما\s*$", fold(text[max(offset, start - 12) : start])
    )
    said_by = re.findall(r"\w+", fold(text[end : end + 30]))[:1]
    # («وفق ما أعلنت السلطات المحلية»: authorities not named, no one named before)
    referring_back = said_by and (
        (said_by[0].startswith("ال") and said_by[0] != "السلطات") or said_by[0] == "هذه"
    )
    for_these = re.match(r"\s*(?:ال)?(?:متحدث|ناطق)\s+باسم\s+هذه\s", fold(text[end : end + 40]))
    if spokesman is None and for_these is not None:
        # «وفق ما أعلن متحدث باسم هذه القوات»: the forces «هذه القوات» stands for, not
        # those a relative clause tells of («والتي كانت قوات حفتر قد اتخذتها قاعدة»)
        named_before = [m for m in actors if m.end <= start and not _in_a_relative(text, m)]
        agent = context.these(fold(text[end : end + 40]), named_before, text)
        referring_back = agent_referred = True  # (quoted from the words, not from its name)
    leaders = _LEADERS_OF.match(fold(text[end : end + 40]))
    if spokesman is None and leaders is not None:
        # «الذي يتهمه قادة المحاكم»: the leaders of the actor named before with that word
        # in its name («اتحاد المحاكم الإسلامية»), who speak for it
        named = [
            m
            for m in actors
            if m.end <= start
            and (
                leaders.group("word") in fold(m.text).split()[:2]
                # («وفق ما أعلن قادة التمرد» after «متمردو X»: the rebellion's, X's)
                or (
                    leaders.group("word") == "التمرد"
                    and fold(text[max(0, m.start - 10) : m.start]).split()[-1:]
                    in (["متمردو"], ["متمردي"])
                )
            )
        ]
        if named:
            words = _as_written(text[end : end + 40], leaders.group("said"))
            leaders_at = text.find(words, end)
            agent = referring(named[-1], leaders_at, leaders_at + len(words), words)
            referring_back = True
    for_its_head = re.match(
        r"\s*(?:ال)?(?:متحدث|ناطق)\s+باسم\s+ال(?P<head>حركه|تنظيم|جماعه)(?!\w)",
        fold(text[end : end + 40]),
    )
    if spokesman is None and for_its_head is not None:
        # «بحسب ما أعلن متحدث باسم الحركة»: the actor named before with that head word
        # («حركة طالبان»)
        headed = [
            m
            for m in [*actors, *([context.group] if context.group else [])]
            if m.end <= start and fold(m.text).split()[:1] == [for_its_head.group("head")]
        ]
        if headed:
            clean, origin = without_marks(text[end : end + 40])
            at = re.search(r"(?<!\w)ال" + for_its_head.group("head"), clean)
            if at is not None:
                said_at = end + origin[at.start()]
                said_end = end + origin[at.end() - 1] + 1
                agent = referring(headed[-1], said_at, said_end, text[said_at:said_end])
                referring_back = True
    if agent is not None and according and agent.end <= start and not referring_back:
        # «بحسب ما أفاد مسؤول أمني»: the source is after, and unnamed («الجهاز», «هذه
        # القوات» after the verb refer back to one named before)
        return None
    if according and _BROADCAST.match(fold(text[end : end + 30])):
        # «وفق بيان بثه التلفزيون الرسمي»: a statement the channel carried, not its own
        # word; whose it is the sentence says (its announcement)
        return None
    subject = (
        _subject_before(actors, start, text, offset)
        if rule.words[0] in _SAID_ALONE
        and _THAT_IT.match(fold(text[end : end + 12]))
        and (agent is None or agent.start >= end)
        else None
    )
    if subject is not None:
        # «في عملية واسعة قالت إنها تستهدف …»: no one named between the verb and «إن» nor
        # right before it, the sentence's subject says it
        agent, agent_referred = subject, True
    if agent is None or _unnamed_official(text, end, agent):
        return None
    if agent.start >= end and re.search(r"(?<!\w)[اأإ]ن(?!\w)", text[end : agent.start]):
        # «وقال مسؤولون محليون إن القوات الحكومية انسحبت»: an actor after «إن» is what
        # is said, not who says it (here, no one the graph can name); «نقلت X عن بيان
        # عسكري أن …»: a source not named after «عن», X who relays it says it
        agent = next((m for m in actors if start <= m.start and m.end <= end), None)
        if agent is None or rule.words[-1] != "عن":
            return None
    cls = "Claim" if rule.cls == "claim" else "Announcement"
    # (never a time since when something was so: «بحسب ما أعلن X» after «… منذ آب/أغسطس»
    # is not August's)
    told = [t for t in times if not _since(t, text)]
    # (not a time of what is announced: «أعلنت الحكومة أن قواتها دخلت الأربعاء مدينة …» is
    # the entry's day; the announcement's is not told)
    own = [t for t in told if not (t.start >= end and _THAT.search(fold(text[end : t.start])))]
    time = _nearest(own, start) if cls == "Announcement" else None
    main = [t for t in told if offset <= t.start and "\u060c" not in text[offset : t.start]]
    if (
        cls == "Announcement"
        and rule.words[0] in ("وفق", "بحسب")
        and time is not None
        and "\u060c" in text[time.end : start]
        and main
    ):
        # «سيطرت القوات السبت على …، في اليوم الثاني من عملية التي أطلقتها الجمعة، بحسب ما
        # أعلنت X»: a source told after the facts, with no day of its own, tells the main
        # clause's fact on its day
        time = main[0]
    if time is not None and time.datatype == "range":
        time = None  # (an announcement has a day: not a span's, «ليل الاثنين الثلاثاء»)
    if cls == "Announcement" and time is not None and _the_day_before(text, offset, start):
        # «غداة إعلان وزارة الدفاع الروسية …»: the day before the sentence's
        time = _day_before(time) if time.datatype == "date" else None
    span = (
        _SPAN_BEFORE.search(fold(text[max(offset, start - 40) : start]))
        if cls == "Announcement" and time is not None
        else None
    )
    if span is not None and time is not None:
        # «بعد يومين من إعلان موسكو …»: that long before the sentence's day, when that is
        # one day
        said_span = _as_written(text[max(offset, start - 40) : start], span.group().strip())
        back = _span_before(span, time, context.report, said_span)
        time = (
            replace(back, value=back.earliest.isoformat(), datatype="date")
            if back is not None and back.earliest == back.latest
            else None
        )
    if (
        cls == "Announcement"
        and time is None
        and (
            _SAME_TIME.search(fold(text[offset:start]))
            # («وأعلن الجيش الإسرائيلي في اليوم نفسه …»: right after the speaker)
            or _SAME_TIME.match(fold(text[agent.end : agent.end + 24]).strip())
        )
    ):
        time = _the_day_told_before(told, start, context)  # «وفي الوقت نفسه، أعلن X»
    # the quote stays in its sentence: a speaker referred back to is not quoted
    said = agent.start >= offset and not (group_referred or agent_referred)
    said = said and rule.agent != "subject"  # («نفت X ذلك، مؤكدة أن …»: from the words on)
    # («وفق ما أفاد المرصد … والتلفزيون الرسمي السوري»: two sources, a word each)
    also = (
        _allies(agent, actors, text)
        if cls == "Claim" and said and rule.words[0] in ("وفق", "بحسب", "تقول", "يقول")
        else ()
    )
    return Proposal(
        cls,
        _slug(slugs, cls.lower(), None),
        " ".join(rule.words),
        min(start, agent.start) if said else start,
        max(end, agent.end, *(m.end for m in also)) if said else end,
        agent=agent,
        allies=also,
        time=time,
        confidence=0.7 if said else 0.6,
        covers_all=rule.words[0] in ("وفق", "بحسب"),
        group_referred=group_referred,
        agent_referred=agent_referred,
    )


def _without_lam(word: str) -> str:
    """«للتنظيم» (to the organisation) as «التنظيم»."""
    return "ال" + word[2:] if word.startswith("لل") and len(word) > 4 else word


# «نفذتها طائرة», «شنتها مقاتلات», «شنتها مروحية» between a strike and whose it is (folded)
_CARRIED_OUT_BY = re.compile(
    r"^\s*(?:جويه\s+)?"  # («غارة جوية شنها الجيش البورمي»: past the adjective)
    r"(?:(?:نفذ|شن)(?:ت)?\u0647\u0627(?:\s+(?:طايره|طايرات|مقاتله|مقاتلات|مروحيه|مروحيات|قوات))?"
    r"|(?:ال)?(?:مكثف|عنيف|كثيف)\u0647?\s+من(?:\s+قبل)?|من\s+قبل)\s*$"
)  # («تحت وطأة قصف مكثف من القوات الموالية للقذافي»: theirs)


def _carried_out_by(actors: list[Mention], end: int, text: str) -> Mention | None:
    """The actor named right after a strike's words by the verb that carried it out
    («غارة نفذتها طائرة روسية», «شنتها القوات الكولومبية»), if any."""
    return next(
        (
            m
            for m in actors
            if 0 <= m.start - end <= 30 and _CARRIED_OUT_BY.match(fold(text[end : m.start]))
        ),
        None,
    )


def _striker(actors: list[Mention], start: int, end: int, text: str) -> Mention | None:
    """Whose strikes: the actor right after the words («الغارات الروسية», «غارات التحالف»,
    «الغارات الجوية الفرنسية»),
    or one whose aircraft are named before them («الطائرات الحربية الروسية التي تشن …
    غارات»), even when they back someone."""
    after = next(  # (past «الجوية»: «الغارات الجوية الفرنسية»)
        (
            m
            for m in actors
            if 0 <= m.start - end <= 10 and fold(text[end : m.start]).split() in ([], ["الجويه"])
        ),
        None,
    )
    if after is not None:
        return after
    # «غارة نفذتها طائرة روسية»: the aircraft's, named after the verb that carried it out
    carried = _carried_out_by(actors, end, text)
    if carried is not None:
        # (one who claims it in the sentence, by its own word, over the aircraft's state:
        # «غارة شنتها مروحيات إسرائيلية …، وتبنى الجيش الإسرائيلي العملية»)
        return _claimed_by(text, end, actors) or carried
    person: Mention | None = None
    for m in reversed([m for m in actors if m.end <= start]):
        if fold(text[max(0, m.start - 10) : m.start]).split()[-1:] == ["بقياده"]:
            continue  # «طائرات التحالف الدولي بقيادة واشنطن»: the coalition's, not its leader's
        if any(w in fold(text[max(0, m.start - 30) : m.start]) for w in _AIRCRAFT):
            if not m.person:
                return m
            # («طائرات أميركية استهدفت العدناني بغارة»: the one struck, a person; the
            # aircraft's, named before him)
            person = person or m
    return person


# «لاستعادة المناطق التي يسيطر عليها», «لاستعادة الأراضي الخاضعة لسيطرة» (folded): areas
# not named one by one, to take back from those who hold them
_AREAS_TO_RETAKE = re.compile(
    r"(?<!\w)لاستعاده\s+(?:ال)?(?:مناطق|اراضي)\s+"
    r"(?:التي\s+(?:[يت]سيطر|كان\S*\s+[يت]سيطر)\s+عليها|الخاضعه\s+لسيطره)\s+"
)


# «، فيما» (while): another clause, maybe another side's (as written)
_MEANWHILE = re.compile(r"،\s*فيما(?!\w)")


def _driven_out(text: str, end: int, actors: list[Mention], context: Context) -> Mention | None:
    """The one an offensive is to drive out or whose bases it is to destroy: «لطرد الجهاديين
    من غرب الموصل», «لاستعادة المدينة من تنظيم الدولة الإسلامية», in the words' sentence,
    not past «، فيما» (another side's clause: «بعد هجوم واسع بدأته …، فيما قال العراق إن
    قواته تشن هجوما مضادا لطرد القوات الإيرانية منها»)."""
    window = _MEANWHILE.split(_in_sentence(text, end, end + 120), maxsplit=1)[0]
    folded, origin = without_marks(window)
    found = re.search(
        r"(?<!\w)(?:لطرد\s+|لتدمير\s+(?:قواعد|مواقع)\s+|لاستعاده\s+\S+(?:\s+\S+)?\s+من\s+)",
        folded,
    )  # (or to destroy their bases: «لتدمير قواعد القوات الفيتنامية الشمالية والفيت كونغ»)
    # («لاستعادة المناطق التي يسيطر عليها الانفصاليون»: those who hold them)
    found = found or _AREAS_TO_RETAKE.search(folded)
    if found is None:
        return None
    at = end + origin[found.end() - 1] + 1
    named = next((m for m in actors if 0 <= m.start - at <= 1), None)
    if named is not None:
        return named
    word = re.findall(r"\w+", folded[found.end() :])[:1]
    return context.group if word and word[0] in _GROUP else None


# «المتمردين», «المسلحين»: rebels or gunmen the name right after says who they are (folded)
_THE_REBELS = "المتمردين|المسلحين"
# «بعد طرد» (after driving out), past a word for the men driven out (folded)
_AFTER_DRIVING_OUT = re.compile(
    rf"(?<!\w)بعد\s+طرد(?:\s+(?:{'|'.join(_MEN_OF)}|{_THE_REBELS}))?\s*$"
)


def _driven_out_of_it(text: str, end: int, actors: list[Mention]) -> Mention | None:
    """The side a taking drove out, told after it in its clause: «… بعد طرد المتمردين
    الحوثيين منها»."""
    clause_end = _clause_end(text, end)
    return next(
        (
            m
            for m in actors
            if end <= m.start < clause_end
            and _AFTER_DRIVING_OUT.search(fold(text[max(end, m.start - 30) : m.start]))
        ),
        None,
    )


# the words for a nation's units or men right before its adjective: «وحدات أميركية» (folded)
_UNITS_OF_A_NATION = frozenset(("وحدات", "وحده", "قوات", "قوه", "سريه", "جنود"))
# where, right after the side a verb of besieging is done to: «في المنطقة» (folded)
_WHERE_AFTER = re.compile(r"\s*(?:في|قرب|حول|داخل)(?!\w)")


def _besieged_before_it(
    rule: Trigger, start: int, offset: int, actors: list[Mention], text: str
) -> tuple[Mention, Mention] | None:
    """«قواته التي حاصرتها القوات الإسرائيلية في بلدة الفالوجة»: a siege told in a relative
    clause about an actor, its verb ending with the pronoun that stands for that actor and
    its subject named right after it: the siege by the one after the verb (first) of the
    one before «التي» / «الذي» (second); else None."""
    after = _verb_with_its_object(rule, start, text) if rule.cls == "Siege" else None
    if after is None:
        return None
    by = next((m for m in actors if 0 <= m.start - after <= 2), None)
    whom = _actor_right_before_relative(text, start, offset, actors)
    if by is None or whom is None or by.iri == whom.iri:
        return None
    return by, whom


def _besieger_joined_by_and(
    rule: Trigger,
    start: int,
    end: int,
    agent: Mention | None,
    text: str,
    context: Context,
) -> Mention | None:
    """The doer of the fact told last before a verb of besieging joined by «و» («، وطوقت
    وحدات أميركية في المنطقة»), where the actor found right after the verb has nothing after
    it in its clause but where: that actor is its object, not its subject (a transitive
    verb with no other object), and the doer before encircled it; else None."""
    if rule.cls != "Siege" or agent is None or text[start : start + 1] != "\u0648":
        return None
    between = fold(text[end : agent.start]).split()
    # (right after it, or a nation's units by its adjective: «وحدات أميركية»)
    if between and not (agent.metonym and len(between) == 1 and between[0] in _UNITS_OF_A_NATION):
        return None
    rest = text[agent.end : _clause_end(text, agent.end)]
    if rest.strip() and not _WHERE_AFTER.match(fold(rest)):
        return None
    doer = next((p.agent for p in reversed(context.here) if p.agent is not None), None)
    return doer if doer is not None and doer.iri != agent.iri else None


# the rest of a taking's clause and the next clause at most: a comma at most, no full stop
_PAST_A_COMMA_AT_MOST = r"^[^.\u060c]*(?:\u060c[^.\u060c]*)?"
# «بعد انسحاب», maybe with a force, forces or men of, right before the side that pulled out
# (folded)
_AFTER_PULLING_OUT = re.compile(
    rf"{_PAST_A_COMMA_AT_MOST}(?<!\w)بعد\s+انسحاب"
    rf"(?:\s+(?:(?:قوه|قوات)\s+من|قوات|{'|'.join(_MEN_OF)}))?\s*$"
)
# «منها», «منه» right after the side that pulled out: out of the place taken (folded)
_OUT_OF_IT = re.compile(r"^\s*(?:منها|منه)(?!\w)")
# «أجبر» right before the side forced out, and «على الانسحاب منها» right after it (folded)
_FORCED = re.compile(rf"{_PAST_A_COMMA_AT_MOST}(?<!\w)[وف]?اجبر(?:ت)?\s*$")
_TO_PULL_OUT_OF_IT = re.compile(r"^\s*علي\s+الانسحاب\s+(?:منها|منه)(?!\w)")


def _pulled_out_of_it(text: str, end: int, actors: list[Mention]) -> Mention | None:
    """The side a taking came after the pull-out of, out of the place taken, told after it in
    its clause or the next: «… على قرية أم الرشراش، بعد انسحاب قوة من الفيلق العربي
    منها», «…، بعد هجوم مضاد أجبر القوات الإسرائيلية على الانسحاب منها»."""
    return next(
        (
            m
            for m in actors
            if m.start >= end
            and (
                (
                    _AFTER_PULLING_OUT.match(fold(text[end : m.start]))
                    and _OUT_OF_IT.match(fold(text[m.end : m.end + 8]))
                )
                or (
                    _FORCED.match(fold(text[end : m.start]))
                    and _TO_PULL_OUT_OF_IT.match(fold(text[m.end : m.end + 24]))
                )
            )
        ),
        None,
    )


def _whose_not_named(
    start: int, end: int, agent: Mention, actors: list[Mention], text: str
) -> bool:
    """A stronghold whose holder is described right after it and not named («كيدال، معقل
    المتمردين الطوارق»): not the actor found elsewhere in the sentence («معقله الأبرز» is
    whose the pronoun says); nor is a person's, «معقله» right after him named."""
    word = re.sub(r"^[وفل]", "", fold(text[start:end]).split()[0])
    before = [m for m in actors if m.end <= start]
    if word in ("معقله", "معاقله") and before and before[-1].person:
        return True  # («فرار الرئيس موبوتو … إلى معقله في غبادوليتي»: a person's refuge)
    after = re.findall(r"\w+", fold(text[end : end + 20]))[:1]
    return (
        re.sub(r"^[وف]", "", fold(text[start:end]).split()[0]) in ("معقل", "معاقل")
        and agent.end <= end
        and bool(after)
        and after[0].startswith("ال")
        and _without_lam(after[0]) not in _GROUP
        and not any(0 <= m.start - end <= 2 for m in actors)
    )


# «من ال…» further on in the clause: a place the words leave, named by its head word
_FROM_THE = re.compile(r"(?<!\w)من\s+(?=ال)")


def _by_its_head_word(
    text: str, end: int, before: list[Mention], context: Context
) -> Mention | None:
    """«نحو المطار», «في الحي»: within a few words after the trigger, the article and the
    first word of a place named before («مطار كويرس العسكري», «حي المشلب»), or the word
    written right before its name («على الموقع» after «موقع جبل الشيخ»), that place."""
    words = re.findall(r"\w+", fold(text[end : end + 30]))[:3]
    heads = {_bare(w) for w in words if re.match(r"^(?:[وبل]?ال|لل)", w)}
    for m in reversed([*context.places, *before]):
        first = re.findall(r"\w+", fold(m.text))[:1]
        said = re.findall(r"\w+", fold(text[max(0, m.start - 12) : m.start]))[-1:]
        said = [w for w in said if _bare(w) in _SITE_HEADS]
        site = _SITE_IN.search(fold(text[max(0, m.start - 90) : m.start]))
        if site is not None:  # («قاعدة عسكرية كينية في كولبيو»: the base, in the place)
            said.append(site.group("head"))
        if not m.broad and heads & {_bare(w) for w in (*first, *said)}:
            return m
    return None


# the word for a site written before a name that does not hold it («موقع جبل الشيخ»), which
# «الموقع» refers back to (folded, bare)
_SITE_HEADS = ("موقع", "معسكر", "مقر", "قاعده")
# such a word up to seven words before «في» and the place it is in (past a town's head word):
# «قاعدة عسكرية كينية في كولبيو», «قاعدة لقوة الاتحاد الأفريقي تتمركز فيها قوات أوغندية في بلدة
# جنالي» (folded)
_SITE_IN = re.compile(
    rf"(?<!\w)(?:ال)?(?P<head>{'|'.join(_SITE_HEADS)})(?:\s+\S+){{0,7}}"
    r"\s+في(?:\s+(?:بلده|مدينه|قريه))?\s*$"
)


def _bare(word: str) -> str:
    """A word without its clitics and article: «والمطار» → «مطار»."""
    word = re.sub(r"^(?:[وف])?(?:[بل])?", "", word) if len(word) > 4 else word
    return re.sub(r"^(?:ال|ل)", "", word) if len(word) > 3 else word  # «السد» → «سد»


def _where_it_refers(
    text: str, start: int, end: int, offset: int, places: list[Mention], context: Context
) -> Mention | None:
    """The place a pronoun in the words stands for: «التي تخوض فيها» (the noun before
    «التي»: a place, or «المدينة», the city referred back to), «طرد … له منها» (the place
    named last before)."""
    span = re.findall(r"\w+", fold(text[start:end]))
    lead = re.findall(r"\w+", fold(text[max(offset, start - 30) : start]))
    if lead[-1:] in (["التي"], ["الذي"]) and {"فيها", "فيه"} & set(span):
        at = start - len(text[max(offset, start - 30) : start].rstrip().split()[-1]) - 1
        named = [m for m in places if 0 <= at - m.end <= 2]
        if named:
            return named[-1]
        if lead[-2:-1] and _bare(lead[-2]) == "مدينه":
            cities = _cities([m for m in places if m.end <= start])
            return cities[-1] if cities else context.city
        return None
    after = re.findall(r"\w+", fold(text[end : end + 12]))[:2]
    if {"منها", "منه"} & set(after):
        before = [m for m in places if m.end <= start and not m.broad]
        return before[-1] if before else context.place
    return None


_UNITS = {
    "يوم": "day",
    "ايام": "day",
    "اياما": "day",  # («استمرت أياما»: the accusative, after a verb of lasting)
    "يومين": "day",
    "يوما": "day",  # (after eleven and more: «أحد عشر يوما»)
    "اسبوع": "week",
    "اسبوعا": "week",
    "اسابيع": "week",
    "اسبوعين": "week",
    "شهر": "month",
    "شهرا": "month",
    "اشهر": "month",
    "اشهرا": "month",  # («استمر أشهرا», «دام أعواما»: the accusative, as «أياما»)
    "شهرين": "month",
    "سنه": "year",
    "سنوات": "year",
    "سنتين": "year",
    "عام": "year",
    "عاما": "year",
    "اعوام": "year",
    "اعواما": "year",
    "عامين": "year",
}
# a fight's length may be told in hours too («استمرت نحو 35 ساعة»: whole days back, in
# _hours_before), not a span after which something happened («بعد ساعات من انسحاب»: that day)
_LENGTH_UNITS = {**_UNITS, "ساعه": "hour", "ساعات": "hour"}
_PLURAL_UNITS = ("ايام", "اياما", "اسابيع", "اشهر", "اشهرا", "سنوات", "اعوام", "اعواما")
_NUMBERS = {  # (with a feminine noun the number has no «ة»: «ثلاث سنوات», «خمسة أشهر»)
    fold(form): n
    for n, w in enumerate(
        ["", "", "", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
    )
    if w
    for form in (w, w[:-1])
}
# eleven to nineteen, each in its two genders («أحد عشر يوما», «ثلاث عشرة سنة»), and twenty
_UNITS_OF_TEENS = ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"]  # 13 to 19
_TEENS = {
    "أحد عشر": 11,
    "إحدى عشرة": 11,
    "اثنا عشر": 12,
    "اثني عشر": 12,
    "اثنتا عشرة": 12,
    # («ثلاثة عشر يوما» with a masculine noun, «ثلاث عشرة سنة» with a feminine one)
    **{f"{unit}ة عشر": n for n, unit in enumerate(_UNITS_OF_TEENS, 13)},
    **{f"{unit} عشرة": n for n, unit in enumerate(_UNITS_OF_TEENS, 13)},
}
_NUMBERS.update({fold(form): n for form, n in {**_TEENS, "عشرين": 20, "عشرون": 20}.items()})
_NUMBER_WORDS = "|".join(sorted(_NUMBERS, key=len, reverse=True))  # (the longest first)
# the day and how many, or nothing, between a verb and those it killed (folded): «الأربعاء
# ثمانية»
_DAY_AND_HOW_MANY = re.compile(rf"^(?:\s*(?:{'|'.join(WEEKDAYS)}|{_NUMBER_WORDS}|\d+)(?!\w))*\s*$")


def _gunmen_killed(text: str, start: int, end: int) -> bool:
    """Between «قتل» and «مسلحين» only the day and how many («قتلت الأربعاء ثمانية
    مسلحين»): the gunmen are those the verb killed."""
    verb_end = start + len(text[start:end].split()[0])
    gap = text[verb_end : end - len(text[start:end].split()[-1])]
    return _DAY_AND_HOW_MANY.match(fold(gap)) is not None


_SPAN = (
    r"(?<!\w)بعد\s+(?P<about>نحو\s+|قرابه\s+|حوالي\s+)?(?P<more>اكثر\s+من\s+)?"
    r"(?P<less>اقل\s+من\s+)?(?:(?P<n>\d+|"
    + _NUMBER_WORDS
    + r")\s+)?(?P<unit>"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")(?P<half>\s+ونصف)?\s+(?:من|علي)\s"  # (folded: «على» is «علي»; «أسابيع ونصف»)
)
_SPAN_BEFORE = re.compile(_SPAN + r"*$")  # right before the words
_SPAN_IN_CLAUSE = re.compile(_SPAN)  # a few words before, in their clause
# «استمرت نحو عشرة أشهر», «دام أكثر من عام» in a battle's or a siege's words or right after
# them, in their clause: how long it lasted (folded)
_LASTED = re.compile(
    r"^[^،.]*?(?<!\w)(?P<said>(?:استمر|دام)(?:ت)?\s+(?P<about>نحو\s+|قرابه\s+|حوالي\s+)?"
    r"(?P<more>اكثر\s+من\s+)?(?:(?P<n>\d+|"
    + _NUMBER_WORDS
    + r")\s+)?(?P<unit>"
    + "|".join(sorted(_LENGTH_UNITS, key=len, reverse=True))
    + r")(?P<half>\s+ونصف)?)(?!\w)"
)


# those besieged, between a loss's words and a «منذ» told of them (folded)
_BESIEGED = re.compile(r"(?<!\w)ال(?:محاصرين|محاصرون)(?!\w)")


def _since_right_after(text: str, end: int, time: TimeMention) -> bool:
    """Whether `time` is a «منذ …» told right after the words, in their clause («المحاصرين
    فيها منذ نحو أسبوعين»)."""
    between = fold(text[end : time.start])
    return (fold(time.text).startswith("منذ") or between.endswith("منذ")) and len(
        between.replace("منذ", "").split()
    ) == 0


def _how_long(
    text: str, start: int, end: int, anchor: TimeMention | None, report: dt.date | None
) -> TimeMention | None:
    """When a battle or a siege told with «استمرت نحو عشرة أشهر» began: that long before
    `anchor` (the day it came before), else before the report's date; None when its
    length is not told."""
    words = text[start : end + 40]
    folded = fold(words)
    lasted = _LASTED.match(folded)
    if lasted is None:
        return None
    between = folded[len(fold(text[start:end])) : lasted.start("said")].split()
    if any(w.startswith("\u0648") and len(w) > 2 for w in between):
        return None  # («بعد أشهر من الحصار ومعارك استمرت أياما»: another fight's length)
    return _span_before(
        lasted, anchor, report, _as_written(words, lasted.group("said")), lasting=True
    )


_NTH = {
    fold(w): n
    for n, w in enumerate(
        ("", "", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر")
    )
    if w
}
# «في اليوم الخامس من», «في الأسبوع الثالث من», «في ثالث أسابيع» right before the words: the
# day, week or month of a fight going on that the sentence's day is (folded)
_NTH_OF = re.compile(
    r"(?<!\w)(?P<said>في\s+(?:(?P<unit>اليوم|الاسبوع|الشهر)\s+ال(?P<nth>"
    + "|".join(_NTH)
    + r")\s+(?:من|ل)|(?P<nth2>"
    + "|".join(_NTH)
    + r")\s+(?P<units>ايام|اسابيع|اشهر)))\s*$"
)


def _nth_of(text: str, offset: int, start: int, day: dt.date) -> TimeMention | None:
    """When a fight began that the sentence's `day` is the Nth day, week or month of, told
    right before the words at `start` («في اليوم الخامس من الهجوم»: four days before; «في ثالث
    أسابيع المعارك»: two to three weeks before); None where that is not told."""
    lead = text[max(offset, start - 40) : start]
    found = _NTH_OF.search(fold(lead))
    if found is None:
        return None
    said = _as_written(lead, found["said"])
    at = text.rfind(said, offset, start)
    where = (at, at + len(said)) if at >= 0 else (-1, -1)
    n = _NTH[found["nth"] or found["nth2"]]
    unit = {"اليوم": 1, "ايام": 1, "الاسبوع": 7, "اسابيع": 7, "الشهر": 30, "اشهر": 30}[
        found["unit"] or found["units"]
    ]
    earliest, latest = (
        day - dt.timedelta(days=n * unit - 1),
        day - dt.timedelta(days=(n - 1) * unit),
    )
    if unit == 1:
        return TimeMention(
            *where,
            said,
            latest.isoformat(),
            "date",
            latest,
            latest,
            "ContextualBound",
            f"«{said}» on {day.isoformat()}: begun {n - 1} days before, {latest.isoformat()}.",
        )
    note = f"«{said}» on {day.isoformat()}: begun between {earliest.isoformat()} and "
    return _a_span(said, earliest, latest, note + f"{latest.isoformat()}.", where)


def _a_span(
    said: str, earliest: dt.date, latest: dt.date, note: str, where: tuple[int, int] = (-1, -1)
) -> TimeMention:
    """A time told as a span of days (`said`, as written, at `where` in the text), inferred
    from the words around it as `note` says."""
    value = f"{earliest.isoformat()}/{latest.isoformat()}"
    return TimeMention(*where, said, value, "range", earliest, latest, "ContextualBound", note)


# «غداة» opening the words' clause, a few words before them (folded)
_THE_DAY_AFTER = re.compile(r"(?<!\w)غداه(?:\s+[^\s،.]+){0,6}\s*$")


def _the_day_before(text: str, offset: int, start: int) -> bool:
    """Whether the words are told in a clause opened by «غداة» (the day after it: «غداة
    سقوط الموصل», «غداة إعلان وزارة الدفاع الروسية سحب قواتها»), so a day before the
    sentence's."""
    return _THE_DAY_AFTER.search(fold(text[max(offset, start - 60) : start])) is not None


def _day_before(day: TimeMention) -> TimeMention:
    """The day before a day told («غداة سقوط الموصل», the day after Mosul fell)."""
    before = day.earliest - dt.timedelta(days=1)
    return TimeMention(
        -1,
        -1,
        "غداة",
        before.isoformat(),
        "date",
        before,
        before,
        "ContextualBound",
        f"«غداة» (the day after it) {day.earliest.isoformat()}: {before.isoformat()}.",
    )


def _as_written(window: str, folded: str) -> str:
    """The words of `window` that fold to `folded` (found on a folded copy of it), as
    written: what an inference quotes."""
    clean, origin = without_marks(window)
    found = re.search(r"\s+".join(map(re.escape, folded.split())), clean)
    if found is None:
        return folded
    return window[origin[found.start()] : origin[found.end() - 1] + 1]


def _span_before(
    found: re.Match[str],
    anchor: TimeMention | None,
    report: dt.date | None,
    said: str,
    lasting: bool = False,
) -> TimeMention | None:
    """The time of a fact told as «بعد نحو تسعة أشهر من …» before the sentence's time (or
    the report's date): the span back from it, one unit either way when it is «نحو» (a
    length in hours: whole days, _days_back_for_hours); `said`, the words as written. A fight
    `lasting` a number of days up to that time («استمرت ثلاثة أيام») began that many days
    before it, or one day less (the last day counted too)."""
    if report is None and anchor is None:
        return None
    unit = _LENGTH_UNITS[found.group("unit")]
    raw = found.group("n")
    count = int(raw) if raw and raw.isdigit() else _NUMBERS.get(raw or "", 0)
    if unit == "hour":
        hours = _days_back_for_hours(found, count)
        if hours is None:
            return None
        most, least = hours
        how = ", ended at any hour of it: begun between"
    else:
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        # («بعد يومين من»: two days exactly; «بعد نحو»: a unit either way)
        slack = days if found.group("about") else 0 if unit == "day" else max(1, days // 7)
        # how many units back at most and at least: «بعد أيام من», a plural with no number, is
        # read as two to ten of them
        half = days // 2 if found.group("half") else 0  # («ثلاثة أسابيع ونصف»: and half a week)
        most, least = count * days + half + slack, max(0, count * days + half - slack)
        if not count and found.group("unit") in _PLURAL_UNITS:
            most, least = 10 * days, 2 * days
        elif not count:
            count = 2 if found.group("unit").endswith(("ين",)) else 1
            most, least = count * days + half + slack, max(0, count * days + half - slack)
        if found.group("more"):  # «بعد أكثر من عام على»: at least that long, up to twice as long
            most, least = 2 * count * days, count * days
        if found.groupdict().get("less"):  # «بعد أقل من شهر من»: up to that long
            most, least = count * days, 0
        if lasting and unit == "day" and not slack and least == most:
            least = max(0, least - 1)
        how = ": between"
    latest_from = anchor.latest if anchor is not None else report
    earliest_from = anchor.earliest if anchor is not None else report
    assert latest_from is not None and earliest_from is not None
    earliest = earliest_from - dt.timedelta(days=most)
    latest = latest_from - dt.timedelta(days=least)
    return _a_span(
        said,
        earliest,
        latest,
        f"«{said}» before {earliest_from.isoformat()}{how} {earliest.isoformat()} and "
        f"{latest.isoformat()}.",
    )


def _days_back_for_hours(found: re.Match[str], count: int) -> tuple[int, int] | None:
    """How many days back, at most and at least, a fight told as «استمرت نحو 35 ساعة» began
    from the day it ended: it may have ended at any hour of that day, so 35 hours back is one
    or two days before; «نحو» a tenth either way. None for less than a day («استمرت ساعات»:
    the sentence's day is the fight's, as the corpus reads it)."""
    if count < 24:
        return None
    slack = count // 10 if found.group("about") else 0
    longest = count + slack
    if found.group("more"):  # («أكثر من 30 ساعة»: at least that long, up to twice)
        longest = 2 * count
    shortest = 0 if found.groupdict().get("less") else max(0, count - slack)
    return -(-longest // 24), shortest // 24  # (the longest rounded up)


def _on_a_side(between: str) -> bool:
    """A launch is of an attack on the actor `between` (the text from the words to it)
    leads to: right after «على», past a word for the side's forces or men («بدء هجومهم على
    قوات الخمير الحمر»)."""
    words = fold(between).split()
    return (
        words[:1] == ["علي"]
        and len(words) <= 2
        and all(w in (*_FORCES_WORDS, *_MEN_OF) for w in words[1:])
    )


# where what was struck was going, right before a place (folded): «على قافلة كانت متجهة إلى»,
# «إحدى سفن «أسطول الحرية» المتجهة إلى»
_BOUND_FOR = re.compile(r"(?<!\w)(?:ال)?متجه\w*\s+الي\s*(?:\S+\s*)?$")
# «في» and a few words, maybe past a comma, up to where a fact was (folded): «، في المياه
# الدولية في »
_IN_WHAT_FOLLOWS = re.compile(r"^\s*\u060c?\s*في(?:\s+[^\s\u060c.]+){0,3}?\s*$")


# a relative clause's verb of going, right before a place (folded): «الذي لجأ إلى»
_WHERE_THEY_WENT = re.compile(r"(?<!\w)(?:الذي|التي|الذين)\s+\S+\s+(?:الي|نحو)\s*$")


def _resolved_place(
    rule: Trigger,
    start: int,
    end: int,
    offset: int,
    place: Mention | None,
    places: list[Mention],
    inside: Mention | None,
    text: str,
    context: Context,
    doer_end: int,
    in_names: list[Mention],
) -> tuple[Mention | None, bool]:
    """Where the fact is, from the place found after the words, in order: «المدينة» (the
    city before), a place named before by its head word («المطار»), «المحافظة» (the province
    of a place named before, or one an actor's name holds: `in_names`), a place between the
    words, what a pronoun in them refers to, «حيث» (the head of the chain of places before);
    and whether it is referred back to rather than named."""
    referred = False
    earlier = [m for m in places if m.end <= start and not m.broad]  # (the places before)
    if place is not None and place.broad:
        # «إلى الضفة الغربية لقناة السويس قرب الدفرسوار»: a waterway or a country, and the
        # place it is near right after it: there
        place = next(
            (
                m
                for m in places
                if m.start >= place.end
                and not m.broad
                and fold(text[place.end : m.start]).split() == ["قرب"]
            ),
            place,
        )
    if place is not None and _BOUND_FOR.search(fold(text[max(0, place.start - 40) : place.start])):
        # «هجوم … على قافلة كانت متجهة إلى مدينة جيبو في شمال البلاد، قرب بلدة غاسكيندي»:
        # where the convoy was going is not where it was struck; the place it was near is, or
        # the one the clause goes on to say it was in, no country («إحدى سفن «أسطول الحرية»
        # المتجهة إلى قطاع غزة، في المياه الدولية في البحر المتوسط»)
        place = next(
            (
                m
                for m in places
                if m.start > place.end
                and (
                    "قرب" in fold(text[place.end : m.start]).split()
                    or (
                        not m.broad
                        and _IN_WHAT_FOLLOWS.match(fold(text[place.end : m.start])) is not None
                    )
                )
            ),
            place,
        )
    if rule.words[0] == "الخاضع" and earlier and not text[earlier[-1].end : start].strip(" ،"):
        # «مدينة ماكييفكا الخاضعة لسيطرة القوات الروسية في منطقة دونيتسك»: the place the
        # words describe, right before them (or past a comma), is the one held; the one past
        # its holder is where it lies
        place = earlier[-1]
    if (
        rule.target == "previous"
        and place is not None
        and place.start > end
        and {"منها", "منه"} & set(fold(text[end : place.start]).split())
        and not re.search("[،.]", text[end : place.start])
        and earlier
    ):
        # «بعد انسحاب القوات الليبية منها إثر خسارتها قاعدة وادي الدوم»: «منها» before the
        # place named next is the place named before, not that one (the head of a chain
        # ending there: «مدينة لاشيو، كبرى مدن شمال ولاية شان، … منها»)
        place, referred = _head_of_chain(earlier, text), True
    if rule.target == "previous" and _THE_SOLDIERS_FROM_IT.match(fold(text[end : end + 20])):
        # «سيطرت X … على معسكر وادي الضيف، أكبر قواعد قوات النظام في محافظة إدلب، بعد انسحاب
        # الجنود منه»: the soldiers left the place taken
        taken = [p.place for p in context.here if p.cls in CAPTURES and p.place is not None]
        if taken:
            place, referred = taken[-1], True
    if (
        rule.target == "previous"
        and place is not None
        and place.start > end
        and _WHERE_THEY_WENT.search(fold(text[end : place.start]))
        and not re.search("[،.]", text[end : place.start])
    ):
        # «بعد انسحاب قوات حاكمها إسماعيل خان الذي لجأ إلى إيران»: where a relative clause
        # about the doer says he went is not the place left; the place named before is
        place, referred = (earlier[-1], True) if earlier else (None, False)
    referring = _REFERRING.match(fold(text[end : end + 40]))
    if (
        (
            rule.target in ("after", "previous")
            and referring is not None
            # (a place named right after is the one meant, unless it is a river or a country:
            # «على المدينة الواقعة على نهر الفرات»; «مدينة منبج» names it, however far)
            and not (
                place is not None
                and not place.broad
                and (
                    place.start - end < 30
                    or fold(text[end : place.start]).split() == referring.group().split()
                )
            )
        )
        or (
            rule.target == "after"
            and place is None
            and _REFERRING_FAR.match(fold(text[end : end + 80]).split(".")[0])
        )
    ):
        # «على المدينة», «على كامل المدينة»: the city named before (no place named next),
        # one named with the word «مدينة» first («مدينة داريا قرب دمشق»: Darayya); «على
        # البلدة», one named with «بلدة» («بلدة أراتشينوفو قرب العاصمة المقدونية»)
        before = _cities([m for m in places if m.end <= start])
        # (and «في القرية», one named with «قرية»: «قرية راتشاك»)
        word = next(
            (w for w in ("بلده", "قريه") if referring is not None and w in referring.group()),
            "مدينه",
        )
        said_city = [m for m in before if fold(text[max(0, m.start - 7) : m.start]).endswith(word)]
        before = said_city[-1:] or before
        # (none named before in the report: the dateline's, «المدينة» with its
        # article, not «في بلدة كوندوغا», a town named after)
        dateline = (
            context.dateline_city
            if _THE_CITY.search(fold(text[end : end + 80]).split("،")[0])
            else None
        )
        place, referred = (before[-1] if before else context.city or dateline), True
    if (
        rule.target in ("after", "previous")
        and place is None
        and _IN_THE_CITY_BETWEEN.search(fold(text[start:end]))
    ):
        # «بعد اشتباكات في المدينة بين …»: the city named before, told between the words
        before = _cities([m for m in places if m.end <= start])
        place, referred = (before[-1] if before else context.city), True
    attacked = [p.place for p in _offensives_before(context, start) if p.place is not None]
    if (
        rule.cls == "Battle"
        and rule.target in ("after", "previous")
        and place is None
        and attacked
        and _THE_ATTACK.match(fold(text[end : end + 12]))
    ):
        # «شنت … هجوما واسعا شرق مدينة البصرة، فيما قال العراق إن قواته صدت الهجوم»: the
        # attack told before, where it was
        place, referred = attacked[-1], True
    if (
        rule.words[-1] in ("المهاجمين", "منهم")
        and attacked
        and (place is None or place.end <= start)
    ):
        # «هاجم مسلحون … منتجع كانغابا … على أطراف العاصمة المالية، قبل أن تقتل القوات
        # الخاصة المالية أربعة منهم»: the attackers killed where the attack told before was,
        # not the last place named before the words
        place, referred = attacked[-1], True
    during = [m for m in places if offset <= m.start and m.end <= start]
    if (
        rule.target in ("after", "previous")
        and place is None
        and during
        and _DURING_IT.search(fold(text[start : end + 12]))
    ):
        # «معارك … قرب قرية أب باك …، أسقط خلالها المقاتلون …»: during the fact told before
        # in the sentence, where it was (near a place too)
        place, referred = _head_of_chain(during, text), True
    in_it = _IN_IT_AFTER.match(fold(re.split(r"[،.]", text[end : end + 50])[0]))
    if (
        rule.target == "after"
        and (place is None or "\u060c" in text[end : place.start])
        and in_it is not None
    ):
        # «وهاجمت الحامية اليمنية فيها»: the place named last before, where «فيها» says (or
        # «عليها»: «بعد نحو أربعة أشهر من بدء هجومه البري عليها»; not a place past a comma),
        # the head of its chain («جزيرة حنيش الكبرى في البحر الأحمر … فيها»: the island)
        before = [m for m in earlier if not _landmark(text, m)]
        before = _of_the_pronouns_gender(before, in_it["pronoun"], text) or before
        place = _head_of_chain(before, text) if before else context.place
        referred = True
    if rule.target in ("after", "previous") and (
        place is None or place.broad or place.start - end >= 30
    ):
        # «نحو المطار» after «مطار كويرس العسكري»: a place named before by its head word
        # (past the doer right after the words: «طوقت قوات الأمن السعودية المسجد»)
        named = _by_its_head_word(
            text, doer_end if place is None else end, [m for m in places if m.end <= start], context
        )
        far = _FROM_THE.search(re.split(r"[،.]", text[end : end + 80])[0])
        if named is None and rule.words[-1] == "من" and far is not None:
            # «انسحب من تبقى من جنود القوات النظامية من المطار»: the «من» of the place, past
            # the one of «من تبقى»
            before = [m for m in places if m.end <= start]
            named = _by_its_head_word(text, end + far.end(), before, context)
        if named is not None:
            place, referred = named, True
    if (
        rule.target in ("after", "previous")
        and place is None
        and {"المبني", "المجمع"} & set(fold(text[end : end + 30]).split()[:3])
    ):
        # «واقتحمت القوات المبنى»: the building, past the doer, the last site named in a
        # town («قصر العدل في وسط بوغوتا»)
        sites = [m for m in [*context.places, *places] if m.end <= start and m.area and m.in_city]
        if sites:
            place, referred = sites[-1], True
    if rule.target in ("after", "previous", "event") and _THE_PROVINCE.match(
        fold(text[end : end + 40])
    ):
        # «هجومها في المحافظة»: the province named before, or the one a place named lies in
        # (fighting too: «في اشتباكات معهم في الولاية», not where the sentence's fact is)
        provinces = [
            m.in_province
            for m in sorted([*context.places, *places, *in_names], key=lambda m: m.end)
            if m.end <= start and m.in_province
        ]
        if provinces:
            iri, label = provinces[-1]
            place = Mention(end, end, label, iri, "place", False)
            referred = True
    if (
        rule.target in ("after", "previous")
        and (place is None or place.broad or place.start - end >= 30)
        and (
            _THE_AREA.match(fold(text[end : end + 30]))
            or _TO_TAKE_IT.match(fold(text[end : end + 40]))
        )
    ):
        # «يسيطر على الناحية», «هجوما في المنطقة», «انطلاق العملية العسكرية لاستعادتها»:
        # the place named last, not a country; «المنطقة», the area named last if any
        before = [m for m in places if m.end <= start and not m.broad]
        named_last = _head_of_chain(before, text) if before else context.head
        if "منطقه" in fold(text[end : end + 30]).split("،")[0]:
            # (an area, not a site in a city: «مقر القيادة في مدينة لاشيو» is no region; with
            # none, the last place named that is neither a town nor in one: «شمال ولاية شان»)
            areas = [m for m in [*context.places, *before] if m.area and m.in_city is None]
            regions = [m for m in before if not m.city and m.in_city is None]
            named_last = areas[-1] if areas else regions[-1] if regions else named_last
        elif "الوادي" in fold(text[end : end + 40]).split("،")[0]:
            # «في الوادي»: the valley named last («وادي سوات»), not the town in it
            valleys = [m for m in [*context.places, *before] if fold(m.text).startswith("وادي")]
            named_last = valleys[-1] if valleys else named_last
        elif "الاحياء" in fold(text[end : end + 40]).split("،")[0]:
            # «هذه الأحياء»: the districts named last («أحياء حمص القديمة»), an area
            quarters = [
                m
                for m in [*context.places, *before]
                if m.area or fold(m.text).split()[:1] == ["احياء"]
            ]
            named_last = quarters[-1] if quarters else named_last
        if named_last is not None:
            place, referred = named_last, True
    if (
        rule.target in ("after", "previous")
        and (place is None or place.start - end >= 30)
        and _ITS_DISTRICTS.match(fold(text[end : end + 30]))
    ):
        # «وسيطروا على عدد من أحيائها»: part of the place named last
        before = [m for m in places if m.end <= start and not m.broad and not _landmark(text, m)]
        named_last = before[-1] if before else context.place
        if named_last is not None:
            place, referred = named_last, True
    if (
        rule.target in ("after", "previous")
        # (a place named far past it is another clause's: «الدبابات السورية التي دخلت شمال
        # المملكة قبل أيام انسحبت الأربعاء من منطقة الرمثا»)
        and (place is None or place.start - end >= 30)
        and _THE_COUNTRY.match(fold(text[end : end + 50]))
    ):
        # «سيطرة الجهاديين على مناطق واسعة في البلاد»: the country the last place named lies
        # in, else the one the report is about; a country named as such first («انسحابها من
        # أفغانستان إلى مدينة ترمذ عبر جسر الصداقة، بعد … من دخولها البلاد»: Afghanistan)
        as_such = [
            m for m in places if m.end <= start and m.in_country and m.in_country[0] == m.iri
        ]
        countries = [m.in_country for m in as_such or places if m.end <= start and m.in_country]
        # (read over the words that tell it, «على معظم أنحاء البلاد»: how much of it, too)
        window = text[end : end + 50]
        told = _THE_COUNTRY.match(fold(window))
        said = _as_written(window, told.group("told").strip()) if told is not None else ""
        at = end + max(0, window.find(said))
        if countries:
            iri, label = countries[-1]
            place = Mention(at, at + len(said), label, iri, "place", False, broad=True)
            referred = True
        elif context.country is not None:
            place, referred = replace(context.country, start=at, end=at + len(said)), True
    if (
        rule.target in ("after", "previous")
        and place is None
        and context.country is not None
        and _ON_A_BORDER_WITH.match(fold(text[end : end + 80]))
        and not any(
            m.iri == context.country.iri
            for m in places
            if m.start >= end and not re.search("[،.]", text[end : m.start])
        )
    ):
        # «اشتبكت … عند عدد من المعابر الحدودية مع النمسا وإيطاليا»: on the border of the
        # country the report is about with others, in that country
        place, referred = replace(context.country, start=end, end=end), True
    on_it = re.findall(r"\w+", fold(text[end : end + 12]))[:1]
    if (
        rule.target == "after"
        and place is None
        and inside is None
        and not rule.words[-1].startswith("ال")  # («بدء الهجوم عليها»: «الهجوم عليها»'s)
        and on_it in (["عليها"], ["عليه"])
    ):
        # «بدء قواته هجوما عليها»: on the place named before, not a country; nor where a
        # pull-out went («انسحبوا من المدينة باتجاه مدينة دونيتسك، بعد … من سيطرتهم عليها»:
        # the town they left)
        before = [m for m in places if m.end <= start and not m.broad and not _landmark(text, m)]
        before = _not_where_it_went(before, text)
        before = _of_the_pronouns_gender(before, on_it[0], text) or before
        place = _head_of_chain(before, text) if before else context.place
        referred = place is not None
    if rule.target in ("after", "previous") and place is None:
        place = inside  # «سقوط الموصل بأيديهم»: the place between the words
    if rule.target in ("after", "previous") and place is None:
        # «المدينة التي تخوض فيها هذه القوات معارك»: where the relative clause is about;
        # «طرد قوات النظام له منها»: the place named before
        place = _where_it_refers(text, start, end, offset, places, context)
        referred = place is not None
    if rule.cls != "Siege" and fold(text[max(offset, start - 8) : start]).split()[-1:] == ["حيث"]:
        # «في الريف الشرقي حيث تخوض …»: where is the place just named, the head of a
        # chain of them («جامع النوري في المدينة القديمة في الموصل، حيث»: the mosque)
        # (not what is besieged: «حيث حاصر الآلاف من العسكريين» names people, not a place)
        before = [m for m in places if m.end <= start and not m.broad]
        place = _head_of_chain(before, text) if before else place
    return place, referred


# «الأرخبيل» (the archipelago), standing for the islands named before it (folded)
_THE_ARCHIPELAGO = re.compile(r"(?<!\w)الارخبيل(?!\w)")


def _the_archipelago(places: list[Mention], start: int, text: str) -> list[Mention]:
    """The islands named last before `start`, where «الأرخبيل» told after them is what the
    words refer back to («في جزر فوكلاند، في أول غارة … على الأرخبيل منذ سيطرة القوات
    الأرجنتينية عليه»: the islands, a country too, not the airport named before), else none."""
    islands = [m for m in places if m.end <= start and fold(m.text).startswith("جزر")]
    if islands and _THE_ARCHIPELAGO.search(fold(text[islands[-1].end : start])):
        return islands[-1:]
    return []


# the head nouns places are named with, by grammatical gender (folded)
_FEMININE_PLACES = ("مدينه", "بلده", "محافظه", "قريه", "ناحيه", "منطقه", "قاعده")
_MASCULINE_PLACES = (
    "مطار", "حي", "سد", "معبر", "جبل", "مخيم", "قضاء", "حقل", "معسكر", "مركز", "مصنع"
)  # fmt: skip
# pronouns on a preposition that stand for a place, feminine and masculine (folded)
_HER = ("عليها", "منها", "فيها", "لها")
_HIM = ("عليه", "منه", "فيه", "له")
_PRONOUNS = (*_HER, *_HIM)


def _pronoun_after(text: str, end: int) -> str:
    """The first pronoun on a preposition a few words after the words, in their clause
    («استسلام آخر المقاتلين الأوكرانيين المتحصنين فيه»: «فيه»), or nothing."""
    clause = fold(re.split(r"[،.]", text[end : end + 60])[0]).split()[:6]
    return next((w for w in clause if w in _PRONOUNS), "")


def _of_the_pronouns_gender(places: list[Mention], word: str, text: str) -> list[Mention]:
    """The places a pronoun word (folded: «عليه», «منه» masculine, «عليها» feminine) may
    stand for, by the noun each was named with («مطار أبو الظهور», «محافظة إدلب»); those
    named with no such noun may be either."""
    other: tuple[str, ...]
    if word in _HER:
        other = _MASCULINE_PLACES
    elif word in _HIM:
        other = _FEMININE_PLACES
    else:
        return places

    def head(m: Mention) -> str:
        said = fold(m.text).split()[:1] + fold(text[max(0, m.start - 12) : m.start]).split()[-1:]
        said = [w[2:] if w.startswith("ال") else w for w in said]  # («المدينة»)
        return next((w for w in said if w in _FEMININE_PLACES + _MASCULINE_PLACES), "")

    return [m for m in places if head(m) not in other]


# «باتجاه», «نحو», «إلى» (towards, to) or «من» (from), with a word such as «مدينة» or
# «محافظة» between it and a place (folded)
_TOWARDS = re.compile(r"(?:^|\s)(?:باتجاه|نحو|الي)(?:\s+\S+)?\s*$")
_FROM = re.compile(r"(?:^|\s)من(?:\s+\S+){0,2}\s*$")


def _from_and_to(
    text: str, start: int, places: list[Mention], place: Mention | None, city: Mention | None
) -> tuple[Mention | None, Mention | None]:
    """A withdrawal's place it leaves and its destination, from the clause of its words
    («خرج المقاتلون من مدينة داريا باتجاه محافظة إدلب»: from Darayya, to Idlib province;
    «من المدينة باتجاه …»: from `city`, the city referred back to); the place found is kept
    as the destination when no «باتجاه/نحو/إلى» names another, unless it is where it leaves
    («من …»): then there is no destination."""
    clause_end = _clause_end(text, start)
    # (a country too, told as where it goes or leaves: «من العراق إلى الكويت»)
    after = [m for m in places if start <= m.start < clause_end]
    to = next(
        (m for m in after if _TOWARDS.search(fold(text[max(0, m.start - 20) : m.start]))), None
    )
    right_before = fold(text[max(0, place.start - 20) : place.start]) if place is not None else ""
    # («من البلاد إلى جمهورية الدومينيكان»: «إلى», nearer, says where it went)
    leaves = _FROM.search(right_before) and not _TOWARDS.search(right_before)
    if to is None and leaves:
        return place, None  # (only where it leaves: no destination said)
    if to is None:
        return None, place
    origin = next(
        (
            m
            for m in after
            if m.start < to.start and _FROM.search(fold(text[max(0, m.start - 20) : m.start]))
        ),
        None,
    )
    if origin is None and city is not None and _FROM_THE_CITY.search(fold(text[start : to.start])):
        origin = replace(city, start=to.start, end=to.start)
    return origin, to


# «من المنطقة», «منها» right after the words (folded): from the place referred back to
_FROM_IT = re.compile(r"^\s*(?:من\s+(?:المنطقه|المدينه|البلده)(?!\w)|منه(?:\u0627)?(?!\w))")
# «من المدينة» / «من البلدة»: from the city referred back to (folded)
_FROM_THE_CITY = re.compile(r"(?<!\w)من\s+(?:المدينه|البلده)(?!\w)")
# «شنه مسلحون», «شنته حركة الشباب», «نفذها»: the doer of an attack told after it (men of no
# name, or the name right after the verb; folded)
_DONE_BY = re.compile(
    r"^\s*(?P<verb>(?:شن|نفذ)(?:\u0647|\u0647\u0627|وه|ته|تها))(?:\s+(?P<men>مسلحون|مسلحين|مجهولون|مهاجمون)(?!\w))?"
)
# «ب» right after the words, on the drones named next (as written): «تعرض … لهجوم بمسيرتين …»
_BY_ITS_DRONES = re.compile(r"^\s*ب$")
# «… قبل دخولها», «قبل السيطرة عليها» after the words: before those who did it took the
# place (folded)
_BEFORE_TAKING_IT = re.compile(
    r"^(?:\S+\s+){0,3}?قبل\s+(?:دخول|اقتحام|السيطره\s+علي)(?:\u0647\u0627|\u0647)(?!\w)"
)
# «إن القوات الشمالية» right before the words: forces told by an adjective, the subject of
# the clause «إن» / «أن» opens (folded)
_FORCES_THAT = re.compile(r"(?<!\w)ان\s+القوات\s+ال\S+\s*$")


# the strikes told again, aimed at one of a side's, right before the side: «أن الغارات
# استهدفت قياديا في», «أن الغارة استهدفت عناصر من» (folded)
_STRIKES_AIMED_AT = re.compile(r"(?<!\w)ال(?:غارات|غاره)\s+استهدفت\s+\S+\s+(?:في|من)\s*$")


def _confronted(rule: Trigger) -> bool:
    """The words end with the pronoun of the side confronted, not of a place: «تتصدى لهم»,
    «تصدت لها» (the verb's subject after it)."""
    return rule.words[-1] == "لهم" or (rule.words[-1] == "لها" and rule.agent == "after")


# «أصيبت», «أصيب»: (a place) was hit; «ظن أن»: (a crew) took it for something else, a
# mistake told of an attack (folded)
_HIT_OR_MISTAKEN = re.compile(r"(?<!\w)(?:اصيب(?:ت)?|ظن\s+ان)(?!\w)")
# positions or camps right before an actor, past a word for its men: «مواقع لمقاتلي»,
# «معسكرات لمقاتلي» (folded)
_POSITIONS_OF_MEN = re.compile(
    r"(?<!\w)(?:مواقع|مقار|مقرات|معسكرات)\s+(?:ل(?:مقاتلي|مسلحي|عناصر))?\s*$"
)


def _object_right_after(text: str, end: int, m: Mention) -> bool:
    """The actor is the object right after a verb: nothing between but a day or a time, a word
    for its men («وهاجمت مقاتلي حركة الشباب»), or the noun its state's adjective names
    («هاجمت الأحد المدمرة الأميركية»)."""
    between = [
        w
        for w in fold(text[end : m.start]).split()
        if w not in WEEKDAYS and w not in ("ليل", "صباح", "مساء", "فجر")
    ]
    return (
        not between
        or between in ([w] for w in _MEN_OF)
        or (m.metonym and len(between) == 1 and between[0].startswith("ال"))
    )


# «قبل أن», «بعد أن» right before the words (folded)
_BEFORE_THAT = re.compile(r"(?<!\w)(?:قبل|بعد)\s+ان\s*$")
# a strike by the same subject joined by «و» later in the clause: «… وألقت ذخائر» (folded)
_THEN_STRUCK = re.compile(r"^[^،.]*?(?<!\w)و(?:القت|القي|قصفت|قصف|شنت|شن|اطلقت|اطلق)(?!\w)")
# «خلالها», «خلاله»: during the fact told before (folded)
_DURING_IT = re.compile(r"(?<!\w)خلال(?:\u0647\u0627|\u0647)(?!\w)")
# «فيها» / «فيه» past the object after the words, in their clause: «هاجمت الحامية اليمنية فيها»
# (folded)
_IN_IT_AFTER = re.compile(r"^(?:\S+\s+){1,3}?(?P<pronoun>فيها|فيه|عليها)(?!\w)")
# «في المدينة» between a trigger's words: «اشتباكات في المدينة بين» (folded)
_IN_THE_CITY_BETWEEN = re.compile(r"(?<=\s)(?:في|داخل)\s+(?:المدينه|البلده)(?=\s)")


def _told_as_past(text: str, start: int, offset: int) -> bool:
    """«وكان التنظيم يسيطر على …»: a present form after «كان» tells the past; so does one
    in a relative clause about what a sentence opened by «كان» is («وكانت المدينة من آخر
    المدن التي تسيطر عليها …»)."""
    kana = ("كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا")
    sentence = fold(text[offset:start])
    return (
        any(w in kana for w in fold(text[max(offset, start - 30) : start]).split()[-3:])
        or (
            sentence.split()[:1] in ([w] for w in kana)
            and _ONE_OF_THEM.search(sentence) is not None
        )
        # («التي كانت وحدات حماية الشعب الكردية تسيطر عليها»: «كانت» before the clause's
        # subject)
        or _KANA_BEFORE_ITS_SUBJECT.search(fold(text[max(offset, start - 80) : start])) is not None
    )


# «التي كانت» / «الذي كانت» opening a relative clause the words are in, its subject between
# (folded)
_KANA_BEFORE_ITS_SUBJECT = re.compile(r"(?<!\w)(?:التي|الذي)\s+كانت\s+[^،.]{1,60}$")


_OPERATION_NOUNS = ("هجوم", "هجمات", "عمليه", "عمليات", "حمله", "معركه")  # (folded)


def _pronoun_object(text: str, end: int, rule: Trigger) -> bool:
    """The trigger's last word carries a pronoun the listed form does not («عليها»)."""
    if rule.cls in ("AirStrike", "Shelling") or rule.words[-1] in (
        *_OPERATION_NOUNS,
        "انسحاب",
        "مواقع",
        "بين",
    ):
        # «غاراتها», «بدأ هجومه»: whose strikes or attack, not what they hit; «أنجز الجيش
        # انسحابه من …»: whose withdrawal; «على مواقعها»: whose positions; «معارك بينها وبين
        # الجيش»: a side
        return False
    written = re.sub(r"\W", "", (fold(text[max(0, end - 12) : end]).split() or [""])[-1])
    listed = rule.words[-1]
    if (
        len(rule.words) == 1
        and written[:1] in ("\u0648", "\u0641")
        and written[1:].startswith(listed)
    ):
        written = written[1:]  # «ودخلته»: the conjunction off
    ending = written[len(listed) :] if written.startswith(listed) else ""
    if len(rule.words) == 1 and ending[:1] in ("\u062a", "\u0648"):
        ending = ending[1:]  # a verb's own ending first: «دخلتها» (she entered it)
    # (her/it, him/it, them, the two of them: «عليهما»)
    pronouns = ("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")
    return written.startswith(listed) and ending in pronouns


# «المدينة من آخر المدن» before «التي»: a place said to be one of those the clause tells of
# (folded: «القرى» is «القري»)
_ONE_OF = re.compile(
    r"(?:^|\s)(?P<it>\S+)\s+من\s+(?:(?:اخر|ابرز|اكبر|اهم)\s+)?(?:المدن|البلدات|المناطق|القري)\s*$"
)


# the same, with the relative pronoun after it
_ONE_OF_THEM = re.compile(
    r"(?:^|\s)من\s+(?:\S+\s+)?(?:المدن|البلدات|المناطق|القري)\s+(?:التي|الذي)\s*$"
)


# «المدينة الساحلية» right before the words: the city named before, described (folded)
# «منذ استئناف»/«منذ بدء» right before fighting's words: a war's, since then (folded)
_SINCE_THE_FIGHTING = re.compile(
    r"(?<!\w)منذ\s+(?:استيناف|بدء|بدايه|اندلاع|(?:ال)?(?:ايام|اسابيع|اشهر)\s+(?:ال)?اولي)\s*$"
)  # («منذ الأيام الأولى للحرب»: its first days)
# «آخر مدينة كبرى كانت» right before a hold's words: an apposition of the town before (folded)
_LAST_TOWN_HELD = re.compile(r"(?<!\w)اخر\s+(?:مدينه|بلده)(?:\s+\S+)?(?:\s+كان(?:ت)?)?\s*$")
_THE_CITY_BEFORE = re.compile(r"(?<!\w)[وبل]?ال(?:مدينه|بلده)(?:\s+ال\S+)?\s*$")
# «التي», «والتي كانت», «الذي كان» (and «قد») right before an actor: a relative clause's subject
_RELATIVE_BEFORE = re.compile(r"(?<!\w)و?(?:التي|الذي)(?:\s+كان(?:ت)?)?(?:\s+قد)?\s*$")


def _in_a_relative(text: str, m: Mention) -> bool:
    """The actor is the subject of a relative clause («والتي كانت قوات حفتر قد اتخذتها»)."""
    return _RELATIVE_BEFORE.search(fold(text[max(0, m.start - 20) : m.start])) is not None


# «كانت X قد» right before the words: a past perfect of its own (folded)
_PAST_PERFECT = re.compile(r"(?<!\w)[وف]?كان(?:ت|وا)?\s+(?:\S+\s+){0,8}?قد\s*$")
# conjunctions that open a clause of their own before «كان» (folded)
_CONJUNCTIONS = ("بعدما", "عندما", "حين", "حينما", "اذ", "لما")


def _doers_named_right_after(text: str, end: int, actors: list[Mention]) -> bool:
    """Whether an actor is named as a verb's subject right after it, past a day (and its
    time) and «مسلحون من» («هاجمه مساء الثلاثاء مسلحون من جيش تحرير بلوشستان»), in its
    clause; not one further on («التي دخلتها الأحد إثر انسحاب المقاتلين الأكراد»)."""
    for m in actors:
        between = text[end : m.start]
        if not 0 <= m.start - end <= 40 or "\u060c" in between:
            continue
        words = fold(between).split()
        if words[-1:] == ["من"]:
            words = words[:-1]
        if words[-1:] == ["مسلحون"]:
            words = words[:-1]
        if len(words) <= 2:
            return True
    return False


# «المدينة الكبرى الوحيدة» apposed to a place named right before it, up to «التي» (folded)
_THE_CITY_APPOSED = re.compile(r"(?:المدينه|البلده)(?:\s+ال\w+){0,2}")


def _relative_antecedent(
    text: str, start: int, offset: int, places: list[Mention], context: Context | None = None
) -> tuple[bool, Mention | None]:
    """Whether the words are in a relative clause («آخر المدن التي كان يسيطر عليها»,
    «مدينة كان يسيطر عليها»), and what its pronoun stands for: the place named just before
    «التي» / «الذي» / «كان», or the place a «، آخر …» phrase is apposed to («راوة، آخر
    بلدة كان يسيطر عليها»), or None when that is not a named place (the clause describes
    something, it does not tell a fact)."""
    # «التي» up to seven words back, past the clause's own subject («التي كان تنظيم الدولة
    # الإسلامية يسيطر عليها»); «كان» just before the verb
    # (not past a comma: «…، الذي كان يسيطر عليها منذ 2015، بعدما انسحب مقاتلوه منها» is
    # another clause)
    clause = _clause_start(text, offset, start)
    words = list(re.finditer(r"\S+", text[clause:start]))[-7:]
    for i, word in enumerate(words):
        prior = fold(words[i - 1].group()) if i > 0 else ""
        if fold(word.group()) in ("التي", "الذي") or (
            fold(word.group()) in ("كان", "كانت")
            and (
                # (not after a conjunction: «بعدما كانت المدينة بيد …» tells of the place named)
                (i == len(words) - 1 and prior not in _CONJUNCTIONS)
                # «في منطقة كانت القوات X قد دخلتها»: right after an indefinite «منطقة», past
                # the clause's own subject
                or prior == "منطقه"
            )
        ):
            at = clause + word.start()
            lead = max(offset, at - 50)
            apposed = _LAST_OF.search(text[lead:at])
            if apposed is not None:  # «راوة، آخر بلدة كان …»: the place before the comma
                comma = lead + apposed.start()
                before = [m for m in places if m.end <= comma and comma - m.end <= 40]
                return True, _head_of_chain(before, text) if before else None
            named = [
                m
                for m in places
                if 0 <= at - m.end <= 2
                # («مدينة مهران الحدودية، التي»: past its own adjective; «شبه جزيرة الفاو
                # العراقية التي», with no comma, `ADJECTIVE`)
                or (m.end < at and re.fullmatch(r"\s+ال\w+\s*،\s*", text[m.end : at]))
                or (m.end < at and ADJECTIVE.fullmatch(fold(text[m.end : at])))
                # («العاصمة كابول المدينة الكبرى الوحيدة التي»: past «المدينة» apposed to it)
                or (m.end < at and _THE_CITY_APPOSED.fullmatch(fold(text[m.end : at])))
            ]
            # «بلدة كونا في وسط البلاد، التي»: the place placed in the country (or near a
            # landmark: «مدينة الزبداني قرب الحدود اللبنانية، التي»)
            placing = _IN_THE_COUNTRY.search(text[lead:at]) or _NEAR_A_LANDMARK.search(
                text[lead:at]
            )
            if not named and placing is not None:
                placed = lead + placing.start()
                named = [
                    m
                    for m in places
                    if m.end <= placed and re.fullmatch(r"(?:\s+ال\w+)?\s*", text[m.end : placed])
                ]
            noun = fold(text[lead:at]).split()[-1:]
            among = _ONE_OF.search(fold(text[offset:at]))
            if not named and among is not None:
                # «وكانت المدينة من آخر المدن التي تسيطر عليها X»: one of them, the place
                # the sentence is about (named before «من», or the city referred to)
                before = [
                    m
                    for m in places
                    if m.end <= at and re.fullmatch(r"\s+من\s+(?:\S+\s+)?\S+\s*", text[m.end : at])
                ]
                if before:
                    return True, before[-1]
                if among.group("it") in ("المدينه", "البلده") and context is not None:
                    cities = _cities([m for m in places if m.end <= at]) or (
                        [context.city] if context.city else []
                    )
                    return True, cities[-1] if cities else None
            if not named and context is not None and noun in (["المنطقه"], ["منطقه"], ["المدينه"]):
                # «المنطقة التي كانت تسيطر عليها الفصائل»: the area (the city) referred to; so
                # is «في منطقة كانت القوات X قد دخلتها», an area told of, the one named last
                earlier = [*context.places, *[m for m in places if m.end <= at]]
                kind = [m for m in earlier if (m.area if noun != ["المدينه"] else m.city)]
                return True, kind[-1] if kind else None
            if not named:
                return True, None
            if "،" not in text[named[-1].end : at]:
                # «في بلدة مجدل شمس في هضبة الجولان التي تحتلها إسرائيل»: with no comma, the
                # place named right before it
                return True, named[-1]
            # the head of a chain ending there: «مدينة منبج في محافظة حلب في شمال سوريا، التي»
            return True, _head_of_chain([m for m in places if m.end <= named[-1].end], text)
    return False, None


# a relative clause's verb with its object pronoun, «الذي يشنه», «التي تشنها» (folded)
_WAGED_BY = re.compile(r"(?<!\w)(?:الذي|التي)\s+[يت]شن(?:\u0647|\u0647\u0627)\s*$")
# «بدأته», «بدأه», «بدأوه», «أطلقتها»: «بدأ» or «أطلق» with its object pronoun, the last of
# the words (folded)
_BEGUN_BY_IT = re.compile(r"(?<!\w)(?P<verb>بدا|اطلق|شن)(?:ت|وا|و)?\u0647(?:\u0627)?(?!\w)\s*$")
# a weekday right after the words (folded): «التي أطلقتها الجمعة»; or a day of a month, «في»
# before it: «هجوم واسع أطلقته في 17 تشرين الأول/أكتوبر»
_A_DAY_NEXT = re.compile(
    r"^\s*(?:(?:يوم\s+)?ال(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)(?!\w)|في\s+\d{1,2}\s)"
)


# a superlative measured from a war's start, right before a time: «أكبر هجوم لهم منذ بدء الحرب
# الأهلية» (folded; not from a fact: «في أكبر هجوم منذ سقوط نظام الحركة في 2001» dates the fall)
_SINCE_THE_GREATEST = re.compile(
    r"(?<!\w)(?:اكبر|اعنف|اشد|اسوا)\s+\S+(?:\s+\S+)?\s+منذ\s+(?:بدء|بدايه|اندلاع)"
    r"(?:\s+\S+){0,2}\s*$"
)
# a number of those named before, right after the verb: «نحو 400 منهم», «مئات منهم» (folded)
_SOME_OF_THEM = re.compile(
    r"^\s*(?:(?:(?:نحو|حوالي|قرابه|اكثر\s+من)\s+)?(?:\d+|مئات|الاف|عشرات)\s+منهم"
    r"|(?:اول|اخر)\s+(?:قافله|رتل|دفعه)\s+(?:منها|منهم))(?!\w)"
)  # (or the first or last convoy of them: «وغادرت أول قافلة منها مدينة جلال آباد»)


def _subject_before(
    actors: list[Mention],
    start: int,
    text: str,
    offset: int | None = None,
    persons: bool = False,
) -> Mention | None:
    """The sentence's subject before `start`: its first actor that is not a person (unless
    `persons`: who says something may be one), nor one fought or backed (from `offset` on,
    where given: not one read from the dateline)."""
    return next(
        (
            m
            for m in actors
            if m.end <= start
            and (offset is None or offset <= m.start)
            and (persons or not m.person)
            and not _object(text, m)
            and not _object_of_support(text, m)
        ),
        None,
    )


# «أن», «بأن», «إن» (that) opening a clause (folded)
_THAT = re.compile(r"(?<!\w)[وف]?ب?ان(?!\w)")


def _subject_of_that(actors: list[Mention], start: int, text: str, offset: int) -> Mention | None:
    """The subject of the last clause «أن» opens before `start` in the sentence: the actor
    right after it («أن قواتها استعادت»), or past a word for its fighters («أن المتمردين
    الحوثيين أسقطوا»), if any."""
    folded, origin = without_marks(text[offset:start])
    that = [origin[m.end() - 1] + 1 + offset for m in _THAT.finditer(folded)]
    if not that:
        return None
    return next(
        (
            m
            for m in actors
            if m.end <= start
            and (
                0 <= m.start - that[-1] <= 2
                or (
                    m.start > that[-1]
                    and fold(text[that[-1] : m.start]).split() in ([w] for w in _WHO_THEY_ARE)
                )
                # (or a state's forces or craft by its adjective: «أن سفنا حربية أميركية
                # دمرت», «أن قوات أميركية», «أن غواصة بريطانية هاجمت», «أن مقاتلتين أميركيتين
                # أسقطتا»)
                or (
                    m.metonym
                    and m.start > that[-1]
                    and (
                        fold(text[that[-1] : m.start]).split() in _A_STATE_S_CRAFT
                        # («إن طائرات وزوارق طوربيد إسرائيلية هاجمت»: aircraft and other
                        # craft, joined by «و»)
                        or _AIRCRAFT_AND_CRAFT.fullmatch(fold(text[that[-1] : m.start]))
                    )
                )
            )
        ),
        None,
    )


# a state's forces, warships, submarine or two fighters, right before its adjective (folded;
# «سفنا», «مقاتلتين», as the subject of «أن»)
_A_STATE_S_CRAFT = (["قوات"], ["سفنا", "حربيه"], ["غواصه"], ["مقاتلتين"])
# aircraft and other craft joined by «و», right before their state's adjective (folded)
_AIRCRAFT_AND_CRAFT = re.compile(AIRCRAFT_AND + r"(?:زوارق|سفن)(?:\s+\S+)?")


def _subject_of_kana(text: str, start: int, offset: int, actors: list[Mention]) -> Mention | None:
    """The actor named right before «كان/كانت» just before the words, if any."""
    lead = text[max(offset, start - 30) : start]
    words = list(re.finditer(r"\S+", lead))
    if not words or fold(words[-1].group()) not in ("كان", "كانت", "كانوا"):
        return None
    at = start - len(lead) + words[-1].start()
    return next((m for m in actors if 0 <= at - m.end <= 1), None)


# «الذي», «التي كانت», «الذي لا يزال» right before the words (folded)
_WHO_WAS = re.compile(
    r"(?:^|\s)(?P<who>الذي|التي|الذين)(?:\s+(?:كان|كانت|كانوا|لا\s+يزال|لا\s+تزال|ما\s+زال|ما\s+زالت"
    r"|اعلن|اعلنت|اكد|اكدت))?\s*$"  # («التي أعلنت سيطرتها على»: hers, who announces it)
)


# «، الذي» (he who) right before the words
_WHO_HE = re.compile(r"\s*\u060c?\s*\u0627\u0644\u0630\u064a\s*$")


def _actor_right_before_relative(
    text: str, start: int, offset: int, actors: list[Mention]
) -> Mention | None:
    """The actor a relative clause opening right before the words is about: the one named
    right before its «الذي» / «التي» («تنظيم الدولة الإسلامية الذي كان يسيطر على
    المدينة»), none where something else comes between («البلدة التي كان يسيطر عليها»)."""
    lead = text[max(offset, start - 30) : start]
    clean, origin = without_marks(lead)
    found = _WHO_WAS.search(clean)
    if found is None:
        return None
    at = start - len(lead) + origin[found.start("who")]
    right = next((m for m in actors if m.end <= at and not text[m.end : at].strip(" \u060c")), None)
    if right is not None and found.group("who") == "الذين":
        # «مع القوات الفيتنامية الشمالية ومقاتلي الفيت كونغ، الذين سيطروا عليها»: «الذين»
        # (they who) after sides joined by «و» is all of them, the first leading
        return _coordinated_first([m for m in actors if m.end <= right.end], text)
    return right


# «استسلام» (the surrender of) right before a name (folded)
_SURRENDER_OF = re.compile(r"(?<!\w)[وب]?استسلام\s*$")
# what a verb's ending may hold after its base: its own ending (ـت, ـوا), then the pronoun of
# its object («حاصرتها», «حاصروه», «طردتهم»; folded)
_OBJECT_PRONOUN = re.compile(r"(?:ت|وا|و)?(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627)")


def _verb_with_its_object(rule: Trigger, start: int, text: str) -> int | None:
    """Where the verb of the words ends, when it carries the pronoun of its object
    («حاصرتها», «دخلتها»: past «و» or «ف» before it); else None."""
    word = re.match(r"\S+", text[start:])
    if word is None:
        return None
    verb = re.sub(r"^[وف](?=" + re.escape(rule.words[0]) + ")", "", fold(word.group()))
    if not verb.startswith(rule.words[0]) or not _OBJECT_PRONOUN.fullmatch(
        verb[len(rule.words[0]) :]
    ):
        return None
    return start + word.end()


def _relative_object(
    rule: Trigger, start: int, offset: int, actors: list[Mention], text: str
) -> Mention | None:
    """The actor a relative clause opening right before the words is about, where it is the
    object of their verb («الحامية الفرنسية التي حاصرتها منذ 13 آذار»: the pronoun it ends
    with stands for it) and no doer is named right after the verb; else None."""
    after = _verb_with_its_object(rule, start, text) if rule.agent == "after" else None
    if after is None or any(0 <= m.start - after <= 2 for m in actors):
        return None
    lead = fold(text[max(offset, start - 30) : start])
    who = _WHO_WAS.search(lead)
    if who is None or who.group("who") not in ("التي", "الذي") or who.group().strip() != who["who"]:
        return None
    whom = _actor_right_before_relative(text, start, offset, actors)
    # (only one told as surrendering: whom the pronoun stands for may as well be a place
    # named before, «القوات العراقية التي دخلتها», the forces the subject)
    if whom is None:
        return None
    surrendered = _SURRENDER_OF.search(fold(text[max(offset, whom.start - 14) : whom.start]))
    return whom if surrendered else None


def _of_a_clause_about_an_actor(
    time: TimeMention, end: int, actors: list[Mention], text: str
) -> bool:
    """The time, told after the words, lies in a relative clause about the actor named right
    after them («استسلام الحامية الفرنسية التي حاصرتها منذ 13 آذار/مارس»)."""
    if time.start < end:
        return False
    for m in actors:
        if 0 <= m.start - end <= 2 and m.end <= time.start:
            which = _WHICH.match(fold(text[m.end : time.start]).lstrip(" \u060c"))
            return which is not None and "\u060c" not in text[m.end : time.start].lstrip(" ،")
    return False


def _named_last_before(actors: list[Mention], offset: int, start: int) -> Mention | None:
    """The actor named last before `start`, in the sentence that begins at `offset`."""
    return next((m for m in reversed(actors) if offset <= m.start and m.end <= start), None)


def _actor_before_relative(
    text: str, start: int, offset: int, actors: list[Mention]
) -> Mention | None:
    """The actor named just before «التي» / «الذي» a few words before the words, if any
    («القوات التركية والفصائل السورية الموالية لها، التي دخلتها»: the Turkish forces)."""
    for word in reversed(list(re.finditer(r"\S+", text[offset:start]))[-4:]):
        if fold(word.group()) in ("التي", "الذي"):
            at = offset + word.start()
            # (the antecedent may be the main clause's object: «معارك مع التنظيم الذي كان
            # يسيطر عليهما»)
            named = [m for m in actors if m.end <= at]
            near = [m for m in named if len(text[m.end : at].split()) <= 4]
            return _coordinated_first(near, text) if near else None
    return None


# «في وسط البلاد،» (in the centre of the country), «في أقصى شمال البلاد،» (its far north)
# right before a relative pronoun (or its own adjective first and the country by its name:
# «مدينة مهران الحدودية في غرب إيران، التي», the name read as the state's)
_IN_THE_COUNTRY = re.compile(
    rf"\s+في\s+(?:(?:[أا]قص[ىي]\s+)?{_A_SIDE}\s+)?(?:البلاد|(?!المدين|البلد|المنطق)\w+)\s*،?\s*$"
)
# «قرب الحدود اللبنانية،»: a place placed near a landmark, right before a relative pronoun
_NEAR_A_LANDMARK = re.compile(r"\s+(?:قرب|بالقرب\s+من)\s+(?:\S+\s+)?\S+\s*،?\s*$")
# «التي ردت», «الذي رد»: a relative pronoun and its verb right before the words (folded)
_WHO_DID = re.compile(r"(?:^|\s)(?:التي|الذي)\s+[^\s،.]+\s*$")
# «إليها», «إليه»: into it, right after a verbal noun's doer (as written)
_INTO_IT = re.compile(r"\s*[إا]لي(?:\u0647|\u0647\u0627)(?!\w)")
# «إنهم كانوا يعدون لـ», «إنه يخطط لـ» after a verb of saying: a plan told (folded)
_A_PLAN = re.compile(r"\s*ان\S*\s+(?:كان\S*\s+)?[يت](?:عد|خطط)\S*\s+ل")
# «إنها», «إنه», «إنهم», «إن»: that, right after a verb of saying (with who says it); the
# pronoun stands for what was told before (folded)
_THAT_IT = re.compile(r"\s*ان(?P<pronoun>\u0647\u0627|\u0647|\u0647م)?(?!\w)")
# people who are no side's, right after «فرار» (fled): «آلاف من سكانها», «المدنيين» (not
# «عشرات آلاف المدنيين والجنود», soldiers too) (folded)
_CIVILIANS_FLED = re.compile(
    r"^\s*(?:(?:الاف|مئات|عشرات)\s+(?:من\s+)?)?(?:ال)?(?:سكان\S*|مدنيين|اهالي|نازحين)"
    r"(?![^،.]*(?:جنود|قوات|مقاتل|عناصر|مسلح))"
)
# «الواقعة على الطريق السريع بين دمشق و»: a place's description, up to a place it names
# (folded)
_LYING_ON = re.compile(r"(?<!\w)الواقع\S*\s+(?:علي|في|قرب|بين)(?:\s+\S+){0,6}\s*و?$")


def _clause_before(text: str, m: Mention) -> str:
    """The words (folded) before a mention, back to the comma or stop before it, at most 80
    characters."""
    return fold(re.split(r"[،.:]", text[max(0, m.start - 80) : m.start])[-1])


# «في عملية» (in an operation) right after a place (folded)
_IN_AN_OPERATION = re.compile(r"\s*في\s+عمليه(?!\w)")
# «التي كانت تدافع عنها قوات من»: who defended it (a place), right before them (folded)
_DEFENDED_BY = re.compile(
    r"(?<!\w)(?:التي|الذي)\s+(?:كانت?\s+)?(?:تدافع|يدافع)\s+عن(?:\u0647\u0627|\u0647)"
    r"(?:\s+(?:قوات|وحدات)\s+من)?\s*$"
)
# «على مواقعها», «على دورياتهم»: on its positions, their patrols, right after the words,
# maybe past a word («مكثفة») (folded)
_ON_ITS_POSITIONS = re.compile(
    r"\s*(?:[^\s،.]+\s+)?علي\s+(?:مواقع|دوريات)"
    r"(?P<pronoun>\u0647|\u0647\u0627|\u0647\u0645)(?!\w)"
)
# soldiers of an actor named right after: «جنديا باكستانيا من», «جنود من» (folded)
_SOLDIERS_OF = re.compile(r"(?<!\w)(?:جنديا|جنود|الجنود)(?:\s+[^\s،.]+)?\s+من\s*$")
# men named as such, a masculine plural (folded): «مقاتلي الحركة», «زعماء قبائل»
_MEN_WORDS = (
    *_MEN_OF,
    *("مقاتلو", "مسلحو", "متمردو", "زعماء", "المقاتلين", "المقاتلون", "مسلحون", "مسلحين"),
)


def _named_as_men(text: str, m: Mention) -> bool:
    """The actor is told as men, whom «هم» stands for: a word for them right before its
    name, or its name's first word («مقاتلي الحركة», «زعماء قبائل من البشتون»), or its
    soldiers told right before it («قتل 24 جنديا باكستانيا من قوة الأمم المتحدة»)."""
    before = fold(text[max(0, m.start - 12) : m.start]).split()[-1:]
    soldiers = _SOLDIERS_OF.search(fold(text[max(0, m.start - 40) : m.start]))
    return (
        bool(before and before[0] in _MEN_WORDS)
        or soldiers is not None
        or fold(m.said or text[m.start : m.end]).split()[:1] in ([w] for w in _MEN_WORDS)
    )


# fighting told right before, in the clause («بعد معارك استمرت أياما»), folded
_FIGHTING_RIGHT_BEFORE = re.compile(
    r"(?<!\w)(?:ال)?(?:معارك|اشتباكات|مواجهات|قتال)(?:\s+استمرت(?:\s+[^\s،.]+){1,2})?\s*$"
)
# «مع مسلحين موالين ل» right before an actor (folded): men fought on its side
_WITH_MEN_LOYAL_TO = re.compile(r"\s*مع\s+(?:(?:ال)?(?:مسلحين|مقاتلين|عناصر)\s+)?(?:ال)?موالين\s*")
# «جنوده», «قواتها», «عناصره», «مقاتليه»: its men, right after the words (folded)
_ITS_MEN = re.compile(r"\s*(?:جنود|قوات|عناصر|مقاتلي)(?:\u0647|\u0647\u0627|\u0647\u0645)(?!\w)")
# «الجنود منه», «القوات منها»: the soldiers, the forces, of no side named, from the place
# told before by its pronoun (folded)
_THE_SOLDIERS_FROM_IT = re.compile(r"\s*(?:الجنود|القوات)\s+من(?:\u0647|\u0647\u0627)(?!\w)")
# «تحت» (under) right before the words (folded)
_UNDER = re.compile(r"(?<!\w)تحت\s*$")
# «X، آخر بلدة», «X، أحد آخر معاقل», «X، إحدى آخر المدن»: a place, then what it is
_LAST_OF = re.compile(
    r"،\s*(?:(?:[أإا]حد[ىي]?\s+)?(?:[آا]خر|[أا]كبر|كبر[ىي]|[أا]برز|[أا]هم|[أا]ول)\s+\S+(?:\s+\S+)?"
    r"|ال(?:مدينة|بلدة|مدينه|بلده))\s*$"
)  # («، كبرى البلدات التي …», «، البلدة التي …»: the place apposed to)


def _object(text: str, m: Mention) -> bool:
    """The actor follows «مع» or «ضد»: the one fought, not the one who acts (a place after
    them, «الحدود مع سوريا», is not where the fact is); or «التابعة لـ»: the one a place
    belongs to."""
    words = fold(text[max(0, m.start - 20) : m.start]).split()
    before = words[-1:]
    # («مقر الفرقة 17 التابعة للجيش السوري»: whose the base is, not who acts)
    if before in ([w] for w in (*_OBJECT_MARK, "التابعه", "التابع")):
        return True
    # (past a head word the name leaves out: «، مع فصائل الحشد الشعبي،»)
    if words[-2:-1] in ([w] for w in _OBJECT_MARK) and "\u0648" + "".join(before) in _HEAD_WORDS:
        return True
    # (past a word for its men: «ضد متمردي حركة آتشيه الحرة»)
    if words[-2:-1] in ([w] for w in _OBJECT_MARK) and before in ([w] for w in _MEN_OF):
        return True
    # («قتلت القيادي في تنظيم الدولة …»: the group a person told of belongs to; «أميركيين
    # يعملون لحساب وكالة المخابرات …»: the one they work for)
    lead = fold(text[max(0, m.start - 20) : m.start])
    return _MEMBER_OF.search(lead) is not None or _WORKING_FOR.search(lead) is not None


# «حملت X Y مسؤولية», «اتهمت X Y بتنفيذها»: X holds Y responsible, accuses Y; «، متهما Y
# باغتياله»: the sentence's speaker accuses Y (folded)
_RESPONSIBLE = re.compile(
    r"(?<!\w)[وف]?(?:(?:حمل|اتهم|تتهم|يتهم)(?:ت|وا)?|نسبت?\u0647|نسبتها|متهما)(?!\w)"
)  # («في هجوم نسبته الحكومة إلى متمردي X»: attributed to them; «مسؤولون اتهموا»: by many)
# the words between the one attributing and the one it is attributed to: «إلى», «إلى متمردي»
# (folded)
_ATTRIBUTED_TO = re.compile(r"(?<!\w)الي(?:\s+(?:متمردي|مسلحي|مقاتلي))?\s*$")
# what follows the one held responsible: «مسؤولية …», «بتنفيذها», «بشنه», «باغتياله» (of the
# killing of the one told before); with the article,
# past an adjective of it, none given to another after it: «منظمة إيتا الانفصالية المسؤولية»
# (not «شرطة ألستر الملكية المسؤولية لجماعة X», the one holding); past its short name in
# brackets: «متمردي القوات المسلحة الثورية الكولومبية (فارك) بتنفيذه»
_OF_IT = re.compile(
    rf"^\s*(?:\([^()]{{1,24}}\)\s*)?(?:(?:ال\S+يه\s+)?المسووليه(?!\s+ل)|مسوول|{_DOING}|باغتيال)"
)


def _verb_later(text: str, end: int, verb: re.Pattern[str]) -> tuple[int, int] | None:
    """Where a verb matched by `verb` ends later in the sentence after `end`, and where the
    sentence ends; None when it has no such verb."""
    rest = text[end:]
    rest = rest[: len(re.split(r"[.]", rest, maxsplit=1)[0])]
    # (matched on the text without its marks, whose positions map back to the text's:
    # diacritics and a space folded away would shift them)
    clean, origin = without_marks(rest)
    found = verb.search(clean)
    if found is None:
        return None
    return end + origin[found.end() - 1] + 1, end + len(rest)


def _past_its_holder(
    text: str, end: int, actors: list[Mention], places: list[Mention]
) -> Mention | None:
    """The place named right after the actor right after the words, past «في» («يتحصن فيه
    أنصار X في بلدة عبرا»), or None."""
    holder = next((m for m in actors if 0 <= m.start - end <= 2), None)
    return next(
        (
            m
            for m in places
            if holder is not None
            and m.start >= holder.end
            and _IN_A_TOWN.fullmatch(fold(text[holder.end : m.start]))
        ),
        None,
    )


# «في», «في بلدة», «في مدينة» (folded)
_IN_A_TOWN = re.compile(r"\s*في(?:\s+(?:بلده|مدينه))?\s*")


def _in_past_the_country(text: str, country: Mention, places: list[Mention]) -> Mention | None:
    """The place right after «في» further on in the country's clause, or None."""
    return next(
        (
            m
            for m in places
            if m.start > country.end
            and not re.search(r"[،.]", text[country.end : m.start])
            and fold(text[max(0, m.start - 4) : m.start]).split()[-1:] == ["في"]
        ),
        None,
    )


def _joined_to_an_attack(facts: list[Proposal], text: str, start: int) -> Proposal | None:
    """The attack with a doer whose noun is told right before words that begin with «و»
    (an adjective at most between): «غارات جوية وهجوما بريا»; or None."""
    lead = max(0, start - 30)
    noun = _AN_ATTACK_BEFORE.search(text[lead:start]) if text[start:].startswith("\u0648") else None
    if noun is None:
        return None
    at = lead + noun.start()
    return next(
        (
            p
            for p in reversed(facts)
            if p.cls in _ATTACKS and p.agent is not None and p.start <= at < p.end
        ),
        None,
    )


# strikes, an adjective at most after them, right before the words (as written)
_AN_ATTACK_BEFORE = re.compile(r"(?<!\w)غارات(?:\s+[^\s،.]+)?\s*$")


def _named_after_the_verb(actors: list[Mention], verb_end: int, sentence_end: int) -> list[Mention]:
    """The actors named after a verb in its sentence, but a title's adjective right before a
    person («وزير الداخلية الإسباني أنخيل أسيبيس»: the minister, not Spain)."""
    return [
        m
        for m in actors
        if verb_end <= m.start < sentence_end
        and not any(p.person and 0 <= p.start - m.end <= 2 for p in actors)
    ]


def _doer_by_its_word(text: str, end: int, actors: list[Mention]) -> Mention | None:
    """The doer of an attack its sentence names after the words by someone's word: the one
    held responsible, the one who claims it, the one said to stand behind it; None."""
    return (
        _held_responsible(text, end, actors)
        or _claimed_by(text, end, actors)
        or _said_behind_it(text, end, actors)
    )


def _held_responsible(text: str, end: int, actors: list[Mention]) -> Mention | None:
    """The actor a sentence holds responsible or accuses after the words («فيما حملت أنقرة
    قوات النظام السوري مسؤولية الهجوم», «فيما اتهمت طهران إسرائيل بتنفيذها»: the second
    actor after the verb, right before «مسؤولية» or «بتنفيذها»)."""
    found = _verb_later(text, end, _RESPONSIBLE)
    if found is None:
        return None
    verb_end, sentence_end = found
    # (the second actor after the verb, its first the one holding responsible; or the first,
    # the one holding named before the verb: «السلطات الصومالية، التي حملت حركة الشباب
    # مسؤولية الهجوم»)
    # (not a title's adjective before the one holding: «وزير الداخلية الإسباني أنخيل أسيبيس»)
    after = _named_after_the_verb(actors, verb_end, sentence_end)[:2]
    return next(
        (
            m
            for m in after
            if _OF_IT.match(fold(text[m.end : m.end + 30]))
            # («حملت الشرطة المسؤولية لجماعة X»: the one it is given to)
            or _RESPONSIBILITY_TO.search(fold(text[verb_end : m.start]))
            # («نسبته الحكومة إلى متمردي X»: the one it is attributed to)
            or _ATTRIBUTED_TO.search(fold(text[verb_end : m.start]))
        ),
        None,
    )


def _held_responsible_unnamed(text: str, end: int, actors: list[Mention]) -> str:
    """Men of no name a sentence holds responsible after the words, between the one holding
    them and «مسؤولية» («فيما حملت السلطات الصينية انفصاليين من منطقة شينجيانغ مسؤولية
    الهجوم»), as written; "" when it holds none so."""
    found = _verb_later(text, end, _RESPONSIBLE)
    if found is None:
        return ""
    verb_end, sentence_end = found
    # (not a title's adjective before the one holding: «الرئيس الأميركي جو بايدن»)
    holding = next(iter(_named_after_the_verb(actors, verb_end, sentence_end)), None)
    if holding is None:
        return ""
    men = _MEN_HELD.match(fold(text[holding.end : sentence_end]))
    return _as_written(text[holding.end : sentence_end], men.group("men")) if men else ""


# men of no name, an indefinite plural and where they are from, then «مسؤولية» (folded):
# «انفصاليين من منطقة شينجيانغ مسؤولية»
# (or armed groups, and what they are said to be: «جماعات مسلحة مدعومة من إيران تنشط في سوريا
# والعراق مسؤولية»)
_ARMED_GROUPS = r"جماعات\s+مسلحه"  # (folded)
_MEN_HELD = re.compile(
    r"^\s*(?P<men>(?!ال)\S+ين(?:\s+من\s+\S+(?:\s+\S+)?)?"
    rf"|(?:{_ARMED_GROUPS}|جماعه\s+مرتبطه)(?:\s+[^\s،.]+){{0,8}}?)\s+(?:مسووليه(?!\w)|{_DOING})"
)  # (or a group, accused of doing it: «جماعة مرتبطة بالاستخبارات السورية بتنفيذ الهجوم»)
# armed groups of no name right before the words: «جماعات مسلحة مدعومة من …» (folded)
_ARMED_GROUPS_BEFORE = re.compile(rf"(?<!\w){_ARMED_GROUPS}\s*$")


# «يقف وراء الهجوم» (stands behind the attack) right after an actor, or «يرجح أن يكون وراء
# الهجوم» (is likely behind it: a word hedged, the sayer's claim still), or «وراء الهجومين»
# alone, «أن يكون» before the actor («التي رجحت أن يكون X وراء الهجومين»); the dual or the
# plural too («وراء التفجيرات») (folded)
_BEHIND_IT = re.compile(
    r"^\s*(?:(?:[يت]قف|يرجح\s+ان\s+يكون)\s+)?وراء\s+ال(?:هجوم|تفجير)(?:ين|ات)?(?!\w)"
)


def _said_behind_it(text: str, end: int, actors: list[Mention]) -> Mention | None:
    """The actor named right before «يقف وراء الهجوم» after the words («إن المؤشرات
    الأولى تدل على أن تنظيم الدولة الإسلامية يقف وراء الهجوم»), the group the attackers are
    said to belong to, or the one the attack is attributed to («في مجزرة نسبت إلى …»): the
    one said to have done it, by the sentence's account."""
    return (
        next(
            (
                m
                for m in actors
                if m.start >= end and _BEHIND_IT.match(fold(text[m.end : m.end + 40]))
            ),
            None,
        )
        or _they_belong_to(text, end, actors)
        # («في مجزرة نسبت إلى الجماعة الإسلامية المسلحة»: attributed to it, by no one named)
        or _named_after_words(text, end, actors, _ATTRIBUTED_TO_IT)
    )


# «نسبت إلى» right before an actor (folded): an attack attributed to it, by no one named
_ATTRIBUTED_TO_IT = re.compile(r"(?<!\w)نسبت\s+الي\s*$")


def _they_belong_to(text: str, end: int, actors: list[Mention]) -> Mention | None:
    """The group the attackers are said to belong to after `end`, in its sentence («إن
    المهاجمين الأربعة الذين قتلوا ينتمون إلى جماعة جيش محمد»), or None."""
    return _named_after_words(text, end, actors, _THEY_BELONG_TO)


def _named_after_words(
    text: str, end: int, actors: list[Mention], words: re.Pattern[str]
) -> Mention | None:
    """The first actor after `end`, in its sentence, right after `words` (a pattern that ends
    where the actor begins, matched on the folded text between), or None."""
    return next(
        (
            m
            for m in actors
            if m.start >= end and words.search(fold(_in_sentence(text, end, m.start)))
        ),
        None,
    )


# the attackers said to belong to a group (folded): right before its name, and said of;
# or the bomber said to be a member of it («أن الانتحاري عضو في تنظيم الدولة الإسلامية»)
_ATTACKERS_OF = r"(?<!\w)(?:المهاجم\w*|الانتحاري)(?:\s+\S+){0,4}?\s+(?:ينتم\w*\s+الي|عضو\s+في)"
_THEY_BELONG_TO = re.compile(rf"{_ATTACKERS_OF}\s*$")
_SAID_THEY_BELONG = re.compile(rf"[^،.]*?(?P<them>{_ATTACKERS_OF})")


# «المسؤولية لجماعة», «المسؤولية ل» right before the one held responsible (folded)
_RESPONSIBILITY_TO = re.compile(r"(?<!\w)المسووليه(?:\s+ل\S+)?\s*$")


# «تبنى X الهجوم», «هجوم تبناه X», «أعلنت X مسؤوليتها عن»: X claims an attack (folded: the
# rules of triggers.tsv that claim one)
_CLAIMS_IT = ("تبني", "تبنت", "تبنا", "اعلن مسوولي")
_CLAIMING = re.compile(r"(?<!\w)[وف]?(?:تبني|تبنت|تبنا)\w*(?!\w)")
# «أعلنت X مسؤوليتها», «بيانا أعلنت فيه مسؤوليتها»: a claim of responsibility, up to the word
# (folded)
_RESPONSIBILITY_CLAIMED = re.compile(
    r"(?<!\w)[وف]?(?:اعلن|تعلن|يعلن)(?:ت|وا)?(?:\s+\S+){0,5}?\s+مسووليت"
)


# a group told by no name but the one it gives itself, up to that name (folded): «جماعة غير
# معروفة تطلق على نفسها اسم «…»», the name in straight quotation marks too
_SELF_NAMED = re.compile(
    r'\s*(?:\S+\s+){1,6}?(?:تطلق|يطلق)\s+علي\s+نفسه(?:\u0627)?\s+اسم\s*[«"]?\s*'
)


# «قد» then the verb, right after the one who had done it (folded): «… قد تبنى»
_HAD_BEFORE_IT = re.compile(r"\s*قد\s+\S+")


def _claimed_by(text: str, end: int, actors: list[Mention]) -> Mention | None:
    """The actor named right after a verb of claiming later in the sentence («في هجوم تبناه
    تنظيم الدولة الإسلامية»): who claims the attack, its doer by its own word."""
    found = _verb_later(text, end, _CLAIMING)
    if found is not None:
        # (or past the words of a group that names itself: «فيما تبنت جماعة غير معروفة تطلق
        # على نفسها اسم «…» الاغتيال»)
        return next(
            (
                m
                for m in actors
                if 0 <= m.start - found[0] <= 3
                # (past the word «جماعة»: «وتبنت جماعة كتائب عبد الله عزام الهجمات»; or
                # «المتمردون»: «فيما تبنى المتمردون الحوثيون في اليمن الهجوم»)
                or (
                    m.start > found[0]
                    and fold(text[found[0] : m.start]).split() in (["جماعه"], ["المتمردون"])
                )
                or (
                    m.start > found[0]
                    and _SELF_NAMED.fullmatch(fold(text[found[0] : m.start])) is not None
                )
                # (or past a member's title and his group: «وتبنى القيادي في حركة طالبان
                # باكستان عمر منصور الهجوم», the man, not the group)
                or any(
                    0 <= m.start - group.end <= 2
                    and _A_MEMBER_RIGHT_AFTER.fullmatch(fold(text[found[0] : group.start]))
                    is not None
                    for group in actors
                    if group.start > found[0]
                )
                # (or right before «قد» and it: «فيما كان تنظيم الدولة الإسلامية قد تبنى
                # الهجوم»)
                or (
                    end <= m.start
                    and _HAD_BEFORE_IT.fullmatch(fold(text[m.end : found[0]])) is not None
                )
            ),
            None,
        )
    # «…، فيما وزعت جبهة التحرير الوطني بيانا أعلنت فيه مسؤوليتها عن الهجمات»: the actor
    # named last before «مسؤولية», in its clause (after «أعلنت» or before it); else the one
    # right after «مسؤوليتها عنها»
    found = _verb_later(text, end, _RESPONSIBILITY_CLAIMED)
    if found is None:
        return None
    return next(
        (
            m
            for m in reversed(actors)
            if end <= m.start and m.end <= found[0] and "\u060c" not in text[m.end : found[0]]
        ),
        None,
    ) or next(
        (
            m
            for m in actors
            if m.start > found[0] and re.fullmatch(r"\w*\s+عن\w*", fold(text[found[0] : m.start]))
        ),
        None,
    )


# «قتل 33 جنديا», «مقتل عناصر من», «قتل أكثر من مئتي جندي»: those killed, their side named
# next; or some among them («قتل أكثر من عشرة أشخاص، بينهم جنود بريطانيون») (folded)
_KILLED = re.compile(
    r"(?:^|\s)[وف]?(?:قتلت|قتل|مقتل|اصيب|اصابه)\s+(?:\S+\s+){0,3}?(?:\S+\s+بينهم\s+)?"
    r"(?:جنديا|جندي|جنود|عسكريا|عسكريين|عنصرا|عناصر|مدنيا|مدنيين|مقاتلا|مقاتلي)(?:\s+من)?\s*$"
)
# «معظمهم», «بينهم» (most of them, among them) right before a nationality, or «من» and who
# they are before it («معظمهم من السياح»): who some of those told of are (folded)
_MOST_OF_THEM = re.compile(r"(?<!\w)(?:معظمهم|بينهم)(?:\s+من\s+\S+)?\s*$")
# «المحتجزين في» right before a place: where someone is held (folded)
_HELD_THERE = re.compile(r"(?<!\w)المحتجزين\s+في\s*$")
# «لقناة» right after a bank named: the canal it is the bank of (folded; «الضفة الغربية لنهر
# الأردن» is the West Bank)
_OF_A_WATERWAY = re.compile(r"^\s*لقناه(?!\w)")
# «أن» opening the clause the words are in, its subject men of no name, the last of them maybe:
# «أن آخر المسلحين الفلسطينيين» (folded)
_MEN_THAT = re.compile(r"(?<!\w)ان\s+(?:اخر\s+)?(?P<men>المسلحين(?:\s+ال\S+يين)?)(?!\w)[^،.]*$")
# «إن الشرطة» opening the clause the words are in, the police named by no name (folded)
_POLICE_THAT = re.compile(r"(?<!\w)ان\s+الشرطه\s+(?!ال)[^،.]*$")
# «القيادي في X», «قيادي في X», «عنصر في X», «الرجل الثاني في X», «القائد العسكري في X»,
# «زعيم X», «مؤسس X»: a member of X, its leader, its founder (folded)
_A_MEMBER = (
    r"(?:(?:(?:ال)?(?:قيادي|قياديا|عنصر|عناصر|مسوول|مسوولا|امير)|الرجل\s+الثاني"
    r"|القايد\s+العسكري)\s+في|زعيم|موسس|(?:\S+\s+من\s+)?قاده)"
)  # (or some of its leaders: «ثلاثة من قادة منظمة التحرير»)
_MEMBER_OF = re.compile(rf"(?:^|\s){_A_MEMBER}\s*$")
# «القيادي في» alone, right after a verb: the one who acts is a member of the group next
_A_MEMBER_RIGHT_AFTER = re.compile(rf"\s*{_A_MEMBER}\s*")
# «يعملون لحساب X»: people working for X (folded)
_WORKING_FOR = re.compile(r"(?<!\w)يعملون\s+لحساب\s*$")
# «استهدفت قياديا في X»: aimed at a member of X (folded)
_AIMED_AT_ONE_OF = re.compile(rf"(?<!\w)استهدفت\s+{_A_MEMBER}\s*$")
# «، أحد قادة», «، زعيم» between a person and an actor: the person one of its leaders (folded)
_ONE_OF_ITS_LEADERS = re.compile(rf"\s*\u060c\s*(?:احد\s+)?{_A_MEMBER}\s*")
# «، فقتل», «، وقتل» at the end of the aside after the actor: the person said killed (folded)
_THEN_KILLED = re.compile(r"\s*\u060c\s*[فو]قتل(?!\w)")
# «قتل القيادي في X», «مقتل القائد العسكري في X», «قتلت زعيم X»: a member of X killed (folded)
# (or its ambassador: «قتل السفير الروسي في تركيا»)
_KILLED_ONE_OF = re.compile(rf"(?:^|\s)(?:قتل|قتلت|مقتل)\s+(?:{_A_MEMBER}|السفير)\s*$")


# «اغتيل» («اغتيلت») and up to five words (a title: «الرئيس المصري», «رئيس الوزراء اللبناني
# السابق») right before a person (folded)
_ASSASSINATED = re.compile(r"(?:^|\s)اغتيلت?(?:\s+\S+){0,5}\s*$")


def _assassinated_when(actors: list[Mention], offset: int, start: int, text: str) -> Mention | None:
    """The person the sentence (from `offset`) says was assassinated, when the words come
    right after «عندما»: the deed that killed him."""
    if fold(text[offset:start]).split()[-1:] != ["عندما"]:
        return None
    persons = [m for m in actors if m.person]
    return _side_killed_before(persons, offset, start, text, _ASSASSINATED)


# a sentence (past its dateline) that opens with «قتل», the passive, and a few words: who was
# killed, named next (folded)
_OPENS_KILLED = re.compile(r"^\s*(?:[^:،.]{1,30}:\s*)?قتل(?:\s+\S+){0,8}\s*$")


# «حيث قتل», «حيث اغتيل» and a title of a word or two, right before a person, in the clause of
# the words or right after its comma (folded)
_WHERE_KILLED = re.compile(
    r"^[^\u060c.]*(?:\u060c\s*)?(?<!\w)حيث\s+(?:قتل|اغتيل)(?:\s+\S+){0,2}\s*$"
)


def _killed_where(actors: list[Mention], end: int, text: str) -> Mention | None:
    """The person the words' clause says, after them, was killed where the deed was («قصر
    الرحاب حيث قتل الملك فيصل الثاني»)."""
    return next(
        (
            m
            for m in actors
            if m.person
            and 0 <= m.start - end <= 80
            and _WHERE_KILLED.match(fold(text[end : m.start]))
        ),
        None,
    )


def _killed_in_it(actors: list[Mention], offset: int, start: int, text: str) -> Mention | None:
    """The side struck by the deed the words tell right after «في», where the sentence (from
    `offset`) opens by saying a person was killed: the side his title names («المندوب السامي
    البريطاني», «رئيس المكتب السياسي لحركة حماس»), else, or where the title is a former one
    («رئيس الوزراء اللبناني السابق»), the person."""
    if fold(text[offset:start]).split()[-1:] != ["في"]:
        return None
    for m in actors:
        if m.person and offset <= m.start and m.end <= start:
            said = fold(text[offset : m.start])
            # (not one whose title follows his name, in an aside: «قتل أحمد الجعبري، قائد
            # كتائب … لحركة حماس، …», nor a minister of defence, his side the state's army,
            # which the state's adjective does not tell)
            if not _OPENS_KILLED.match(said) or "،" in text[m.end : start] or "وزير الدفاع" in said:
                continue
            title = [t for t in actors if offset <= t.start and t.end <= m.start]
            if title and "السابق" not in fold(text[title[0].end : m.start]).split():
                return title[0]
            return m
    return None


def _how_the_doer_came(text: str, start: int, context: Context) -> bool:
    """The words (a landing) come right after the doer of a fact told before them in their
    sentence, where that fact names it: a clause describing it, how it came to do that deed,
    no fact of its own."""
    return any(
        p.end <= start and p.agent is not None and text[p.agent.end : start].isspace()
        for p in context.here
    )


# «، وأسرت عشرات», «، وأسروا»: a capture of men joined by «و» to the words' clause, a number
# (or two words) right before those captured (folded; a full stop does not come between)
_CAPTURED_NEXT = re.compile(r"^[^.]*،\s*و(?:اسرت|اسروا|اسر)(?:\s+\S+){0,2}\s*$")


def _captured_after(actors: list[Mention], end: int, text: str) -> Mention | None:
    """The first actor named after the words whose men the sentence goes on to say the
    doer captured («…، وأسرت عشرات الجنود المصريين»), if any."""
    return next(
        (m for m in actors if m.start >= end and _CAPTURED_NEXT.match(fold(text[end : m.start]))),
        None,
    )


def _side_killed_before(
    actors: list[Mention], offset: int, start: int, text: str, killed: re.Pattern[str]
) -> Mention | None:
    """The first actor named before the words in their sentence (from `offset`) whose men or
    member the words right before it, matched by `killed`, tell were killed."""
    return next(
        (
            m
            for m in actors
            if offset <= m.start
            and m.end <= start
            and killed.search(fold(text[max(0, m.start - 40) : m.start]))
        ),
        None,
    )


def _unsaid_subject(text: str, end: int) -> bool:
    """After the verb comes a preposition or a time, not a subject of its own («وفرّ
    غالبيتهم» has one)."""
    following = fold(text[end : end + 20]).split()[:1]
    return not following or following[0] in _AFTER_A_VERB


_AFTER_A_VERB = {fold(w) for w in ("في", "على", "إلى", "من", "منذ", "بعد")}  # folded
# one of them starting a word, with its pronoun: «على», «عليها», «منها» (folded)
_PREPOSITION = re.compile("|".join(sorted(_AFTER_A_VERB)))


# «و» between two sides, maybe with the second's units or men: «ووحدات من» (folded)
_AND_THE_OTHER = re.compile(r"\s*و(?:(?:وحدات|قوات|مقاتلي|مقاتلو|عناصر|مسلحي)(?:\s+من)?)?\s*")


def _opponent(
    rule: Trigger,
    actors: list[Mention],
    agent: Mention | None,
    start: int,
    end: int,
    text: str,
    context: Context,
) -> Mention | None:
    if rule.words[-1] == "بين" and agent is not None:
        # «معارك بين القوات الأميركية ووحدات من الحرس الجمهوري»: the side joined by «و» to
        # the first (past its units or men; «والقوات الأرمينية»: the «و» in its name)
        return next(
            (
                m
                for m in actors
                if m.start >= agent.end
                and (
                    _AND_THE_OTHER.fullmatch(fold(text[agent.end : m.start]))
                    or (not text[agent.end : m.start].strip() and text[m.start] == "\u0648")
                    # («معارك بينها وبين الجيش»: the side after «وبين», the first named before)
                    or (agent.end <= start and fold(text[end : m.start]) == "وبين")
                )
            ),
            None,
        )
    if rule.opponent == "after" and rule.words[-1] in _OBJECT_MARK:
        # «معارك مع X», «مع التنظيم»: the side named right after the words, not an actor
        # further on (a source: «…، وفق ما أفاد المرصد»)
        # (past a word for its fighters: «مع مقاتلي الفصائل المعارضة», «مع متمردي حركة
        # 23 مارس»)
        named = next(
            (
                m
                for m in actors
                if end <= m.start <= end + 3
                or (
                    end <= m.start <= end + 16
                    # (or its forces, its units: «مع قوات جبهة تحرير شعب تيغراي», «مع وحدات
                    # الجيش اليمني», «مع القوات الأميركية» named by the adjective; some of
                    # them: «مع وحدات من الجيش اليوغوسلافي», «مع مقاتلين من تنظيم القاعدة», «مع
                    # وحدة من الجيش الأردني»; a militia by its name: «مع ميليشيا القوات
                    # اللبنانية»)
                    and fold(text[end : m.start]).split()
                    in (
                        *([w] for w in (*_MEN_OF, *_FORCES_WORDS, "ميليشيا")),
                        *([w, "من"] for w in (*_FORCES_WORDS, "مقاتلين", "وحده")),
                    )
                )
            ),
            None,
        )
        if named is None and fold(text[end : end + 30]).split()[:1] in ([w] for w in _GROUP):
            return context.group
        if named is None and _THESE_FORCES.match(fold(text[end : end + 24])):
            # «بعد أربعة أيام من المعارك مع هذه القوات»: those named before with that noun
            return context.these(fold(text[end : end + 24]), [m for m in actors if m.end <= start])
        if named is None and _ITS_MEN.match(fold(text[end : end + 12])):
            # «مدينة مهاباد، معقل الحزب …، بعد معارك مع مقاتليه»: its men, the actor named
            # last before the words
            return _named_last_before(actors, 0, start)
        return named
    if rule.opponent == "after":
        if fold(text[end : end + 30]).split()[:1] in ([w] for w in _GROUP):
            return context.group  # «لتقدم التنظيم»: the organisation right after the words
        loyal = next(
            (
                m
                for m in actors
                if m.start >= end and _WITH_MEN_LOYAL_TO.fullmatch(fold(text[end : m.start]))
            ),
            None,
        )
        if loyal is not None:  # «اشتباكات مع مسلحين موالين لتيار المستقبل»: on its side
            return loyal
        after = agent.end if agent is not None and agent.start >= start else start
        # not a backer («يدعم X، … مدعومة من طهران، Y», «بغطاء جوي روسي»), unless the
        # backer is what the words look for («بدعم من X»)
        skip_backers = rule.cls != "SupportRelation" or rule.agent == "after"
        named = next(
            (
                m
                for m in actors
                if m.start >= after
                and m is not agent
                and not (skip_backers and _object_of_support(text, m))
                # (not a source: «…، وفق ما أعلنت وزارة الدفاع الأفغانية»)
                and not _A_SOURCE_BEFORE.search(fold(text[max(0, m.start - 25) : m.start]))
                # (nor the one claiming it: «…، وتبنى جوشوا نكومو إسقاط الطائرة»)
                and not _CLAIMING_BEFORE.search(fold(text[max(0, m.start - 10) : m.start]))
                # (nor one among the doers: «فصائل معارضة، بينها جبهة فتح الشام،»)
                and not _AMONG_THEM.search(fold(text[max(0, m.start - 12) : m.start]))
                # (nor the subject of a clause of its own after «فيما»: «بعد اشتباكات مع القوات
                # الموالية للحكومة، فيما وصفت الحكومة اليمنية ما جرى …»)
                and "فيما" not in text[after : m.start].split()
                # (nor of one after «قبل أن»: «فتح أربعة مسلحين … النار على ركابها، قبل أن
                # تقتحم قوات الأمن الباكستانية الطائرة», who acted next)
                and not re.search(r"(?<!\w)قبل\s+ان(?!\w)", fold(text[after : m.start]))
            ),
            None,
        )
        if named is None and set(_GROUP) & set(fold(text[end : end + 40]).split()[:5]):
            return context.group  # «فك حصار فرضه التنظيم»
        if named is not None and rule.cls == "MilitaryOperation":
            # «اعتقلت الشرطة … زعيم حركة الدرب المضيء أبيمايل غوزمان»: the one the operation
            # is done to is the person, not the movement in his title
            named = next((m for m in actors if m.person and 0 <= m.start - named.end <= 2), named)
        return named
    if rule.opponent == "against":  # «ضد X», «ضده», «ضد التنظيم»
        base = start if "ضد" in rule.words else end  # the words may hold «ضد» themselves
        window = _in_sentence(text, base, end + 120)  # («أطلق … عملية … دعما لـ… ضد …»)
        found = re.search(
            "(?<!\\w)ضد(?P<pronoun>\u0647|\u0647\u0627|\u0647\u0645)?(?!\\w)",
            without_marks(window)[0],
        )
        if found is None:
            return None
        at = base + without_marks(window)[1][found.end() - 1] + 1
        # («ضد مقاتلي حزب العمال الكردستاني»: its fighters, positions, the actor's; «ضد
        # المتمردين الحوثيين»: the rebels the name after says)
        clean, origin = without_marks(text[at : at + 20])
        men = re.match(rf"\s*(?:{'|'.join(_MEN_OF)}|مواقع|{_THE_REBELS})\s+", clean)
        if men is not None and not found.group("pronoun"):
            at += origin[men.end() - 1] + 1
        named = next((m for m in actors if at <= m.start <= at + 2), None)
        if named is not None:
            return named
        meant = _REFERRING_TO.search(fold(_in_sentence(text, at, at + 80)))
        if meant is not None:
            # «ضد «الخارجين عن القانون»، في إشارة إلى ميليشيا جيش المهدي»: the actor the
            # words after «في إشارة إلى» name
            return next(
                (m for m in actors if m.start >= at and _after_reference(text, at, m)), None
            )
        if found.group("pronoun") or re.findall(r"\w+", fold(text[at : at + 12]))[:1] in (
            [w] for w in _GROUP
        ):
            return context.group
    return None


# «، في إشارة إلى»: in reference to, the reporter naming what a description stands for (folded)
_IN_REFERENCE = r"في\s+اشاره\s+الي"
_REFERRING_TO = re.compile(rf"^[^،.]*،\s*{_IN_REFERENCE}\s")


def _after_reference(text: str, at: int, m: Mention) -> bool:
    """The actor comes a word or two after «في إشارة إلى» («إلى ميليشيا جيش المهدي»)."""
    lead = fold(text[at : m.start])
    return re.search(rf"{_IN_REFERENCE}(?:\s+\S+)?\s*$", lead) is not None


def _coordinated_opponents(
    first: Mention | None,
    rule: Trigger,
    actors: list[Mention],
    start: int,
    end: int,
    text: str,
) -> tuple[Mention, ...]:
    """The actors coordinated with an opponent found after «ضد» («ضد التنظيم والمقاتلين
    الأكراد», «ضد X وY») or fought «مع» («معارك عنيفة مع الجيش المالي ومجموعة فاغنر»), each
    joined to the one before it by «و»; and the besiegers of a siege broken («حصارا فرضته
    القوات الصربية البوسنية وقوات صرب كرايينا»)."""
    fought_with = rule.words[-1] == "مع" and first is not None and first.start >= end
    if (
        first is not None
        and rule.words[0] == "قتل"
        and _ENVOY_RIGHT_BEFORE.search(fold(text[max(0, first.start - 24) : first.start]))
    ):
        # (the envoys of others killed too, joined by «و»: «السفير الأميركي … ونائبه
        # والقائم بالأعمال البلجيكي»)
        return tuple(
            {
                m.iri: m
                for m in actors
                if m.start > first.end
                and m.iri != first.iri
                and _AND_AN_ENVOY.match(fold(text[first.end : m.start]))
            }.values()
        )
    if first is None or (
        rule.opponent != "against" and rule.cls != "SiegeBreak" and not fought_with
    ):
        return ()
    if rule.cls == "SiegeBreak":  # (past «وقوات»: «… وقوات صرب كرايينا»)
        return tuple(
            m
            for m in actors
            if m.start > first.end and _AND_THE_OTHER.fullmatch(fold(text[first.end : m.start]))
        )[:1]
    at = first.end if start <= first.start else _against_word_end(text, start, end)
    if at is None:
        return ()
    more: list[Mention] = []
    for m in actors:
        if m.start < at or m is first or any(m.iri == o.iri for o in more):
            continue
        between = text[at : m.start].strip()
        if not (between == "\u0648" or (between == "" and text[m.start] == "\u0648")):
            break
        more.append(m)
        at = m.end
    return tuple(more)


def _against_word_end(text: str, start: int, end: int) -> int | None:
    """Where the word after «ضد» ends («ضد التنظيم»: after «التنظيم»)."""
    base = start if fold(text[start:end]).split()[:1] == ["ضد"] else end
    folded, origin = without_marks(_in_sentence(text, base, end + 120))
    found = re.search(r"(?<!\w)ضد\s+(\w+)", folded)
    return base + origin[found.end(1) - 1] + 1 if found is not None else None


def _offensives_before(context: Context, start: int) -> list[Proposal]:
    """The offensives and launches told before `start`: the one told last before the
    sentence, then those of the sentence («… صدت الهجوم»: the attack these stand for)."""
    told = [*([context.offensive] if context.offensive else []), *context.here]
    return [p for p in told if p.cls in ("Offensive", "OffensiveLaunch") and p.end <= start]


def _clause_end(text: str, start: int) -> int:
    """Where the clause that goes on at `start` ends: its next comma or full stop."""
    return start + len(re.split(r"[،.]", text[start:], maxsplit=1)[0])


def _in_sentence(text: str, start: int, end: int) -> str:
    """text[start:end], cut at the end of its sentence."""
    found = _SENTENCE.match(text, start, end) if start < end else None
    return found.group() if found is not None else ""


def _head_of_chain(before: list[Mention], text: str) -> Mention:
    """The last place named, or the first of a chain that ends with it, each in the next
    («X في Y في Z», «X في جنوب Y»: X)."""
    i = len(before) - 1
    while (
        i > 0
        and (
            _IN.fullmatch(fold(text[before[i - 1].end : before[i].start]).strip(" ،,"))
            or _SEAT_OF.fullmatch(fold(text[before[i - 1].end : before[i].start]).strip())
            # («منطقة كلبجار الواقعة بين إقليم ناغورني قره باغ وأرمينيا»: where it lies)
            or _LYING.fullmatch(fold(text[before[i - 1].end : before[i].start]).strip(" ،,"))
            # («وادي كودوري، آخر منطقة كانت تسيطر عليها القوات الجورجية في إقليم أبخازيا»)
            or _LAST_HELD_IN.fullmatch(fold(text[before[i - 1].end : before[i].start]).strip(" ،,"))
            or _landmark(text, before[i])
            # («مدينة الشيخ زويد بشمال سيناء»: the bearing named with its clitic; «مدينة
            # أورلاندو بولاية فلوريدا», the state or province)
            or (
                not text[before[i - 1].end : before[i].start].strip()
                and re.match(r"ب(?:جنوب|شمال|شرق|غرب|وسط|ولايه|محافظه)", fold(before[i].text))
            )
        )
    ):
        i -= 1
    while i > 0 and _joined(text, before[i - 1], before[i]):
        i -= 1  # «قضاءي القائم وراوة في غرب محافظة الأنبار»: the first of those joined
    return before[i]


# «في», «في جنوب», «على نهر الفرات في», «الحدودي مع الأردن في»; a bearing from a landmark
# or nearness to one (not in the list) before «في»: «قرية السموع جنوب الخليل في الضفة
# الغربية», «ريزانغ لا قرب شوشول في منطقة لداخ»
_IN = re.compile(
    r"(?:علي\s+نهر\s+\S+\s+)?(?:(?:ال\S+|مع\s+\S+)\s+){0,3}?في(?:\s+(?:جنوب|شمال|شرق|غرب|وسط|ريف))?"
    r"|(?:جنوب|شمال|شرق|غرب|قرب)(?:\s+(?:شرق|غرب))?(?:\s+\S+){1,2}\s+في"
)  # (past adjectives: «معبر نصيب الحدودي مع الأردن في محافظة درعا»)
# «آخر منطقة كانت تسيطر عليها X في»: what the place before was, then where it lies (folded)
_LAST_HELD_IN = re.compile(
    r"اخر\s+\S+\s+(?:كان|كانت)\s+(?:\S+\s+){1,6}?في(?:\s+(?:جنوب|شمال|شرق|غرب|وسط))?"
)
# «الواقعة بين», «الواقع في»: where the place before lies (folded)
_LYING = re.compile(r"(?:ال)?واقع(?:\u0647)?\s+(?:بين|في|علي|قرب)")
# «مدينة تكريت، مركز محافظة صلاح الدين»: a city, the seat of the province after it, the
# comma sometimes left out («مدينة قلعة نو عاصمة ولاية بادغيس»), or of the district of its
# name in it («بلدة ماسيسي، مركز الإقليم الذي يحمل الاسم نفسه في مقاطعة شمال كيفو») (folded:
# «كبرى» is «كبري»)
_SEAT_OF = re.compile(
    r"،?\s*(?:مركز|عاصمه|كبري مدن)"
    r"(?:\s+ال(?:اقليم|منطقه)\s+(?:الذي|التي)\s+[يت]حمل\s+الاسم\s+نفسه\s+في"
    r"(?:\s+مقاطعه)?)?"
)


# «وقال متحدث باسم X في باريس إن»: a verb of saying a few words before the place, «إن» or
# «أن» right after it (folded)
_SAID_IN = re.compile(r"(?<!\w)[وف]?(?:قال|اعلن|اكد|افاد|ذكر)\w*\s+(?:\S+\s+){0,4}في\s*$")


def _where_the_speaker_is(text: str, m: Mention) -> bool:
    """A place that says where one who speaks is («وقال متحدث باسم غباغبو في باريس إن …»),
    not where what he says of was."""
    after = re.findall(r"\w+", fold(text[m.end : m.end + 6]))[:1]
    return (
        after in (["ان"],)
        and _SAID_IN.search(fold(text[max(0, m.start - 50) : m.start])) is not None
    )


def _landmark(text: str, m: Mention) -> bool:
    """A place named to say where another is («شمال بغداد», «غرب بغداد», «قرب مدينة
    الرقة»): a bearing or «قرب» before it (past its head noun), with no «في»."""
    before = re.findall(r"\w+", fold(text[max(0, m.start - 20) : m.start]))
    if before[-1:] in (["مدينه"], ["بلده"]):
        before = before[:-1]
    if before[-2:] == ["بالقرب", "من"]:
        return True
    return before[-1:] in (["شمال"], ["جنوب"], ["شرق"], ["غرب"], ["قرب"])


# words for fighters before the name of their side («من المتمردين الحوثيين») (folded)
_WHO_THEY_ARE = ("المتمردين", "المسلحين", "مقاتلي", "مسلحي", "عناصر")
# where a place lies, told in a chain after it, then «من» (or «من أيدي»): whom it was taken from
_FROM_AFTER_PLACES = re.compile(
    r"^(?:\s*و\S+)?(?:\s*ال\S+)?"
    r"(?:\s*،?\s*(?:في|علي|قرب|(?:جنوب|شمال|شرق|غرب)(?:ي|\s+شرق|\s+غرب)?)\s+[^،]{1,40}?)*"
    r"\s*،?\s*من(?:\s+(?:ايدي|يد))?(?:\s+(?:" + "|".join(_WHO_THEY_ARE) + r"))?\s*$"
)  # (past another place joined by «و» and their adjective: «مدينتي ديسي وكومبولشا
# الاستراتيجيتين في إقليم أمهرة من مقاتلي جبهة …», the fighters of those they were taken from)


# «بعد انهيار دفاعات X»: the side whose defences gave way, right after (folded)
_COLLAPSED = re.compile(r"(?<!\w)(?:بعد|اثر|عقب)\s+انهيار(?:\s+(?:دفاعات|خطوط|صفوف))?\s*$")
# «فيما لم يؤكد X سقوط المدينة», «ونفى X سقوطها»: the side that would have lost it, not
# confirming or denying its fall, right before its name; the fall right after (folded)
_FALL_NOT_CONFIRMED = re.compile(r"(?<!\w)(?:لم\s+(?:يوكد|توكد|يعترف|تعترف)|نفي|نفت)\s*$")
_THE_FALL = re.compile(r"\s*ب?(?:سقوطها|سقوطه|سقوط)(?!\w)")


# an apposition set off by commas after the place, then «من» (folded)
_APPOSITION_THEN_FROM = re.compile(
    r"^\s*،[^،.]{1,60}،\s*من(?:\s+(?:ايدي|يد))?(?:\s+(?:" + "|".join(_WHO_THEY_ARE) + r"))?\s*$"
)


def _taken_from(
    actors: list[Mention], place: Mention, agent: Mention | None, text: str
) -> Mention | None:
    """Whom a place was taken from: an actor after «من» just after the place («استعادت
    بلدة القيارة في محافظة نينوى من تنظيم الدولة الإسلامية»), or the one it belonged to
    («مقر جهاز الأمن الوقائي التابع لحركة فتح»), or whose name the place's holds («مقر قيادة
    قوات الدفاع البنمية»: its headquarters)."""
    if place.holds is not None and (agent is None or place.holds[0] != agent.iri):
        iri, written, start, end = place.holds
        return Mention(place.start + start, place.start + end, written, iri, "actor", False)
    for m in actors:
        if m.start <= place.end or m is agent or m.start - place.end > 90:
            continue
        between = fold(text[place.end : m.start])
        words = between.replace("،", " ").split()
        if words[-2:-1] and words[-2].startswith(BACKING_WORDS):
            continue  # («على مدينة تدمر بدعم من روسيا»: its backer, not whom it was taken from)
        if words[-1:] == ["من"] and (len(words) <= 4 or (len(words) <= 7 and "،" not in between)):
            return m  # («بلدة القريتين في ريف حمص الجنوبي الشرقي من تنظيم الدولة»)
        if words[-2:-1] == ["من"] and words[-1] in _WHO_THEY_ARE and len(words) <= 5:
            return m  # «محافظة عدن من المتمردين الحوثيين»: them, described first
        if words[:1] in (["التابع"], ["التابعه"]) and len(words) <= 2:
            return m  # «مقر جهاز الأمن الوقائي التابع لحركة فتح»: whose it was
        if (
            words[:1] in (["للقوات"], ["لقوات"])
            and len(words) <= 2
            and _head_noun(place) in ("معسكر", "قاعده", "ثكنه")
        ):
            return m  # «معسكر لانغ فاي للقوات الخاصة الأميركية»: the camp of the forces
        if words == ["معقل"] and m.led_by:
            return m  # «مدينة طالقان، معقل القائد أحمد شاه مسعود»: his forces' stronghold
        if _COLLAPSED.search(between):
            return m  # «مدينة مزار شريف، …، بعد انهيار دفاعات القوات الحكومية فيها»
        if _FALL_NOT_CONFIRMED.search(between) and _THE_FALL.match(fold(text[m.end : m.end + 12])):
            return m  # «مدينة كوراخوفي …، فيما لم يؤكد الجيش الأوكراني سقوط المدينة»
        if _APPOSITION_THEN_FROM.match(between):
            return m  # «قاعدة العند الجوية، كبرى القواعد العسكرية في اليمن، من المتمردين …»
        if _FROM_AFTER_PLACES.match(between):
            # «ناحية جرف الصخر في محافظة بابل، جنوب بغداد، من تنظيم الدولة», «سد تشرين على
            # نهر الفرات في ريف حلب الشرقي من أيدي تنظيم الدولة»
            return m
        # «على مدينة جرابلس في محافظة حلب بعد طرد تنظيم الدولة الإسلامية منها»: in the
        # same clause, the one driven out of it
        driven_out = re.findall(r"\w+", fold(text[m.end : m.end + 8]))[:1] in (["منها"], ["منه"])
        if (
            words[-1:] == ["طرد"]
            and driven_out
            and (not {"،", "."} & set(between) or words[-2:] == ["بعد", "طرد"])
        ):  # («…، أحد أكبر حقول الغاز في سوريا، بعد طرد التنظيم منه»)
            return m
    return None


# «والقوات», «وقوات», «والجنود» between two actors, the second a state's adjective (folded)
_AND_THE_FORCES_OF = re.compile(r"\s*و(?:ال)?(?:قوات|جنود)\s*")


def _allies(agent: Mention, actors: list[Mention], text: str) -> tuple[Mention, ...]:
    """The actors joined to the agent by «و» after it («القوات العراقية وفصائل الحشد
    الشعبي»: the PMF with the Iraqi forces)."""
    found: list[Mention] = []
    last = agent
    for m in actors:
        if m.start < last.end or m.iri == agent.iri or any(m.iri == f.iri for f in found):
            continue
        if not _joined(text, last, m) and not (
            # («قوات فرنسا الحرة والقوات البريطانية»: forces joined by «و», the state their
            # adjective stands for, a metonym, named by that adjective alone)
            m.metonym and _AND_THE_FORCES_OF.fullmatch(fold(text[last.end : m.start]))
        ):
            break
        found.append(m)
        last = m
    # «مقاتلون معارضون، بينهم عناصر من جبهة النصرة وحركة أحرار الشام،»: those named among
    # them take part
    among = _NAMED_AMONG.match(fold(text[agent.end : agent.end + 40]))
    after = [m for m in actors if among is not None and m.start >= agent.end + among.end()]
    if among is not None and after and after[0].start - (agent.end + among.end()) <= 2:
        chain = [after[0]]  # (the first named, and those joined to it by «و»)
        for m in after[1:]:
            if not _joined(text, chain[-1], m):
                break
            chain.append(m)
        for m in chain:
            if m.iri != agent.iri and all(m.iri != f.iri for f in found):
                found.append(m)
    # «سيطرت القوات العراقية بمشاركة الحشد الشعبي على …»: those named as taking part
    # (in the clause, or right after its comma: «بدء عملية لاستعادة الفلوجة، بمشاركة X»)
    clause = re.split(r"[.]|،(?!\s*بمشاركة)", text[agent.end : agent.end + 160])[0]
    joined = _WITH_PART.search(fold(clause))
    if joined is not None:
        at = agent.end + joined.end()
        # (past a head word the name leaves out: «بمشاركة فصائل الحشد الشعبي»)
        named = next(
            (
                m
                for m in actors
                if m.iri != agent.iri
                and m.start >= at
                and (m.start - at <= 2 or _past_a_head_word(text, at, m))
            ),
            None,
        )
        if named is not None and all(named.iri != f.iri for f in found):
            found.append(named)
    return tuple(found)


_WITH_PART = re.compile(r"(?<!\w)بمشاركه\s*")
# «مع آلاف من جنود», «مع جنود», «مع»: with (men of) an actor, right after where one fled to
# (folded)
_WITH_MEN_OF = re.compile(r"\s*مع(?:\s+[^\s،.]+\s+من)?(?:\s+(?:جنود|عناصر|مقاتلي))?\s*")


def _fled_with(
    cls: str, place: Mention | None, agent: Mention | None, actors: list[Mention], text: str
) -> tuple[Mention, ...]:
    """«فر أعضاء هذه الحكومة إلى زائير مع آلاف من جنود الجيش الحكومي»: the actor who fled
    with the one fleeing, named right after where it fled to."""
    if cls != "Flight" or place is None or agent is None:
        return ()
    return tuple(
        m
        for m in actors
        if m.start >= place.end
        and m.iri != agent.iri
        and _WITH_MEN_OF.fullmatch(fold(text[place.end : m.start]))
    )[:1]


# «، بينهم عناصر من», «، بينها»: those named among the agent, right after it (folded)
_NAMED_AMONG = re.compile(
    r"^\s*\u060c\s*(?:بينهم|بينها|ومنهم|منهم)(?:\s+(?:عناصر|مقاتلون|مقاتلين|مسلحون|مسلحين))?(?:\s+من)?\s*"
)


def _together_with(
    rule: Trigger, end: int, agent: Mention | None, actors: list[Mention], text: str
) -> tuple[Mention, ...]:
    """«بدء هجوم مع الجيش السوري على …»: the actor right after «مع» after an offensive's
    words is its ally, not its opponent (who is after «على» or «ضد»)."""
    if agent is None or rule.cls not in ("Offensive", "OffensiveLaunch", "MilitaryOperation"):
        return ()
    if fold(text[end : end + 6]).split()[:1] == ["مع"]:
        at = end + text[end:].index("\u0645\u0639") + 2
    else:  # «… في الهجوم على المدينة إلى جانب القوات الحكومية»: alongside, in the clause
        clause = re.split(r"[،.]", text[end : end + 80])[0]
        beside = _BESIDE.search(fold(clause))
        if beside is None and rule.cls == "MilitaryOperation" and rule.opponent == "none":
            # «نزلت … في جزيرة غرينادا مع قوات من عدة دول»: an operation that fights no one
            # in its words, with forces of others: they take part in it (not «الحدودية مع
            # تركيا», «المتحالفة مع إسرائيل»: a state, whose border or ally it is)
            beside = _WITH_FORCES.search(fold(clause))
        if beside is None:
            return ()
        at = end + without_marks(clause)[1][beside.end() - 1] + 1
    named = next((m for m in actors if 0 <= m.start - at <= 2 and m.iri != agent.iri), None)
    return (named,) if named is not None else ()


def _landed_by_it(
    rule: Trigger, start: int, end: int, agent: Mention | None, actors: list[Mention]
) -> tuple[Mention, ...]:
    """«أنزلت الولايات المتحدة … مئات من مشاة البحرية في …»: the force a state lands, named
    inside the words after their doer, takes part in the landing."""
    if agent is None or rule.words[0] != "انزل":
        return ()
    return tuple(m for m in actors if agent.end <= m.start and m.end <= end and m.iri != agent.iri)[
        :1
    ]


def _set_off_with(
    start: int, end: int, agent: Mention | None, actors: list[Mention], text: str
) -> tuple[Mention, ...]:
    """«أن قواته استعادت، مع القوات الموزمبيقية، السيطرة على …»: the actor after «مع»
    set off by commas between the agent and the words, or inside them, takes part with the
    agent (a capture's taker stays one)."""
    if agent is None or agent.end > start:
        return ()
    between = text[max(agent.end, start - 60) : end]
    at = max(agent.end, start - 60)
    found = []
    for aside in re.finditer(r"\u060c\s*\u0645\u0639\s+", between):
        named = next(
            (
                m
                for m in actors
                if m.start >= at + aside.end()
                and (m.start == at + aside.end() or _past_a_head_word(text, at + aside.end(), m))
                and m.iri != agent.iri
                and text[m.end : m.end + 2].lstrip().startswith("\u060c")
            ),
            None,
        )
        if named is not None:
            found.append(named)
    return tuple(found)


_BESIDE = re.compile(r"(?<!\w)(?:الي|ب)\s*جانب(?!\w)")  # «إلى جانب», «بجانب» (folded)
# «مع» (with) before forces, units, soldiers or fighters (folded)
_WITH_FORCES = re.compile(r"(?<!\w)مع(?=\s+(?:قوات|وحدات|جنود|مقاتلي|مقاتلين)(?!\w))")


def _coordinated_first(before: list[Mention], text: str) -> Mention:
    """The nearest actor before the words, or the first of a coordination that ends
    there («القوات العراقية وقوات الحشد الشعبي»: the Iraqi forces lead)."""
    i = len(before) - 1
    while i > 0 and _joined(text, before[i - 1], before[i]):
        i -= 1
    return before[i]


# «و» and a head word a name leaves out: «وفصائل الحشد الشعبي» (folded)
_HEAD_WORDS = {fold("و" + w) for w in ("فصائل", "قوات", "مقاتلي", "وحدات")}


def _past_a_head_word(text: str, at: int, m: Mention) -> bool:
    """Only a head word the name leaves out lies between `at` and the actor («بمشاركة
    فصائل الحشد الشعبي», «، مع فصائل الحشد الشعبي،»)."""
    return "\u0648" + fold(text[at : m.start]).strip() in _HEAD_WORDS


# «و» and the men of a side named after it: «ومسلحو جماعة أنصار الدين», «ومقاتلون من حزب
# الله»: joined to the name before, as a head word is (folded)
_AND_MEN_OF = re.compile(
    r"^و(?:مسلحو|مسلحي|مقاتلو|(?:مقاتلون|مقاتلين|عناصر|جنود)\s+من(?:\s+القوات(?:\s+الخاصه)?)?)$"
)  # («وجنود من القوات الخاصة الأميركية»: men of a state's forces, by its adjective)


# «وخبراء في», «ومسؤولون في»: people of the name after, joined to the one before (folded)
_AND_EXPERTS_OF = re.compile(r"^و(?:خبراء|مسوولون|مسوولين)\s+(?:في|من)$")
# «وأخرى», «وأخرى تابعة»: others (aircraft, forces) of the name after, joined to the one
# before (folded)
_AND_OTHERS_OF = re.compile(r"^و(?:اخري|اخرون|اخرين)(?:\s+تابع(?:\u0647|ون|ين))?$")


# «في شمال شرق» between a place and the country or province it lies in (folded)
_IN_A_SIDE = re.compile(r"(?:في\s+)?(?:(?:شمال|جنوب|شرق|غرب|وسط)\s*)*")


def _where_it_lies(text: str, place: Mention, other: Mention) -> bool:
    """`other` is the country or province `place` lies in, named right after it («بلدة باغا
    في شمال شرق نيجيريا»): where the place is, not another place of the fact."""
    around = {place.in_country[0] if place.in_country else None}
    around.add(place.in_province[0] if place.in_province else None)
    between = fold(text[place.end : other.start]).strip()
    return other.iri in around and _IN_A_SIDE.fullmatch(between) is not None


def _joined(text: str, first: Mention, second: Mention) -> bool:
    """«X وY»: the second name follows the first with only «و» between (written on it)."""
    between = text[first.end : second.start].strip()
    if fold(between) in _HEAD_WORDS or _AND_MEN_OF.match(fold(between)):
        return True  # «القوات العراقية وفصائل الحشد الشعبي»: a head word the name leaves out
    if _AND_OTHERS_OF.match(fold(between)):
        return True  # «مروحيات فرنسية وأخرى تابعة للأمم المتحدة»: others of the second
    if _AND_EXPERTS_OF.match(fold(between)):
        return True  # «وتقول كينشاسا وخبراء في الأمم المتحدة»: who speak for the second
    return (between == "" and text[second.start] == "\u0648") or between == "\u0648"


def _joined_before(text: str, m: Mention, actors: list[Mention]) -> list[Mention]:
    """The actors the one at `m` is joined to by «و», one after the other, before it
    («القوات العراقية» for «وقوات البشمركة» in «القوات العراقية وقوات البشمركة»)."""
    chain: list[Mention] = []
    for o in reversed([o for o in actors if o.end <= m.start]):
        if not _joined(text, o, chain[-1] if chain else m):
            break
        chain.append(o)
    return chain


def _subject_after(
    actors: list[Mention], start: int, place: Mention | None, text: str, hands: bool = False
) -> Mention | None:
    """The subject of a verb-first clause: an actor within a few words after the verb and
    before its place, not a backer («المدعومة من التحالف»); an adjective of nationality
    («الرئيس الروسي فلاديمير بوتين») or a title's organisation («رئيس الحكومة العراقية
    حيدر العبادي») gives way to the name after it."""
    near = [
        m
        for m in actors
        if m.start >= start
        and (
            len(text[start : m.start].split()) <= 6
            # (or past the words of a group that names itself: «تبنت جماعة غير معروفة تطلق
            # على نفسها اسم «…»»)
            or _SELF_NAMED.fullmatch(fold(text[start : m.start])) is not None
        )
        and "،" not in text[start : m.start]  # in the verb's clause, not a source after it
        # (a place at no span, read from the country, is in no way between)
        and (
            place is None
            or place.start < start
            or place.start == place.end
            or m.end <= place.start
            # («وصلت الأحد إلى زائير طلائع قوات مغربية»: a destination told first, the
            # subject a word past it)
            or (
                fold(text[max(0, place.start - 6) : place.start]).split()[-1:] == ["الي"]
                and m.start >= place.end
                and len(text[place.end : m.start].split()) <= 1
            )
        )
        and not _object_of_support(text, m)
        and not _object(text, m)  # («واشتبكوا مع قوات البشمركة»: the one fought)
        # (nor one joined to the one fought: «معارك مع القوات العراقية وقوات البشمركة»)
        and not any(_object(text, o) for o in _joined_before(text, m, actors))
        # («قصفت مواقع لتنظيم الدولة»: whose positions are struck)
        and not _POSITIONS_OF.search(fold(text[max(0, m.start - 20) : m.start]))
        and not _A_POST_OF.search(fold(text[max(0, m.start - 20) : m.start]))
        # (nor, for a place changing hands, one with «لـ» and the article: whose it is, for a
        # taking, «سيطروا على آخر قاعدة للجيش البورمي», to whom, for a loss, «استسلمت
        # الجمعة للجيش الهندي»; a stronghold's is its holder: «معقل بارز للفصائل المعارضة»)
        and not (hands and fold(m.text).startswith("لل"))
        # (nor, for a place changing hands, the one whose positions or bases are taken:
        # «سيطرت على آخر قواعد الفدائيين»)
        and not (hands and _POSITIONS_TAKEN.search(fold(text[max(0, m.start - 20) : m.start])))
        # (nor the one whose building a verb of aiming after the words struck: «تفجير سيارة
        # مفخخة استهدف مبنى السفارة الأميركية»)
        and not any(w.startswith("استهدف") for w in fold(text[start : m.start]).split()[1:])
    ]
    if (
        len(near) > 1
        and near[1].start - near[0].end < 20
        and near[1].person
        # (not «اعتقلت القوات الموالية لـX الخميس لوران غباغبو»: a day between, the
        # subject told before it and the one arrested after; nor «أعلن الحزب التقدمي
        # الاشتراكي بزعامة وليد جنبلاط»: the party, led by him; nor «وأعلنت الحكومة اللبنانية
        # وفاة الحريري»: the one who announces, then the one whose death it does)
        and not set(fold(text[near[0].end : near[1].start]).split())
        & {*WEEKDAYS.keys(), "بزعامه", "بقياده", "وفاه", "مقتل"}
    ):
        return near[1]  # (not «سلاح الجو الروسي الجيش السوري»: Russia, then the army)
    return near[0] if near else None


# a relative or subordinate clause after the words («فيما»: while, another subject), whose time
# is its own
_RELATIVE = re.compile(r"(?<!\w)(?:التي|الذي|الذين|بعدما|بعد ان|قبل ان|حيث|فيما)(?!\w)")
# «إثر خسارتها», «بعد سيطرتهم»: a connective, then a noun with its doer's pronoun (folded)
_ITS_OWN_FACT = re.compile(r"(?<!\w)(?:اثر|عقب|بعد)\s+\w+(?:تها|ته|تهم)(?!\w)")


def _nearest(
    times: list[TimeMention], at: int, text: str = "", after: int | None = None
) -> TimeMention | None:
    """The time nearest the words, one in their own clause (no comma between) first: in
    «طردهم في آذار/مارس 2016، قبل أن يعود ويسيطر عليها في كانون الأول» the return is
    December's. A time after a relative pronoun that follows the words is the relative
    clause's, not theirs («بدعم من الطائرات الروسية التي تشن منذ 30 أيلول/سبتمبر غارات»)."""

    def apart(t: TimeMention) -> tuple[bool, int]:
        between = text[min(t.end, at) : max(t.start, at)] if text else ""
        return "،" in between, abs(t.start - at)

    words_end = at if after is None else after  # (the words may hold «الذي» themselves)

    def their_own_relative(found: re.Match[str], between: str) -> bool:
        # «التفجير بشاحنة مفخخة الذي استهدف السبت»: a relative clause right after the words
        # tells of them, the bombing's day
        return found.group() in ("الذي", "التي") and len(between[: found.start()].split()) <= 3

    def in_a_clause_after(t: TimeMention) -> bool:
        between = fold(text[words_end : t.start]) if text else ""
        found = _RELATIVE.search(between) if text else None
        return t.start > words_end and found is not None and not their_own_relative(found, between)

    def after_its_own_fact(t: TimeMention) -> bool:
        # «بعد انسحاب القوات منها إثر خسارتها قاعدة وادي الدوم الأحد الماضي»: a time after a
        # fact told by its noun and its doer's pronoun, past the words, is that fact's
        between = fold(text[words_end : t.start]) if text and t.start > words_end else ""
        return _ITS_OWN_FACT.search(between) is not None

    kept = [t for t in times if not in_a_clause_after(t) and not after_its_own_fact(t)]
    # «فك حصار فرضه التنظيم قبل نحو ثلاث سنوات»: a time ago after the words, with another
    # time in the sentence, is the clause's after them (the siege's), not theirs
    ago = [t for t in kept if t.start > words_end and fold(t.text).startswith("قبل")]
    # (unless the words are a relative clause's verb, whose time it is: «الدبابات السورية التي
    # دخلت شمال المملكة قبل أيام انسحبت الأربعاء»)
    relative_verb = fold(text[max(0, at - 8) : at]).split()[-1:] in (["التي"], ["الذي"])
    # (or it comes right past what they struck: «أعلن الجيش الثلاثاء أنه قتل … في غارة على
    # الضاحية الجنوبية لبيروت قبل نحو ثلاثة أسابيع», Tuesday the saying's)
    struck_then = any(_ON_ITS_TARGET.match(fold(text[words_end : a.start])) for a in ago)
    if ago and len(ago) < len(kept) and not relative_verb and not struck_then:
        kept = [t for t in kept if all(t is not a for a in ago)]
    # (a time the words' own clause tells after them, before one told before «أن» that opens
    # it, the saying's: «اعترف … الأحد بأن عملاء … أغرقوا سفينة … في تموز/يوليو الماضي»)
    # (or the death it tells of: «أعلن … الخميس مقتل زعيم … في غارة … مساء الأربعاء»)
    said_before = [t for t in kept if t.end <= at and _THAT_OR_DEATH.search(fold(text[t.end : at]))]

    def in_their_clause(t: TimeMention, own_relative: bool) -> bool:
        # told after the words in their clause, no relative clause between (or, with
        # `own_relative`, only their own, right after them)
        between = fold(text[words_end : t.start])
        found = _RELATIVE.search(between)
        return (
            t.start >= words_end
            and "،" not in text[words_end : t.start]
            and (found is None or (own_relative and their_own_relative(found, between)))
        )

    own_after = [t for t in kept if in_their_clause(t, own_relative=False)]
    if said_before and own_after:
        kept = [t for t in kept if all(t is not b for b in said_before)]
    # (and the words' own relative clause tells theirs, before one of the verb they are the
    # object of: «تبنى التنظيم السبت الهجوم الذي نفذه سائق … في مدينة نيس مساء الخميس» is
    # Thursday's; so does their own clause, past a claim's day told right before them: «تبنى
    # التنظيم الثلاثاء الهجوم بشاحنة على سوق … في برلين مساء الاثنين» is Monday's, and the
    # relative clause right after them: «تبنت X الخميس التفجير بسيارة مفخخة الذي أودى بحياة
    # 37 شخصا الأحد» is Sunday's)
    claimed_before = any(
        t.end <= at and _CLAIMING.search(fold(text[max(0, t.start - 60) : t.start])) for t in kept
    )
    own_later = [t for t in kept if in_their_clause(t, own_relative=True)]
    if (own_after and _WHICH_WORD.search(fold(text[at:words_end]))) or (
        claimed_before and own_later
    ):
        kept = [t for t in kept if t.end > at]
    # (the time of what the words struck, told in their own clause, before one of the verb
    # they are the object of: «تبنى التنظيم الثلاثاء التفجيرات الانتحارية التي استهدفت الأحد
    # كنائس» are Sunday's)
    struck = [t for t in kept if _WHAT_IT_STRUCK.match(fold(text[words_end : t.start]))]
    return min(struck or kept, key=apart, default=None)


def _said_by_it(folded: str) -> re.Match[str] | None:
    """«إنه», «إنها» opening `folded` (a verb of saying's «إن» with the pronoun of the one
    saying, no subject named after it), else None."""
    said = _THAT_IT.match(folded)
    return (
        said if said is not None and said.group("pronoun") in ("\u0647", "\u0647\u0627") else None
    )


# «لم» right after «إنها»: a saying that opens with a negation (folded)
_NOT_RIGHT_AFTER = re.compile(r"\s+لم(?!\w)")
# one word, then «لم» (folded): «أن قيادته لم …», a subject and what it did not do
_ONE_WORD_THEN_NOT = re.compile(r"\s*\S+\s+لم(?!\w)")
# «أن», «أنه», «أنها» (that, that he, that she), or «مقتل» (the death of), opening what a
# saying tells (folded)
_THAT_OR_DEATH = re.compile(r"(?<!\w)[وف]?ب?ان(?:\u0647\u0627|\u0647)?(?!\w)|(?<!\w)مقتل(?!\w)")
# what the words struck, in a few words, right after them (folded): «على الضاحية الجنوبية
# لبيروت»
_ON_ITS_TARGET = re.compile(r"^\s*(?:علي|في)(?:\s+\S+){1,3}\s*$")
# a relative pronoun among the words (folded): «الهجوم الذي نفذه»
_WHICH_WORD = re.compile(r"(?<!\w)الذي(?!\w)")
# the words' own relative clause telling what they struck, right after them (folded):
# «الانتحارية التي استهدفت»
_WHAT_IT_STRUCK = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:التي|الذي)\s+استهدف\S*\s*$")


_SHARE = re.compile(rf"(?P<more>{fold('أكثر من')}\s+)?(?P<n>\d+)\s+في\s+{fold('المئة')}")


def _extent(
    text: str, start: int, place: Mention | None, rule: Trigger, cls: str = ""
) -> tuple[str | None, tuple[str, str] | None]:
    if (cls or rule.cls) != "ControlPeriod":
        return None, None
    span = fold(text[start : place.end if place is not None else start + 80])
    share = None
    found = _SHARE.search(span)
    if found:
        share = ("minValue" if found.group("more") else "value", found.group("n"))
        return "PartialControl", share
    if "نصف" in span:
        return "PartialControl", ("value", "50")
    if "جيوب" in span:
        return "LimitedPockets", None
    if _most_of(span) or "شبه كامل" in span or "شبه الكامل" in span:
        return "LargeParts", None  # almost all
    if rule.extent != "-":
        return rule.extent, None
    return "FullControl", None


# «عدد من القرى», «عدد من البلدات» (a number of villages, towns) (folded)
_SOME_OF = re.compile(r"(?<!\w)عدد\s+من\s+(?:القري|البلدات|الاحياء)(?!\w)")


def _most_of(span: str) -> bool:
    """Whether the words (folded) tell of most of a place: «أجزاء واسعة», «مناطق واسعة»,
    «معظم» («على معظم مدينة حلب», «على معظم أنحاء بغداد»)."""
    return (
        "اجزاء واسعه" in span
        or "مناطق واسعه" in span
        or re.search(r"(?<!\w)معظم(?!\w)", span) is not None
    )


# ------------------------------------------------------------------ writing Turtle
# a fight breaking out («اندلعت», «تجددت») or going on («تتواصل», «تواصلت») (folded)
_BROKE_OUT = re.compile(r"(?<!\w)[وف]?(?:اندلع|تجدد)")
_WENT_ON = re.compile(r"(?<!\w)[وف]?(?:تتواصل|تواصل|تستمر|استمر)")


def render(result: Draft) -> str:
    """The draft as a report file: the header, then every proposal, marked for review."""
    out = [render_header(result.header)]
    if result.new_names:
        out.append("# Names not in the gazetteer, proposed as new entries: check each, give it its")
        out.append("# name, class and coordinates in gazetteer/, then draft again.")
        for number, name in enumerate(result.new_names, 1):
            kind = "ckg:Place" if name.kind == "place" else "ckg:Actor"
            out.append(
                f"#   {name.kind}:new-{number} a {kind} ; rdfs:label {_literal(name.text)}@ar ;"
                f" ckg:reviewStatus ckg:Draft .  # at {name.start}-{name.end}"
            )
        out.append("")
    for proposal in result.proposals:
        out.append(_node(result, proposal))
    groups = dict.fromkeys(p.unnamed for p in result.proposals if p.agent is None and p.unnamed)
    for words in groups:  # (doers of no name: a group of the report's own, once each)
        out.append(
            f"ra:{_unnamed_slug(words)} a ckg:UnnamedGroup ;\n"
            f'    rdfs:label {_literal(words)}@ar , "A group the report does not name"@en ;\n'
            '    rdfs:comment "Drafted: doers the report gives no name for. Name them from the'
            " gazetteer, or keep them as a group of this report's own.\"@en .\n"
        )
    return "\n".join(out)


def _unnamed_slug(words: str) -> str:
    """The local name of a group of the report's own told by `words` («مسلحون مجهولون»):
    «unnamed-» and a digest of the words, the same in every draft of the text."""
    return "unnamed-" + hashlib.sha256(fold(words).encode("utf-8")).hexdigest()[:8]


# strikes and aircraft («غارات», «الطائرات الحربية الروسية»), and backing from the air
_AIRCRAFT = tuple(fold(w) for w in ("غارات", "طائرات", "الطيران", "مقاتلات", "طائرة", "مقاتلة"))
# the nouns of aircraft, without the article, with their duals (folded)
_AIRCRAFT_NOUNS = (
    *(re.sub(r"^ال", "", w) for w in _AIRCRAFT[1:]),
    fold("طائرتين"),
    fold("طائرتان"),
    fold("مقاتلتين"),
    fold("مقاتلتان"),
)
_AIR = (fold("جوي"), *_AIRCRAFT)


def _term(p: Proposal) -> str:
    return f"{p.prefix}:{p.slug}"


def _node(result: Draft, p: Proposal) -> str:
    text, report_date = result.text, result.header.date
    lines = [f"{_term(p)} a ckg:{p.cls} ;"]
    label = {
        "Claim": "Claim",
        "Announcement": "Announcement",
    }.get(p.cls, p.cls)
    names = ", ".join(
        result.english.get(m.iri, m.text) for m in (p.agent, p.place) if m is not None
    )
    what = f"{label}: {names}" if names else label
    if p.origin is not None:  # (a withdrawal: where to, and from where)
        what += f" (from {result.english.get(p.origin.iri, p.origin.text)})"
    lines.append(f"    rdfs:label {_literal('Draft: ' + what)}@en ;")
    role = {
        "Claim": ("claimant", None),
        "SupportRelation": ("supporter", "supported"),
        "ControlPeriod": ("controller", None),
        "TerritorialLoss": ("affectedActor", None),
        "Battle": ("hasParticipant", "hasParticipant"),
        "Presence": ("hasParticipant", None),
    }.get(p.cls, ("agent", "opponent"))
    if p.agent is None and p.unnamed:  # (a group of the report's own, drafted below)
        lines.append(f"    ckg:{role[0]} ra:{_unnamed_slug(p.unnamed)} ;")
    if p.agent is not None:
        lines.append(f"    ckg:{role[0]} <{p.agent.iri}> ;")
        # (a capture has one taker: those with it take part in it)
        ally_role = "hasParticipant" if p.cls in CAPTURES else role[0]
        if p.cls != "ControlPeriod":
            for ally in p.allies:
                lines.append(f"    ckg:{ally_role} <{ally.iri}> ;")
    if p.opponent is not None and role[1] is not None:
        for opponent in (p.opponent, *p.others):
            lines.append(f"    ckg:{role[1]} <{opponent.iri}> ;")
    if p.cls == "SupportRelation":
        # (by air, the words say, or the ones right before its supporter: «في أول غارات
        # جوية للحلف دعما لقوات الأمم المتحدة»)
        said = fold(
            text[max(0, p.start - 16) : p.start].split("\u060c")[-1] + text[p.start : p.end]
        )
        kind = "AirSupport" if any(w in said for w in _AIR) else "Backing"
        lines.append(f"    ckg:supportKind ckg:{kind} ;")
    if p.place is not None:
        prop = {
            "ControlPeriod": "controlledPlace",
            "Withdrawal": "destination",
            "Flight": "destination",
        }.get(p.cls, "place")
        lines.append(f"    ckg:{prop} <{p.place.iri}> ;")
    if p.origin is not None:  # (a withdrawal's place it leaves)
        lines.append(f"    ckg:place <{p.origin.iri}> ;")
    if p.elsewhere is not None:  # (a second place the same bombings struck)
        lines.append(f"    ckg:place <{p.elsewhere.iri}> ;")
    if p.cls == "ControlPeriod":
        lines.append(f"    ckg:extent ckg:{p.extent or 'FullControl'} ;")
        if p.contested:  # (held by others too in this draft: shared or fought over)
            lines.append("    ckg:contested true ;")
        if p.share is not None:
            lines.append(
                f"    ckg:share [ a ckg:Quantity ; ckg:{p.share[0]} {p.share[1]} ; ckg:unit ckg:Percent ] ;"
            )
    for target in p.covers:
        prop = "claims" if p.cls == "Claim" else "announces"
        lines.append(f"    ckg:{prop} {_term(target)} ;")
    if p.starts is not None:
        lines.append(f"    ckg:startsControl {_term(p.starts)} ;")
    if p.launches is not None:
        lines.append(f"    ckg:launches {_term(p.launches)} ;")
    if p.breaks is not None:
        lines.append(f"    ckg:breaksSiege {_term(p.breaks)} ;")
    if p.cls == "ControlPeriod":
        for other in result.proposals:
            if other.starts is p:
                lines.append(f"    ckg:startedBy {_term(other)} ;")
    inferences: list[tuple[str, str, str | None, str]] = []

    def at_report_date(prop: str, why: str) -> None:
        """A time the text does not give, bounded by the report's date, and marked so."""
        lines.append(f'    ckg:{prop} "{report_date.isoformat()}"^^xsd:date ;')
        inferences.append((prop, "ContextualBound", None, why))

    def told(prop: str, time: TimeMention) -> None:
        """The time as `prop`, or as bounds when it is a span («بعد نحو تسعة أشهر من»)."""
        if time.datatype == "range":
            bounds = {
                "beginDate": ("earliestBegin", "latestBegin"),
                "endDate": ("earliestEnd", "latestEnd"),
            }
            for bound, day in zip(
                bounds.get(prop, ("earliestBegin", "latestEnd")),
                (time.earliest, time.latest),
                strict=True,
            ):
                lines.append(f'    ckg:{bound} "{day.isoformat()}"^^xsd:date ;')
                inferences.append((bound, "ContextualBound", time.text, time.note))
            return
        lines.append(f'    ckg:{prop} "{time.value}"^^xsd:{time.datatype} ;')
        if time.inference:
            inferences.append((prop, time.inference, time.text, time.note))

    def began(time: TimeMention) -> None:
        """Begins at the time told; a season gives its months as bounds."""
        if time.datatype == "range":
            told("beginDate", time)
            return
        lines.append(f'    ckg:beginDate "{time.value}"^^xsd:{time.datatype} ;')
        if time.inference == "ContextualBound":
            lines.append(f'    ckg:earliestBegin "{time.earliest.isoformat()}"^^xsd:date ;')
            lines.append(f'    ckg:latestBegin "{time.latest.isoformat()}"^^xsd:date ;')
        if time.inference:
            inferences.append(("beginDate", time.inference, time.text, time.note))

    if p.ongoing:  # a state going on at the report's date (a control, an operation)
        lines.append("    ckg:ongoing true ;")
        if (p.since or p.cls == "Siege") and p.time is not None:  # «منذ أيلول/سبتمبر»: since
            began(p.time)  # then; a siege from when the encirclement was completed
        else:
            at_report_date("latestBegin", "Holds at the report's date; since when is not said.")
    elif p.cls == "ControlPeriod" and p.ends_with is not None and p.ends_with.cls in CAPTURES:
        # a stronghold, or a hold told past, the sentence tells taken: held until the taking
        # (since the time told, if one is: «الذين كانوا يسيطرون عليها منذ نيسان/أبريل»)
        if p.time is not None:
            began(p.time)
        lines.append(f"    ckg:endedBy {_term(p.ends_with)} ;")
        taken = p.ends_with.time
        if taken is not None:
            lines.append(f'    ckg:latestEnd "{taken.latest.isoformat()}"^^xsd:date ;')
            inferences.append(("latestEnd", "ContextualBound", None, "Ended by the taking."))
        elif p.time is None:
            at_report_date("latestEnd", "Ended by the taking, by the report's date.")
    elif p.cls == "ControlPeriod" and p.time is not None:
        began(p.time)
        ended = p.ends_with.time if p.ends_with is not None else None
        if ended is not None and ended.datatype == "date":  # «بعد احتلال استمر 22 عاما»
            lines.append(f'    ckg:endDate "{ended.value}"^^xsd:date ;')
            inferences.append(("endDate", "ContextualBound", None, "Ended by the pull-out."))
    elif p.cls == "ControlPeriod":
        at_report_date("latestBegin", "Begins by the report's date; when is not said.")
    elif p.cls == "SupportRelation":
        at_report_date("latestBegin", "Stated at the report's date; since when is not said.")
    elif p.cls == "Offensive" and (p.since or p.lasted) and p.time is not None:
        # from its launch; («بعد أسابيع من هجوم»: begun that long before)
        told("beginDate", p.time)
    elif p.cls == "Siege" and p.since and p.time is not None:
        # «بعد حصار فرضته عليه الفصائل منذ نحو عامين»: from then, broken by the report's date
        began(p.time)
        at_report_date("latestEnd", "Broken by the report's date.")
    elif p.cls == "Siege" and p.lasted and p.time is not None:  # begun that long before
        told("beginDate", p.time)
        if p.before is not None and p.before.datatype == "date":
            lines.append(f'    ckg:latestEnd "{p.before.value}"^^xsd:date ;')
            inferences.append(("latestEnd", "ContextualBound", None, "Over by the fact it led to."))
        else:
            at_report_date("latestEnd", "Over by the report's date.")
    elif p.cls == "Siege":  # ends with its break; when it began is not drafted
        if p.time is not None and p.time.datatype == "range":
            told("endDate", p.time)
        elif p.time is not None:
            lines.append(f'    ckg:endDate "{p.time.value}"^^xsd:{p.time.datatype} ;')
            inferences.append(("endDate", "ContextualBound", None, "Ends with its break."))
        else:
            at_report_date("latestEnd", "Broken by the report's date.")
    elif p.cls == "Battle":  # over by the capture (or pull-out) it led to, or the report's date
        if p.lasted and p.time is not None:  # («استمرت نحو عشرة أشهر»: begun that long before)
            told("beginDate", p.time)
        lead = (p.ends_with.ended or p.ends_with.time) if p.ends_with is not None else None
        if lead is not None and lead.datatype == "date":
            lines.append(f'    ckg:latestEnd "{lead.value}"^^xsd:date ;')
            led_to = (
                "pull-out"
                if p.ends_with and p.ends_with.cls in _PULL_OUTS
                else "break of the siege"
                if p.ends_with and p.ends_with.cls == "SiegeBreak"
                else "entry"
                if p.ends_with and p.ends_with.cls == "MilitaryOperation"
                else "capture"
            )
            inferences.append(
                ("latestEnd", "ContextualBound", None, f"Over by the {led_to} it led to.")
            )
        elif p.before is not None and p.before.datatype == "date" and not p.lasted:
            # «قصفت سفن … الاثنين ميناء ماتادي، بعد اشتباكات بين …»: over by the day of the
            # sentence's main fact, which came after it
            lines.append(f'    ckg:latestEnd "{p.before.value}"^^xsd:date ;')
            inferences.append(
                ("latestEnd", "ContextualBound", None, "Over by the main fact, told as after it.")
            )
        elif p.time is not None and not p.lasted:
            # the day told: when it broke out («اندلعت معارك عنيفة السبت»), when it was
            # going on («فيما تواصلت المعارك الأربعاء»), else when it was fought
            around = fold(text[max(0, p.start - 20) : p.end])
            told(
                "beginDate"
                if _BROKE_OUT.search(around)
                else "latestBegin"
                if _WENT_ON.search(around)
                else "date",
                p.time,
            )
        else:
            at_report_date("latestEnd", "Over by the report's date; when is not said.")
    elif p.ended is not None:  # over by the day its end is told; begun as long before as it lasted
        if p.time is not None:
            told("beginDate", p.time)
        lines.append(f'    ckg:latestEnd "{p.ended.value}"^^xsd:date ;')
        if p.ended.inference:  # (a weekday resolved)
            inferences.append(("latestEnd", p.ended.inference, p.ended.text, p.ended.note))
        inferences.append(
            ("latestEnd", "ContextualBound", None, "Over by the day its end is told.")
        )
    elif p.cls != "Claim":
        if p.time is not None:
            told("date", p.time)
        elif p.cls == "Announcement" and (
            days := [
                c.time.latest.isoformat() if c.time.datatype == "range" else c.time.value
                for c in p.covers
                if c.time is not None
                and (
                    c.time.datatype == "date"
                    # (a night, not a span of days: «بعد أيام من …» says no day)
                    or (c.time.datatype == "range" and (c.time.latest - c.time.earliest).days <= 1)
                )
            ]
        ):
            # «أعلن الجيش الهندي أن قواته سيطرت الأربعاء على …»: no day of its own; the day of
            # what it announces (a night's, the day it ended on: «ليل الأحد الاثنين»)
            lines.append(f'    ckg:date "{days[0]}"^^xsd:date ;')
            inferences.append(
                ("date", "ContextualBound", None, "No day given: the day of what it announces.")
            )
        elif p.cls == "Announcement":
            at_report_date("date", "No day given: taken as the report's date.")
        elif p.before is not None and p.before.datatype == "date":
            lines.append(f'    ckg:latestEnd "{p.before.value}"^^xsd:date ;')
            inferences.append(
                (
                    "latestEnd",
                    "ContextualBound",
                    None,
                    f"Before the sentence's main fact, of {p.before.value}; when is not said.",
                )
            )
        else:
            at_report_date("latestEnd", "No date given; told as past at the report's date.")
    if p.referred and p.place is not None:
        prop = {
            "ControlPeriod": "controlledPlace",
            "Withdrawal": "destination",
            "Flight": "destination",
        }.get(p.cls, "place")
        inferences.append(
            (
                prop,
                "Coreference",
                None,
                f"The place referred back to: {p.place.text}, named before.",
            )
        )
    if p.origin is not None and p.origin.start == p.origin.end:  # («من المدينة»)
        inferences.append(
            (
                "place",
                "Coreference",
                None,
                f"Where it leaves, referred back to: {p.origin.text}, named before.",
            )
        )
    if p.agent_referred and p.agent is not None:
        inferences.append(
            (
                role[0],
                "Coreference",
                None,
                f"The actor not named here read as {p.agent.text}, named before.",
            )
        )
    if p.opponent_referred and p.opponent is not None:
        inferences.append(
            (
                role[1] or "opponent",
                "Coreference",
                None,
                f"The pronoun read as {p.opponent.text}, named before."
                if p.opponent.end <= p.end  # (named before, or in the quote: «إن قواتها صدت»)
                else f"The side not named here read as {p.opponent.text}, the doer of the "
                "attack told before.",
            )
        )
    if p.group_referred and p.agent is not None:
        inferences.append(
            (
                role[0],
                "Coreference",
                p.group_word,
                f"«{p.group_word}» read as {p.agent.text}, named before.",
            )
        )
    taking = [] if p.agent is None or p.cls == "ControlPeriod" else list(p.allies)
    for mention in (p.agent, p.opponent, *p.others, *taking):
        if mention is None:
            continue
        named = (role[0] if mention is p.agent else role[1]) or "agent"
        if mention in taking:
            named = "hasParticipant" if p.cls in CAPTURES else role[0]
        if mention.said:  # «الجيش» for the army named before
            why = f"«{mention.said}» read as {mention.text}, named before."
            if mention.by_dateline:
                why = f"«{mention.said}» read as {mention.text}, of the dateline's country."
            if mention.title:
                why = (
                    f"«{mention.said}» read as {mention.text}, the forces of "
                    f"«{mention.title}», named before."
                )
                if mention.said == mention.title:
                    why = (
                        f"What «{mention.title}» announces read as carried out by "
                        f"{mention.text}, the forces of that state."
                    )
            if mention.state_body:
                why = (
                    f"The aircraft of «{mention.state_body}» read as those of {mention.text}, "
                    "the state it is part of."
                )
            if mention.loyal_to:
                why = (
                    f"«{mention.said}» read as {mention.text}: those loyal to "
                    f"{mention.loyal_to}, named before."
                )
                if mention.said.endswith(mention.loyal_to):  # «الموالين للنظام السوري»
                    why = (
                        f"«{mention.said}», not named, read as {mention.text}: the forces "
                        "the gazetteer names loyal to that actor."
                    )
            if mention.led_by:
                why = (
                    f"«{mention.said}» read as {mention.text}: the forces the gazetteer names "
                    f"after {mention.led_by}."
                )
            if mention.placed_in:
                why = (
                    f"«{mention.said}» read as {mention.text}, the gazetteer's entry for "
                    f"them in «{mention.placed_in}», which the sentence names."
                )
            if mention.by_country:
                why = (
                    f"«{mention.said}» read as {mention.text}, the one of the country of the "
                    "places named."
                )
            if mention.nationality:
                why = (
                    f"«{mention.said}» read as {mention.text}, the forces of the country "
                    f"«{mention.nationality}» names."
                )
            if mention.government_of:
                why = (
                    f"«{mention.said}» read as {mention.text}, the government of the state of "
                    f"{mention.government_of}, named before."
                )
            if mention.before_its_days:
                why = (
                    f"«{mention.said}» read as {mention.text}, its state's of the report's "
                    "day: the gazetteer dates the one of that name from later."
                )
            inferences.append((named, "Coreference", mention.said, why))
        if mention.metonym:
            why = f"«{mention.text}» read as the state it stands for."
            inferences.append((named, "MetonymResolution", mention.text, why))
    quote = text[p.start : p.end].strip()
    occurrence = _occurrence(text, quote, p.start)
    evidence = f"ckg:quote {_literal(quote)}" + (
        f" ; ckg:occurrence {occurrence}" if text.count(quote) > 1 else ""  # the first too
    )
    lines.append(f"    ckg:evidence [ {evidence} ] ;")
    for ally in p.taking_part:  # named in a sentence of its own: quoted there
        quote = text[ally.start : ally.end]
        occurrence = _occurrence(text, quote, ally.start)
        lines.append(
            f"    ckg:evidence [ ckg:quote {_literal(quote)} ; ckg:attests ckg:{role[0]}"
            + (f" ; ckg:occurrence {occurrence}" if text.count(quote) > 1 else "")
            + " ] ;"
        )
    for prop, kind, printed, note in inferences:
        printed_part = f" ckg:printedForm {_literal(printed.strip())} ;" if printed else ""
        lines.append(
            f"    ckg:inference [ ckg:inferenceKind ckg:{kind} ; ckg:aboutProperty ckg:{prop} ;{printed_part}"
            f" rdfs:comment {_literal(note)}@en ] ;"
        )
    lines.append(f"    ckg:reviewStatus ckg:Draft ; ckg:draftRule {_literal(p.rule)} ;")
    lines.append(f'    ckg:confidence "{p.confidence:.2f}"^^xsd:decimal .')
    # (a side told both as joined to the first and as the other, «معارك بين X وY», is
    # written once, with its note)
    return "\n".join(dict.fromkeys(lines)) + "\n"


def _occurrence(text: str, quote: str, near: int) -> int:
    """Which occurrence of `quote` in `text` starts at or after `near` (1 = the first)."""
    count, position = 0, -1
    while True:
        position = text.find(quote, position + 1)
        if position < 0:
            return max(count, 1)
        count += 1
        if position >= near:
            return count


def read_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"«{value}» is not a date (YYYY-MM-DD)") from None
