"""chunks: the model's bounded view of the text; an over-long sentence cut at its clauses."""

from __future__ import annotations

from vitrina.extract.chunks import LIMITS, sentence_parts


def test_a_sentence_within_the_limit_is_kept_whole() -> None:
    text = "The carter, who had waited an hour, left for the mill; the rain went on."
    assert sentence_parts(text, 0, len(text)) == [(0, len(text))]


def test_an_over_long_sentence_is_cut_at_its_last_clause_break_before_the_limit() -> None:
    size = LIMITS["sentence"]
    clause = "the carter loaded the cart with barley and oats, "
    text = clause * (3 * size // len(clause))
    parts = sentence_parts(text, 0, len(text))
    assert len(parts) >= 3 and parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(b - a <= size for a, b in parts)
    assert all(b == c for (_, b), (c, _) in zip(parts, parts[1:], strict=False))  # no character lost
    assert all(text[b - 2 : b] == ", " for _, b in parts[:-1])  # each cut after a comma, not inside a clause
    words = "barley " * (2 * size // 7)  # no clause break at all: a space
    assert all(words[b - 1] == " " for _, b in sentence_parts(words, 0, len(words))[:-1])


def test_the_analysis_cuts_a_piece_long_sentence_with_no_sentence_end() -> None:
    from vitrina.extract.nlp import Analysis, Piece

    text = "wagon of barley to the mill, " * 200  # 5,800 characters the model took for one sentence
    an = Analysis()
    an.add_piece(Piece([(0, 5, "NN")], [0], []), 0, text)
    assert len(an.sents) >= 3 and max(b - a for a, b in an.sents) <= LIMITS["sentence"]
    assert an.sents[0][0] == 0 and an.sents[-1][1] == len(text.rstrip())
