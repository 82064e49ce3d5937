"""Documents to plain dicts and back (the store keeps each analysis as JSON)."""

from __future__ import annotations

import base64
from dataclasses import asdict, fields
from typing import Any

from vitrina.model import (
    Block,
    DateMention,
    Document,
    Entity,
    Event,
    Figure,
    LanguageSpan,
    Markup,
    Mention,
    Quantity,
    Quote,
    Repair,
    Section,
    Segment,
    SourceMap,
    SourceRef,
)

_ITEM_TYPES: dict[str, type] = {
    "sections": Section,
    "blocks": Block,
    "markup": Markup,
    "repairs": Repair,
    "entities": Entity,
    "mentions": Mention,
    "dates": DateMention,
    "quantities": Quantity,
    "quotes": Quote,
    "events": Event,
    "languages": LanguageSpan,
}


def document_to_dict(doc: Document) -> dict[str, Any]:
    data = asdict(doc)
    data["source_map"] = {
        "path": doc.source_map.path,
        "segments": [[s.start, s.end, s.ref.start, s.ref.end, s.ref.line, s.ref.page] for s in doc.source_map.segments],
    }
    data["figures"] = [_figure_to_dict(f) for f in doc.figures]
    return data


def _figure_to_dict(figure: Figure) -> dict[str, Any]:
    out = {f.name: getattr(figure, f.name) for f in fields(Figure)}
    out["data"] = base64.b64encode(figure.data).decode("ascii") if figure.data else None
    return out


def _figure_from_dict(raw: dict[str, Any]) -> Figure:
    item = _item(Figure, {k: v for k, v in raw.items() if k != "data"})
    data = base64.b64decode(raw["data"]) if raw.get("data") else None
    return item if data is None else Figure(**{**{f.name: getattr(item, f.name) for f in fields(Figure)}, "data": data})


def _tuplify(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuplify(v) for v in value)
    return value


def _item(cls: type, raw: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    return cls(**{k: _tuplify(v) for k, v in raw.items() if k in names})


def document_from_dict(data: dict[str, Any], source_text: str | None = None) -> Document:
    smap = data.get("source_map") or {}
    segments = tuple(
        Segment(s[0], s[1], SourceRef(s[2], s[3], s[4], s[5])) for s in smap.get("segments", [])
    )
    kwargs: dict[str, Any] = {
        "id": data["id"],
        "title": data["title"],
        "source": data["source"],
        "format": data["format"],
        "text": data["text"],
        "source_map": SourceMap(smap.get("path", data["source"]), segments, source_text),
        "sentences": tuple(tuple(s) for s in data.get("sentences", [])),
        "meta": tuple(tuple(m) for m in data.get("meta", [])),
        "header_roles": tuple(tuple(r) for r in data.get("header_roles", [])),
    }
    for name, cls in _ITEM_TYPES.items():
        kwargs[name] = tuple(_item(cls, raw) for raw in data.get(name, []))
    kwargs["figures"] = tuple(_figure_from_dict(raw) for raw in data.get("figures", []))
    return Document(**kwargs)
