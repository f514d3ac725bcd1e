"""The reports in a real headless browser (Debian's chromium and chromium-driver, selenium).

Every page of the seed's report and of the synthetic corpus's (conftest.py; one
of its articles holds a ``<script>`` element and an ``onerror`` attribute) is
opened from disk and must: log no console error, ask no other host for
anything (every request is ``file:`` or ``data:``), decode every image, run no
script from article text, and, on the evidence page, show highlighted spans.

Without chromium, chromium-driver or selenium these tests are skipped, saying
which is missing; ``.ci/run`` installs the browser first.  With
``CONFLICTLIB_SCREENSHOTS=DIR`` every page is also saved as a full-page PNG.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PAGES = ["index", "01_attack_frequency", "02_troop_deployments", "03_claimed_vs_confirmed",
         "evidence"]
CHART_PAGES = {"01_attack_frequency", "02_troop_deployments", "03_claimed_vs_confirmed"}


def _missing() -> str:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if not browser:
        return "no chromium browser on PATH (apt-get install chromium)"
    if not driver:
        return "no chromedriver on PATH (apt-get install chromium-driver)"
    return ""


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    reason = _missing()
    if reason:
        pytest.skip(f"browser tests need a browser: {reason}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or ""
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--allow-file-access-from-files"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # the system driver: selenium must not look for (or download) one of its own
    service = Service(executable_path=shutil.which("chromedriver"))
    d = webdriver.Chrome(service=service, options=options)
    yield d
    d.quit()


def _requests(d: Any) -> list[str]:
    urls = []
    for entry in d.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


@pytest.fixture(scope="module")
def visited(driver: Any, rendered: dict[str, Path]) -> dict[tuple[str, str], dict[str, Any]]:
    """Each page opened once: what the browser logged, asked for and shows."""
    shots = os.environ.get("CONFLICTLIB_SCREENSHOTS")
    out = {}
    for corpus, folder in rendered.items():
        for page in PAGES:
            driver.get_log("browser")
            driver.get_log("performance")
            driver.get((folder / f"{page}.html").as_uri())
            state = driver.execute_script("""
                const imgs = Array.from(document.images);
                return {
                  pwned: window.__pwned === undefined ? null : window.__pwned,
                  images: imgs.length,
                  undecoded: imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src.slice(0, 60)),
                  marks: document.querySelectorAll('mark').length,
                  labels: Array.from(document.querySelectorAll('.cl-lab')).map(e => e.textContent),
                  text: document.body.innerText,
                  scripts_from_text: document.querySelectorAll('script:not([type]), script[type="text/javascript"]').length,
                  height: document.documentElement.scrollHeight,
                };""")
            state["console"] = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            state["requests"] = _requests(driver)
            if shots:
                Path(shots).mkdir(parents=True, exist_ok=True)
                driver.set_window_size(1280, min(int(state["height"]) + 100, 16000))
                driver.save_screenshot(str(Path(shots) / f"{corpus}-{page}.png"))
                driver.set_window_size(1280, 1000)
            out[(corpus, page)] = state
    return out


CASES = [(c, p) for c in ["seed", "synthetic"] for p in PAGES]
IDS = [f"{c}-{p}" for c, p in CASES]


@pytest.mark.parametrize(("corpus", "page"), CASES, ids=IDS)
def test_no_console_errors(visited: dict, corpus: str, page: str) -> None:
    assert visited[(corpus, page)]["console"] == []


@pytest.mark.parametrize(("corpus", "page"), CASES, ids=IDS)
def test_no_request_to_another_host(visited: dict, corpus: str, page: str) -> None:
    requests = visited[(corpus, page)]["requests"]
    assert requests, "the browser logged no request at all: the check would be empty"
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []


@pytest.mark.parametrize(("corpus", "page"), CASES, ids=IDS)
def test_every_image_decoded(visited: dict, corpus: str, page: str) -> None:
    state = visited[(corpus, page)]
    assert state["undecoded"] == []
    if page in CHART_PAGES and page != "02_troop_deployments":
        assert state["images"] > 0


@pytest.mark.parametrize(("corpus", "page"), CASES, ids=IDS)
def test_no_script_from_article_text_ran(visited: dict, corpus: str, page: str) -> None:
    assert visited[(corpus, page)]["pwned"] is None


def test_hostile_markup_shows_as_text(visited: dict) -> None:
    text = visited[("synthetic", "evidence")]["text"]
    assert "<script>window.__pwned = 1</script>" in text
    assert '<img src=x onerror="window.__pwned = 2">' in text


@pytest.mark.parametrize("corpus", ["seed", "synthetic"])
def test_evidence_highlights(visited: dict, corpus: str) -> None:
    state = visited[(corpus, "evidence")]
    assert state["marks"] > 0
    tables = {label.split(" · ")[0] for label in state["labels"]}
    assert {"events", "claims"} <= tables
