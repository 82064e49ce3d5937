"""Exporters: one module per format, each ``write(conn, out: Path | None) -> str | None``.

``FORMATS`` maps a format name to its module and says whether it is one
file (written to stdout, or atomically to ``-o FILE``) or a folder of
files (``-o FOLDER``, one file per document or table); ``export``
dispatches, ``export_to`` writes and reports what it wrote.
"""

from __future__ import annotations

import importlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vitrina.errors import UsageError
from vitrina.export.atomic import write_atomically


def _length(key: str | None = None) -> Callable[[Any], int]:
    return lambda data: len(data if key is None else data.get(key) or [])


@dataclass(frozen=True)
class Format:
    module: str
    folder: bool  # True: a folder of files; False: one file
    unit: str  # what one counted item is called, plural
    counted: Callable[[Any], int] | None = None  # items in the parsed single-file output


FORMATS: dict[str, Format] = {
    "json": Format("vitrina.export.json_kb", False, "documents", _length("documents")),
    "tei": Format("vitrina.export.tei", True, "TEI files"),
    "annotations": Format("vitrina.export.annotations", False, "annotations",
                          lambda data: len((data.get("first") or {}).get("items") or [])),
    "timelinejs": Format("vitrina.export.timelinejs", False, "events", _length("events")),
    "geojson": Format("vitrina.export.geojson", False, "places", _length("features")),
    "csv": Format("vitrina.export.csv_tables", True, "CSV tables"),
    "csl": Format("vitrina.export.csl", False, "references", _length()),
}


# Suffixes that name a file: a folder format given one was most likely meant as a file.
FILE_SUFFIXES = {".xml", ".tei", ".json", ".jsonld", ".csv", ".tsv", ".txt", ".zip", ".geojson"}


@dataclass(frozen=True)
class Written:
    count: int
    unit: str
    path: Path


def export_format(fmt: str) -> Format:
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (choose from {', '.join(sorted(FORMATS))})")
    return FORMATS[fmt]


def export(conn: sqlite3.Connection, fmt: str, out: Path | None) -> str | None:
    """Export the knowledge base; returns the text when ``out`` is None."""
    module = importlib.import_module(export_format(fmt).module)
    return module.write(conn, out)


def export_to(conn: sqlite3.Connection, fmt: str, out: Path) -> Written:
    """Write one format to ``out`` (a file, or a folder for multi-file formats).

    Missing parent folders are created; a single file is written to a
    temporary name and renamed, so a failed export never leaves half a file.
    """
    spec = export_format(fmt)
    if spec.folder:
        if out.exists() and not out.is_dir():
            raise UsageError(f"{out} is a file; {fmt} export writes a folder (-o FOLDER)")
        if not out.exists() and out.suffix.lower() in FILE_SUFFIXES:
            raise UsageError(f"{out} names a file; {fmt} export writes one file per "
                             f"{'document' if fmt == 'tei' else 'table'} into a folder (-o FOLDER)")
        before = _snapshot(out)
        export(conn, fmt, out)
        after = _snapshot(out)
        return Written(sum(1 for name, stamp in after.items() if before.get(name) != stamp), spec.unit, out)
    if out.is_dir():
        raise UsageError(f"{out} is a folder; {fmt} export writes one file (-o FILE)")
    text = export(conn, fmt, None) or ""
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(out, text if text.endswith("\n") else text + "\n")
    counted = spec.counted(json.loads(text)) if spec.counted else 0
    return Written(counted, spec.unit, out)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    if not folder.is_dir():
        return {}
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir() if p.is_file()}
