"""Who words stand for when they do not name an actor, for `conflictkg draft`.

A sentence's mentions (conflictkg.draft.mentions) name the gazetteer's actors and places;
these functions add the actors it refers to without their names: a force by its head word
alone («الجيش», «الفصائل», «الحكومة»), fighters by who they are («المقاتلون الأكراد»,
«المقاتلين المعارضين»), a group by whom it is loyal to («الفصائل السورية الموالية لها»,
«المقاتلين الموالين للنظام السوري»), «هؤلاء المقاتلون» after them, «المسلحون»
after a group's fighters were named, a capital that speaks for its state («أكدت موسكو») and a
state's aircraft by its adjective («الطيران السوري»). Each added mention keeps the words it
was read from (`Mention.said`), so that the draft marks it as an inference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..arabic import fold, without_marks
from .mentions import PLACE_BEFORE, Lexicon, Mention

# a named force's first word, which may stand alone for it («الجيش» for «الجيش السوري»,
# «التحالف» for «التحالف الدولي», «الحشد» for «الحشد الشعبي», «الشرطة» for «الشرطة الاتحادية»,
# «الفصائل» for «فصائل سورية معارضة», the article added; «الحكومة» for «الحكومة العراقية», not
# after «رئيس»)
_HEADS = (
    "الجيش",
    "التحالف",
    "الحشد",
    "الشرطه",
    "الفصايل",
    "الحكومه",
    "الحركه",
    "الجماعه",
    "البعثه",
    "الجبهه",
    "الحزب",
    "الفيلق",
    "الحلف",
)
# the first words of names that stand alone with the article: «فصائل سورية معارضة» (the
# factions), «حركة الشباب» (the movement), «جماعة بوكو حرام» (the group), «قوات بعثة الاتحاد
# الأفريقي» (the mission; after «قوات»), «جبهة تحرير شعب تيغراي» (the front: «مقاتلو
# الجبهة»), «قوات تحالف الشمال» (the alliance: «متحدث باسم التحالف»), «حلف شمال الأطلسي»
# (the alliance: «فيما قال الحلف»); not «جيش» («جيش الإسلام» is no «الجيش»), «حزب الله» (the
# party: «وهو ما أكده الحزب»)
_BARE_FIRST = ("فصايل", "حركه", "جماعه", "بعثه", "جبهه", "تحالف", "حزب", "حلف")
# (with «لل», the preposition on the article: «بحسب بيان للجيش»)
_BARE_HEAD = re.compile(
    rf"(?<!\w)(?:[وفبل]?(?P<word>{'|'.join(_HEADS)})|لل(?P<bare>{'|'.join(h[2:] for h in _HEADS)})"
    # («انسحب منها الجنود»: the soldiers, no adjective after them nor the force they are of,
    # «آلاف الجنود من مشاة البحرية», the army's; not some of them or them killed, «قتل عدد من
    # الجنود في هجوم …», «مقتل الجنود», who are no doer)
    r"|(?<!من\s)(?<!قتل\s)و?(?P<soldiers>الجنود)(?!\s+(?:ال\w+ي|من(?!\w)))"
    # (or soldiers opening what is said, «أقرت الرئاسة بأن عسكريين … قتلوا»: the army's; not
    # soldiers killed, «قتل ثلاثة عسكريين في هجوم …», who are no doer)
    r"|(?<=ان\s)(?P<servicemen>عسكريين))(?!\w)"
    r"(?<!الجبهه(?=\s+ال\w+ي[هة]))"  # (not a front line: «الجبهة الجنوبية»)
)


def forces_of(lexicon: Lexicon, place: str | None) -> Mention | None:
    """The forces of the country a place lies in, as a mention made at no span, read from
    the dateline («بغداد:»: the Iraqi forces)."""
    country = lexicon.country_of.get(place or "")
    if country not in lexicon.forces:
        return None
    iri, label = lexicon.forces[country]
    return Mention(0, 0, label, iri, "actor", False, by_dateline=True)


def country_mention(lexicon: Lexicon, place: str | None) -> Mention | None:
    """The country a place is or lies in, as a mention made at no span."""
    iri = place if place in lexicon.countries else lexicon.country_of.get(place or "")
    if iri is None or iri not in lexicon.countries:
        return None
    return Mention(0, 0, lexicon.countries[iri], iri, "place", False, broad=True)


def land_of(text: str, m: Mention) -> bool:
    """A state's adjective naming its land, not the state: «عبر الأراضي التركية», «الحدود
    العراقية»."""
    if not (m.kind == "actor" and m.metonym):
        return False
    before = fold(text[max(0, m.start - 12) : m.start]).split()[-1:]
    return before in (["الاراضي"], ["الحدود"], ["الاجواء"], ["المياه"], ["الجانب"])


# «الأراضي اللبنانية», «الأجواء السورية», «السواحل الصومالية», «المياه الكويتية»: a state's
# land (or airspace, or coast, or waters) by its adjective (folded)
_LAND = re.compile(
    r"(?<!\w)[وفب]?(?P<words>(?:الاراضي|الاجواء|السواحل|المياه)\s+(?P<adjective>ال\w+يه))(?!\w)"
)


def lands(body: str, offset: int, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The sentence's mentions, with a state's land named by its adjective («دخلت … الأراضي
    اللبنانية») read as the gazetteer's country the adjective names, a place, marked as
    said so."""
    found = list(mentions)
    for match, start, end in unnamed(body, offset, _LAND, "words", mentions):
        place = country_mention(lexicon, country_by_adjective(match.group("adjective"), lexicon))
        if place is not None:
            found.append(
                replace(place, start=start, end=end, said=body[start - offset : end - offset])
            )
    return sorted(found, key=lambda m: m.start)


def named_entry(lexicon: Lexicon, name: str, kind: str = "actor") -> Mention | None:
    """The gazetteer's actor (or place, `kind`) whose name is all of `name` («قوات حفتر»),
    if any."""
    found = [m for m in lexicon.find(name) if m.kind == kind]
    return found[0] if found and found[0].start == 0 and found[0].end == len(name) else None


def referring(m: Mention, start: int, end: int, said: str) -> Mention:
    """`m` as the words at start:end that refer back to it without naming it («هؤلاء
    المقاتلون», «مقاتلوه»): read as named before, whatever made `m` itself a reading."""
    return replace(
        m,
        start=start,
        end=end,
        said=said,
        loyal_to="",
        led_by="",
        placed_in="",
        title="",
        state_body="",
        by_dateline=False,
        by_country=False,
        # (the actor a place's name holds stays where the name was written, not where the
        # place is referred to)
        holds=(m.holds[0], m.holds[1], m.start + m.holds[2] - start, m.start + m.holds[3] - start)
        if m.holds is not None
        else None,
    )


def bare_heads(
    body: str,
    offset: int,
    mentions: list[Mention],
    heads: dict[str, Mention],
    of_the_dateline: bool = True,
) -> list[Mention]:
    """The sentence's mentions, with «الجيش» (or another head word) standing alone («وكان
    الجيش قد …») read as the force last named with that word («الجيش السوري»), else the
    army of the dateline's country where the sentence is about that country
    (`of_the_dateline`); `heads` is kept up to date."""
    for m in mentions:
        words = fold(m.text).split()
        bare = m.text
        if (
            words
            and words[0][:1] in ("و", "ف", "ل", "ب")
            and words[0][1:] in ("قوات", *_BARE_FIRST)
        ):
            # «وقوات بعثة …», «لحركة الشباب»: the clitic off (the name kept without it)
            words[0], bare = words[0][1:], m.text[1:]
        if words[:1] and words[0].startswith("\u0644\u0644") and f"ال{words[0][2:]}" in _HEADS:
            # «للحكومة الرواندية المؤقتة»: «الحكومة» with «ل» (the name kept without it)
            words[0], bare = f"ال{words[0][2:]}", f"ال{m.text[2:]}"
        if words[:1] == ["قوات"] and words[1:2] and words[1] in _BARE_FIRST:
            words = words[1:]  # «قوات بعثة الاتحاد الأفريقي»: the mission's
        if words[:1] and words[0] in _BARE_FIRST:
            words[0] = "ال" + words[0]
        if m.kind == "actor" and len(words) > 1 and words[0] in _HEADS:
            heads[words[0]] = replace(m, text=bare)
    found = list(mentions)
    folded, origin = without_marks(body)
    for match in _BARE_HEAD.finditer(folded):
        group = next(g for g in ("word", "soldiers", "servicemen", "bare") if match.group(g))
        start = offset + origin[match.start(group) if group != "bare" else match.start()]
        end = offset + origin[match.end(group) - 1] + 1
        head = "الجيش" if group in ("soldiers", "servicemen") else match.group("word")
        named = heads.get(head or "\u0627\u0644" + match.group("bare"))
        if named is None or any(m.start <= start < m.end for m in mentions):
            continue
        if folded[: match.start()].split()[-1:] == ["رييس"]:
            continue  # «رئيس الحكومة»: a person's title
        if named.by_dateline and not of_the_dateline:
            continue
        if head == "الشرطه" and named.by_dateline and _AN_ADJECTIVE.match(folded, match.end()):
            continue  # («مسؤولون في الشرطة الهندية»: a state's police named, not the one of
            # the dateline the gazetteer gives; «قيادة الجيش الإقليمية» is the army's still)
        said = body[start - offset : end - offset]
        found.append(replace(named, start=start, end=end, said=said))
    # «واقتحمت القوات المبنى»: «القوات» (the forces) alone, no adjective after it nor «هذه»
    # before, after an army named: that army's («استعاد الجيش الكولومبي …»)
    army = heads.get("الجيش")
    for match in _THE_FORCES.finditer(folded):
        start = offset + origin[match.start("word")]
        end = offset + origin[match.end("word") - 1] + 1
        if army is None or army.by_dateline or any(m.start < end and start < m.end for m in found):
            continue
        found.append(replace(army, start=start, end=end, said=body[start - offset : end - offset]))
    return sorted(found, key=lambda m: m.start)


# an adjective right after a word (folded): «الشرطة الهندية»
_AN_ADJECTIVE = re.compile(r"\s+ال\w\w+يه?(?!\w)")

_THE_FORCES = re.compile(
    r"(?<!\w)(?<!هذه\s)[وفب]?(?P<word>القوات)(?!\w)"
    r"(?!\s+ال\S+(?:يه|يون|يين|ين|ون)(?!\w))(?!\s+(?:الموالي|الخاصه|المشترك|التابع))"
)  # (not «القوات العراقية», «القوات الموالية لـ», «القوات الخاصة»: another description)


# «المقاتلون الأكراد», «القوات الكردية»: fighters described by who they are, with the
# article (said before), and the ckg:affiliation that description names; «مقاتلي المعارضة»,
# «مقاتلو المعارضة» (the opposition's fighters), «مقاتلون معارضون» (opposition fighters,
# without the article), «مقاتلون أكراد» (Kurdish fighters, without it); gunmen, «المسلحون
# الإسلاميون», only so; «الجيش الحكومي» (the government army) and «قوات الأمن» (the security
# forces) as «القوات الحكومية»
_DESCRIBED = re.compile(
    r"(?<!\w)[وفب]?(?P<words>(?:(?:(?:ال|لل)(?:مقاتلين|مقاتلون|قوات|وحدات)"
    r"|ل?مقاتل[يو](?=\s+المعارضه)|ال(?:مسلحين|مسلحون)(?=\s+الاسلامي)"
    r"|(?:ال|لل)جيش(?=\s+الحكومي(?!\w))|قوات(?=\s+الامن(?!\s+ال\S+يه)))"
    r"\s+ال|(?:مقاتلون|مقاتلين)\s+(?=معارض|اكراد(?!\w)))"
    r"(?P<who>اكراد|كرديه|عرب|عربيه|شيعيه|اسلاميون|اسلاميين|حكوميه"
    r"|معارضين|معارضون|معارضه|حكومي|امن))(?!\w)"
)
# described by the side they are on: the gazetteer's entry of that name («المقاتلين
# المعارضين»: the opposition factions, «الفصائل المعارضة») (folded)
_SIDE_NAMED = {w: "الفصايل المعارضه" for w in ("معارضين", "معارضون", "معارضه")}
_AFFILIATION = {
    "اكراد": "KurdishAffiliation",
    "كرديه": "KurdishAffiliation",
    "عرب": "ArabAffiliation",
    "عربيه": "ArabAffiliation",
    "شيعيه": "ShiaAffiliation",
    "اسلاميون": "IslamistAffiliation",  # «المقاتلون الإسلاميون»
    "اسلاميين": "IslamistAffiliation",
    "حكوميه": "",  # «القوات الحكومية»: a state's forces (ckg:stateOf), not an affiliation
    "حكومي": "",  # «الجيش الحكومي»: the same
    "امن": "",  # «قوات الأمن» (the security forces), no nation's adjective after: the same
}


def unnamed(
    body: str, offset: int, pattern: re.Pattern[str], group: str, mentions: list[Mention]
) -> Iterator[tuple[re.Match[str], int, int]]:
    """Each match of `pattern` on the sentence folded, with the span of its `group` in the
    text, where no mention of the gazetteer already is."""
    folded, origin = without_marks(body)
    for match in pattern.finditer(folded):
        start = offset + origin[match.start(group)]
        end = offset + origin[match.end(group) - 1] + 1
        if not any(m.start < end and start < m.end for m in mentions):
            yield match, start, end


# the seat an actor named after is told of («مقار الحكومة», «وقيادة الجيش»), not the actor
# (the word before it, folded)
SEAT_OF_AN_ACTOR = (["مقار"], ["مقر"], ["قياده"], ["وقياده"])


def described(
    body: str,
    offset: int,
    mentions: list[Mention],
    seen: list[Mention],
    lexicon: Lexicon,
    government: Mention | None = None,
    country: str | None = None,
) -> list[Mention]:
    """The sentence's mentions, with a description of fighters by who they are («وتقدم
    المقاتلون الأكراد») read as the last actor named before whose gazetteer entry has
    that affiliation (one with that affiliation alone first: the YPG rather than the SDF,
    Kurdish and Arab), marked as said so. With none named, the one actor of the gazetteer
    with that affiliation and whose `ckg:nationality` is the country of the sentence's places
    (`country`: «المقاتلين الأكراد … في كوباني» in Syria, the YPG), else nothing is read
    («القوات الحكومية» then stands for the forces of the country the report is datelined
    in)."""
    found = list(mentions)
    for match, start, end in unnamed(body, offset, _DESCRIBED, "words", mentions):
        said = body[start - offset : end - offset]
        side = _SIDE_NAMED.get(match.group("who"))
        if side is not None:
            entry = lexicon.names.get(tuple(side.split()))
            if entry is not None and entry[1] == "actor":
                label = lexicon.english.get(entry[0], side)
                found.append(Mention(start, end, label, entry[0], "actor", False, said=said))
            continue
        wanted = _AFFILIATION[match.group("who")]
        earlier = [m for m in [*seen, *mentions] if m.end <= start]
        # «المقاتلين الأكراد السوريين»: of that country, whoever was named before
        said_country = country_by_adjective(
            (fold(body[end - offset : end - offset + 20]).split() or [""])[0], lexicon
        )
        here = said_country or country  # (this description's, not the next one's)
        if wanted:
            having = [m for m in earlier if wanted in lexicon.affiliations.get(m.iri, ())]
            if said_country is not None:
                having = [m for m in having if lexicon.nationality.get(m.iri) == said_country]
            alone = [m for m in having if lexicon.affiliations[m.iri] == {wanted}]
        else:  # (none named: the forces of the country of the sentence's places, else of
            # the dateline's: «القوات الحكومية» in a report from Beirut about Syria)
            # (not one whose seat is told of: «مقار الحكومة وقيادة الجيش» taken)
            having = [
                m
                for m in earlier
                if m.iri in lexicon.state_forces
                and fold(body[max(0, m.start - offset - 8) : m.start - offset]).split()[-1:]
                not in SEAT_OF_AN_ACTOR
            ]
            state = lexicon.forces.get(here or "")
            if match.group("who") == "امن":
                # («قوات الأمن» in Kenya: «قوات الأمن الكينية», where the gazetteer has them;
                # in India, whose forces it has as its army alone, the state, as «قوات الأمن
                # الهندية» reads)
                state = lexicon.security_forces(here) or lexicon.forces_for_security(here)
            if not having and state is not None:
                iri, label = state
                having = [Mention(0, 0, label, iri, "actor", False, by_country=True)]
            having = having or ([government] if government is not None else [])
            alone = []
        if having:
            named = (alone or having)[-1]
            found.append(replace(named, start=start, end=end, said=said))
            continue
        of_country = [
            iri
            for iri, values in sorted(lexicon.affiliations.items())
            if wanted in values and here is not None and lexicon.nationality.get(iri) == here
        ]
        if wanted and len(of_country) == 1:
            found.append(_of_the_country(lexicon, of_country[0], start, end, said))
    return sorted(found, key=lambda m: m.start)


def _of_the_country(lexicon: Lexicon, iri: str, start: int, end: int, said: str) -> Mention:
    """The words at start:end read as the one entry of their kind of the sentence's country
    (`iri`), named by its English label."""
    label = lexicon.english.get(iri, iri.rsplit("/", 1)[-1])
    return Mention(start, end, label, iri, "actor", False, said=said, by_country=True)


# verbs of saying a capital named after stands for its state («وقالت موسكو», «اتهمت دمشق»,
# «وصفت موسكو الاغتيال بأنه …»)
_SAYS = re.compile(
    r"(?:[وف]?(?:قال|اعلن|اكد|افاد|ذكر|اتهم|نفت|حذر|اعتبر|وصف)ت?|تقول|يقول|تتهم|تؤكد|نفي|اعلان)\s*$"
)


def capital_cities(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with a state named by its capital (the gazetteer's hidden name
    of it: «أنقرة» for Turkey, whose city it names in full, «مدينة أنقرة») read as that city
    after a word of place («في أنقرة», «شمال أنقرة») or as the dateline («أنقرة:»): where, not
    who (not «مدعومة من واشنطن», Washington's name being the city's own)."""
    found: list[Mention] = []
    for m in mentions:
        city = lexicon.city_a_state_is_named_by(m)
        before = fold(body[max(0, m.start - offset - 8) : m.start - offset]).split()[-1:]
        dateline = not body[: m.start - offset].strip() and body[m.end - offset :].startswith(":")
        if city and ((before and before[0] in PLACE_BEFORE) or dateline):
            m = replace(m, iri=city, kind="place", metonym=False, city=True)
        found.append(m)
    return found


def capitals_that_speak(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with a capital named right after a verb of saying («فيما أكدت موسكو
    أنها …»), or joined by «و» to one that is («اتهمت موسكو ودمشق»), or named as a backer
    («مدعومة من طهران») or a leader («بقيادة واشنطن»), or a country as the subject of a
    clause that backs someone («وكانت الهند قد دخلت الحرب … دعما للمتمردين»), read as its
    state (Russia), a metonym as «واشنطن» is; where the gazetteer has the country's state as
    an actor, or its government."""
    found: list[Mention] = []
    spoke: Mention | None = None  # the last capital read as speaking (or sending forces)
    for m in mentions:
        # (or the country itself, the state named by the place's name: «أعلنت أذربيجان»;
        # its government where the gazetteer has no state of it: «قال العراق»)
        country = (
            (
                lexicon.capitals.get(m.iri)
                or (m.iri if m.iri in lexicon.states or m.iri in lexicon.governments else None)
            )
            if m.kind == "place"
            else None
        )
        state = lexicon.state_named(country) if country else None
        before = body[max(0, m.start - offset - 12) : m.start - offset]
        # («اتهمت موسكو ودمشق»: a capital joined by «و» to one that speaks speaks with it;
        # «أرسلت السنغال وغينيا قوات»: a country joined to one that sends forces sends them)
        joined = (
            spoke is not None
            and found[-1] is spoke
            and not body[spoke.end - offset : m.start - offset].strip()
            and fold(m.text).startswith("\u0648")
        )
        if state is not None and (_SAYS.search(fold(before)) or joined):
            m = spoke = Mention(m.start, m.end, m.text, state[0], "actor", True)
        elif state is not None and (
            _BACKED_BY.search(fold(before)) or fold(before).split()[-1:] == ["بقياده"]
        ):
            # («فصائل … مدعومة من طهران»: a backer named by its capital is its state; so is a
            # leader, «التحالف الدولي بقيادة واشنطن»)
            m = Mention(m.start, m.end, m.text, state[0], "actor", True)
        elif (
            state is not None
            and _SENDS.search(fold(before))
            and _FORCES_SENT.match(fold(body[m.end - offset : m.end - offset + 30]))
        ):
            # («أنزلت الهند الاثنين قوات جوا في مطار سرينغار»: the country that sends forces,
            # the verb's subject, is its state)
            m = spoke = Mention(m.start, m.end, m.text, state[0], "actor", True)
        elif state is not None and _STRUCK_AFTER.match(
            fold(body[m.end - offset : m.end - offset + 12])
        ):
            # («قال الجيش الباكستاني إن الهند شنت … ضربات»: the country right before a verb of
            # striking, its subject, is its state)
            m = Mention(m.start, m.end, m.text, state[0], "actor", True)
        elif (
            state is not None
            and _KANA_BEFORE.search(fold(before))
            and _BACKING_AFTER.match(fold(re.split(r"[،.]", body[m.end - offset :])[0]))
        ):
            # («وكانت الهند قد دخلت الحرب … دعما للمتمردين»: the country that backs, in its
            # own clause, is its state)
            m = Mention(m.start, m.end, m.text, state[0], "actor", True)
        elif state is not None and _ACCUSED.search(
            fold(body[max(0, m.start - offset - 100) : m.start - offset])
        ):
            # («واتهمت الحكومة التشادية السودان بدعم المتمردين»: the one accused, right after
            # the accuser, is the state)
            m = Mention(m.start, m.end, m.text, state[0], "actor", True)
        elif (
            state is not None
            and _ACCUSED_WITH.search(fold(body[max(0, m.start - offset - 30) : m.start - offset]))
            and fold(m.text).startswith("\u0648")
            and OF_DOING.match(fold(body[m.end - offset : m.end - offset + 12]))
        ):
            # («واتهمت رواندا وأوغندا بدعم الهجوم»: the second of two accused together, its
            # subject not repeated, is a state as the first is)
            m = Mention(m.start, m.end, m.text, state[0], "actor", True)
        found.append(m)
    return found


# the words of a backing told before «من» and the backer («بدعم من», «مدعومة من») (folded)
BACKING_WORDS = ("بدعم", "وبدعم", "مدعوم", "باسناد", "بمساعده")
# those words right before a backer
_BACKED_BY = re.compile(rf"(?<!\w)(?:{'|'.join(BACKING_WORDS)})\S*\s+من\s*$")
# a verb of sending forces right before a country, its subject: «أنزلت», «أرسلت» (folded)
_SENDS = re.compile(r"(?<!\w)[وف]?(?:انزل|ارسل|دفع)(?:ت)?\s*$")
# the forces sent, right after the country (past a day, and its time): «الاثنين قوات»,
# «قوات», «ليل الخميس مظليين» (folded)
_FORCES_SENT = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:قوات|جنودا|وحدات|تعزيزات|مظليين)(?!\w)")
# a verb of striking right after a country, its subject: «شنت», «قصفت», «هاجمت» (folded)
_STRUCK_AFTER = re.compile(r"^\s*(?:شن|قصف|هاجم|ضرب)ت(?!\w)")
# «كانت» right before a country, its subject (folded)
_KANA_BEFORE = re.compile(r"(?<!\w)[وف]?كان(?:ت)?\s*$")
# a backing given further on in the clause: «… دعما للمتمردين», «… لدعم الجيش» (folded)
_BACKING_AFTER = re.compile(r".*(?<!\w)(?:دعما\s+ل|لدعم\s)")
# an accusing verb and its subject, a name of one to four words, right before (folded)
# a title set off by commas after a name: «، رئيس مجلس الدولة الجورجي،» (a pattern's part)
SET_OFF = r"\u060c[^\u060c.]{1,60}\u060c"
# a verb of accusing and one name right before a second joined to it (folded)
_ACCUSED_WITH = re.compile(r"(?<!\w)[وف]?(?:اتهم|تتهم|يتهم)ت?\s+\S+\s*$")
# what one is accused of, right after the accused: «بدعم», «بتنفيذ», «بشن» (folded)
OF_DOING = re.compile(r"^\s*ب(?:دعم|تنفيذ|شن|ارتكاب)(?!\w)")
_ACCUSED = re.compile(
    r"(?<!\w)[وف]?(?:اتهم|تتهم|يتهم)ت?\s+(?:ال\S+(?:\s+ال\S+){0,3}"
    # (or a person, his title set off by commas: «واتهم إدوارد شيفرنادزه، رئيس مجلس الدولة
    # الجورجي،»)
    rf"|\S+(?:\s+\S+){{0,2}}\s*{SET_OFF})\s*$"
)


# «الطيران السوري», «الطائرات الحربية السورية», «الدفاعات الجوية السورية»: a state's aircraft
# or air defences by its adjective (folded)
_STATE_AIRCRAFT = re.compile(
    r"(?<!\w)[وفب]?(?P<words>(?:ال)?(?:طيران|طايرات|مقاتلات|دفاعات(?=\s+(?:ال)?جويه))"
    r"(?:\s+(?:ال)?(?:حربيه?|جويه))?"
    r"\s+(?P<adjective>ال\w+))(?!\w)"
)
# «طائرات باكستانية», «مقاتلة حربية سورية»: some aircraft of a state, by its adjective with
# no article (folded)
_SOME_STATE_AIRCRAFT = re.compile(
    r"(?<!\w)[وفب]?(?P<words>(?:طايرات|مقاتلات|طايره|مقاتله)(?:\s+حربيه)?"
    r"\s+(?P<adjective>(?!ال)\w\w+يه))(?!\w)"
)
# a verb of destroying right before aircraft, «a number of» them or not (folded): «ودمرت
# عددا من», «دمرت»
_DESTROYED_BEFORE = re.compile(r"(?<!\w)[وف]?دمر\S*(?:\s+عددا\s+من)?\s*$")
# a state's artillery by its adjective (folded): «المدفعية الصينية»
_STATE_ARTILLERY = re.compile(r"(?<!\w)[وفب]?(?P<words>المدفعيه\s+(?P<adjective>ال\w+يه))(?!\w)")
# a state's special forces by its adjective (folded): «القوات الخاصة المالية»
_STATE_SPECIAL_FORCES = re.compile(
    r"(?<!\w)[وفب]?(?P<words>(?:ال)?قوات\s+(?:ال)?خاصه\s+(?P<adjective>ال\w+يه))(?!\w)"
)


# «الدفاعات الجوية» with no nation's adjective after (folded)
_AIR_DEFENCES = re.compile(
    r"(?<!\w)[وفب]?(?P<words>الدفاعات\s+الجويه)(?!\s+ال\w+ي[هة](?!\w))(?!\w)"
)


def own_air_defences(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon, country: str | None
) -> list[Mention]:
    """The sentence's mentions, with «الدفاعات الجوية» told with no nation's adjective
    («بعد أن تصدت لها الدفاعات الجوية» in a sentence about Syria's airspace) read as the
    forces of `country` (the country the sentence is about, else the dateline's), marked as
    said so."""
    forces = lexicon.forces.get(country or "")
    if forces is None:
        return mentions
    iri, label = forces
    found = list(mentions)
    for _, start, end in unnamed(body, offset, _AIR_DEFENCES, "words", mentions):
        said = body[start - offset : end - offset]
        found.append(Mention(start, end, label, iri, "actor", False, said=said, by_country=True))
    return sorted(found, key=lambda m: m.start)


# a state's drones by its adjective, in the dual too (folded): «بمسيرتين بحريتين أوكرانيتين»
_STATE_DRONES = re.compile(
    r"(?<!\w)[وفب]?(?P<words>(?:مسيرات|مسيرتين|مسيره)(?:\s+(?:بحريه|بحريتين))?"
    r"\s+(?P<adjective>\w+(?:يتين|يه)))(?!\w)"
)


# a state's shelling by its adjective, the adjective alone (folded): «في قصف أوكراني على …»
_STATE_SHELLING = re.compile(r"(?<!\w)[وفب]?(?:ال)?قصف\s+(?P<words>(?P<adjective>\w+))(?!\w)")


def aircraft_of(body: str, offset: int, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The sentence's mentions, with a state's aircraft (or drones) named by its adjective
    and no actor of that adjective («غارات شنها الطيران السوري», «لهجوم بمسيرتين بحريتين
    أوكرانيتين») read as that country's forces (the Syrian army, Ukraine's), some of its
    aircraft with no article («شنت طائرات باكستانية غارة») as the state, marked as said
    so; so are its special forces («القوات الخاصة المالية») and its artillery («المدفعية
    الصينية»), and the adjective of a shelling («في قصف أوكراني على وسط مدينة بيلغورود»)."""
    found = list(mentions)
    named = [
        *unnamed(body, offset, _SOME_STATE_AIRCRAFT, "words", mentions),
        *unnamed(body, offset, _STATE_AIRCRAFT, "words", mentions),
        *unnamed(body, offset, _STATE_DRONES, "words", mentions),
        *unnamed(body, offset, _STATE_SPECIAL_FORCES, "words", mentions),
        *unnamed(body, offset, _STATE_ARTILLERY, "words", mentions),
        *unnamed(body, offset, _STATE_SHELLING, "words", mentions),
    ]
    for match, start, end in named:
        # (some aircraft of a state, its adjective with no article: the state, as the hand
        # encodings read «طائرات فرنسية», whose adjective the gazetteer gives France)
        some = match.re is _SOME_STATE_AIRCRAFT
        country = country_by_adjective(("ال" if some else "") + match.group("adjective"), lexicon)
        forces = lexicon.forces.get(country or "")
        state = lexicon.states.get(country or "")
        if some and state is None:
            continue
        if state is not None and (some or _DESTROYED_BEFORE.search(fold(body[: start - offset]))):
            # «ودمرت عددا من الطائرات الهندية على الأرض»: aircraft destroyed, things, not a
            # force at work: the state whose they were
            forces = state, lexicon.arabic.get(state, "")
        if forces is not None:
            iri, label = forces
            said = body[start - offset : end - offset]
            adjective = said.split()[-1]  # (as written: the words end with it)
            found.append(
                Mention(start, end, label, iri, "actor", False, said=said, nationality=adjective)
            )
    return sorted(found, key=lambda m: m.start)


# «مسلحي جماعة X», «مقاتلو X», «متمردو الطوارق في X», «مسلحون من X»: a group's fighters (or
# rebels), named
# (folded, the clitics taken off); which word stands for them after: «المسلحون» (militants)
# for fighters and militants, «المتمردون» (the rebels) for rebels
_FIGHTERS_OF = re.compile(
    r"(?<!\w)[وفبل]?(?P<noun>مسلح|مقاتل|متمرد)(?:ي|و|(?:ون|ين)\s+من)(?:\s+ال\S+\s+(?:في|من))?\s*$"
)
_STANDS_FOR = {"مسلح": "مسلح", "مقاتل": "مسلح", "متمرد": "متمرد"}
# a name that says its bearers are rebels or separatists (folded): «الانفصاليون الموالون لروسيا»
_REBELS_BY_NAME = re.compile(r"(?<!\w)(?:ال)?(?:انفصالي|متمرد)\w*")
# and one that says they are armed: «المجموعات الإسلامية المسلحة», «الجماعات المسلحة»
_BY_NAME = {
    "متمرد": _REBELS_BY_NAME,
    "مسلح": re.compile(r"(?<!\w)(?:ال)?مسلح(?:\u0647|ون|ين)(?!\w)"),
    # dissidents, by a name that says so: «جنود منشقون عن الجيش الكونغولي»
    "منشق": re.compile(r"(?<!\w)(?:ال)?منشق(?:ون|ين)(?!\w)"),
    "انفصالي": _REBELS_BY_NAME,
}
# «المسلحون», «المتمردون», «المنشقون» alone (not «المسلحين الأكراد», «المسلحون الموالون لـ …», an
# adjective after: another description; a nisba plural «السوريين», or one of these)
_THE_MILITANTS = re.compile(
    r"(?<!\w)[وفبل]?(?P<word>ال(?P<stem>مسلح|مقاتل|متمرد|منشق|انفصالي)(?:ون|ين))(?!\w)"
    r"(?!\s+(?:ال\w+(?:يون|يين)|الاكراد|العرب|الموال\w*|المعارض\w*|الاجانب|الشيعه|السنه)(?!\w))"
)


def fighters_named(text: str, lexicon: Lexicon) -> list[tuple[str, Mention]]:
    """The groups whose fighters (or rebels) the report names anywhere, with the word that
    stands for them after («مسلح» for «وكان مسلحون من كتيبة X قد هاجموا»); none looked for
    in a report with no «المسلحون» to read (most: the names are not found twice)."""
    found: list[tuple[str, Mention]] = []
    if _THE_MILITANTS.search(without_marks(text)[0]) is None:
        return found
    for m in lexicon.find(text):
        fighters = _FIGHTERS_OF.search(fold(text[max(0, m.start - 30) : m.start]))
        if m.kind == "actor" and fighters is not None:
            found.append((_STANDS_FOR[fighters.group("noun")], m))
    return found


def the_militants(
    body: str,
    offset: int,
    mentions: list[Mention],
    militants: list[tuple[str, Mention]],
    seen: Sequence[Mention] = (),
    later: Sequence[tuple[str, Mention]] = (),
    armed_groups: frozenset[str] = frozenset(),
) -> list[Mention]:
    """The sentence's mentions, with «المسلحون» (the militants) standing alone read as the
    group whose fighters were named last («من مسلحي جماعة ماوتي … وكان المسلحون قد
    سيطروا»), «المتمردون» (the rebels) as the group whose rebels were («متمردو الطوارق في
    الحركة الوطنية لتحرير أزواد … وكان المتمردون قد سيطروا»), else as the separatists or
    rebels named last by a name that says so («معقل الانفصاليين الموالين لروسيا …
    وانسحب المتمردون»), the armed groups for «المسلحون» («سيطرة المجموعات الإسلامية المسلحة
    عليها، إذ كان المسلحون قد انسحبوا»), the group whose fighters a sentence before named
    for «المتمردون» («سيطر مقاتلو جبهة التحرير …»), else, none named so before, the one group whose
    fighters the report names after (`later`: «بعد هجوم على المسلحين … وكان مسلحون من كتيبة
    X قد هاجموا»), else for «المتمردون» the one non-state armed group its sentence names
    before it (`armed_groups`: «مقر قيادة اتحاد كارين الوطني …، بعد انسحاب المتمردين منه»),
    marked as said so; none where no such group is named.
    `militants` (the word each stands for, the group) is kept up to date."""
    found = list(mentions)
    # (those named as fighters earlier in this sentence too: «آخر معقل مهم لمتمردي حركة 23
    # مارس …، بعد انسحاب المتمردين منها»)
    here = [
        (_STANDS_FOR[fighters.group("noun")], m)
        for m in mentions
        if m.kind == "actor"
        and (
            fighters := _FIGHTERS_OF.search(
                fold(body[max(0, m.start - offset - 30) : m.start - offset])
            )
        )
        is not None
    ]
    for match, start, end in unnamed(body, offset, _THE_MILITANTS, "word", mentions):
        # («المقاتلون», the fighters, as «المسلحون»: «مع مقاتلي الفيت كونغ …، أسقط خلالها
        # المقاتلون …»)
        word = _STANDS_FOR.get(match.group("stem"), match.group("stem"))
        named = [m for stem, m in [*militants, *here] if stem == word and m.end <= start]
        if not named:  # (a name that says so: «الانفصاليين», «المجموعات الإسلامية المسلحة»)
            by_name = _BY_NAME[word]
            named = [
                m
                for m in [*seen, *mentions]
                if m.kind == "actor" and m.end <= start and by_name.search(fold(m.text)) is not None
            ]
        if not named and match.group("stem") == "متمرد":
            # («سيطر مقاتلو جبهة التحرير … وبات المتمردون يسيطرون»: none named rebels, the
            # group whose fighters were named last, in a sentence before: «طرد مقاتلو X …
            # المتمردين الطوارق في Y» names others)
            named = [m for stem, m in militants if stem == "مسلح"]
        if not named:  # (named after, the one group so named in the report)
            after = {m.iri: m for stem, m in later if stem == word and m.start >= end}
            named = list(after.values()) if len(after) == 1 else []
        if (
            not named
            and match.group("stem") in ("متمرد", "انفصالي")
            # (not rebels a name right after says who they are: «طرد مقاتلو X المتمردين
            # الطوارق في الحركة الوطنية لتحرير أزواد»)
            and not any(0 <= m.start - end <= 30 for m in mentions if m.kind == "actor")
        ):
            # (nor those named here by their fighters, who act on the rebels: «طرد مقاتلو X
            # المتمردين من …»)
            by_fighters = {m.iri for _, m in here}
            # (in the sentence, else in the report: «سيطرت القوات الأبخازية … . واتهم …
            # روسيا بدعم الانفصاليين»)
            for among in (mentions, [*seen, *mentions]):
                groups = {
                    m.iri: m
                    for m in among
                    if m.iri in armed_groups and m.end <= start and m.iri not in by_fighters
                }
                named = list(groups.values()) if len(groups) == 1 else []
                if groups:
                    break
        if named:
            found.append(referring(named[-1], start, end, match.group("word")))
    militants += here
    return sorted(found, key=lambda m: m.start)


# «والفصائل السورية الموالية لها»: a group named by whom it is loyal to, a pronoun (folded)
_LOYAL_TO_IT = re.compile(
    r"(?<!\w)[وف]?(?P<words>(?P<head>ال\S+(?:\s+ال\S+)?)\s+الموالي\S*\s+(?:لها|له|لهم))(?!\w)"
)


def loyal_to_it(
    body: str, offset: int, mentions: list[Mention], seen: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with a group named as loyal to the actor named before
    («سيطرت القوات التركية والفصائل السورية الموالية لها») read as the gazetteer's entry
    named loyal to that actor or to its state («الفصائل السورية الموالية لتركيا»), marked
    as said so; the actor is the last named before for whom the gazetteer has such a name
    («غباغبو … مروحيات … تابعة للأمم المتحدة على مواقع القوات الموالية له»: Gbagbo's, not the
    UN's); nothing where it has none."""
    found = list(mentions)
    for match, start, end in unnamed(body, offset, _LOYAL_TO_IT, "words", mentions):
        before = [m for m in [*seen, *mentions] if m.kind == "actor" and m.end <= start]
        head = body[start - offset : start - offset + len(match.group("head"))]
        # (as written: «الموالية», «الموالين», «الموالون»; the feminine first)
        loyal = body[start - offset : end - offset].split()[-2]
        for owner in reversed(before):
            named = _loyal_entry(lexicon, owner, head, loyal)
            if named is not None:
                said = body[start - offset : end - offset]
                found.append(replace(named, start=start, end=end, said=said, loyal_to=owner.text))
                break
    return sorted(found, key=lambda m: m.start)


def _loyal_entry(lexicon: Lexicon, owner: Mention, head: str, loyal: str) -> Mention | None:
    """The gazetteer's entry named `head` loyal to `owner` (by any of its names, its
    state's or, for a ministry, its whole's), or None."""
    state = lexicon.state_of.get(owner.iri)
    # (a person by another of his names: «القوات الموالية له» after «معمر القذافي» are
    # «القوات الموالية للقذافي»)
    others = lexicon.names_of(owner.iri)
    # (a ministry's, its state's: «وزارة الدفاع الروسية … والانفصاليين الموالين لها»)
    whole = lexicon.part_of.get(owner.iri)
    wholes = lexicon.names_of(whole) if whole is not None else ()
    for name in (owner.text, *others, lexicon.countries.get(state or "", ""), *wholes):
        if not name:
            continue
        to = "لل" + name[2:] if name.startswith("ال") else "ل" + name
        named = named_entry(lexicon, f"{head} الموالية {to}") or named_entry(
            lexicon, f"{head} {loyal} {to}"
        )
        if named is not None:
            return named
    return None


# «المقاتلين الموالين للنظام السوري»: fighters named by whom they are loyal to, before the
# name of that actor (folded, the text before the name)
_LOYAL_BEFORE = re.compile(
    r"(?<!\w)[وفب]?(?P<head>المقاتلين|المقاتلون|المسلحين|المسلحون|العناصر|الميليشيات|المجموعات)"
    r"\s+(?:الموالين|الموالون|الموالية)\s+$"
)


def loyal_to_named(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The sentence's mentions, with fighters named by the actor they are loyal to
    («قتل أكثر من مئة من المقاتلين الموالين للنظام السوري») read as the gazetteer's forces
    named loyal to that actor («القوات الموالية للنظام السوري») in place of that actor,
    marked as said so; left as they are where the gazetteer has no such forces."""
    found: list[Mention] = []
    for m in mentions:
        window = max(0, m.start - 50)
        folded_window, origin_of = without_marks(text[window : m.start]) if m.person else ("", [])
        loyal_to_him = _FORCES_LOYAL_TO_HIM.search(folded_window)
        # «القوات الموالية للعقيد معمر القذافي»: the forces the gazetteer names loyal to him
        # (by his name as written, else his surname: «القوات الموالية للقذافي»); «المتمردون
        # الموالون لنائب الرئيس السابق رياك مشار»: the rebels it names loyal to him
        # (the rebels it names loyal to him told as forces: «القوات الموالية لنائبه رياك مشار»
        # for «المتمردون الموالون لرياك مشار»)
        heads = ["القوات الموالية", "المتمردون الموالون"]
        if loyal_to_him is not None:
            heads.append(f"{loyal_to_him['head']} {loyal_to_him['loyal']}")
        his = (named_entry(lexicon, f"{h} {_to(n)}") for n in _names(m) for h in heads)
        named = next((e for e in his if e is not None), None) if loyal_to_him else None
        forces = lexicon.forces.get(lexicon.nationality.get(m.iri, ""))
        if named is None and forces is not None and fold(forces[1]).startswith("القوات الموالي"):
            # «القوات الموالية للرئيس عبد ربه منصور هادي»: his state's forces named loyal
            # to its government («القوات الموالية للحكومة اليمنية»)
            named = Mention(0, 0, forces[1], forces[0], "actor", False)
        if loyal_to_him is not None and named is not None:
            start = window + origin_of[loyal_to_him.start("head")]
            # («وحدات الجيش اللبناني الموالية للعماد ميشال عون»: the army named inside is
            # part of the words, not an actor of its own)
            found = [f for f in found if not (start <= f.start and f.end <= m.end)]
            said = text[start : m.end]
            found.append(
                replace(named, start=start, end=m.end, said=said, loyal_to=m.text, person_iri=m.iri)
            )
            continue
        if m.kind != "actor" or not m.text.startswith("\u0644"):  # («للنظام»: to the …)
            found.append(m)
            continue
        before = text[max(0, m.start - 40) : m.start]
        folded, origin = without_marks(before)
        words = _LOYAL_BEFORE.search(folded)
        if words is None:
            found.append(m)
            continue
        named = named_entry(lexicon, f"القوات الموالية {m.text}")
        if named is None:
            found.append(m)
            continue
        read = _read_from(named, text, m, before, origin[words.start("head")])
        found.append(replace(read, loyal_to=m.text[1:]))
    return found


# «القوات الموالية للرئيس», «المتمردون الموالون لنائب الرئيس السابق», «المتمردين المؤيدين
# للرئيس السابق» (backing him), «مسلحون موالون للجنرال» right before a person's name: a
# word, or a title of more («نائب الرئيس السابق») (folded)
_FORCES_LOYAL_TO_HIM = re.compile(
    r"(?<!\w)[وفب]?(?P<head>(?:ال)?قوات|المتمردون|المتمردين|(?:ال)?مسلح(?:ون|ين)"
    r"|وحدات(?:\s+من)?\s+الجيش(?:\s+ال\S+)?)"
    r"\s+(?P<loyal>(?:ال)?موال\S*|المويد\S*)\s+"
    r"(?:(?:لل?\S+|لا?ل?(?:نايب|رييس|زعيم|قايد)"
    r"(?:\s+(?:الرييس|الوزراء|السابق|المخلوع|الاول|الثاني|الامير))+)\s*)?$"
)  # (the title may be in the person's name as the gazetteer has it: «للعماد ميشال عون»)
# «أنصار» (supporters) or his fighters («مسلحي», «مقاتلي»), maybe with a title, right before
# a person's name (folded)
_SUPPORTERS_BEFORE = re.compile(r"(?<!\w)(?P<head>[وفبل]?(?:انصار|مسلحي|مقاتلي))(?:\s+\S+)?\s*$")


def supporters_of(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The sentence's mentions, with a person's supporters or fighters («آخر معاقل أنصار العقيد
    معمر القذافي», «ومسلحي الجنرال محمد فرح عيديد») read as the gazetteer's forces named loyal
    to him («القوات الموالية للقذافي»), marked as said so; the person left as he is where the
    gazetteer has no such forces."""
    found: list[Mention] = []
    for m in mentions:
        before = text[max(0, m.start - 24) : m.start]
        folded, origin = without_marks(before) if m.person else ("", ())
        words = _SUPPORTERS_BEFORE.search(folded) if m.person else None
        named = None
        if words is not None:  # (by his name as written, else his surname)
            loyal = (named_entry(lexicon, f"القوات الموالية {_to(n)}") for n in _names(m))
            named = next((entry for entry in loyal if entry is not None), None)
        if named is None or words is None:
            found.append(m)
            continue
        read = _read_from(named, text, m, before, origin[words.start("head")])
        found.append(replace(read, loyal_to=m.text))
    return found


def _names(m: Mention) -> tuple[str, str]:
    """A person's name as written and his surname («معمر القذافي», «القذافي»)."""
    return m.text, m.text.split()[-1]


def _to(name: str) -> str:
    """«ل» on a name: «القذافي» → «للقذافي», «معمر القذافي» → «لمعمر القذافي»; a name read
    with it already stays («للعماد ميشال عون»)."""
    if name.startswith("\u0644\u0644"):
        return name
    return "\u0644" + (name[1:] if name.startswith("\u0627\u0644") else name)


# «هؤلاء المقاتلون»: those fighters, described before (folded)
_THOSE_FIGHTERS = re.compile(
    r"(?<!\w)[وف]?(?P<words>هولاء\s+ال(?P<noun>مقاتل|مسلح|عناصر|جنود)\S*)(?!\w)"
)


def those_fighters(
    body: str, offset: int, mentions: list[Mention], seen: list[Mention]
) -> list[Mention]:
    """The sentence's mentions, with «هؤلاء المقاتلون» (those fighters) read as the last actor
    described before by that noun («المقاتلين الموالين للنظام السوري»), marked as said so;
    nothing where none was."""
    found = list(mentions)
    for match, start, end in unnamed(body, offset, _THOSE_FIGHTERS, "words", mentions):
        described = [
            m
            for m in [*seen, *mentions]
            if m.kind == "actor" and m.end <= start and match.group("noun") in fold(m.said)
        ]
        if described:
            said = body[start - offset : end - offset]
            found.append(referring(described[-1], start, end, said))
    return sorted(found, key=lambda m: m.start)


def shortened_names(
    body: str,
    offset: int,
    mentions: list[Mention],
    seen: list[Mention],
    lexicon: Lexicon,
    country: str | None = None,
) -> list[Mention]:
    """The sentence's mentions, with a name of three words or more told again without its
    last word, an adjective («قوات حكومة الوفاق» after «القوات الموالية لحكومة الوفاق
    الوطني», whose entry also has «قوات حكومة الوفاق الوطني»), read as the actor named so
    in full before, marked as said so; none named before, the one of the report's
    `country` (its ckg:nationality: «جيش التحرير الوطني» datelined in Bogotá, the
    Colombian one); a short form two actors named before share, or one the gazetteer has
    for an entry of its own, stays unread."""
    named = {m.iri: m for m in seen if m.kind == "actor" and not m.person}
    # (or one the full name's state has another part of named before: «قوات مشاة البحرية»
    # after «القيادة المركزية الأميركية», both the United States')
    wholes = {
        lexicon.part_of.get(m.iri, m.iri)
        for m in [*seen, *mentions]
        if m.kind == "actor" and not m.person
    }
    folded, origin = without_marks(body)
    found = list(mentions)
    for words, every in lexicon.short_forms.items():
        if words[-1] not in folded:
            continue
        iris = every & named.keys()
        kin = frozenset(i for i in every if i in lexicon.part_of and lexicon.part_of[i] in wholes)
        who = named
        if len(kin) != 1 and country:  # (of the report's country, none of them named before)
            kin = frozenset(i for i in every if lexicon.nationality.get(i) == country)
        if not iris and len(kin) == 1:
            (iri,) = kin
            label = lexicon.actor_names.get(iri, " ".join(words))
            who, iris = {iri: Mention(0, 0, label, iri, "actor", False)}, kin
        if len(iris) != 1:
            continue
        pattern = re.compile(
            r"(?<!\w)[وفب]?(?P<name>" + r"\s+".join(map(re.escape, words)) + r")(?!\w)"
        )
        for match in pattern.finditer(folded):
            start = offset + origin[match.start("name")]
            end = offset + origin[match.end("name") - 1] + 1
            inside = [m for m in found if start <= m.start and m.end <= end]
            if any(m.start < end and start < m.end for m in found if m not in inside):
                continue
            # (the longer reading wins over a name inside it: «قوات حكومة الوفاق», not the
            # government «حكومة الوفاق»)
            found = [m for m in found if m not in inside]
            (iri,) = iris
            found.append(referring(who[iri], start, end, body[start - offset : end - offset]))
    return sorted(found, key=lambda m: m.start)


def surnames_again(
    body: str, offset: int, mentions: list[Mention], seen: list[Mention]
) -> list[Mention]:
    """The sentence's mentions, with a person named before in full told again by his
    surname alone («متحدث باسم غباغبو» after «لوران غباغبو») read as that person, marked as
    said so; a surname of three letters or fewer only after his full name in the same
    sentence («مقر العماد ميشال عون، … فيما لجأ عون»), else it stays unread."""
    persons: dict[str, Mention] = {}
    here = {id(m) for m in mentions}
    for m in [*seen, *mentions]:
        if m.kind == "actor" and m.person and len(m.text.split()) > 1:
            persons[fold(m.text.split()[-1])] = m  # (the last named so, when two share it)
    found = list(mentions)
    for surname, person in persons.items():
        if len(surname) < 4 and id(person) not in here:
            continue
        pattern = re.compile(rf"(?<!\w)[وفبل]?(?P<name>{re.escape(surname)})(?!\w)")
        for _, start, end in unnamed(body, offset, pattern, "name", found):
            if person.end <= start:
                found.append(referring(person, start, end, body[start - offset : end - offset]))
    return sorted(found, key=lambda m: m.start)


def opening_words_again(
    body: str, offset: int, mentions: list[Mention], seen: list[Mention]
) -> list[Mention]:
    """The sentence's mentions, with the first two words of an actor's name of three words
    or more told before, told again alone («وكان جيش التحالف قد سيطر» after «جيش التحالف
    الوطني الديمقراطي لميانمار»), read as that actor, marked as said so; two words two
    actors named before begin with stay unread."""
    openings: dict[tuple[str, str], dict[str, Mention]] = {}
    for m in seen:
        words = fold(m.said or m.text).split()
        if len(words) >= 3:
            # (the name as written may carry «و»: «وجيش التحرير الوطني البوليفي»)
            for head in dict.fromkeys((words[0], re.sub("^[وف]", "", words[0]))):
                openings.setdefault((head, words[1]), {})[m.iri] = m
    found = list(mentions)
    for (head, governed), named in openings.items():
        if len(named) != 1:
            continue
        (told,) = named.values()
        pattern = re.compile(
            rf"(?<!\w)[وفب]?(?P<name>{re.escape(head)}\s+{re.escape(governed)})(?!\w)"
        )
        for _, start, end in unnamed(body, offset, pattern, "name", found):
            found.append(referring(told, start, end, body[start - offset : end - offset]))
    return sorted(found, key=lambda m: m.start)


def head_noun_again(
    body: str, offset: int, mentions: list[Mention], seen: list[Mention]
) -> list[Mention]:
    """The sentence's mentions, with the first word of an actor's name told before, a plural
    of people, told again alone in either case («فيما أعلن الانفصاليون» after «مع الانفصاليين
    الموالين لروسيا») read as that actor, marked as said so; a word two actors named before
    share stays unread."""
    heads: dict[str, set[str]] = {}
    named: dict[str, Mention] = {}
    for m in [*seen, *mentions]:  # (named before, in this sentence too)
        words = fold(m.said or m.text).split()
        if m.kind != "actor" or m.person or len(words) < 2:
            continue
        head = re.sub(r"^[وفبل]?(?:ال|لل)", "", words[0])
        if len(head) > 5 and head.endswith(("ون", "ين")):
            heads.setdefault(head[:-2], set()).add(m.iri)
            named[m.iri] = m
    found = list(mentions)
    for stem, iris in heads.items():
        if len(iris) != 1:
            continue
        pattern = re.compile(rf"(?<!\w)[وف]?(?P<name>ال{re.escape(stem)}(?:ون|ين))(?!\w)")
        (iri,) = iris
        for _, start, end in unnamed(body, offset, pattern, "name", found):
            if named[iri].end <= start:
                found.append(referring(named[iri], start, end, body[start - offset : end - offset]))
    return sorted(found, key=lambda m: m.start)


# (an actor's head that stands for any side's men or any state, not the one named before:
# «القوات», «الوحدات», «الفصائل», «الجيش», «الدولة»; «التنظيم» is read by is_group)
_HEADS_OF_ANY_FORCE = frozenset({"قوات", "وحدات", "فصايل", "جيش", "تنظيم", "دوله"})


def first_word_again(
    body: str, offset: int, mentions: list[Mention], told: list[Mention], kind: str = "place"
) -> list[Mention]:
    """The sentence's mentions, with the first word of a place's name told before, with the
    article, alone («أحد مباني المحطة» after «محطة زابوريجيا للطاقة النووية») read as that
    place, marked as said so; a word two places named before begin stays unread. With `kind`
    "actor" the same for an actor's name («وفق ما أعلنت المنظمة» after «منظمة أطباء بلا
    حدود»)."""
    heads: dict[str, dict[str, Mention]] = {}
    for m in told:
        words = fold(m.said or m.text).split()
        if (
            m.kind == kind
            and len(words) >= 2
            and not words[0].startswith("ال")
            and words[0] not in _HEADS_OF_ANY_FORCE
        ):
            heads.setdefault(words[0], {})[m.iri] = m
    only = {head: next(iter(named.values())) for head, named in heads.items() if len(named) == 1}
    if not only:
        return mentions
    # (one pattern for every head, the sentence folded once)
    heads_told = "|".join(re.escape(h) for h in sorted(only, key=lambda h: (-len(h), h)))
    pattern = re.compile(rf"(?<!\w)[وفب]?(?P<name>(?:ال|لل)(?P<head>{heads_told}))(?!\w)")
    found = list(mentions)
    for match, start, end in unnamed(body, offset, pattern, "name", found):
        told_before = only[match.group("head")]
        if told_before.end <= start:
            found.append(referring(told_before, start, end, body[start - offset : end - offset]))
    return sorted(found, key=lambda m: m.start)


def is_group(m: Mention, text: str, offset: int = 0) -> bool:
    """An organisation «التنظيم» may stand for: «تنظيم الدولة الإسلامية», «تنظيم «داعش»»
    (`text` starts at `offset` in the report's)."""
    before = text[max(0, m.start - offset - 8) : m.start - offset]
    return m.kind == "actor" and (fold(m.text).startswith("تنظيم") or "تنظيم" in fold(before))


# «مقاتلوه», «عناصره»: its fighters, «ـه» an organisation (folded)
_ITS_FIGHTERS = re.compile(
    r"(?<!\w)[وف]?(?P<words>(?:مقاتلو|مقاتلي|مسلحو|مسلحي|عناصر)\u0647(?P<her>\u0627)?)(?!\w)"
)


# «المرتبطة» right before an actor («بتنظيم القاعدة», its «ب» the mention's; folded): the one
# named before is linked to it
_LINKED_TO = re.compile(r"(?<!\w)المرتبط\S*$")


def its_fighters(
    body: str, offset: int, mentions: list[Mention], group: Mention | None
) -> list[Mention]:
    """The sentence's mentions, with «مقاتلوه» (its fighters) read as the organisation named
    last before it in the sentence (for «مقاتليها», the actor not a person named last before it
    in the sentence) («تنظيم القاعدة …، الذي كان يسيطر عليها …، بعدما انسحب
    مقاتلوه منها»), else the one named in the sentences before (`group`), marked as said
    so; nothing where none was."""
    found = list(mentions)
    for match, start, end in unnamed(body, offset, _ITS_FIGHTERS, "words", mentions):
        if match.group("her"):
            # «مقاتليها» (her fighters): the movement, group or forces named last before it
            # in the sentence («أعلنت حركة الشباب انسحاب مقاتليها»), not a person
            # (not one attacked: «هجوما على إسرائيل …، تسلل خلاله مقاتلوها»: Hamas's)
            named = [
                m
                for m in mentions
                if m.end <= start
                and m.kind == "actor"
                and not m.person
                and fold(body[max(0, m.start - offset - 6) : m.start - offset]).split()[-1:]
                not in (["علي"], ["ضد"])
                # (not the one it is linked to: «جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم
                # القاعدة هجوما شنه مقاتلوها»: the group's)
                and not _LINKED_TO.search(
                    fold(body[max(0, m.start - offset - 20) : m.start - offset])
                )
            ]
            owner = named[-1] if named else None
        else:
            named = [m for m in mentions if m.end <= start and is_group(m, body, offset)]
            # «أعلن اتحاد كارين الوطني الخميس أن مقاتليه …»: right after «أن», the one who
            # says it, the actor not a person named last in its clause, when no organisation
            # is named
            speaker = [  # (in the clause of «أن»: «فيما أكد حزب الله أن مقاتليه»)
                m
                for m in mentions
                if m.end <= start
                and m.kind == "actor"
                and not m.person
                and not m.metonym  # (not an adjective: «مجموعة فاغنر الروسية»)
                and "\u060c" not in body[m.end - offset : start - offset]
            ][-1:]
            after_that = re.search(r"(?<!\w)ان\s*$", fold(body[: start - offset]))
            owner = named[-1] if named else speaker[0] if speaker and after_that else group
        if owner is not None:
            said = body[start - offset : end - offset]
            found.append(referring(owner, start, end, said))
    return sorted(found, key=lambda m: m.start)


# «الجنود النيجيريين», «المقاتلين الأوكرانيين», «القوات السورية»: soldiers, fighters or forces
# by their nationality (folded)
_NATIONALS = re.compile(
    r"(?<!\w)[وفبل]?(?P<words>(?:ال|لل)"
    r"(?P<noun>جنود|عسكريين|عسكريون|مقاتلين|مقاتلون|قوات|فرق|مظليين|مظليون|حاميه|دبابات|مدرعات)"
    r"\s+(?:(?:الاتحاديه|الحكوميه|النظاميه|المسلحه)\s+)?(?P<adjective>ال\w+(?:\s+ال(?:جنوبيه|شماليه))?)"
    r"|(?:جنود|قوات)(?:\u0647|\u0647\u0627|\u0647\u0645)\s+(?P<their>ال\w+)"
    r"|(?:(?:قوات|قوه)(?:\s+كوماندوس)?|سريه|وحده|وحدات|دبابات|مدرعات|زوارق(?:\s+(?:طوربيد|حربيه))?)"
    r"\s+(?P<bare>(?:جنوب\s+)?\w+يه(?:\s+(?:جنوبيه|شماليه))?)"
    r"|(?:جنود|جنودا|جنديين|جنديان|مظليون|مظليين)\s+(?P<men>\w+(?:يون|يين|يان))"
    r"|قوات\s+الامن\s+(?P<security>ال\w+يه)"
    r"|(?:جنود|مظليون|مظليين)\s+من\s+(?:ال\w+\s+){1,2}(?P<unit>ال\w+)"
    r"|(?:جنود|جنودا|مظليون|مظليين)\s+(?P<broken>اتراك|اتراكا|روس|روسا|هنود|صرب)"
    r"|(?:بيان|متحدث|ناطق)\s+عسكري\s+(?P<statement>\w+ي)"
    r"|(?:ال)?قياده\s+(?:العسكريه\s+)?(?P<command>ال\w+يه)"
    r"|(?:رتل|رتلا)\s+(?:(?:عسكري|عسكريا)\s+)?(?P<column>\w+ي)\u0627?)(?!\w)"
)  # («دخلت قوات كينية جنوب الصومال», «نزل مظليون بلجيكيون»: some of them, no article; «الحامية
# الفرنسية», a nation's garrison; «مظليون من الفيلق الأجنبي الفرنسي», men of a unit the gazetteer
# does not name, told by its nation; «بيان عسكري مصري», a nation's military statement: its
# forces'; «مظليين أتراكا», a nation's men by its broken plural; «قوات الأمن السعودية», a
# nation's security forces; «قوات كورية جنوبية», a nation's adjective and its side's; «دبابات
# باكستانية», a nation's tanks; «قوة إسرائيلية», «سرية هندية», «وحدة إسرائيلية», a force, a company
# or a unit of one; «قوة كوماندوس إسرائيلية», a commando force of one; «متحدث عسكري أردني», a
# nation's military spokesman: its forces; «القيادة الفرنسية», a nation's command, and «رتل
# عسكري فرنسي», a military column of one: its forces)
# aircraft and «و» right before other craft of a nation (folded): «طائرات وزوارق طوربيد …»
AIRCRAFT_AND = r"(?:طايرات|مقاتلات)\s+و"
_AIRCRAFT_AND_BEFORE = re.compile(r"(?<!\w)" + AIRCRAFT_AND + r"\s*$")
# «متمردين», «منشقين» right after soldiers of a nation (folded)
_REBELLING = re.compile(r"^\s*(?:متمرد|منشق)ين(?!\w)")
# right after a nation's men, the force of the world body they serve in: «جنود بريطانيون في قوات
# الأمم المتحدة» (folded)
_SERVING_IN = re.compile(r"^\s*في\s+قوات\s+الامم\s+المتحده")
# a nation's broken plural, as the adjective it stands for (folded)
_BROKEN_PLURALS = {
    "اتراك": "التركي",
    "اتراكا": "التركي",
    "روس": "الروسي",
    "روسا": "الروسي",
    "هنود": "الهندي",
    "صرب": "الصربي",
}


def nationals(body: str, offset: int, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The sentence's mentions, with soldiers or forces of a nationality («الجنود
    النيجيريين», «القوات السورية», «قوات كينية», where the gazetteer has no name for them)
    read as that country's forces, and fighters of one («آخر المقاتلين الأوكرانيين») too where the
    gazetteer has no other actor of that nationality (Syria's fighters may be anyone's),
    marked as said so."""
    # («جنود بريطانيون في قوات الأمم المتحدة»: peacekeepers, not their nation's forces)
    found = [
        m
        for m in mentions
        if not (m.metonym and _SERVING_IN.match(fold(body[m.end - offset : m.end - offset + 40])))
    ]
    # («القوات الاتحادية النيجيرية»: past an adjective of no nation, «federal», to the one after;
    # «جنودها الفرنسيين», its soldiers of a nation: that nation's)
    # (the adjective may be a state's metonym, «الجنود الجورجيين»: the soldiers are its forces)
    # (and a state named as its country is, by the adjective itself: «قوات الأمن السعودية»)
    countries = {fold(name) for name in lexicon.countries.values()}
    named = [m for m in mentions if not m.metonym and fold(m.text) not in countries]
    for match, start, end in unnamed(body, offset, _NATIONALS, "words", named):
        if _REBELLING.match(fold(body[end - offset : end - offset + 12])):
            continue  # («جنود كونغوليين متمردين»: mutineers, not the nation's forces)
        if _AIRCRAFT_AND_BEFORE.search(fold(body[max(0, start - offset - 16) : start - offset])):
            # («طائرات وزوارق طوربيد إسرائيلية»: the adjective says whose the aircraft are
            # too, the state's, as aircraft of a state are read)
            continue
        # (the adjective folded, with its article: «كينية» read as «الكينية»)
        country = country_by_adjective(
            match.group("adjective")
            or match.group("their")
            or match.group("unit")
            or match.group("security")
            or match.group("command")
            or _BROKEN_PLURALS.get(match.group("broken") or "")
            or "ال"
            + (
                match.group("bare")
                or match.group("men")
                or match.group("statement")
                or match.group("column")
            ),
            lexicon,
        )
        forces = lexicon.forces.get(country or "")
        state = lexicon.states.get(country or "")
        if country is not None and match.group("security"):
            # «قوات الأمن الهندية»: where the gazetteer has its forces as its army alone, the
            # state («قوات الأمن السعودية» where it has them together, «القوات السعودية»)
            forces = lexicon.forces_for_security(country)
        elif country is not None and state is not None and forces is None:
            # «دخلت قوات سنغالية غامبيا»: a nation's forces the gazetteer has no body for
            forces = state, lexicon.countries[country]  # (the state)
        # (each word of the adjective made definite, as written: «فيتنامية شمالية»,
        # «الفيتنامية الشمالية»)
        n_words = len((match.group("bare") or "").split())
        written = body[start - offset : end - offset].split()[-n_words:] if n_words else []
        definite = " ".join("ال" + w for w in written)
        bare = named_entry(lexicon, f"القوات {definite}") if match.group("bare") else None
        if country is None and bare is not None:
            # «قوات سوفياتية»: forces the gazetteer names made definite («القوات السوفياتية»),
            # of a state it has no country for; «زوارق طوربيد فيتنامية شمالية», «القوات
            # الفيتنامية الشمالية»
            forces = bare.iri, bare.text
        if forces is None:
            continue
        others = [  # (a person of that nationality is no armed group of it)
            a
            for a, c in lexicon.nationality.items()
            if c == country and a != forces[0] and a not in lexicon.persons
        ]
        if (match.group("noun") or "").startswith("مقاتل") and others:
            continue
        iri, label = forces
        said = body[start - offset : end - offset]
        # (the adjective's two words where it has them: «كورية جنوبية», «جنوب أفريقية»)
        # («الفرق الكورية الجنوبية», with the article)
        two = " " in (match.group("bare") or match.group("adjective") or "")
        adjective = " ".join(said.split()[-1 - two :])
        found = [m for m in found if not (start <= m.start and m.end <= end)]
        found.append(
            Mention(start, end, label, iri, "actor", False, said=said, nationality=adjective)
        )
    return sorted(found, key=lambda m: m.start)


# rebel factions not made definite (folded): «فصائل معارضة», «فصائل محلية معارضة», «فصائل
# معارضة وجهادية»
_SOME_FACTIONS = re.compile(
    r"(?<!\w)[وفب]?(?P<words>فصايل\s+(?:محليه\s+)?معارضه(?:\s+و(?:جهاديه|اسلاميه))?)(?!\w)"
)


def some_factions(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with rebel factions not made definite («كسرت فصائل معارضة
    وجهادية …», «بعد معارك مع فصائل معارضة») read as the gazetteer's «الفصائل المعارضة»,
    marked as said so; nothing where the gazetteer has no such entry."""
    entry = lexicon.names.get(("الفصايل", "المعارضه"))
    if entry is None or entry[1] != "actor":
        return mentions
    label = lexicon.english.get(entry[0], "الفصائل المعارضة")
    factions = Mention(0, 0, label, entry[0], "actor", False)
    return _each_read_as(body, offset, mentions, _SOME_FACTIONS, factions)


# «المنظمة الدولية» (the international organisation), the press's name for the United
# Nations (folded)
_THE_WORLD_BODY = re.compile(r"(?<!\w)[وفبل]?(?P<words>(?:ال|لل)منظمه\s+الدوليه)(?!\w)")


def the_world_body(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with «المنظمة الدولية» («بحسب ما أعلنت المنظمة الدولية»)
    read as the gazetteer's «الأمم المتحدة», marked as said so; nothing where the gazetteer
    has no such entry."""
    entry = lexicon.names.get(("الامم", "المتحده"))
    if entry is None or entry[1] != "actor":
        return mentions
    label = lexicon.english.get(entry[0], "الأمم المتحدة")
    return _each_read_as(
        body, offset, mentions, _THE_WORLD_BODY, Mention(0, 0, label, entry[0], "actor", False)
    )


# an organisation's forces, the word right before its name (folded): «قوات الاتحاد الأفريقي»
_ITS_FORCES_BEFORE = re.compile(r"(?<!\w)[وبل]?(?:قوات|قوه|جنود)\s*$")


def mission_in_the_country(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon, country: str | None
) -> list[Mention]:
    """The sentence's mentions, with an organisation's forces («انسحاب قوات الاتحاد الأفريقي
    منها» in a sentence about Somalia) read as its mission in `country` (the country the
    sentence is about, else the dateline's) where the gazetteer has one by that name («بعثة
    الاتحاد الأفريقي في الصومال»), marked as said so; as they were where it has none («بدعم
    من قوات الاتحاد الأفريقي» in the Comoros)."""
    where = lexicon.countries.get(country or "")
    if where is None:
        return mentions
    found = []
    for m in mentions:
        lead = _ITS_FORCES_BEFORE.search(
            fold(body[max(0, m.start - offset - 8) : m.start - offset])
        )
        name = body[m.start - offset : m.end - offset]
        mission = named_entry(lexicon, f"بعثة {name} في {where}") if lead is not None else None
        if mission is None:
            found.append(m)
            continue
        before = body[: m.start - offset].rstrip()
        word = before.rfind(" ") + 1  # (the word «قوات», not a «و» or «ب» it is joined to)
        word += before[word] in "وبل" and fold(before[word + 1 :]) in ("قوات", "قوه", "جنود")
        said = body[word : m.end - offset]
        found.append(replace(mission, start=offset + word, end=m.end, said=said, by_country=True))
    return found


def _each_read_as(
    body: str, offset: int, mentions: list[Mention], pattern: re.Pattern[str], entry: Mention
) -> list[Mention]:
    """The sentence's mentions, with the words each match of `pattern` finds (its «words»
    group) where no mention is read as `entry`, marked as said so."""
    found = list(mentions)
    for _, start, end in unnamed(body, offset, pattern, "words", mentions):
        found.append(replace(entry, start=start, end=end, said=body[start - offset : end - offset]))
    return sorted(found, key=lambda m: m.start)


# «باتجاه», «نحو» right before a name (folded): where something is aimed at
_TOWARD = re.compile(r"(?<!\w)(?:باتجاه|نحو)\s*$")
# a flight to it: «فيما فر أمير الكويت … إلى السعودية», «لجأ إلى» (folded)
_FLED_TO = re.compile(r"(?<!\w)[وف]?(?:فر|لجا)(?:ت|وا)?\s+(?:[^\s،.]+\s+){0,6}?الي\s*$")


# a pull-out from where, right before a name (folded): «الانسحاب من», «انسحبت من»
_PULLED_OUT_OF = re.compile(r"(?<!\w)(?:ال)?انسحا?ب\S*\s+من\s*$")


def aimed_at_a_country(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with a state named right after «باتجاه» or «نحو» («أطلقت
    إيران … صاروخ باتجاه إسرائيل»), or after «إلى» that a flight's verb opens («فر … إلى
    السعودية»), read as its country, the place aimed at, where the gazetteer has the country
    by the same name; and one named right after a pull-out's «من» («بدأت الانسحاب من
    جورجيا»), the country left."""
    found: list[Mention] = []
    for m in mentions:
        country = lexicon.country_of_state.get(m.iri) if m.kind == "actor" and not m.said else None
        toward = country and (
            _TOWARD.search(fold(body[max(0, m.start - offset - 10) : m.start - offset]))
            or _FLED_TO.search(fold(body[max(0, m.start - offset - 60) : m.start - offset]))
            or _PULLED_OUT_OF.search(fold(body[max(0, m.start - offset - 20) : m.start - offset]))
        )
        place = country_mention(lexicon, country) if toward else None
        found.append(replace(place, start=m.start, end=m.end, text=m.text) if place else m)
    return found


# «في عدة مدن يمنية» (in several Yemeni towns): towns of a country its adjective names,
# none named (folded)
_TOWNS_OF = re.compile(r"(?<!\w)في\s+(?P<words>عده\s+مدن\s+(?P<adjective>[^\s،.]+))")


def towns_of_a_country(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with «في عدة مدن يمنية» (in several Yemeni towns, none
    named) read as the country the adjective names, where; marked as said so."""
    found = list(mentions)
    for match, start, end in unnamed(body, offset, _TOWNS_OF, "words", mentions):
        country = country_mention(lexicon, country_by_adjective(match.group("adjective"), lexicon))
        if country is not None:
            said = body[start - offset : end - offset]
            found.append(replace(country, start=start, end=end, said=said))
    return sorted(found, key=lambda m: m.start)


# fighters of the clans or tribes, not named: «مقاتلين من العشائر المحلية», «مقاتلي العشائر»
# (folded)
_TRIBAL = re.compile(
    r"(?<!\w)[وفبل]?(?P<words>(?:ال)?مقاتل(?:ين|ي|و|ون)\s+(?:من\s+)?(?:ابناء\s+)?العشاير"
    r"(?:\s+المحليه)?)(?!\w)"
)


def tribal_fighters(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon, country: str | None
) -> list[Mention]:
    """The sentence's mentions, with fighters of the clans or tribes («بمساندة مقاتلين من
    العشائر المحلية») read as the one gazetteer entry named for a country's clans or tribes
    (a name with «العشائر» or «العشائرية») whose `ckg:nationality` is the country of the
    sentence's places (`country`: Somalia's clan militias at Harardhere), marked as said
    so; nothing where there is no such entry, or more than one."""
    of_country = [
        iri for iri in lexicon.tribal if country and lexicon.nationality.get(iri) == country
    ]
    if len(of_country) != 1:
        return mentions
    tribes = _of_the_country(lexicon, of_country[0], 0, 0, "")
    return _each_read_as(body, offset, mentions, _TRIBAL, tribes)


# a minister named by his office and his state's adjective (folded): «وزير الإعلام الصومالي»
_MINISTER = re.compile(
    r"(?<!\w)[وفبل]?(?P<words>(?:ال)?وزير\s+(?:ال)?\w+\s+(?P<adjective>ال\w+ي))(?!\w)"
)


def unnamed_ministers(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with a minister not named («وفق ما أعلن وزير الإعلام
    الصومالي») read as the government of the state his title's adjective names, marked as
    said so; one named right after («وزير الدفاع الروسي سيرغي شويغو») is the person."""
    found = list(mentions)
    for match, start, end in unnamed(body, offset, _MINISTER, "words", mentions):
        if any(m.person and not body[end - offset : m.start - offset].strip() for m in mentions):
            continue
        government = lexicon.governments.get(
            country_by_adjective(match.group("adjective"), lexicon) or ""
        )
        if government is not None:
            iri, label = government
            said = body[start - offset : end - offset]
            found.append(Mention(start, end, label, iri, "actor", False, said=said))
    return sorted(found, key=lambda m: m.start)


# «التلفزيون الرسمي», «الإذاعة الرسمية» with no nation's adjective after: a state's media
# (folded)
_STATE_MEDIA = re.compile(
    r"(?<!\w)[وفبل]?(?P<words>(?P<head>التلفزيون|الاذاعه)\s+(?P<official>الرسمي|الرسميه))"
    r"(?!\w)(?!\s+ال\S+(?:ي|يه)(?!\w))"
)


def state_media(
    body: str,
    offset: int,
    mentions: list[Mention],
    lexicon: Lexicon,
    country: str | None,
    of_the_dateline: bool = False,
) -> list[Mention]:
    """The sentence's mentions, with «التلفزيون الرسمي» (state television) told with no
    nation's adjective («وفق ما أعلن التلفزيون الرسمي» in a report from Damascus) read as
    the gazetteer's one named so with the adjective of `country` (the country the sentence
    is about, else the dateline's, `of_the_dateline`: «التلفزيون الرسمي السوري»), marked as
    said so."""
    found = list(mentions)
    for match, start, end in unnamed(body, offset, _STATE_MEDIA, "words", mentions):
        named = sorted(
            (iri, " ".join(words))
            for words, (iri, kind, _) in lexicon.names.items()
            if kind == "actor"
            and len(words) == 3
            and words[:2] == (match.group("head"), match.group("official"))
            and country is not None
            and country_by_adjective(words[2], lexicon) == country
        )
        if named:
            iri, label = named[0]
            said = body[start - offset : end - offset]
            text = lexicon.actor_names.get(iri, label)
            found.append(
                Mention(
                    start,
                    end,
                    text,
                    iri,
                    "actor",
                    False,
                    said=said,
                    by_dateline=of_the_dateline,
                    by_country=not of_the_dateline,
                )
            )
    return sorted(found, key=lambda m: m.start)


# «حكومته», «حكومتها»: his (her) government (folded)
_HIS_GOVERNMENT = re.compile(r"(?<!\w)[وفبل]?(?P<words>حكومت(?:\u0647|\u0647\u0627))(?!\w)")


def his_government(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with «حكومته» after a person named before in the sentence
    («أعلن الرئيس … دونغ فان مينه … استسلام حكومته») read as the government of his state
    (his ckg:nationality) in the report's days, marked as said so; nothing where the
    gazetteer gives him no nationality or his state no government."""
    found = list(mentions)
    for _, start, end in unnamed(body, offset, _HIS_GOVERNMENT, "words", mentions):
        person = next((m for m in reversed(mentions) if m.person and m.end <= start), None)
        government = lexicon.governments.get(
            lexicon.nationality.get(person.iri, "") if person is not None else ""
        )
        if government is not None and person is not None:
            iri, label = government
            said = body[start - offset : end - offset]
            found.append(
                Mention(
                    start, end, label, iri, "actor", False, said=said, government_of=person.text
                )
            )
    return sorted(found, key=lambda m: m.start)


# «ومينائها», «ومطارها» after a city: its port, its airport (folded), and the head word of
# their names in the gazetteer
_ITS_SITE = re.compile(r"(?<!\w)و?(?P<words>(?P<site>مينا[يء]|مطار)(?:\u0647\u0627|\u0647))(?!\w)")
_SITE_NAMED = {"مينا": "ميناء", "مطار": "مطار"}


def is_its_site(said: str) -> bool:
    """The words are a city's site told by a pronoun: «مطارها», «ومينائها»."""
    return _ITS_SITE.fullmatch(fold(said)) is not None


def its_sites(body: str, offset: int, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The sentence's mentions, with a city's port or airport told by a pronoun after the
    city, the last named before it in the sentence («مدينة الحديدة الساحلية ومينائها», «دخلت
    مدينة كيندو في شرق البلاد وسيطرت على مطارها») read as the gazetteer's entry of that name
    («ميناء الحديدة»), marked as said so; nothing where the gazetteer has none."""
    found = list(mentions)
    for match, start, end in unnamed(body, offset, _ITS_SITE, "words", mentions):
        cities = [m for m in mentions if m.kind == "place" and m.city and m.end <= start]
        if not cities:
            continue
        head = _SITE_NAMED[match.group("site")[:4]]  # («مينائها», «ميناءه»: «ميناء»)
        city = tuple(fold(cities[-1].text).split())
        city = city[1:] if city[:1] in (("مدينه",), ("بلده",)) else city
        entry = lexicon.names.get((head, *city))
        if entry is None or entry[1] != "place":
            continue
        said = body[start - offset : end - offset]
        label = f"{head} {' '.join(city)}"
        found.append(Mention(start, end, label, entry[0], "place", False, said=said))
    return sorted(found, key=lambda m: m.start)


# «المرفأ», «المطار», «الميناء» alone, or with «العاصمة» / «المدينة» after it (folded); not
# with an adjective of its own («المطار العسكري»: another description)
_THE_SITE = re.compile(
    r"(?<!\w)[وفبل]?(?P<words>ال(?P<site>مرفا|مطار|ميناء)(?!\s+ال\w+(?:ي|يه)(?!\w))"
    r"|(?P<of>مرفا|مطار|ميناء)\s+(?P<whose>العاصمه|المدينه))(?!\w)"
)


def sites_of_the_city(
    body: str,
    offset: int,
    mentions: list[Mention],
    lexicon: Lexicon,
    city: str | None,
    capital: str | None,
    before: Sequence[Mention] = (),
) -> list[Mention]:
    """The sentence's mentions, with «المرفأ» (the port) or «المطار» alone read as the
    gazetteer's one port or airport of the city named last (`city`, or one the sentence
    names before it), «مطار المدينة» too, and «مرفأ العاصمة» as the capital's (`capital`),
    marked as said so; nothing where the gazetteer has none, or more than one, nor where a
    port or airport was named before (`before`, the report's places: «المطار» refers back to
    it)."""
    found = list(mentions)
    for match, start, end in unnamed(body, offset, _THE_SITE, "words", mentions):
        head = match.group("site") or match.group("of")
        named = [*before, *(m for m in mentions if m.end <= start)]
        if any(m.kind == "place" and fold(m.text).split()[:1] == [head] for m in named):
            continue
        here = [m.iri for m in mentions if m.kind == "place" and m.city and m.end <= start]
        whose = capital if match.group("whose") == "العاصمه" else here[-1] if here else city
        site = _site(lexicon, whose or "", head)
        if site is None:
            continue
        said = body[start - offset : end - offset]
        found.append(Mention(start, end, site[1], site[0], "place", False, said=said))
    for m in list(found):
        # «ميناء منروفيا»: the port of the city named right after the word, the gazetteer's
        # (under either word for a port: «مرفأ منروفيا»)
        words = list(re.finditer(r"\S+", body[max(0, m.start - offset - 8) : m.start - offset]))
        head = fold(words[-1].group()) if words else ""
        site = _site(lexicon, m.iri, head) if m.kind == "place" and m.city else None
        if site is not None and words:
            # (named so, as written: quoted, not read as a reference)
            start = max(offset, m.start - 8) + words[-1].start()
            found.remove(m)
            written = body[start - offset : m.end - offset]
            found.append(Mention(start, m.end, written, site[0], "place", False))
    return sorted(found, key=lambda m: m.start)


def _site(lexicon: Lexicon, city: str, head: str) -> tuple[str, str] | None:
    """The city's one port or airport under its head word, a port under either of its
    words («مرفأ», «ميناء»)."""
    other = {"مرفا": "ميناء", "ميناء": "مرفا"}.get(head, head)
    return lexicon.sites.get((city, head)) or lexicon.sites.get((city, other))


def joined_forces(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with a nationality joined by «و» to a state's forces named
    by theirs («القوات التركية والروسية») read as that country's forces too, not its state,
    marked as said so."""
    found: list[Mention] = []
    for m in mentions:
        last = found[-1] if found else None
        country = country_by_adjective(fold(m.text)[1:], lexicon) if m.metonym else None
        forces = lexicon.forces.get(country or "")
        if (
            last is not None
            and forces is not None
            and fold(m.text).startswith("\u0648")
            and last.iri in lexicon.state_forces
            and fold(last.text).startswith("القوات")
            and not body[last.end - offset : m.start - offset].strip()
        ):
            iri, label = forces
            m = Mention(m.start, m.end, label, iri, "actor", False, said=m.text, nationality=m.text)
        found.append(m)
    return found


# «الإسلاميون» (the Islamists) alone (folded)
_THE_ISLAMISTS = re.compile(r"(?<!\w)[وفبل]?(?P<word>الاسلاميون|الاسلاميين)(?!\w)")


def the_islamists(
    body: str, offset: int, mentions: list[Mention], seen: list[Mention]
) -> list[Mention]:
    """The sentence's mentions, with «الإسلاميون» (the Islamists) read as the last actor
    named with «إسلامية» in its name («المجموعات الإسلامية المسلحة … التي سيطر عليها
    الإسلاميون»), marked as said so; nothing where none was."""
    found = list(mentions)
    for _match, start, end in unnamed(body, offset, _THE_ISLAMISTS, "word", mentions):
        named = [
            m
            for m in [*seen, *mentions]
            if m.kind == "actor" and m.end <= start and "اسلامي" in fold(m.text)
        ]
        if named:
            said = body[start - offset : end - offset]
            found.append(referring(named[-1], start, end, said))
    return sorted(found, key=lambda m: m.start)


def _overlaps_not_inside(m: Mention, start: int, end: int) -> bool:
    """Whether a mention overlaps the span other than as a shorter name inside it."""
    inside = start <= m.start and m.end <= end and m.end - m.start < end - start
    return m.start < end and start < m.end and not inside


def _of_or_the(word: str) -> str:
    """A pattern for a word of a description after its first, with its article or with «ل»
    on it («قاعدة القوات الكينية», «قاعدة للقوات الكينية»)."""
    if word.startswith("\u0627\u0644"):
        return "(?:\u0627\u0644|\u0644\u0644)" + re.escape(word[2:])
    return re.escape(word)


# «قوات حفظ السلام التابعة لـ», «قوات حفظ السلام الدولية التابعة لـ» (folded, as a pattern)
_PEACEKEEPERS_OF = r"قوات\s+حفظ\s+السلام\s+(?:الدوليه\s+)?التابعه\s+"


def _indefinite(words: tuple[str, ...]) -> str:
    """A pattern for a description of two words or more all made definite, told without
    the article, a plural in either case («الجنود المتمردون»: «جنود متمردين»); "" for one
    that is not."""
    if len(words) < 2 or not all(w.startswith("\u0627\u0644") for w in words):
        return ""
    return r"\s+".join(
        re.escape(w[2:-2]) + "(?:ون|ين)" if w.endswith(("ون", "ين")) else re.escape(w[2:])
        for w in words
    )


def placed_entries(
    body: str, offset: int, mentions: list[Mention], lexicon: Lexicon
) -> list[Mention]:
    """The sentence's mentions, with a description the gazetteer gives with a place («من
    الجماعات المتطرفة», the entry «الجماعات المتطرفة في بنغازي»; «القصر الرئاسي», the place
    «القصر الرئاسي في الخرطوم»; «قاعدة للقوات الكينية», the place «قاعدة القوات الكينية في
    العدي») read as that entry where the sentence names the place, marked as said so;
    nothing where it does not."""
    found = list(mentions)
    here = {m.iri: m.text for m in mentions if m.kind == "place"}
    # (or the country one of them lies in: «الصرب في كرواتيا» in a sentence naming «غرب
    # سلافونيا», in Croatia)
    for m in mentions:
        if m.kind == "place" and m.in_country is not None:
            here.setdefault(m.in_country[0], m.text)
    for words, entries in sorted(lexicon.placed.items()):
        named = [(iri, where, label) for iri, where, label in entries if where in here]
        if len(named) != 1:
            continue
        joined = r"\s+".join([re.escape(words[0]), *map(_of_or_the, words[1:])])
        if words[0] == "قوات" and len(words) > 1:
            # («قوات حفظ السلام التابعة للأمم المتحدة» for «قوات الأمم المتحدة»: its
            # peacekeepers, told as belonging to it)
            joined += "|" + _PEACEKEEPERS_OF + r"\s+".join(map(_of_or_the, words[1:]))
        told = f"{joined}|{_indefinite(words)}" if _indefinite(words) else joined
        pattern = re.compile(rf"(?<!\w)[وفبل]?(?P<words>{told})(?!\w)")
        iri, where, label = named[0]
        kind = "actor" if "/id/actor/" in iri else "place"
        entry = named_entry(lexicon, label, kind)
        if entry is None:
            continue
        # (an actor named in the description stays one: «قاعدة للقوات الكينية» is the base
        # and names the Kenyan forces; a place named by the description alone gives way:
        # «المطار العسكري» of Deir ez-Zor's entry is Kunduz's in a sentence naming Kunduz,
        # whose entry has «المطار العسكري في قندوز»)
        places = [
            m
            for m in found
            if m.kind == "place" and (tuple(fold(m.text).split()) != words or m.iri == iri)
        ]
        for _match, start, end in unnamed(body, offset, pattern, "words", places):
            found = [
                m for m in found if not (m.kind == "place" and (m.start, m.end) == (start, end))
            ]
            if any(_overlaps_not_inside(m, start, end) for m in found):
                continue  # (an actor's name that is the description itself, or spans past it)
            # (a name inside the description is part of it: «الأمم المتحدة» in «قوات الأمم
            # المتحدة», read as the UN's force in the Congo)
            found = [m for m in found if not (start <= m.start and m.end <= end)]
            said = body[start - offset : end - offset]
            found.append(replace(entry, start=start, end=end, said=said, placed_in=here[where]))
    return sorted(found, key=lambda m: m.start)


# «لقوات المشير خليفة حفتر»: forces, maybe a title, before a person's name (folded, the text
# before the name)
_FORCES_OF = re.compile(r"(?:^|\s)[وفب]?(?:ل)?(?P<forces>قوات)\s+(?:\S+\s+){0,2}$")
# «معقل القائد»: the stronghold of, maybe a title, right before a person's name (folded)
_STRONGHOLD_OF = re.compile(
    r"(?:^|\s)معا?قل\s+(?P<title>(?:(?:القايد|الجنرال|الزعيم|المشير|العقيد|الرييس)\s+)?)$"
)  # («آخر أبرز معاقل الرئيس لوران ديزيريه كابيلا»: of the strongholds, a president's)
# «هجوم حفتر»: an operation named by the person whose forces carry it out (folded)
_OPERATION_OF = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:هجوم|عمليه|حمله)\s+$")


def leaders_forces(lexicon: Lexicon, person: Mention) -> Mention | None:
    """The gazetteer's actor named «قوات» and the person's name, else surname («قوات حفتر»:
    the Libyan National Army), else the forces it names loyal to him («قوات القذافي»: «القوات
    الموالية للقذافي»), if any."""
    return next(
        (
            entry
            for form, told in (("قوات {}", str), ("القوات الموالية {}", _to))
            for name in _names(person)
            if (entry := named_entry(lexicon, form.format(told(name)))) is not None
        ),
        None,
    )


def forces_of_a_leader(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The sentence's mentions, with a person's forces («آخر معقل لقوات المشير خليفة حفتر»)
    or an operation named by him («منذ بدء هجوم حفتر على العاصمة») read as the gazetteer's
    actor named «قوات» and that person's name or surname («قوات حفتر»: the Libyan National
    Army) in place of the person, marked as said so; left as they are where the gazetteer has
    no such name."""
    found: list[Mention] = []
    for m in mentions:
        if not m.person:
            found.append(m)
            continue
        before = text[max(0, m.start - 30) : m.start]
        folded, origin = without_marks(before)
        words = _FORCES_OF.search(folded)
        named = leaders_forces(lexicon, m)
        if named is not None and words is None and _OPERATION_OF.search(folded):
            found.append(replace(named, start=m.start, end=m.end, said=m.text, led_by=m.text))
            continue
        held = _STRONGHOLD_OF.search(folded)
        if named is not None and words is None and held is not None:
            # «مدينة طالقان، معقل القائد أحمد شاه مسعود»: the stronghold of his forces
            read = _read_from(named, text, m, before, origin[held.start("title")])
            found.append(replace(read, led_by=m.text))
            continue
        state = lexicon.forces.get(lexicon.nationality.get(m.iri, ""))
        if named is None and held is not None and state is not None and "الرييس" in held["title"]:
            # «مدينة كيندو، آخر أبرز معاقل الرئيس لوران ديزيريه كابيلا»: a president's
            # stronghold, no forces named after him: held by his state's forces
            found.append(_his_states_forces(state, text, m, before, origin[held.start("title")]))
            continue
        led = _led_by(text, m, lexicon) if named is None or words is None else None
        if led is not None:  # «قوات المجلس العسكري بقيادة الجنرال أنسومانه ماني»
            # (a name read inside its words, of an actor of another country than the
            # sentence's places, is theirs: «الجنود المتمردين» in «الجنود المتمردين بقيادة
            # الجنرال أنسومانه ماني» in Guinea-Bissau, not the gazetteer's Ivorian mutineers)
            countries = {
                lexicon.country_of.get(p.iri, p.iri) for p in mentions if p.kind == "place"
            }
            inside = [
                f
                for f in found
                if f.start < led.end
                and led.start < f.end
                and f.iri in lexicon.nationality
                and lexicon.country_of.get(lexicon.nationality[f.iri], lexicon.nationality[f.iri])
                not in countries
            ]
            start = min([led.start, *(f.start for f in inside)])
            found = [f for f in found if f not in inside]
            found.append(replace(led, start=start, said=text[start : led.end]))
            continue
        if named is None and words is not None and state is not None and "الرييس" in words[0]:
            # «قوات الرئيس سلفا كير»: a president's forces, none named after him, are his
            # state's (the gazetteer gives him a nationality)
            found.append(_his_states_forces(state, text, m, before, origin[words.start("forces")]))
            continue
        if named is None or words is None:
            found.append(m)
            continue
        read = _read_from(named, text, m, before, origin[words.start("forces")])
        found.append(replace(read, led_by=m.text, person_iri=m.iri))
    return found


def _his_states_forces(
    state: tuple[str, str], text: str, person: Mention, before: str, at: int
) -> Mention:
    """A president's state's forces (`state`: their IRI and name), read from the words that
    begin at `at` in `before` to his name's end, his name kept as the title they came from."""
    forces = Mention(0, 0, state[1], state[0], "actor", False)
    return replace(_read_from(forces, text, person, before, at), title=person.text)


def _read_from(entry: Mention, text: str, person: Mention, before: str, at: int) -> Mention:
    """`entry` read from the words that begin at `at` in `before` (the text right before the
    person, as written) to the person's name's end, marked as said so."""
    start = person.start - len(before) + at
    return replace(entry, start=start, end=person.end, said=text[start : person.end])


# «بقيادة», maybe a title, right before a person's name (folded)
_LED_BY = re.compile(
    r"(?:^|\s)بقياده(?:\s+(?:الجنرال|العقيد|المقدم|المشير|اللواء|الرييس|القايد|الزعيم))?\s*$"
)


def _led_by(text: str, person: Mention, lexicon: Lexicon) -> Mention | None:
    """The gazetteer's actor named by a description and «بقيادة» the person («المجلس العسكري
    بقيادة أنسومانه ماني»), told with a title before the name or «قوات» before the
    description («قوات المجلس العسكري بقيادة الجنرال أنسومانه ماني»), in place of the person,
    marked as said so; None where the words before are not its description."""
    before = text[max(0, person.start - 60) : person.start]
    led = _LED_BY.search(fold(before))
    if led is None:
        return None
    words = list(re.finditer(r"\S+", before[: before.rfind("بقيادة")]))
    for k in range(1, min(4, len(words)) + 1):
        description = words[-k:]
        entry = named_entry(
            lexicon, " ".join(w.group() for w in description) + f" بقيادة {person.text}"
        )
        if entry is None:
            continue
        first = len(words) - k  # («قوات» before the description: its forces, the same actor)
        if first > 0 and fold(words[first - 1].group()) in ("قوات", "وقوات", "لقوات"):
            first -= 1
        read = _read_from(entry, text, person, before, words[first].start())
        return replace(read, led_by=person.text)
    # «سيطر مسلحون بقيادة جهيمان العتيبي»: men led by him, his followers the gazetteer
    # names («أتباع جهيمان العتيبي», «أنصار …», «مقاتلو …»); the men maybe told of before
    # «بقيادة», in their clause («مسلحون إسلاميون قدموا من الشيشان بقيادة …»)
    men = next(
        (
            w
            for w in reversed(words[-6:])
            if fold(w.group()).removeprefix("ال") in _MEN_LED
            and not re.search(r"[،.]", before[w.end() :])
        ),
        None,
    )
    if men is None:
        return None
    for head in ("أتباع", "أنصار", "مقاتلو"):
        entry = named_entry(lexicon, f"{head} {person.text}")
        if entry is not None:
            read = _read_from(entry, text, person, before, men.start())
            return replace(read, led_by=person.text)
    # (or the one group the gazetteer names by another description and «بقيادة» him: «الجنود
    # المتمردين بقيادة الجنرال أنسومانه ماني», «المجلس العسكري بقيادة أنسومانه ماني»)
    tail = ("بقياده", *fold(person.text).split())
    groups = sorted(
        {
            iri
            for words, (iri, kind, _) in lexicon.names.items()
            if kind == "actor" and len(words) > len(tail) and words[-len(tail) :] == tail
        }
    )
    if len(groups) == 1:
        group = Mention(0, 0, lexicon.english.get(groups[0], groups[0]), groups[0], "actor", False)
        read = _read_from(group, text, person, before, men.start())
        return replace(read, led_by=person.text)
    return None


# men, armed or fighting, told as led by someone («مسلحون بقيادة …») (folded)
_MEN_LED = ("مسلحون", "مسلحين", "مقاتلون", "مقاتلين", "متمردون", "متمردين", "عناصر")


def country_by_adjective(word: str, lexicon: Lexicon) -> str | None:
    """The country an adjective of nationality names (folded: «السوريين», «العراقية»), if
    it is one of the gazetteer's."""
    adjective, _, after = word.partition(" ")
    after = re.sub(r"^\u0627\u0644", "", after)
    if after in ("جنوبيه", "شماليه"):
        # «كورية جنوبية»: an adjective, then a side's («كوريا الجنوبية»)
        stem = _adjective_stem(adjective)
        side = after[:4]
        return next(
            (
                country
                for country, label in sorted(lexicon.countries.items())
                if len(parts := fold(label).split()) == 2
                and _bare_name(parts[0]) == stem
                and parts[1].startswith(f"ال{side}")
            ),
            None,
        )
    side, _, last = word.rpartition(" ")  # («جنوب أفريقية»: a side, then the adjective)
    side = re.sub(r"^\u0627\u0644", "", side)
    if side not in ("", "جنوب", "شمال"):
        return None
    stem = _adjective_stem(last)
    if stem is None:
        return None
    named = f"{side} {stem}".strip()
    for country, label in sorted(lexicon.countries.items()):
        bare = _bare_name(fold(label))  # «العراق»: «عراق»
        # (a name ending in «و» takes «ف» or «ل» before the ending: «البيروفي» of «البيرو»,
        # «التوغولي» of «توغو»)
        if (
            named == bare
            or (bare.endswith("\u0648") and named in (bare + "\u0641", bare + "\u0644"))
            # (a name ending in «ي» keeps it: «الماليين» of «مالي»)
            or (bare.endswith("\u064a") and named + "\u064a" == bare)
            # (a country named by the adjective itself: «السعودية»)
            or (not side and re.sub(r"^\u0627\u0644", "", last) == bare)
        ):
            return country
    # («المقدونية» of «مقدونيا الشمالية»: the adjective of the name's first word, where it is
    # one country's alone; «الكورية» is of two)
    first = [
        country
        for country, label in sorted(lexicon.countries.items())
        if " " in label.strip() and _bare_name(fold(label).split()[0]) == named
    ]
    if first or side:
        return first[0] if len(first) == 1 else None
    # («الإيفوارية» of «ساحل العاج»: the adjective its army is named by, «الجيش الإيفواري»,
    # where it is one country's alone; not a people's of many states: «المقاتلين العرب» are
    # no state's though the Arab Legion was Jordan's army, «الفيلق العربي»)
    if stem in _PEOPLES_OF_MANY_STATES:
        return None
    by_army = {
        country
        for head, country, _, label, _, _ in lexicon.bodies
        if head == "الجيش"
        and len(words := fold(label).split()) == 2
        and _adjective_stem(words[1]) == stem
    }
    return by_army.pop() if len(by_army) == 1 else None


# the stems of peoples of many states (folded): «عرب», the Arabs
_PEOPLES_OF_MANY_STATES = frozenset({"عرب"})


def _bare_name(name: str) -> str:
    """A country's name (folded) without its article and its last alef, or «يا»: «العراق»
    as «عراق», «سوريا» as «سور»."""
    return re.sub(r"^\u0627\u0644|\u064a?\u0627$", "", name)


def _adjective_stem(word: str) -> str | None:
    """The noun an adjective of origin is made from, its article and ending off (folded:
    «العراقية», «السوريين», «الشيشانية», the dual «أوكرانيتين»), or None where it has
    neither."""
    stem = re.sub(
        r"^\u0627\u0644|(?:\u064a\u064a\u0646|\u064a\u0648\u0646|\u064a\u062a\u064a\u0646|\u064a\u0647|\u064a)$",
        "",
        word,
    )
    return None if len(stem) < 3 or stem == word else stem


def _seat_by_adjective(
    word: str, named: list[Mention], start: int, lexicon: Lexicon
) -> Mention | None:
    """The city named before `start`, or the one a site named lies in, in the province an
    adjective names (folded: «الشيشانيه», the Chechen, for «القصر الرئاسي في غروزني» in
    «الشيشان»), if any."""
    stem = _adjective_stem(word)
    if stem is None:
        return None
    for m in reversed([m for m in named if m.end <= start and m.kind == "place"]):
        if m.in_province is None or re.sub(r"^\u0627\u0644", "", fold(m.in_province[1])) != stem:
            continue
        if m.city:
            return m
        if m.in_city is not None:
            return named_entry(lexicon, m.in_city[1], "place")
    return None


# «العاصمة» (the capital), maybe with the adjective of its country («العاصمة الليبية»)
_THE_CAPITAL = re.compile(r"(?<!\w)[وفبل]?(?P<word>العاصمه(?:\s+(?P<adjective>ال\w+))?)(?!\w)")


# its adjectives that name another city than the seat (folded): economic, commercial
_NOT_THE_SEAT = ("الاقتصاديه", "التجاريه")


def _capital_of(m: Mention, lexicon: Lexicon) -> str | None:
    """The capital a mention names, or the one the place it names lies in."""
    if m.iri in lexicon.capitals:
        return m.iri
    if m.kind == "place" and m.in_city is not None and m.in_city[0] in lexicon.capitals:
        return m.in_city[0]
    return None


def capital_of_the_dateline(dateline: str | None, lexicon: Lexicon) -> str | None:
    """The dateline's city if it is a capital, else the capital of the country it lies in."""
    if dateline is None or dateline in lexicon.capitals:
        return dateline
    return lexicon.seat_of(lexicon.country_of.get(dateline))


def the_capital(
    body: str,
    offset: int,
    mentions: list[Mention],
    before: list[Mention],
    lexicon: Lexicon,
    dateline: str | None,
) -> list[Mention]:
    """The sentence's mentions, with «العاصمة» (the capital) not followed by its name read
    as the capital of the country its adjective names («العاصمة الليبية»), else the last
    capital named, or the capital a place named lies in (`before`, then the sentence: «مقر
    القذافي في طرابلس … معظم العاصمة», «القصر الجمهوري في بغداد … في العاصمة»),
    else the dateline's city if it is a capital, else its country's capital («بورتسودان:»:
    Khartoum); marked as said so."""
    found = list(mentions)
    for match, start, end in unnamed(body, offset, _THE_CAPITAL, "word", mentions):
        after = next((m for m in mentions if 0 <= m.start - end <= 1), None)
        if after is not None:  # «العاصمة طرابلس»: the name follows
            capital = lexicon.seat_of(after.iri)
            if after.kind == "place" and capital is not None:
                # «في العاصمة تونس»: the capital named as its country is, the city
                the_city = replace(after, iri=capital, said=after.text, city=True, broad=False)
                found = [the_city if m is after else m for m in found]
            continue
        if match.group("adjective") in _NOT_THE_SEAT:
            # «العاصمة الاقتصادية» (the economic capital): the last city named that is not
            # the seat of its state («محاولة انقلاب فاشلة في أبيدجان»), else nothing
            cities = [
                m
                for m in [*before, *mentions]
                if m.kind == "place" and m.city and m.end <= start and m.iri not in lexicon.capitals
            ]
            if cities:
                found.append(referring(cities[-1], start, end, body[start - offset : end - offset]))
            continue
        country = country_by_adjective(match.group("adjective") or "", lexicon)
        seat = (
            _seat_by_adjective(match.group("adjective") or "", [*before, *mentions], start, lexicon)
            if country is None
            else None
        )
        if seat is not None:  # («في العاصمة الشيشانية»: the city named, in Chechnya)
            found.append(
                replace(seat, start=start, end=end, said=body[start - offset : end - offset])
            )
            continue
        if match.group("adjective") and country is None:
            end = start + len(body[start - offset :].split()[0])  # (another word after it)
        # (a capital named, or a place in one: «القصر الجمهوري في بغداد … في العاصمة»)
        named = [
            m
            for m in [*before, *mentions]
            if m.end <= start and _capital_of(m, lexicon) is not None
        ]
        if country is None and not named:
            # («اجتاحت القوات العراقية الكويت وسيطرت على العاصمة»: the capital of the country
            # the sentence named before it, rather than the dateline's)
            # (not one gone to: «غادر … البلاد إلى نيجيريا، … مرفأ العاصمة» is Liberia's)
            countries = [
                m
                for m in mentions
                if m.kind == "place"
                and m.iri in lexicon.countries
                and m.end <= start
                and fold(body[max(0, m.start - offset - 8) : m.start - offset]).split()[-1:]
                != ["الي"]
            ]
            country = countries[-1].iri if countries else None
        if country is not None:
            city = lexicon.seat_of(country)
        else:
            city = (
                _capital_of(named[-1], lexicon)
                if named
                else capital_of_the_dateline(dateline, lexicon)
            )
        if city is None:
            continue
        said = body[start - offset : end - offset]
        if named and named[-1].iri == city:
            found.append(referring(named[-1], start, end, said))
            continue
        names = lexicon.names_of(city)
        entry = named_entry(lexicon, names[0], "place") if names else None
        if entry is not None:  # (named as the gazetteer writes it, not folded)
            named_as = lexicon.arabic.get(city, entry.text)
            found.append(replace(entry, start=start, end=end, said=said, text=named_as))
    return sorted(found, key=lambda m: m.start)
