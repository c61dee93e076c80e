"""Times in Arabic news text, as the hand encodings write them.

Found in a sentence: a day with its month («في 17 تشرين الأول/اكتوبر», «في السابع عشر من
تشرين الاول/اكتوبر 2016», «في العاشر من تموز/يوليو 2017»), a month («في أيلول/سبتمبر
الماضي», «في تموز/يوليو 2014»), a year («في العام 2014», «منذ 2015»), a season («صيف العام 2014»), the
start of a month («في بداية تشرين الثاني/نوفمبر», its first ten days), its middle («منتصف …»,
days 11 to 20) or its end («في نهاية تشرين الأول/أكتوبر», «أواخر …», its last ten days), the
start of a year («مطلع 2014», its first three months; «مطلع العام», this year's), its end
(«أواخر عام 1987», its last three months), the
start of the week («مطلع الأسبوع», Sunday to Tuesday of the report's) or of its month
(«منذ مطلع الشهر», its first ten days), last week
(«الأسبوع الماضي», the Sunday-to-Saturday week before the report's), the month and year
before it («الشهر الماضي», «العام الماضي»), yesterday and today («أمس», «اليوم»), a
weekday («الخميس»; «الجمعة الماضي», not the report's own day), the night between two («ليل
الاثنين الثلاثاء»), a span from one weekday to a later one («بين مساء الخميس وصباح السبت»)
and a day of the month named before («في السادس من الشهر نفسه»). Month
names come in both families (Levantine «تشرين الثاني» and the other «نوفمبر»), alone or
paired with a slash. A year left out is taken from the report's date (the latest such day
not after it) and a weekday is the latest such day on or before the report's date: both are
inferences, and say so. Matching folds hamza forms and ta
marbuta (conflictkg.arabic).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..arabic import fold, without_marks

LEVANTINE = {
    "كانون الثاني": 1,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "اب": 8,
    "ايلول": 9,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الاول": 12,
}
OTHER = {
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "ابريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يوليو": 7,
    "اغسطس": 8,
    "سبتمبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
}
WEEKDAYS = {  # Python's weekday(): Monday is 0
    "الاثنين": 0,
    "الثلاثاء": 1,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعه": 4,
    "السبت": 5,
    "الاحد": 6,
}
ORDINALS = {
    "الاول": 1,
    "الثاني": 2,
    "الثالث": 3,
    "الرابع": 4,
    "الخامس": 5,
    "السادس": 6,
    "السابع": 7,
    "الثامن": 8,
    "التاسع": 9,
    "العاشر": 10,
    "الحادي عشر": 11,
    "الثاني عشر": 12,
    "الثالث عشر": 13,
    "الرابع عشر": 14,
    "الخامس عشر": 15,
    "السادس عشر": 16,
    "السابع عشر": 17,
    "الثامن عشر": 18,
    "التاسع عشر": 19,
    "العشرين": 20,
    "الحادي والعشرين": 21,
    "الثاني والعشرين": 22,
    "الثالث والعشرين": 23,
    "الرابع والعشرين": 24,
    "الخامس والعشرين": 25,
    "السادس والعشرين": 26,
    "السابع والعشرين": 27,
    "الثامن والعشرين": 28,
    "التاسع والعشرين": 29,
    "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}
# units of a span and the small numbers written out: «قبل ثلاثة أسابيع»
UNITS = {
    "يوم": 1,
    "ايام": 1,
    "يومين": 1,
    "اسبوع": 7,
    "اسابيع": 7,
    "اسبوعين": 7,
    "شهر": 30,
    "اشهر": 30,
    "شهرين": 30,
    "سنه": 365,
    "سنوات": 365,
    "سنتين": 365,
    "عام": 365,
    "اعوام": 365,
    "عامين": 365,
}
NUMBERS = {
    "ثلاثه": 3,
    "ثلاث": 3,
    "اربعه": 4,
    "اربع": 4,
    "خمسه": 5,
    "خمس": 5,
    "سته": 6,
    "ست": 6,
    "سبعه": 7,
    "سبع": 7,
    "ثمانيه": 8,
    "ثماني": 8,
    "تسعه": 9,
    "تسع": 9,
    "عشره": 10,
    "عشر": 10,
}
SEASONS = {
    "الربيع": (3, 5),
    "ربيع": (3, 5),
    "صيف": (6, 8),
    "الصيف": (6, 8),
    "خريف": (9, 11),
    "الخريف": (9, 11),
}

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _alternatives(names: dict[str, int] | dict[str, tuple[int, int]]) -> str:
    return "|".join(sorted((re.escape(fold(n)) for n in names), key=len, reverse=True))


_MONTH_NAMES = {**LEVANTINE, **OTHER}
_MONTH = (  # a whole word: «أبو» is not «آب» (August)
    rf"(?P<m1>{_alternatives(_MONTH_NAMES)})(?!\w)"
    rf"(?:\s*/\s*(?P<m2>{_alternatives(_MONTH_NAMES)})(?!\w))?"
)
_YEAR = r"(?:\s+(?:العام\s+|عام\s+)?(?P<year>\d{4}))?"
_DAY = rf"(?P<day>\d{{1,2}}|{_alternatives(ORDINALS)})"
# a part of the day before a weekday: «مساء», «صباح», «ليل» (folded)
_PART_OF_DAY = r"(?:مساء|صباح|ظهر|فجر|ليل[هت]?)"
PATTERNS = [
    # (the weekday before it is the same day's: «الأربعاء 21 كانون الأول/ديسمبر», not the last
    # Wednesday before the report)
    (
        "day",
        re.compile(
            rf"(?<!\w)(?:(?:{_alternatives(WEEKDAYS)})\s+)?{_DAY}\s+(?:من\s+)?{_MONTH}{_YEAR}"
        ),
    ),
    # «في السادس من الشهر نفسه»: a day of the month named before in the sentence
    (
        "day of that month",
        re.compile(rf"(?<!\w)(?:في\s+)?{_DAY}\s+من\s+(?:الشهر\s+(?:نفسه|ذاته)|نفس\s+الشهر)(?!\w)"),
    ),
    ("start", re.compile(rf"(?<!\w)(?:في\s+)?(?:بدايه|مطلع|اوائل)\s+{_MONTH}{_YEAR}")),
    ("end", re.compile(rf"(?<!\w)(?:في\s+)?(?:نهايه|اواخر)\s+{_MONTH}{_YEAR}")),
    (
        "year start",
        re.compile(
            r"(?<!\w)(?:في\s+|منذ\s+)?(?:بدايه|مطلع|اوائل)\s+(?:(?:العام\s+|عام\s+)?(?P<year>\d{4})"
            r"|(?:هذا\s+)?العام(?:\s+(?:الحالي|الجاري))?(?!\s*\d))"
        ),
    ),
    # «أواخر عام 1987»: a year's last three months, as «مطلع» is its first three
    (
        "year end",
        re.compile(r"(?<!\w)(?:في\s+)?(?:نهايه|اواخر)\s+(?:العام\s+|عام\s+)?(?P<year>\d{4})"),
    ),
    # «مطلع الأسبوع»: the first days (Sunday to Tuesday) of the report's week
    (
        "week start",
        re.compile(
            r"(?<!\w)(?:في\s+)?(?:بدايه|مطلع|اوائل)\s+(?:هذا\s+)?الاسبوع(?:\s+(?:الحالي|الجاري))?(?!\s+الماضي)(?!\w)"
        ),
    ),
    # «منذ مطلع الشهر»: the first ten days of the report's month
    (
        "month start",
        re.compile(
            r"(?<!\w)(?:في\s+|منذ\s+)?(?:بدايه|مطلع|اوائل)\s+(?:هذا\s+)?الشهر(?:\s+(?:الحالي|الجاري))?"
            r"(?!\s+(?:الماضي|المقبل|نفسه|ذاته))(?!\w)"
        ),
    ),
    # «الأسبوع الماضي»: the week (Sunday to Saturday) before the report's
    ("last week", re.compile(r"(?<!\w)(?:خلال\s+|في\s+)?الاسبوع\s+الماضي(?!\w)")),
    # «الشهر الماضي», «العام الماضي»: the month, the year before the report's
    ("last month", re.compile(r"(?<!\w)(?:خلال\s+|في\s+)?الشهر\s+الماضي(?!\w)")),
    ("last year", re.compile(r"(?<!\w)(?:خلال\s+|في\s+)?العام\s+الماضي(?!\w)")),
    # «قبل يومين», «قبل نحو ثلاثة أسابيع» (that long ago), «منذ نحو تسعة أشهر» (for that long,
    # since that long ago): back from the report's date
    (
        "ago",
        re.compile(
            rf"(?<!\w)(?:قبل|منذ)\s+(?P<about>(?:نحو|قرابه|حوالي)\s+)?(?:(?P<n>\d+|{_alternatives(NUMBERS)})\s+)?"
            rf"(?P<unit>{_alternatives(UNITS)})(?!\w)(?!\s+من(?!\w))(?!\s*\d)"  # (not «منذ عام 2014»)
        ),
    ),
    # «أمس» (yesterday), «اليوم» alone (today): the day before the report's, the report's
    ("yesterday", re.compile(r"(?<!\w)[وف]?امس(?!\w)")),
    (
        "today",
        re.compile(
            r"(?<!\w)(?<!يوم\s)اليوم(?!\s*\w*(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه))"
            # (not «في اليوم نفسه», the same day as one told, nor «اليوم التالي», the next,
            # nor «في اليوم الخامس من الهجوم», a day of a fight counted)
            r"(?!\s+(?:نفسه|ذاته|التالي|السابق|" + _alternatives(ORDINALS) + r"))(?!\w)"
        ),
    ),
    # «منتصف تشرين الأول»: its middle ten days
    ("middle", re.compile(rf"(?<!\w)(?:في\s+)?منتصف\s+{_MONTH}{_YEAR}")),
    (
        "season",
        re.compile(
            rf"(?<!\w)(?P<season>{_alternatives(SEASONS)})\s+(?:العام\s+|عام\s+)?(?P<year>\d{{4}})"
        ),
    ),
    # «منذ الصيف», «خلال الربيع»: the last such season, up to the report's date
    (
        "season alone",
        re.compile(
            rf"(?<!\w)(?:منذ|في|خلال)\s+(?P<season>{_alternatives(SEASONS)})"
            r"(?!\s*(?:الماضي\s+)?(?:العام\s+|عام\s+)?\d)(?!\w)"
        ),
    ),
    ("month", re.compile(rf"(?<!\w)(?:في\s+|منذ\s+)?{_MONTH}{_YEAR}(?P<past>\s+الماضي)?")),
    ("year", re.compile(r"(?<!\w)(?:في\s+)?(?:العام|عام)\s+(?P<year>\d{4})")),
    # («منذ 2015», «في 2014»: a year with no «العام», after «منذ» or «في»)
    ("year", re.compile(r"(?<!\w)(?:منذ|في)\s+(?P<year>(?:19|20)\d\d)(?![\d/])")),
    # «بين مساء الخميس وصباح السبت»: from one weekday to a later one, both days (a part of
    # the day before each, or none)
    (
        "between",
        re.compile(
            rf"(?<!\w)بين\s+(?:{_PART_OF_DAY}\s+)?(?P<weekday>{_alternatives(WEEKDAYS)})"
            rf"\s+و\s*(?:{_PART_OF_DAY}\s+)?(?P<next>{_alternatives(WEEKDAYS)})(?!\w)"
        ),
    ),
    # «ليل الاثنين الثلاثاء»: the night from one weekday to the next, both days
    (
        "night",
        re.compile(
            rf"(?<!\w)(?:في\s+)?ليل[هت]?\s+(?P<weekday>{_alternatives(WEEKDAYS)})"
            rf"\s+(?:الي\s+)?(?P<next>{_alternatives(WEEKDAYS)})(?!\w)"
        ),
    ),
    # «ليلة رأس السنة»: the last New Year's night (31 December to 1 January) before the report
    (
        "new year's night",
        re.compile(r"(?<!\w)(?:في\s+)?ليل[هت]?\s+راس\s+السنه(?!\w)"),
    ),
    (
        "weekday",
        re.compile(
            rf"(?<!\w)(?:يوم\s+|اليوم\s+)?(?P<weekday>{_alternatives(WEEKDAYS)})"
            r"(?P<past>\s+الماضي\u0647?)?(?!\w)"
        ),
    ),
]


@dataclass(frozen=True)
class TimeMention:
    start: int  # code points into the sentence as given (not folded)
    end: int
    text: str
    value: str  # the stamp: 2017-10-17, 2017-10, 2017
    datatype: str  # date, gYearMonth, gYear, or range (a span of days, «الأسبوع الماضي»)
    earliest: dt.date
    latest: dt.date
    inference: str | None = None  # WeekdayResolution, YearFromReportDate, ContextualBound
    note: str = ""

    @property
    def precision(self) -> str:
        return {"date": "day", "gYearMonth": "month", "gYear": "year", "range": "days"}[
            self.datatype
        ]


def _month(match: re.Match[str]) -> int:
    return _MONTH_NAMES[_unfold(match.group("m1"), _MONTH_NAMES)]


def _unfold(folded: str, names: dict[str, int] | dict[str, tuple[int, int]]) -> str:
    for name in names:
        if fold(name) == folded:
            return name
    raise KeyError(folded)


def _year_for(month: int, day: int | None, report: dt.date) -> int:
    """The year that puts the month (and day) at or before the report's date."""
    year = report.year
    last = calendar.monthrange(year, month)[1]
    if dt.date(year, month, min(day or 1, last)) > report:
        year -= 1
    return year


def find_times(sentence: str, report: dt.date) -> list[TimeMention]:
    """Every time expression of a sentence, longest first where they overlap. Matched on the
    sentence folded, without diacritics and with Western digits; spans are the sentence's."""
    folded, origin = without_marks(sentence.translate(_DIGITS))
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    of_that_month: list[tuple[re.Match[str], int, int]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(folded):
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            if any(s < end and start < e for s, e in taken):
                continue
            if kind == "day of that month":  # (resolved once the months are found)
                of_that_month.append((match, start, end))
                taken.append((start, end))
                continue
            mention = _mention(kind, match, sentence[start:end], start, report)
            if mention is not None:
                found.append(mention)
                taken.append((start, end))
    for match, start, end in of_that_month:
        months = [m for m in found if m.end <= start and m.datatype in ("gYearMonth", "date")]
        number = match.group("day")
        number = int(number) if number.isdigit() else ORDINALS[_unfold(number, ORDINALS)]
        if months and number <= calendar.monthrange(*_year_month(months[-1]))[1]:
            found.append(_day_of_that_month(number, sentence[start:end], start, months[-1]))
    return sorted(found, key=lambda m: m.start)


def _on_day(start: int, text: str, day: dt.date, inference: str, note: str) -> TimeMention:
    """A time that is one whole day, said as `text` from `start`."""
    return TimeMention(
        start, start + len(text), text, day.isoformat(), "date", day, day, inference, note
    )


def _days(
    start: int, text: str, since: dt.date, until: dt.date, inference: str, note: str
) -> TimeMention:
    """A time that is the whole days from `since` to `until`, said as `text` from `start`."""
    return TimeMention(
        start,
        start + len(text),
        text,
        f"{since.isoformat()}/{until.isoformat()}",
        "range",
        since,
        until,
        inference,
        note,
    )


def _latest(weekday: int, report: dt.date) -> dt.date:
    """The latest day of `weekday` (Python's: Monday is 0) on or before the report's date."""
    return report - dt.timedelta(days=(report.weekday() - weekday) % 7)


def _night_to(start: int, text: str, morning: dt.date, inference: str, said: str) -> TimeMention:
    """A night that ends on `morning`, said as `text` from `start`; the note is `said` of it,
    to that morning."""
    evening = morning - dt.timedelta(days=1)
    note = f"«{text.strip()}» {said} to {morning.isoformat()}."
    return _days(start, text, evening, morning, inference, note)


def _year_month(month: TimeMention) -> tuple[int, int]:
    """The year and month a month mention (or a day's) falls in."""
    return month.earliest.year, month.earliest.month


def _day_of_that_month(number: int, text: str, start: int, month: TimeMention) -> TimeMention:
    """«في السادس من الشهر نفسه»: that day (`number`) of the month of `month`, told before."""
    day = month.earliest.replace(day=number)
    note = (
        f"«{text.strip()}»: of the month named before, «{month.text.strip()}»: {day.isoformat()}."
    )
    return _on_day(start, text, day, "ContextualBound", note)


def _mention(
    kind: str, match: re.Match[str], text: str, start: int, report: dt.date
) -> TimeMention | None:
    end = start + len(text)
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "weekday":
        wanted = WEEKDAYS[_unfold(groups["weekday"], WEEKDAYS)]
        day = _latest(wanted, report)
        if groups.get("past") and day == report:
            day -= dt.timedelta(days=7)  # («الجمعة الماضي» in a Friday's report: a week before)
        note = (
            f"«{text.strip()}» resolved against the report's date {report.isoformat()}: "
            f"{day.strftime('%A')} {day.isoformat()}."
        )
        return _on_day(start, text, day, "WeekdayResolution", note)
    if kind == "between":
        # the latest such last day on or before the report's date, the first before it
        last = WEEKDAYS[_unfold(groups["next"], WEEKDAYS)]
        until = _latest(last, report)
        days = (until.weekday() - WEEKDAYS[_unfold(groups["weekday"], WEEKDAYS)]) % 7
        if not days:
            return None  # («بين الخميس والخميس»: no span)
        since = until - dt.timedelta(days=days)
        note = (
            f"«{text.strip()}» resolved against the report's date {report.isoformat()}: "
            f"{since.strftime('%A')} {since.isoformat()} to {until.strftime('%A')} "
            f"{until.isoformat()}."
        )
        return _days(start, text, since, until, "WeekdayResolution", note)
    if kind == "night":
        wanted = WEEKDAYS[_unfold(groups["weekday"], WEEKDAYS)]
        if WEEKDAYS[_unfold(groups["next"], WEEKDAYS)] != (wanted + 1) % 7:
            return None  # (not two days that follow each other)
        # the latest such night ending on or before the report's date
        morning = _latest((wanted + 1) % 7, report)
        evening = morning - dt.timedelta(days=1)
        said = f"resolved against the report's date {report.isoformat()}: the night of "
        said += f"{evening.strftime('%A')} {evening.isoformat()}"
        return _night_to(start, text, morning, "WeekdayResolution", said)
    if kind == "new year's night":
        # (the year's first morning at or before the report's date)
        morning = dt.date(report.year, 1, 1)
        said = f"in a report of {report.isoformat()}: the night of {report.year - 1}-12-31"
        return _night_to(start, text, morning, "YearFromReportDate", said)
    if kind == "year":
        assert year is not None
        return TimeMention(
            start, end, text, str(year), "gYear", dt.date(year, 1, 1), dt.date(year, 12, 31)
        )
    if kind == "week start":
        sunday = report - dt.timedelta(days=(report.weekday() + 1) % 7)  # the report's week's
        until = min(sunday + dt.timedelta(days=2), report)
        note = (
            f"«{text.strip()}» in a report of {report.isoformat()}: the first days of its "
            f"week, Sunday {sunday.isoformat()} to {until.isoformat()}."
        )
        return _days(start, text, sunday, until, "ContextualBound", note)
    if kind == "last week":
        sunday = report - dt.timedelta(days=(report.weekday() + 1) % 7)  # the report's week's
        week_start, week_end = sunday - dt.timedelta(days=7), sunday - dt.timedelta(days=1)
        note = (
            f"«{text.strip()}» in a report of {report.isoformat()}: the week from Sunday "
            f"{week_start.isoformat()} to Saturday {week_end.isoformat()}."
        )
        return _days(start, text, week_start, week_end, "ContextualBound", note)
    if kind == "ago":  # that long before the report's date, a unit either way with «نحو»
        unit = _unfold(groups["unit"], UNITS) if groups["unit"] not in UNITS else groups["unit"]
        days = UNITS[unit]
        raw = groups.get("n") or ""
        count = int(raw) if raw.isdigit() else NUMBERS.get(raw, 0)
        if not count:
            count = 2 if unit.endswith("ين") else 1
        if unit in ("ايام", "اسابيع", "اشهر", "سنوات", "اعوام") and not raw:
            most, least = 10 * days, 2 * days  # «قبل أيام»: two to ten of them
        else:
            slack = days if groups.get("about") else 0 if days == 1 else max(1, days // 7)
            most, least = count * days + slack, max(0, count * days - slack)
        earliest, latest = report - dt.timedelta(days=most), report - dt.timedelta(days=least)
        note = (
            f"«{text.strip()}» in a report of {report.isoformat()}: between "
            f"{earliest.isoformat()} and {latest.isoformat()}."
        )
        return _days(start, text, earliest, latest, "ContextualBound", note)
    if kind in ("yesterday", "today"):
        day = report - dt.timedelta(days=1 if kind == "yesterday" else 0)
        note = f"«{text.strip()}» in a report of {report.isoformat()}: {day.isoformat()}."
        return _on_day(start, text, day, "ContextualBound", note)
    if kind == "month start":  # the first ten days of the report's month, not after it
        month_first = report.replace(day=1)
        return TimeMention(
            start,
            end,
            text,
            f"{month_first.year:04d}-{month_first.month:02d}",
            "gYearMonth",
            month_first,
            min(report, month_first.replace(day=10)),
            "ContextualBound",
            f"«{text.strip()}» in a report of {report.isoformat()}: the first days of "
            f"{month_first.strftime('%B %Y')}.",
        )
    if kind == "last month":
        month_end = report.replace(day=1) - dt.timedelta(days=1)
        month_start = month_end.replace(day=1)
        return TimeMention(
            start,
            end,
            text,
            f"{month_start.year:04d}-{month_start.month:02d}",
            "gYearMonth",
            month_start,
            month_end,
            "ContextualBound",
            f"«{text.strip()}» in a report of {report.isoformat()}: "
            f"{month_start.strftime('%B %Y')}.",
        )
    if kind == "last year":
        previous = report.year - 1
        return TimeMention(
            start,
            end,
            text,
            str(previous),
            "gYear",
            dt.date(previous, 1, 1),
            dt.date(previous, 12, 31),
            "ContextualBound",
            f"«{text.strip()}» in a report of {report.isoformat()}: {previous}.",
        )
    if kind == "season alone":  # this year's, if it has begun by the report's date
        first_month = SEASONS[_unfold(groups["season"], SEASONS)][0]
        year = report.year if first_month <= report.month else report.year - 1
        kind = "season"
    if kind == "year start" and year is None:  # «مطلع العام»: this year's
        year = report.year
    if kind in ("year start", "year end", "season"):  # «مطلع 2014»: its first three months
        assert year is not None
        first, last = {"year start": (1, 3), "year end": (10, 12)}.get(kind) or (
            SEASONS[_unfold(groups["season"], SEASONS)]
        )
        return TimeMention(
            start,
            end,
            text,
            str(year),
            "gYear",
            dt.date(year, first, 1),
            dt.date(year, last, calendar.monthrange(year, last)[1]),
            "ContextualBound",
            f"«{text.strip()}»: months {first} to {last} of {year}.",
        )
    month = _month(match)
    inference, note = None, ""
    if kind == "day":
        raw = groups["day"]
        day_number = int(raw) if raw.isdigit() else ORDINALS[_unfold(raw, ORDINALS)]
        if year is None:
            year = _year_for(month, day_number, report)
            inference = "YearFromReportDate"
            note = f"«{text.strip()}» without a year, in a report of {report.isoformat()}: {year}."
        if day_number > calendar.monthrange(year, month)[1]:
            return None
        day = dt.date(year, month, day_number)
        return TimeMention(start, end, text, day.isoformat(), "date", day, day, inference, note)
    if year is None:
        year = _year_for(month, None, report)
        inference = "YearFromReportDate"
        note = f"«{text.strip()}» without a year, in a report of {report.isoformat()}: {year}."
    last_day = calendar.monthrange(year, month)[1]
    earliest, latest = dt.date(year, month, 1), dt.date(year, month, last_day)
    if kind == "start":  # the first ten days, and not after the report
        latest = min(dt.date(year, month, 10), max(report, earliest))
        inference = "ContextualBound"
        note = (note + " " if note else "") + f"«{text.strip()}»: the first days of the month."
    if kind == "middle":  # the middle ten days, and not after the report
        earliest = dt.date(year, month, 11)
        latest = max(earliest, min(dt.date(year, month, 20), report))
        inference = "ContextualBound"
        note = (note + " " if note else "") + f"«{text.strip()}»: the middle of the month."
    if kind == "end":  # the last ten days, and not after the report
        earliest = dt.date(year, month, 21)
        latest = max(earliest, min(latest, report))
        inference = "ContextualBound"
        note = (note + " " if note else "") + f"«{text.strip()}»: the last days of the month."
    return TimeMention(
        start, end, text, f"{year:04d}-{month:02d}", "gYearMonth", earliest, latest, inference, note
    )
