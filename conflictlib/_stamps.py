"""An article's own stamp: the publication date a page shows near its top when it has no
header line and no dated wire dateline (a byline, a labelled or timestamp line, a dated
title or lead); read by :mod:`conflictlib.corpus.articles` and, to skip such lines as
furniture, by :mod:`conflictlib.extract.furniture`.

Where a page shows its publication date when it has no header line and no dated wire
dateline: a line of page furniture near the top.  Each form is read on one stripped line.

  By A. Writer / February 2, 2024 at 6:31 PM       byline with a stamp
  Published: 12 January 2024 10:12 | Updated: ...  a labelled stamp
  Date:2024-03-05 22:10:05                         (a date label needs its colon)
  By Agency|Mar 05,2024                            a byline with a bar and no spaces
  2 February 2024, 21:38 | Updated: ...            a stamp line (date, then a time or a separator)
  Friday 2 February 2024 - 22:50                   (a weekday is fine when a time follows)
  10/18/2023   Feb-5-2024, 13:16:17 GMT   2024-07-17 | 01:07
  2023/11/09   04-Dec-2023   22-11-2023 (day first: only when the day is over 12 or
                                         equals the month; 11-22-2023 is month first)
  Updated 11:12, 04-Dec-2023                       a labelled stamp with its time first
  Iran Update, January 28, 2024                    a short title that ends with its date
  Weekly Brief: March 4, 2024                      (or with a colon before it)
  February 1, 2024 - Attacks by ...                a dated lead (only when no other line
                                                   opens with a date: not a timeline)

Forms whose line must end with the stamp (nothing after the date but a time or a
separator), since their opening could also open prose:

  By Jane Roe March 3, 2024                        a byline with no separator
  by | Mar 3, 2024                                 a byline whose name the page left out
  Jane Roe Published March 3, 2024 | 9:15 AM       a labelled stamp after the writer's name
  Posted at 9:15 AM, Mar 3, 2024                   a label, "at" and the time first
  AGENCY | March 3, 2024 09:15 AM                  a source, a bar, the date
  CITY, Mar 3 (AGENCY) Mar 3, 2024                 a wire dateline, then the full date
  9:15 AM - Sunday, March 3, 2024                  the time first (a bullet or a section
  News 09:15 AM - 2024-03-03                       word may open the line)
  2024-03-03T09:15:00+00:00                        an ISO timestamp
  Jane Roe | 03.03.2024                            a dotted date: day first (the dotted
                                                   form is the day-first convention)

A weekday and a date alone on a line is most often the page-date widget of a site's
masthead (the day the page was viewed: it opens the page or follows a menu word, "Dark
Mode"); some sites print the article's date that way under its headline.  Such a line is
read only after a headline (a line of at least ``WIDGET_HEADLINE_WORDS`` words), and only
when no other line of the page is a stamp.

Not a stamp: a date inside prose ("On 2 February, ..."), a photo caption's date.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import NamedTuple

import re

from ._dates import MONTHS, WEEKDAYS, _alt

#: The stamp is looked for in this many first non-blank lines ...
STAMP_LINES = 14
#: ... of at most this many characters of the text.
STAMP_HEAD = 3000
#: A line longer than this is prose, except for a labelled stamp or a dated lead.
STAMP_LINE_MAX = 120
#: A title that ends with its date is at most this long.
DATED_TITLE_MAX = 80
#: A weekday and date alone on a line is the article's date only below a line of at least
#: this many words (a headline; a masthead's widget follows a menu word or opens the page).
WIDGET_HEADLINE_WORDS = 4

_STAMP_LABELS = ("published", "updated", "update", "posted", "last updated", "first published",
                 "released")
#: Labels that are a stamp's only with a colon after them ("Date:2024-03-05 22:10"; a bare
#: "date 2024-03-05" opens the header line, read elsewhere).
_COLON_LABELS = ("date", "dated")
#: A stamp's weekday may be cut to three letters ("Thu, 06-06-2024"), which prose never
#: does before a full date.
_STAMP_WEEKDAYS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
#: The name of a time of day as stamps print it: "09:15", "9:15 AM", "09:15:07".
_CLOCK = r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?)?"


@cache
def _stamp_date_body() -> str:
    """A full date with its year, in the forms pages print (groups: s_*)."""
    month = _alt(MONTHS)
    return rf"""
    (?:
        (?P<s_m1>{month})\.?[\s-](?P<s_d1>[0-3]?\d)(?:st|nd|rd|th)?(?:,\s?|[\s-])(?P<s_y1>20\d\d)   # February 2, 2024 / Feb-5-2024 / Feb 04,2024
      | (?P<s_d2>[0-3]?\d)(?:st|nd|rd|th)?\s(?P<s_m2>{month})\.?,?\s(?P<s_y2>20\d\d)       # 2 February 2024
      | (?P<s_mm>[01]?\d)/(?P<s_dd>[0-3]?\d)/(?P<s_y3>20\d\d)                             # 10/18/2023
      | (?P<s_y4>20\d\d)-(?P<s_m4>[01]\d)-(?P<s_d4>[0-3]\d)                               # 2024-07-17
            (?:t[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{{1,6}})?)?(?:z|[+-][01]\d:?[0-5]\d)?)?          # ...T21:13:38+00:00
      | (?P<s_y5>20\d\d)/(?P<s_m5>[01]?\d)/(?P<s_d5>[0-3]?\d)                             # 2023/11/09
      | (?P<s_d6>[0-3]?\d)-(?P<s_m6>{month})-(?P<s_y6>20\d\d)                              # 04-Dec-2023
      | (?P<s_a7>[0-3]?\d)-(?P<s_b7>[0-3]?\d)-(?P<s_y7>20\d\d)                            # 22-11-2023
      | (?P<s_d8>[0-3]?\d)\.(?P<s_m8>[01]?\d)\.(?P<s_y8>20\d\d)                            # 03.01.2024
    )(?![\w/-])
    """


@cache
def stamp_line_pattern() -> re.Pattern[str]:
    """STAMP_LINE: a (folded, stripped) line that opens with a page's date: an optional
    ``label`` ("Published:"), ``byline`` ("By X /") or ``title`` ("Iran Update, "), or one of
    the openings whose line must end with the stamp (:data:`STRICT_OPENINGS`), an optional
    weekday ``wd``, the date, and the ``rest`` of the line (classified by
    :func:`stamp_lines`)."""
    weekday = _alt({*WEEKDAYS, *_STAMP_WEEKDAYS})
    labels = _alt(_STAMP_LABELS)
    colon_labels = _alt(_COLON_LABELS)
    return re.compile(
        rf"""
        (?:\u2022\s)?                                               # a bullet
        (?:
            (?P<label>(?:(?:{labels})(?:\son)?\s?:?\s                # Published: / Updated on
                | {colon_labels}\s?:\s?)                            # Date:2024-03-05 (the colon is needed)
                (?:(?:at\s)?{_CLOCK},?\s)?)                          # Updated 11:12, 04-Dec-2023
          | (?P<byline>by\s(?:[^/|\n]{{1,60}}?)?(?:\s?[/|]\s?|\s?-\s))  # By A. Writer / (by | ) (By Agency|)
          | (?P<bare_byline>by\s(?:[^\W\d_][\w.'-]*\s){{1,4}}?)       # By Jane Roe March 3, 2024
          | (?P<named_label>(?:[^\W\d_][\w.'-]*\s){{1,3}}?(?:{labels})(?:\son)?:?\s)  # Jane Roe Published
          | (?P<source>[^|\n]{{1,40}}?\s?\|\s)                       # AGENCY |
          | (?P<wire>[^\W\d_][^\n()]{{1,40}}\([^\W\d_][^\n()]{{1,25}}\)\s)  # CITY, Jan 22 (AGENCY) Jan 22, 2024
          | (?P<clock_first>(?:[^\W\d_]+\s)?{_CLOCK}(?:,\s|\s[-|]\s|\s))  # 9:15 AM - / News 09:15 -
          | (?P<title>(?!(?:{weekday}),\s)[^\n]{{3,{DATED_TITLE_MAX}}}?[,:]\s)   # Iran Update, / Brief:
        )??                                                          # (a line that opens with its date has none)
        (?P<wd>{weekday},?\s)?
        {_stamp_date_body()}
        (?P<rest>[^\n]{{0,{STAMP_LINE_MAX}}})
        """,
        re.VERBOSE,
    )


#: The openings of a stamp line that prose could also open with ("By late March 3, ...",
#: "The report was published March 3, ..."): their line must end with the stamp.
STRICT_OPENINGS = ("bare_byline", "named_label", "source", "wire", "clock_first")

#: What may follow a stamp's date on its line: a time, a separator, the update's label
#: ("03.01.2024 - Update: ..."), or nothing.
_STAMP_REST = re.compile(r"\s*(?:(?:at\s|-\s|\|\s|,\s*|\s)?[0-2]?\d:[0-5]\d|[|\u2022]|-\s(?:last\s)?updated?\b|$)")
#: A dated lead: "February 1, 2024 - Attacks by ...".
_LEAD_REST = re.compile(r"\s-\s\S")


def strict_opening(m: re.Match[str]) -> bool:
    """True when *m* (a :func:`stamp_line_pattern` match) opens in one of the
    :data:`STRICT_OPENINGS`."""
    return any(m[g] for g in STRICT_OPENINGS)


def ends_as_stamp(rest: str) -> bool:
    """True when what follows a stamp's date is only a time or a separator (or nothing)."""
    return _STAMP_REST.match(rest) is not None


def _stamp_value(m: re.Match[str]) -> dt.date | None:
    g = m.group
    try:
        if g("s_m1"):
            return dt.date(int(g("s_y1")), MONTHS[g("s_m1")], int(g("s_d1")))
        if g("s_m2"):
            return dt.date(int(g("s_y2")), MONTHS[g("s_m2")], int(g("s_d2")))
        if g("s_mm"):
            return dt.date(int(g("s_y3")), int(g("s_mm")), int(g("s_dd")))
        if g("s_y5"):
            return dt.date(int(g("s_y5")), int(g("s_m5")), int(g("s_d5")))
        if g("s_y8"):
            return dt.date(int(g("s_y8")), int(g("s_m8")), int(g("s_d8")))
        if g("s_m6"):
            return dt.date(int(g("s_y6")), MONTHS[g("s_m6")], int(g("s_d6")))
        if g("s_y7"):
            # dd-mm-yyyy (most sites outside the US) or mm-dd-yyyy: read only when the
            # numbers tell which is the day (22-11-2023, 11-22-2023, 05-05-2024)
            a, b = int(g("s_a7")), int(g("s_b7"))
            if a > 12 or a == b:
                return dt.date(int(g("s_y7")), b, a)
            if b > 12:
                return dt.date(int(g("s_y7")), a, b)
            return None  # 03-04-2024: March 4 or 3 April
        return dt.date(int(g("s_y4")), int(g("s_m4")), int(g("s_d4")))
    except ValueError:
        return None


@cache
def _full_date_pattern() -> re.Pattern[str]:
    """FULL_DATE: any full date with a year, anywhere in a line (for the sanity check)."""
    return re.compile(r"(?<![\w/-])" + _stamp_date_body(), re.VERBOSE)


class Stamp(NamedTuple):
    date: dt.date
    start: int   # the span of the stamp's line in the text
    end: int
    how: str     # label | byline | stamp | lead | title


def stamp_lines(text: str) -> list[Stamp]:
    """Every line near the top of *text* that shows the page's own date (see above), in
    text order; a line whose stamp is contradicted (a later full date on the same line:
    "Update: 9 Feb 2023 | ... data as of 4 February 2024") is left out.  A weekday and date
    alone on a line under a headline (``how`` "widget") is kept only when no other line is
    a stamp."""
    from ._text import fold

    pat = stamp_line_pattern()
    out: list[Stamp] = []
    leads: list[Stamp] = []
    widgets: list[Stamp] = []
    opening_dates = 0
    pos, seen = 0, 0
    headline_above = False
    head = text[:STAMP_HEAD]
    for raw in head.split("\n"):
        start = pos
        pos += len(raw) + 1
        line = fold(raw.strip())
        if not line:
            continue
        seen += 1
        if seen > STAMP_LINES:
            break
        if _full_date_pattern().match(line):
            opening_dates += 1
        above, headline_above = headline_above, headline_above or len(line.split()) >= WIDGET_HEADLINE_WORDS
        m = pat.match(line)
        if m is None:
            continue
        rest = m["rest"]
        if strict_opening(m):
            if not ends_as_stamp(rest):
                continue
            how = "byline" if m["bare_byline"] else "label" if m["named_label"] else "stamp"
        elif m["label"] or m["byline"]:
            how = "label" if m["label"] else "byline"
        elif m["title"]:
            if rest.strip() or seen > 3 or m["title"].rstrip(", ") in WEEKDAYS:
                continue
            how = "title"
        elif ends_as_stamp(rest):
            if m["wd"] and not rest.strip():
                if not above:
                    continue  # "Sunday, 22 December 2024" atop the page: the masthead's widget
                how = "widget"
            else:
                how = "stamp"
        elif _LEAD_REST.match(rest):
            how = "lead"
        else:
            continue
        d = _stamp_value(m)
        if d is None:
            continue
        later = [x for x in (_stamp_value(f) for f in _full_date_pattern().finditer(line)) if x and x > d]
        if later:
            continue
        s = Stamp(d, start, start + len(raw), how)
        (leads if how == "lead" else widgets if how == "widget" else out).append(s)
    if len(leads) == 1 and opening_dates == 1:  # several lines opening with a date: a timeline
        out += leads
    if not out:
        out += widgets[:1]
    return sorted(out, key=lambda s: s.start)


def stamp_date(text: str) -> dt.date | None:
    """The publication date a page shows near its top (:func:`stamp_lines`): the first
    stamp that is not an update's, else the first update's; None when there is none."""
    found = stamp_lines(text)
    if not found:
        return None
    from ._text import fold

    first = [s for s in found if not fold(text[s.start:s.end]).lstrip().startswith(("updated", "update", "last updated"))]
    return (first or found)[0].date
