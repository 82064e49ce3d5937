"""Exporters: one module per format, each ``write(conn, out: Path) -> None``.

``FORMATS`` maps a format name to its module; ``export`` dispatches.
"""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

from vitrina.errors import UsageError

FORMATS: dict[str, str] = {
    "json": "vitrina.export.json_kb",
    "tei": "vitrina.export.tei",
    "annotations": "vitrina.export.annotations",
    "timelinejs": "vitrina.export.timelinejs",
    "geojson": "vitrina.export.geojson",
    "csv": "vitrina.export.csv_tables",
    "csl": "vitrina.export.csl",
}


def export(conn: sqlite3.Connection, fmt: str, out: Path | None) -> str | None:
    """Export the knowledge base; returns the text when ``out`` is None."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (choose from {', '.join(sorted(FORMATS))})")
    module = importlib.import_module(FORMATS[fmt])
    return module.write(conn, out)
