"""Names of the gazetteer's actors and places found in Arabic text.

Every Arabic label of an actor or a place (rdfs:label, skos:altLabel; skos:hiddenLabel for
the metonyms a state is named by, «واشنطن») is a name. A name is found in a sentence word by
word on folded text (hamza forms, alef maqsura, ta marbuta, diacritics, tatweel:
conflictkg.arabic.fold), with the clitics Arabic writes on the first word taken off (و ف,
then ب ل ك, and «لل» for ل + the article) and the text's article optional (a name given bare
is found with it, but one given with the article is not found without it: «فرقة», a band, is
no «ف» on «الرقة»); spacing slips inside a name («الولاياتالمتحدة») are caught by also
trying the name's words run together; a border's name of two adjectives is found in either
order; a name of two words is found with «بلدة», «مدينة» or «قرية» between them («جرود بلدة
عرسال»); a state's adjective that is its metonym also as a feminine, a dual or a plural
(«تركية», «تركيتان», «أميركيون»). The longest name wins where names overlap.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from ..arabic import fold
from ..namespaces import CKG

_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u0640\u064B-\u0652\w]+")


# how long after a state's body's last day a report may still tell of it as the state's
_TOLD_AFTER = dt.timedelta(days=7)
# the head words of a city's port or airport (folded): «مرفأ», «مطار», «ميناء»
_SITE_WORDS = ("مرفا", "مطار", "ميناء")


def _of_its_country(words: list[str], country: str) -> bool:
    """Whether folded words are one adjective of a country's name as written («الهايتيه»
    of «هايتي», «الأذربيجانيه» of «أذربيجان», «السوريه» of «سوريا»)."""
    name = re.sub(r"^\u0627\u0644|(?:\u064a\u0627|\u0627|\u064a)$", "", fold(country))
    stem = (
        re.sub(r"^\u0627\u0644|\u064a(?:\u0647|\u064a\u0646|\u0648\u0646)?$", "", words[0])
        if words
        else ""
    )
    return len(words) == 1 and len(name) >= 3 and stem == name


def _day(gazetteer: Graph, subject: Node, prop: URIRef) -> dt.date | None:
    """The day an entry's property gives, if it is one."""
    value = gazetteer.value(subject, prop)
    day = value.toPython() if isinstance(value, Literal) else None
    return day if isinstance(day, dt.date) else None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    iri: str
    kind: str  # actor | place
    metonym: bool  # named by a metonym («واشنطن» for the United States)
    broad: bool = False  # a country or a river: what a pronoun hardly refers to
    person: bool = False  # a person: a speaker, never the force that takes a town
    city: bool = False  # a city: what «المدينة» (the city) refers back to
    said: str = ""  # a bare word standing for this actor, named before («الجيش»), as written
    # the city a place lies in (its IRI and Arabic label): what «المدينة» may refer back to
    # after «مطار الموصل»
    in_city: tuple[str, str] | None = None
    in_province: tuple[str, str] | None = None  # the same for «المحافظة»
    # «الجيش» read as the army of the country the report is datelined in, none named before
    by_dateline: bool = False
    # «المقاتلين الأكراد» with none named before: the actor of that affiliation and of the
    # country the sentence's places lie in
    by_country: bool = False
    in_country: tuple[str, str] | None = None  # the country it is or lies in: «البلاد»
    # the title, with a state's adjective, of a person whose state's forces this stands for:
    # «رئيس الوزراء العراقي» (the operation he announces, «قواته»: the Iraqi forces)
    title: str = ""
    # an area rather than a town or a province (ckg:Area, ckg:District, ckg:Countryside,
    # ckg:DesertArea): what «المنطقة» (the area) refers back to first
    area: bool = False
    # a group named by whom it is loyal to, a pronoun («الفصائل السورية الموالية لها»): that
    # actor, named before, as written
    loyal_to: str = ""
    # a ministry whose aircraft or forces strike («أعلنت وزارة الدفاع التركية أن طائراتها
    # شنت غارات»), read as the state it is part of: the ministry as written
    state_body: str = ""
    # a description the gazetteer gives with a place («الجماعات المتطرفة في بنغازي»), read in
    # a sentence that names the place: that place as written
    placed_in: str = ""
    # the person as written's IRI (of `loyal_to`, or of `led_by`), where the gazetteer has
    # one: «الذي» after the forces stands for him («القوات الموالية للرئيس جواو برناردو فييرا،
    # الذي لجأ إلى …», «قوات حاكمها إسماعيل خان الذي لجأ إلى إيران»)
    person_iri: str = ""
    # a person's forces («لقوات المشير خليفة حفتر») read as the actor named after him: the
    # person as written
    led_by: str = ""
    # soldiers or forces by a nationality («الجنود النيجيريين», «القوات التركية والروسية»)
    # read as that country's forces: the adjective as written
    nationality: str = ""
    # «حكومته» after a person read as his state's government: the person as written
    government_of: str = ""
    # a state's body named before its days («الجيش الكونغولي» in 1964, an entry dated from
    # 1997) read as the body of that state and kind of the report's day: the name as written
    before_its_days: str = ""
    # a place whose name holds an actor's («مقر قيادة قوات الدفاع البنمية»): that actor's
    # IRI, its name as written and where it is in the place's name (from its start)
    holds: tuple[str, str, int, int] | None = None
    # an actor whose name holds a place's, not a country or a river («قوات ولاية حيدر
    # آباد»): that place, where the text names it
    named_place: Mention | None = None


# the side of a nation an army is of: «الجيش الكوري الجنوبي» (folded)
_SIDES = frozenset(("الجنوبي", "الشمالي", "الشرقي", "الغربي"))


# words after which a name that is also a common word is a place («في مالي», «شمال مالي»)
PLACE_BEFORE = frozenset(
    (
        *("في", "الي", "من", "عن", "داخل", "شمال", "جنوب", "شرق", "غرب", "وسط", "دوله", "عاصمه"),
        # (a town's head word: «قرب مدينة الزرقاء»)
        *("مدينه", "بلده"),
        # (a place left: «أن آخر جنود قوة برخان غادروا مالي»)
        *("غادر", "غادرت", "غادروا"),
    )
)


def forms(word: str) -> tuple[str, ...]:
    """The folded forms a written word may stand for, its clitics taken off: the word as
    written first, then the longer before the shorter («براوة» is Barawe before it is «ب»
    on «راوة»), whatever the hash seed."""
    out = {word}
    stems = {word}
    if len(word) > 2 and word[0] in "وف":  # «وسد الفرات»: a name's short first word too
        stems.add(word[1:])
    for stem in list(stems):
        if len(stem) > 3 and stem.startswith("لل"):
            stems.add("ال" + stem[2:])
        if len(stem) > 3 and (stem[0] in "بل" or stem.startswith("كال")):
            # («ك», like, only before the article: «كسرت», broke, is no «ك» on «سرت»)
            stems.add(stem[1:])
    for stem in stems:
        out.add(stem)
        if stem.startswith("ال") and len(stem) > 4:
            out.add(stem[2:])
    return tuple(sorted(out, key=lambda form: (-len(form), form)))


def _rank(entry: tuple[str, str, bool]) -> tuple[int, str]:
    """Which entry a name shared by two stands for: an actor's name before a place's (the
    actor «روسيا» rather than the country as a place), a metonym last, then the first IRI."""
    iri, kind, metonym = entry
    return (2 if metonym else 0 if kind == "actor" else 1, iri)


@dataclass
class Lexicon:
    names: dict[tuple[str, ...], tuple[str, str, bool]]  # folded words -> (iri, kind, metonym)
    longest: int
    broad: frozenset[str] = frozenset()  # countries and rivers
    persons: frozenset[str] = frozenset()
    cities: frozenset[str] = frozenset()
    english: dict[str, str] = field(default_factory=dict)  # iri -> English label
    # iri -> the ckg:affiliation local names of an actor («KurdishAffiliation»): what a
    # description such as «المقاتلون الأكراد» (the Kurdish fighters) may refer back to
    affiliations: dict[str, frozenset[str]] = field(default_factory=dict)
    in_city: dict[str, tuple[str, str]] = field(default_factory=dict)  # place -> its city
    state_forces: frozenset[str] = frozenset()  # a state's forces (ckg:stateOf): «القوات الحكومية»
    in_province: dict[str, tuple[str, str]] = field(default_factory=dict)  # -> its province
    provinces: frozenset[str] = frozenset()
    # a country -> its army (an actor ckg:stateOf it whose Arabic label begins «الجيش»), and
    # a place -> the country it lies in: what «الجيش» alone stands for in a report datelined
    # there («بغداد:»), no army named before
    armies: dict[str, tuple[str, str]] = field(default_factory=dict)
    country_of: dict[str, str] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # a country -> its Arabic label
    # a country -> its forces taken together (an actor ckg:stateOf it whose Arabic label
    # begins «القوات»), else its army: what «القوات الحكومية» stands for, none named before
    forces: dict[str, tuple[str, str]] = field(default_factory=dict)
    nationality: dict[str, str] = field(default_factory=dict)  # actor -> country (ckg:nationality)
    # a name two entries of the same kind both carry («قيادة العمليات المشتركة» given twice):
    # (the name as written, the IRIs, the one the drafts read it as), for a warning
    shared: list[tuple[str, tuple[str, ...], str]] = field(default_factory=list)
    areas: frozenset[str] = frozenset()  # ckg:Area, District, Countryside, DesertArea
    # a state's force -> its country (ckg:stateOf): whose «الفصائل الموالية لها» are
    state_of: dict[str, str] = field(default_factory=dict)
    # a country -> its government (an actor ckg:stateOf it whose Arabic label begins
    # «الحكومة»): what «الحكومة» alone stands for in a report datelined there, none named
    governments: dict[str, tuple[str, str]] = field(default_factory=dict)
    # a capital -> its country (ckg:capitalOf a ckg:Country): «موسكو» after a verb of saying
    # stands for the state
    capitals: dict[str, str] = field(default_factory=dict)
    # an actor -> the actor it is part of (ckg:partOf): a ministry's state, whose aircraft
    # «طائراتها» are
    part_of: dict[str, str] = field(default_factory=dict)
    # names that are also everyday words (ckg:alsoCommonWord, folded: «مالي», Mali and
    # «financial»): read as the entry only after a preposition or a side («في مالي»)
    common_words: frozenset[str] = frozenset()
    # an actor or a place named by a description and a place («الجماعات المتطرفة في بنغازي»,
    # «القصر الرئاسي في الخرطوم»): the description's folded words -> (the entry, the place,
    # its Arabic label), what the description alone stands for in a sentence naming the place
    placed: dict[tuple[str, ...], list[tuple[str, str, str]]] = field(default_factory=dict)
    # a place -> the strip it is or lies in (an entry whose Arabic label begins «قطاع»: «قطاع
    # غزة»), its IRI and label: what «القطاع» (the Strip) stands for after the place
    in_strip: dict[str, tuple[str, str]] = field(default_factory=dict)
    # a country -> its state actor (a ckg:StateActor ckg:stateOf it, under its own official
    # name): what the country's name or its capital after a verb of saying stands for
    states: dict[str, str] = field(default_factory=dict)
    # a district -> the one city the gazetteer places in it (ckg:within), its IRI and label:
    # what «مركزها» (its centre) after the district stands for
    seats: dict[str, tuple[str, str]] = field(default_factory=dict)
    # a country's bodies by the first word of their Arabic label («الجيش», «القوات»,
    # «الحكومه»), or by their class where the gazetteer dates them, each with the days it
    # was its state's (ckg:stateOfFrom, ckg:stateOfUntil; None where the gazetteer gives
    # none): what `as_of` picks the armies, forces and governments above from, for a
    # report's day
    bodies: tuple[tuple[str, str, str, str, dt.date | None, dt.date | None], ...] = ()
    # a country -> its police, picked from `bodies` as the armies are (an actor ckg:stateOf
    # it labelled «الشرطة» and the country's adjective, «الشرطة الهايتية»; not a branch,
    # «الشرطة الاتحادية»): what «الشرطة» alone stands for in a report datelined there, none
    # named before
    police: dict[str, tuple[str, str]] = field(default_factory=dict)
    # a state's body whose days (ckg:stateOfFrom) begin after the report's -> the body of
    # that state and kind of the report's day, its IRI and label: what its name stands
    # for then (`as_of`)
    not_yet: dict[str, tuple[str, str]] = field(default_factory=dict)
    # the non-state armed groups (ckg:NonStateArmedGroup): whom «المتمردون» (the rebels) may
    # stand for, none named as rebels
    armed_groups: frozenset[str] = frozenset()
    # (a city, «مرفا», «مطار» or «ميناء») -> the one port or airport the gazetteer places in
    # that city under that word (ckg:within), its IRI and label: what «المرفأ» (the port)
    # alone, or «مطار العاصمة» (the capital's airport), stands for
    sites: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    # a place's name that is a description and where it is («البلدة القديمة من القدس»,
    # «الحي اليهودي في البلدة القديمة»): the description's folded words (two or more, each
    # with the article) -> the whole names they begin, what the description alone stands for
    # once one of them has been said
    shortened: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    arabic: dict[str, str] = field(default_factory=dict)  # iri -> Arabic label, as written
    # an actor's name as written -> the place that ends it (`_place_inside`), once read
    _places_inside: dict[str, Mention | None] = field(default_factory=dict, repr=False)
    # the lexicon of each set of a day's bodies `as_of` has made, shared by them all (so the
    # reports of the days alike share one, and what it works out once)
    _of_days: dict[tuple[tuple[tuple[str, tuple[str, str]], ...], ...], Lexicon] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def from_graph(cls, gazetteer: Graph) -> Lexicon:
        names: dict[tuple[str, ...], tuple[str, str, bool]] = {}
        owners: dict[tuple[str, str], tuple[str, set[str]]] = {}  # (name, kind) -> IRIs
        place_names: list[tuple[str, str]] = []  # (IRI, Arabic name) of each place
        actor_labels: list[tuple[str, str]] = []  # (IRI, Arabic name) of each actor
        # (in IRI order, so that a name two entries share is resolved the same way each run)
        subjects = {s for s in gazetteer.subjects(RDF.type, None) if isinstance(s, URIRef)}
        for subject in sorted(subjects):
            iri = str(subject)
            kind = "actor" if "/id/actor/" in iri else "place" if "/id/place/" in iri else ""
            if not kind:
                continue
            for prop, metonym in (
                (RDFS.label, False),
                (SKOS.altLabel, False),
                (SKOS.hiddenLabel, True),
            ):
                for label in gazetteer.objects(subject, prop):
                    if isinstance(label, Literal) and label.language == "ar":
                        cls._add(names, str(label), (iri, kind, metonym))
                        if kind == "place" and not metonym:
                            place_names.append((iri, str(label)))
                        if kind == "actor" and not metonym:
                            actor_labels.append((iri, str(label)))
                        if not metonym:
                            key = (" ".join(fold(str(label)).split()), kind)
                            owners.setdefault(key, (str(label), set()))[1].add(iri)
                        words = str(label).split()
                        if (subject, RDF.type, CKG.Border) in gazetteer and len(words) == 3:
                            # a border between two is named in either order: «الحدود
                            # العراقية السورية» is «الحدود السورية العراقية»
                            swapped = " ".join((words[0], words[2], words[1]))
                            cls._add(names, swapped, (iri, kind, metonym))

        for entry_iri, name in place_names:
            # a two-word name told with the article on its second word, where no entry has
            # that form of its own: «مزار الشريف» for «مزار شريف»
            two = tuple(_WORD.findall(fold(name)))
            if len(two) == 2 and not any(w.startswith("ال") for w in two):
                names.setdefault((two[0], "ال" + two[1]), (entry_iri, "place", False))
        for entry_iri, name in actor_labels:
            # the army of a side of a nation («الجيش الفيتنامي الجنوبي», «الجيش الكوري
            # الشمالي») told as its forces, «القوات الفيتنامية الجنوبية», where no entry has
            # that form of its own (a nation's forces alone, «القوات الفيتنامية», are read by
            # referents.nationals, which knows no side after the nation)
            words = _WORD.findall(fold(name))
            army, nation, side = words if len(words) == 3 else ("", "", "")
            if army == "الجيش" and nation[:2] == "ال" and nation[-1:] == "ي" and side in _SIDES:
                forces = ("القوات", nation + "\u0647", side + "\u0647")
                names.setdefault(forces, (entry_iri, "actor", False))

        def of(*classes: URIRef) -> frozenset[str]:
            return frozenset(str(s) for c in classes for s in gazetteer.subjects(RDF.type, c))

        def labels(language: str) -> dict[str, str]:
            return {
                str(s): str(label)
                for s, label in gazetteer.subject_objects(RDFS.label)
                if isinstance(label, Literal) and label.language == language
            }

        english, arabic = labels("en"), labels("ar")
        affiliations: dict[str, set[str]] = {}
        for prop in (CKG.affiliation, CKG.majorityAffiliation):
            for actor, value in gazetteer.subject_objects(prop):
                affiliations.setdefault(str(actor), set()).add(str(value).rsplit("#", 1)[-1])
        cities, provinces = of(CKG.City), of(CKG.Province)
        for each in sorted(provinces):
            # «ريف الحسكة» (the countryside of Hasakah): the province «محافظة الحسكة», as the
            # hand encodings read it, unless the gazetteer names that countryside itself
            words = fold(arabic.get(each, "")).split()
            if words[:1] == ["محافظه"] and len(words) > 1:
                names.setdefault(("ريف", *words[1:]), (each, "place", False))
        within: dict[str, list[str]] = {}
        for place, container in gazetteer.subject_objects(CKG.within):
            within.setdefault(str(place), []).append(str(container))
        in_city = {
            place: (city, arabic[city])
            for place, containers in within.items()
            for city in containers
            if city in cities and city in arabic
        }

        def up_from(
            place: str, picks: Callable[[str], bool], seen: frozenset[str] = frozenset()
        ) -> str | None:
            """The first of `place` and the places it lies in (ckg:within, nearest first)
            that `picks`."""
            if picks(place):
                return place
            for container in sorted(within.get(place, [])):
                if container not in seen:
                    found = up_from(container, picks, seen | {place})
                    if found is not None:
                        return found
            return None

        countries, state_actors = of(CKG.Country), of(CKG.StateActor)

        def province_of(place: str) -> str | None:
            return up_from(place, lambda p: p in provinces)

        def country_of_place(place: str) -> str | None:
            return up_from(place, lambda p: p in countries)

        def strip_of(place: str) -> tuple[str, str] | None:
            found = up_from(place, lambda p: fold(arabic.get(p, "")).split()[:1] == ["قطاع"])
            return (found, arabic[found]) if found is not None else None

        country_of = {
            place: country for place in within if (country := country_of_place(place)) is not None
        }
        state_of = {str(f): str(s) for f, s in gazetteer.subject_objects(CKG.stateOf)}

        eras = {
            str(actor): (
                _day(gazetteer, actor, CKG.stateOfFrom),
                _day(gazetteer, actor, CKG.stateOfUntil),
            )
            for actor in {
                *gazetteer.subjects(CKG.stateOfFrom, None),
                *gazetteer.subjects(CKG.stateOfUntil, None),
            }
        }
        armed, governing = of(CKG.ArmedForce), of(CKG.Government)

        def head_of(force: str) -> str | None:
            """The body a state's actor is: by its label's first word («الجيش», «القوات»,
            «الحكومه»), or, for one the gazetteer dates, by its class («جيش التحرير الوطني
            الأوغندي» is Uganda's army of its days)."""
            words = fold(arabic.get(force, "")).split()
            if words[:1] == ["الشرطه"]:
                return (
                    "الشرطه"
                    if _of_its_country(words[1:], arabic.get(state_of[force], ""))
                    else None
                )
            if words and words[0] in ("الجيش", "القوات", "الحكومه"):
                return words[0]
            # (the government by its country's name: «حكومة بوركينا فاسو», «حكومة غواتيمالا»)
            if (
                words[:1] == ["حكومه"]
                and words[1:] == fold(arabic.get(state_of[force], "")).split()
            ):
                return "الحكومه"
            # (else by another of its names: «قوات الدفاع الوطني لجنوب أفريقيا», also
            # «الجيش الجنوب أفريقي»)
            other = sorted(
                first
                for name in gazetteer.objects(URIRef(force), SKOS.altLabel)
                if isinstance(name, Literal)
                and name.language == "ar"
                and (first := fold(str(name)).split()[:1]) in (["الجيش"], ["القوات"], ["الحكومه"])
            )
            if other and force not in eras:
                return other[0][0]
            if force in eras:
                return "الجيش" if force in armed else "الحكومه" if force in governing else None
            return None

        bodies = tuple(
            (head, state, force, arabic[force], *eras.get(force, (None, None)))
            for force, state in state_of.items()
            if (head := head_of(force)) is not None
        )
        in_province = {
            place: (province, arabic[province])
            for place in within
            if place not in provinces
            and (province := province_of(place)) is not None
            and province in arabic
        }
        return cls(
            names,
            max((len(k) for k in names), default=1),
            of(CKG.Country, CKG.River),
            of(CKG.Person),
            cities,
            english,
            {iri: frozenset(values) for iri, values in affiliations.items()},
            in_city,
            frozenset(state_of) - of(CKG.Government),  # (forces: not a government or ministry)
            in_province,
            provinces,
            {},  # (the armies, forces and governments: `as_of`'s, from `bodies`)
            country_of,
            {c: arabic[c] for c in countries if c in arabic},
            {},
            {str(a): str(c) for a, c in gazetteer.subject_objects(CKG.nationality)},
            [
                (label, tuple(sorted(iris)), names[tuple(name.split())][0])
                for (name, _), (label, iris) in sorted(owners.items())
                if len(iris) > 1
            ],
            of(CKG.Area, CKG.District, CKG.Countryside, CKG.DesertArea),
            state_of,
            {},
            {
                str(city): str(country)
                for city, country in gazetteer.subject_objects(CKG.capitalOf)
                if str(country) in countries
            },
            {str(part): str(whole) for part, whole in gazetteer.subject_objects(CKG.partOf)},
            frozenset(fold(str(word)) for word in gazetteer.objects(None, CKG.alsoCommonWord)),
            cls._placed(names, arabic),
            {
                place: strip
                for place in {*within, *arabic}
                if (strip := strip_of(place)) is not None
            },
            {
                country: actor
                for actor, country in state_of.items()
                if actor in state_actors and country in countries
            },
            cls._seats(within, of(CKG.District), cities, arabic),
            bodies,
            armed_groups=of(CKG.NonStateArmedGroup),
            sites=cls._sites(within, cities, arabic),
            shortened=cls._shortened(names),
            arabic=arabic,
        ).as_of(None)

    def as_of(self, day: dt.date | None) -> Lexicon:
        """The lexicon for a report of that day: a country's army, forces and government
        (what «الجيش», «القوات الحكومية», «الحكومة» alone stand for) are among the bodies of
        its state then, one the gazetteer dates to that day before one it does not date
        («القوات الحكومية» in Rwanda in July 1994 are the army of before, not today's); a body
        whose days are over, or not begun, is none of them (a report tells of the days
        before it: one over within a week before the report still is). With no day, those
        of now."""
        heads = ("الجيش", "القوات", "الحكومه", "الشرطه")
        undated: dict[str, dict[str, tuple[str, str]]] = {head: {} for head in heads}
        dated: dict[str, dict[str, tuple[str, str]]] = {head: {} for head in heads}
        for head, country, iri, label, first, last in self.bodies:
            if day is None and last is not None:
                continue
            if day is not None and (
                (first is not None and day < first)
                or (last is not None and day > last + _TOLD_AFTER)
            ):
                continue
            # (of two alike, the one read last)
            (undated if first is None and last is None else dated)[head][country] = (iri, label)
        # (a dated body, in its days, over an undated one, whatever their first words)
        armies = {**undated["الجيش"], **dated["الجيش"]}
        forces = {**undated["الجيش"], **undated["القوات"], **dated["الجيش"], **dated["القوات"]}
        governments = {**undated["الحكومه"], **dated["الحكومه"]}
        police = {**undated["الشرطه"], **dated["الشرطه"]}
        of_the_day = {"الجيش": armies, "القوات": forces, "الحكومه": governments, "الشرطه": police}
        not_yet = {
            iri: body
            for head, country, iri, _, first, _ in self.bodies
            if day is not None
            and first is not None
            and day < first
            and (body := of_the_day[head].get(country)) is not None
        }
        now = (armies, forces, governments, police, not_yet)
        if now == (self.armies, self.forces, self.governments, self.police, self.not_yet):
            return self
        key = tuple(tuple(sorted(bodies.items())) for bodies in now)
        if key not in self._of_days:
            self._of_days[key] = replace(
                self,
                armies=armies,
                forces=forces,
                governments=governments,
                police=police,
                not_yet=not_yet,
            )  # (the places inside actors' names are the same whatever the day: one cache)
        return self._of_days[key]

    @staticmethod
    def _seats(
        within: dict[str, list[str]],
        districts: frozenset[str],
        cities: frozenset[str],
        arabic: dict[str, str],
    ) -> dict[str, tuple[str, str]]:
        """Each district the gazetteer places exactly one city in -> that city (its IRI and
        Arabic label)."""
        in_district: dict[str, list[str]] = {}
        for place, containers in sorted(within.items()):
            for container in containers:
                if container in districts and place in cities and place in arabic:
                    in_district.setdefault(container, []).append(place)
        return {d: (c[0], arabic[c[0]]) for d, c in in_district.items() if len(c) == 1}

    @staticmethod
    def _sites(
        within: dict[str, list[str]], cities: frozenset[str], arabic: dict[str, str]
    ) -> dict[tuple[str, str], tuple[str, str]]:
        """Each city's one port or airport under its head word (`sites`)."""
        found: dict[tuple[str, str], list[str]] = {}
        for place, containers in sorted(within.items()):
            head = fold(arabic.get(place, "")).split()[:1]
            if head and head[0] in _SITE_WORDS:
                for city in containers:
                    if city in cities:
                        found.setdefault((city, head[0]), []).append(place)
        return {key: (p[0], arabic[p[0]]) for key, p in found.items() if len(p) == 1}

    @staticmethod
    def _shortened(
        names: dict[tuple[str, ...], tuple[str, str, bool]],
    ) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
        """The places' names that are a description, two words or more with the article,
        then «في» or «من» and where («البلدة القديمة من القدس»), by the description's
        folded words; not a description that is a name of its own."""
        found: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for words, (_, kind, _) in sorted(names.items()):
            cut = next((i for i, w in enumerate(words) if w in ("في", "من")), 0)
            if kind == "place" and cut >= 2 and all(w.startswith("ال") for w in words[:cut]):
                found.setdefault(words[:cut], []).append(words)
        return {head: tuple(whole) for head, whole in found.items() if head not in names}

    @staticmethod
    def _placed(
        names: dict[tuple[str, ...], tuple[str, str, bool]], arabic: dict[str, str]
    ) -> dict[tuple[str, ...], list[tuple[str, str, str]]]:
        """The actors and places whose Arabic label, or another of their names, is a
        description and a place it is in («الجماعات المتطرفة في بنغازي», «القصر الرئاسي في
        الخرطوم», «القصر الجمهوري في الخرطوم»), by the description's folded words."""
        placed: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
        labels = sorted(arabic.items())
        labels += sorted((iri, " ".join(name)) for name, (iri, _, _) in names.items())
        for iri, label in labels:
            words = fold(label).split()
            if "/id/" not in iri or "في" not in words[1:-1]:
                continue
            cut = len(words) - 1 - words[::-1].index("في")
            where = names.get(tuple(words[cut + 1 :]))
            entries = placed.setdefault(tuple(words[:cut]), [])
            if (
                # (an actor's people by one word too: «الصرب في كرواتيا»)
                (cut >= 2 or (cut == 1 and "/id/actor/" in iri))
                and where is not None
                and where[1] == "place"
                and all((iri, where[0]) != (i, w) for i, w, _ in entries)
            ):
                entries.append((iri, where[0], label))
        return {words: entries for words, entries in placed.items() if entries}

    def state_named(self, country: str) -> tuple[str, str] | None:
        """The actor a country stands for as a state: the actor named as the country is
        («روسيا»), else the state actor of it (ckg:stateOf), else its government; its IRI and
        Arabic label."""
        label = self.countries.get(country)
        entry = self.names.get(tuple(fold(label).split())) if label else None
        if label and entry is not None and entry[1] == "actor":
            return entry[0], label
        if label and country in self.states:  # (named by its country's name, given the place)
            return self.states[country], label
        return self.governments.get(country)

    def city_a_state_is_named_by(self, m: Mention) -> str | None:
        """The capital a state's mention names («أنقرة», the gazetteer's hidden name of Turkey),
        where the gazetteer names that city in full («مدينة أنقرة»), its bare name left to the
        state; else None."""
        if m.kind != "actor" or not m.metonym:
            return None
        # (the state's country: the one of its name, «تركيا»)
        country = self._country_named.get(self.arabic.get(m.iri, ""))
        city = self.seat_of(country)
        full = fold(self.arabic.get(city or "", "")).split()
        return city if full[1:] and full[-1:] == [fold(m.text)] else None

    def seat_of(self, country: str | None) -> str | None:
        """The capital of a country (the first in IRI order, where the gazetteer has two), or
        None."""
        return self._seat.get(country or "")

    @cached_property
    def _seat(self) -> dict[str, str]:
        """Each country -> its capital, the first in IRI order (read once, not at each call)."""
        return _first_of_each(self.capitals)

    @cached_property
    def _country_named(self) -> dict[str, str]:
        """Each country's Arabic name -> the country, the first in IRI order."""
        return _first_of_each(self.countries)

    def security_forces(self, country: str | None) -> tuple[str, str] | None:
        """A state's actor one of whose names begins «قوات الأمن» («قوات الأمن الكينية»,
        ckg:stateOf Kenya): what «قوات الأمن» alone stands for in a report about the country;
        its IRI and English label."""
        found = sorted(
            iri
            for words, (iri, _, _) in self.names.items()
            if words[:2] == ("قوات", "الامن") and self.state_of.get(iri) == country
        )
        return (found[0], self.english.get(found[0], found[0])) if found else None

    def forces_for_security(self, country: str | None) -> tuple[str, str] | None:
        """What a country's security forces are where the gazetteer names no body for them:
        the state itself where it has the state's forces as its army alone, or none (security
        forces are no army: «قوات الأمن الهندية»), else its forces taken together («القوات
        السعودية»); its IRI and label."""
        forces = self.forces.get(country or "")
        if country in self.states and forces == self.armies.get(country or ""):
            return self.states[country or ""], self.countries[country or ""]
        return forces

    def _country_of(self, iri: str) -> tuple[str, str] | None:
        country = iri if iri in self.countries else self.country_of.get(iri)
        return (country, self.countries[country]) if country in self.countries else None

    @staticmethod
    def _add(
        names: dict[tuple[str, ...], tuple[str, str, bool]],
        label: str,
        entry: tuple[str, str, bool],
    ) -> None:
        # (in words as a text is read in them: «الإسلامية-ولاية» is two)
        words = tuple(_WORD.findall(fold(label)))
        if not words:
            return
        variants = {words}
        if entry[2] and words[-1].endswith("ي"):
            # an adjective's feminine, duals and plurals: «روسي», «الروسية», «مقاتلتان
            # تركيتان», «طائرتين إسرائيليتين», «جنود أميركيون» (the last word's, of one of
            # two: «قوات جنوب أفريقية»)
            for ending in (
                "\u0647",
                "\u062a\u0627\u0646",
                "\u062a\u064a\u0646",
                "\u0627\u0646",
                "\u0648\u0646",
                "\u064a\u0646",
                "\u0627\u062a",
            ):
                variants.add((*words[:-1], words[-1] + ending))
        if words[0].startswith("ال") and len(words[0]) > 4:
            men = words[0].endswith(("ون", "ين")) and len(words) == 2
            if (len(words) > 2 or men) and words[1].startswith("ال") and len(words[1]) > 4:
                # a noun and its adjective told indefinite, the name going on: «جنود
                # منشقون عن الجيش الكونغولي» for «الجنود المنشقون عن الجيش الكونغولي»; or
                # men and their nation: «مسلحون شيشان» for «المسلحون الشيشان»
                variants.add((words[0][2:], words[1][2:], *words[2:]))
        if not entry[2] and len(words) > 1:
            # a name's plurals in the other case: «الجنود المنشقين عن …» (after a
            # preposition) for «الجنود المنشقون عن …», and the other way round
            for ending, other in (("ون", "ين"), ("ين", "ون")):
                swapped = tuple(
                    w[:-2] + other if w.endswith(ending) and len(w) > 4 else w for w in words
                )
                if swapped != words:
                    variants.add(swapped)
                    if swapped[0].startswith("ال") and len(swapped[0]) > 4:
                        variants.add((swapped[0][2:], *swapped[1:]))
        for variant in list(variants):  # «الديمقراطية», «الديموقراطية»: the press writes both
            for written, other in (("ديمقراط", "ديموقراط"), ("ديموقراط", "ديمقراط")):
                if any(written in w for w in variant):
                    variants.add(tuple(w.replace(written, other) for w in variant))
        if len(words) > 1:
            variants.add(("".join(words),))  # a spacing slip
        for variant in variants:
            held = names.get(variant)
            if held is None or _rank(entry) < _rank(held):
                names[variant] = entry

    def find(self, text: str) -> list[Mention]:
        """Every name in `text`, longest first where they overlap, in text order."""
        words = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
        found: list[Mention] = []
        i = 0
        while i < len(words):
            match = self._match_at(words, i)
            if match is None:
                i += 1
                continue
            length, (iri, kind, metonym) = match
            if length == 1 and not self._as_a_name(words, i):
                i += 1  # «المسؤول المالي», «دعم مالي»: the word, not the country
                continue
            if i + length < len(words) and words[i + length][2] == "بالاعمال":
                i += length  # «القائم بالأعمال» (the chargé d'affaires): a title, not Al-Qaim
                continue
            start, end = words[i][0], words[i + length - 1][1]
            written, before_its_days = text[start:end], ""
            holds = self._actor_inside(words[: i + length], i, text) if kind == "place" else None
            if iri in self.not_yet:  # (a body not yet its state's: the one of the day)
                (iri, written), before_its_days = self.not_yet[iri], text[start:end]
            found.append(
                Mention(
                    start,
                    end,
                    written,
                    iri,
                    kind,
                    metonym,
                    iri in self.broad,
                    iri in self.persons,
                    iri in self.cities,
                    in_city=self.in_city.get(iri),
                    in_province=(iri, text[start:end])
                    if iri in self.provinces
                    else self.in_province.get(iri),
                    in_country=self._country_of(iri),
                    area=iri in self.areas,
                    said=before_its_days,
                    before_its_days=before_its_days,
                    holds=holds,
                )
            )
            i += length
        found = [m for n, m in enumerate(found) if not _qualifies(text, found[n - 1 : n], m)]
        _the_gulf_named(found)
        for n, m in enumerate(found):
            if m.kind == "actor":
                named = self._place_inside(text, m.start, m.end)
                found[n] = replace(m, named_place=named) if named is not None else m
        return found

    def _place_inside(self, text: str, start: int, end: int) -> Mention | None:
        """The place, not a country or a river, whose name ends the actor's name at [start,
        end), past its first word («ولاية حيدر آباد» in «قوات ولاية حيدر آباد»); not one
        written with «لـ», whom the actor is loyal to («الانفصاليون الموالون لموسكو»)."""
        name = text[start:end]
        if name not in self._places_inside:  # (read once for each name as written)
            self._places_inside[name] = self._read_place_inside(name)
        found = self._places_inside[name]
        return replace(found, start=start + found.start, end=end) if found else None

    def _read_place_inside(self, name: str) -> Mention | None:
        """`_place_inside` for an actor's name alone, read from its words (uncached)."""
        for word in list(_WORD.finditer(name))[1:]:
            inner = self.find(name[word.start() :])
            if not inner or inner[0].start != 0 or inner[0].end != len(name) - word.start():
                continue
            place, written = inner[0], fold(inner[0].text)
            if place.kind != "place" or place.broad:
                continue
            if written.startswith("ل") and tuple(written.split()) not in self.names:
                continue
            return replace(place, start=word.start(), end=len(name))
        return None

    def _actor_inside(
        self, words: list[tuple[int, int, str]], i: int, text: str
    ) -> tuple[str, str, int, int] | None:
        """The actor (not a person, not by a metonym) whose name lies inside the place's name
        that begins at word `i` and ends with `words`: its IRI, as written, and where from
        the place's name's start."""
        for j in range(i + 1, len(words)):
            match = self._match_at(words, j)
            if match is not None:
                length, (iri, kind, metonym) = match
                if kind == "actor" and not metonym and iri not in self.persons:
                    start, end = words[j][0], words[j + length - 1][1]
                    return iri, text[start:end], start - words[i][0], end - words[i][0]
        return None

    @cached_property
    def short_forms(self) -> dict[tuple[str, ...], frozenset[str]]:
        """An actor's name of three words or more without its last word, an adjective
        («قوات حكومة الوفاق» for «قوات حكومة الوفاق الوطني»), or of three words without
        the adjective in the middle («القوات الشمالية» for «القوات الفيتنامية الشمالية»),
        by the actors it may stand for; none that is a name of its own."""
        short: dict[tuple[str, ...], set[str]] = {}

        def adjective(word: str) -> bool:
            return word.startswith("ال") and word.endswith(("\u064a", "\u064a\u0647"))

        for words, (iri, kind, metonym) in self.names.items():
            if kind != "actor" or metonym or len(words) < 3:
                continue
            if adjective(words[-1]) and words[:-1] not in self.names:
                short.setdefault(words[:-1], set()).add(iri)
            middle = (words[0], words[-1])
            if (
                len(words) == 3
                and adjective(words[1])
                and adjective(words[2])
                and middle not in self.names
            ):
                short.setdefault(middle, set()).add(iri)
        return {words: frozenset(iris) for words, iris in sorted(short.items())}

    @cached_property
    def actor_names(self) -> dict[str, str]:
        """Each actor's first name (folded) in name order, not a metonym: what a mention of
        it made by no words of its own is labelled."""
        found: dict[str, str] = {}
        for name, (iri, kind, metonym) in sorted(self.names.items()):
            if kind == "actor" and not metonym:
                found.setdefault(iri, " ".join(name))
        return found

    @cached_property
    def tribal(self) -> tuple[str, ...]:
        """The actors named for clans or tribes (a name with «العشائر» or «العشائرية»)."""
        return tuple(
            sorted(
                {
                    iri
                    for words, (iri, kind, _) in self.names.items()
                    if kind == "actor" and any("عشاير" in word for word in words)
                }
            )
        )

    @cached_property
    def country_of_state(self) -> dict[str, str]:
        """A state's actor -> the country it stands for (`state_named`), the first in IRI
        order where it stands for two."""
        return _first_of_each(
            {
                country: state[0]
                for country in self.countries
                if (state := self.state_named(country)) is not None
            }
        )

    def names_of(self, iri: str) -> list[str]:
        """Every name (folded) the gazetteer gives `iri`, in order."""
        return sorted(" ".join(k) for k, v in self.names.items() if v[0] == iri)

    def _as_a_name(self, words: list[tuple[int, int, str]], i: int) -> bool:
        """A one-word name that is also an everyday word (`common_words`) is the entry's only
        after a preposition, a side or a town's head word, or with «ب» / «ل» on it («في
        مالي», «شمال مالي», «بمالي»), never with the article («المالي»), unless the name has it
        («قرب مدينة الزرقاء», not «القبعات الزرقاء»)."""
        word = words[i][2]
        bare = [f for f in forms(word) if f in self.common_words]
        if not bare:
            return True
        with_article = word.startswith("ال") or (word[0] in "وفبلك" and word[1:3] == "ال")
        if with_article and not any(f.startswith("ال") for f in bare):
            return False
        joined = word[1:] if word[0] in "وف" and word[1:] not in bare else word  # («وبمالي»)
        if joined[0] in "بل" and joined[1:] in bare:
            return True
        return i > 0 and not PLACE_BEFORE.isdisjoint(forms(words[i - 1][2]))

    def _match_at(
        self, words: list[tuple[int, int, str]], i: int
    ) -> tuple[int, tuple[str, str, bool]] | None:
        for length in range(min(self.longest + 1, len(words) - i), 0, -1):
            rest = tuple(w for _, _, w in words[i + 1 : i + length])
            for first in forms(words[i][2]):
                entry = self.names.get((first, *rest))
                # «جرود بلدة عرسال»: a name of two words with «بلدة» (town) between them
                if entry is None and len(rest) == 2 and rest[0] in _TOWN_WORDS:
                    entry = self.names.get((first, rest[1]))
                if entry is not None:
                    return length, entry
        return None


_TOWN_WORDS = ("بلده", "مدينه", "قريه")  # (folded)


def _first_of_each(mapping: dict[str, str]) -> dict[str, str]:
    """`mapping` turned round: each value -> the first key (in sorted order) that has it."""
    turned: dict[str, str] = {}
    for key, value in sorted(mapping.items()):
        turned.setdefault(value, key)
    return turned


def lexicon_of(graphs: Iterable[Graph]) -> Lexicon:
    union = Graph()
    for graph in graphs:
        union += graph
    return Lexicon.from_graph(union)


@dataclass(frozen=True)
class NewName:
    """A name the gazetteer does not have, proposed as a new entry for the analyst to check."""

    start: int
    end: int
    text: str
    kind: str  # actor | place


# Words that head a place's or an actor's name (Arabic has no capitals to find names by).
_PLACE_HEADS = "مدينة|بلدة|قرية|قضاء|محافظة|حقل|منطقة"
_ACTOR_HEADS = "قوات|تنظيم|جماعة|فصائل|فصيل|ميليشيا|حركة|لواء|كتائب|وحدات|المرصد|وزارة"
# Words that end a name: prepositions, conjunctions and verbs' particles.
_STOP = {
    fold(w)
    for w in [
        "في",
        "من",
        "على",
        "مع",
        "إلى",
        "عن",
        "أن",
        "إن",
        "بعد",
        "قبل",
        "منذ",
        "إثر",
        "التي",
        "الذي",
        "ذات",
        "قد",
        "لا",
        "لم",
        "كان",
        "كانت",
        "أي",  # («المتحدث باسم الحركة أي صلة لها به»: any)
        # (a day told right after a head referring back: «فوق البلدة الأربعاء»)
        "السبت",
        "الأحد",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
    ]
}
_AR_WORD = "[\u0621-\u064a]+"
# words after a head that make no name: «حركة المرور» (the traffic) (folded)
_NO_NAME_AFTER_A_HEAD = frozenset({"المرور"})
# words that end a name: the fact a verb's subject claims or is held responsible for, «وتبنت
# الحركة الهجوم», «الحركة الشعبية الهجوم» (folded)
_FACT_AFTER_A_NAME = frozenset(
    {"الهجوم", "الهجمات", "التفجير", "التفجيرات", "الاعتداء", "المسووليه"}
)
# and alone after it, with no adjective of origin: «القوات الخاصة» (special forces, a unit of any
# side: «القوات الخاصة في الشرطة الفيليبينية»; not «القوات الخاصة المالية») (folded)
_NO_NAME_ALONE_AFTER_A_HEAD = frozenset({"الخاصه"})
_HEAD = re.compile(rf"[وفبل]?(?:ال)?(?:{fold(_PLACE_HEADS)}|{fold(_ACTOR_HEADS)})")


def _name_words(words: list[str], kind: str) -> list[str]:
    """The words of a name after its head: up to a preposition, a particle or a verb; an
    actor's are words with the article or adjectives of origin («كردية»), a place's its
    first word and words with the article («دير الزور»)."""
    kept: list[str] = []
    for word in words:
        folded = fold(word)
        if folded in _STOP or folded in _FACT_AFTER_A_NAME or _HEAD.fullmatch(folded):
            break
        if kind == "actor":
            if not (folded.startswith(("ال", "وال")) or folded.endswith(("يه", "ي"))):
                break
        elif kept and not folded.startswith("ال"):
            break
        kept.append(word)
    return kept


def unknown_names(text: str, lexicon: Lexicon) -> list[NewName]:
    """Runs of words after a head word («مدينة», «قوات», «المرصد»…) that no gazetteer name
    covers: proposed as new places (the words after the head) or actors (with their head:
    «فصائل كردية»), never used as one in a fact."""
    covered = [(m.start, m.end) for m in lexicon.find(text)]
    out: list[NewName] = []
    for kind, heads, most in (("place", _PLACE_HEADS, 2), ("actor", _ACTOR_HEADS, 3)):
        pattern = re.compile(
            rf"(?<![\u0621-\u064A])[وفبل]?(?P<name>(?:ال)?(?:{heads})"
            rf"(?P<rest>(?:\s+{_AR_WORD}){{1,{most}}}))"
        )
        for match in pattern.finditer(text):
            if fold(match.group("name").split()[0]) == fold("التنظيم"):
                continue  # «the organisation»: a name said before, not a new one
            kept = _name_words(match.group("rest").split(), kind)
            if (
                not kept
                or fold(kept[0]) in _NO_NAME_AFTER_A_HEAD
                or [fold(w) for w in kept] in ([w] for w in _NO_NAME_ALONE_AFTER_A_HEAD)
            ):
                continue
            if kind == "place" and match.group("name").startswith("ال"):
                continue  # «حول البلدة بطلب من الجيش»: a head with the article names no new place
            rest = match.group("rest")
            end = match.start("rest") + rest.index(kept[-1]) + len(kept[-1])
            start = (
                match.start("name")
                if kind == "actor"
                else match.start("rest") + len(rest) - len(rest.lstrip())
            )
            if any(s < end and start < e for s, e in covered) or any(
                n.start < end and start < n.end for n in out
            ):
                continue
            out.append(NewName(start, end, text[start:end], kind))
    return sorted(out, key=lambda n: n.start)


# an adjective of a people, a country or a place with the article (folded): «الكردية»,
# «العراقي», «الحدودية»
ADJECTIVE = re.compile(r"ال\w+(?:يه|ي)")


def _qualifies(text: str, before: list[Mention], m: Mention) -> bool:
    """A state named by its adjective right after an actor's name, or past another adjective
    of it, qualifies that name, not another actor: «جهاز مكافحة الإرهاب العراقي», «البشمركة
    الكردية العراقية», «حكومة الوفاق الوطني الليبية» are the body named, not the state."""
    if not before or not m.metonym or m.kind != "actor" or not ADJECTIVE.fullmatch(fold(m.text)):
        return False  # (not a capital: «اتهمت دمشق أنقرة», two states)
    if fold(m.text).startswith("\u0648\u0627\u0644"):  # («والأميركية»: another, joined)
        return False
    last = before[0]
    between = fold(text[last.end : m.start]).split()
    return (
        last.kind in ("actor", "place")
        and not last.metonym
        and len(between) <= 1
        and all(ADJECTIVE.fullmatch(w) for w in between)
    )


def _the_gulf_named(found: list[Mention]) -> None:
    """«الخليج» alone after another gulf is named («في خليج سرت، … فوق الخليج»): that gulf,
    not the one the gazetteer gives the bare word (the Gulf, between Iran and Arabia); in
    place, in one pass over the mentions."""
    gulf: Mention | None = None
    for n, m in enumerate(found):
        if m.kind != "place":
            continue
        written = fold(m.text)
        if written.startswith("خليج "):
            gulf = m
        elif written == "الخليج" and gulf is not None:
            found[n] = replace(gulf, start=m.start, end=m.end, text=m.text)
