"""The small parsers as tables of cases: numbers, dates, sentences, names.

Every sentence here is written for these tests (synthetic), in the forms
that reporting on the 2023-24 militia attacks uses.
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys

import pandas as pd
import pytest

import conflictlib as cl
from conflictlib._dates import resolve_date
from conflictlib.lookup import gazetteer
from conflictlib._numbers import parse_number
from conflictlib.schema import COLUMNS
from conflictlib._text import clause_comma, fold, last_clause_comma, name_key, single_quotes, split_sentences

# --- numbers ---------------------------------------------------------------------------------

NUMBERS = [
    ("66", 66, "exact"),
    ("1,200", 1200, "exact"),
    ("2,500", 2500, "exact"),
    ("about 1,200", 1200, "about"),
    ("at least 66", 66, "at least"),
    ("more than 40", 40, "more than"),
    ("over 150", 150, "more than"),
    ("nearly 140", 140, "nearly"),
    ("almost 140", 140, "nearly"),
    ("up to 10", 10, "up to"),
    ("some 900", 900, "about"),
    ("roughly 2,500", 2500, "about"),
    ("around three", 3, "about"),
    ("five", 5, "exact"),
    ("twenty-three", 23, "exact"),
    ("twenty three", 23, "exact"),
    ("one hundred", 100, "exact"),
    ("two hundred and fifty", 250, "exact"),
    ("a dozen", 12, "exact"),
    ("half a dozen", 6, "exact"),   # not "a dozen" (12)
    ("roughly half a dozen", 6, "about"),
    ("dozens", 24, "at least"),
    ("several", 3, "at least"),
    ("multiple", 2, "at least"),
    ("the 74th", None, None),
    ("74th", 74, "exact"),
    ("Three", 3, "exact"),
    ("3 thousand", 3000, "exact"),
    ("two dozen", 24, "exact"),      # a counted dozen, not "two" and a vague "dozen"
    ("nearly two dozen", 24, "nearly"),
    ("two thousand five hundred", 2500, "exact"),   # a second scale, not 2,005
    ("three thousand two hundred and fifty", 3250, "exact"),
    # the words of a phrase joined by dashes or quotes, as the patterns allow, are the same phrase
    ("half-a-dozen", 6, "exact"),
    ("a-couple-of", 2, "at least"),
    ('a "handful" of', 3, "at least"),
    ("at-least five", 5, "at least"),
]


@pytest.mark.parametrize("text,value,qualifier", NUMBERS, ids=[n[0] for n in NUMBERS])
def test_numbers(text: str, value: int | None, qualifier: str | None) -> None:
    n = parse_number(text)
    if value is None:
        assert n is None
    else:
        assert n is not None and (n.value, n.qualifier) == (value, qualifier)


def test_ordinal_is_flagged() -> None:
    n = parse_number("74th")
    assert n is not None and n.ordinal
    n = parse_number("five")
    assert n is not None and not n.ordinal


# --- dates -----------------------------------------------------------------------------------
# 2023-12-04 was a Monday; 2024-01-05 a Friday.

DATES = [
    ("late on Sunday", "2023-12-04", "2023-12-03", "day"),
    ("on Monday", "2023-12-04", "2023-12-04", "day"),         # same day is possible
    ("early Tuesday", "2023-12-04", "2023-11-28", "day"),
    ("Thursday evening", "2023-12-04", "2023-11-30", "day"),
    ("overnight", "2023-12-04", "2023-12-03", "day"),
    ("last night", "2023-12-04", "2023-12-03", "day"),
    ("yesterday", "2023-12-04", "2023-12-03", "day"),
    ("the previous day", "2023-12-04", "2023-12-03", "day"),
    ("today", "2023-12-04", "2023-12-04", "day"),
    ("on October 7", "2023-12-04", "2023-10-07", "day"),
    ("Oct. 17", "2023-12-04", "2023-10-17", "day"),
    ("Oct 17", "2023-12-04", "2023-10-17", "day"),
    ("17 October", "2023-12-04", "2023-10-17", "day"),
    ("Dec. 3, 2023", "2024-02-01", "2023-12-03", "day"),
    ("Dec. 28", "2024-01-05", "2023-12-28", "day"),           # across the new year
    ("Jan. 2", "2024-01-05", "2024-01-02", "day"),
    ("in January", "2024-02-10", "2024-01-01", "month"),
    ("mid-October", "2023-12-04", "2023-10-01", "month"),
    ("in 2014", "2023-12-04", "2014-01-01", "year"),
    ("earlier this week", "2023-12-07", "2023-12-01", "month"),  # Mon 4 .. Thu 7 Dec
    ("last week", "2024-01-03", "2023-12-01", "month"),       # Dec 25 .. Dec 31, one month
    ("2023-12-03", "2024-01-01", "2023-12-03", "day"),
    ("no date here", "2023-12-04", None, "unknown"),
    # a holiday or a relative phrase written with dashes or quotes is the same phrase
    ("on Christmas-Day", "2024-01-02", "2023-12-25", "day"),
    ('on "Christmas Eve"', "2024-01-02", "2023-12-24", "day"),
    ("the previous-day", "2023-12-04", "2023-12-03", "day"),
]


@pytest.mark.parametrize("expr,published,date,precision", DATES, ids=[d[0] for d in DATES])
def test_dates(expr: str, published: str, date: str | None, precision: str) -> None:
    got, prec = resolve_date(expr, published)
    assert (str(got) if got else None, prec) == (date, precision)


def test_weekday_without_publication_date_is_unknown() -> None:
    assert resolve_date("late on Sunday", None) == (None, "unknown")


# --- sentences -------------------------------------------------------------------------------

SENTENCES = [
    ("U.S. forces were attacked. Nobody was hurt.", 2),
    ("The attack on Oct. 17 hit Ain al-Asad. It was the first.", 2),
    ("Lt. Col. Smith said the base was hit. No claim followed.", 2),
    ("Pentagon spokesman Maj. Gen. Pat Ryder said so.", 1),
    ("One paragraph\n\nAnother paragraph", 2),
    ('"It was a drone," he said. "Nothing else."', 2),
    ("Attacks rose (the Pentagon said). Then fell.", 2),
    # a hard line break inside a name: after a title, between initials, before a lower-case word
    ("Spokesman Brig.\nGen. Pat Ryder said the base was hit. No claim followed.", 2),
    ("Press secretary Maj.\nPat Ryder said so.", 1),
    ("The U.\nS. military said a drone hit the base.", 1),
    ("Troops of the U.S.\nmilitary were hurt. Two of them.", 2),
    # ... but a line break after an abbreviation before a capital still ends the sentence
    ("He flew back to the U.S.\nThe Pentagon said so.", 2),
    ("The video was posted on X.\nOfficials said it was real.", 2),
    # a curly closing quote after the stop is a closer; a run-on may follow it
    ("He called it \u201ca reply.\u201d Then he left.", 2),
    ("He called it \u201ca reply.\u201dThen he left.", 2),
    ("It was the U.S.\u2019 view. Then he left.", 2),
]


@pytest.mark.parametrize("text,n", SENTENCES, ids=[s[0][:30] for s in SENTENCES])
def test_sentences(text: str, n: int) -> None:
    got = split_sentences(text)
    assert len(got) == n
    # spans are contiguous pieces of the text, in order, without overlap
    for a, b in zip(got, got[1:]):
        assert a.end <= b.start
    assert all(text[s.start:s.end].strip() == text[s.start:s.end] for s in got)


# --- names -----------------------------------------------------------------------------------

PLACES = [
    ("Ain al-Asad", "Ain al-Asad Air Base"),
    ("Ain Al Asad base", "Ain al-Asad Air Base"),
    ("Ayn al-Assad", "Ain al-Asad Air Base"),
    ("Al-Asad airbase", "Ain al-Asad Air Base"),
    ("AIN AL-ASAD", "Ain al-Asad Air Base"),
    ("a base near Baghdad's international airport", "Baghdad International Airport"),
    ("Baghdad airport", "Baghdad International Airport"),
    ("Harir airport", "Harir Air Base"),
    ("al-Harir", "Harir Air Base"),
    ("Irbil airport", "Erbil International Airport"),
    ("Arbil", "Erbil"),
    ("At Tanf", "al-Tanf garrison"),
    ("Tower 22", "Tower 22"),
    ("Rmeilan", cl.resolve_place("Rumalyn landing zone")),
    ("Bukamal", cl.resolve_place("Albu Kamal")),
    ("Mayadeen", cl.resolve_place("al-Mayadin")),
    ("Jurf al-Nasr", cl.resolve_place("Jurf al-Sakhar")),
    ("Atlantis", None),
    ("", None),
]


@pytest.mark.parametrize("name,canonical", PLACES, ids=[p[0] or "empty" for p in PLACES])
def test_resolve_place(name: str, canonical: str | None) -> None:
    assert cl.resolve_place(name) == canonical


ACTORS = [
    ("Al Nujaba", "Harakat al-Nujaba"),
    ("Harakat Hezbollah al-Nujaba", "Harakat al-Nujaba"),
    ("Kata'ib Hizballah", "Kataib Hezbollah"),
    ("Kataib Hizbullah", "Kataib Hezbollah"),
    ("Hezbollah Brigades", "Kataib Hezbollah"),
    ("Islamic Resistance of Iraq", "Islamic Resistance in Iraq"),
    ("Popular Mobilisation Forces", "Popular Mobilization Forces"),
    ("Hashd al-Shaabi", "Popular Mobilization Forces"),
    ("U.S. forces", "US military"),
    ("US", "United States"),
    ("CENTCOM", "US Central Command"),
    ("a US defense official", "US official"),
    ("Daesh", "ISIS"),
    ("Ansar Allah", "Houthis"),
    ("the weather", None),
]


@pytest.mark.parametrize("name,canonical", ACTORS, ids=[a[0] for a in ACTORS])
def test_resolve_actor(name: str, canonical: str | None) -> None:
    assert cl.resolve_actor(name) == canonical


def test_resolve_rejects_non_strings() -> None:
    with pytest.raises(TypeError):
        cl.resolve_place(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["us", "is", "it is us", "This IS the way"])
def test_acronyms_are_case_sensitive(text: str) -> None:
    """"us" and "is" are English words, not the US or the Islamic State."""
    names = [gazetteer().actors.get(h.key) for h in gazetteer().scan(text.lower())]
    assert all(a is None for a in names)


# Names found in running text: (synthetic sentence, [(surface, canonical name)]).  Acronyms
# count only in capitals, dotted or not; a name never takes the full stop after it.
NAMES_IN_TEXT = [
    ("US forces were attacked.", [("US forces", "US military")]),
    ("U.S. forces were attacked.", [("U.S. forces", "US military")]),
    ("Militants told us forces were near.", []),
    ("They told us Kataib Hezbollah fighters were near.", [("Kataib Hezbollah", "Kataib Hezbollah")]),
    ("It is the work of IS.", [("IS", "ISIS")]),
    ("The attack was claimed by ISIS.", [("ISIS", "ISIS")]),
    ("US-led coalition forces hit Kirkuk.", [("US-led coalition", "US-led coalition"), ("Kirkuk", "Kirkuk")]),
    ("The anti-IS coalition met in Erbil.", [("anti-IS coalition", "US-led coalition"), ("Erbil", "Erbil")]),
    ("the anti-is coalition met in Erbil.", [("Erbil", "Erbil")]),
    ("A statement by the IRGC.", [("IRGC", "Islamic Revolutionary Guard Corps")]),
    ("(Harir) and \"Ain al-Asad\" were hit.", [("Harir", "Harir Air Base"), ("Ain al-Asad", "Ain al-Asad Air Base")]),
]


@pytest.mark.parametrize("text,expected", NAMES_IN_TEXT, ids=[t for t, _ in NAMES_IN_TEXT])
def test_names_in_text(text: str, expected: list[tuple[str, str]]) -> None:
    m = cl.parse_text(text, published="2024-01-15").mentions
    got = [(r.surface, r.name) for r in m.itertuples() if r.kind in ("actor", "place")]
    assert got == expected
    for r in m.itertuples():
        assert text[r.start:r.end] == r.surface


@pytest.mark.parametrize("text", [t for t, _ in NAMES_IN_TEXT] + [
    "Kataib Hezbollah said it fired two drones at al-Tanf on Oct. 17, 2023, killing about 1,200.",
    "US troops - some 900 in Syria - came under attack (again); 40 were hurt, the Pentagon said.",
])
def test_ascii_and_unicode_texts_read_alike(text: str) -> None:
    """Scans use a faster pattern on ASCII text; a non-ASCII word elsewhere changes nothing."""
    plain = cl.parse_text(text, published="2024-01-15")
    wide = cl.parse_text(text + "\n\nErdo\u011fan visited \u00c7ukurca.", published="2024-01-15")
    for name in ("events", "claims", "casualties", "deployments", "tallies"):
        a = getattr(plain, name).drop(columns=["text"])
        b = getattr(wide, name).drop(columns=["text"])
        pd.testing.assert_frame_equal(a, b, obj=name)
    pd.testing.assert_frame_equal(plain.mentions, wide.mentions)


def test_name_key_and_fold() -> None:
    assert name_key("Ain al-Asad") == name_key("AIN  AL ASAD") == "ain al asad"
    assert name_key("U.S.") == "us"
    for s in ["İstanbul – “quoted” ‘x’", "Ḥarakat", "ß"]:
        assert len(fold(s)) == len(s)


@pytest.mark.parametrize(("text", "want"), [
    ("'we will respond,' an official said.", '"we will respond," an official said.'),
    ("he said: 'we hit the base'. then he left", 'he said: "we hit the base". then he left'),
    ("the soldiers' families met kata'ib hezbollah's envoy.", "the soldiers' families met kata'ib hezbollah's envoy."),
    ("'a quote that never closes\n'and another,' he said.", "'a quote that never closes\n\"and another,\" he said."),
    # a text with double quotes keeps its single ones: they are quotes inside quotes
    ('"he said \'no\' twice," she said.', '"he said \'no\' twice," she said.'),
])
def test_single_quotes(text: str, want: str) -> None:
    got = single_quotes(text)
    assert got == want and len(got) == len(text)


#: (text, first clause comma, last clause comma): a digit group's comma ("2,500") is none
CLAUSE_COMMAS = [
    ("with 900 in syria and 2,500 in iraq, washington", 35, 35),
    ("after 1,200 rounds, 3,000 more, the unit", 18, 30),
    ("1,500 and 2,000", -1, -1),
    ("no comma here", -1, -1),
    ("ends with a comma,", 17, 17),
]


@pytest.mark.parametrize(("text", "first", "last"), CLAUSE_COMMAS, ids=[c[0] for c in CLAUSE_COMMAS])
def test_clause_commas(text: str, first: int, last: int) -> None:
    assert clause_comma(text, 0, len(text)) == first
    assert last_clause_comma(text, 0, len(text)) == last


def test_every_place_row_has_coordinates_unless_region() -> None:
    g = gazetteer()
    for p in g.place_by_name.values():
        if p.kind != "region":
            assert p.lat is not None and p.lon is not None, p.name
            assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180
        if p.admin1:
            assert any(q.kind == "admin1" and q.admin1 == p.admin1 for q in g.place_by_name.values()), p.name


def test_every_actor_parent_exists() -> None:
    g = gazetteer()
    for a in g.actor_by_name.values():
        assert a.parent is None or a.parent in g.actor_by_name, a.name
    assert g.actor_by_name["Kataib Hezbollah"].parent == "Islamic Resistance in Iraq"


def test_user_rows_merge_over_the_package(tmp_path) -> None:
    extra = tmp_path / "my_places.csv"
    extra.write_text(
        "# my own places (synthetic test table)\n"
        "name,kind,country,admin1,lat,lon,aliases\n"
        "Camp Imaginary,base,Iraq,Anbar,33.0,42.0,Imaginary base;Camp Imag\n"
    )
    cfg = cl.Config(places=str(extra))
    assert cl.resolve_place("Imaginary base", config=cfg) == "Camp Imaginary"
    assert cl.resolve_place("Imaginary base") is None
    x = cl.parse_text("A drone attack hit Camp Imag on Sunday.", published="2024-01-22", config=cfg)
    assert x.events["place"].tolist() == ["Camp Imaginary"]
    with pytest.raises(FileNotFoundError):
        cl.Config(places=str(tmp_path / "missing.csv"))


@pytest.mark.parametrize("table,header,row,bad", [
    ("places", "name,kind,country,admin1,lat,lon,aliases", "Camp Typo,bsae,Iraq,Anbar,33,42,", "kind='bsae'"),
    ("actors", "name,kind,side,parent,country,aliases", "Typo Brigade,armed group,iran-alinged,,Iraq,", "side='iran-alinged'"),
    ("weapons", "term,weapon,role", "zapper,laser,munition", "weapon='laser'"),
    ("weapons", "term,weapon,role", "zapper,drone,munitoin", "role='munitoin'"),
])
def test_a_misspelled_kind_fails_when_the_table_is_loaded(tmp_path, table, header, row, bad) -> None:
    """The rules branch on kinds, sides, weapons and roles: a value outside lookup.kinds would
    silently switch a rule off, so loading the table raises and names it."""
    from conflictlib.lookup import gazetteer as load

    path = tmp_path / f"my_{table}.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=bad):
        load(cl.Config(**{table: str(path)}))


# --- the whole parser ------------------------------------------------------------------------

def test_parse_missing_path_raises(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        cl.parse(tmp_path / "nope")


def test_parse_text_needs_text() -> None:
    with pytest.raises(TypeError):
        cl.parse_text(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        cl.parse_text("A drone hit Tower 22.", published="last Tuesday")


def test_empty_text_becomes_an_error_row() -> None:
    x = cl.parse_text("   ", published="2024-01-01")
    assert len(x.articles) == 0
    assert x.errors["stage"].tolist() == ["empty"]


def _check_tables(x: cl.Parsed) -> None:
    for name, cols in COLUMNS.items():
        df = getattr(x, name)
        assert list(df.columns) == list(cols), name
        for col, dtype in cols.items():
            assert str(df[col].dtype).startswith(dtype.split("[")[0]) or \
                (dtype == "string" and pd.api.types.is_string_dtype(df[col])), (name, col, df[col].dtype)


_WORDS = ("drone", "attack", "Ain al-Asad", "US", "forces", "killed", "five", "said", "the", ",", ".",
          "Sunday", "Kataib Hezbollah", "claimed", "rockets", "since", "Oct.", "17", "66", "times", "troops",
          "in", "Syria", "and", "2,500", "no", "it", "(", ")", "-", "\n", "struck", "Tower 22", "vowed",
          "?", "hit", "at least", "the 74th", "wounded", "more than", "'s", "“", "airport")


def test_parse_never_raises_and_always_returns_typed_tables() -> None:
    """A property test: random word salad from the domain's own words."""
    rng = random.Random(20231017)
    for i in range(300):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 60)))
        x = cl.parse_text(text or "x", published="2024-01-15", article_id=f"fuzz{i}")
        _check_tables(x)
        for t in (x.events, x.claims, x.casualties, x.deployments, x.tallies):
            body = x.articles["text"].iloc[0] if len(x.articles) else ""
            for r in t.to_dict("records"):
                assert 0 <= r["start"] <= r["end"] <= len(body)
                assert r["text"] in body


def _parse_seconds(text: str) -> float:
    import time

    t = time.perf_counter()
    cl.parse_text(text, published="2024-01-15")
    return time.perf_counter() - t


@pytest.mark.parametrize("unit", ["?", "al-", "drone ", "1,", "said "])
def test_pathological_input_grows_linearly(unit: str) -> None:
    """Long runs of punctuation or repeated words must not make any pattern backtrack:
    four times the input takes less than eight times as long (measured in this test, so
    the machine's speed cancels out; best of three runs of each size, and up to three rounds,
    since a shared machine can stall one run: a real quadratic cost fails every round)."""
    n = 40000 // len(unit)
    for _ in range(3):
        small = min(_parse_seconds(unit * n) for _ in range(3))
        large = min(_parse_seconds(unit * (4 * n)) for _ in range(3))
        if large < 8 * max(small, 1e-3):
            return
    pytest.fail(f"{unit!r}: {small:.4f} s at 1x, {large:.4f} s at 4x")


def test_import_is_light() -> None:
    code = "import sys, conflictlib; print('matplotlib' in sys.modules, 'pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]  # pandas with the first table, matplotlib with the plots


def test_frame_columns_take_their_dtypes() -> None:
    """Tables are built column by column: missing values, ints with gaps, dates given as
    dates, ISO strings or nonsense, and rows given as dicts, typed rows or tuples all come
    out typed; a row with a misspelled or missing column is an error, never a column of NA."""
    from conflictlib.schema import COLUMNS, frame

    rows = [
        {"article_id": "a", "force": "United States", "country": "Iraq", "troops": 2500,
         "qualifier": "about", "as_of": dt.date(2024, 1, 22), "rule": "r", "start": 0, "end": 9,
         "text": "t"},
        {"article_id": "b", "force": None, "country": "Syria", "troops": None,
         "qualifier": "exact", "as_of": "2023-12-04", "rule": "r", "start": 1, "end": 2,
         "text": "t"},
        {"article_id": "c", "force": None, "country": None, "troops": 900, "qualifier": None,
         "as_of": "not a date", "rule": None, "start": None, "end": None, "text": None},
    ]
    df = frame("deployments", rows)
    assert list(df.columns) == list(COLUMNS["deployments"])
    assert {c: str(t) for c, t in df.dtypes.items()} == {
        c: ("datetime64[ns]" if t == "datetime64[ns]" else t) for c, t in COLUMNS["deployments"].items()}
    assert df["troops"].tolist() == [2500, pd.NA, 900]
    assert df["as_of"].tolist()[:2] == [pd.Timestamp("2024-01-22"), pd.Timestamp("2023-12-04")]
    assert pd.isna(df["as_of"].iloc[2]) and pd.isna(df["force"].iloc[1]) and pd.isna(df["rule"].iloc[2])
    tuples = frame("mentions", [("a", "place", "Kirkuk", "Kirkuk", 3, 9)])
    assert tuples.iloc[0].tolist() == ["a", "place", "Kirkuk", "Kirkuk", 3, 9]
    assert str(tuples["start"].dtype) == "Int64" and str(tuples["name"].dtype) == "string"
    empty = frame("events", [])
    assert len(empty) == 0 and list(empty.columns) == list(COLUMNS["events"])
    with pytest.raises(ValueError):
        frame("mentions", [("a", "place", "Kirkuk")])  # a row of the wrong width
    with pytest.raises(ValueError, match="lacks"):
        frame("deployments", [{"article_id": "c", "troops": 900}])  # missing columns
    with pytest.raises(ValueError, match="unknown columns \\['trops'\\]"):
        frame("deployments", [dict(rows[0], trops=1)])  # a misspelled column
    from conflictlib.schema import EventRow, MentionRow

    typed = frame("mentions", [MentionRow("a", "place", "Kirkuk", "Kirkuk", 3, 9)])
    assert typed.iloc[0].tolist() == ["a", "place", "Kirkuk", "Kirkuk", 3, 9]
    with pytest.raises(ValueError, match="no mentions rows"):
        frame("mentions", [EventRow(*range(24))])  # a row of another table
