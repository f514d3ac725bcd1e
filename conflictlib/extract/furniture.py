"""Article furniture: the lines of a page that are not prose.

A scraped or reposted article carries its headline and sub-headlines, photo captions,
bylines, timestamps, "Read more" and "Related" links, share buttons and comment threads
beside its prose.  Read as prose they repeat an attack (the headline names the lead's
attack again, in fewer words and often wrongly: "Drone Strikes Hit US Base in
Syria, Officials Say" has no subject) or invent one (a file photo's caption).  ANNOTATION.md:
they are not events; they may still give the publication date (read by
:func:`conflictlib._stamps.stamp_date`, which looks at the raw text).

:func:`furniture_sentences` marks the sentences that lie on such lines, and
:func:`conflictlib.extract.extract` does not read them.  A line is furniture when it is

- ``headline``: no final full stop, question or exclamation mark (nor a colon or comma
  that leads into more prose), and either among the first :data:`HEAD_LINES` lines of the
  text or written in Title Case (:data:`TITLE_CASE_SHARE` of its long words capitalised);
  a line that repeats an earlier headline word for word is one too, and so is a short first
  line of prose that ends with a full stop when the next paragraph retells it;
- ``caption``: a photo credit in brackets at its end, a "(FILE)" / "File photo" opening, or
  an agency caption's opening, a place with its country and the day the picture was taken
  before a colon ("BAGHDAD, IRAQ - JANUARY 5: Mourners carry ...", "Erbil, Iraq, 5 January
  2024: People look at ...");
- ``byline``, ``stamp``, ``link``: "By A. Writer", a date-and-time line, "Read more: ...",
  a repost's credit ("This article originally appeared on X: its headline");
- ``comments``: everything after a comment thread's heading ("Leave a Reply", "Comments");
- ``correction``: an editor's note on what an earlier version said ("An earlier version of this
  story misstated ...", "Correction: ...");
- ``embed``: an embedded social-media post, its credit line ("— A. Name (@handle) May 2,
  2024") and the post's line above it (a user's words, not the outlet's report).

A line cut off at the end of an excerpt also has no final stop: it is furniture only in
Title Case, never for being short.
"""

from __future__ import annotations

import re
from functools import cache

from .._dates import MONTHS
from .._stamps import ends_as_stamp, stamp_line_pattern, strict_opening
from .._text import Sentence, fold

#: A line without a final stop among this many first non-blank lines is a headline.
HEAD_LINES = 3
#: ... and a longer one is the first paragraph, cut short.
HEADLINE_MAX = 160
#: A Title Case line has at least this share of its long words capitalised ...
TITLE_CASE_SHARE = 0.7
#: ... and at least this many long words (of four letters or more).
TITLE_CASE_WORDS = 3
#: A line that ends with a full stop is a headline only if at most this long, ...
STOPPED_HEADLINE_MAX = 110
#: ... and the next paragraph repeats at least this share of its long words.
STOPPED_HEADLINE_SHARE = 0.75
#: A byline ("By A. Writer, Agencies") is at most this long.
BYLINE_MAX = 60

#: What ends a line of prose (a closing quote or bracket may follow).
_PROSE_END = re.compile(r"""[.!?:;,]["'\u201d\u2019)\]]{0,3}\s*\Z""")
_LONG_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]{3,}")
#: CAPTION: a photo credit in brackets at the end, or a file-photo opening.
_CAPTION = re.compile(
    r"""(?:
        \((?:[^()\n]{0,80}?)(?:getty\simages|photo|file|\w/\w|\w\s/\s\w)[^()\n]{0,60}\)\s*\Z   # (Photo by X), (A/AFP via Getty)
      | \A\(?file\)?(?:\sphoto)?\s?[:)\-]
      | \Afile\sphoto\b
    )""",
    re.VERBOSE,
)
#: PHOTO_CREDIT: a caption's credit at the end of its line, not in brackets: a photographer and
#: an agency ("... at the base, Jan. 5, 2019. Jane Roe/AFP via Getty Images", "Cover photo:
#: J. Roe / AFP", "... / Photo: Reuters").  Its line ends with no stop, so prose never has it.
_PHOTO_CREDIT = re.compile(
    r"""(?:\w\s?/\s?(?:afp|reuters|ap|epa|getty\simages|anadolu|xinhua)(?:\svia\sgetty\simages)?
      | /\sphoto:\s(?:afp|reuters|ap|epa|getty\simages|anadolu|xinhua))\s*\Z""",
    re.VERBOSE,
)
#: The full month names of a caption's day ("JANUARY 5"; a dateline abbreviates: "Jan 21"): the
#: longest name of each month in the date scan's table.
_FULL_MONTHS = tuple(max((k for k, v in MONTHS.items() if v == n), key=len) for n in range(1, 13))


@cache
def _caption_open() -> re.Pattern[str]:
    """CAPTION_OPEN: an agency photo caption's opening (folded): a place of one to four words,
    its country or state, then the day with a full month name, and a colon: "baghdad, iraq -
    january 5: " (Getty), "erbil, iraq, 5 january 2024: ".  A dateline has no colon after its
    day and no country before it ("BAGHDAD, Jan 21 (Reuters) -")."""
    word = r"[a-z][a-z'.\-]*"
    month = "(?:" + "|".join(_FULL_MONTHS) + ")"
    return re.compile(
        rf"{word}(?:\s{word}){{0,3}},\s{word}(?:\s{word}){{0,2}}"
        rf"(?:\s[-\u2013\u2014]\s(?:\d{{1,2}}\s)?{month}(?:\s\d{{1,2}})?(?:,?\s\d{{4}})?"   # " - JANUARY 5"
        rf"|,\s(?:\d{{1,2}}\s{month}|{month}\s\d{{1,2}},?)\s\d{{4}})"                     # ", 5 January 2024"
        r":\s")


#: LINK: navigation and widgets: "Read more: ...", "Related", "Share", "Listen to this article",
#: a link to another story or video ("SEE MORE: US jets strike ...", "WATCH: Drone attack on ...").
_LINK = re.compile(
    r"""\A(?:read(?:\s(?:more|also|next))?(?=\s?:)|read\s(?:more|also|next)|loading\saudio|related(?:\s(?:articles?|stories|news|coverage))?|see\s(?:also|more)|watch(?=\s?:)|
        also\sread|more\son\sthis|share(?:\sthis(?:\sarticle)?)?|listen\sto\sthis\sarticle|
        skip\sto\smain\scontent|advertisement|subscribe|sign\sup|\d{1,2}\smin(?:ute)?s?(?:\sread)?
        |\d{1,2}:\d\d)(?!\w)
      | \A(?:this\s(?:article|story|report)\s(?:was\s|has\sbeen\s)?(?:originally|first)|originally)\s(?:appeared|published|posted)\s
        (?:on|in|at|by)\s                                # a repost's credit: "This article originally appeared on X: ..."
      | \A(?:updated|published(?:\son)?|amended)(?::|\s*\Z)""",
    re.VERBOSE,
)
#: CORRECTION: an editor's correction or update note ("An earlier version of this story
#: misstated the day of the attack", "Correction: ...", "This article has been updated with ..."):
#: it tells what the article said wrongly or when it changed, no attack of its own.
_CORRECTION = re.compile(
    r"""\A(?:(?:correction|corrections|clarification|editor'?s\snote|editor’s\snote)\s?:
      | an\s(?:earlier|previous)\sversion\sof\sthis\s(?:story|article|report|post)
      | this\s(?:story|article|report|post)\s(?:has\sbeen|was)\s(?:updated|corrected|amended|changed))""",
    re.VERBOSE,
)
#: EMBED_CREDIT: the credit line under an embedded social-media post ("— A. Name (@handle)
#: May 2, 2024"); the post's own text is the line before it (a user's words, not the article's).
_EMBED_CREDIT = re.compile(r"\A[\u2014\u2013\-]{1,2}\s?[^\n]{0,80}?\(@\w{1,30}\)[^\n]{0,40}\Z")
#: An embedded post is at most this long.
EMBED_MAX = 300
#: BYLINE: "By A. Writer" and "By Staff, Agencies".
_BYLINE = re.compile(r"\Aby\s[^\W\d_][^\n]{0,58}\Z")
#: COMMENTS: a comment thread's heading; every line after it is furniture.
_COMMENTS = re.compile(r"\A(?:leave\sa\s(?:reply|comment)|\d{0,4}\s?comments?|add\sa\scomment|join\sthe\sconversation)\s*:?\Z")


def _title_case(line: str) -> bool:
    longs = _LONG_WORD.findall(line)
    if len(longs) < TITLE_CASE_WORDS:
        return False
    caps = sum(1 for w in longs if w[0].isupper())
    return caps >= TITLE_CASE_SHARE * len(longs)


@cache
def _may_open() -> re.Pattern[str]:
    """MAY_OPEN: how a caption, link, byline, stamp or thread heading can open a line
    (a cheap test: a line of prose that ends with a stop and opens otherwise is prose)."""
    from .._dates import MONTHS, WEEKDAYS
    from .._stamps import _STAMP_LABELS

    starts = sorted({*MONTHS, *WEEKDAYS, *_STAMP_LABELS, "by", "(file", "file", "read", "related", "see",
                     "also", "more", "share", "listen", "watch", "skip", "loading", "advertisement", "subscribe", "sign",
                     "leave", "comment", "comments", "add", "join", "amended", "this", "originally",
                     "correction", "corrections", "clarification", "editor", "an"}, key=len, reverse=True)
    return re.compile(r"\d|(?:" + "|".join(map(re.escape, starts)) + r")(?![a-z])")


def line_kind(line: str, nth: int, low: str | None = None) -> str | None:
    """The kind of furniture a stripped *line* is (see above), or None for prose; *nth* is
    its number among the text's non-blank lines (0 first); *low* is the line folded."""
    if low is None:
        low = fold(line)
    ends = _PROSE_END.search(line, max(0, len(line) - 6)) is not None
    if low[:1].isalpha() and low.find(": ") >= 0 and _caption_open().match(low):
        return "caption"  # "BAGHDAD, IRAQ - JANUARY 5: Mourners carry ..."
    if ends and not line.endswith(")") and not _may_open().match(low):
        return None  # most lines: prose that ends with a stop
    if _COMMENTS.match(low):
        return "comments"
    if _LINK.match(low):
        return "link"
    if _CORRECTION.match(low):
        return "correction"
    if (low.endswith(")") or low.startswith(("(file", "file"))) \
            and _CAPTION.search(low, 0 if low.startswith(("(file", "file")) else max(0, len(low) - 160)):
        return "caption"
    if not ends and _PHOTO_CREDIT.search(low, max(0, len(low) - 60)):
        return "caption"
    if len(line) <= BYLINE_MAX and not ends and _BYLINE.match(low):
        return "byline"
    m = stamp_line_pattern().match(low)
    if m is not None and not m["title"] and len(m["rest"].split()) <= 6 \
            and (not strict_opening(m) or ends_as_stamp(m["rest"])):
        return "stamp"
    if not ends:
        if (nth < HEAD_LINES and len(line) <= HEADLINE_MAX) or _title_case(line):
            return "headline"
    return None


def furniture_lines(text: str, folded: str | None = None) -> list[tuple[int, int, str]]:
    """The spans and kinds of the furniture lines of *text* (*folded*: its :func:`fold`), in order."""
    if folded is None:
        folded = fold(text)
    out: list[tuple[int, int, str]] = []
    headlines: set[str] = set()
    pos, nth, thread = 0, 0, False
    before: tuple[int, int, str] | None = None  # the last non-blank line: (start, end, stripped)
    firsts: list[tuple[int, int, str, str]] = []  # the first non-blank lines: (start, end, stripped, folded)
    for raw in text.split("\n"):
        start = pos
        pos += len(raw) + 1
        line = raw.strip()
        if not line:
            continue
        lead = len(raw) - len(raw.lstrip())
        low = folded[start + lead:start + lead + len(line)]
        prev, before = before, (start, start + len(raw), line)
        if len(firsts) <= HEAD_LINES + 2:
            firsts.append((start, start + len(raw), line, low))
        if _EMBED_CREDIT.match(line):  # an embedded post: its credit line and the post above it
            if out and prev is not None and out[-1][0] == prev[0]:
                out[-1] = (prev[0], prev[1], "embed")  # (read as a headline before its credit came)
            elif prev is not None and len(prev[2]) <= EMBED_MAX:
                out.append((prev[0], prev[1], "embed"))
            out.append((start, start + len(raw), "embed"))
            nth += 1
            continue
        kind = "comments" if thread else line_kind(line, nth, low)
        if kind is None and headlines and low in headlines:
            kind = "headline"  # the headline again, word for word
        nth += 1
        if kind is None:
            continue
        if kind == "comments":
            thread = True
        if kind == "headline":
            headlines.add(low)
        out.append((start, start + len(raw), kind))
    return _stopped_headline(text, firsts, out)


def _stopped_headline(text: str, lines: list[tuple[int, int, str, str]],
                      out: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """*out* with the headline that ends in a full stop, when the lead retells it: a short
    one-sentence line among the first :data:`HEAD_LINES` lines, its own paragraph, most of
    whose long words the next paragraph of prose repeats ("Four fighters die as drone hits
    outpost in Hasakah." over "Four fighters died on Thursday when a drone hit an outpost in
    Hasakah, a spokesman said.").  *lines*: the text's first non-blank lines (start, end,
    stripped, folded)."""
    taken = {a for a, _, _ in out}
    for i, (a, b, line, low) in enumerate(lines[:HEAD_LINES]):
        if a in taken or not line.endswith(".") or len(line) > STOPPED_HEADLINE_MAX or ". " in line[:-1]:
            continue
        if text.find("\n\n", b - 1, b + 3) < 0:
            continue  # a paragraph of its own
        # the next line of prose (past an image's file name or a stamp) longer than the line
        nxt = next((nlow for x, _, ln, nlow in lines[i + 1:] if x not in taken and len(ln) > len(line)
                    and " " in ln), None)
        if nxt is None:
            continue
        words = set(_LONG_WORD.findall(low))
        if len(words) >= TITLE_CASE_WORDS and \
                len(words & set(_LONG_WORD.findall(nxt))) >= STOPPED_HEADLINE_SHARE * len(words):
            out = sorted(out + [(a, b, "headline")])
        break  # only the first line of prose may be such a headline
    return out


def furniture_sentences(text: str, sentences: list[Sentence], folded: str | None = None,
                        spans: list[tuple[int, int, str]] | None = None) -> set[int]:
    """The indices of the *sentences* that lie wholly on furniture lines of *text* (*spans*:
    its :func:`furniture_lines`, when already read)."""
    if spans is None:
        spans = furniture_lines(text, folded)
    if not spans:
        return set()
    out: set[int] = set()
    i = 0
    for s in sentences:
        while i < len(spans) and spans[i][1] < s.start:
            i += 1
        if i < len(spans) and spans[i][0] <= s.start and s.end <= spans[i][1]:
            out.add(s.idx)
    return out
