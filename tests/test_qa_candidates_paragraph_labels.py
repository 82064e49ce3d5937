"""ask: an answer span never starts with its paragraph's number or label (round 43 red team D7)."""

from __future__ import annotations

import pytest

from vitrina.qa.candidates import Sentence, _make


def _sentence(text: str) -> Sentence:
    return Sentence(1, "d", None, 100, 100 + len(text), text, 0.0)


@pytest.mark.parametrize(("text", "shown"), [
    ("2.3 Four boats sank in the gale.", "Four boats"),
    ("4. Two pumps failed.", "Two pumps"),
    ("(b) Nine crew were rescued.", "Nine crew"),
])
def test_a_paragraph_label_is_left_off_a_span_opening_the_sentence(text: str, shown: str) -> None:
    s = _sentence(text)
    made = _make(s, 0, text.index(shown) + len(shown), "quantity")
    assert made is not None and made.text == shown
    assert s.text[made.start - s.start:made.end - s.start] == shown


@pytest.mark.parametrize(("text", "span"), [
    ("3.5 million people lived there.", "3.5 million people"),  # a decimal, not a label
    ("1914 was the year the pier burned.", "1914"),
])
def test_a_number_that_is_no_label_stays(text: str, span: str) -> None:
    made = _make(_sentence(text), 0, len(span), "quantity")
    assert made is not None and made.text == span
