"""TimelineJS export: schema-valid slides, dates at the EDTF's precision, captions in text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from vitrina.export import export
from vitrina.export.timelinejs import dates
from vitrina.model import DateMention, DocumentBuilder, Event
from vitrina.store import connect_readonly, write_exhibit

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "timelinejs.schema.json").read_text())


def test_sample_timeline(sample_db: Path) -> None:
    with connect_readonly(sample_db) as conn:
        data = json.loads(export(conn, "timelinejs", None) or "")
    jsonschema.validate(data, SCHEMA)
    first, second = data["events"]
    assert first["start_date"] == {"year": 1921, "month": 5, "day": 4} and "end_date" not in first
    assert first["text"]["headline"] == "Ada Lind opens the Harbor Museum"
    assert "Queen Ada Lind opened" in first["text"]["text"]
    assert first["group"] == "The Harbor Museum"
    assert first["display_date"] == "May 4, 1921"
    # summer 1932 (EDTF 1932-22): June to August
    assert (second["start_date"], second["end_date"]) == ({"year": 1932, "month": 6}, {"year": 1932, "month": 8})
    assert "media" not in first and "media" not in second


@pytest.mark.parametrize(
    ("edtf", "expected"),
    [
        ("1905", ({"year": 1905}, None)),
        ("1905-02", ({"year": 1905, "month": 2}, None)),
        ("1904-02-29", ({"year": 1904, "month": 2, "day": 29}, None)),
        ("1901/1903", ({"year": 1901}, {"year": 1903})),
        ("1901-03-02/1901-03-09", ({"year": 1901, "month": 3, "day": 2}, {"year": 1901, "month": 3, "day": 9})),
        ("-0044-03-15", ({"year": -44, "month": 3, "day": 15}, None)),
        ("not a date", None),
    ],
)
def test_dates(edtf: str, expected: object) -> None:
    assert dates(edtf) == expected


def test_caption_evidence_goes_into_text_and_bad_dates_are_skipped(tmp_path: Path) -> None:
    builder = DocumentBuilder("mill", "mill.txt", "text")
    builder.section(None, "The Paper Mill")
    builder.block("paragraph", "Workers struck in 1899.")
    caption = builder.block("caption", "Strikers outside the gate <1899>.", position="Left",
                            credit="County Library")
    builder.block("credit", "County Library")
    doc = builder.build()
    date = doc.text.index("1899", caption.start)
    doc = doc.evolve(
        dates=(DateMention(date, date + 4, "1899"),),
        events=(
            Event("v0", "Strike at the mill", date, date + 4, "1899", evidence=((caption.start, caption.end),)),
            Event("v1", "Undated", date, date + 4, "garbage", evidence=((caption.start, caption.end),)),
        ),
    )
    db = tmp_path / "t.db"
    write_exhibit(db, [("sha", doc)], [doc], [])
    out = tmp_path / "timeline.json"
    with connect_readonly(db) as conn:
        export(conn, "timelinejs", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    (slide,) = data["events"]
    assert "Photo caption: Strikers outside the gate &lt;1899&gt;." in slide["text"]["text"]
    assert "Credit: County Library." in slide["text"]["text"]
    assert slide["unique_id"] == "mill_3av0"  # ":" escaped: ids stay distinct


def test_schema_requires_media_url() -> None:
    bad = {"events": [{"start_date": {"year": 1900}, "media": {"caption": "x"}}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


def test_unique_ids_stay_distinct_for_ids_in_any_script() -> None:
    from vitrina.export.timelinejs import unique_id

    ids = ["łódź:ev0", "лодь:ev0", "木:ev0", "木木:ev0", "a_b:ev0", "a-b:ev0", "a b:ev0", "plain:ev1"]
    escaped = [unique_id(i) for i in ids]
    assert len(set(escaped)) == len(ids)
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", e) for e in escaped)
    assert unique_id("plain-ev1") == "plain-ev1"
