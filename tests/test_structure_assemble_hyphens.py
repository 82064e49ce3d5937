"""A word broken over several lines by soft hyphens, with the break's printed hyphen on a
line of its own (as pdftotext -raw writes a browser's hyphenation). Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.hyphens import HyphenJudge, completes_word

LINES = [
    "The Salt Road",
    "The carters paid a toll at every bridge on the way, and the",
    "towns grew rich on it. In the last century the an\u00ad",
    "ti\u00ad",
    "quar\u00ad",
    "i\u00ad",
    "\u2010",
    "an Ada Marr wrote the history of the road and of its tolls.",
]


def test_a_lone_break_hyphen_after_soft_hyphens_is_dropped() -> None:
    doc = rebuild("\n".join(LINES) + "\n", "salt", "salt.txt", "text")
    assert "the antiquarian Ada Marr wrote" in doc.text
    assert "\u00ad" not in doc.text and "\u2010" not in doc.text


def test_a_dash_line_between_sentences_stays() -> None:
    lines = [*LINES[:2], "towns grew rich on it.", "\u2010", "The antiquarian Ada Marr wrote its history."]
    doc = rebuild("\n".join(lines) + "\n", "salt", "salt.txt", "text")
    assert "The antiquarian" in doc.text


def test_a_drop_cap_completes_an_english_word_or_a_word_of_the_document() -> None:
    assert completes_word("B", "y 1917 the port had grown")
    assert not completes_word("Q", "zrb and more")
    judge = HyphenJudge("Marrowby lies on the river. Marrowby grew.")
    assert completes_word("M", "arrowby in 1820", judge)
    assert not completes_word("M", "arrowby in 1820")  # a name the lexicon does not know


def test_letters_are_cut_into_the_likeliest_words_not_only_the_fewest() -> None:
    from vitrina.structure.hyphens import segmented

    # "I NTH ELATE AUTUMN" and "TO TH ELATE" have as few words: English frequencies decide
    assert segmented("INTHELATEAUTUMN") == "IN THE LATE AUTUMN"
    assert segmented("TOTHELATEHARVEST") == "TO THE LATE HARVEST"
    assert segmented("NOWHERE") == "NOWHERE"  # one common word over two
