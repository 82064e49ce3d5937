"""The layout generator's gold and the scorer used for the layout figures."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from vitrina.model import DocumentBuilder

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import layoutscore  # noqa: E402

GOLD = {
    "title": "Salt Roads",
    "running": ["Salt Roads Exhibit 4"],
    "sections": [
        {"label": "2", "title": "Salt Roads", "blocks": [
            {"kind": "paragraph", "text": "Carts left the pans at dawn. They reached the market by noon."},
            {"kind": "caption", "text": "A salt cart on the hill road.", "position": "Above",
             "credit": "Courtesy of the Marsh Museum"},
        ]},
        {"label": "A", "title": "The Pans", "blocks": [
            {"kind": "paragraph", "text": "Sea water dried in shallow pans through the summer months."},
        ]},
    ],
}


def _doc(paragraph_split: bool = False, credit: str | None = "Courtesy of the Marsh Museum",
         running: bool = False):
    b = DocumentBuilder("salt", "salt.txt", "text")
    b.section("2", "Salt Roads")
    if paragraph_split:
        b.block("paragraph", "Carts left the pans at dawn.")
        b.block("paragraph", "They reached the market by noon.")
    else:
        b.block("paragraph", "Carts left the pans at dawn. They reached the market by noon.")
    b.block("caption", "A salt cart on the hill road.", position="Above", credit=credit)
    b.section("A", "The Pans")
    tail = " Salt Roads Exhibit 4" if running else ""
    b.block("paragraph", "Sea water dried in shallow pans through the summer months." + tail)
    return b.build()


def test_scores_are_one_for_the_gold_itself() -> None:
    result = layoutscore.score_document(_doc(), GOLD)
    assert all(result[k] == 1.0 for k in layoutscore.SCORES) and result["mean"] == 1.0
    assert result["running_in_body"] == 0 and result["soft_hyphens_left"] == 0


def test_scores_drop_for_each_kind_of_error() -> None:
    split = layoutscore.score_document(_doc(paragraph_split=True), GOLD)
    # split between sentences: the paragraph is wrong, every sentence still whole
    assert split["paragraphs"] < 1.0 and split["sentences"] == 1.0 and split["captions"] == 1.0
    no_credit = layoutscore.score_document(_doc(credit=None), GOLD)
    assert no_credit["credits"] == 0.0 and no_credit["captions"] == 1.0
    leaked = layoutscore.score_document(_doc(running=True), GOLD)
    assert leaked["running_in_body"] == 1 and leaked["paragraphs"] < 1.0


def test_generator_gold_matches_what_the_pdf_reader_finds(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    import layoutgen

    if not layoutgen.CORPUS.exists():
        pytest.skip("shared corpus not available")
    pdf, gold_path = layoutgen.generate(3, tmp_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert set(gold) >= {"title", "sections", "running", "layout", "exhibit"}
    assert all({"label", "title", "blocks"} <= set(s) for s in gold["sections"])
    doc = layoutscore.read_document(pdf)
    result = layoutscore.score_document(doc, gold)
    assert result["mean"] >= 0.9 and result["running_in_body"] == 0


STRUCTURED = BENCH / "exhibits" / "structured-1"


@pytest.mark.parametrize(
    "name", ["ferry_at_carran_point.docx", "ice_harvest_on_lake_morrow.html", "ice_harvest_on_lake_morrow.md"])
def test_structured_exhibits_score_by_their_suffix(name: str) -> None:
    """The self-made DOCX and HTML exhibits (tuned on: they guard the readers' rules)."""
    path = STRUCTURED / name
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    result = layoutscore.score_document(layoutscore.read_document(path), gold)
    assert result["mean"] >= 0.95 and result["figures_linked"] == 1.0
    assert result["running_in_body"] == 0
    fmt = {".md": "markdown"}.get(path.suffix, path.suffix.lstrip("."))
    assert layoutscore.score_document(layoutscore.read_document(path, fmt), gold)["mean"] == result["mean"]
