"""Whether an article reads as English, the one language the extractor reads.

A scraped archive holds pages in other languages beside English copy (a Portuguese or Arabic
repost of a wire story, a French government brief).  The extractor's word tables are English:
such a page gives no rows, silently, though it may report an attack.  An article whose words
are almost never English function words ("the", "and", "of", "said") is flagged with a
``language`` row in the errors table; it is kept and parsed as any other.

English prose has about a quarter of its words among :data:`FUNCTION_WORDS`; a Portuguese,
Spanish, French or Arabic page a few in a hundred (names and loanwords).  Only the first
:data:`HEAD_CHARS` characters are read, and a text of fewer than :data:`MIN_WORDS` words is
never flagged (a headline or a caption says too little).
"""

from __future__ import annotations

import re
from typing import Final

#: FUNCTION_WORDS: the commonest English words, which every English paragraph holds.
FUNCTION_WORDS: Final = frozenset({
    "the", "and", "of", "to", "in", "a", "an", "on", "that", "said", "was", "were", "with", "for",
    "by", "is", "at", "it", "as", "from", "has", "have", "had", "its", "their", "this", "which",
    "who", "after", "but", "not", "be", "been", "are", "or", "they", "he", "she", "his", "her",
})
#: Below this share of function words among its words, a text does not read as English.
MIN_SHARE: Final = 0.08
#: A text with fewer words is never flagged.
MIN_WORDS: Final = 40
#: Only this many first characters are read.
HEAD_CHARS: Final = 4000

_WORD = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> tuple[int, int]:
    """(function words, words) among the first :data:`HEAD_CHARS` characters of *text*."""
    words = _WORD.findall(text[:HEAD_CHARS].lower())
    return sum(1 for w in words if w in FUNCTION_WORDS), len(words)


def reads_as_english(text: str) -> bool:
    """False for a text of at least :data:`MIN_WORDS` words with under :data:`MIN_SHARE` of
    them English function words (see above); True otherwise."""
    return _english(*english_share(text))


def _english(hits: int, n: int) -> bool:
    return n < MIN_WORDS or hits >= MIN_SHARE * n


def language_warning(article_id: str, source: str, text: str) -> dict[str, object] | None:
    """The ``language`` errors row of an article that does not read as English, else None; made
    where the article is extracted (any worker), so that the test costs no serial time."""
    hits, n = english_share(text)
    if _english(hits, n):
        return None
    return {"source": source, "article_id": article_id, "stage": "language",
            "message": f"the text does not read as English ({hits} of its first {n} words are common "
                       f"English words); the extractor reads English only, so its rows may be missing; "
                       f"the article is kept"}
