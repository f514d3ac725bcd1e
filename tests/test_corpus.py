"""Tests for conflictlib.corpus: formats, header lines, datelines, inputs and every error stage.

All article text here is synthetic, written for these tests; the only real
article is the seed in ``seeds/``.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conflictlib import schema as _schema
from conflictlib.corpus import Article, Corpus, ReadError, article_from_text, read_corpus

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_fd90263df41bb01c.txt"
D = datetime.date

BODY = "Militants fired two rockets at a coalition base in western Iraq, officials said.\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def stages(errors: list[ReadError] | tuple[ReadError, ...]) -> list[str]:
    return [e.stage for e in errors]


# --------------------------------------------------------------------------- header line

HEADER_CASES = [
    # id, raw text, published, title, body, error stages
    ("leading-space", f" date 2023-12-04 Live updates: day 59\n\n{BODY}", D(2023, 12, 4), "Live updates: day 59", BODY, []),
    ("no-indent", f"date 2024-01-28 Drone hits base\n{BODY}", D(2024, 1, 28), "Drone hits base", BODY, []),
    ("tab-indent", f"\tdate 2023-10-18 Two attacks\n{BODY}", D(2023, 10, 18), "Two attacks", BODY, []),
    ("iso-timestamp", f" date 2023-11-21T22:15:00+00:00 Strikes\n{BODY}", D(2023, 11, 21), "Strikes", BODY, []),
    ("no-title", f" date 2023-11-01\n{BODY}", D(2023, 11, 1), None, BODY, []),
    ("blank-lines-with-spaces", f" date 2023-12-04 T\n  \n\t\n\n{BODY}", D(2023, 12, 4), "T", BODY, []),
    ("crlf", f" date 2023-12-04 T\r\n\r\n{BODY.replace(chr(10), chr(13) + chr(10))}", D(2023, 12, 4), "T", BODY, []),
    ("bom", f"\ufeff date 2023-12-04 T\n{BODY}", D(2023, 12, 4), "T", BODY, []),
    ("indent-of-first-body-line-kept", f" date 2023-12-04 T\n\n   {BODY}", D(2023, 12, 4), "T", "   " + BODY, []),
    ("no-header", BODY, None, None, BODY, []),
    ("capital-Date-is-prose", f"Date palms line the road to the base.\n{BODY}", None, None,
     f"Date palms line the road to the base.\n{BODY}", []),
    ("header-not-on-first-line", f"{BODY} date 2023-12-04 T\n", None, None, f"{BODY} date 2023-12-04 T\n", []),
    ("bad-month", f" date 2023-13-45 Title kept\n{BODY}", None, "Title kept", BODY, ["date"]),
    ("word-not-date", f" date yesterday Title kept\n{BODY}", None, "Title kept", BODY, ["date"]),
    ("header-only", " date 2023-12-04 Nothing follows\n\n", D(2023, 12, 4), "Nothing follows", "", ["empty"]),
]


@pytest.mark.parametrize(
    ("raw", "published", "title", "body", "errs"),
    [pytest.param(*case[1:], id=case[0]) for case in HEADER_CASES],
)
def test_header_line(raw: str, published: D | None, title: str | None, body: str, errs: list[str]) -> None:
    article, errors = article_from_text(raw)
    assert (article.published, article.title, article.text) == (published, title, body)
    assert stages(errors) == errs


def test_header_date_wins_over_caller_and_caller_fills_gaps() -> None:
    dated, _ = article_from_text(f" date 2023-12-04 T\n{BODY}", published="2024-02-02", title="caller title")
    undated, _ = article_from_text(BODY, published="2024-02-02", title="caller title", source="Wire X")
    assert (dated.published, dated.title) == (D(2023, 12, 4), "T")
    assert (undated.published, undated.title, undated.source) == (D(2024, 2, 2), "caller title", "Wire X")


@pytest.mark.parametrize(
    ("raw", "fallback", "outcome"),
    [
        pytest.param(" date 2023-02-30 T\nx", None, "published left empty", id="no-fallback"),
        pytest.param(" date 2023-02-30 T\nx", "2023-12-01", "caller's published=2023-12-01", id="fallback"),
        pytest.param(" date 2023-02-30 T\nWASHINGTON, Jan. 28, 2024 (AFP) - x", "2023-12-01",
                     "published set to 2024-01-28 from the text", id="dateline-rescues"),
    ],
)
def test_date_error_message_says_what_published_became(raw: str, fallback: str | None, outcome: str) -> None:
    _, errors = article_from_text(raw, published=fallback)
    assert stages(errors) == ["date"]
    assert "2023-02-30" in errors[0].message and outcome in errors[0].message


# --------------------------------------------------------------------------- datelines

DATELINE_CASES = [
    # id, body, caller published, source, published
    ("reuters-month-day-no-year", "BAGHDAD, Dec 4 (Reuters) - Two drones hit a base.", None, "Reuters", None),
    ("month-day-uses-caller-date", "BAGHDAD, Dec 4 (Reuters) - Two drones hit a base.", "2023-12-04", "Reuters", D(2023, 12, 4)),
    ("ap-region-em-dash", "ERBIL, Iraq (AP) \u2014 A drone was shot down.", None, "AP", None),
    ("afp-full-date", "WASHINGTON, Jan. 28, 2024 (AFP) - Three soldiers died.", None, "AFP", D(2024, 1, 28)),
    ("full-date-beats-caller", "WASHINGTON, Jan. 28, 2024 (AFP) - Three soldiers died.", "2024-02-01", "AFP", D(2024, 1, 28)),
    ("full-month-name", "AMMAN, Jordan, January 29, 2024 (AFP) - Officials spoke.", None, "AFP", D(2024, 1, 29)),
    ("no-date", "BEIRUT (Reuters) - A statement was issued.", None, "Reuters", None),
    ("associated-press-spelled-out", "BAGHDAD (Associated Press) - Rockets landed.", None, "AP", None),
    ("two-word-city-and-en-dash", "DEIR EZ-ZOR, Syria (AFP) \u2013 Shelling was heard.", None, "AFP", None),
    ("slash-cities-double-hyphen", "JERUSALEM/BAGHDAD, Oct 19 (Reuters) -- Alerts sounded.", None, "Reuters", None),
    ("other-agency-as-written", "ERBIL, Iraq (Rudaw) - A drone fell near the airport.", None, "Rudaw", None),
    ("leading-blank-line", "\n  BAGHDAD (Reuters) - Sirens.", None, "Reuters", None),
    ("not-capitals", "Baghdad (Reuters) - Sirens.", None, None, None),
    ("prose-with-parentheses", "US Central Command (CENTCOM) - which oversees the region - said.", None, None, None),
    ("dateline-mid-text", "Officials spoke. BAGHDAD (Reuters) - Sirens.", None, None, None),
    ("no-dash", "BAGHDAD (Reuters) said nothing.", None, None, None),
]


@pytest.mark.parametrize(
    ("body", "fallback", "source", "published"),
    [pytest.param(*case[1:], id=case[0]) for case in DATELINE_CASES],
)
def test_dateline(body: str, fallback: str | None, source: str | None, published: D | None) -> None:
    article, errors = article_from_text(body, published=fallback)
    assert (article.source, article.published) == (source, published)
    assert article.text == body, "the dateline stays in the body"
    assert errors == []


def test_dateline_with_impossible_date_is_a_date_error() -> None:
    article, errors = article_from_text("WASHINGTON, Feb. 30, 2024 (AFP) - x")
    assert (article.source, article.published, stages(errors)) == ("AFP", None, ["date"])


def test_header_then_dateline() -> None:
    article, _ = article_from_text(" date 2024-01-29 Base attack\n\nWASHINGTON, Jan. 28, 2024 (AFP) - x")
    assert (article.published, article.title, article.source) == (D(2024, 1, 29), "Base attack", "AFP")


# --------------------------------------------------------------------------- published argument


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2023-12-04", D(2023, 12, 4), id="iso-date"),
        pytest.param(" 2023-12-04 ", D(2023, 12, 4), id="iso-date-padded"),
        pytest.param("2023-12-04T23:59:59Z", D(2023, 12, 4), id="timestamp-z"),
        pytest.param("2023-12-04 08:00:00+03:00", D(2023, 12, 4), id="timestamp-space-offset"),
        pytest.param(D(2023, 12, 4), D(2023, 12, 4), id="date"),
        pytest.param(datetime.datetime(2023, 12, 4, 23, 0), D(2023, 12, 4), id="datetime"),
        pytest.param(None, None, id="none"),
    ],
)
def test_published_argument_forms(value: object, expected: D | None) -> None:
    article, _ = article_from_text(BODY, published=value)  # type: ignore[arg-type]
    assert article.published == expected


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("2023-13-45", id="impossible"),
        pytest.param("yesterday", id="word"),
        pytest.param("12/04/2023", id="us-slashes"),
        pytest.param("2023-12-04Tnonsense", id="bad-time"),
    ],
)
def test_bad_published_argument_raises(value: str, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    with pytest.raises(ValueError, match="published="):
        article_from_text(BODY, published=value)
    with pytest.raises(ValueError, match="published="):
        read_corpus(tmp_path, published=value)


# --------------------------------------------------------------------------- jsonl and csv

JSONL_RECORDS = [
    {"id": "r-1", "text": "Drones targeted a base in eastern Syria.", "published": "2023-10-19",
     "title": "SYNTHETIC one", "source": "Wire A"},
    {"article_id": 7, "text": "Rockets hit near the airport.", "date": "2023-11-02T06:00:00Z"},
    {"text": "ERBIL, Iraq (AP) - A drone was intercepted.", "title": None},
    {"text": "BAGHDAD (Reuters) - Sirens.", "source": "Wire B"},
    {"text": " date 2023-12-24 Header in a record\n\nBody of record five.", "published": ""},
]
JSONL_EXPECTED = [
    # article_id, published, title, source, text start
    ("r-1", D(2023, 10, 19), "SYNTHETIC one", "Wire A", "Drones"),
    ("7", D(2023, 11, 2), None, None, "Rockets"),
    ("feed:3", None, None, "AP", "ERBIL"),
    ("feed:4", None, None, "Wire B", "BAGHDAD"),
    ("feed:5", D(2023, 12, 24), "Header in a record", None, "Body of record five."),
]


def test_jsonl_records(tmp_path: Path) -> None:
    lines = [json.dumps(r) for r in JSONL_RECORDS]
    lines.insert(2, "")  # a blank line is not a record
    corpus = read_corpus(write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n"))
    got = [(a.article_id, a.published, a.title, a.source, a.text[: len(e[4])]) for a, e in zip(corpus, JSONL_EXPECTED)]
    assert got == JSONL_EXPECTED
    assert len(corpus) == len(JSONL_EXPECTED) and corpus.errors == ()
    assert {a.path for a in corpus} == {str(tmp_path / "feed.jsonl")}


def test_jsonl_unicode_line_separator_inside_a_string(tmp_path: Path) -> None:
    text = "First paragraph.\u2028Second paragraph."
    corpus = read_corpus(write(tmp_path, "u.jsonl", json.dumps({"text": text}, ensure_ascii=False) + "\n"))
    assert [a.text for a in corpus] == [text] and corpus.errors == ()


def test_csv_rows(tmp_path: Path) -> None:
    content = (
        "\ufeff Article_ID ,Text,Published,Title,Source\r\n"
        'a1,"Two drones hit a base.\r\n\r\nNo one was hurt.",2023-10-25,"SYNTHETIC, with comma",Wire A\r\n'
        ',"BEIRUT (Reuters) - Sirens.",,,\r\n'
        "\r\n"
        ",Third row text.,2024-01-05T10:00:00,,\r\n"
    )
    corpus = read_corpus(write(tmp_path, "sheet.csv", content))
    got = [(a.article_id, a.published, a.title, a.source, a.text) for a in corpus]
    assert got == [
        ("a1", D(2023, 10, 25), "SYNTHETIC, with comma", "Wire A", "Two drones hit a base.\n\nNo one was hurt."),
        ("sheet:2", None, None, "Reuters", "BEIRUT (Reuters) - Sirens."),
        ("sheet:3", D(2024, 1, 5), None, None, "Third row text."),
    ]
    assert corpus.errors == ()


def test_csv_cell_longer_than_the_csv_module_default(tmp_path: Path) -> None:
    long_text = "A synthetic sentence about a drone attack on a base. " * 4000  # > 128 KiB
    corpus = read_corpus(write(tmp_path, "big.csv", f'text\n"{long_text}"\n'))
    assert [len(a.text) for a in corpus] == [len(long_text)] and corpus.errors == ()


def test_caller_published_is_the_fallback_for_every_format(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.txt", f" date 2023-12-04 T\n{BODY}")
    write(tmp_path, "c.jsonl", json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY, "published": "2023-11-11"}))
    write(tmp_path, "d.csv", f'text,published\n"{BODY.strip()}",\n')
    corpus = read_corpus(tmp_path, published=D(2024, 2, 2))
    assert {a.article_id: a.published for a in corpus} == {
        "a": D(2024, 2, 2), "b": D(2023, 12, 4), "c:1": D(2024, 2, 2), "c:2": D(2023, 11, 11), "d:1": D(2024, 2, 2),
    }


# --------------------------------------------------------------------------- inputs


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write(root, "b.txt", f" date 2023-12-04 B\n{BODY}")
    write(root, "a.txt", BODY)
    write(root, "c.jsonl", json.dumps({"text": BODY, "id": "c-one"}) + "\n")
    write(root, "d.CSV", f'text\n"{BODY.strip()}"\n')
    write(root, "notes.md", "# not an article\n")
    write(root, "sub/e.txt", BODY)  # folders are read non-recursively
    return root


@pytest.mark.parametrize(
    ("spec", "ids", "unread"),
    [
        pytest.param(lambda r: r, ["a", "b", "c-one", "d:1"], ["notes.md"], id="folder-sorted-other-suffix-an-error"),
        pytest.param(lambda r: str(r) + "/", ["a", "b", "c-one", "d:1"], ["notes.md"], id="folder-string-with-slash"),
        pytest.param(lambda r: r / "b.txt", ["b"], [], id="file-pathlike"),
        pytest.param(lambda r: str(r / "*.txt"), ["a", "b"], [], id="glob"),
        pytest.param(lambda r: str(r / "*"), ["a", "b", "c-one", "d:1"], ["notes.md"], id="glob-star-other-suffix-an-error"),
        pytest.param(lambda r: str(r / "**" / "*.txt"), ["a", "b", "e"], [], id="glob-recursive"),
        pytest.param(lambda r: [r / "c.jsonl", str(r / "a.txt")], ["a", "c-one"], [], id="list-read-in-path-order"),
        pytest.param(lambda r: [r, r / "a.txt"], ["a", "b", "c-one", "d:1"], ["notes.md"], id="list-reads-a-file-once"),
        pytest.param(lambda r: (p for p in [r / "sub"]), ["e"], [], id="generator"),
        pytest.param(lambda r: [], [], [], id="empty-list"),
    ],
)
def test_inputs(folder: Path, spec, ids: list[str], unread: list[str]) -> None:  # type: ignore[no-untyped-def]
    corpus = read_corpus(spec(folder))
    assert [a.article_id for a in corpus] == ids
    assert [(Path(e.source).name, e.stage) for e in corpus.errors] == [(name, "read") for name in unread]


@pytest.mark.parametrize(
    ("spec", "exc", "match"),
    [
        pytest.param(lambda r: r / "missing.txt", FileNotFoundError, "no such file or folder: .*missing.txt", id="missing-file"),
        pytest.param(lambda r: r / "nowhere", FileNotFoundError, "nowhere", id="missing-folder"),
        pytest.param(lambda r: str(r / "*.json"), FileNotFoundError, r"pattern .*\*\.json", id="glob-no-match"),
        pytest.param(lambda r: str(r / "*.md"), FileNotFoundError, r"\*\.md.*matches no", id="glob-only-other-suffixes"),
        pytest.param(lambda r: r / "sub" / "empty", FileNotFoundError, "holds no file conflictlib reads", id="empty-folder"),
        pytest.param(lambda r: [r / "a.txt", r / "gone.csv"], FileNotFoundError, "gone.csv", id="missing-in-list"),
        pytest.param(lambda r: r / "notes.md", ValueError, "unsupported suffix '.md'", id="explicit-unsupported-file"),
        pytest.param(lambda r: 42, TypeError, "42", id="not-a-path"),
    ],
)
def test_bad_inputs_raise(folder: Path, spec, exc: type[Exception], match: str) -> None:  # type: ignore[no-untyped-def]
    (folder / "sub" / "empty").mkdir()
    with pytest.raises(exc, match=match):
        read_corpus(spec(folder))


def test_unknown_encoding_raises(folder: Path) -> None:
    with pytest.raises(LookupError):
        read_corpus(folder, encoding="no-such-codec")


def test_other_encoding(tmp_path: Path) -> None:
    write(tmp_path, "l1.txt", " date 2023-12-04 Caf\u00e9\nQa\u00efm.\n".encode("latin-1"))
    write(tmp_path, "u16.txt", " date 2023-12-05 T\nBody\n".encode("utf-16"))
    assert [a.title for a in read_corpus(tmp_path / "l1.txt", encoding="latin-1")] == ["Caf\u00e9"]
    assert [(a.published, a.text) for a in read_corpus(tmp_path / "u16.txt", encoding="utf-16")] == [(D(2023, 12, 5), "Body\n")]


# --------------------------------------------------------------------------- error stages

GOOD = json.dumps({"text": "A good record."})

ERROR_CASES = [
    # id, file name, content, stage, article_id of the error, kept article ids from this file, message part
    ("decode-bad-byte-kept-as-cp1252", "bad.txt", b"abc\xff\xfedef", "decode", "bad", ["bad"], "byte offset 3"),
    ("decode-binary", "bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "decode", None, [], "binary"),
    ("empty-file", "blank.txt", b"", "empty", "blank", [], "empty"),
    ("whitespace-only", "ws.txt", b" \n\t\n  ", "empty", "ws", [], "whitespace"),
    ("header-only", "ho.txt", b" date 2023-12-04 T\n\n", "empty", "ho", [], "header"),
    ("bom-only", "bom.txt", b"\xef\xbb\xbf", "empty", "bom", [], "empty"),
    ("jsonl-blank-text", "j.jsonl", f'{GOOD}\n{{"text": "   "}}\n'.encode(), "empty", "j:2", ["j:1"], "line 2"),
    ("jsonl-no-records", "none.jsonl", b"\n\n", "empty", None, [], "no JSON records"),
    ("csv-header-only", "h.csv", b"text,title\n", "empty", None, [], "no rows"),
    ("csv-nothing", "n.csv", b"", "empty", None, [], "no CSV header"),
    ("csv-blank-text", "c.csv", b"id,text\nx,\ny,ok\n", "empty", "x", ["y"], "row 1"),
    ("jsonl-bad-month", "j.jsonl", b'{"text": "Kept.", "published": "2023-13-45"}\n', "date", "j:1", ["j:1"], "2023-13-45"),
    ("jsonl-word-date", "j.jsonl", b'{"text": "Kept.", "date": "yesterday"}\n', "date", "j:1", ["j:1"], "yesterday"),
    ("jsonl-number-date", "j.jsonl", b'{"text": "Kept.", "published": 20231204}\n', "date", "j:1", ["j:1"], "int"),
    ("csv-bad-date", "c.csv", b"text,published\nKept.,04/12/2023\n", "date", "c:1", ["c:1"], "04/12/2023"),
    ("txt-bad-header-date", "t.txt", b" date 2023-02-29 T\nKept.", "date", "t", ["t"], "2023-02-29"),
    ("jsonl-malformed-line", "j.jsonl", f'{GOOD}\n{{"text": "cut off\n{GOOD}\n'.encode(), "format", "j:2", ["j:1", "j:3"], "line 2: not valid JSON"),
    ("jsonl-not-an-object", "j.jsonl", f'["a", "list"]\n{GOOD}\n'.encode(), "format", "j:1", ["j:2"], "got list"),
    ("jsonl-no-text-field", "j.jsonl", f'{{"id": "q", "body": "x"}}\n{GOOD}\n'.encode(), "format", "q", ["j:2"], "no 'text' field"),
    ("jsonl-text-not-string", "j.jsonl", b'{"text": 12}\n', "format", "j:1", [], "int, not a string"),
    ("csv-no-text-column", "c.csv", b"body,title\nx,y\n", "format", None, [], "no 'text' column"),
    ("csv-short-row", "c.csv", b"id,title,text\na,T\nb,T,ok\n", "format", "a", ["b"], "no 'text' field"),
    ("csv-extra-fields-kept", "c.csv", b"id,text\na,ok,surplus,more\n", "format", "a", ["a"], "2 field(s) beyond"),
]


@pytest.mark.parametrize(
    ("name", "content", "stage", "error_id", "kept", "message"),
    [pytest.param(*case[1:], id=case[0]) for case in ERROR_CASES],
)
def test_error_stages(
    tmp_path: Path, name: str, content: bytes, stage: str, error_id: str | None, kept: list[str], message: str
) -> None:
    bad = write(tmp_path, name, content)
    write(tmp_path, "zz_good.txt", BODY)  # one bad file never stops the rest
    corpus = read_corpus(tmp_path)
    assert [a.article_id for a in corpus] == [*kept, "zz_good"]
    assert [(e.source, e.article_id, e.stage) for e in corpus.errors] == [(str(bad), error_id, stage)]
    assert message in corpus.errors[0].message
    if stage == "date":
        assert all(a.published is None for a in corpus)


def test_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(tmp_path, "locked.txt", BODY)
    write(tmp_path, "open.txt", BODY)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    corpus = read_corpus(tmp_path)
    assert [a.article_id for a in corpus] == ["open"]
    assert [(e.source, e.stage) for e in corpus.errors] == [(str(locked), "read")]
    assert "Permission denied" in corpus.errors[0].message


def test_errors_come_in_reading_order(tmp_path: Path) -> None:
    write(tmp_path, "a.jsonl", b'{"text": "x", "published": "bad"}\n{"oops"\n{"text": ""}\n')
    write(tmp_path, "b.txt", b"\xff")
    write(tmp_path, "c.txt", b"")
    corpus = read_corpus(tmp_path)
    assert [(Path(e.source).name, e.article_id, e.stage) for e in corpus.errors] == [
        ("a.jsonl", "a:1", "date"), ("a.jsonl", "a:2", "format"), ("a.jsonl", "a:3", "empty"),
        ("b.txt", "b", "decode"), ("c.txt", "c", "empty"),
    ]
    assert [a.article_id for a in corpus] == ["a:1", "b"]


# --------------------------------------------------------------------------- ids


@pytest.mark.parametrize(
    ("files", "ids"),
    [
        pytest.param({"a.txt": BODY, "b.jsonl": '{"id": "a", "text": "x"}\n'}, ["a:a", "b:a"], id="txt-stem-vs-record-id"),
        pytest.param({"x.jsonl": '{"id": "k", "text": "1"}\n', "y.csv": "id,text\nk,2\nm,3\n"}, ["x:k", "y:k", "m"], id="across-files"),
        pytest.param({"x.jsonl": '{"id": "k", "text": "1"}\n{"id": "k", "text": "2"}\n{"id": "k", "text": "3"}\n'},
                     ["k", "k:2", "k:3"], id="within-one-file"),
        pytest.param({"x.jsonl": '{"id": "k", "text": "1"}\n{"id": "k:2", "text": "2"}\n{"id": "k", "text": "3"}\n'},
                     ["k", "k:2", "k:3"], id="suffix-does-not-steal-an-existing-id"),
        pytest.param({"d1/a.txt": BODY, "d2/a.txt": BODY}, ["a:a", "a:a:2"], id="same-stem-two-folders"),
    ],
)
def test_duplicate_ids_become_unique(tmp_path: Path, files: dict[str, str], ids: list[str]) -> None:
    paths = [write(tmp_path, name, content) for name, content in files.items()]
    corpus = read_corpus(paths)
    assert [a.article_id for a in corpus] == ids


def test_errors_follow_renamed_ids(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.jsonl", '{"id": "a", "text": "x", "published": "soon"}\n')
    corpus = read_corpus(tmp_path)
    assert [(e.article_id, e.stage) for e in corpus.errors] == [("b:a", "date")]


# --------------------------------------------------------------------------- Corpus


def test_corpus_sequence_and_frames(folder: Path) -> None:
    write(folder, "zz.jsonl", '{"text": "ok", "published": "bad"}\n')
    corpus = read_corpus(folder)
    assert isinstance(corpus, Corpus) and len(corpus) == 5 and list(corpus) == list(corpus.articles)
    assert isinstance(corpus[0], Article) and corpus[-1].article_id == "zz:1"
    assert [a.article_id for a in corpus[3:]] == ["d:1", "zz:1"] and len(corpus[3:].errors) == 1
    assert len(corpus[:3].errors) == 0
    df = corpus.to_frame()
    assert list(df.columns) == list(_schema.COLUMNS["articles"])
    assert {c: str(t) for c, t in df.dtypes.items()} == _schema.COLUMNS["articles"]
    assert df["n_chars"].tolist() == [len(a.text) for a in corpus]
    assert str(df.loc[df.article_id == "b", "published"].iloc[0].date()) == "2023-12-04"
    assert df["published"].isna().sum() == 4
    errors = corpus.errors_frame()
    assert errors[["article_id", "stage"]].fillna("-").values.tolist() == [["-", "read"], ["zz:1", "date"]]  # notes.md
    assert "5 articles, 2 read errors" in repr(corpus)


def test_empty_corpus_frames() -> None:
    corpus = Corpus()
    assert len(corpus.to_frame()) == 0 and list(corpus.errors_frame().columns) == list(_schema.COLUMNS["errors"])


def test_article_is_frozen() -> None:
    article, _ = article_from_text(BODY)
    with pytest.raises(AttributeError):
        article.text = "changed"  # type: ignore[misc]


# --------------------------------------------------------------------------- the seed


def test_seed_article() -> None:
    corpus = read_corpus(REPO / "seeds")
    [seed] = [a for a in corpus if a.article_id == SEED.stem]
    assert seed.published == D(2023, 12, 4)
    assert seed.title == "Live updates: Follow the latest news on Israel-Gaza"
    assert seed.text.startswith("Iraqi Shiite militias")
    assert SEED.read_text(encoding="utf-8").endswith(seed.text), "the body is the file after the header"
    assert seed.path == str(REPO / "seeds" / SEED.name)
    assert [e for e in corpus.errors if e.article_id == SEED.stem] == []


# --------------------------------------------------------------------------- import cost


def test_module_reads_without_pandas_or_matplotlib(tmp_path: Path) -> None:
    """conflictlib.corpus imports pandas only inside to_frame(); block both and read a file."""
    write(tmp_path, "a.txt", f" date 2023-12-04 T\n{BODY}")
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        sys.modules["pandas"] = None
        sys.modules["matplotlib"] = None
        from conflictlib.corpus import read_corpus
        print(read_corpus({str(tmp_path)!r})[0].published)
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "2023-12-04"
