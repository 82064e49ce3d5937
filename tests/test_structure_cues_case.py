"""Headings whose small capitals were extracted without their sizes. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.cues import headline_case, is_title_like, raw_title_like, scrambled_case


def test_scrambled_small_capitals_are_recognised() -> None:
    assert scrambled_case("tHE RivEr And tHE MiLL")
    assert scrambled_case("tHrEE Bells of ExEtEr")
    assert not scrambled_case("The River and the Mill")
    assert not scrambled_case("THE RIVER AND THE MILL")
    assert not scrambled_case("McKay and MacLeod at Sea")  # names with inner capitals


def test_headline_case_keeps_inner_function_words_low() -> None:
    assert headline_case("tHE RivEr And tHE MiLL") == "The River and the Mill"
    assert headline_case("A GAtE to bE oPEnEd") == "A Gate to Be Opened"


def test_a_scrambled_heading_reads_as_a_title_in_raw_text() -> None:
    assert raw_title_like("tHrEE Bells of ExEtEr")


def test_words_with_inner_capitals_are_no_title_outside_raw_text() -> None:
    # the small-caps repair of raw text changes no other input's heading test
    assert not is_title_like("sellers on eBay bought the iPhone cases")
    assert not is_title_like("tHrEE Bells of ExEtEr")


def test_a_numbered_heading_in_scrambled_case_is_a_section_in_headline_case() -> None:
    text = "\n".join([
        "The Mills of the Valley",
        "Water power turned every wheel in the valley for six hundred years and more.",
        "4.1 tHE RivEr And tHE MiLL",
        "The river ran fast below the weir, and the miller took his water from a leat",
        "cut along the hillside above the village.",
        "4.2 tHrEE Bells of ExEtEr",
        "The bells were cast in the mill yard in a pit dug beside the furnace.",
    ]) + "\n"
    doc = rebuild(text, "mills", "mills.txt", "text")
    sections = [(s.label, s.title) for s in doc.sections]
    assert ("4.1", "The River and the Mill") in sections
    assert ("4.2", "Three Bells of Exeter") in sections


def test_letters_of_caseless_scripts_count_as_capitals() -> None:
    from vitrina.structure.cues import starts_uppercase, upper_or_caseless

    assert upper_or_caseless("ع") and upper_or_caseless("A") and not upper_or_caseless("a")
    assert not upper_or_caseless("1") and not upper_or_caseless("“")
    assert is_title_like("معرض الخرائط") and starts_uppercase("معرض")
    assert not starts_uppercase("maps of the coast")
