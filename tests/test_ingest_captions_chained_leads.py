"""A caption's credit opened by a medium's lead and a credit phrase right after it
("Photograph: courtesy of …") is one credit (``split_caption``). Every text is invented."""

from __future__ import annotations

from vitrina.ingest._captions import split_caption
from vitrina.ingest._mapped import MappedText


def _split(text: str) -> tuple[str | None, str, str]:
    mapped = MappedText()
    mapped.append_verbatim(text, 0)
    position, caption, credit = split_caption(mapped)
    return position, caption.text, credit.text


def test_a_lead_chained_to_a_credit_phrase_opens_the_credit() -> None:
    assert _split("Left: A ferry at the quay, 1930s. Photograph: courtesy of the Saltcoats Harbour Trust") == (
        "Left", "A ferry at the quay, 1930s.", "Photograph: courtesy of the Saltcoats Harbour Trust")
    assert _split("A net loft in winter. Photo: © Ada Marr") == (None, "A net loft in winter.", "Photo: © Ada Marr")


def test_a_phrase_after_caption_words_opens_the_credit_alone() -> None:
    # an earlier lead parted from the last phrase by the caption's own words is the caption's
    assert _split("Image: the quay at dusk. Courtesy of the Marr family") == (
        None, "Image: the quay at dusk.", "Courtesy of the Marr family")
    assert _split("Right: The harbour wall. Courtesy of the Dene Valley Cabinet") == (
        "Right", "The harbour wall.", "Courtesy of the Dene Valley Cabinet")
