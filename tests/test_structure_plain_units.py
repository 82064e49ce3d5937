"""Raw text whose headings open on a unit word of the document's own and a number counting
1, 2, 3 ("Stage 1 The Timber Weir"): word and number are the label. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

PARA = [
    "The miller kept the sluice shut through the dry weeks of the summer and opened it in the autumn rains,",
    "when the river rose high enough to turn both wheels at once and the stones ran day and night.",
]


def _titles(lines: list[str]) -> list[tuple[str | None, str]]:
    doc = rebuild("\n".join(lines) + "\n\f", "weir", "weir.txt", "text")
    return [(s.label, s.title) for s in doc.sections]


def test_a_unit_word_counting_up_before_titles_is_their_label() -> None:
    lines = ["The River Weir", *PARA]
    for n, title in enumerate(["The Timber Weir", "The Stone Weir", "The Lock Cut"], start=1):
        lines += [f"Stage {n} {title}", *PARA]
    assert _titles(lines)[1:] == [("Stage 1", "The Timber Weir"), ("Stage 2", "The Stone Weir"),
                                  ("Stage 3", "The Lock Cut")]



def test_a_unit_word_before_number_words_counting_up_is_their_label() -> None:
    lines = ["The River Weir", *PARA]
    for n, title in zip(["One", "Two", "Three"], ["The Timber Weir", "The Stone Weir", "The Lock Cut"],
                        strict=True):
        lines += [f"Stage {n} {title}", *PARA]
    assert _titles(lines)[1:] == [("Stage One", "The Timber Weir"), ("Stage Two", "The Stone Weir"),
                                  ("Stage Three", "The Lock Cut")]


def test_number_words_that_do_not_count_up_are_no_label() -> None:
    lines = ["The River Weir", *PARA]
    for n, title in zip(["One", "Three", "Two"], ["The Timber Weir", "The Stone Weir", "The Lock Cut"],
                        strict=True):
        lines += [f"Stage {n} {title}", *PARA]
    assert all(label is None for label, _ in _titles(lines))


def test_a_credit_closing_on_an_accession_number_takes_no_heading_under_it() -> None:
    lines = ["The River Weir", *PARA, "The Timber Weir", *PARA,
             "Right: The sluice gate", "of the old weir, drawn", "by the miller's son in", "the flood year.",
             "Harbour Museum of the Weir, HMW 1931.12",
             "The Fish Pass",
             "The salmon climbed the pass in the autumn and",
             "the bailiffs counted them from the bank at dawn",
             "until the first frosts of the year came down."]
    doc = rebuild("\n".join(lines) + "\n\f", "weir", "weir.txt", "text")
    assert [s.title for s in doc.sections][-1] == "The Fish Pass"
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert caption.credit == "Harbour Museum of the Weir, HMW 1931.12"
