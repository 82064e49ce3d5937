"""Raw text (``pdftotext -raw``), round 48 (structlow): a parted kicker read into the heading of
the title under it, an object's number wrapped alone under its credit after the number's
abbreviation or broken at its hyphen, a number broken at its hyphen joined again, a maker's note
before the holder and the number read as a credit. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.assemble import JOIN_SWITCHES
from vitrina.structure.captions import (
    CREDIT_FORMS,
    REGISTER_WRAPS,
    is_credit,
    register_number_wraps,
)
from vitrina.structure.plainlayout import PLAIN_LIMITS

BODY = [
    "Part 1 The Wheel",
    "The mill stood at the head of the creek for two hundred years and",
    "ground the grain of the valley farms on every tide. Barges brought the",
    "sacks up the creek at high water and carried the flour away again.",
    "Part 2 The Stones",
    "The busiest months came after the harvest, when carts queued along",
    "the lane and the wheel turned through the night. In spring the stones",
    "were dressed again and the sluices mended before the new grain came.",
]

# a running line and a caption read before the panel's kicker, which stands over the title
KICKED = ["The Old Quay - Panel 4", "Part 1", "Part 2", "Above: The quay wall in a print of about",
          "1850, before the new basin was cut.",
          "PANEL 4 - THE OLD QUAY", "Tides and Tolls:", "The Harbour of Wendle, 1790",
          "For a century the quay at Wendle took the coal of the valley and the timber of the Baltic, and",
          "the tolls it raised paid for the town's first lamps and its new bridge over the river."]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "quay", "quay.txt", "text")


def _titles(lines: list[str]) -> list[tuple[str | None, str]]:
    return [(s.label, s.title) for s in _doc(lines).sections]


def test_a_parted_kicker_read_into_the_title_is_left_out_with_its_label() -> None:
    titles = _titles([*KICKED, *BODY])
    assert (None, "Tides and Tolls: The Harbour of Wendle, 1790") in titles
    assert not any("OLD QUAY" in title for _, title in titles)


def test_without_the_switch_the_kicker_stays_in_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "kickers_in_headings", 0)
    assert ("4", "THE OLD QUAY Tides and Tolls: The Harbour of Wendle, 1790") in _titles([*KICKED, *BODY])


def test_a_number_wrapped_after_its_abbreviation_goes_with_the_credit() -> None:
    assert register_number_wraps("Wendle Town Library, print box 3, no.", "41")
    assert not register_number_wraps("Wendle Town Library, print box 3, no.", "41 The Harbour")
    assert not register_number_wraps("Wendle Town Library, print box 3 no.", "41")  # no holder's comma


def test_a_number_broken_at_its_hyphen_goes_with_the_credit() -> None:
    assert register_number_wraps("Photograph: Quay Archive, Wendle, WQA 1911-", "017")
    assert not register_number_wraps("Photograph: Quay Archive, Wendle, WQA 1911-", "Leg")
    assert not register_number_wraps("Photograph: Quay Archive, Wendle, WQA 1911", "017")


@pytest.mark.parametrize("switch", ["abbreviated", "hyphen_broken"])
def test_without_the_switches_neither_wraps(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setitem(REGISTER_WRAPS, switch, 0)
    last, text = {"abbreviated": ("Wendle Town Library, print box 3, no.", "41"),
                  "hyphen_broken": ("Photograph: Quay Archive, Wendle, WQA 1911-", "017")}[switch]
    assert not register_number_wraps(last, text)


CREDITED = ["The Old Quay", *BODY[:4],
            "Below: The quay at low water, from a glass negative",
            "taken in the winter of 1911.",
            "Photograph: Quay Archive,",
            "Wendle, WQA 1911-",
            "017",
            *BODY[4:]]


def _credits(lines: list[str]) -> list[str | None]:
    return [b.credit for b in _doc(lines).blocks if b.kind == "caption"]


def test_a_number_broken_at_its_hyphen_is_joined_without_a_space() -> None:
    assert _credits(CREDITED) == ["Photograph: Quay Archive, Wendle, WQA 1911-017"]


def test_without_the_join_switch_the_number_is_spaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(JOIN_SWITCHES, "numbers_at_hyphens", 0)
    assert _credits(CREDITED) == ["Photograph: Quay Archive, Wendle, WQA 1911- 017"]


def test_a_makers_note_before_the_holder_and_number_is_a_credit() -> None:
    credit = ["Copy", "by", "Ann", "Wray,", "1988;", "Wendle", "Town", "Museum,", "WTM", "1988.3"]
    assert is_credit(credit, closes_caption=True)
    assert not is_credit(["The", "copy", "was", "made", "in", "1988.", "Later;", "Wendle", "Town", "Museum,", "WTM", "1988.3"], True)
    assert not is_credit(["Copy", "by", "Ann", "Wray,", "1988;", "Wendle", "Town", "Museum"], True)  # no number
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(CREDIT_FORMS, "maker_words", 0)
        assert not is_credit(credit, closes_caption=True)


def test_a_makers_note_credit_is_parted_from_its_caption() -> None:
    lines = ["The Old Quay", *BODY[:4],
             "Below: A plaster model of the quay as it stood in 1790, from the",
             "town's own collection. Model made in 1921; Wendle Town Museum, WTM 1921.7",
             *BODY[4:]]
    assert _credits(lines) == ["Model made in 1921; Wendle Town Museum, WTM 1921.7"]


def test_a_french_position_label_opens_a_caption() -> None:
    from vitrina.structure.captions import match_label

    assert match_label("Ci-dessus : Le quai à marée basse.") == ("Ci-dessus", 12)
    assert match_label("À droite : Le pont.") == ("À droite", 11)
    assert match_label("Cinéma : la salle") is None  # no position word


def test_a_french_caption_under_the_english_one_keeps_its_label() -> None:
    lines = ["The Old Quay", *BODY[:4],
             "Above: The quay wall at low water in 1911.",
             "Ci-dessus : Le mur du quai à marée basse en 1911.",
             *BODY[4:]]
    captions = [(b.position, " ".join(_doc(lines).text[b.start : b.end].split()))
                for b in _doc(lines).blocks if b.kind == "caption"]
    assert ("Ci-dessus", "Le mur du quai à marée basse en 1911.") in captions


def test_a_french_credit_label_with_its_spaced_colon_is_a_credit() -> None:
    assert is_credit(["Photographie", ":", "fonds", "Marchand"], closes_caption=False)
    assert not is_credit(["Photographie", "de", "la", "rue", "en", "1911."], closes_caption=False)
