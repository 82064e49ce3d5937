"""Round 45: a spoken statement the speaker takes back at once ("No, that's not right") is withdrawn
(vitrina.stance.self_corrected)."""

import pytest

from vitrina.stance import self_corrected


@pytest.mark.parametrize("following", [
    " No, that's wrong, it were the spring.",
    "No — the Tuesday, I think.",
    " That isn't right. It were the year after.",
    "That's not true, mind.",
])
def test_a_correction_opening_the_text_after_withdraws(following):
    assert self_corrected(following)


@pytest.mark.parametrize("following", [
    " No one came to the gate that day.",
    " Not right away, but they came later.",
    " It were a long winter. No, nobody knew that.",
    "",
])
def test_other_openings_withdraw_nothing(following):
    assert not self_corrected(following)
