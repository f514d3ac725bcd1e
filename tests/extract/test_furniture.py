"""Article furniture (extract/furniture.py), a page's own stamp (_stamps.stamp_lines),
year inference without a publication date, run-on sentences.  Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlib._dates import scan_dates
from conflictlib._stamps import stamp_date, stamp_lines
from conflictlib._text import fold, split_sentences
from conflictlib.corpus.articles import article_from_text
from conflictlib.extract.furniture import furniture_lines, furniture_sentences, line_kind

D = dt.date


@pytest.mark.parametrize(("text", "want"), [
    ("Headline Here\n\nBy Jane Roe / March 3, 2024 at 9:05 AM\n\nBody.", D(2024, 3, 3)),
    ("Headline\nPublished: 12 January 2024 10:12\nBody.", D(2024, 1, 12)),
    ("Headline\n11/20/2023\nUpdated:\n11/21/2023\nBody.", D(2023, 11, 20)),
    ("Headline\n2024-01-05 | 08:30\nBody.", D(2024, 1, 5)),
    ("Saturday 6 January 2024 - 14:02\n\nHeadline\nBody.", D(2024, 1, 6)),
    ("Headline\nJan-6-2024, 10:00:00 GMT\nBody.", D(2024, 1, 6)),
    ("Headline\nJan. 06, 2024 \u2022 2 min read\nBody.", D(2024, 1, 6)),
    ("Weekly Brief, December 3, 2023\n\nBody.", D(2023, 12, 3)),
    ("Headline\n\nDecember 3, 2023 - Drones struck a base in Syria.", D(2023, 12, 3)),
    ("Updated: 5 December 2023, 10:00\nFirst line.\n4 December 2023, 09:00\nBody.", D(2023, 12, 4)),
    ("Headline\nUpdated 2024/02/03 at 9:15 AM\nBody.", D(2024, 2, 3)),          # yyyy/mm/dd
    ("Headline\nUpdated 08:40, 05-Feb-2024\nBody.", D(2024, 2, 5)),             # time, then dd-Mon-yyyy
    ("Headline\n14-01-2024\nA Writer\nBody.", D(2024, 1, 14)),                 # day first
    ("Headline\n01-14-2024\nBody.", D(2024, 1, 14)),                            # month first
    ("Headline\n06-06-2024\nBody.", D(2024, 6, 6)),
    ("Headline\n\nFriday, Dec 1, 2023 - 07:45 PM\n\nBody.", D(2023, 12, 1)),       # weekday, date, time
    ("Headline\nThu, 14-03-2024 06:26 PM, Sanaa\nBody.", D(2024, 3, 14)),        # a cut weekday
    ("Headline\n5 March 2024    14:20\nBody.", D(2024, 3, 5)),                   # spaces before the time
    ("Headline\n2024-03-05T08:12:44+00:00\nBody.", D(2024, 3, 5)),              # ISO timestamp
    ("Headline\nBy Jane Roe March 5, 2024\nBody.", D(2024, 3, 5)),              # byline, no separator
    ("Headline\nby | Mar 5, 2024\nBody.", D(2024, 3, 5)),                       # byline, name left out
    ("Headline\nJane Roe Published March 5, 2024 | 9:15 AM\nBody.", D(2024, 3, 5)),  # name, then label
    ("Headline\nPosted at 9:15 AM, Mar 5, 2024\nBody.", D(2024, 3, 5)),         # label, at, time first
    ("Headline\nWIRE | March 5, 2024 09:15 AM\nBody.", D(2024, 3, 5)),          # source | date
    ("Headline\n\u2022 08:10 AM, March 5, 2024\nBody.", D(2024, 3, 5)),         # bullet, time first
    ("Headline\n6:40 PM \u2013 Tuesday, March 5, 2024\nBody.", D(2024, 3, 5)),   # time, dash, weekday
    ("Headline\nRegion 06:40 PM - 2024-03-05\nBody.", D(2024, 3, 5)),           # section word, time
    ("Headline\n\u2022 14-03-2024, 11:24\nBody.", D(2024, 3, 14)),              # bullet, day first
    ("Headline\nJane Roe  | 05.03.2024 - Update : 05.03.2024\nBody.", D(2024, 3, 5)),  # dotted: day first
    ("Morning Brief: March 5, 2024\n\nBody.", D(2024, 3, 5)),                    # title, colon, date
    ("Headline\nBy Wire Desk|Mar 05,2024\nBody.", D(2024, 3, 5)),               # byline, bar, no spaces
    ("Headline\nBy Jane Roe/March 5, 2024\nBody.", D(2024, 3, 5)),               # byline, slash, no spaces
    ("Headline\nBy Staff - 5 March 2024\nBody.", D(2024, 3, 5)),                 # byline, dash
    ("Headline\nDate:2024-03-05 08:12:44\nBody.", D(2024, 3, 5)),               # date label, no space
    ("Headline\nDate: 5 March 2024\nBody.", D(2024, 3, 5)),                     # date label, a space
    ("Headline\nDUBAI, March 5 (AFP) March 5, 2024\nBody.", D(2024, 3, 5)),     # dateline, then the date
    ("Headline\nBeirut, Lebanon (WIRE) Mar 5, 2024\nBody.", D(2024, 3, 5)),     # dateline with no day
    # a weekday and date alone under a headline: the article's own date ...
    ("Militia Claims New Drone Strike On Base\n\nTue Mar 05 2024\nshare\n\nBody.", D(2024, 3, 5)),
    ("Rockets Hit A Base Near The Border\nFriday, 03/08/2024\nBody.", D(2024, 3, 8)),
    # ... but a masthead's widget atop the page gives way to the page's stamp
    ("Wednesday, April 3, 2024\n\nDrones Target A Base In Syria\n\nWIRE | March 5, 2024 09:15 AM\nBody.",
     D(2024, 3, 5)),
])
def test_stamp_date(text: str, want: D) -> None:
    assert stamp_date(text) == want


@pytest.mark.parametrize("text", [
    "Night Mode\nThursday, 21 March 2024\nMenu\nBody.",                       # masthead widget
    "Update: 3 Feb 2023 | Data up to 1 February 2024.\nBody.",               # contradicted
    "On December 3, 2023, drones struck a base.\nBody.",                    # a date in prose
    "Timeline\nDecember 3, 2023 - Drones hit X.\nDecember 5, 2023 - Rockets hit Y.",  # a timeline
    "Headline\n date 2023-12-04 T\nBody.",                                    # no header label later on
    "Headline\n03-04-2024\nBody.",                                  # March 4 or 3 April: not read
    "Drones struck the base on 14-01-2024 at night, officials said.\nBody.",  # a date in prose
    "Dark Mode\nSaturday, 23 March 2024\nLogo\nA Long Headline About A Strike\nBody.",  # widget, menu word
    "Sunday, 24 March 2024\n\nA Long Headline About A Strike\nBody.",        # widget atop the page
    "By late March 5, 2024, the militias had struck the base again.\nBody.",  # "by" opening prose
    "The report was published March 5, 2024 in full.\nBody.",              # a label inside prose
    "Headline\nThe agency | March 5, 2024 was the day the strikes began.\nBody.",  # a bar, then prose
    "Headline\nOfficials in Baghdad (Iraq) March 5, 2024 said five died.\nBody.",  # brackets, then prose
    "Headline\nIn Erbil (Iraq) March 5, 2024, drones struck.\nBody.",        # brackets, then prose
    "Headline\nThe date 2024-03-05 was set for talks.\nBody.",               # "date" with no colon
])
def test_no_stamp(text: str) -> None:
    assert stamp_date(text) is None


def test_article_takes_the_stamp_and_keeps_the_header_lead() -> None:
    a, _ = article_from_text("Headline\n\nBy Jane Roe / March 3, 2024 at 9:05 AM\n\nBody text here.")
    assert a.published == D(2024, 3, 3)
    lead = "Rockets hit the base on Tuesday, an official said, in the third attack that week."
    a, _ = article_from_text(f" date 2023-11-09 {lead}\n\nMore.")
    assert (a.published, a.title, a.text) == (D(2023, 11, 9), None, f"{lead}\n\nMore.")
    a, _ = article_from_text(" date 2023-11-09 A Short Headline\n\nMore.")
    assert (a.title, a.text) == ("A Short Headline", "More.")


@pytest.mark.parametrize(("line", "nth", "kind"), [
    ("Drone attack hits base in Syria", 0, "headline"),
    ("More Attacks Hit US Bases After Wave Of Strikes", 9, "headline"),
    ("Drones hit the base on Monday.", 0, None),
    ("the attack came as talks resumed and officials said", 9, None),   # an excerpt cut short
    ("(FILE) A base that was struck in 2020. (Photo: AFP)", 4, "caption"),
    # an agency caption: place, country, the picture's day with a full month name, a colon
    ("ERBIL, IRAQ - JANUARY 5: Firefighters work at the site of a rocket attack.", 4, "caption"),
    ("Erbil, Iraq, 12 January 2024: People inspect a car struck by a drone.", 4, "caption"),
    # a photographer and an agency ending the line, with no brackets
    ("A guard stands at the gate of the base, May 3, 2017. J. Roe/AFP via Getty Images", 3, "caption"),
    ("Cover photo: J. ROE / AFP", 3, "caption"),
    ("Smoke rises over the compound after the blast / Photo: Reuters", 5, "caption"),
    ("The strikes hit targets near the border, Reuters reported.", 5, None),
    ("BAGHDAD, Jan 21 (Reuters) - Rockets hit the base on Sunday.", 0, None),   # a dateline
    ("Erbil, January 5, 2024: A drone hit the airport.", 3, None),             # no country
    ("The US, Iraq and Syria said on Monday: no attack took place.", 6, None),
    ("Read more: Rockets hit a base in Syria", 5, "link"),
    ("READ: Drones strike a garrison in Syria", 6, "link"),
    ("Readers wrote that drones hit the base.", 6, None),
    # a repost's credit line repeats the original headline after a colon
    ("This story originally appeared on Example News: US strikes militia sites in Iraq", 12, "link"),
    ("Originally published on Jan. 5, 2024 by Example Wire.", 12, "link"),
    ("This report examines why drones hit the base.", 12, None),
    ("By Jane Roe", 2, "byline"),
    ("11/20/2023", 2, "stamp"),
    ("Leave a Reply", 8, "comments"),
    ("Updated figures show more attacks.", 5, None),
    # an editor's note on an earlier version: what the article said wrongly, no attack
    ("An earlier version of this article gave the wrong base for Monday's drone strike.", 9, "correction"),
    ("Correction: rockets, not drones, were fired at the garrison on Sunday.", 9, "correction"),
    ("This story has been updated to say that two drones were shot down near the base.", 9, "correction"),
    ("Editor's note: the day of the strike was changed to Tuesday.", 9, "correction"),
    ("An earlier attack on the same base wounded two contractors.", 9, None),
    ("This story was told by officials who saw the drone hit the base.", 9, None),
])
def test_line_kind(line: str, nth: int, kind: str | None) -> None:
    assert line_kind(line, nth) == kind


def test_comment_thread_and_repeated_headline() -> None:
    text = ("Drone attack hits base\n\nA drone hit the base on Monday.\nDrone attack hits base\n"
            "Leave a Reply\nDrones hit another base yesterday.")
    kinds = [k for _, _, k in furniture_lines(text)]
    assert kinds == ["headline", "headline", "comments", "comments"]
    skip = furniture_sentences(text, split_sentences(text))
    assert skip == {0, 2, 3, 4}


def test_embedded_post_and_its_credit() -> None:
    # an embedded social-media post: the post's line and its credit line are a user's words
    text = ("Mortars hit the embassy compound on Friday, officials said.\n\n"
            "Embassy compound under attack, sirens going off\n\n"
            "\u2014 A. Reporter (@a_reporter) December 8, 2023\n\n"
            "No one was hurt in the attack.")
    kinds = [(text[a:b], k) for a, b, k in furniture_lines(text)]
    assert kinds == [("Embassy compound under attack, sirens going off", "embed"),
                     ("\u2014 A. Reporter (@a_reporter) December 8, 2023", "embed")]
    assert furniture_sentences(text, split_sentences(text)) == {1, 2}


def test_run_on_sentences() -> None:
    text = "A drone hit the base on Monday.The group claimed it.See news.com for more. U.S. forces left."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "A drone hit the base on Monday.", "The group claimed it.", "See news.com for more.", "U.S. forces left."]


def _dates(text: str, pub: D | None = None) -> list[tuple[D | None, str]]:
    return [(d.date, d.precision) for d in scan_dates(" " + fold(text), pub)]


def test_years_without_publication_date() -> None:
    assert _dates("on Wednesday, Oct. 18") == [(D(2023, 10, 18), "day"), (D(2023, 10, 18), "day")]
    assert _dates("on January 28, 2024 and on Oct. 20") == [(D(2024, 1, 28), "day"), (D(2023, 10, 20), "day")]
    assert _dates("on November 9 and in January") == [(D(2023, 11, 9), "day"), (D(2024, 1, 1), "month")]
    assert _dates("on Tuesday") == [(None, "unknown")]
    assert _dates("on June 10, 2014 and on Jan. 8") == [(D(2014, 6, 10), "day"), (None, "unknown")]
    # a photo caption's full date (the file photo's day) fixes no year of the story's dates
    text = "A guard at the gate, on May 3, 2017.\nDrones hit the base on Feb. 14."
    cap = [(0, len("A guard at the gate, on May 3, 2017."))]
    assert [(d.date, d.precision) for d in scan_dates(" " + fold(text), None, cap)] == [
        (D(2017, 5, 3), "day"), (D(2024, 2, 14), "day")]
    assert _dates(text) == [(D(2017, 5, 3), "day"), (None, "unknown")]


def test_previous_day_counts_from_a_stated_day() -> None:
    assert _dates("on Jan. 28. The previous day, rockets", D(2024, 2, 5)) == [
        (D(2024, 1, 28), "day"), (D(2024, 1, 27), "day")]
    assert _dates("The previous day, rockets", D(2024, 2, 5)) == [(D(2024, 2, 4), "day")]


def test_weekday_beside_a_date_takes_it() -> None:
    assert _dates("on Wednesday, Oct. 18, drones", D(2023, 11, 3)) == [
        (D(2023, 10, 18), "day"), (D(2023, 10, 18), "day")]
    assert _dates("on Wednesday and on Oct. 18", D(2023, 11, 3)) == [
        (D(2023, 11, 1), "day"), (D(2023, 10, 18), "day")]
