"""Events as a TimelineJS 3 JSON timeline.

Each event is a slide: ``start_date``/``end_date`` from the EDTF bounds at
the precision the EDTF carries (a year, a month or a day; anything else,
e.g. a season, as a day range), ``display_date`` the date as the source
wrote it, ``text.headline`` the label and ``text.text`` the evidence
sentences (HTML-escaped) with the document title. TimelineJS requires a
``media.url`` and an exhibit has no image files, so no ``media`` object is
written: when the evidence is a photo caption, its caption and credit go
into the slide text instead. ``group`` is the document title.

TimelineJS puts ``headline``, ``text``, ``display_date`` and ``group`` into
the page as HTML (``innerHTML``), so every one of them is HTML-escaped here:
a document title or date text can never become markup or script.
"""

from __future__ import annotations

import calendar
import html
import re
from pathlib import Path
from typing import Any

from vitrina.edtf_bounds import bounds
from vitrina.export.atomic import json_export
from vitrina.export.json_kb import knowledge_base
from vitrina.registry import exporters
from vitrina.store.read import KnowledgeBase
from vitrina.terminal import count


def date_object(iso: str, precision: str) -> dict[str, int]:
    """A TimelineJS date from an ISO day, cut to ``year``/``month``/``day``."""
    negative = iso.startswith("-")
    year, month, day = (int(p) for p in iso.lstrip("-").split("-"))
    result = {"year": -year if negative else year}
    if precision in ("month", "day"):
        result["month"] = month
    if precision == "day":
        result["day"] = day
    return result


def _last_day(year: int, month: int) -> int:
    if month == 2:
        return 29 if calendar.isleap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _precision(lower: str, upper: str) -> str:
    """The coarsest unit (year, month, day) whose boundaries both ends sit on."""
    _, lm, ld = lower.lstrip("-").split("-")
    uy, um, ud = upper.lstrip("-").split("-")
    year = -int(uy) if upper.startswith("-") else int(uy)
    if (lm, ld, um, ud) == ("01", "01", "12", "31"):
        return "year"
    if ld == "01" and int(ud) == _last_day(year, int(um)):
        return "month"
    return "day"


def dates(edtf: str) -> tuple[dict[str, int], dict[str, int] | None] | None:
    """(start_date, end_date or None) for an EDTF value, or None if it has no bounds."""
    lower, upper = bounds(edtf)
    if lower is None or upper is None:
        return None
    precision = _precision(lower, upper)
    start, end = date_object(lower, precision), date_object(upper, precision)
    return start, (None if end == start else end)


def unique_id(event_id: str) -> str:
    """The event's id as TimelineJS slide ids and ``#`` links take it: ASCII letters, digits and
    hyphens kept, every other character escaped as ``_`` and its UTF-8 bytes in hex (as the
    published site spells file names), so distinct event ids stay distinct ("żółć-ev0" ->
    "_c5_bc_c3_b3_c5_82_c4_87-ev0")."""
    return re.sub(r"[^A-Za-z0-9-]", lambda m: "".join(f"_{b:02x}" for b in m.group().encode()), event_id)


def slide(event: dict[str, Any], documents: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    span = dates(event["date"]["edtf"])
    if span is None:
        return None
    start, end = span
    paragraphs = []
    group = None
    for evidence in event["evidence"]:
        doc = documents.get(evidence["document"])
        if doc is None:
            continue
        group = group or doc["title"]
        paragraphs.append(_evidence_html(evidence, doc))
    result: dict[str, Any] = {
        "start_date": start,
        "text": {"headline": html.escape(event["label"]), "text": "".join(paragraphs)},
        "display_date": html.escape(event["date"]["text"]),
        "unique_id": unique_id(event["id"]),
    }
    if end is not None:
        result["end_date"] = end
    if group:
        result["group"] = html.escape(group)  # TimelineJS sets the group label as HTML
    return result


def _evidence_html(evidence: dict[str, Any], doc: dict[str, Any]) -> str:
    block = next((b for b in doc["blocks"] if b["start"] <= evidence["start"] < b["end"]), None)
    source = f"<cite>{html.escape(doc['title'])}</cite>"
    if block is not None and block["kind"] == "caption":
        credit = f" Credit: {html.escape(block['credit'])}." if block["credit"] else ""
        return f"<p>Photo caption: {html.escape(block['text'])}{credit} ({source})</p>"
    return f"<p>{html.escape(evidence['text'])} ({source})</p>"


def timeline(kb: dict[str, Any]) -> dict[str, Any]:
    documents = {d["id"]: d for d in kb["documents"]}
    events = [s for s in (slide(e, documents) for e in kb["events"]) if s is not None]
    titles = [d["title"] for d in kb["documents"]]
    headline = titles[0] if len(titles) == 1 else "Exhibit timeline"
    summary = ", ".join(html.escape(t) for t in titles[:5]) + (" …" if len(titles) > 5 else "")
    return {
        "title": {"text": {"headline": html.escape(headline),
                           "text": f"<p>{count(len(events), 'dated event')} from {count(len(titles), 'document')}: {summary}</p>"}},
        "events": events,
    }


@exporters.register("timelinejs", folder=False, unit="events", counted=lambda data: len(data.get("events") or []))
def write(conn: KnowledgeBase, out: Path | None) -> str | None:
    return json_export(timeline(knowledge_base(conn)), out)
