"""bench/compare_unextracted.py: the shape the missing side's annotated words stand in (invented sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import compare_unextracted as unextracted  # noqa: E402

pytest.importorskip("spacy")


def _side(sentence: str, text: str) -> dict:
    return {"sentence": sentence, "text": text}


@pytest.mark.parametrize(("sentence", "text", "expected"), [
    ("The guild was a lender to the mill in those years.", "a lender to the mill", "copular"),
    ("The bridge was repaired by the county in the spring.", "by the county", "passive"),
    ("The mill, which the guild had bought, burned down.", "the guild had bought", "relative clause"),
    ("The council praised the rebuilding of the chapel at Dunmore.", "the rebuilding of the chapel at Dunmore",
     "nominal event"),
    ("The weavers of Harlow elected Anna Brill as their warden.", "The weavers of Harlow elected Anna Brill",
     "active clause, a name in a slot"),
])
def test_the_shape_of_the_words(sentence: str, text: str, expected: str) -> None:
    assert unextracted.shape(_side(sentence, text)) == expected


def test_words_not_in_their_sentence() -> None:
    assert unextracted.shape(_side("The mill burned down.", "the granary")) == "words not found"
