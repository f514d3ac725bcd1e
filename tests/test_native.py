"""The compiled extractor is used only while its build matches the sources (conflictlib/_native.py).

These tests write records of builds to a temporary folder; no compiler runs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from conflictlib import _native


@pytest.fixture
def record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A record of a build of exactly the present sources, in a temporary folder."""
    monkeypatch.delenv("CONFLICTLIB_PURE", raising=False)
    monkeypatch.setattr(_native, "BUILD", tmp_path)
    monkeypatch.setattr(_native, "RECORD", tmp_path / "sources.json")
    _native.write_record(_native.sources())
    _native.current.cache_clear()
    yield tmp_path / "sources.json"
    _native.current.cache_clear()


def _rewrite(path: Path, change) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    _native.current.cache_clear()


def test_a_build_of_these_sources_goes_first_on_each_package_path(record: Path) -> None:
    assert _native.current()
    assert _native.search_path(["src"], "extract") == [str(record.parent / "extract"),
                                                       str(Path(_native.__file__).resolve().parent / "extract")]


def test_every_compiled_module_is_a_recorded_source(record: Path) -> None:
    sources = json.loads(record.read_text())["sources"]
    assert set(_native.COMPILED) <= set(sources)
    assert "extract/__init__.py" in _native.COMPILED and "lookup/gazetteer.py" in _native.COMPILED


@pytest.mark.parametrize("change", [
    lambda d: d["sources"].update({"extract/frames.py": "0" * 40}),   # a stage edited since the build
    lambda d: d["sources"].update({"lookup/kinds.py": "0" * 40}),     # a module the stages import
    lambda d: d["sources"].pop("extract/claims.py"),                   # a module the build does not know
    lambda d: d.update(interpreter="cpython-99 .so"),                  # another Python
    lambda d: d.update(modules=d["modules"][:-1]),                     # another set of modules
])
def test_a_stale_build_is_never_used(record: Path, change) -> None:
    _rewrite(record, change)
    assert not _native.current()
    assert _native.search_path(["src"], "extract") == ["src"]


def test_a_build_records_the_sources_it_began_with(record: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a source edited while the compiler ran (a merge during the build) is not in the build:
    # the record keeps the hashes taken when it began, so the build counts as stale
    began = _native.sources()
    edited = {**began, "extract/places.py": "0" * 40}
    monkeypatch.setattr(_native, "sources", lambda: edited)
    _native.write_record(began)
    _native.current.cache_clear()
    assert not _native.current()


def test_the_python_modules_when_asked_or_without_a_build(record: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFLICTLIB_PURE", "1")
    _native.current.cache_clear()
    assert not _native.current()
    monkeypatch.delenv("CONFLICTLIB_PURE")
    record.unlink()
    _native.current.cache_clear()
    assert not _native.current()
    record.write_text("not json")
    _native.current.cache_clear()
    assert not _native.current()
