"""`conflictkg draft`: a first encoding of an Arabic report, for an analyst to review.

Sentence by sentence: the gazetteer's actors and places (conflictkg.draft.mentions), the
times (conflictkg.draft.dates) and the words that state facts (triggers.tsv) give proposed
events and situations, each with its agent, opponent, place and time, and the exact words
that state it as its evidence quote. An attribution in the sentence («وفق», «بحسب», «قال»,
«أفاد») makes a claim of what the sentence proposes, an «أعلن» an announcement: never the
reporter's voice. Every proposal is marked `ckg:reviewStatus ckg:Draft` with the rule that
made it and a confidence; `build` refuses drafts unless `--allow-drafts`. Inferred values
(a weekday, a year from the report's date, a bound from the report's date) are marked as the
hand encodings mark them. Deterministic and offline: rules and dictionaries only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..arabic import fold, without_marks
from ..errors import InputError
from .dates import TimeMention, find_times
from .mentions import Lexicon, Mention, NewName, unknown_names
from .newreport import Header, _literal, render_header

_SENTENCE = re.compile(r"[^.!؟\n]+")
_GAP = r"(?:\s+\S+){0,8}?"  # words a verb and its preposition may have between them


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]
    cls: str
    agent: str
    target: str
    opponent: str
    extent: str
    ongoing: bool
    pattern: re.Pattern[str]


def load_triggers(path: Path | None = None) -> list[Trigger]:
    """The trigger dictionary (triggers.tsv beside this module, or `path`)."""
    if path is None:
        text = resources.files(__package__).joinpath("triggers.tsv").read_text(encoding="utf-8")
        where = Path("triggers.tsv")
    else:
        text, where = path.read_text(encoding="utf-8"), path
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
        folded = fold(words).split()
        first = rf"(?<!\w)[وف]?{re.escape(folded[0])}(?:ت|وا|ون|ين|ات|ن|\u0627|\u0647)?(?!\w)"
        rest = "".join(rf"{_GAP}\s+[وفبل]?{re.escape(w)}(?!\w)" for w in folded[1:])
        triggers.append(
            Trigger(
                tuple(folded),
                cls,
                agent,
                target,
                opponent,
                extent,
                ongoing == "yes",
                re.compile(first + rest),
            )
        )
    return triggers


@dataclass
class Proposal:
    cls: str
    slug: str
    rule: str
    start: int  # the quote's span in the text
    end: int
    agent: Mention | None = None
    opponent: Mention | None = None
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

    def turtle(self) -> str:
        return render(self)


CAPTURES = ("Capture", "Recapture", "Expulsion")


def draft(
    text: str, header: Header, lexicon: Lexicon, triggers: list[Trigger] | None = None
) -> Draft:
    """Propose the facts of a report's text."""
    rules = triggers if triggers is not None else load_triggers()
    proposals: list[Proposal] = []
    slugs: dict[str, int] = {}
    last_place: Mention | None = None  # what a pronoun refers back to
    last_group: Mention | None = None  # what «التنظيم» (the organisation) refers back to
    for sentence in _SENTENCE.finditer(text):
        offset, body = sentence.start(), sentence.group()
        mentions = [_shift(m, offset) for m in lexicon.find(body)]
        times = [_shift_time(t, offset) for t in find_times(body, header.date)]
        folded, origin = without_marks(body)
        taken: list[tuple[int, int]] = []
        here: list[Proposal] = []
        attributions: list[Proposal] = []
        for rule in rules:
            for match in rule.pattern.finditer(folded):
                start = origin[match.start()] + offset
                end = origin[match.end() - 1] + 1 + offset
                if any(s < end and start < e for s, e in taken):
                    continue
                if rule.cls == "-":  # words passed over (a purpose, a plan)
                    taken.append((start, end))
                    continue
                proposal = _propose(
                    rule, start, end, mentions, times, text, slugs, last_place, last_group
                )
                if proposal is None:
                    continue
                taken.append((start, end))
                (attributions if proposal.cls in ("Claim", "Announcement") else here).append(
                    proposal
                )
        for fact in here:
            if fact.cls in CAPTURES:
                control = Proposal(
                    "ControlPeriod",
                    _slug(slugs, "control", fact.place),
                    fact.rule,
                    fact.start,
                    fact.end,
                    agent=fact.agent,
                    place=fact.place,
                    time=fact.time,
                    extent="FullControl",
                    ongoing=False,
                    confidence=fact.confidence,
                )
                fact.starts = control
                here.append(control)
        for attribution in attributions:
            attribution.covers = [p for p in here if p.cls != "SupportRelation"]
            if attribution.covers and attribution.agent is not None:
                proposals.append(attribution)
        proposals.extend(here)
        places_here = [m for m in mentions if m.kind == "place" and not m.broad]
        if places_here:
            last_place = places_here[-1]
        groups = [m for m in mentions if m.kind == "actor" and fold(m.text).startswith("تنظيم")]
        if groups:
            last_group = groups[-1]
    return Draft(header, text, proposals, unknown_names(text, lexicon))


def _shift(m: Mention, offset: int) -> Mention:
    return Mention(m.start + offset, m.end + offset, m.text, m.iri, m.kind, m.metonym, m.broad)


def _shift_time(t: TimeMention, offset: int) -> TimeMention:
    return TimeMention(
        t.start + offset,
        t.end + offset,
        t.text,
        t.value,
        t.datatype,
        t.earliest,
        t.latest,
        t.inference,
        t.note,
    )


def _slug(slugs: dict[str, int], kind: str, place: Mention | None) -> str:
    base = f"{kind}-{place.iri.rsplit('/', 1)[-1]}" if place is not None else kind
    slugs[base] = slugs.get(base, 0) + 1
    return base if slugs[base] == 1 else f"{base}-{slugs[base]}"


def _object_of_support(text: str, m: Mention) -> bool:
    """The actor is the backer in a support phrase («مدعومة من واشنطن», «بدعم جوي روسي»),
    not the one who acts."""
    before = fold(text[max(0, m.start - 30) : m.start]).split()[-3:]
    return bool(before) and (
        before[-1] == "من" or any(w.startswith(("بدعم", "مدعوم", "وبدعم")) for w in before)
    )


def _propose(
    rule: Trigger,
    start: int,
    end: int,
    mentions: list[Mention],
    times: list[TimeMention],
    text: str,
    slugs: dict[str, int],
    last_place: Mention | None = None,
    last_group: Mention | None = None,
) -> Proposal | None:
    actors = [m for m in mentions if m.kind == "actor"]
    places = [m for m in mentions if m.kind == "place"]
    agent: Mention | None = None
    place = (
        next((m for m in places if m.start >= end), None)
        if rule.target in ("after", "previous")
        else None
    )
    if rule.agent == "after":
        agent = _subject_after(actors, start, place, text)
    if agent is None and rule.agent in ("after", "before"):
        before = [m for m in actors if m.end <= start and not _object_of_support(text, m)]
        inside = [m for m in actors if start <= m.start and m.end <= end]
        agent = before[-1] if before else inside[0] if inside else None
    place = (
        next((m for m in places if m.start >= end), None)
        if rule.target in ("after", "previous")
        else None
    )
    group_referred = False
    if agent is None and last_group is not None and rule.agent != "none":
        clause = fold(text[max(0, start - 40) : place.start if place is not None else end])
        if re.search(r"(?<!\w)[وف]?التنظيم(?!\w)", clause):
            agent, group_referred = last_group, True
    referred = False
    if rule.target == "pronoun" or (place is None and rule.target == "previous"):
        before = [m for m in places if m.end <= start and not m.broad]
        place, referred = (before[-1] if before else last_place), True
    opponent: Mention | None = None
    if rule.opponent == "after":
        after = agent.end if agent is not None and agent.start >= start else start
        opponent = next((m for m in actors if m.start >= after and m is not agent), None)
    if rule.cls in ("claim", "announcement"):
        if agent is None:
            return None
        cls = "Claim" if rule.cls == "claim" else "Announcement"
        time = _nearest(times, start) if cls == "Announcement" else None
        return Proposal(
            cls,
            _slug(slugs, cls.lower(), None),
            " ".join(rule.words),
            min(start, agent.start),
            max(end, agent.end),
            agent=agent,
            time=time,
            confidence=0.7,
        )
    if rule.cls == "SupportRelation":
        if agent is None or opponent is None:
            return None
        return Proposal(
            "SupportRelation",
            _slug(slugs, "support", None),
            " ".join(rule.words),
            min(agent.start, start),
            opponent.end,
            agent=opponent,
            opponent=agent,
            confidence=0.6,
        )
    if rule.target in ("after", "previous", "pronoun") and place is None:
        return None
    if agent is None:  # every fact the drafter proposes has its actor
        return None
    time = _nearest(times, start)
    cls = rule.cls
    if (
        cls in CAPTURES
        and time is not None
        and fold(text[max(0, time.start - 6) : time.start]).strip().endswith("منذ")
    ):
        cls = "ControlPeriod"  # «سيطر … منذ صيف 2014 على»: a hold since then, not a capture
    extent, share = _extent(text, start, place, rule, cls)
    pieces = [m for m in (agent, opponent, place if not referred else None, time) if m is not None]
    quote_start = min([start, *(m.start for m in pieces if m.start >= start - 40)])
    quote_end = max([end, *(m.end for m in pieces)])
    kind = {"Capture": "capture", "Recapture": "recapture", "Expulsion": "expulsion"}.get(
        cls, cls.lower()
    )
    confidence = 0.5 + 0.1 * sum(m is not None for m in (agent, place, time))
    return Proposal(
        cls,
        _slug(slugs, kind, place),
        " ".join(rule.words),
        quote_start,
        quote_end,
        agent=agent,
        opponent=opponent,
        place=place,
        time=time,
        extent=extent,
        share=share,
        ongoing=rule.ongoing,
        confidence=round(confidence - (0.1 if referred else 0) - (0.1 if group_referred else 0), 2),
        referred=referred,
        group_referred=group_referred,
    )


def _subject_after(
    actors: list[Mention], start: int, place: Mention | None, text: str
) -> Mention | None:
    """The subject of a verb-first clause: an actor within a few words after the verb and
    before its place; an adjective of nationality («الرئيس الروسي فلاديمير بوتين») gives
    way to the name after it."""
    near = [
        m
        for m in actors
        if m.start >= start
        and len(text[start : m.start].split()) <= 6
        and (place is None or m.end <= place.start)
    ]
    if len(near) > 1 and near[0].metonym and near[1].start - near[0].end < 20:
        return near[1]
    return near[0] if near else None


def _nearest(times: list[TimeMention], at: int) -> TimeMention | None:
    return min(times, key=lambda t: abs(t.start - at), default=None)


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
    if "اجزاء واسعه" in span:
        return "LargeParts", None
    if rule.extent != "-":
        return rule.extent, None
    return "FullControl", None


# ------------------------------------------------------------------ writing Turtle
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
    return "\n".join(out)


def _term(p: Proposal) -> str:
    return f"{p.prefix}:{p.slug}"


def _node(result: Draft, p: Proposal) -> str:
    text, report_date = result.text, result.header.date
    lines = [f"{_term(p)} a ckg:{p.cls} ;"]
    label = {
        "Claim": "Claim",
        "Announcement": "Announcement",
    }.get(p.cls, p.cls)
    what = " ".join(x for x in (label, _name(p.agent), _name(p.place)) if x)
    lines.append(f"    rdfs:label {_literal('Draft: ' + what)}@en ;")
    role = {
        "Claim": ("claimant", None),
        "SupportRelation": ("supporter", "supported"),
        "ControlPeriod": ("controller", None),
        "TerritorialLoss": ("affectedActor", None),
    }.get(p.cls, ("agent", "opponent"))
    if p.agent is not None:
        lines.append(f"    ckg:{role[0]} <{p.agent.iri}> ;")
    if p.opponent is not None and role[1] is not None:
        lines.append(f"    ckg:{role[1]} <{p.opponent.iri}> ;")
    if p.cls == "SupportRelation":
        kind = "AirSupport" if "جوي" in text[p.start : p.end] else "Backing"
        lines.append(f"    ckg:supportKind ckg:{kind} ;")
    if p.place is not None:
        prop = {
            "ControlPeriod": "controlledPlace",
            "Withdrawal": "destination",
            "Flight": "destination",
        }.get(p.cls, "place")
        lines.append(f"    ckg:{prop} <{p.place.iri}> ;")
    if p.cls == "ControlPeriod":
        lines.append(f"    ckg:extent ckg:{p.extent or 'FullControl'} ;")
        if p.share is not None:
            lines.append(
                f"    ckg:share [ a ckg:Quantity ; ckg:{p.share[0]} {p.share[1]} ; ckg:unit ckg:Percent ] ;"
            )
    for target in p.covers:
        prop = "claims" if p.cls == "Claim" else "announces"
        lines.append(f"    ckg:{prop} {_term(target)} ;")
    if p.starts is not None:
        lines.append(f"    ckg:startsControl {_term(p.starts)} ;")
    if p.cls == "ControlPeriod":
        for other in result.proposals:
            if other.starts is p:
                lines.append(f"    ckg:startedBy {_term(other)} ;")
    inferences: list[tuple[str, str, str | None, str]] = []

    def at_report_date(prop: str, why: str) -> None:
        """A time the text does not give, bounded by the report's date, and marked so."""
        lines.append(f'    ckg:{prop} "{report_date.isoformat()}"^^xsd:date ;')
        inferences.append((prop, "ContextualBound", None, why))

    if p.ongoing:  # a state going on at the report's date (a control, an objective)
        lines.append("    ckg:ongoing true ;")
        at_report_date("latestBegin", "Holds at the report's date; since when is not said.")
    elif p.cls == "ControlPeriod" and p.time is not None:
        lines.append(f'    ckg:beginDate "{p.time.value}"^^xsd:{p.time.datatype} ;')
        if p.time.inference == "ContextualBound":  # a season: its months as bounds
            lines.append(f'    ckg:earliestBegin "{p.time.earliest.isoformat()}"^^xsd:date ;')
            lines.append(f'    ckg:latestBegin "{p.time.latest.isoformat()}"^^xsd:date ;')
        if p.time.inference:
            inferences.append(("beginDate", p.time.inference, p.time.text, p.time.note))
    elif p.cls == "ControlPeriod":
        at_report_date("latestBegin", "Begins by the report's date; when is not said.")
    elif p.cls == "SupportRelation":
        at_report_date("latestBegin", "Stated at the report's date; since when is not said.")
    elif p.cls != "Claim":
        if p.time is not None:
            lines.append(f'    ckg:date "{p.time.value}"^^xsd:{p.time.datatype} ;')
            if p.time.inference:
                inferences.append(("date", p.time.inference, p.time.text, p.time.note))
        elif p.cls == "Announcement":
            at_report_date("date", "No day given: taken as the report's date.")
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
    if p.group_referred and p.agent is not None:
        inferences.append(
            (
                role[0],
                "Coreference",
                "التنظيم",
                f"«التنظيم» (the organisation) read as {p.agent.text}, named before.",
            )
        )
    for mention in (p.agent, p.opponent):
        if mention is not None and mention.metonym:
            named = (role[0] if mention is p.agent else role[1]) or "agent"
            inferences.append(
                (
                    named,
                    "MetonymResolution",
                    mention.text,
                    f"«{mention.text}» read as the state it stands for.",
                )
            )
    quote = text[p.start : p.end].strip()
    occurrence = _occurrence(text, quote, p.start)
    evidence = f"ckg:quote {_literal(quote)}" + (
        f" ; ckg:occurrence {occurrence}" if occurrence > 1 else ""
    )
    lines.append(f"    ckg:evidence [ {evidence} ] ;")
    for prop, kind, printed, note in inferences:
        printed_part = f" ckg:printedForm {_literal(printed.strip())} ;" if printed else ""
        lines.append(
            f"    ckg:inference [ ckg:inferenceKind ckg:{kind} ; ckg:aboutProperty ckg:{prop} ;{printed_part}"
            f" rdfs:comment {_literal(note)}@en ] ;"
        )
    lines.append(f"    ckg:reviewStatus ckg:Draft ; ckg:draftRule {_literal(p.rule)} ;")
    lines.append(f'    ckg:confidence "{p.confidence:.2f}"^^xsd:decimal .')
    return "\n".join(lines) + "\n"


def _name(m: Mention | None) -> str:
    return m.text if m is not None else ""


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
