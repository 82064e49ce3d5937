"""Registries of readers and exporters: a new format is one module plus one line.

A format registers itself with a decorator in its own module::

    from vitrina.registry import exporters

    @exporters.register("ris", folder=False, unit="references", about="RIS")
    def write(conn, out): ...

Built-in formats are imported from the registry's list of modules; other
packages add theirs through entry points naming the module that registers
(as datasette's and spaCy's plugins do)::

    [project.entry-points."vitrina.exporters"]
    ris = "vitrina_ris"

``--help``, the list of supported formats and format validation all come
from the registry, so an installed plugin shows up everywhere at once.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any

from vitrina.errors import UsageError

F = Callable[..., Any]


@dataclass(frozen=True)
class Entry:
    """One registered format: its name, the function, what the registry needs to know of it."""

    name: str
    function: F
    meta: dict[str, Any] = field(default_factory=dict)
    order: tuple[int, str] = (0, "")  # built-ins in the order listed, then plugins by name


class Registry:
    """Formats by name, from built-in modules and entry point group ``group``."""

    def __init__(self, group: str, kind: str, builtins: tuple[str, ...]) -> None:
        self.group = group
        self.kind = kind  # "reader", "exporter": how errors name an entry
        self.builtins = builtins
        self._entries: dict[str, Entry] = {}
        self._loaded = False

    def register(self, name: str, **meta: Any) -> Callable[[F], F]:
        """Decorator: register the function under ``name`` with ``meta``."""
        def decorate(function: F) -> F:
            module = function.__module__
            rank = self.builtins.index(module) if module in self.builtins else len(self.builtins)
            self._entries[name] = Entry(name, function, dict(meta), (rank, name))
            return function

        return decorate

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        for module in self.builtins:
            importlib.import_module(module)
        for point in entry_points(group=self.group):
            try:
                point.load()
            except Exception as exc:  # noqa: BLE001 - a broken plugin must not break vitrina
                print(f"Warning: {self.kind} plugin {point.name!r} ({point.value}) not loaded: "
                      f"{type(exc).__name__}: {exc}", file=sys.stderr)

    def __iter__(self) -> Iterator[Entry]:
        self._load()
        return iter(sorted(self._entries.values(), key=lambda entry: entry.order))

    def __contains__(self, name: object) -> bool:
        self._load()
        return name in self._entries

    def names(self) -> list[str]:
        return [entry.name for entry in self]

    def get(self, name: str) -> Entry:
        """The entry called ``name``; an unknown name is a UsageError listing the known ones."""
        self._load()
        if name not in self._entries:
            raise UsageError(f"unknown {self.kind} format {name!r} (choose from {', '.join(sorted(self._entries))})")
        return self._entries[name]


readers = Registry("vitrina.readers", "reader", (
    "vitrina.ingest.pdf", "vitrina.ingest.docx", "vitrina.ingest.html", "vitrina.ingest.tei",
    "vitrina.ingest.markdown", "vitrina.ingest.text",
))
exporters = Registry("vitrina.exporters", "export", (
    "vitrina.export.json_kb", "vitrina.export.annotations", "vitrina.export.timelinejs",
    "vitrina.export.geojson", "vitrina.export.csl", "vitrina.export.tei", "vitrina.export.csv_tables",
))
