"""The model's numeric ops: the inference-only maxout gives thinc's floats."""

from __future__ import annotations

import numpy as np
import pytest

from vitrina.extract.nlp import inference_ops


@pytest.mark.parametrize("pieces", [2, 3])
def test_inference_maxout_is_thincs_maximum(pieces: int) -> None:
    from thinc.api import NumpyOps

    rng = np.random.default_rng(7)
    X = rng.standard_normal((257, 96, pieces)).astype("float32")
    X[5, 3, :] = 1.5  # a tie
    best, _ = inference_ops().maxout(X)
    expected, _ = NumpyOps(use_blis=False).maxout(X)
    assert best.dtype == expected.dtype and best.flags.c_contiguous
    assert np.array_equal(best, expected)


def test_inference_maxout_cannot_be_trained_through() -> None:
    ops = inference_ops()
    _, which = ops.maxout(np.ones((4, 3, 3), dtype="float32"))
    with pytest.raises((IndexError, ValueError)):  # an empty argmax: fails at once
        ops.backprop_maxout(np.ones((4, 3), dtype="float32"), which, 3)


def _cut(text: str, starts: list[int]) -> list[str]:
    from vitrina.extract.nlp import joined_starts

    kept = joined_starts(text, starts)
    return [text[a:b].strip() for a, b in zip(kept, [*kept[1:], len(text)], strict=True)]


def _after_periods(text: str) -> list[int]:
    import re

    return [0, *(m.end() for m in re.finditer(r"[.!?] +", text))]


def test_a_record_line_is_not_cut_at_its_abbreviations() -> None:
    text = "1703. bur. 9 Apr 1703 Walter Quill, cooper. Abode: Lower Mill."
    assert _cut(text, _after_periods(text)) == ["1703. bur. 9 Apr 1703 Walter Quill, cooper.", "Abode: Lower Mill."]


def test_money_units_after_a_number_do_not_end_a_sentence() -> None:
    text = "The toll was 3s. 6d. a cart. Nobody paid it."
    assert _cut(text, _after_periods(text)) == ["The toll was 3s. 6d. a cart.", "Nobody paid it."]


def test_a_period_before_a_capital_or_a_new_line_still_ends_the_sentence() -> None:
    text = "The mill stood until 1790. 12 men rebuilt it. Rates rose 2s.\nbap. Tom."
    assert _cut(text, sorted([*_after_periods(text), text.index("bap")])) == [
        "The mill stood until 1790.", "12 men rebuilt it.", "Rates rose 2s.", "bap.", "Tom."]


def test_each_join_has_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.extract import nlp

    text = "1703. bur. 9 Apr 1703 Walter Quill."
    monkeypatch.setitem(nlp.SENTENCE_JOINS, "year_labels", 0)
    monkeypatch.setitem(nlp.SENTENCE_JOINS, "abbreviations", 0)
    assert _cut(text, _after_periods(text)) == ["1703.", "bur.", "9 Apr 1703 Walter Quill."]


def test_a_word_spacy_knows_only_capitalised_as_an_abbreviation_ends_its_sentence() -> None:
    text = "He fell ill. 3 days later he died. She moved to Springfield, Ill. 2 years later."
    assert _cut(text, _after_periods(text)) == [
        "He fell ill.", "3 days later he died.", "She moved to Springfield, Ill. 2 years later."]


def test_a_position_s_coordinates_and_a_cut_inside_a_word_end_no_sentence() -> None:
    text = "At noon, Lat. 12°05′N, Long. 40°17′W. The wind fell. Entry No. 88 closed."
    starts = [0, text.index("12°"), text.index("40°"), text.index("°17"), text.index("The"),
              text.index(". 88")]
    assert _cut(text, starts) == ["At noon, Lat. 12°05′N, Long. 40°17′W.", "The wind fell. Entry No. 88 closed."]


def test_the_inside_word_join_has_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.extract import nlp

    text = "Bearing 40°17′W held."
    monkeypatch.setitem(nlp.SENTENCE_JOINS, "inside_word", 0)
    assert _cut(text, [0, text.index("°17")]) == ["Bearing 40", "°17′W held."]


def test_the_coordinates_join_has_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.extract import nlp

    text = "At noon, Long. 40°17′W held."
    monkeypatch.setitem(nlp.SENTENCE_JOINS, "coordinates", 0)
    assert _cut(text, [0, text.index("40°")]) == ["At noon, Long.", "40°17′W held."]


def test_a_reference_s_abbreviation_before_its_numbering_word_ends_no_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.extract import nlp

    text = "Ellen Pask, Reg. No. 212, released in May. Acc. No. 9 is lost. Reg.\nNo. 7 opened."
    starts = [0, text.index("No. 212"), text.index("Acc."), text.index("No. 9"), text.index("No. 7")]
    assert _cut(text, starts) == ["Ellen Pask, Reg. No. 212, released in May.", "Acc. No. 9 is lost. Reg.",
                                  "No. 7 opened."]
    monkeypatch.setitem(nlp.SENTENCE_JOINS, "numbered", 0)
    assert _cut(text, starts)[:2] == ["Ellen Pask, Reg.", "No. 212, released in May."]
