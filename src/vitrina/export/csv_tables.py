"""The knowledge base as CSV tables, one file per table, in a folder.

``documents.csv``, ``sections.csv`` (each section's ``level``, 1 a top one, and ``parent``, the section it is
under), ``blocks.csv``, ``entities.csv``, ``mentions.csv``,
``dates.csv``, ``events.csv``, ``quantities.csv``, ``quotes.csv``: UTF-8, a header row,
spans as ``document,start,end,text`` columns, lists ``;``-joined.

Spreadsheet safety: a text cell beginning with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return is prefixed with ``'`` so that spreadsheet
programs show it as text instead of evaluating it as a formula (CSV
formula injection). Numbers are written as numbers and never prefixed, nor is
text that is a number or an EDTF date (``-0044``, a year before the common
era; ``-0044/0014``): such a cell calls nothing, and the apostrophe would make
it neither a number nor EDTF.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from vitrina import edtf_bounds
from vitrina.errors import UsageError
from vitrina.export.atomic import write_atomically
from vitrina.export.json_kb import knowledge_base
from vitrina.model import file_reference, visible_text
from vitrina.registry import exporters
from vitrina.store.read import KnowledgeBase

# What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"), with the
# full-width forms some spreadsheets also accept; checked after leading spaces.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")

Row = dict[str, Any]


def safe_cell(value: Any) -> Any:
    """A cell value that no spreadsheet will evaluate as a formula (and with no control characters)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    text = str(value)
    shown = visible_text(text)  # no ESC or BEL for a terminal that shows the file
    return "'" + shown if runs_as_formula(text) else shown


# A number as CSV readers write it, and the characters EDTF dates are written with (checked by the edtf
# package only when a cell is made of them)
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
EDTF_CHARACTERS = re.compile(r"[-+0-9X/~?%.]+")


def runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet could run the text cell as a formula: it begins (after spaces) with a formula
    sign and is not a number or an EDTF date, which are values, and stay as they are."""
    value = text.lstrip(" ")
    if not value.startswith(FORMULA_STARTS):
        return False
    if PLAIN_NUMBER.fullmatch(value):
        return False
    return not (EDTF_CHARACTERS.fullmatch(value) and edtf_bounds.is_valid(value))


def joined(values: Iterable[Any]) -> str:
    return ";".join(str(v) for v in values)


def tables(kb: dict[str, Any]) -> dict[str, tuple[Sequence[str], list[Row]]]:
    """Table name -> (columns, rows), from the published knowledge-base dict."""
    return {
        "documents": (
            ("id", "title", "source", "format", "characters", "sections", "blocks"),
            [
                {"id": d["id"], "title": d["title"], "source": file_reference(d["source"]), "format": d["format"],
                 "characters": len(d["text"]), "sections": len(d["sections"]), "blocks": len(d["blocks"])}
                for d in kb["documents"]
            ],
        ),
        "sections": (
            ("document", "id", "label", "title", "level", "parent", "start", "end"),
            [{"document": d["id"], **s} for d in kb["documents"] for s in d["sections"]],
        ),
        "blocks": (
            ("document", "id", "section", "section_label", "kind", "start", "end", "text", "position", "credit"),
            list(_blocks(kb)),
        ),
        "entities": (
            ("id", "type", "name", "aliases", "lat", "lon", "identifier", "mentions"),
            [
                {**{k: e.get(k) for k in ("id", "type", "name", "lat", "lon", "identifier")},
                 "aliases": joined(e["aliases"]), "mentions": len(e["mentions"])}
                for e in kb["entities"]
            ],
        ),
        "mentions": (
            ("entity", "type", "document", "start", "end", "text"),
            [
                {"entity": e["id"], "type": e["type"], **m}
                for e in kb["entities"]
                for m in e["mentions"]
            ],
        ),
        "dates": (
            ("edtf", "document", "start", "end", "text", "julian"),
            [{"document": doc["id"], **d} for doc in kb["documents"] for d in doc["dates"]],
        ),
        "events": (
            ("id", "label", "date_text", "edtf", "participants", "places",
             "document", "start", "end", "text", "evidence"),
            [_event(e) for e in kb["events"]],
        ),
        "quantities": (
            ("id", "value", "high", "unit", "qualifier", "document", "start", "end", "text"),
            [
                {"id": q["id"], "value": q["value"], "high": q.get("high"), "unit": q["unit"], "qualifier": q["qualifier"],
                 **q["evidence"]}
                for q in kb["quantities"]
            ],
        ),
        "quotes": (
            ("id", "kind", "speaker", "speaker_words", "date", "document", "start", "end", "text"),
            [
                {"id": q["id"], "kind": q["kind"], "speaker": q["speaker"],
                 "speaker_words": (q.get("speaker_words") or {}).get("text"), "date": q["date"], **q["evidence"]}
                for q in kb["quotes"]
            ],
        ),
    }


def _blocks(kb: dict[str, Any]) -> Iterator[Row]:
    for doc in kb["documents"]:
        labels = {s["id"]: s["label"] for s in doc["sections"]}
        for b in doc["blocks"]:
            yield {"document": doc["id"], **b, "section_label": labels.get(b["section"])}


def _event(event: dict[str, Any]) -> Row:
    """One row per event: its first evidence span in the span columns, all in ``evidence``."""
    evidence = event["evidence"]
    first = evidence[0] if evidence else {}
    return {
        "id": event["id"], "label": event["label"], "date_text": event["date"]["text"],
        "edtf": event["date"]["edtf"], "participants": joined(event["participants"]),
        "places": joined(event["places"]),
        "document": first.get("document"), "start": first.get("start"), "end": first.get("end"),
        "text": first.get("text"),
        "evidence": joined(f"{s['document']}:{s['start']}-{s['end']}" for s in evidence),
    }


def write_table(path: Path, columns: Sequence[str], rows: Iterable[Row]) -> int:
    """Write one table atomically (temporary file, then rename); returns its row count."""
    count = 0
    handle = io.StringIO(newline="")
    writer = csv.writer(handle)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(row.get(c)) for c in columns])
        count += 1
    write_atomically(path, handle.getvalue())
    return count


@exporters.register("csv", folder=True, unit="CSV tables", about="one per table")
def write(conn: KnowledgeBase, out: Path | None) -> str | None:
    if out is None:
        raise UsageError("csv export writes one file per table and needs -o FOLDER")
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file; csv export needs -o FOLDER")
    out.mkdir(parents=True, exist_ok=True)
    for name, (columns, rows) in tables(knowledge_base(conn)).items():
        write_table(out / f"{name}.csv", columns, rows)
    return None
