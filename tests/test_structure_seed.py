"""Golden test: structure recovery on the shared seed exhibit unit (skipped if absent)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vitrina.model import Document
from vitrina.structure import rebuild
from vitrina.structure.captions import match_label

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_beabee21081aa6a0.txt"


@pytest.fixture(scope="module")
def doc() -> Document:
    if not SEED.exists():
        pytest.skip("shared seed not available")
    return rebuild(SEED.read_text(encoding="utf-8"), SEED.stem, str(SEED), "text")


def _texts(doc: Document, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def test_sections_and_title(doc: Document) -> None:
    unit = "A Wartime Alliance: Franklin D. Roosevelt and Joseph Stalin"
    assert doc.title == unit
    assert [(s.label, s.title) for s in doc.sections] == [
        ("10", unit),
        ("A", "Franklin D. Roosevelt and the Recognition of the USSR, 1933"),
        ("B", "Franklin D. Roosevelt and the Decision to Aid Russia, 1941"),
        ("C", "Binding Joseph Stalin to the Alliance, 1941–44"),
        ("D", "Yalta: Making an Uneasy Peace"),
    ]
    headings = _texts(doc, "heading")
    assert headings == [s.title for s in doc.sections]


def test_captions_and_credits(doc: Document) -> None:
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert len(captions) == 11
    assert [c.position for c in captions] == [
        None,
        "Above, left",
        "Above, right",
        "Left",
        "Top",
        "Above, left",
        "Above, right",
        "Right",
        "Left",
        "Above",
        "Left",
    ]
    assert [c.credit for c in captions] == [
        None,
        None,
        "National Archives",
        None,
        "Polish Archive",
        "LOC",
        "Polish Archive",
        "LOC",
        "LOC",
        "LOC",
        "FDRL",
    ]
    for caption in captions:
        text = doc.text[caption.start : caption.end]
        assert text[0].isupper() and text.endswith((".", ".”", ")")), text
        assert not match_label(text)
    # every credit block directly follows the caption that names it
    for i, block in enumerate(doc.blocks):
        if block.kind == "credit":
            before = doc.blocks[i - 1]
            assert before.kind == "caption"
            assert before.credit == doc.text[block.start : block.end]
    assert len(_texts(doc, "credit")) == 8


def test_map_caption_is_whole(doc: Document) -> None:
    first = next(b for b in doc.blocks if b.kind == "caption")
    text = doc.text[first.start : first.end]
    assert text.startswith("The Eastern Front in 1941")
    assert "civilians also perished on the brutal Eastern Front." in text
    assert text.endswith("occupied much of Eastern Europe.")
    assert first.section == doc.sections[0].id


def test_paragraphs(doc: Document) -> None:
    paragraphs = _texts(doc, "paragraph")
    assert len(paragraphs) == 27
    label = re.compile(r"\b(Above|Below|Top|Bottom|Left|Right|Inset)(, \w+)?: ")
    captions = _texts(doc, "caption")
    for paragraph in paragraphs:
        assert not label.search(paragraph)
        assert paragraph[0].isupper() and paragraph.rstrip("”").endswith("."), paragraph
        for caption in captions:
            assert caption[:60] not in paragraph
    joined = "\n".join(paragraphs)
    # sentences interrupted by captions and page breaks are whole again
    assert "might end up in the hands of the Nazis. Meanwhile" in joined
    assert "a face-to-face meeting as soon as possible, an encounter" in joined
    # compounds keep their hyphen across line ends
    for compound in ("hands-on", "free-market", "Anglo-American", "U.S.-Russian", "tired-looking"):
        assert compound in doc.text
    assert "  " not in doc.text


def test_quote_repair(doc: Document) -> None:
    assert doc.repairs
    for repair in doc.repairs:
        assert doc.text[repair.start : repair.end] == repair.replacement == "“"
    assert "diplomacy—“I think" in doc.text
