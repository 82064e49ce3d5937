"""Every word list vitrina knows, in one folder, read by one loader.

Each list is one file ``<name>.txt`` beside this module::

    # What the list is for (first comment lines describe the file).
    ## Why the entries below exist (applies until the next "##" line).
    entry
    another entry   # a reason of its own, overriding the group's

Every entry must carry a reason: its own trailing comment or the group's
``##`` line above it (``tests/test_lexicon.py`` enforces this). A reason
names the linguistic or domain fact behind the entry, never a test case.
Prefer a maintained resource (WordNet, spaCy's vocabulary and lemmas,
GeoNames) to a list here; a list is for what no resource provides.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Entry", "entries", "names", "rows", "words"]


@dataclass(frozen=True)
class Entry:
    value: str
    reason: str
    line: int


def _parse(text: str) -> list[Entry]:
    found: list[Entry] = []
    group = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("##"):
            group = line.lstrip("#").strip()
            continue
        if not line or line.startswith("#"):
            continue
        value, _, own = line.partition(" #")
        found.append(Entry(value.strip(), own.strip() or group, number))
    return found


@cache
def entries(name: str) -> tuple[Entry, ...]:
    """The entries of list ``name`` with their reasons, in file order."""
    text = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return tuple(_parse(text))


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of a tab-separated list ``name``, each split into its lower-cased columns."""
    return tuple(tuple(col.strip().lower() for col in e.value.split("\t")) for e in entries(name))


@cache
def words(name: str) -> frozenset[str]:
    """The entries of list ``name``, lower-cased, for membership tests."""
    return frozenset(e.value.lower() for e in entries(name))


def names() -> list[str]:
    """Every list shipped in this folder."""
    folder = resources.files(__name__)
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt"))
