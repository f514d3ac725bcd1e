"""The project's own promises: setup files in step, CI running the README's command."""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# sha256 of the user's document as delivered; seeds/ must hold it byte for byte.
SEED_SHA256 = "f6cc9aeed3354d8e0dfa69b32fb7075c79f24b50df683b795403cf677ec660a6"


def _names(specs: list[str]) -> set[str]:
    return {re.split(r"[<>=!~ \[]", s.strip(), maxsplit=1)[0].lower() for s in specs}


def test_environment_yml_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = _names(project["dependencies"]) | _names(project["optional-dependencies"]["test"])
    conda = set()
    section = None
    for line in (ROOT / "environment.yml").read_text().splitlines():
        if re.match(r"^\w", line):
            section = line.split(":")[0]
        m = re.match(r"\s*-\s+([A-Za-z0-9_.\-]+)", line)
        if section == "dependencies" and m and not line.strip().startswith("- -e"):
            conda.add(m.group(1).lower())
    assert wanted == conda - {"python", "pip"}


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run may install system packages first (the browser), then runs exactly the
    README's test command, as its last line."""
    lines = [l for l in (ROOT / ".ci" / "run").read_text().splitlines()
             if l.strip() and not l.startswith(("#", "set ", "cd "))]
    readme = (ROOT / "README.md").read_text()
    assert lines[-1].strip() in readme.splitlines()
    assert "pytest" in lines[-1]
    for line in lines[:-1]:   # only the browser install, guarded
        assert "pytest" not in line and "pip" not in line, line


def test_the_seed_is_the_users_document_unchanged() -> None:
    data = (ROOT / "seeds" / "000_fd90263df41bb01c.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256


def test_no_scratch_notebooks() -> None:
    for nb in (ROOT / "notebooks").glob("*.ipynb"):
        assert not re.search(r"Untitled|-Copy\d*|scratch", nb.name), nb.name
