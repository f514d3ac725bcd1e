"""Adversarial input shapes for the robustness tests and benchmarks/bench_robust.py.

Each shape is a function ``(n_chars) -> str`` giving synthetic text (written for the tests)
of about *n_chars* characters in one form a scraped archive holds: prose without full stops
(a flattened table, a transcript), runs of speech verbs, number chains, long chains of
capitalised names, runs of abbreviations, nested quotes, repeated dates, and a mix.
"""

from __future__ import annotations

import random
from collections.abc import Callable

_NO_STOPS = ("Militants attacked US forces at Ain al-Asad with two drones and rockets late on Sunday "
             "and the Islamic Resistance in Iraq claimed the attack while a US official confirmed "
             "that five soldiers were wounded and 900 troops remain in Syria ")
_SPEECH = ("Kataib Hezbollah said it attacked the base and the Pentagon said the strike killed two and "
           "a US official said no one was hurt and the group said ")
_NUMBERS = "14, 2,500, 66, five, 900, at least 3, more than 40, twenty-three, 1,200 killed and 7 wounded, "
_NAMES = ("Ain Al Asad Kataib Hezbollah Islamic Resistance In Iraq Tower 22 Green Village Erbil "
          "Harir Al Tanf Mission Support Site Euphrates Conoco Baghdad International Airport ")
_OCT = "Oct. "
_QUOTES = '"They said "the drone "attacked "the base at "Erbil '
_DATES = "on Monday on Monday late on Sunday on Oct. 17 in January 2024 overnight "
_TABLE = ("2023-10-17 | Ain al-Asad | drone | Islamic Resistance in Iraq | 2 wounded | claimed | "
          "2023-10-18 | Al-Tanf | rocket | unknown | 0 | confirmed | ")
_MIXED_WORDS = ("drone", "attack", "Ain al-Asad", "US", "forces", "killed", "five", "said", "the", ",",
                "Sunday", "Kataib Hezbollah", "claimed", "rockets", "since", "Oct.", "17", "66", "times",
                "troops", "in", "Syria", "and", "2,500", "no", "it", "(", ")", "-", "struck", "Tower 22",
                "vowed", "hit", "at least", "the 74th", "wounded", "more than", "'s", "\u201c", "airport",
                "confirmed", "denied", "Pentagon", "on Monday", "Erbil", "rocket attack")


def _repeat(unit: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]
    make.__doc__ = f"{unit[:40]!r} repeated"
    return make


def _mixed(n: int) -> str:
    """domain words at random, no full stops"""
    rng = random.Random(20240128)
    out: list[str] = []
    size = 0
    while size < n:
        w = rng.choice(_MIXED_WORDS)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n]


#: name -> maker of a text of about n characters
SHAPES: dict[str, Callable[[int], str]] = {
    "no full stops": _repeat(_NO_STOPS),
    "speech verbs": _repeat(_SPEECH),
    "number chains": _repeat(_NUMBERS),
    "name chains": _repeat(_NAMES),
    "Oct. Oct.": _repeat(_OCT),
    "nested quotes": _repeat(_QUOTES),
    "repeated dates": _repeat(_DATES),
    "flattened table": _repeat(_TABLE),
    "mixed": _mixed,
}
