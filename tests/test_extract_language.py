"""The language test before the model (``extract.language``): text that is not language
is not given to the model, and its dates are still read."""

from __future__ import annotations

import random

from vitrina.extract.language import LIMITS, is_language
from vitrina.extract.modelpass import analyse_pieces, unread_piece

PROSE = ("The keeper of the lighthouse wrote in his diary that the storm had broken two "
         "windows of the lamp room and that the boat could not leave the harbour for a week. "
         "His daughter carried the oil up the stairs every evening while he mended the glass, "
         "and the ships that passed the point saw the light burning as it always had. ")


def noise(words: int, seed: int = 7) -> str:
    """Invented lower-case syllable strings (no English words among them, mostly)."""
    rng = random.Random(seed)
    syllables = ["bru", "gex", "poth", "vanu", "trel", "omi", "squa", "fyr", "dwo", "kig"]
    return " ".join("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(words))


def test_english_prose_is_language() -> None:
    assert is_language(PROSE * 3)


def test_invented_syllables_are_not_language() -> None:
    assert not is_language(noise(400))


def test_a_list_of_names_is_read() -> None:
    names = ", ".join(f"{first} {last}" for first in ("Odile", "Bram", "Tove", "Casimir")
                      for last in ("Quennell", "Arbuthnot", "Lisowski", "Ferreira", "Oyelaran"))
    assert is_language(names * 4)  # lower-case words are too few to judge


def test_figures_and_marks_without_a_letter_are_not_language() -> None:
    assert not is_language("".join(f"{n}.\n" for n in range(LIMITS["min_words"] * 2)))
    assert is_language("".join(f"{n}.\n" for n in range(LIMITS["min_words"] - 1)))  # too short to judge


def test_a_short_text_is_always_read() -> None:
    assert is_language(noise(LIMITS["min_words"] - 1))


def test_prose_with_some_rare_words_is_language() -> None:
    assert is_language(PROSE * 2 + noise(40))


def test_unread_pieces_keep_their_lines_as_sentences() -> None:
    piece = unread_piece("gexbru trel\n\nomikig dwo\n")
    assert piece.tokens == [] and piece.ents == []
    assert piece.sentence_starts == [0, 13]


def test_analyse_pieces_skips_only_the_noise() -> None:
    texts = [PROSE, noise(300), "Ada Quennell came to Kestrel Bay in 1902."]
    prose, junk, short = analyse_pieces(texts, batch_size=4)
    assert prose.tokens and junk == unread_piece(texts[1]) and short.tokens


def test_dates_in_noise_are_still_found() -> None:
    from vitrina.extract import extract
    from vitrina.structure import rebuild

    text = "A Title\n\n" + noise(200) + " on 4 March 1907 " + noise(200, seed=8) + "\n"
    doc = extract(rebuild(text, "noise", "noise.txt", "text"))
    assert not doc.entities
    assert any(text[d.start:d.end] == "4 March 1907" for d in doc.dates)
