"""Credits by their form: a lender's or maker's name followed by a credit lead after a
comma. Every text is invented."""

from __future__ import annotations

from vitrina.structure.captions import is_credit


def _credit(text: str, closes_caption: bool) -> bool:
    return is_credit(text.split(" "), closes_caption)


def test_a_name_then_a_credit_lead_after_a_comma_is_a_credit() -> None:
    assert _credit("Saltcoats Harbour Museum, gift of the Marr family", closes_caption=False)
    assert _credit("Ada Marr, lent by her grandson", closes_caption=True)
    assert not _credit("The ferry ran on, courtesy of the tide", closes_caption=True)
    assert not _credit("the harbour museum, gift of the Marr family", closes_caption=True)


def test_a_name_closed_by_an_accession_number_is_a_credit() -> None:
    assert _credit("Marr Family Collection, 1987.42", closes_caption=False)
    assert _credit("Estuary Trust, L.2004.5.2", closes_caption=False)
    assert _credit("Dene Valley Cabinet, 1987.42", closes_caption=False)
    assert not _credit("Dene Valley Cabinet, 1987", closes_caption=False)
    assert not _credit("The level rose to 3.5", closes_caption=False)


def test_a_picture_noun_before_a_credit_lead_opens_the_credit() -> None:
    assert _credit("Drawing lent by the Saltcoats Harbour Trust", closes_caption=False)
    assert _credit("Print courtesy of the Marr family", closes_caption=False)
    assert not _credit("Drawing the nets in at dusk", closes_caption=False)
    assert not _credit("Boats lent by the harbour", closes_caption=False)


def test_a_name_closed_by_a_register_code_and_number_is_a_credit() -> None:
    assert _credit("Lent by the Estuary Trust, EST 2004.12", closes_caption=False)
    assert _credit("Dene Valley Cabinet, DVC 88.3", closes_caption=False)
    assert not _credit("Dene Valley Cabinet, DVC 88", closes_caption=False)


def test_a_lead_noun_after_the_pictures_material_opens_the_credit() -> None:
    assert _credit("Albumen prints: Saltcoats Harbour Trust, SHT 1901.2", closes_caption=False)
    assert _credit("Hand-coloured engraving: Ada Marr", closes_caption=False)
    assert _credit("Silver gelatin photographs: Dene Valley Cabinet", closes_caption=False)
    assert not _credit("The prints: sold at the quay", closes_caption=False)
    assert not _credit("Albumen, prints: sold at the quay", closes_caption=False)
    assert not _credit("Albumen boats: sold at the quay", closes_caption=False)


def test_a_copy_label_or_a_lender_line_from_its_holder_opens_a_credit() -> None:
    assert _credit("Facsimile: Vale Mills Museum archive, VMM F-12", closes_caption=False)
    assert _credit("Lent from the collection of the Marr family", closes_caption=False)
    assert not _credit("Lent to the mill by a neighbour, the wheel turned again", closes_caption=False)


def test_a_kind_in_two_words_before_a_holder_and_an_accession_number_is_a_credit() -> None:
    # round 44 (structset52): "Glass plate:" as "Model:" is, the holder and its number after it
    assert _credit("Glass plate: Tideway Ferry Trust, TFT 1911.42", closes_caption=False)
    assert _credit("Wax model: Estuary Museum, 1988.7", closes_caption=False)


def test_a_two_word_lead_without_an_accession_number_is_no_credit() -> None:
    assert not _credit("Glass plate: a view of the landing stage, 1911", closes_caption=False)
    assert not _credit("The landing stage: rebuilt, 1911", closes_caption=False)


def test_a_register_in_dotted_parts_after_a_kind_and_holder_is_a_credit() -> None:
    # round 45 (structset53): "GH.B 412" is an accession number as "GH 1999.4" is
    assert _credit("Mould: Glenholm Hall of Clocks, GH.B 412", closes_caption=True)
    assert not _credit("Mould: Glenholm Hall of Clocks, GH 412 hours", closes_caption=True)
    assert not _credit("Mould: it was made in the long winter, GH.B went", closes_caption=True)


def test_a_credit_opened_by_a_colon_lead_may_name_maker_and_holder_at_length() -> None:
    assert _credit("Photo: Ada Marr for the Saltcoats Museum of Harbour Life", closes_caption=False)
    assert _credit("Image: Tom Reid for the Dene Valley Museum of Rural Crafts", closes_caption=True)
    assert not _credit("Ada Marr for the Saltcoats Museum of Harbour Life and Rural Crafts", closes_caption=False)
    assert not _credit("Photo: Ada Marr / Saltcoats Museum of Harbour Life The Harbour Wall", closes_caption=False)


def test_a_numbering_word_before_a_register_number_may_stand_in_a_credit() -> None:
    assert _credit("Saltcoats Harbour Museum, Survey Collection no. 1187", closes_caption=False)
    assert not _credit("Saltcoats Harbour Museum, Survey Collection no.", closes_caption=False)
    assert not _credit("Harbour Museum, number of boats", closes_caption=False)


def test_a_holder_in_words_of_any_case_closed_by_its_number_is_a_credit() -> None:
    """Round 54: the holder's name with a credit keyword in lower case, then the object's number."""
    from vitrina.structure import captions

    assert _credit("Dene Valley family collection, DV 12.40", closes_caption=False)
    assert _credit("Marr family archive, 1987.42", closes_caption=False)
    assert not _credit("Dene Valley family collection, 1987", closes_caption=False)  # a year, no number
    assert not _credit("The family collection, DV 12.40", closes_caption=False)  # a sentence's opening
    assert not _credit("Dene Valley family of weavers, DV 12.40", closes_caption=False)  # no holder named
    captions.CREDIT_FORMS["holder_numbered"] = 0
    try:
        assert not _credit("Dene Valley family collection, DV 12.40", closes_caption=False)
    finally:
        captions.CREDIT_FORMS["holder_numbered"] = 1
