"""qa/candidates.py: a quotation inside a constituent is read with its marks paired across the sentence (round 58,
red team D-ASK-FALSE: '"A. B." or simply "B."' gave the answer "or simply"; invented sentences)."""

from vitrina.qa.candidates import _quote_within

TWO_NAMES = 'The porters call the inn "The Grey Heron" or simply "The Heron".'


def test_a_span_from_inside_a_quotation_pairs_no_marks_across_the_gap():
    start = TWO_NAMES.index("The Grey")  # inside the first quotation: its closing mark and the next opening one
    assert _quote_within(TWO_NAMES, start, TWO_NAMES.index("Heron\".") + len("Heron")) is None


def test_a_whole_quotation_inside_the_span_is_found():
    start = TWO_NAMES.index("the inn")
    found = _quote_within(TWO_NAMES, start, len(TWO_NAMES))
    assert found is not None and TWO_NAMES[found[0]:found[1]] == "The Grey Heron"
