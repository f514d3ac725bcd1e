"""The publication date in a news page's address.

Most news sites put the day an article was published in its path
(``/2023/11/22/us-strikes-...``, ``/news/2023-11-22-rockets-...``, ``/20231122/...``); a
scraped archive keeps the address when the page itself has lost its date line.  Only a full
year-month-day counts: ``/2024/01/`` gives a month, which dates no "Wednesday".
"""

from __future__ import annotations

import datetime
import functools
import re
from urllib.parse import urlsplit


@functools.cache
def _date_re() -> re.Pattern[str]:
    # a year, a month and a day, one path step each or joined by "-", or eight digits as one
    # step; bounded (fixed-width pieces), so no input can make it backtrack far
    return re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12][0-9]|3[01])(?![0-9])"
                      r"|/((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?=/|$)")


def url_date(url: str | None) -> datetime.date | None:
    """The day in *url*'s path, or None (no full date, or not a valid one).

    >>> url_date("https://example.com/world/2023/11/22/us-strikes-iraq/")
    datetime.date(2023, 11, 22)
    >>> url_date("https://example.com/2024/01/strikes") is None
    True
    """
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:  # not an address at all ("http://[")
        return None
    for m in _date_re().finditer(path):
        y, mo, d = (m[1], m[3], m[4]) if m[1] else (m[5], m[6], m[7])
        try:
            return datetime.date(int(y), int(mo), int(d))
        except ValueError:  # "2023/02/30"
            continue
    return None
