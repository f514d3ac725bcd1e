"""Inputs as users have them: DataFrames with their own column names, CSV and JSONL with
named columns, common date formats with an explicit day-first choice, HTML pages, gzip
files, and a note when dates cannot be resolved.  Every text here is SYNTHETIC."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

import conflictlib as cl
from conflictlib.corpus import article_from_text

BODY_1 = "Kataib Hezbollah claimed a drone attack on Harir late on Sunday."
BODY_2 = "A US official said rockets hit Tower 22 on Monday."


def test_dataframe_with_its_own_column_names() -> None:
    df = pd.DataFrame({"body": [BODY_1, BODY_2], "date": ["Dec 4, 2023", "2024-01-29"],
                       "headline": ["one", "two"], "uid": ["u1", "u2"]})
    x = cl.parse(df, text="body", published="date", columns={"title": "headline", "id": "uid"})
    assert x.articles["article_id"].tolist() == ["u1", "u2"]
    assert x.articles["title"].tolist() == ["one", "two"]
    assert x.events["date"].dt.strftime("%Y-%m-%d").tolist() == ["2023-12-03", "2024-01-29"]
    assert len(x.errors) == 0


def test_dataframe_rows_without_text_are_errors() -> None:
    df = pd.DataFrame({"text": [BODY_1, None], "published": ["2024-01-22", "2024-01-22"]})
    x = cl.parse(df)
    assert len(x.articles) == 1
    assert x.errors[["article_id", "stage"]].values.tolist() == [["row1", "format"]]


@pytest.mark.parametrize("value,dayfirst,expected", [
    ("2023-12-04", False, "2023-12-04"),
    ("Dec 4, 2023", False, "2023-12-04"),
    ("December 4 2023", False, "2023-12-04"),
    ("4 December 2023", False, "2023-12-04"),
    ("Mon, 04 Dec 2023 10:00:00 GMT", False, "2023-12-04"),
    ("2023/12/04", False, "2023-12-04"),
    ("12/04/2023", False, "2023-12-04"),   # month first when asked
    ("04/12/2023", True, "2023-12-04"),    # day first when asked
    ("25/12/2023", None, "2023-12-25"),    # one way only: no choice needed
])
def test_common_date_formats(value: str, dayfirst: bool | None, expected: str) -> None:
    df = pd.DataFrame({"text": [BODY_1], "published": [value]})
    x = cl.parse(df, dayfirst=dayfirst)
    assert str(x.articles["published"].iloc[0].date()) == expected


@pytest.mark.parametrize("value", ["the fourth of never", "04/12/2023"])  # the second is ambiguous
def test_unreadable_date_is_an_error_row_and_the_article_is_kept(value: str) -> None:
    x = cl.parse(pd.DataFrame({"text": [BODY_1], "published": [value]}))
    assert len(x.articles) == 1 and x.errors["stage"].tolist()[0] == "date"
    assert "dayfirst" in x.errors["message"].iloc[0]


def test_html_gzip_and_named_columns(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(f" date 2024-01-22 One\n{BODY_1}".encode()))
    (tmp_path / "b.html").write_text(
        "<html><head><title>Two</title><script>alert('x')</script><style>p {}</style></head>"
        f"<body><nav>Home | World</nav><p>{BODY_2}</p></body></html>", encoding="utf-8")
    rec = {"uid": "c1", "body": "Rockets hit al-Tanf on Monday.", "date_utc": "2024-01-23"}
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress((json.dumps(rec) + "\n").encode()))
    c = cl.read_corpus(tmp_path, text="body", columns={"published": "date_utc", "id": "uid"},
                       published="2024-01-30")
    by_id = {a.article_id: a for a in c}
    assert set(by_id) == {"a", "b", "c1"}
    assert by_id["b"].title == "Two" and "alert" not in by_id["b"].text and BODY_2 in by_id["b"].text
    assert str(by_id["c1"].published) == "2024-01-23"
    assert by_id["a"].text.strip() == BODY_1


def test_broken_gzip_is_a_read_error(tmp_path: Path) -> None:
    (tmp_path / "bad.txt.gz").write_bytes(b"not gzip at all")
    (tmp_path / "good.txt").write_text(BODY_1, encoding="utf-8")
    c = cl.read_corpus(tmp_path)
    assert [a.article_id for a in c] == ["good"]
    assert [(e.stage, "gzip" in e.message) for e in c.errors] == [("read", True)]


def test_unknown_column_name_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        cl.read_corpus(pd.DataFrame({"text": [BODY_1]}), columns={"body_text": "x"})


def test_a_warning_row_when_dates_cannot_be_resolved() -> None:
    x = cl.parse_text("A drone attack hit Harir late on Sunday.")
    assert x.errors[["stage"]].values.tolist() == [["undated"]]
    assert "left unresolved" in x.errors["message"].iloc[0] and len(x.events) == 1
    assert len(cl.parse_text("A drone attack hit Harir late on Sunday.", published="2024-01-22").errors) == 0


# SYNTHETIC pages in other languages, written for this test (a Spanish and a French paragraph of
# our own): the extractor reads English only, and says so in a ``language`` row
NOT_ENGLISH = [
    "Un ataque con drones alcanzó la base de Harir, en el norte de Irak, durante la noche del martes. "
    "Según fuentes locales, no hubo víctimas entre los soldados estadounidenses desplegados allí. "
    "Un grupo armado reivindicó la operación en un comunicado publicado en su canal de Telegram, "
    "donde afirmó que seguirá atacando las bases de la coalición mientras continúe la guerra en Gaza.",
    "Une frappe de drone a visé mardi soir la base de Harir, dans le nord de l'Irak, selon des sources "
    "locales. Aucune victime n'a été signalée parmi les militaires américains présents sur place. "
    "Un groupe armé a revendiqué l'opération dans un communiqué diffusé sur sa chaîne Telegram et a "
    "promis de poursuivre ses attaques contre les bases de la coalition tant que durera la guerre.",
]


@pytest.mark.parametrize("text", NOT_ENGLISH, ids=["spanish", "french"])
def test_a_warning_row_for_a_page_not_in_english(text: str) -> None:
    x = cl.parse_text(text, published="2024-01-24")
    assert x.errors["stage"].tolist() == ["language"]
    assert "reads English only" in x.errors["message"].iloc[0] and len(x.articles) == 1


def test_no_language_row_for_english_or_a_short_text() -> None:
    english = ("A drone attack hit the Harir base in northern Iraq on Tuesday night, local sources said. "
               "No US soldiers were hurt, and the group that claimed the attack in a statement on its "
               "Telegram channel said it would keep striking the bases of the coalition as long as the war "
               "in Gaza goes on.")
    assert "language" not in cl.parse_text(english, published="2024-01-24").errors["stage"].tolist()
    short = NOT_ENGLISH[0][:120]  # a headline's worth of words says too little
    assert len(cl.parse_text(short, published="2024-01-24").errors) == 0


# ---------------------------------------------------------------- the article's address

@pytest.mark.parametrize("url,expected", [
    ("https://news.example/world/2024/01/22/drone-attack-harir/", "2024-01-22"),
    ("https://news.example/story-2024-01-22-drone-attack", "2024-01-22"),
    ("https://news.example/a/20240122/drone-attack", "2024-01-22"),
    ("https://news.example/2024/01/drone-attack", None),        # a month dates no "Sunday"
    ("https://news.example/2024/02/30/drone-attack", None),     # no such day
    ("https://news.example/id/202401221530", None),             # an id, not a date
    ("https://news.example/a?from=2024/01/22", None),           # the query is not the path
    ("not an address", None),
])
def test_the_day_in_an_address(url: str, expected: str | None) -> None:
    a, _ = article_from_text(BODY_1, url=url)
    assert (None if a.published is None else str(a.published)) == expected
    assert a.url == url and a.published_from == ("url" if expected else None)


def test_an_address_dates_an_undated_article_and_nothing_else() -> None:
    # undated text: the day in the address resolves "late on Sunday" (Jan 21, 2024)
    x = cl.parse_text(BODY_1, url="https://news.example/2024/01/22/harir")
    assert x.events["date"].dt.strftime("%Y-%m-%d").tolist() == ["2024-01-21"]
    assert x.articles[["published_from", "url"]].values.tolist() == [["url", "https://news.example/2024/01/22/harir"]]
    assert len(x.errors) == 0
    # the text's own date, or the caller's, wins over the address (a repost's address is the copy's day)
    own = cl.parse_text(" date 2024-01-23 Harir\n" + BODY_1, url="https://news.example/2024/02/05/harir")
    assert own.articles[["published", "published_from"]].astype(str).values.tolist() == [["2024-01-23", "header"]]
    given = cl.parse_text(BODY_1, published="2024-01-23", url="https://news.example/2024/02/05/harir")
    assert given.articles["published_from"].tolist() == ["caller"]


def test_url_column_of_a_frame_and_of_jsonl(tmp_path: Path) -> None:
    df = pd.DataFrame({"body": [BODY_1, BODY_2], "link": ["https://n.example/2024/01/22/a", None]})
    x = cl.parse(df, text="body", columns={"url": "link"})
    assert str(x.articles["published"].iloc[0].date()) == "2024-01-22" and pd.isna(x.articles["published"].iloc[1])
    assert x.articles["published_from"].tolist()[0] == "url" and pd.isna(x.articles["published_from"].iloc[1])
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": BODY_1, "url": "https://n.example/2024/01/22/a"}) + "\n",
                                      encoding="utf-8")
    assert [str(a.published) for a in cl.read_corpus(tmp_path)] == ["2024-01-22"]


def test_html_head_gives_address_and_publication_time(tmp_path: Path) -> None:
    head = ('<head><title>Harir</title><link rel="canonical" href="https://n.example/2024/01/25/harir">'
            '<meta property="article:published_time" content="2024-01-22T08:00:00+03:00"></head>')
    (tmp_path / "a.html").write_text(f"<html>{head}<body><p>{BODY_1}</p></body></html>", encoding="utf-8")
    (tmp_path / "c.html").write_text('<html><head><meta property="og:url" content="https://n.example/2024/01/24/h">'
                                     '<meta name="pubdate" content="yesterday"></head>'
                                     f"<body><p>{BODY_1}</p></body></html>", encoding="utf-8")
    c = cl.read_corpus(tmp_path)
    got = {a.article_id: (str(a.published), a.published_from, a.url) for a in c}
    assert got["a"] == ("2024-01-22", "record", "https://n.example/2024/01/25/harir")
    # a page whose publication time cannot be read: an error row, and the address's day
    assert got["c"] == ("2024-01-24", "url", "https://n.example/2024/01/24/h")
    assert [(e.article_id, e.stage, "page's publication time" in e.message, "from the address" in e.message)
            for e in c.errors] == [("c", "date", True, True)]
