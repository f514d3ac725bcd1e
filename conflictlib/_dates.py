"""Dates as reporting writes them, resolved against the publication date.

Absolute dates ("October 7", "Oct. 17", "17 October", "Dec. 3, 2023"), months
("in January", "mid-October"), years ("in 2014"), weekdays ("late on Sunday",
"early Tuesday", "Thursday evening"), holidays ("on Christmas Day": a day and month
without a year) and relative words ("yesterday", "overnight", "the previous day",
"earlier this week").  Each resolves to a
date and a precision (day, month, year or unknown).

A bare weekday is the most recent such day on or before publication (the same
day is possible); a day and month without a year is the most recent such date
on or before publication, unless that is more than ~10 months back and the
next one is within a week ahead.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Iterable, NamedTuple, Sequence

import re

from .lookup.patterns import phrase_key


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "wednesday": 2, "thursday": 3,
    "thurs": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# Holidays that name one day of the year ("on Christmas Day"), as (month, day): a day and
# month without a year, resolved like "Dec. 25" (the year from publication or from the text).
HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24),
    # a part of the day names the day too ("early Christmas morning, a drone hit ...")
    "christmas morning": (12, 25), "christmas night": (12, 25), "christmas evening": (12, 25),
    "new year's day": (1, 1), "new years day": (1, 1), "new year's eve": (12, 31), "new years eve": (12, 31),
}
# Relative words and their offset in days from publication; None means the
# expression names a span (week) rather than a day.
RELATIVE = {
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "tonight": 0,
    "yesterday": -1, "last night": -1, "overnight": -1, "the previous day": -1,
    "the day before": -1, "a day earlier": -1, "the previous night": -1,
    "yesterday's": -1, "the night before": -1,
    "earlier this week": None, "this week": None, "last week": None,
    "earlier this month": None, "this month": None, "last month": None,
}
#: The same counted back from publication: "two days ago", "three days ago".
_AGO_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
RELATIVE.update({"a day ago": -1, "one day ago": -1,
                 **{f"{w} days ago": -n for w, n in _AGO_COUNTS.items()},
                 **{f"{n} days ago": -n for n in _AGO_COUNTS.values()}})
#: Days counted from a day the text has just stated ("On Jan. 24 ... Two days later, ..."):
#: they name no day without one (:func:`_day_before_stated`), so they are not in RELATIVE.
#: Only the adverb forms: "a day after the strike" counts from the strike, not a stated day.
_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
ANCHORED_ONLY = {
    "the following day": 1, "the next day": 1, "the following night": 1, "the next night": 1,
    "the following morning": 1, "the next morning": 1,
    **{f"{w} day{'s' if n > 1 else ''} {way}": n * sign for w, n in _COUNT_WORDS.items()
       for way, sign in (("later", 1), ("earlier", -1))
       if f"{w} day {way}" not in RELATIVE},  # "a day earlier" alone counts from publication
}

#: ANCHORED_BEFORE_COMMA: "the day after" as an adverb, closed by a comma: "Drones hit Tower 22 on
#: Jan. 28. The day after, rockets struck Harir" (the day after the stated one); never before a
#: noun ("the day after the strike" counts from the strike: no date).
ANCHORED_BEFORE_COMMA = {"the day after": 1, "the night after": 1, "the morning after": 1}


def _alt(words: Iterable[str]) -> str:
    from .lookup.patterns import alternation

    return alternation(words)


@cache
def date_pattern() -> re.Pattern[str]:
    """DATE: one date expression; which group matched says its kind."""
    return re.compile(r"\b(?<![\w])" + _date_body(), re.VERBOSE)  # \b first: a fast start test


#: MONTH_PARTS: a part of a month before its name ("mid-October", "late January", "the end of
#: January"): the month is the date ("at the end of January" dates an attack to January).
MONTH_PARTS = ("mid", "early", "late", "end of", "beginning of", "start of", "middle of")
#: MODIFIER_MONTHS: months written whole, which may stand before an attack's noun as its date
#: ("a January attack in Jordan", "the February drone strike"); not "may" and "march", which
#: are other words as often.
MODIFIER_MONTHS = tuple(m for m in MONTHS if len(m) > 3 and m not in ("may", "march", "sept"))

#: YEAR_EVENT_NOUNS: nouns of an attack that "the" and a year may date ("the 2020 US drone strike",
#: "the 2021 suicide bombing"); before other nouns a year names no day of an event ("the 2001
#: war powers act", "the 1979 peace treaty").
YEAR_EVENT_NOUNS = ("strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "bombing", "bombings",
                    "assassination", "killing", "raid", "raids", "assault", "shelling")


@cache
def _date_body() -> str:
    """The source of DATE after its left boundary (verbose)."""
    month = _alt(MONTHS)
    month_preps, year_preps = "in|since|during|through|until", "in|since|during|of"
    mod_month = _alt(MODIFIER_MONTHS)
    # How every branch below starts (a digit, a month, a weekday, a relative phrase, a part of
    # a month, or a preposition before a month or a year): a cheap test before the branches
    # that also turns away "the", "a", "in" and "of" when no date follows.
    preps = _alt(sorted({*month_preps.split("|"), *year_preps.split("|")}))
    first = f"{_alt([*MONTHS, *WEEKDAYS, *RELATIVE, *ANCHORED_ONLY, *ANCHORED_BEFORE_COMMA, *HOLIDAYS, *MONTH_PARTS])}(?!\\w)|{preps}\\s(?:{month}|\\d)|last\\s{month}|on\\sthe\\s\\d"
    return (
        rf"""
        (?=\d|{first})                                    # prefilter: a phrase a date can start with
        (?:
            # Oct. 17 / October 17, 2023 / Oct 17th / Oct.17 (no space after the abbreviation's dot)
            (?P<md_month>{month})(?:\.\s?|\s)(?P<md_day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)
                (?:,?\s(?P<md_year>(?:19|20)\d\d))?
          | # 17 October (2023)
            (?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?\s(?P<dm_month>{month})\.?(?:,?\s(?P<dm_year>(?:19|20)\d\d))?
          | # 2023-12-03
            (?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)
          | # 06-05-2024, 12/1/2024, 03.01.2024: day and month in either order (see _numeric)
            (?P<num_a>[0-3]?\d)(?P<num_sep>[/.\-])(?P<num_b>[01]?\d)(?P=num_sep)(?P<num_y>20\d\d)(?![\d/.\-]\d)
          | # mid-October, early January, late December (2023), the end of January
            (?P<part>{_alt(MONTH_PARTS)})[\s-](?P<pm_month>{month})(?!\.?\s?[0-3]?\d\b)(?:\s(?P<pm_year>(?:19|20)\d\d))?
          | # in January / in January 2024 / since December / last December (the latest before
            # publication's month; not "since December 2nd": a day follows, with its suffix)
            (?:(?P<m_last>last)|{month_preps})\s(?P<m_month>{month})(?!\.?\s?[0-3]?\d(?:st|nd|rd|th)?\b)(?:\s(?P<m_year>(?:19|20)\d\d))?
          | # late on Sunday / early Tuesday / Thursday evening / on Monday
            (?P<wd>{_alt(WEEKDAYS)})(?!\w)
          | # Christmas Day / New Year's Eve
            (?P<hol>{_alt(HOLIDAYS)})
          | # yesterday / overnight / earlier this week / two days later (after a stated day)
            (?P<rel>{_alt([*RELATIVE, *ANCHORED_ONLY])}|{_alt(ANCHORED_BEFORE_COMMA)}(?=,))
          | # on the 28th (of the month the text has named: see _day_of_stated_month)
            on\sthe\s(?P<th_day>[1-3]?\d)(?:st|nd|rd|th)(?=\s?[,.;)]|\s(?:and|when|as|at|in|after|before|a|an|the|two|three)\s)
          | # in 2014 / since 2020
            (?:{year_preps})\s(?P<year>(?:19|20)\d\d)(?!\d)
          | # a January attack / the February drone strike / a December 2019 attack: a month (and its
            # year) as the modifier of an attack's noun
            (?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s))(?P<mod_month>{mod_month})(?:\s(?P<mod_year>(?:19|20)\d\d))?
                (?=\s(?:[a-z][\w\-.]*\s){{0,2}}{_alt(YEAR_EVENT_NOUNS)}\b)
          | # the 2020 drone strike / the 2021 bombing: a year as the modifier of a noun after "the"
            (?<=\bthe\s)(?P<year_mod>(?:19|20)\d\d)(?=\s(?:[a-z][\w\-.]*\s){{0,3}}{_alt(YEAR_EVENT_NOUNS)}\b)
        )
        (?![\w])
        """
    )


class DateExpr(NamedTuple):
    start: int
    end: int
    date: dt.date | None
    precision: str  # day | month | year | unknown
    kind: str       # absolute | weekday | relative | month | year


def _month_day(pub: dt.date | None, month: int, day: int, year: str | None) -> tuple[dt.date | None, str]:
    try:
        if year:
            return dt.date(int(year), month, day), "day"
        if pub is None:
            return None, "unknown"
        d = dt.date(pub.year, month, day)
        if d > pub + dt.timedelta(days=7):
            d = dt.date(pub.year - 1, month, day)
        return d, "day"
    except ValueError:
        return None, "unknown"


def _month(pub: dt.date | None, month: int, year: str | None, *, before: bool = False) -> tuple[dt.date | None, str]:
    """A month's first day; without a year, the latest such month up to publication's (with
    *before*, "last December", the latest before it)."""
    if year:
        return dt.date(int(year), month, 1), "month"
    if pub is None:
        return None, "unknown"
    y = pub.year if month < pub.month or (month == pub.month and not before) else pub.year - 1
    return dt.date(y, month, 1), "month"


def _span_month(pub: dt.date, first: dt.date, last: dt.date) -> tuple[dt.date | None, str]:
    if first.year == last.year and first.month == last.month:
        return dt.date(first.year, first.month, 1), "month"
    return None, "unknown"


def resolve(m: re.Match[str], pub: dt.date | None, group: int | str = 0, shift: int = 0) -> DateExpr:
    """Turn one match of :func:`date_pattern` (as *group* of *m*, its offsets moved by
    *shift*) into a date and a precision."""
    g = m.group
    span = m.span(group)
    start, end = span[0] + shift, span[1] + shift
    if g("md_month"):
        d, p = _month_day(pub, MONTHS[g("md_month")], int(g("md_day")), g("md_year"))
        return DateExpr(start, end, d, p, "absolute")
    if g("dm_month"):
        d, p = _month_day(pub, MONTHS[g("dm_month")], int(g("dm_day")), g("dm_year"))
        return DateExpr(start, end, d, p, "absolute")
    if g("num_a"):
        d = _numeric(int(g("num_a")), int(g("num_b")), int(g("num_y")))
        return DateExpr(start, end, d, "day" if d is not None else "unknown", "numeric" if d is None else "absolute")
    if g("iso"):
        try:
            return DateExpr(start, end, dt.date.fromisoformat(g("iso")), "day", "absolute")
        except ValueError:
            return DateExpr(start, end, None, "unknown", "absolute")
    if g("pm_month"):
        d, p = _month(pub, MONTHS[g("pm_month")], g("pm_year"))
        return DateExpr(start, end, d, p, "month")
    if g("m_month"):
        d, p = _month(pub, MONTHS[g("m_month")], g("m_year"), before=g("m_last") is not None)
        return DateExpr(start, end, d, p, "month")
    if g("mod_month"):
        d, p = _month(pub, MONTHS[g("mod_month")], g("mod_year"))
        return DateExpr(start, end, d, p, "month")
    if g("hol"):
        month, day = HOLIDAYS[phrase_key(g("hol"))]
        d, p = _month_day(pub, month, day, None)
        return DateExpr(start, end, d, p, "absolute")
    if g("wd"):
        if pub is None:
            return DateExpr(start, end, None, "unknown", "weekday")
        back = (pub.weekday() - WEEKDAYS[g("wd")]) % 7
        return DateExpr(start, end, pub - dt.timedelta(days=back), "day", "weekday")
    if g("rel"):
        rel = phrase_key(g("rel"))
        off = RELATIVE.get(rel)
        if pub is None or rel in ANCHORED_ONLY or rel in ANCHORED_BEFORE_COMMA:
            return DateExpr(start, end, None, "unknown", "relative")
        if off is not None:
            return DateExpr(start, end, pub + dt.timedelta(days=off), "day", "relative")
        monday = pub - dt.timedelta(days=pub.weekday())
        if rel in ("earlier this week", "this week"):
            d, p = _span_month(pub, monday, pub)
        elif rel == "last week":
            d, p = _span_month(pub, monday - dt.timedelta(days=7), monday - dt.timedelta(days=1))
        elif rel in ("earlier this month", "this month"):
            d, p = dt.date(pub.year, pub.month, 1), "month"
        else:  # last month
            first = dt.date(pub.year, pub.month, 1) - dt.timedelta(days=1)
            d, p = dt.date(first.year, first.month, 1), "month"
        return DateExpr(start, end, d, p, "relative")
    if g("th_day"):
        return DateExpr(start, end, None, "unknown", "day-of-month")
    year = int(g("year") or g("year_mod"))
    return DateExpr(start, end, dt.date(year, 1, 1), "year", "year")


def dates(folded: str, pub: dt.date | None, start: int = 0, end: int | None = None) -> list[DateExpr]:
    """Every date expression in ``folded[start:end]``, resolved against *pub*."""
    pat = date_pattern()
    return [resolve(m, pub) for m in pat.finditer(folded, start, len(folded) if end is None else end)]


@cache
def _date_scan_pattern(ascii: bool) -> re.Pattern[str]:
    """DATE_AFTER_SPACE: :func:`date_pattern` as group ``date``, after the character before it
    (see :func:`~conflictlib.lookup.patterns.before_word`: the engine then tries it at word starts only)."""
    from .lookup.patterns import before_word

    # whole-text scan: the standard library's re is faster here
    return re.compile(before_word(ascii=ascii) + "(?P<date>" + _date_body() + ")", re.VERBOSE)


# Resolutions already made by scan_dates(): the texts of all groups of a match and the
# publication date -> the date, precision and kind that resolve() gives.  resolve() reads
# nothing else of a match but its span, so a hit is exact.  Reporting repeats its dates
# ("Sunday", "Oct. 7", "last week"); the dict is emptied when full, to stay small.
_RESOLVED: dict[tuple[tuple[str | None, ...], dt.date | None], tuple[dt.date | None, str, str]] = {}
_RESOLVED_MAX = 4096
_NEW = tuple.__new__  # tuple.__new__(DateExpr, values): a DateExpr without its Python-level __new__


def scan_dates(padded: str, pub: dt.date | None, skip: Sequence[tuple[int, int]] = ()) -> list[DateExpr]:
    """Every date expression of a folded text given with one space before it
    (``" " + folded``); offsets index the text without that space.

    Without *pub*, a day and month (or a month) without a year take the year that the
    text fixes (:func:`_year_from_text`; the full dates inside the spans *skip*, photo
    captions, fix nothing), and "the previous day" after a stated day is the day before it
    (:func:`_day_before_stated`)."""
    if pub is None:
        return _scan_undated(padded, skip)
    out = _scan(padded, pub)
    if any(h in padded for h in _ANCHORED_HINTS):
        _day_before_stated(out, padded)
    if "on the " in padded:
        _day_of_stated_month(out, padded)
    _weekday_takes_its_date(out, padded)
    return out


def _numeric_dates(a: int, b: int, year: int) -> list[dt.date]:
    """The dates a numeric date may be: day first ("06-05-2024", 6 May, as outlets of the
    region write it) and month first (the American order), each when it exists."""
    out = []
    for day, month in ((a, b), (b, a)):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d not in out:
            out.append(d)
    return out


def _numeric(a: int, b: int, year: int) -> dt.date | None:
    """A numeric date read in the one order that gives a date ("20/01/2024"), or None when
    both do ("3/2/2024": a weekday beside it decides, :func:`_weekday_takes_its_date`)."""
    ds = _numeric_dates(a, b, year)
    return ds[0] if len(ds) == 1 else None


#: The separators of a numeric date ("06-05-2024", "12/1/2024", "03.01.2024").
_NUMERIC_SEPARATORS = re.compile(r"[/.\-]")


def _weekday_takes_its_date(out: list[DateExpr], padded: str) -> None:
    """"on Wednesday, Oct. 18": the weekday names the day beside it, not the last
    Wednesday before publication; "on Monday, 06-05-2024": of the two readings of a numeric
    date, the one that falls on that weekday (6 May 2024, a Monday)."""
    for i in range(1, len(out)):
        e, prev = out[i], out[i - 1]
        if e.kind == "numeric" and prev.kind == "weekday" and 0 <= e.start - prev.end <= WEEKDAY_GAP \
                and padded[prev.end + 1:e.start + 1].strip(" ,(") == "":
            wd = WEEKDAYS.get(phrase_key(padded[prev.start + 1:prev.end + 1]))
            a, b, year = (int(x) for x in _NUMERIC_SEPARATORS.split(padded[e.start + 1:e.end + 1]))
            fits = [d for d in _numeric_dates(a, b, year) if d.weekday() == wd]
            if len(fits) == 1:
                out[i] = e = e._replace(date=fits[0], precision="day", kind="absolute")
        if prev.kind == "weekday" and e.kind == "absolute" and e.precision == "day" and e.date is not None \
                and prev.date != e.date and 0 <= e.start - prev.end <= WEEKDAY_GAP \
                and padded[prev.end + 1:e.start + 1].strip(" ,(") == "":
            out[i - 1] = prev._replace(date=e.date, precision="day")


def _scan(padded: str, pub: dt.date | None) -> list[DateExpr]:
    pat = _date_scan_pattern(padded.isascii())
    cache = _RESOLVED
    out = []
    for m in pat.finditer(padded):
        key = (m.groups(), pub)
        known = cache.get(key)
        if known is None:
            d = resolve(m, pub, "date", -1)
            if len(cache) >= _RESOLVED_MAX:
                cache.clear()
            cache[key] = d[2:]
            out.append(d)
        else:
            start, end = m.span("date")
            out.append(_NEW(DateExpr, (start - 1, end - 1, *known)))
    return out


# --------------------------------------------------------------------------- no publication date
#
# ANNOTATION.md: without a publication date, a month and day take the year that the text
# fixes: a weekday next to the date ("Wednesday, Oct. 18" is 2023), another full date in
# the text (the year that puts it nearest to one, and not after the latest), or the campaign the text describes
# (October 2023 into 2024: October to December are 2023, January to September 2024).  A
# bare weekday, "last night" and "yesterday" stay unresolved.

#: Full dates in this span fix the year of the campaign's other dates; a text whose full
#: dates all lie outside it is about another time, and its yearless dates stay unresolved.
CAMPAIGN_SPAN = (dt.date(2023, 1, 1), dt.date(2025, 12, 31))
#: A yearless date takes a year that puts it inside the campaign when one does (a typo'd
#: stamp year nearby does not pull it out).
CAMPAIGN_WINDOW = (dt.date(2023, 10, 1), dt.date(2025, 12, 31))
#: The campaign's first month: a yearless date of this month or later is of the first year.
CAMPAIGN_FIRST = (2023, 10)
#: Years a weekday is tried in ("Wednesday, Oct. 18").
WEEKDAY_YEARS = (2023, 2024, 2025)
#: A weekday names the date after it when at most this many characters (", " or " (")
#: stand between them.
WEEKDAY_GAP = 3
#: "the previous day" counts back from a day stated at most this many characters before it.
STATED_DAY_WINDOW = 300
_ANCHORED_REL = {"the previous day": -1, "the day before": -1, "a day earlier": -1,
                 "the previous night": -1, "the night before": -1, **ANCHORED_ONLY,
                 **ANCHORED_BEFORE_COMMA}
#: cheap test: every phrase of _ANCHORED_REL names a day, a night or a morning
_ANCHORED_HINTS = (" day", " night", " morning")
_MD_GROUPS = (("md_month", "md_day", "md_year"), ("dm_month", "dm_day", "dm_year"))
_M_GROUPS: tuple[tuple[str, str | None], ...] = (("pm_month", "pm_year"), ("m_month", "m_year"), ("mod_month", "mod_year"))


def _yearless(m: re.Match[str]) -> tuple[int, int] | None:
    """(month, day) of a day-and-month without a year, (month, 0) of a month without one."""
    for mo, dy, yr in _MD_GROUPS:
        if m.group(mo):
            return None if m.group(yr) else (MONTHS[m.group(mo)], int(m.group(dy)))
    for month_group, year_group in _M_GROUPS:
        if m.group(month_group):
            return None if year_group is not None and m.group(year_group) else (MONTHS[m.group(month_group)], 0)
    if m.group("hol"):
        return HOLIDAYS[phrase_key(m.group("hol"))]
    return None


def _on(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day or 1)
    except ValueError:
        return None


def _year_from_text(month: int, day: int, refs: list[dt.date]) -> dt.date | None:
    """The date of a yearless (month, day) nearest to a full date of the text, else the
    campaign's (see above)."""
    if refs:
        best: tuple[int, dt.date] | None = None
        years = sorted({r.year + k for r in refs for k in (-1, 0, 1)})
        inside = [y for y in years if (x := _on(y, month, day or 15)) and CAMPAIGN_WINDOW[0] <= x <= CAMPAIGN_WINDOW[1]]
        # an attack the text reports has happened by the text's latest full date (its day of
        # writing, or near it): "Hamas's October 7 attack" in a text dated May 2024 is 2023's,
        # though October 2024 lies nearer
        latest = max(refs)
        past = [y for y in inside if (x := _on(y, month, day or 1)) and x <= latest]
        for y in past or inside or years:
            d = _on(y, month, day or 15)
            if d is None:
                continue
            gap = min(abs((d - r).days) for r in refs)
            if best is None or gap < best[0]:
                best = (gap, d)
        if best is None:
            return None
        return _on(best[1].year, month, day)
    y = CAMPAIGN_FIRST[0] if month >= CAMPAIGN_FIRST[1] else CAMPAIGN_FIRST[0] + 1
    return _on(y, month, day)


def _scan_undated(padded: str, skip: Sequence[tuple[int, int]] = ()) -> list[DateExpr]:
    """:func:`scan_dates` without a publication date (see above)."""
    pat = _date_scan_pattern(padded.isascii())
    ms = list(pat.finditer(padded))
    out = [resolve(m, None, "date", -1) for m in ms]
    if not out:
        return out
    # a file photo's caption ("... at the Pentagon, Jan. 26, 2012") says when the photo was
    # taken: it neither fixes the year of the story's dates nor makes it a story of 2012
    full = [e.date for e in out if e.kind == "absolute" and e.date is not None
            and not any(a <= e.start < b for a, b in skip)]
    lo, hi = CAMPAIGN_SPAN
    refs = [d for d in full if lo <= d <= hi]
    if not full or refs:
        for i, m in enumerate(ms):
            e = out[i]
            if e.date is not None:
                continue
            md = _yearless(m)
            if md is None:
                continue
            month, day = md
            prev = out[i - 1] if i else None
            d: dt.date | None = None
            if day and prev is not None and prev.kind == "weekday" and \
                    0 <= e.start - prev.end <= WEEKDAY_GAP and padded[prev.end + 1:e.start + 1].strip(" ,(") == "":
                wd = WEEKDAYS[ms[i - 1].group("wd")]
                fits = [x for x in (_on(y, month, day) for y in WEEKDAY_YEARS) if x and x.weekday() == wd]
                if len(fits) == 1:
                    d = fits[0]
                    out[i - 1] = prev._replace(date=d, precision="day")
            if d is None:
                d = _year_from_text(month, day, refs)
            if d is not None:
                out[i] = e._replace(date=d, precision="day" if day else "month")
    if any(h in padded for h in _ANCHORED_HINTS):
        _day_before_stated(out, padded)
    if "on the " in padded:
        _day_of_stated_month(out, padded)
    _weekday_takes_its_date(out, padded)
    return out


_WITH_YEAR = re.compile(r"(?:19|20)\d\d")


def weekdays_by_full_date(out: list[DateExpr], folded: str, skip: list[tuple[int, int]]) -> list[DateExpr]:
    """Without a publication date, a bare weekday ("the attack was carried out on Saturday")
    is the day of the text's one full date (with its year) that falls on that weekday and lies
    within the week before the latest full date ("January 20, 2024" under a post about the
    attack, a Saturday); two such dates, or none, leave it unresolved.  Dates inside the spans
    *skip* (photo captions: a file photo's day) count for nothing.  *out*: what
    :func:`scan_dates` gave without a publication date."""
    full = [e.date for e in out if e.kind == "absolute" and e.precision == "day" and e.date is not None
            and not any(a <= e.start < b for a, b in skip)
            and _WITH_YEAR.search(folded, e.start, e.end) is not None]
    if not full:
        return out
    latest = max(full)
    res = list(out)
    for i, e in enumerate(out):
        if e.kind != "weekday" or e.date is not None:
            continue
        wd = WEEKDAYS.get(folded[e.start:e.end])
        days = {d for d in full if 0 <= (latest - d).days <= 6 and d.weekday() == wd}
        if len(days) == 1:
            res[i] = e._replace(date=days.pop(), precision="day")
    return res


#: "on the 28th" takes the month of a date stated at most this many characters before it.
STATED_MONTH_WINDOW = 400
_DIGITS = re.compile(r"\d+")


def _day_of_stated_month(out: list[DateExpr], padded: str) -> None:
    """"on the 28th" is that day of the month of the date stated before it ("The attacks grew in
    January. ... drones struck Tower 22 on the 28th": January 28); with no such date, none."""
    for i, e in enumerate(out):
        if e.kind != "day-of-month" or not i:
            continue
        prev = out[i - 1]
        m = _DIGITS.search(padded, e.start + 1, e.end + 1)
        if prev.date is None or prev.precision not in ("day", "month") or m is None \
                or e.start - prev.end > STATED_MONTH_WINDOW:
            continue
        try:
            out[i] = e._replace(date=prev.date.replace(day=int(m.group())), precision="day")
        except ValueError:
            continue


def _day_before_stated(out: list[DateExpr], padded: str) -> None:
    """"the previous day" right after a stated day ("On Jan. 28 ... The previous day") is
    the day before that day, not the day before publication; "two days later" or "the next
    day" (ANCHORED_ONLY) counts from it too.  A weekday resolved to its day states a day as
    well ("A drone hit al-Tanf on Sunday. A day earlier, ...": Saturday)."""
    for i, e in enumerate(out):
        if e.kind != "relative" or not i:
            continue
        rel = phrase_key(padded[e.start + 1:e.end + 1])
        back = _ANCHORED_REL.get(rel)
        if back is None:
            continue
        prev = out[i - 1]
        if prev.kind in ("absolute", "weekday") and prev.precision == "day" and prev.date is not None \
                and e.start - prev.end <= STATED_DAY_WINDOW:
            out[i] = e._replace(date=prev.date + dt.timedelta(days=back), precision="day")


def resolve_date(expr: str, published: str | dt.date | None) -> tuple[dt.date | None, str]:
    """Resolve one date expression: ``resolve_date("late on Sunday", "2023-12-04")``
    gives ``(datetime.date(2023, 12, 3), "day")``."""
    from ._text import fold

    pub = dt.date.fromisoformat(published) if isinstance(published, str) else published
    found = dates(fold(expr), pub)
    if not found:
        return None, "unknown"
    return found[0].date, found[0].precision
